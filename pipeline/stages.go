package pipeline

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractors"
	"github.com/whosaid/whosaid/extractors/checkworthy"
	"github.com/whosaid/whosaid/models"
)

// Stage is one step of the pipeline. Process may set it.Skipped or it.Err
// to take the item out; later stages are not run for it.
type Stage interface {
	Name() string
	Process(ctx context.Context, it *Item)
}

// Stages returns the pipeline's stages in order, sharing the given
// resources.
func Stages(r *Resources) []Stage {
	stages := []Stage{&Normalize{MaxBytes: r.MaxBytes, HTML: r.HTML}}
	if r.Seen != nil {
		stages = append(stages, &Unchanged{Seen: r.Seen})
	}
	return append(stages,
		&Detect{Detector: r.Detector, Languages: r.Languages},
		&Segment{},
		&FindQuotes{},
		&Attribute{},
		&Score{Model: r.Checkworthy},
		&Emit{},
	)
}

// Unchanged skips an article already stored with the same text.
type Unchanged struct {
	Seen func(ctx context.Context, id, hash string) (bool, error)
}

// Name implements Stage.
func (*Unchanged) Name() string { return "unchanged" }

// Process implements Stage.
func (s *Unchanged) Process(ctx context.Context, it *Item) {
	seen, err := s.Seen(ctx, it.Article.ID, models.TextHash(it.Article.Text))
	switch {
	case err != nil:
		it.Err = fmt.Errorf("store: %w", err)
	case seen:
		it.Skipped = "unchanged since the last run"
	}
}

// Normalize turns the input into the text the extractors read: it takes
// the article out of an HTML page, and rejects input that is not text.
type Normalize struct {
	MaxBytes int // largest article accepted, in bytes
	HTML     *HTMLExtractor
}

// Name implements Stage.
func (*Normalize) Name() string { return "normalize" }

// Process implements Stage.
func (s *Normalize) Process(_ context.Context, it *Item) {
	a := it.Article
	if a.Text == "" && a.HTML != "" {
		if s.MaxBytes > 0 && len(a.HTML) > s.MaxBytes {
			it.Err = fmt.Errorf("page is %s, over the %s limit (--max-bytes)", size(len(a.HTML)), size(s.MaxBytes))
			return
		}
		if err := checkText(a.HTML); err != nil {
			it.Err = err
			return
		}
		text, meta, err := s.HTML.Extract(a.HTML, a.URL)
		if err != nil {
			it.Err = fmt.Errorf("html: %w", err)
			return
		}
		a.Text = text
		a.HTML = ""
		if a.Title == "" {
			a.Title = meta.Title
		}
		if a.Published == "" {
			a.Published = meta.Published
		}
		if a.URL == "" {
			a.URL = meta.URL
		}
	}
	if s.MaxBytes > 0 && len(a.Text) > s.MaxBytes {
		it.Err = fmt.Errorf("article is %s, over the %s limit (--max-bytes)", size(len(a.Text)), size(s.MaxBytes))
		return
	}
	if err := checkText(a.Text); err != nil {
		it.Err = err
		return
	}
	if strings.TrimSpace(a.Text) == "" {
		it.Err = fmt.Errorf("empty article: no text")
	}
}

// checkText rejects binary data and invalid UTF-8, naming the byte.
func checkText(s string) error {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return fmt.Errorf("binary data (a NUL byte at byte %d), not text", i)
	}
	if !utf8.ValidString(s) {
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size <= 1 {
				return fmt.Errorf("invalid UTF-8 at byte %d", i)
			}
			i += size
		}
	}
	return nil
}

