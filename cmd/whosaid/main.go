// Command whosaid reads news articles and writes who said what: one claim
// record per attributed statement, as JSON Lines.
//
// The commands are thin: they parse flags, build the pipeline's sources and
// sinks and print summaries. Everything else lives in pipeline/ and
// extractors/.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1 // some inputs failed; the others were processed
	exitUsage   = 2 // bad flags or arguments
	exitRuntime = 3 // the run itself could not go on (unwritable output, ...)
)

// usageError marks an error as the user's invocation.
type usageError struct{ error }

// failedInputs reports that some inputs failed.
type failedInputs struct{ n int }

func (f failedInputs) Error() string { return fmt.Sprintf("%d inputs failed", f.n) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var prof profiler
	defer prof.stop()
	root := newRoot(&prof)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	var fi failedInputs
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &fi):
		return exitFailed
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "whosaid: %v\n", err)
		fmt.Fprintln(stderr, "Run 'whosaid --help' for usage.")
		return exitUsage
	default:
		if strings.Contains(err.Error(), "unknown command") || strings.Contains(err.Error(), "unknown flag") {
			fmt.Fprintf(stderr, "whosaid: %v\nRun 'whosaid --help' for usage.\n", err)
			return exitUsage
		}
		fmt.Fprintf(stderr, "whosaid: %v\n", err)
		return exitRuntime
	}
}

func newRoot(prof *profiler) *cobra.Command {
	root := &cobra.Command{
		Use:   "whosaid",
		Short: "Find who said what in news articles",
		Long: `whosaid reads news articles and answers who said what: it finds every quoted
statement, attributes it to its speaker and writes one claim record per
statement (JSON Lines, see the README for the record).`,
		Example: `  whosaid extract testdata/articles > claims.jsonl
  whosaid extract -o claims.jsonl dump.jsonl
  cat article.txt | whosaid extract -
  whosaid eval ../shared/gold/polnear_dev.jsonl --kinds direct,partial`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.PersistentFlags().StringVar(&prof.path, "cpuprofile", "", "write a CPU profile of the command to `FILE` (for go tool pprof)")
	root.PersistentPreRunE = func(*cobra.Command, []string) error { return prof.start() }
	root.AddCommand(newExtract(), newRun(), newQueue(), newExport(), newSheets(), newEval(), newCheckworthy(),
		newNATSServer(), newPublish(), newWorker(), newCollect())
	return root
}

// minArgs wraps cobra's argument checks as usage errors.
func minArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageError{fmt.Errorf("%s needs at least %d argument(s)", cmd.Name(), n)}
		}
		return nil
	}
}

func runtimeCPUs() int { return runtime.GOMAXPROCS(0) }
