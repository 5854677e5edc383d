package driver

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
)

// writeFile replaces the file name with what write writes, or creates it
// with mode perm: write fills a temporary file in the same directory,
// which is synced and renamed over name. A failure of write, of the disk
// or of the process before the rename leaves the old file whole; the
// temporary file is removed on every failure this process sees. A file
// that exists keeps its permissions; a symbolic link is followed, so that
// the file it points to is replaced and the link stays.
func writeFile(name string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	if target, linkErr := filepath.EvalSymlinks(name); linkErr == nil {
		name = target
	}
	if info, statErr := os.Stat(name); statErr == nil {
		perm = info.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".hrvet-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// writeBytes is writeFile for data in hand.
func writeBytes(name string, perm fs.FileMode, data []byte) error {
	return writeFile(name, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// interrupts holds SIGINT and SIGTERM while hrvet writes the user's
// files, so that a ^C lets the file being written be finished, and the
// writer stop between files. Outside that stretch a signal ends the
// process as usual: before the first write nothing was changed.
type interrupts struct {
	ch  chan os.Signal
	got os.Signal
}

func holdInterrupts() *interrupts {
	i := &interrupts{ch: make(chan os.Signal, 1)}
	signal.Notify(i.ch, os.Interrupt, syscall.SIGTERM)
	return i
}

// arrived reports whether a signal came since holdInterrupts.
func (i *interrupts) arrived() bool {
	if i == nil {
		return false
	}
	if i.got == nil {
		select {
		case i.got = <-i.ch:
		default:
		}
	}
	return i.got != nil
}

// release lets signals end the process again; one that came while held
// is reported by arrived.
func (i *interrupts) release() {
	i.arrived()
	signal.Stop(i.ch)
}

// errInterrupted is the error of a run that a signal stopped.
var errInterrupted = errors.New("interrupted")

// interruptedError says what an interrupted -fix did.
func interruptedError(files, of int) error {
	return fmt.Errorf("-fix %w after fixing %d of %d files; each file is either fixed whole or untouched; run hrvet -fix again for the rest", errInterrupted, files, of)
}
