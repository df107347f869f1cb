package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/pipeline"
	"github.com/whosaid/whosaid/pipeline/queue"
	"github.com/whosaid/whosaid/pipeline/sheets"
	"github.com/whosaid/whosaid/pipeline/store"
)

func newRun() *cobra.Command {
	var (
		db, sheetsDir string
		jobs          int
		quiet         bool
		maxBytes      int
	)
	cmd := &cobra.Command{
		Use:   "run [PATH...]",
		Short: "The nightly batch job: extract, store, enqueue and write quote sheets",
		Long: `run reads articles like extract, stores their claims in the database (--db),
where they wait in the fact-checking queue ordered by check-worthiness, and
writes the quote sheets (--sheets).

Runs are incremental: an article already stored with the same text is
skipped; one whose text changed is processed again and its old claims
replaced; running the same input twice changes nothing. Each article is
written in one transaction, so a run that is killed can simply be run again.
The same statement by the same speaker in several articles is one claim with
several appearances.`,
		Example: `  whosaid run testdata/articles
  whosaid run --db news.db --sheets public/sheets feeds/2026-11-21.jsonl
  whosaid queue next --checker ana --db news.db`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := store.Open(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			res := pipeline.NewResources()
			res.Seen = st.Seen
			if maxBytes > 0 {
				res.MaxBytes = maxBytes
			}
			src := &pipeline.Files{Paths: args, Stdin: cmd.InOrStdin(), MaxBytes: res.MaxBytes}
			sink := withReporting(pipeline.SinkFunc(func(it *pipeline.Item) error {
				if it.Done() {
					return nil
				}
				if err := st.PutArticle(ctx, store.ArticleOf(it.Article), it.Claims); err != nil {
					return fmt.Errorf("store %s: %w", it.Name(), err)
				}
				return nil
			}), cmd.ErrOrStderr(), quiet)
			sum, err := pipeline.Run(ctx, src, pipeline.Stages(res), sink, pipeline.Options{Workers: jobs})
			sink.finish()
			sum.Ignored = src.Ignored
			if !quiet {
				sum.Print(cmd.ErrOrStderr())
			}
			if err != nil {
				return err
			}
			if sheetsDir != "" && (sum.Extracted > 0 || !exists(filepath.Join(sheetsDir, "index.html"))) {
				items, err := st.All(ctx, queue.Filter{})
				if err != nil {
					return err
				}
				n, err := sheets.Write(sheetsDir, items)
				if err != nil {
					return err
				}
				if !quiet {
					fmt.Fprintf(cmd.ErrOrStderr(), "  sheets: %d speakers in %s\n", n, sheetsDir)
				}
			}
			if !quiet {
				a, c, p, err := st.Counts(ctx)
				if err == nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "  store %s: %d articles, %d claims, %d appearances\n", db, a, c, p)
				}
			}
			if len(sum.Failed) > 0 {
				return failedInputs{len(sum.Failed)}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "whosaid.db", "the database `FILE`")
	f.StringVar(&sheetsDir, "sheets", "sheets", "write the quote sheets to `DIR` (empty: none)")
	f.IntVarP(&jobs, "jobs", "j", 0, "articles processed at once (default: all cores)")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress bar and no summary")
	f.IntVar(&maxBytes, "max-bytes", pipeline.DefaultMaxBytes, "largest article accepted, in `BYTES`")
	return cmd
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
