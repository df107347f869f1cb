package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/pipeline/distributed"
	"github.com/whosaid/whosaid/pipeline/queue"
	"github.com/whosaid/whosaid/pipeline/store"
)

// queueFlags are the options every queue command shares.
type queueFlags struct {
	db     string
	f      queue.Filter
	state  string
	asJSON bool
	nats   natsFlags
}

func (q *queueFlags) register(cmd *cobra.Command, filters bool) {
	cmd.Flags().StringVar(&q.db, "db", "whosaid.db", "the database `FILE`")
	if cmd.Name() != "export" && cmd.Name() != "sheets" {
		q.nats.register(cmd) // the JetStream queue instead of the database
	}
	cmd.Flags().BoolVar(&q.asJSON, "json", false, "print JSON")
	if !filters {
		return
	}
	cmd.Flags().StringVar(&q.f.Speaker, "speaker", "", "only claims by speakers whose name holds `NAME`")
	cmd.Flags().StringVar(&q.f.Lang, "lang", "", "only claims in language `CODE`")
	cmd.Flags().StringVar(&q.f.Kind, "kind", "", "only claims of `KIND` (direct, partial, indirect)")
	cmd.Flags().StringVar(&q.f.Since, "since", "", "only claims first seen on or after `DATE` (YYYY-MM-DD)")
	cmd.Flags().Float64Var(&q.f.MinScore, "min-score", 0, "only claims with check-worthiness at least `SCORE`")
	cmd.Flags().IntVar(&q.f.Limit, "limit", 50, "at most `N` claims (0: all)")
	cmd.Flags().StringVar(&q.state, "state", "", "only claims in `STATE` (new, in-review, checked)")
}

// backend opens the queue: the JetStream queue with --nats, else the store.
func (q *queueFlags) backend(cmd *cobra.Command) (queue.Queue, func(), error) {
	if q.nats.o.URL != "" {
		if err := q.checkState(); err != nil {
			return nil, nil, err
		}
		c, err := q.nats.connect(cmd)
		if err != nil {
			return nil, nil, err
		}
		kv, err := distributed.OpenKVQueue(cmd.Context(), c)
		if err != nil {
			c.Close()
			return nil, nil, err
		}
		return kv, c.Close, nil
	}
	st, err := q.open(cmd)
	if err != nil {
		return nil, nil, err
	}
	return st, func() { st.Close() }, nil
}

func (q *queueFlags) checkState() error {
	if q.state == "" {
		return nil
	}
	switch queue.State(q.state) {
	case queue.New, queue.InReview, queue.Checked:
		q.f.State = queue.State(q.state)
		return nil
	}
	return usageError{fmt.Errorf("--state: %q is not new, in-review or checked", q.state)}
}

func (q *queueFlags) open(cmd *cobra.Command) (*store.Store, error) {
	if err := q.checkState(); err != nil {
		return nil, err
	}
	return store.Open(cmd.Context(), q.db)
}

func newQueue() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "queue",
		Short: "Work through the fact-checking queue",
		Long: `queue is where fact-checkers take their work: claims wait in the queue ordered
by check-worthiness, move from new to in-review when a checker takes one, and
to checked when a verdict is recorded. Two checkers calling next at the same
time never get the same claim.`,
		Example: `  whosaid queue list --min-score 0.8 --lang en
  whosaid queue next --checker ana
  whosaid queue show 3f0c9a51d2e4b8a7c6d1
  whosaid queue assign 3f0c9a51d2e4b8a7c6d1 --checker ben
  whosaid queue resolve 3f0c9a51d2e4b8a7c6d1 --verdict false --note "the rate was 4.1 %, not 2 %"`,
	}
	cmd.AddCommand(queueList(), queueNext(), queueShow(), queueAssign(), queueResolve())
	return cmd
}

func queueList() *cobra.Command {
	var q queueFlags
	cmd := &cobra.Command{
		Use: "list", Short: "List claims, most check-worthy first",
		Example: `  whosaid queue list --speaker clinton --since 2026-11-01`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, done, err := q.backend(cmd)
			if err != nil {
				return err
			}
			defer done()
			items, err := st.List(cmd.Context(), q.f)
			if err != nil {
				return err
			}
			if q.asJSON {
				return printJSON(cmd.OutOrStdout(), items)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSCORE\tSTATE\tKIND\tLANG\tSPEAKER\tCLAIM")
			for _, it := range items {
				fmt.Fprintf(tw, "%s\t%.2f\t%s\t%s\t%s\t%s\t%s\n", it.ID, it.Checkworthiness, it.State, it.Kind, it.Lang, it.Speaker, clip(it.Text, 70))
			}
			return tw.Flush()
		},
	}
	q.register(cmd, true)
	return cmd
}

