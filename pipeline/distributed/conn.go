package distributed

import (
	"context"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Stream and consumer names.
const (
	ArticlesStream  = "WHOSAID_ARTICLES"
	ArticlesSubject = "whosaid.articles"
	ClaimsStream    = "WHOSAID_CLAIMS"
	ClaimsSubjects  = "whosaid.claims.>"
	WorkersConsumer = "whosaid-workers"
	QueueBucket     = "WHOSAID_QUEUE"
)

// ConnOptions are how to reach a NATS cluster.
type ConnOptions struct {
	URL      string // nats://host:4222, several separated by commas
	Creds    string // a credentials file
	CA       string // a CA certificate for TLS
	Cert     string // a client certificate for TLS
	Key      string // its key
	Name     string // the connection's name, seen by the server's monitoring
	DupeSpan time.Duration
}

// Conn is a connection with JetStream set up.
type Conn struct {
	NC *nats.Conn
	JS jetstream.JetStream
}

// Connect connects, reconnecting for ever when the server goes away, and
// makes sure the streams exist.
func Connect(ctx context.Context, o ConnOptions) (*Conn, error) {
	opts := []nats.Option{nats.Name(o.Name), nats.MaxReconnects(-1), nats.ReconnectWait(250 * time.Millisecond), nats.RetryOnFailedConnect(true)}
	if o.Creds != "" {
		opts = append(opts, nats.UserCredentials(o.Creds))
	}
	if o.CA != "" {
		opts = append(opts, nats.RootCAs(o.CA))
	}
	if o.Cert != "" || o.Key != "" {
		opts = append(opts, nats.ClientCert(o.Cert, o.Key))
	}
	nc, err := nats.Connect(o.URL, opts...)
	if err != nil {
		return nil, fmt.Errorf("nats %s: %w", o.URL, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, err
	}
	c := &Conn{NC: nc, JS: js}
	if err := c.setup(ctx, o.DupeSpan); err != nil {
		nc.Close()
		return nil, err
	}
	return c, nil
}

// Close drains and closes the connection.
func (c *Conn) Close() { c.NC.Drain() }

func (c *Conn) setup(ctx context.Context, dupes time.Duration) error {
	if dupes == 0 {
		dupes = 24 * time.Hour
	}
	streams := []jetstream.StreamConfig{
		{Name: ArticlesStream, Subjects: []string{ArticlesSubject}, Retention: jetstream.WorkQueuePolicy,
			Storage: jetstream.FileStorage, Duplicates: dupes, MaxMsgSize: 8 << 20},
		{Name: ClaimsStream, Subjects: []string{ClaimsSubjects}, Retention: jetstream.LimitsPolicy,
			Storage: jetstream.FileStorage, Duplicates: dupes},
	}
	for _, cfg := range streams {
		if err := retry(ctx, func() error { _, err := c.JS.CreateOrUpdateStream(ctx, cfg); return err }); err != nil {
			return fmt.Errorf("stream %s: %w", cfg.Name, err)
		}
	}
	return nil
}

// retry runs fn until it succeeds or 30 s pass: the server may be
// starting or restarting.
func retry(ctx context.Context, fn func() error) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := fn()
		if err == nil || time.Now().After(deadline) || ctx.Err() != nil {
			return err
		}
		time.Sleep(200 * time.Millisecond)
	}
}
