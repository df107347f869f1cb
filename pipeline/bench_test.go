package pipeline_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1/english"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline"
)

// benchText is a news article of typical length (about 4 KB): the bundled
// English articles joined.
func benchText(b *testing.B) string {
	b.Helper()
	var parts []string
	for _, p := range []string{"../testdata/articles/en/council-budget.txt", "../testdata/articles/en/storm-wire.txt", "../testdata/articles/en/interview.md"} {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(data))
	}
	return strings.Join(parts, "\n\n")
}

// item runs the stages up to (not including) stage `upTo` and returns the item.
func item(b *testing.B, text string, upTo int) *pipeline.Item {
	b.Helper()
	stages := pipeline.Stages(resources())
	it := &pipeline.Item{Article: &models.Article{ID: "bench", Text: text}}
	for _, s := range stages[:upTo] {
		s.Process(context.Background(), it)
	}
	if it.Done() {
		b.Fatalf("item left the pipeline: %v %s", it.Err, it.Skipped)
	}
	return it
}

// benchStage times stage i alone on a prepared item.
func benchStage(b *testing.B, i int) {
	text := benchText(b)
	stage := pipeline.Stages(resources())[i]
	base := item(b, text, i)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		it := *base
		a := *base.Article
		it.Article = &a
		stage.Process(context.Background(), &it)
	}
}

func BenchmarkNormalize(b *testing.B)  { benchStage(b, 0) }
func BenchmarkDetect(b *testing.B)     { benchStage(b, 1) }
func BenchmarkSegment(b *testing.B)    { benchStage(b, 2) }
func BenchmarkFindQuotes(b *testing.B) { benchStage(b, 3) }
func BenchmarkAttribute(b *testing.B)  { benchStage(b, 4) }
func BenchmarkScore(b *testing.B)      { benchStage(b, 5) }
func BenchmarkEmit(b *testing.B)       { benchStage(b, 6) }

// BenchmarkPipeline runs one article through every stage.
func BenchmarkPipeline(b *testing.B) { benchPipeline(b, benchText(b)) }

// BenchmarkPipelineLong runs one article a hundred times the usual length
// (the same text repeated, so names, quotes and pronouns recur). Its MB/s
// against BenchmarkPipeline's shows whether the cost per byte grows with
// the article: it must stay within a small factor, never grow tenfold.
func BenchmarkPipelineLong(b *testing.B) {
	benchPipeline(b, strings.Repeat(benchText(b)+"\n\n", 100))
}

func benchPipeline(b *testing.B, text string) {
	stages := pipeline.Stages(resources())
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		it := &pipeline.Item{Article: &models.Article{ID: "bench", Text: text}}
		for _, s := range stages {
			s.Process(context.Background(), it)
		}
	}
}

// BenchmarkFloor is the cost of the required libraries alone on the same
// article: lingua on the detector's sample and prose's Punkt sentence
// model (built once, as prose builds it) splitting the text.
func BenchmarkFloor(b *testing.B) {
	text := benchText(b)
	det := pipeline.NewDetectorBuilder().Build() // lingua alone, no cheap first test
	punkt, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		det.Detect(text, "")
		punkt.Tokenize(text)
	}
}

// BenchmarkProseDocument is prose's own document API with tokens and
// sentences only (no tagger, no NER): it rebuilds its sentence model on
// every call, which is why whosaid keeps it off the per-article path and
// reads the model's abbreviations once instead (extractors/lang).
func BenchmarkProseDocument(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		if _, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithExtraction(false)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTML is the cost of taking an article out of a web page.
func BenchmarkHTML(b *testing.B) {
	page, err := os.ReadFile("../testdata/articles/en/court-ruling.html")
	if err != nil {
		b.Fatal(err)
	}
	h := pipeline.NewHTMLExtractor()
	b.SetBytes(int64(len(page)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		if _, _, err := h.Extract(string(page), ""); err != nil {
			b.Fatal(err)
		}
	}
}
