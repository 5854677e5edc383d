package config

import (
	"fmt"

	yaml "go.yaml.in/yaml/v4"
)

// settingsName stands for the file name in errors about FromMap settings.
const settingsName = "golangci-lint settings"

// FromMap decodes settings passed as a map, as golangci-lint passes a
// module plugin's settings, with the same structure and validation as the
// file. Errors name the key but no line. Empty settings give Default().
// A map has no order, so the roles come sorted by name.
func FromMap(m map[string]any) (cfg *Config, err error) {
	if len(m) == 0 {
		return Default(), nil
	}
	data, err := marshal(m)
	if err != nil {
		return nil, ErrorList{{File: settingsName, Msg: fmt.Sprintf("cannot read the settings: %v", err)}}
	}
	cfg, err = parse(settingsName, data, false)
	if err != nil {
		return nil, err
	}
	// Lines of the re-encoded text mean nothing to the user.
	cfg.Path = ""
	for i := range cfg.Sources {
		cfg.Sources[i].Line = 0
	}
	for i := range cfg.Sinks {
		cfg.Sinks[i].Line = 0
	}
	for i := range cfg.Consent {
		cfg.Consent[i].Line = 0
	}
	for i := range cfg.Redact {
		cfg.Redact[i].Line = 0
	}
	for i := range cfg.Basis {
		cfg.Basis[i].Line = 0
	}
	for i := range cfg.Authorize {
		cfg.Authorize[i].Line = 0
	}
	for i := range cfg.Roles {
		cfg.Roles[i].Line = 0
	}
	for i := range cfg.Decisions {
		cfg.Decisions[i].Line = 0
	}
	for i := range cfg.Reviews {
		cfg.Reviews[i].Line = 0
	}
	for i := range cfg.Safe {
		cfg.Safe[i].Line = 0
	}
	return cfg, nil
}

// marshal encodes m as YAML; values that YAML cannot hold (functions,
// channels) are errors, never panics.
func marshal(m map[string]any) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, fmt.Errorf("%v", r)
		}
	}()
	return yaml.Marshal(m)
}
