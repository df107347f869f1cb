package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// profiler writes a CPU profile of one command when --cpuprofile names a
// file.
type profiler struct {
	path string
	done func()
}

func (p *profiler) start() error {
	if p.path == "" {
		return nil
	}
	done, err := startCPUProfile(p.path)
	p.done = done
	return err
}

func (p *profiler) stop() {
	if p.done != nil {
		p.done()
	}
}

// startCPUProfile writes a CPU profile to path until the returned function
// is called.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
