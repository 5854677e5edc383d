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
	list, ok := configErrors(err)
	if !ok {
		return nil, false
	}
	for _, e := range list {
		rel := *e
		rel.File = relPath(e.File, dir)
		lines = append(lines, oneLine(rel.Error()))
	}
	return lines, true
}

// configErrors returns the config file problems err holds, one or a list;
// ok is false when err is no config file's problem.
func configErrors(err error) (list config.ErrorList, ok bool) {
	var one *config.Error
	switch {
	case errors.As(err, &list):
		return list, true
	case errors.As(err, &one):
		return config.ErrorList{one}, true
	}
	return nil, false
}
