package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Find walks up from dir to the directory holding go.mod, inclusive, and
// returns the path of the first .hrvet.yaml found, or "" if there is none.
// Without a go.mod the walk stops at the filesystem root. The path is
// absolute.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("finding %s: %w", FileName, err)
	}
	for {
		path := filepath.Join(dir, FileName)
		fi, err := os.Stat(path)
		switch {
		case err == nil && fi.IsDir():
			return "", fmt.Errorf("finding %s: %s is a directory", FileName, path)
		case err == nil:
			return path, nil
		case !errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("finding %s: %w", FileName, err)
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return "", nil // the module root: never look above it
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("finding %s: %w", FileName, err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load finds and parses the config file for the package in dir. It returns
// Default() when there is none (or a broken one, with [SetLenient]), and
// the configuration given to [SetOverride], if any, without looking. Results are cached per file
// until the file's size or modification time changes; Load is safe for
// concurrent use, and the returned *Config must not be modified.
func Load(dir string) (*Config, error) {
	if cfg := override.Load(); cfg != nil {
		return cfg, nil
	}
	path, err := Find(dir)
	if err == nil && path == "" {
		return Default(), nil
	}
	var cfg *Config
	if err == nil {
		cfg, err = loadFile(path)
	}
	if err != nil && lenient.Load() {
		return Default(), nil
	}
	return cfg, err
}

type cacheEntry struct {
	once    sync.Once
	modTime time.Time
	size    int64
	cfg     *Config
	err     error
}

var cache struct {
	sync.Mutex
	files map[string]*cacheEntry
}

func loadFile(path string) (*Config, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	cache.Lock()
	e := cache.files[path]
	if e == nil || !e.modTime.Equal(fi.ModTime()) || e.size != fi.Size() {
		e = &cacheEntry{modTime: fi.ModTime(), size: fi.Size()}
		if cache.files == nil {
			cache.files = make(map[string]*cacheEntry)
		}
		cache.files[path] = e
	}
	cache.Unlock()
	// Goroutines asking for the same file wait for one parse.
	e.once.Do(func() {
		data, err := os.ReadFile(path)
		if err != nil {
			e.err = fmt.Errorf("reading config: %w", err)
			return
		}
		e.cfg, e.err = Parse(path, data)
	})
	return e.cfg, e.err
}
