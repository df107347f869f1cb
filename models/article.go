package models

import "time"

// Article is one news article as it flows through the pipeline. Readers fill
// the input fields; the stages fill the rest.
type Article struct {
	// Input, as read.
	ID        string // unique within a run; never empty
	Text      string // plain text; offsets in claims count into it
	HTML      string // raw page, when the input was HTML (Text is empty until normalized)
	URL       string
	Title     string
	Source    string // publisher or file name
	Published string // RFC 3339 date or date-time, as given
	LangHint  string // optional language given by the input

	// Origin names where the article came from (file, file:line) for messages.
	Origin string

	// Filled by the stages.
	Lang           string  // ISO 639-1 code, "" when unknown
	LangConfidence float64 // 0..1
	Paragraphs     []Span
	Sentences      []Span
	Quotes         []Quote

	// ReadAt is when the article entered the pipeline.
	ReadAt time.Time
}

// Meta is the article metadata copied into every claim.
func (a *Article) Meta() *ArticleMeta {
	if a.URL == "" && a.Title == "" && a.Source == "" && a.Published == "" {
		return nil
	}
	return &ArticleMeta{URL: a.URL, Title: a.Title, Source: a.Source, Published: a.Published}
}

// ArticleMeta is the article part of a claim record.
type ArticleMeta struct {
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
}
