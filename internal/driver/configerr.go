package driver

import (
	"errors"

	"github.com/hrvet/hrvet/internal/config"
)

// configErrorLines returns the lines that say what is wrong in a config
// file, "file:line: key: message" like a compiler's, with the file
// relative to dir when it lies below it; ok is false when err is no
// config file's problem. Every driver prints a broken .hrvet.yaml this
// way, without naming an analyzer: the file is at fault, not the pass
// that happened to read it first.
func configErrorLines(err error, dir string) (lines []string, ok bool) {
	var list config.ErrorList
	var one *config.Error
	switch {
	case errors.As(err, &list):
	case errors.As(err, &one):
		list = config.ErrorList{one}
	default:
		return nil, false
	}
	for _, e := range list {
		rel := *e
		rel.File = relPath(e.File, dir)
		lines = append(lines, oneLine(rel.Error()))
	}
	return lines, true
}
