//go:build !linux && !darwin

package main

import "os"

// maxRSS reports 0, unknown: only Linux and macOS are measured.
func maxRSS(*os.ProcessState) int64 { return 0 }
