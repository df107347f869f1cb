package distributed

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline/store"
)

// Collector consumes the claims stream into a store.
type Collector struct {
	Conn  *Conn
	Store *store.Store
	// Durable names the collector's consumer: a collector started again
	// with the same name resumes where it stopped.
	Durable string
	// Queue, when set, receives every stored claim, for fact-checkers who
	// work from the JetStream queue.
	Queue *KVQueue
}

// CollectStats counts what a collector stored.
type CollectStats struct {
	Articles, Claims int
}

// pending is an article whose claims are still arriving.
type pending struct {
	record *articleRecord
	claims map[string]models.Claim
	msgs   []jetstream.Msg
}

// Run stores articles as their claims arrive, until ctx is done, or, with
// drain, until it has caught up: no message left, no article half
// received, no article left on the work queue.
func (c *Collector) Run(ctx context.Context, drain bool) (*CollectStats, error) {
	durable := c.Durable
	if durable == "" {
		durable = "whosaid-collector"
	}
	var cons jetstream.Consumer
	err := retry(ctx, func() error {
		var err error
		cons, err = c.Conn.JS.CreateOrUpdateConsumer(ctx, ClaimsStream, jetstream.ConsumerConfig{
			Durable: durable,
			// one ack covers every message before it: the collector acks
			// the last message below the oldest article still arriving
			AckPolicy:     jetstream.AckAllPolicy,
			AckWait:       5 * time.Minute,
			MaxAckPending: 100000,
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("collector consumer: %w", err)
	}
	st := &CollectStats{}
	open := map[string]*pending{}
	var stored []jetstream.Msg // stored, not yet acknowledged
	for ctx.Err() == nil {
		batch, err := cons.Fetch(1024, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			time.Sleep(200 * time.Millisecond) // the server may be restarting
			continue
		}
		got := 0
		var done []*pending
		for msg := range batch.Messages() {
			got++
			p, err := c.take(msg, open)
			if err != nil {
				return st, err
			}
			if p != nil {
				done = append(done, p)
			}
		}
		if err := c.store(ctx, done, st); err != nil {
			return st, err
		}
		for _, p := range done {
			stored = append(stored, p.msgs...)
		}
		stored = ackBelow(stored, open)
		if got == 0 && drain && len(open) == 0 && c.caughtUp(ctx, cons) {
			return st, nil
		}
	}
	return st, nil
}

func (c *Collector) caughtUp(ctx context.Context, cons jetstream.Consumer) bool {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	info, err := cons.Info(ctx)
	if err != nil || info.NumPending != 0 || info.NumAckPending != 0 {
		return false
	}
	work, err := c.Conn.JS.Stream(ctx, ArticlesStream)
	if err != nil {
		return false
	}
	si, err := work.Info(ctx)
	return err == nil && si.State.Msgs == 0
}

// ackBelow acknowledges, with one cumulative ack, the stored messages
// that come before every message of the articles still open, and returns
// the stored messages it could not acknowledge yet.
func ackBelow(stored []jetstream.Msg, open map[string]*pending) []jetstream.Msg {
	floor := uint64(math.MaxUint64)
	for _, p := range open {
		for _, m := range p.msgs {
			floor = min(floor, seqOf(m))
		}
	}
	var last jetstream.Msg
	var lastSeq uint64
	keep := stored[:0]
	for _, m := range stored {
		switch seq := seqOf(m); {
		case seq > floor:
			keep = append(keep, m)
		case last == nil || seq > lastSeq:
			last, lastSeq = m, seq
		}
	}
	if last != nil {
		last.Ack()
	}
	return keep
}

// seqOf is a message's sequence number in its stream.
func seqOf(m jetstream.Msg) uint64 {
	md, err := m.Metadata()
	if err != nil {
		return 0
	}
	return md.Sequence.Stream
}

// take files one message under its article and returns the article
// once all its claims are in.
func (c *Collector) take(msg jetstream.Msg, open map[string]*pending) (*pending, error) {
	kind := msg.Headers().Get(hdrKind)
	if kind != "claim" && kind != "article" {
		msg.Term() // not ours: nothing will complete it
		return nil, nil
	}
	key := msg.Headers().Get(hdrArticle)
	p := open[key]
	if p == nil {
		p = &pending{claims: map[string]models.Claim{}}
		open[key] = p
	}
	p.msgs = append(p.msgs, msg)
	switch kind {
	case "claim":
		var cl models.Claim
		if err := json.Unmarshal(msg.Data(), &cl); err != nil {
			return nil, fmt.Errorf("claims stream: %w", err)
		}
		p.claims[cl.ID] = cl
	case "article":
		var rec articleRecord
		if err := json.Unmarshal(msg.Data(), &rec); err != nil {
			return nil, fmt.Errorf("claims stream: %w", err)
		}
		p.record = &rec
	}
	if p.record == nil || len(p.claims) < len(p.record.Claims) {
		return nil, nil
	}
	for _, id := range p.record.Claims {
		if _, ok := p.claims[id]; !ok {
			return nil, nil // a claim is still on its way
		}
	}
	delete(open, key)
	return p, nil
}

// store writes complete articles to the store in one transaction and
// mirrors them into the JetStream queue when there is one. Their messages
// are acknowledged only afterwards: a collector killed before the acks
// finds them again and stores the same thing.
func (c *Collector) store(ctx context.Context, done []*pending, st *CollectStats) error {
	if len(done) == 0 {
		return nil
	}
	entries := make([]store.Entry, len(done))
	claims := 0
	for i, p := range done {
		e := store.Entry{Article: p.record.Article, Claims: make([]models.Claim, len(p.record.Claims))}
		for j, id := range p.record.Claims {
			e.Claims[j] = p.claims[id]
		}
		entries[i] = e
		claims += len(e.Claims)
	}
	retired, err := c.Store.PutArticles(ctx, entries)
	if err != nil {
		return err
	}
	if c.Queue != nil {
		for _, id := range retired {
			if err := c.Queue.Retire(ctx, id); err != nil {
				return err
			}
		}
		for _, e := range entries {
			items, err := c.Store.ItemsOf(ctx, e.Article.ID)
			if err != nil {
				return err
			}
			for _, it := range items {
				if err := c.Queue.Offer(ctx, it); err != nil {
					return err
				}
			}
		}
	}
	st.Articles += len(done)
	st.Claims += claims
	return nil
}
