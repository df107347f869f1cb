package distributed

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/whosaid/whosaid/pipeline/queue"
	"github.com/whosaid/whosaid/pipeline/store"
)

// KVQueue is the fact-checking queue in a JetStream key-value bucket, one
// key per claim. Every change is an update at the revision it was read
// at, so two fact-checkers, wherever they are, never take the same claim.
type KVQueue struct {
	kv  jetstream.KeyValue
	now func() time.Time
}

var _ queue.Queue = (*KVQueue)(nil)

// OpenKVQueue opens (creating if needed) the queue's bucket.
func OpenKVQueue(ctx context.Context, c *Conn) (*KVQueue, error) {
	var kv jetstream.KeyValue
	err := retry(ctx, func() error {
		var err error
		kv, err = c.JS.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{Bucket: QueueBucket, History: 5, Storage: jetstream.FileStorage})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("queue bucket: %w", err)
	}
	return &KVQueue{kv: kv, now: time.Now}, nil
}

// Offer adds a claim, or refreshes its text, score and appearances while
// keeping what fact-checkers have done with it.
func (q *KVQueue) Offer(ctx context.Context, it queue.Item) error {
	// most claims are new: one round trip
	if _, err := q.kv.Create(ctx, it.ID, mustJSON(it)); err == nil || !errors.Is(err, jetstream.ErrKeyExists) {
		return err
	}
	for attempt := 0; attempt < 20; attempt++ {
		cur, rev, err := q.get(ctx, it.ID)
		if err != nil {
			return err
		}
		it.State, it.Assignee, it.Verdict, it.Note, it.UpdatedAt = cur.State, cur.Assignee, cur.Verdict, cur.Note, cur.UpdatedAt
		if _, err := q.kv.Update(ctx, it.ID, mustJSON(it), rev); err == nil {
			return nil
		}
	}
	return fmt.Errorf("queue: claim %s changes too often", it.ID)
}

// Retire removes a claim the store no longer holds (no article makes it
// any more, or it was renamed after a near-duplicate), unless a
// fact-checker has taken it up.
func (q *KVQueue) Retire(ctx context.Context, id string) error {
	for attempt := 0; attempt < 20; attempt++ {
		cur, rev, err := q.get(ctx, id)
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		if cur.State != queue.New || cur.Assignee != "" {
			return nil
		}
		if err := q.kv.Delete(ctx, id, jetstream.LastRevision(rev)); err == nil {
			return nil
		}
	}
	return fmt.Errorf("queue: claim %s changes too often", id)
}

type entry struct {
	item queue.Item
	rev  uint64
}

func (q *KVQueue) entries(ctx context.Context) ([]entry, error) {
	lister, err := q.kv.ListKeys(ctx)
	if err != nil {
		return nil, err
	}
	var out []entry
	for key := range lister.Keys() {
		it, rev, err := q.get(ctx, key)
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, entry{it, rev})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].item.Checkworthiness != out[j].item.Checkworthiness {
			return out[i].item.Checkworthiness > out[j].item.Checkworthiness
		}
		return out[i].item.ID < out[j].item.ID
	})
	return out, nil
}

func matches(it queue.Item, f queue.Filter) bool {
	switch {
	case f.Speaker != "" && !strings.Contains(store.SpeakerKey(it.Speaker), store.SpeakerKey(f.Speaker)):
	case f.Lang != "" && it.Lang != f.Lang:
	case f.Kind != "" && it.Kind != f.Kind:
	case f.Since != "" && it.FirstSeen < f.Since:
	case f.MinScore > 0 && it.Checkworthiness < f.MinScore:
	case f.State != "" && it.State != f.State:
	default:
		return true
	}
	return false
}

// List implements queue.Queue.
func (q *KVQueue) List(ctx context.Context, f queue.Filter) ([]queue.Item, error) {
	es, err := q.entries(ctx)
	if err != nil {
		return nil, err
	}
	var out []queue.Item
	for _, e := range es {
		if matches(e.item, f) {
			e.item.Appearances = nil
			out = append(out, e.item)
			if f.Limit > 0 && len(out) == f.Limit {
				break
			}
		}
	}
	return out, nil
}

// Next implements queue.Queue: the first new claim it manages to update at
// the revision it read wins; a claim someone else took meanwhile is passed
// over.
func (q *KVQueue) Next(ctx context.Context, checker string, f queue.Filter) (*queue.Item, error) {
	f.State = queue.New
	es, err := q.entries(ctx)
	if err != nil {
		return nil, err
	}
	for _, e := range es {
		if !matches(e.item, f) {
			continue
		}
		it := e.item
		it.State, it.Assignee, it.UpdatedAt = queue.InReview, checker, q.now().UTC()
		if _, err := q.kv.Update(ctx, it.ID, mustJSON(it), e.rev); err != nil {
			continue // taken by someone else since we read it
		}
		return &it, nil
	}
	return nil, queue.ErrEmpty
}

// Show implements queue.Queue.
func (q *KVQueue) Show(ctx context.Context, id string) (*queue.Item, error) {
	it, _, err := q.get(ctx, id)
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return nil, fmt.Errorf("%s: %w", id, queue.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	return &it, nil
}

// get reads a claim's entry and the revision it was read at; a missing
// key is jetstream.ErrKeyNotFound.
func (q *KVQueue) get(ctx context.Context, id string) (queue.Item, uint64, error) {
	var it queue.Item
	e, err := q.kv.Get(ctx, id)
	if err != nil {
		return it, 0, err
	}
	return it, e.Revision(), json.Unmarshal(e.Value(), &it)
}

// Assign implements queue.Queue.
func (q *KVQueue) Assign(ctx context.Context, id, checker string) error {
	return q.change(ctx, id, func(it *queue.Item) { it.State, it.Assignee = queue.InReview, checker })
}

// Resolve implements queue.Queue.
func (q *KVQueue) Resolve(ctx context.Context, id, verdict, note string) error {
	if strings.TrimSpace(verdict) == "" {
		return fmt.Errorf("%s: a verdict is needed", id)
	}
	return q.change(ctx, id, func(it *queue.Item) { it.State, it.Verdict, it.Note = queue.Checked, verdict, note })
}

// change applies fn at the current revision, again if someone else
// changed the claim in between.
func (q *KVQueue) change(ctx context.Context, id string, fn func(*queue.Item)) error {
	for attempt := 0; attempt < 20; attempt++ {
		it, rev, err := q.get(ctx, id)
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			return fmt.Errorf("%s: %w", id, queue.ErrNotFound)
		}
		if err != nil {
			return err
		}
		fn(&it)
		it.UpdatedAt = q.now().UTC()
		if _, err := q.kv.Update(ctx, id, mustJSON(it), rev); err == nil {
			return nil
		}
	}
	return fmt.Errorf("%s: changed by others too often", id)
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // queue.Item always marshals
	}
	return b
}
