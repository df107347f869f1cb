package queuetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/whosaid/whosaid/pipeline/queue"
)

// TakeAll has checkers fact-checkers call Next at once until the queue is
// empty, checker w through queues[w%len(queues)] (give separate
// connections to the same queue to test them against each other). It
// reports an error for any claim handed out twice and returns how many
// claims were handed out.
func TakeAll(t testing.TB, ctx context.Context, queues []queue.Queue, checkers int) int {
	t.Helper()
	var mu sync.Mutex
	got := map[string]string{}
	var wg sync.WaitGroup
	for w := 0; w < checkers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			q, checker := queues[w%len(queues)], fmt.Sprintf("checker-%d", w)
			for {
				it, err := q.Next(ctx, checker, queue.Filter{})
				if errors.Is(err, queue.ErrEmpty) {
					return
				}
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				if prev, dup := got[it.ID]; dup {
					t.Errorf("claim %s handed to %s and %s", it.ID, prev, checker)
				}
				got[it.ID] = checker
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	return len(got)
}
