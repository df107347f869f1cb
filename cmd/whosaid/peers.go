package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline"
	"github.com/whosaid/whosaid/pipeline/eval"
)

// isPeerFile reports whether a JSONL file holds peer conformance cases
// (its first record has "expected").
func isPeerFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	return sc.Scan() && bytes.Contains(sc.Bytes(), []byte(`"expected"`))
}

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
