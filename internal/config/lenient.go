package config

import (
	"sync"
	"sync/atomic"
)

// lenient makes Load and LoadSettings answer Default() where the
// configuration is broken.
var lenient atomic.Bool

// SetLenient makes [Load] and [LoadSettings] return the defaults instead
// of an error for a broken configuration, for the rest of the process.
//
// hrvet's go vet driver sets it in a process that analyses a package only
// for the facts its importers need (a dependency of the packages go vet
// reports on, the standard library among them): the problem is reported
// by those packages, once each, rather than by every package below them,
// and a broken file in a module the user cannot change does not stop
// their run.
func SetLenient(on bool) {
	lenient.Store(on)
}

// settingsCache holds the last settings text LoadSettings parsed.
var settingsCache struct {
	sync.Mutex
	text string
	done bool
	cfg  *Config
	err  error
}

// LoadSettings parses text, the contents of a .hrvet.yaml given on the
// command line rather than in a file; source names it in errors, where
// the file name would go. The result for the last text is cached. With
// [SetLenient], a broken text gives Default().
func LoadSettings(source, text string) (*Config, error) {
	settingsCache.Lock()
	defer settingsCache.Unlock()
	if !settingsCache.done || settingsCache.text != text {
		settingsCache.text, settingsCache.done = text, true
		settingsCache.cfg, settingsCache.err = Parse(source, []byte(text))
	}
	if settingsCache.err != nil && lenient.Load() {
		return Default(), nil
	}
	return settingsCache.cfg, settingsCache.err
}
