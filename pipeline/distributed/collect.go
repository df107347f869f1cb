package distributed

import (
	"context"
	"encoding/json"
	"fmt"
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
			Durable:       durable,
			AckPolicy:     jetstream.AckExplicitPolicy,
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
	for ctx.Err() == nil {
		batch, err := cons.Fetch(256, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			time.Sleep(200 * time.Millisecond) // the server may be restarting
			continue
		}
		got := 0
		for msg := range batch.Messages() {
			got++
			if err := c.take(ctx, msg, open, st); err != nil {
				return st, err
			}
		}
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

// take files one message; when an article is complete it stores it and
// acknowledges its messages.
func (c *Collector) take(ctx context.Context, msg jetstream.Msg, open map[string]*pending, st *CollectStats) error {
	key := msg.Headers().Get(hdrArticle)
	p := open[key]
	if p == nil {
		p = &pending{claims: map[string]models.Claim{}}
		open[key] = p
	}
	p.msgs = append(p.msgs, msg)
	switch msg.Headers().Get(hdrKind) {
	case "claim":
		var cl models.Claim
		if err := json.Unmarshal(msg.Data(), &cl); err != nil {
			return fmt.Errorf("claims stream: %w", err)
		}
		p.claims[cl.ID] = cl
	case "article":
		var rec articleRecord
		if err := json.Unmarshal(msg.Data(), &rec); err != nil {
			return fmt.Errorf("claims stream: %w", err)
		}
		p.record = &rec
	default:
		msg.Term()
		return nil
	}
	if p.record == nil || len(p.claims) < len(p.record.Claims) {
		return nil
	}
	claims := make([]models.Claim, 0, len(p.record.Claims))
	for _, id := range p.record.Claims {
		cl, ok := p.claims[id]
		if !ok {
			return nil // a claim is still on its way
		}
		claims = append(claims, cl)
	}
	retired, err := c.Store.PutArticleRetiring(ctx, p.record.Article, claims)
	if err != nil {
		return err
	}
	if c.Queue != nil {
		for _, id := range retired {
			if err := c.Queue.Retire(ctx, id); err != nil {
				return err
			}
		}
		items, err := c.Store.ItemsOf(ctx, p.record.Article.ID)
		if err != nil {
			return err
		}
		for _, it := range items {
			if err := c.Queue.Offer(ctx, it); err != nil {
				return err
			}
		}
	}
	for _, m := range p.msgs {
		m.Ack()
	}
	delete(open, key)
	st.Articles++
	st.Claims += len(claims)
	return nil
}
