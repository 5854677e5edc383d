// Command bench measures what hrvet costs on a large code base: it
// generates a synthetic HR code base of N packages (see generate), runs
// hrvet on it, and compares hrvet's wall time and peak memory with the
// floor and with go vet.
//
// The floor (bench/floor) is hrvet's own driver running one analyzer that
// does nothing but declare a fact type: the checker then loads and
// type-checks every package from source, the standard library included,
// exactly as it must for hrvet. What hrvet costs above the floor is the
// cost of its analyses.
//
// go vet runs its default analyzers with a fresh, empty GOCACHE on every
// run, so it compiles the standard library it needs and vets every
// package, as on a CI machine without a cache. With -vet=warm, the cache
// is instead filled by go build ./... before each run (not timed), so only
// vet's own work is measured; with -vet=off go vet is skipped.
//
// Run it from the repository root:
//
//	go run ./bench                    # 100 and 200 packages
//	go run ./bench -sizes 50,100,200 -reps 5
//
// It prints, for each size, each tool's median wall time and peak RSS and
// their ratios to the floor, then how hrvet and the floor grow with the
// code, and whether the targets of docs/performance.md are met.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// The targets docs/performance.md sets.
const (
	maxTimeRatio  = 1.5 // hrvet's wall time over the floor's
	maxMemRatio   = 1.5 // hrvet's peak RSS over the floor's
	maxDoubleTime = 2.2 // hrvet's wall time on twice the code over once
)

func main() {
	sizes := flag.String("sizes", "100,200", "comma-separated numbers of packages to generate")
	biz := flag.Int("biz", 24, "business functions (no personal data) per package")
	reps := flag.Int("reps", 3, "runs of hrvet and the floor per size; the median counts")
	vet := flag.String("vet", "cold", "go vet runs: cold (fresh GOCACHE), warm (GOCACHE filled by go build), off")
	vetReps := flag.Int("vetreps", 1, "runs of go vet per size")
	vetMode := flag.Bool("vetmode", true, "also compare hrvet and the floor as go vet's vet tool (go vet -vettool)")
	keep := flag.String("keep", "", "generate the code bases under `dir` and keep them")
	genOnly := flag.Bool("genonly", false, "only generate the code bases under the -keep directory, for profiling")
	lsp := flag.Bool("lsp", true, "also measure `hrvet lsp`: a save's latency on the demo and on each code base")
	lspOnly := flag.Bool("lsponly", false, "measure only `hrvet lsp`")
	flag.Parse()

	cfg := config{biz: *biz, reps: *reps, vet: *vet, vetReps: *vetReps, vetMode: *vetMode, keep: *keep, lsp: *lsp || *lspOnly, lspOnly: *lspOnly}
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "bench: bad size %q\n", s)
			os.Exit(2)
		}
		cfg.sizes = append(cfg.sizes, n)
	}
	switch cfg.vet {
	case "cold", "warm", "off":
	default:
		fmt.Fprintf(os.Stderr, "bench: -vet %q: want cold, warm or off\n", cfg.vet)
		os.Exit(2)
	}
	if cfg.reps < 1 || cfg.vetReps < 1 {
		fmt.Fprintln(os.Stderr, "bench: -reps and -vetreps must be at least 1")
		os.Exit(2)
	}
	if *genOnly {
		if cfg.keep == "" {
			fmt.Fprintln(os.Stderr, "bench: -genonly needs -keep")
			os.Exit(2)
		}
		for _, n := range cfg.sizes {
			dir := filepath.Join(cfg.keep, fmt.Sprintf("synth%d", n))
			if err := os.RemoveAll(dir); err != nil {
				fmt.Fprintf(os.Stderr, "bench: %v\n", err)
				os.Exit(1)
			}
			if err := generate(dir, shape{packages: n, biz: cfg.biz}); err != nil {
				fmt.Fprintf(os.Stderr, "bench: %v\n", err)
				os.Exit(1)
			}
			fmt.Println(dir)
		}
		return
	}
	if err := cfg.run(); err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(1)
	}
}

// config is what one benchmark run is asked to do.
type config struct {
	sizes   []int
	biz     int
	reps    int
	vet     string
	vetReps int
	vetMode bool
	keep    string
	lsp     bool // measure the language server too
	lspOnly bool // and nothing else
}