func size(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Detect finds the article's language and picks its extraction rules.
// Articles in a language without rules are skipped, with that language.
type Detect struct {
	Detector  *Detector
	Languages *extractors.Languages
}

// Name implements Stage.
func (*Detect) Name() string { return "detect" }

// Process implements Stage.
func (s *Detect) Process(_ context.Context, it *Item) {
	a := it.Article
	a.Lang, a.LangConfidence = s.Detector.Detect(a.Text, a.LangHint)
	if a.Lang == "" {
		it.Skipped = "language unknown"
		return
	}
	if !s.Languages.Has(a.Lang) {
		it.Skipped = "language " + a.Lang + " has no extraction rules"
		return
	}
	lg, err := s.Languages.Get(a.Lang)
	if err != nil {
		it.Err = err
		return
	}
	it.Language = lg
}

// Segment splits the text into tokens, paragraphs and sentences.
type Segment struct{}

// Name implements Stage.
func (*Segment) Name() string { return "segment" }

// Process implements Stage.
func (*Segment) Process(_ context.Context, it *Item) {
	it.Doc = it.Language.Segment(it.Article.Text)
	it.Article.Paragraphs, it.Article.Sentences = it.Doc.Paras, it.Doc.Sents
}

// FindQuotes finds the quoted passages.
type FindQuotes struct{}

// Name implements Stage.
func (*FindQuotes) Name() string { return "quotes" }

// Process implements Stage.
func (*FindQuotes) Process(_ context.Context, it *Item) { it.Found = it.Language.FindQuotes(it.Doc) }

// Attribute decides who said each statement.
type Attribute struct{}

// Name implements Stage.
func (*Attribute) Name() string { return "attribute" }

// Process implements Stage.
func (*Attribute) Process(_ context.Context, it *Item) {
	it.Article.Quotes = it.Language.Attribute(it.Doc, it.Found)
}

// Score rates each statement's check-worthiness.
type Score struct {
	Model *checkworthy.Model
}

// Name implements Stage.
func (*Score) Name() string { return "score" }

// Process implements Stage.
func (s *Score) Process(_ context.Context, it *Item) {
	if s.Model == nil {
		return
	}
	toks := it.Doc.Toks
	for i := range it.Article.Quotes {
		q := &it.Article.Quotes[i]
		// the claim's tokens, from the article's
		first := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= q.Content.Start })
		last := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= q.Content.End })
		f := checkworthy.ExtractTokens(toks[first:last], it.Language.Pack)
		cw := round(s.Model.ScoreFeatures(f, it.Language.Pack.Code))
		q.Checkworthiness = &cw
	}
}

// Emit builds the claim records: code-point offsets, stable ids, the
// sentence around each statement.
type Emit struct{}

// Name implements Stage.
func (*Emit) Name() string { return "emit" }

// Process implements Stage.
func (*Emit) Process(_ context.Context, it *Item) {
	it.Claims = Claims(it.Article)
}

// Claims builds the claim records of an extracted article.
func Claims(a *models.Article) []models.Claim {
	if len(a.Quotes) == 0 {
		return nil
	}
	ri := models.NewRuneIndex(a.Text)
	hash := models.TextHash(a.Text)
	meta := a.Meta()
	out := make([]models.Claim, 0, len(a.Quotes))
	for _, q := range a.Quotes {
		start, end := ri.Runes(q.Content.Start), ri.Runes(q.Content.End)
		if end <= start {
			continue
		}
		c := models.Claim{
			ID:         models.ClaimID(a.ID, hash, q.Kind, start, end),
			ArticleID:  a.ID,
			Lang:       a.Lang,
			Kind:       q.Kind,
			Quote:      a.Text[q.Content.Start:q.Content.End],
			Start:      start,
			End:        end,
			Confidence: round(q.Confidence),
			Sentence:   sentence(a, q.Outer),
			Article:    meta,
		}
		if q.Cue.End > q.Cue.Start {
			c.Cue = a.Text[q.Cue.Start:q.Cue.End]
		}
		c.Checkworthiness = q.Checkworthiness
		if s := q.Speaker; s != nil {
			cs := &models.ClaimSpeaker{Name: s.Name, Type: s.Type, ResolvedBy: s.ResolvedBy}
			if s.Mention.End > s.Mention.Start {
				ms, me := ri.Runes(s.Mention.Start), ri.Runes(s.Mention.End)
				cs.Mention = a.Text[s.Mention.Start:s.Mention.End]
				cs.Start, cs.End = &ms, &me
			}
			c.Speaker = cs
		}
		for _, in := range q.Quoted {
			c.Quoted = append(c.Quoted, [2]int{ri.Runes(in.Start), ri.Runes(in.End)})
		}
		out = append(out, c)
	}
	return out
}

// sentence returns the text of the sentences that hold span.
func sentence(a *models.Article, span models.Span) string {
	first := models.Index(a.Sentences, span.Start)
	last := models.Index(a.Sentences, span.End-1)
	if first < 0 || last < 0 {
		return ""
	}
	return a.Text[a.Sentences[first].Start:a.Sentences[last].End]
}

func round(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
