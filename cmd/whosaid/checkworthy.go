package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/extractors/checkworthy"
	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/pipeline"
)

func newCheckworthy() *cobra.Command {
	var language string
	cmd := &cobra.Command{
		Use:   "checkworthy [PATH|-]",
		Short: "Score sentences by how much a fact-checker would want to check them",
		Long: `checkworthy reads JSON Lines with "id" and "text" (a file, or standard input
when PATH is - or absent) and writes {"id","checkworthiness"} per line, a score
in [0, 1]. English is scored with the full model learned from ClaimBuster;
other languages with the portable model (numbers, comparisons, quantities,
entities, opinion words from the language pack).`,
		Example: `  whosaid checkworthy ../shared/checkworthy/claimbuster_dev.jsonl > scores.jsonl
  echo '{"id":"1","text":"Unemployment fell to 4 percent."}' | whosaid checkworthy -
  whosaid checkworthy --lang fr phrases.jsonl`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var in io.Reader = cmd.InOrStdin()
			name := "stdin"
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return err
				}
				defer f.Close()
				in, name = f, args[0]
			}
			sc, err := newSentenceScorer(language)
			if err != nil {
				return usageError{err}
			}
			return scoreLines(in, name, cmd.OutOrStdout(), cmd.ErrOrStderr(), sc)
		},
	}
	cmd.Flags().StringVar(&language, "lang", "auto", "language of the sentences (`CODE`, or auto to detect each)")
	return cmd
}

// sentenceScorer scores one sentence in a fixed or detected language.
type sentenceScorer struct {
	model    *checkworthy.Model
	reg      *lang.Registry
	fixed    string
	detector *pipeline.Detector
}

func newSentenceScorer(language string) (*sentenceScorer, error) {
	m, err := checkworthy.Load()
	if err != nil {
		return nil, err
	}
	s := &sentenceScorer{model: m, reg: lang.NewRegistry()}
	if language == "auto" {
		s.detector = pipeline.NewDetectorBuilder().Build()
	} else if !s.reg.Has(language) {
		return nil, fmt.Errorf("--lang: no language pack for %q (have %v)", language, lang.Codes())
	} else {
		s.fixed = language
	}
	return s, nil
}

func (s *sentenceScorer) score(text string) float64 {
	code := s.fixed
	if code == "" {
		code, _ = s.detector.Detect(text, "")
	}
	p, err := s.reg.Get(code)
	if err != nil {
		// a language without a pack: the English pack's tokenizer, the portable weights
		p, _ = s.reg.Get("en")
		return s.model.ScoreFeatures(checkworthy.Extract(text, p), code)
	}
	return s.model.Score(text, p)
}

// scoreLines reads {"id","text"} lines and writes {"id","checkworthiness"}.
func scoreLines(in io.Reader, name string, out, errw io.Writer, s *sentenceScorer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	w := bufio.NewWriter(out)
	defer w.Flush()
	enc := json.NewEncoder(w)
	failed := 0
	for n := 1; sc.Scan(); n++ {
		var rec struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || rec.ID == "" {
			if len(sc.Bytes()) == 0 {
				continue
			}
			fmt.Fprintf(errw, "whosaid: %s:%d: want a JSON object with \"id\" and \"text\"\n", name, n)
			failed++
			continue
		}
		score := float64(int(s.score(rec.Text)*1000+0.5)) / 1000
		if err := enc.Encode(map[string]any{"id": rec.ID, "checkworthiness": score}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return failedInputs{failed}
	}
	return nil
}