// result is what was measured on one code base.
type result struct {
	packages int
	lines    int
	findings int
	floor    stats
	hrvet    stats
	vet      stats // zero with -vet=off

	// go vet with the floor, and with hrvet, as its vet tool (see
	// measureVetMode); zero with -vetmode=false
	vetFloor, vetHrvet stats
	vetFindings        int
}

func (c config) run() error {
	tmp, err := os.MkdirTemp("", "hrvet-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "bin")
	hrvet, floor := filepath.Join(bin, "hrvet"), filepath.Join(bin, "floor")
	for _, b := range []struct{ out, pkg string }{{hrvet, "./cmd/hrvet"}, {floor, "./bench/floor"}} {
		if out, err := exec.Command("go", "build", "-o", b.out, b.pkg).CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s (run bench from the repository root): %v\n%s", b.pkg, err, out)
		}
	}

	fmt.Printf("hrvet benchmark: %s/%s, %d CPUs, %s; median of %d runs (go vet: %d, %s)\n\n",
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), goVersion(), c.reps, c.vetReps, c.vet)
	if c.lsp {
		demo, err := filepath.Abs(filepath.Join("testdata", "hrapp"))
		if err != nil {
			return err
		}
		r, err := measureLSPCase(hrvet, lspCase{
			name: "the demo (testdata/hrapp)", dir: demo, open: "api/server.go",
			saves: []string{"cmd/hrapp/main.go", "api/team.go", "employee/employee.go"},
		})
		if err != nil {
			return fmt.Errorf("hrvet lsp on the demo: %w", err)
		}
		printLSP(r)
	}
	var results []result
	for _, n := range c.sizes {
		root := c.keep
		if root == "" {
			root = tmp
		}
		dir := filepath.Join(root, fmt.Sprintf("synth%d", n))
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		if err := generate(dir, shape{packages: n, biz: c.biz}); err != nil {
			return err
		}
		if c.lsp {
			last := fmt.Sprintf("p%04d", n-1)
			lr, err := measureLSPCase(hrvet, lspCase{
				name: fmt.Sprintf("%d generated packages", n), dir: dir, open: last + "/flows.go",
				saves: []string{last + "/flows.go", fmt.Sprintf("p%04d/flows.go", n/2), "p0000/flows.go"},
			})
			if err != nil {
				return fmt.Errorf("hrvet lsp on %s: %w", dir, err)
			}
			printLSP(lr)
		}
		if c.lspOnly {
			continue
		}
		r, err := c.measureAll(dir, n, hrvet, floor, tmp)
		if err != nil {
			return err
		}
		if c.vetMode {
			if err := c.measureVetMode(dir, &r, hrvet, floor, tmp); err != nil {
				return err
			}
		}
		results = append(results, r)
		printResult(r, c.vet != "off")
		if c.vetMode {
			printVetMode(r)
		}
	}
	if len(results) > 0 {
		printScaling(results)
	}
	return nil
}

// measureAll runs the floor, hrvet and go vet on the code base in dir.
// The floor and hrvet alternate, so that a noisy neighbour on the machine
// slows both alike; a first floor run, not counted, warms go list's cache
// and the page cache.
func (c config) measureAll(dir string, n int, hrvet, floor, tmp string) (result, error) {
	r := result{packages: n}
	var err error
	if r.lines, err = countLines(dir); err != nil {
		return r, err
	}
	if _, err := measure(dir, nil, floor, "./..."); err != nil {
		return r, err
	}
	var floorRuns, hrvetRuns []run
	for range c.reps {
		f, err := measure(dir, nil, floor, "./...")
		if err != nil {
			return r, err
		}
		h, err := measure(dir, nil, hrvet, "./...")
		if err != nil {
			return r, err
		}
		if h.code != 3 {
			return r, fmt.Errorf("hrvet on %s exited %d, want 3: the generated code has findings", dir, h.code)
		}
		floorRuns, hrvetRuns = append(floorRuns, f), append(hrvetRuns, h)
		r.findings = countFindings(h.stdout)
	}
	r.floor, r.hrvet = summarize(floorRuns), summarize(hrvetRuns)
	if c.vet == "off" {
		return r, nil
	}
	var vetRuns []run
	for i := range c.vetReps {
		cache := filepath.Join(tmp, fmt.Sprintf("gocache-%d-%d", n, i))
		env := []string{"GOCACHE=" + cache, "GOFLAGS="}
		if c.vet == "warm" {
			if _, err := measure(dir, env, "go", "build", "./..."); err != nil {
				return r, err
			}
		}
		v, err := measure(dir, env, "go", "vet", "./...")
		if err != nil {
			return r, err
		}
		vetRuns = append(vetRuns, v)
		os.RemoveAll(cache)
	}
	r.vet = summarize(vetRuns)
	return r, nil
}

