package distributed

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline"
)

// articleMsg is an article on the work queue.
type articleMsg struct {
	ID        string `json:"id"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Origin    string `json:"origin,omitempty"`
}

// PublishStats counts what a publish did.
type PublishStats struct {
	Published, Duplicates int
	Failed                []pipeline.Failure
}

// Publish puts the articles of src on the work queue. The message id is
// the article id and the hash of its content, so that publishing the same
// input twice adds nothing.
func Publish(ctx context.Context, c *Conn, src pipeline.Source) (*PublishStats, error) {
	st := &PublishStats{}
	var futures []jetstream.PubAckFuture
	err := src.Read(ctx, func(in pipeline.Input) error {
		a := in.Article
		if in.Err != nil {
			st.Failed = append(st.Failed, pipeline.Failure{Name: a.Origin, Err: in.Err})
			return nil
		}
		msg := articleMsg{ID: a.ID, Text: a.Text, HTML: a.HTML, URL: a.URL, Title: a.Title, Source: a.Source, Published: a.Published, Lang: a.LangHint, Origin: a.Origin}
		data, err := json.Marshal(msg)
		if err != nil {
			return err
		}
		f, err := c.JS.PublishAsync(ArticlesSubject, data, jetstream.WithMsgID(articleKey(a.ID, a.Text+a.HTML)))
		if err != nil {
			return fmt.Errorf("publish %s: %w", a.ID, err)
		}
		futures = append(futures, f)
		if len(futures) >= 1000 {
			return collectAcks(ctx, c, &futures, st)
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	return st, collectAcks(ctx, c, &futures, st)
}

func collectAcks(ctx context.Context, c *Conn, futures *[]jetstream.PubAckFuture, st *PublishStats) error {
	select {
	case <-c.JS.PublishAsyncComplete():
	case <-ctx.Done():
		return ctx.Err()
	}
	for _, f := range *futures {
		select {
		case ack := <-f.Ok():
			if ack.Duplicate {
				st.Duplicates++
			} else {
				st.Published++
			}
		case err := <-f.Err():
			return fmt.Errorf("publish: %w", err)
		}
	}
	*futures = (*futures)[:0]
	return nil
}

// articleKey is an article's identity on the queue: its id and content.
func articleKey(id, content string) string {
	sum := sha256.Sum256([]byte(content))
	return id + ":" + hex.EncodeToString(sum[:12])
}

func (m articleMsg) article() *models.Article {
	return &models.Article{ID: m.ID, Text: m.Text, HTML: m.HTML, URL: m.URL, Title: m.Title, Source: m.Source,
		Published: m.Published, LangHint: m.Lang, Origin: m.Origin}
}
