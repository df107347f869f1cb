package distributed

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/whosaid/whosaid/pipeline"
	"github.com/whosaid/whosaid/pipeline/store"
)

// articleRecord follows an article's claims on the claims stream: the
// article as the store keeps it and the ids of its claims, in order.
type articleRecord struct {
	Article store.Article `json:"article"`
	Claims  []string      `json:"claims"`
}

// Header names on the claims stream.
const (
	hdrKind    = "Whosaid-Kind"    // "claim" or "article"
	hdrArticle = "Whosaid-Article" // the article's key: id and content hash
)

// Worker runs the pipeline on articles from the work queue.
type Worker struct {
	Conn   *Conn
	Stages []pipeline.Stage
	// Jobs is how many articles are processed at once.
	Jobs int
	// OnItem, when set, sees every article done (for progress and errors).
	OnItem func(it *pipeline.Item)
}

// WorkerStats counts what a worker did.
type WorkerStats struct {
	Extracted, Skipped, Failed, Claims int
}

// Run takes articles until ctx is done, or, with drain, until no work is
// left.
func (w *Worker) Run(ctx context.Context, drain bool) (*WorkerStats, error) {
	var cons jetstream.Consumer
	err := retry(ctx, func() error {
		var err error
		cons, err = w.Conn.JS.CreateOrUpdateConsumer(ctx, ArticlesStream, jetstream.ConsumerConfig{
			Durable:       WorkersConsumer,
			AckPolicy:     jetstream.AckExplicitPolicy,
			AckWait:       15 * time.Second, // an article takes milliseconds; a lost one comes back soon
			MaxDeliver:    10,
			MaxAckPending: 4096,
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("workers consumer: %w", err)
	}
	jobs := max(1, w.Jobs)
	st := &WorkerStats{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	errs := make(chan error, jobs)
	for j := 0; j < jobs; j++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.loop(ctx, cons, drain, st, &mu); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	return st, <-errs
}

func (w *Worker) loop(ctx context.Context, cons jetstream.Consumer, drain bool, st *WorkerStats, mu *sync.Mutex) error {
	for ctx.Err() == nil {
		batch, err := cons.Fetch(4, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			time.Sleep(200 * time.Millisecond) // the server may be restarting
			continue
		}
		got := 0
		for msg := range batch.Messages() {
			got++
			w.handle(ctx, msg, st, mu)
		}
		if got == 0 && drain && w.idle(ctx, cons) {
			return nil
		}
	}
	return nil
}

// idle reports whether the work queue is empty and nothing is in flight.
func (w *Worker) idle(ctx context.Context, cons jetstream.Consumer) bool {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	info, err := cons.Info(ctx)
	return err == nil && info.NumPending == 0 && info.NumAckPending == 0
}

// handle processes one article. It acknowledges the article only once
// the server has stored every claim and the article record; on a failure
// to publish it asks for the article again.
func (w *Worker) handle(ctx context.Context, msg jetstream.Msg, st *WorkerStats, mu *sync.Mutex) {
	var am articleMsg
	if err := json.Unmarshal(msg.Data(), &am); err != nil || am.ID == "" {
		msg.TermWithReason("not an article")
		return
	}
	it := &pipeline.Item{Article: am.article()}
	pipeline.Process(ctx, w.Stages, it)
	if w.OnItem != nil {
		w.OnItem(it)
	}
	switch {
	case it.Err != nil:
		mu.Lock()
		st.Failed++
		mu.Unlock()
		msg.TermWithReason(it.Err.Error())
		return
	case it.Skipped != "":
		mu.Lock()
		st.Skipped++
		mu.Unlock()
		msg.Ack()
		return
	}
	if err := w.publishClaims(ctx, it); err != nil {
		msg.NakWithDelay(time.Second)
		return
	}
	// A plain acknowledgement: were it lost, the article would come back
	// and its claims, published again under the same message ids, would
	// be dropped by the server as duplicates.
	if err := msg.Ack(); err != nil {
		return
	}
	mu.Lock()
	st.Extracted++
	st.Claims += len(it.Claims)
	mu.Unlock()
}

// callTimeout bounds every request to the server: across a server
// restart an answer may never come, and the work must go on.
const callTimeout = 10 * time.Second

// publishClaims publishes each claim and then the article record, and
// waits for the server to have stored them all.
func (w *Worker) publishClaims(ctx context.Context, it *pipeline.Item) error {
	a := store.ArticleOf(it.Article)
	key := articleKey(a.ID, a.Hash)
	subject := "whosaid.claims." + subjectToken(a.Lang)
	rec := articleRecord{Article: a, Claims: make([]string, 0, len(it.Claims))}
	var futures []jetstream.PubAckFuture
	for i := range it.Claims {
		c := &it.Claims[i]
		data, err := json.Marshal(c)
		if err != nil {
			return err
		}
		m := &nats.Msg{Subject: subject, Data: data, Header: nats.Header{}}
		m.Header.Set(hdrKind, "claim")
		m.Header.Set(hdrArticle, key)
		f, err := w.Conn.JS.PublishMsgAsync(m, jetstream.WithMsgID(c.ID))
		if err != nil {
			return err
		}
		futures = append(futures, f)
		rec.Claims = append(rec.Claims, c.ID)
	}
	data, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	m := &nats.Msg{Subject: subject + ".article", Data: data, Header: nats.Header{}}
	m.Header.Set(hdrKind, "article")
	m.Header.Set(hdrArticle, key)
	f, err := w.Conn.JS.PublishMsgAsync(m, jetstream.WithMsgID("article:"+key))
	if err != nil {
		return err
	}
	futures = append(futures, f)
	timeout := time.After(callTimeout)
	for _, f := range futures {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			return err
		case <-timeout:
			return errors.New("publish: no acknowledgement in time")
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// subjectToken makes a language code safe as a subject token.
func subjectToken(lang string) string {
	if lang == "" {
		return "und"
	}
	return lang
}
