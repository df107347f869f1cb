package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline"
)

// FuzzPipeline runs the stages on arbitrary text: no panic (the pipeline
// turns one into an "internal error"), and every claim's character
// offsets hold exactly its quote. `go test` runs the seeds below; `go test -fuzz
// FuzzPipeline ./pipeline` searches further.
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"“We have the votes,” said Senator Alan Pike.\n\n“And we will use them.”",
		"« Nous ne partirons pas », a lancé Jean Morel. Selon lui, la réforme passera.",
		"Sales were great, he said, wiping his face.",
		"— Oui, répond Hervé Dumas.\n— Non.",
		"“", "»", ", said", "Selon lui,", "According to", "ce dernier a dit", "Mr. . . “x” said",
	} {
		f.Add(s)
	}
	stages := pipeline.Stages(resources())
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		it := &pipeline.Item{Article: &models.Article{ID: "f", Text: text, Lang: "en"}}
		pipeline.Process(context.Background(), stages, it)
		if it.Err != nil && strings.Contains(it.Err.Error(), "internal error") {
			t.Fatalf("%q: %v", text, it.Err)
		}
		runes := []rune(it.Article.Text) // claim offsets count characters
		for _, c := range it.Claims {
			if c.Start < 0 || c.End > len(runes) || c.Start >= c.End || string(runes[c.Start:c.End]) != c.Quote {
				t.Fatalf("%q: claim %q at [%d, %d)", text, c.Quote, c.Start, c.End)
			}
		}
	})
}
