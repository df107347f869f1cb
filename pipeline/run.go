package pipeline

import (
	"context"
	"runtime"
	"sync"
	"time"
)

// Sink receives every item, in input order, once the stages are done
// with it: extracted, skipped or failed.
type Sink interface {
	Write(it *Item) error
}

// SinkFunc adapts a function to a Sink.
type SinkFunc func(it *Item) error

// Write implements Sink.
func (f SinkFunc) Write(it *Item) error { return f(it) }

// Options tune a run.
type Options struct {
	// Workers is how many articles are processed at once (0: all cores).
	Workers int
	// Window bounds how many items may be read ahead of the one the sink
	// waits for (0: 4 per worker). Memory grows with it, never with input.
	Window int
}

// Run reads src, runs every input through the stages on a pool of workers
// and writes the items to sink in input order. It returns the run's
// summary; the error is from the source, the sink or ctx, never from an
// article (those are in the summary).
func Run(ctx context.Context, src Source, stages []Stage, sink Sink, opts Options) (*Summary, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := opts.Window
	if window <= 0 {
		window = 4 * workers
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	sum := newSummary()
	jobs := make(chan *Item, workers)
	results := make(chan *Item, window)
	slots := make(chan struct{}, window) // one per item read but not yet written

	var srcErr error
	go func() {
		defer close(jobs)
		seq := 0
		srcErr = src.Read(ctx, func(in Input) error {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			it := &Item{Seq: seq, Article: in.Article, Err: in.Err}
			seq++
			select {
			case jobs <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				process(ctx, stages, it)
				results <- it
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Write in input order through a reorder buffer of at most window items.
	pending := map[int]*Item{}
	next := 0
	var sinkErr error
	for it := range results {
		pending[it.Seq] = it
		for {
			ready, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			sum.add(ready)
			if sinkErr == nil {
				if err := sink.Write(ready); err != nil {
					sinkErr = err
					cancel()
				}
			}
			<-slots
		}
	}
	sum.Duration = time.Since(sum.started)
	switch {
	case sinkErr != nil:
		return sum, sinkErr
	case srcErr != nil:
		return sum, srcErr
	}
	return sum, ctx.Err()
}

// Process runs the stages over one item, stopping at the first that takes
// it out; a panic in a stage fails the item, not the run.
func Process(ctx context.Context, stages []Stage, it *Item) { process(ctx, stages, it) }

func process(ctx context.Context, stages []Stage, it *Item) {
	defer func() {
		if r := recover(); r != nil {
			it.Err = panicError{r}
		}
	}()
	for _, s := range stages {
		if it.Done() || ctx.Err() != nil {
			return
		}
		s.Process(ctx, it)
	}
}

type panicError struct{ v any }

func (p panicError) Error() string { return "internal error: " + fmtAny(p.v) }