func queueNext() *cobra.Command {
	var q queueFlags
	var checker string
	cmd := &cobra.Command{
		Use: "next", Short: "Take the most check-worthy new claim",
		Example: `  whosaid queue next --checker ana --lang fr`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if checker == "" {
				return usageError{errors.New("next needs --checker NAME")}
			}
			st, done, err := q.backend(cmd)
			if err != nil {
				return err
			}
			defer done()
			it, err := st.Next(cmd.Context(), checker, q.f)
			if errors.Is(err, queue.ErrEmpty) {
				fmt.Fprintln(cmd.ErrOrStderr(), "whosaid: no claim is waiting")
				return nil
			}
			if err != nil {
				return err
			}
			return printItem(cmd.OutOrStdout(), it, q.asJSON)
		},
	}
	q.register(cmd, true)
	cmd.Flags().StringVar(&checker, "checker", "", "the fact-checker taking the claim")
	return cmd
}

func queueShow() *cobra.Command {
	var q queueFlags
	cmd := &cobra.Command{
		Use: "show ID", Short: "Show a claim and where it appeared",
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, done, err := q.backend(cmd)
			if err != nil {
				return err
			}
			defer done()
			it, err := st.Show(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return printItem(cmd.OutOrStdout(), it, q.asJSON)
		},
	}
	q.register(cmd, false)
	return cmd
}

func queueAssign() *cobra.Command {
	var q queueFlags
	var checker string
	cmd := &cobra.Command{
		Use: "assign ID --checker NAME", Short: "Give a claim to a fact-checker",
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if checker == "" {
				return usageError{errors.New("assign needs --checker NAME")}
			}
			st, done, err := q.backend(cmd)
			if err != nil {
				return err
			}
			defer done()
			return st.Assign(cmd.Context(), args[0], checker)
		},
	}
	q.register(cmd, false)
	cmd.Flags().StringVar(&checker, "checker", "", "the fact-checker")
	return cmd
}

func queueResolve() *cobra.Command {
	var q queueFlags
	var verdict, note string
	cmd := &cobra.Command{
		Use: "resolve ID --verdict VERDICT [--note TEXT]", Short: "Record a verdict",
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if verdict == "" {
				return usageError{errors.New("resolve needs --verdict (for example true, false, misleading, unverifiable)")}
			}
			st, done, err := q.backend(cmd)
			if err != nil {
				return err
			}
			defer done()
			return st.Resolve(cmd.Context(), args[0], verdict, note)
		},
	}
	q.register(cmd, false)
	cmd.Flags().StringVar(&verdict, "verdict", "", "the verdict")
	cmd.Flags().StringVar(&note, "note", "", "the checker's note")
	return cmd
}

func printItem(w io.Writer, it *queue.Item, asJSON bool) error {
	if asJSON {
		return printJSON(w, it)
	}
	fmt.Fprintf(w, "%s  [%s, check-worthiness %.2f, %s %s]\n", it.ID, it.State, it.Checkworthiness, it.Kind, it.Lang)
	fmt.Fprintf(w, "%s: “%s”\n", orNone(it.Speaker), it.Text)
	if it.Assignee != "" {
		fmt.Fprintf(w, "assigned to %s\n", it.Assignee)
	}
	if it.Verdict != "" {
		fmt.Fprintf(w, "verdict: %s — %s\n", it.Verdict, it.Note)
	}
	for _, ap := range it.Appearances {
		fmt.Fprintf(w, "  in %s %s %s\n    %s\n", ap.ArticleID, ap.Published, ap.URL, ap.Sentence)
	}
	return nil
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func orNone(s string) string {
	if s == "" {
		return "(no source found)"
	}
	return s
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// exactArgs wraps cobra's argument count check as a usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{fmt.Errorf("%s takes %d argument(s)", cmd.Name(), n)}
		}
		return nil
	}
}
