package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline"
	"github.com/whosaid/whosaid/pipeline/eval"
)

func newEval() *cobra.Command {
	var (
		kinds  string
		asJSON bool
		jobs   int
		calib  string
	)
	cmd := &cobra.Command{
		Use:   "eval GOLD.jsonl...",
		Short: "Score the pipeline against gold-annotated articles",
		Long: `eval runs the pipeline on gold articles (their id and text only, never their
language) and prints the evaluation protocol of ../shared/README.md:
precision, recall and F1 of quote spans at overlap 0.3 and 0.8, speaker
identity and speaker mention accuracy, end-to-end F1 and the span length
ratio — overall, per language and per kind — followed by speaker identity
by sieve rule and by confidence band.

Files of peer conformance cases (records with "expected") are checked
case by case instead, and files of labelled sentences (records with
"label": CFS, UFS, NFS) measure check-worthiness as the average precision
of CFS against the rest.`,
		Example: `  whosaid eval ../shared/gold/polnear_dev.jsonl --kinds direct,partial
  whosaid eval ../shared/gold/seeds.jsonl ../shared/gold/fr_dev.jsonl
  whosaid eval --json ../shared/gold/polnear_dev.jsonl > report.json
  whosaid eval ../shared/peers/peer_cases.jsonl
  whosaid eval ../shared/checkworthy/claimbuster_dev.jsonl`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var ks []string
			for _, k := range strings.Split(kinds, ",") {
				k = strings.TrimSpace(k)
				if k == "" {
					continue
				}
				if k != "direct" && k != "partial" && k != "indirect" {
					return usageError{fmt.Errorf("--kinds: unknown kind %q (direct, partial, indirect)", k)}
				}
				ks = append(ks, k)
			}
			res := pipeline.NewResources()
			reports := map[string]any{}
			for _, path := range args {
				if isCheckworthyFile(path) {
					rep, err := evalCheckworthy(cmd, path)
					if err != nil {
						return err
					}
					reports[path] = rep
					continue
				}
				if isPeerFile(path) {
					rep, err := checkPeers(cmd, res, path, jobs)
					if err != nil {
						return err
					}
					reports[path] = rep
					continue
				}
				f, err := os.Open(path)
				if err != nil {
					return err
				}
				gold, err := eval.ReadGold(f)
				f.Close()
				if err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
				claims, err := extractGold(cmd, res, gold, jobs)
				if err != nil {
					return err
				}
				rep := eval.Score(gold, claims, eval.Options{Kinds: ks})
				reports[path] = rep
				if calib != "" {
					if err := writeCalibration(calib, rep); err != nil {
						return err
					}
				}
				if !asJSON {
					title := path
					if len(ks) > 0 {
						title += " (kinds: " + strings.Join(ks, ",") + ")"
					}
					rep.Print(cmd.OutOrStdout(), title)
				}
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(reports)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&kinds, "kinds", "", "score only these `KINDS` (comma-separated: direct,partial,indirect)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.Flags().IntVarP(&jobs, "jobs", "j", 0, "articles processed at once (default: all cores)")
	cmd.Flags().StringVar(&calib, "calibration", "", "write the speaker accuracy of each sieve rule to `FILE` (see make calibrate)")
	return cmd
}

// writeCalibration writes the confidence of each way of attributing, as
// measured in rep (see eval.Report.Calibration).
func writeCalibration(path string, rep *eval.Report) error {
	b, err := json.MarshalIndent(rep.Calibration(), "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// extractGold runs the pipeline on the gold articles' id and text.
func extractGold(cmd *cobra.Command, res *pipeline.Resources, gold []eval.Article, jobs int) (map[string][]models.Claim, error) {
	arts := make(pipeline.Articles, len(gold))
	for i, g := range gold {
		arts[i] = &models.Article{ID: g.ID, Origin: g.ID, Text: g.Text}
	}
	claims := map[string][]models.Claim{}
	sink := pipeline.SinkFunc(func(it *pipeline.Item) error {
		if it.Err != nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "whosaid: %s: %v\n", it.Name(), it.Err)
		}
		claims[it.Article.ID] = it.Claims
		return nil
	})
	_, err := pipeline.Run(cmd.Context(), arts, pipeline.Stages(res), sink, pipeline.Options{Workers: jobs})
	return claims, err
}
