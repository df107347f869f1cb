package main

import (
	"fmt"
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/whosaid/whosaid/pipeline"
)

func newExtract() *cobra.Command {
	var (
		out      string
		jobs     int
		quiet    bool
		maxBytes int
	)
	cmd := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Extract claim records from articles",
		Long: `extract reads articles and writes one claim record per attributed statement
as JSON Lines, in input order.

PATH is a file, a folder (read recursively) or - for standard input:
  .txt .md       one article per file (plain text)
  .html .htm     one web page per file; the article is taken out of the page
  .jsonl .ndjson one article per line: {"id", "text" or "html", "url", "title",
                 "source", "published", "lang"}
Standard input is JSON Lines when it starts with "{", otherwise one article.

A summary goes to standard error. Exit status: 0 when every article was
processed, 1 when some failed (the rest are still written), 2 on a usage
error.`,
		Example: `  whosaid extract testdata/articles
  whosaid extract -o claims.jsonl -j 4 news/2026-11-20.jsonl
  curl -s https://example.org/story.html | whosaid extract -q -`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			w := cmd.OutOrStdout()
			if out != "" && out != "-" {
				f, err := os.Create(out)
				if err != nil {
					return fmt.Errorf("output: %w", err)
				}
				defer f.Close()
				w = f
			}
			res := pipeline.NewResources()
			if maxBytes > 0 {
				res.MaxBytes = maxBytes
			}
			src := &pipeline.Files{Paths: args, Stdin: cmd.InOrStdin(), MaxBytes: res.MaxBytes}
			jsonl := pipeline.NewJSONL(w)
			sink := withReporting(jsonl, cmd.ErrOrStderr(), quiet)
			sum, err := pipeline.Run(cmd.Context(), src, pipeline.Stages(res), sink, pipeline.Options{Workers: jobs})
			sink.finish()
			if ferr := jsonl.Flush(); err == nil && ferr != nil {
				err = fmt.Errorf("output: %w", ferr)
			}
			sum.Ignored = src.Ignored
			if !quiet {
				sum.Print(cmd.ErrOrStderr())
			}
			if err != nil {
				return err
			}
			if len(sum.Failed) > 0 {
				return failedInputs{len(sum.Failed)}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVarP(&out, "output", "o", "", "write claims to `FILE` instead of standard output")
	f.IntVarP(&jobs, "jobs", "j", 0, "articles processed at once (default: all cores)")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress bar and no summary")
	f.IntVar(&maxBytes, "max-bytes", pipeline.DefaultMaxBytes, "largest article accepted, in `BYTES`")
	return cmd
}

// reporter wraps a sink: it prints each failure as it happens and drives
// the progress bar when standard error is a terminal.
type reporter struct {
	next  pipeline.Sink
	errw  io.Writer
	quiet bool
	bar   *progressbar.ProgressBar
}

func withReporting(next pipeline.Sink, errw io.Writer, quiet bool) *reporter {
	r := &reporter{next: next, errw: errw, quiet: quiet}
	if f, ok := errw.(*os.File); ok && !quiet && term.IsTerminal(int(f.Fd())) {
		r.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(errw),
			progressbar.OptionSetDescription("articles"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(100_000_000),
			progressbar.OptionClearOnFinish(),
		)
	}
	return r
}

func (r *reporter) Write(it *pipeline.Item) error {
	if it.Err != nil && !r.quiet {
		if r.bar != nil {
			r.bar.Clear()
		}
		fmt.Fprintf(r.errw, "whosaid: %s: %v\n", it.Name(), it.Err)
	}
	if r.bar != nil {
		r.bar.Add(1)
	}
	return r.next.Write(it)
}

func (r *reporter) finish() {
	if r.bar != nil {
		r.bar.Finish()
	}
}
