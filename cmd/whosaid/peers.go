package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/extractors/checkworthy"
	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline"
	"github.com/whosaid/whosaid/pipeline/eval"
)

// firstLineHas reports whether the first line of a file holds s.
func firstLineHas(path, s string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	return sc.Scan() && bytes.Contains(sc.Bytes(), []byte(s))
}

// isCheckworthyFile reports whether a JSONL file holds labelled sentences.
func isCheckworthyFile(path string) bool { return firstLineHas(path, `"label"`) }

// evalCheckworthy prints the average precision of CFS against the rest.
func evalCheckworthy(cmd *cobra.Command, path string) (map[string]any, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := newSentenceScorer("en")
	if err != nil {
		return nil, err
	}
	var scores []float64
	var positive []bool
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		var rec struct{ Text, Label string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		scores = append(scores, s.score(rec.Text))
		positive = append(positive, rec.Label == "CFS")
		counts[rec.Label]++
	}
	ap := checkworthy.AveragePrecision(scores, positive)
	fmt.Fprintf(cmd.OutOrStdout(), "== %s\ncheck-worthiness: %d sentences (CFS %d, UFS %d, NFS %d); average precision of CFS against the rest: %.3f\n",
		path, len(scores), counts["CFS"], counts["UFS"], counts["NFS"], ap)
	return map[string]any{"sentences": len(scores), "average_precision": ap}, sc.Err()
}

// isPeerFile reports whether a JSONL file holds peer conformance cases
// (its first record has "expected").
func isPeerFile(path string) bool { return firstLineHas(path, `"expected"`) }

// checkPeers runs the pipeline on peer cases and prints the report. A held
// case that fails does not fail the command: the report says it.
func checkPeers(cmd *cobra.Command, res *pipeline.Resources, path string, jobs int) (*eval.PeerReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	cases, err := eval.ReadPeers(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	arts := make(pipeline.Articles, len(cases))
	for i, c := range cases {
		// The cases are English test strings, too short for detection.
		arts[i] = &models.Article{ID: c.ID, Origin: c.ID, Text: c.Text, LangHint: "en"}
	}
	claims := map[string][]models.Claim{}
	sink := pipeline.SinkFunc(func(it *pipeline.Item) error {
		claims[it.Article.ID] = it.Claims
		return nil
	})
	if _, err := pipeline.Run(cmd.Context(), arts, pipeline.Stages(res), sink, pipeline.Options{Workers: jobs}); err != nil {
		return nil, err
	}
	rep := eval.CheckPeers(cases, claims)
	rep.Print(cmd.OutOrStdout(), path)
	return rep, nil
}
