// Package badcfg has a config file with an unknown key.
package badcfg

// X is here so the package has a declaration.
type X struct{}
