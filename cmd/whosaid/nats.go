package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/pipeline"
	"github.com/whosaid/whosaid/pipeline/distributed"
	"github.com/whosaid/whosaid/pipeline/store"
)

// natsFlags are how every distributed command reaches NATS.
type natsFlags struct{ o distributed.ConnOptions }

func (n *natsFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&n.o.URL, "nats", "", "the NATS server(s): `URL`, several separated by commas")
	f.StringVar(&n.o.Creds, "creds", "", "a NATS credentials `FILE`")
	f.StringVar(&n.o.CA, "tls-ca", "", "a CA certificate `FILE` to trust for TLS")
	f.StringVar(&n.o.Cert, "tls-cert", "", "a client certificate `FILE` for TLS")
	f.StringVar(&n.o.Key, "tls-key", "", "the client certificate's key `FILE`")
}

func (n *natsFlags) connect(cmd *cobra.Command) (*distributed.Conn, error) {
	if n.o.URL == "" {
		return nil, usageError{fmt.Errorf("%s needs --nats URL", cmd.Name())}
	}
	n.o.Name = "whosaid " + cmd.Name()
	return distributed.Connect(cmd.Context(), n.o)
}

func newNATSServer() *cobra.Command {
	var dir string
	var port int
	var host string
	cmd := &cobra.Command{
		Use:   "nats-server --store DIR",
		Short: "Run an embedded NATS server with JetStream, to try the distributed mode",
		Long: `nats-server runs a NATS server with JetStream inside whosaid, until it is
interrupted. It is for trying the distributed mode and for tests; in
production point whosaid at your own NATS cluster with --nats.`,
		Example: `  whosaid nats-server --store /var/lib/whosaid/nats --port 4222`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				return usageError{fmt.Errorf("nats-server needs --store DIR")}
			}
			s, err := distributed.StartServer(distributed.ServerOptions{Host: host, Port: port, StoreDir: dir})
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "whosaid: NATS with JetStream on %s (store %s)\n", s.ClientURL(), dir)
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			<-ctx.Done()
			s.Shutdown()
			s.WaitForShutdown()
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "store", "", "JetStream's storage `DIR`")
	cmd.Flags().IntVar(&port, "port", 4222, "the client `PORT`")
	cmd.Flags().StringVar(&host, "host", "127.0.0.1", "the `ADDRESS` to listen on")
	return cmd
}

func newPublish() *cobra.Command {
	var n natsFlags
	var maxBytes int
	cmd := &cobra.Command{
		Use:   "publish --nats URL [PATH...]",
		Short: "Put articles on the distributed work queue",
		Long: `publish reads articles like extract and puts them on the WHOSAID_ARTICLES
work-queue stream. The message id is the article id and its content hash:
publishing the same input twice adds nothing.`,
		Example: `  whosaid publish --nats nats://queue.example.org:4222 feeds/2026-11-21.jsonl`,
		Args:    minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := n.connect(cmd)
			if err != nil {
				return err
			}
			defer c.Close()
			src := &pipeline.Files{Paths: args, Stdin: cmd.InOrStdin(), MaxBytes: maxBytes}
			st, err := distributed.Publish(cmd.Context(), c, src)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "whosaid: %d articles published, %d already on the queue, %d failed\n", st.Published, st.Duplicates, len(st.Failed))
			for _, f := range st.Failed {
				fmt.Fprintf(cmd.ErrOrStderr(), "  failed: %s: %v\n", f.Name, f.Err)
			}
			if len(st.Failed) > 0 {
				return failedInputs{len(st.Failed)}
			}
			return nil
		},
	}
	n.register(cmd)
	cmd.Flags().IntVar(&maxBytes, "max-bytes", pipeline.DefaultMaxBytes, "largest article accepted, in `BYTES`")
	return cmd
}

func newWorker() *cobra.Command {
	var n natsFlags
	var jobs int
	var drain, quiet bool
	cmd := &cobra.Command{
		Use:   "worker --nats URL [-j N] [--drain]",
		Short: "Process articles from the distributed work queue",
		Long: `worker takes articles from WHOSAID_ARTICLES through a durable consumer shared
by every worker on every machine, runs the pipeline, publishes each claim to
WHOSAID_CLAIMS (subject whosaid.claims.LANG, the claim id as message id) and
acknowledges the article only once the server has stored its claims. A worker
that dies leaves its article to be redelivered; nothing is lost or doubled.`,
		Example: `  whosaid worker --nats nats://queue.example.org:4222 -j 8
  whosaid worker --nats nats://127.0.0.1:4222 --drain`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := n.connect(cmd)
			if err != nil {
				return err
			}
			defer c.Close()
			if jobs <= 0 {
				jobs = runtimeCPUs()
			}
			w := &distributed.Worker{Conn: c, Stages: pipeline.Stages(pipeline.NewResources()), Jobs: jobs}
			if !quiet {
				w.OnItem = func(it *pipeline.Item) {
					if it.Err != nil {
						fmt.Fprintf(cmd.ErrOrStderr(), "whosaid: %s: %v\n", it.Name(), it.Err)
					}
				}
			}
			st, err := w.Run(cmd.Context(), drain)
			if st != nil && !quiet {
				fmt.Fprintf(cmd.ErrOrStderr(), "whosaid: worker: %d extracted, %d skipped, %d failed; %d claims\n", st.Extracted, st.Skipped, st.Failed, st.Claims)
			}
			if err != nil && err != context.Canceled {
				return err
			}
			return nil
		},
	}
	n.register(cmd)
	cmd.Flags().IntVarP(&jobs, "jobs", "j", 0, "articles processed at once (default: all cores)")
	cmd.Flags().BoolVar(&drain, "drain", false, "exit when no work is left")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no messages")
	return cmd
}

func newCollect() *cobra.Command {
	var n natsFlags
	var db, durable string
	var drain, noQueue bool
	cmd := &cobra.Command{
		Use:   "collect --nats URL --db FILE [--drain]",
		Short: "Store the claims of the distributed run",
		Long: `collect consumes WHOSAID_CLAIMS into the SQLite store (--db), an article at a
time once all its claims have arrived, so that queue, sheets and export work
as on one machine. It resumes where it stopped. It also offers every stored
claim to the JetStream queue (the WHOSAID_QUEUE key-value bucket), for
fact-checkers who work with queue --nats.`,
		Example: `  whosaid collect --nats nats://queue.example.org:4222 --db news.db
  whosaid collect --nats nats://127.0.0.1:4222 --db news.db --drain`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := n.connect(cmd)
			if err != nil {
				return err
			}
			defer c.Close()
			st, err := store.Open(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer st.Close()
			col := &distributed.Collector{Conn: c, Store: st, Durable: durable}
			if !noQueue {
				if col.Queue, err = distributed.OpenKVQueue(cmd.Context(), c); err != nil {
					return err
				}
			}
			stats, err := col.Run(cmd.Context(), drain)
			if stats != nil {
				fmt.Fprintf(cmd.ErrOrStderr(), "whosaid: collected %d articles, %d claims into %s\n", stats.Articles, stats.Claims, db)
			}
			if err != nil && err != context.Canceled {
				return err
			}
			return nil
		},
	}
	n.register(cmd)
	cmd.Flags().StringVar(&db, "db", "whosaid.db", "the database `FILE`")
	cmd.Flags().StringVar(&durable, "name", "whosaid-collector", "the collector's durable consumer `NAME`")
	cmd.Flags().BoolVar(&drain, "drain", false, "exit once caught up")
	cmd.Flags().BoolVar(&noQueue, "no-queue", false, "do not offer claims to the JetStream queue")
	return cmd
}