func printResult(r result, vet bool) {
	fmt.Printf("%d packages, %d lines of Go, %d findings\n", r.packages, r.lines, r.findings)
	fmt.Printf("  %-8s %9s %10s %11s %10s\n", "tool", "wall", "peak RSS", "wall/floor", "RSS/floor")
	row := func(name string, s stats) {
		fmt.Printf("  %-8s %8.2fs %7d MB %10.2fx %9.2fx\n", name, s.wall.Seconds(), s.maxRSS>>20,
			s.wall.Seconds()/r.floor.wall.Seconds(), float64(s.maxRSS)/float64(r.floor.maxRSS))
	}
	row("floor", r.floor)
	row("hrvet", r.hrvet)
	if vet {
		row("go vet", r.vet)
	}
	tr := r.hrvet.wall.Seconds() / r.floor.wall.Seconds()
	mr := float64(r.hrvet.maxRSS) / float64(r.floor.maxRSS)
	fmt.Printf("  target: hrvet/floor wall %.2fx (max %.1fx) %s, peak RSS %.2fx (max %.1fx) %s\n\n",
		tr, maxTimeRatio, verdict(tr <= maxTimeRatio), mr, maxMemRatio, verdict(mr <= maxMemRatio))
}

// printVetMode prints the go vet -vettool comparison of r.
func printVetMode(r result) {
	tr := r.vetHrvet.wall.Seconds() / r.vetFloor.wall.Seconds()
	mr := float64(r.vetHrvet.maxRSS) / float64(r.vetFloor.maxRSS)
	fmt.Printf("  as go vet's vet tool (warm build cache, cold vet cache), %d findings:\n", r.vetFindings)
	fmt.Printf("  %-8s %8.2fs %7d MB\n", "floor", r.vetFloor.wall.Seconds(), r.vetFloor.maxRSS>>20)
	fmt.Printf("  %-8s %8.2fs %7d MB\n", "hrvet", r.vetHrvet.wall.Seconds(), r.vetHrvet.maxRSS>>20)
	fmt.Printf("  target: hrvet/floor wall %.2fx (max %.1fx) %s, peak RSS %.2fx (max %.1fx) %s\n\n",
		tr, maxTimeRatio, verdict(tr <= maxTimeRatio), mr, maxMemRatio, verdict(mr <= maxMemRatio))
}

// printScaling compares each size with the ones half its size.
func printScaling(results []result) {
	for _, big := range results {
		for _, small := range results {
			if big.packages != 2*small.packages {
				continue
			}
			h := big.hrvet.wall.Seconds() / small.hrvet.wall.Seconds()
			f := big.floor.wall.Seconds() / small.floor.wall.Seconds()
			fmt.Printf("%d -> %d packages: hrvet wall %.2fx (max %.1fx) %s; floor %.2fx; hrvet peak RSS %.2fx\n",
				small.packages, big.packages, h, maxDoubleTime, verdict(h <= maxDoubleTime), f,
				float64(big.hrvet.maxRSS)/float64(small.hrvet.maxRSS))
		}
	}
}

func verdict(ok bool) string {
	if ok {
		return "ok"
	}
	return "MISSED"
}

// countFindings counts the findings in hrvet's text output: the lines
// that are not an indented related location.
func countFindings(out []byte) int {
	n := 0
	for _, line := range bytes.Split(out, []byte("\n")) {
		if len(line) > 0 && line[0] != '\t' {
			n++
		}
	}
	return n
}

// countLines counts the lines of the Go files under dir.
func countLines(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" {
			return err
		}
		data, err := os.ReadFile(path)
		n += bytes.Count(data, []byte("\n"))
		return err
	})
	return n, err
}

func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return runtime.Version()
	}
	return strings.TrimSpace(string(out))
}
