// Package golangci is hrvet as a golangci-lint v2 module plugin: importing
// it registers the linter "hrvet", which runs every analyzer of the suite,
// the same ones the hrvet command runs.
//
// A custom golangci-lint binary includes it through .custom-gcl.yml and
// golangci-lint custom (docs/editors.md shows how), and .golangci.yml
// enables it:
//
//	linters:
//	  enable: [hrvet]
//	  settings:
//	    custom:
//	      hrvet:
//	        type: module
//	        description: personal data of employees (Labour Code arts. 85-90)
//	        settings:      # optional: the contents of a .hrvet.yaml
//	          version: 1
//	          sinks:
//	            - {func: "(*example.com/crm.Client).Push", kind: transfer}
//
// # Settings
//
// The settings have the structure of .hrvet.yaml (SPEC section 4) and are
// checked as strictly; a mistake in them stops golangci-lint with an error
// naming the key. When settings are given they replace every .hrvet.yaml of
// the module (through config.SetOverride, which the analyzers' config.Load
// honours), so that one place decides; without settings the analyzers find
// .hrvet.yaml files as the hrvet command does.
//
// Findings read "analyzer: message" under the linter hrvet, as golangci-lint
// prints any linter made of several analyzers. Findings in _test.go files
// are dropped, as hrvet does without -tests.
package golangci

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"github.com/hrvet/hrvet/internal/config"
	"github.com/hrvet/hrvet/internal/suite"
	"golang.org/x/tools/go/analysis"
)

// Name is the linter name the plugin registers, the key of its settings
// under linters.settings.custom in .golangci.yml.
const Name = "hrvet"

func init() {
	register.Plugin(Name, New)
}

// New is the plugin's constructor, which golangci-lint calls with the
// linter's settings from .golangci.yml (nil when there are none).
func New(settings any) (register.LinterPlugin, error) {
	cfg, err := decodeSettings(settings)
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	config.SetOverride(cfg)
	return plugin{}, nil
}

// decodeSettings turns golangci-lint's settings into a configuration, or
// nil when there are none and .hrvet.yaml files are to decide.
func decodeSettings(settings any) (*config.Config, error) {
	switch s := settings.(type) {
	case nil:
		return nil, nil
	case map[string]any:
		if len(s) == 0 {
			return nil, nil
		}
		return config.FromMap(s)
	default:
		return nil, fmt.Errorf("want a mapping with the keys of .hrvet.yaml, not %T", settings)
	}
}

// plugin is the registered linter.
type plugin struct{}

// BuildAnalyzers returns the suite's analyzers.
func (plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return suite.Analyzers(), nil
}

// GetLoadMode asks for type information: the analyzers need types and
// facts from dependencies.
func (plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
