package pdfields

import (
	"github.com/hrvet/hrvet/internal/config"
)

// settingsFlag is the -pdfields.settings flag: the text of a .hrvet.yaml
// that replaces every .hrvet.yaml. It exists for drivers in which the
// analyzers cannot read the file: a Bazel nogo action sees only its
// declared inputs, but passes flags from its config (analyzer_flags, see
// docs/nogo.md).
var settingsFlag string

func init() {
	Analyzer.Flags.StringVar(&settingsFlag, "settings", "", "the text of a .hrvet.yaml, which then replaces every .hrvet.yaml (for drivers that cannot read the file, such as Bazel's nogo)")
}

// settingsSource names the flag in config errors, where a file name would go.
const settingsSource = "-pdfields.settings"

// loadConfig returns the configuration for the package in dir: the
// golangci-lint plugin's settings, else the settings flag's, else the
// .hrvet.yaml above dir.
func loadConfig(dir string) (*config.Config, error) {
	if config.Override() != nil || settingsFlag == "" {
		return config.Load(dir)
	}
	return config.LoadSettings(settingsSource, settingsFlag)
}
