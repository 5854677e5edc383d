package main

import (
	"bytes"
	"fmt"
	"os/exec"
	"slices"
	"time"
)

// run is one measured run of a command.
type run struct {
	wall   time.Duration
	maxRSS int64 // bytes, of the largest process in the run's tree; 0 if unknown
	stdout []byte
	stderr []byte
	code   int // exit code
}

// measure runs name with args in dir, with env added to the process's
// environment, and returns its wall time and peak resident memory. The
// peak is what wait4 reports: the largest of the process and the
// descendants it waited for (go list for hrvet; the compiler and vet
// processes for go vet), not their sum.
func measure(dir string, env []string, name string, args ...string) (run, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(cmd.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		return run{}, fmt.Errorf("%s: %w", name, err)
	}
	r := run{wall: wall, maxRSS: maxRSS(cmd.ProcessState), stdout: stdout.Bytes(), stderr: stderr.Bytes(), code: cmd.ProcessState.ExitCode()}
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		return r, fmt.Errorf("%s: %w", name, err)
	}
	findings := 3 // hrvet's exit code for findings, which the generated code has
	if name == "go" && len(args) > 0 && args[0] == "vet" {
		findings = 1 // go vet's
	}
	if r.code != 0 && r.code != findings {
		return r, fmt.Errorf("%s %v in %s: exit %d: %s", name, args, dir, r.code, firstLines(stderr.String(), 5))
	}
	return r, nil
}

// firstLines returns the first n lines of s.
func firstLines(s string, n int) string {
	lines := bytes.SplitN([]byte(s), []byte("\n"), n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return string(bytes.Join(lines, []byte("\n")))
}

// stats sums up the repeated runs of one tool on one code base.
type stats struct {
	wall   time.Duration // median
	maxRSS int64         // median
}

func summarize(runs []run) stats {
	walls := make([]time.Duration, len(runs))
	rss := make([]int64, len(runs))
	for i, r := range runs {
		walls[i] = r.wall
		rss[i] = r.maxRSS
	}
	slices.Sort(walls)
	slices.Sort(rss)
	return stats{wall: walls[len(walls)/2], maxRSS: rss[len(rss)/2]}
}
