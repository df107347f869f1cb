package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline"
	"github.com/whosaid/whosaid/pipeline/eval"
)

// goldClaims runs the pipeline on a gold file of ../shared (id and text
// only) and returns the gold articles and the claims.
func goldClaims(t *testing.T, name string) ([]eval.Article, map[string][]models.Claim) {
	t.Helper()
	path := filepath.Join(shared, "gold", name)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s is absent (a clone without ../shared): not measured", path)
	}
	defer f.Close()
	gold, err := eval.ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	arts := make(pipeline.Articles, len(gold))
	for i, g := range gold {
		arts[i] = &models.Article{ID: g.ID, Text: g.Text}
	}
	claims := map[string][]models.Claim{}
	sink := pipeline.SinkFunc(func(it *pipeline.Item) error { claims[it.Article.ID] = it.Claims; return nil })
	if _, err := pipeline.Run(context.Background(), arts, pipeline.Stages(resources()), sink, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	return gold, claims
}

// TestGoldFloors keeps the measured accuracy from sliding back. The floors
// sit a little under the figures in the README; raise them with the figures.
func TestGoldFloors(t *testing.T) {
	for _, tc := range []struct {
		file        string
		kinds       []string
		f1, speaker float64
	}{
		{"polnear_dev.jsonl", []string{"direct", "partial"}, 87, 88.5},
		{"polnear_dev.jsonl", nil, 68.5, 89}, // all kinds: reported speech too
		{"fr_dev.jsonl", []string{"direct", "partial"}, 90, 85.5},
		{"fr_dev.jsonl", nil, 87, 85.5},
		{"seeds.jsonl", []string{"direct", "partial"}, 96, 99}, // the seeds annotate no indirect speech
	} {
		t.Run(tc.file, func(t *testing.T) {
			gold, claims := goldClaims(t, tc.file)
			f := eval.Score(gold, claims, eval.Options{Kinds: tc.kinds}).Overall[0]
			t.Logf("%s: P %.2f R %.2f F1 %.2f speaker %.2f e2e F1 %.2f", tc.file, f.Precision, f.Recall, f.F1, f.SpeakerID, f.E2EF1)
			if f.F1 < tc.f1 || f.SpeakerID < tc.speaker {
				t.Errorf("F1 %.2f (floor %.1f), speaker identity %.2f (floor %.1f)", f.F1, tc.f1, f.SpeakerID, tc.speaker)
			}
		})
	}
}

// TestSeedsDirect: every direct quote of the seed articles is found with
// the right speaker.
func TestSeedsDirect(t *testing.T) {
	gold, claims := goldClaims(t, "seeds.jsonl")
	f := eval.Score(gold, claims, eval.Options{Kinds: []string{"direct"}}).Overall[0]
	if f.Recall != 100 || f.SpeakerID != 100 {
		t.Errorf("direct quotes: recall %.2f, speaker identity %.2f; want 100 and 100", f.Recall, f.SpeakerID)
	}
}

// TestPeers holds whosaid to the conformance cases of CoreNLP and textacy.
func TestPeers(t *testing.T) {
	path := filepath.Join(shared, "peers/peer_cases.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s is absent: not checked", path)
	}
	defer f.Close()
	cases, err := eval.ReadPeers(f)
	if err != nil {
		t.Fatal(err)
	}
	arts := make(pipeline.Articles, len(cases))
	for i, c := range cases {
		arts[i] = &models.Article{ID: c.ID, Text: c.Text, LangHint: "en"}
	}
	claims := map[string][]models.Claim{}
	sink := pipeline.SinkFunc(func(it *pipeline.Item) error { claims[it.Article.ID] = it.Claims; return nil })
	if _, err := pipeline.Run(context.Background(), arts, pipeline.Stages(resources()), sink, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	rep := eval.CheckPeers(cases, claims)
	for _, c := range rep.Cases {
		if !c.Pass && !c.InformativeOnly {
			t.Logf("%s: %v", c.ID, c.Problems)
		}
	}
	t.Logf("held cases: %d/%d pass", rep.HeldPassed, rep.Held)
	if rep.HeldPassed < rep.Held {
		t.Errorf("held peer cases: %d/%d pass, want all", rep.HeldPassed, rep.Held)
	}
}
