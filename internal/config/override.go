package config

import "sync/atomic"

// override is the configuration Load returns instead of looking for a
// file, or nil.
var override atomic.Pointer[Config]

// SetOverride makes [Load] return cfg for every directory, whatever
// .hrvet.yaml files exist, until SetOverride(nil) restores the search.
//
// It exists for the golangci-lint plugin: golangci-lint hands the plugin
// its settings once per process, while the analyzers read the
// configuration through Load, package by package. The override is
// process-wide, like the analyzers themselves, and cfg must not be
// modified afterwards.
func SetOverride(cfg *Config) {
	override.Store(cfg)
}

// Override returns the configuration given to [SetOverride], or nil when
// there is none and Load searches for files.
func Override() *Config {
	return override.Load()
}
