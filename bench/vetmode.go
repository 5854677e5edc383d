package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// measureVetMode runs go vet on the code base in dir with the floor, then
// with hrvet, as its vet tool, and records their medians in r. In this
// mode each package is analysed in a process of its own, which receives
// the facts of its direct imports only; hrvet's facts re-export what a
// package's API hands on from the packages below (internal/objfacts), so
// this is where their size shows.
//
// The build cache is warm (go build ./..., untimed) and the vet cache
// cold: each run uses a copy of the tool with a few bytes appended, so
// its identity, and with it every vet result's cache key, is new, while
// compiled packages are reused. Both tools analyse the standard library
// for its facts on every run, as go vet does the first time.
func (c config) measureVetMode(dir string, r *result, hrvet, floor, tmp string) error {
	cache := filepath.Join(tmp, fmt.Sprintf("gocache-vetmode-%d", r.packages))
	defer os.RemoveAll(cache)
	env := []string{"GOCACHE=" + cache, "GOFLAGS="}
	if _, err := measure(dir, env, "go", "build", "./..."); err != nil {
		return err
	}
	var floorRuns, hrvetRuns []run
	for i := range c.reps {
		for _, t := range []struct {
			bin  string
			runs *[]run
		}{{floor, &floorRuns}, {hrvet, &hrvetRuns}} {
			tool, err := freshCopy(t.bin, filepath.Join(tmp, "bin"), fmt.Sprintf("%d-%d", r.packages, i))
			if err != nil {
				return err
			}
			v, err := measure(dir, env, "go", "vet", "-vettool="+tool, "./...")
			os.Remove(tool)
			if err != nil {
				return err
			}
			*t.runs = append(*t.runs, v)
		}
	}
	r.vetFloor, r.vetHrvet = summarize(floorRuns), summarize(hrvetRuns)
	r.vetFindings = countVetFindings(hrvetRuns[len(hrvetRuns)-1].stderr)
	if r.vetFindings != r.findings {
		return fmt.Errorf("go vet -vettool=hrvet on %s reported %d findings, hrvet alone %d: the modes must agree", dir, r.vetFindings, r.findings)
	}
	return nil
}

// freshCopy copies the executable bin into dir with nonce appended,
// which changes its identity for go vet but not what it does.
func freshCopy(bin, dir, nonce string) (string, error) {
	data, err := os.ReadFile(bin)
	if err != nil {
		return "", err
	}
	out := filepath.Join(dir, filepath.Base(bin)+"-"+nonce)
	return out, os.WriteFile(out, append(data, "\nnonce "+nonce+"\n"...), 0o755)
}

// countVetFindings counts the findings go vet printed: its lines that
// are neither package headers ("# pkg") nor related information (whose
// message starts with a tab).
func countVetFindings(stderr []byte) int {
	n := 0
	for _, line := range bytes.Split(stderr, []byte("\n")) {
		if len(line) == 0 || line[0] == '#' || bytes.Contains(line, []byte(": \t")) {
			continue
		}
		n++
	}
	return n
}
