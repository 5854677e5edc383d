// Command hrvetprof is hrvet with profiling: it takes -cpuprofile FILE,
// -memprofile FILE and -allocprofile FILE before hrvet's own flags,
// writes the pprof profiles of the run, and otherwise behaves as hrvet
// standalone.
//
//	go run ./bench/hrvetprof -cpuprofile cpu.out -C dir ./...
//	go tool pprof -top cpu.out
//
// The flags live here rather than in hrvet so that the command users run
// keeps the command line SPEC section 7 defines.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"github.com/hrvet/hrvet/internal/driver"
	"github.com/hrvet/hrvet/internal/suite"
)

func main() {
	fs := flag.NewFlagSet("hrvetprof", flag.ExitOnError)
	cpu := fs.String("cpuprofile", "", "write a CPU profile to `file`")
	mem := fs.String("memprofile", "", "write a heap profile to `file`, taken when the live heap was largest")
	alloc := fs.String("allocprofile", "", "write a heap profile to `file` at the end, for its cumulative allocations (-sample_index=alloc_space)")
	fs.Parse(os.Args[1:]) // stops at the first argument that is not one of these flags
	code := run(*cpu, *mem, fs.Args())
	if *alloc != "" {
		runtime.GC() // a profile counts allocations up to the last collection
		if err := writeHeap(*alloc); err != nil {
			fmt.Fprintf(os.Stderr, "hrvetprof: %v\n", err)
			code = 1
		}
	}
	os.Exit(code)
}

func run(cpu, mem string, args []string) int {
	if cpu != "" {
		f, err := os.Create(cpu)
		if err != nil {
			fmt.Fprintf(os.Stderr, "hrvetprof: %v\n", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "hrvetprof: %v\n", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	stop := make(chan struct{})
	done := make(chan error, 1)
	if mem != "" {
		go func() { done <- watchHeap(mem, stop) }()
	}
	code := driver.Main(args, os.Stdout, os.Stderr, suite.Analyzers())
	if mem != "" {
		close(stop)
		if err := <-done; err != nil {
			fmt.Fprintf(os.Stderr, "hrvetprof: %v\n", err)
			return 1
		}
	}
	return code
}

// watchHeap writes a heap profile to file each time the live heap, as of
// the last garbage collection, has grown by a fiftieth since the last
// profile, until stop is closed: what is left is the profile of the peak.
func watchHeap(file string, stop <-chan struct{}) error {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var written uint64
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			if written == 0 {
				return writeHeap(file)
			}
			return nil
		case <-tick.C:
		}
		metrics.Read(sample)
		if live := sample[0].Value.Uint64(); live > written+written/50 {
			if err := writeHeap(file); err != nil {
				return err
			}
			written = live
		}
	}
}

func writeHeap(file string) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
