package pipeline

import (
	"fmt"
	"net/url"
	"strings"

	readability "github.com/go-shiori/go-readability"
)

// HTMLExtractor takes the article text out of a web page with
// go-readability, the Go port of Mozilla's Readability (Firefox's reader
// view): menus, footers, asides and related-article links are dropped.
//
// go-trafilatura was the first choice and extracts about as well on news
// pages, but through go-htmldate it imports go-dateparser, whose package
// initialisation costs 111 ms at every start of the binary, HTML or not
// (see BENCHMARKS.md).
type HTMLExtractor struct{}

// NewHTMLExtractor returns an extractor.
func NewHTMLExtractor() *HTMLExtractor { return &HTMLExtractor{} }

// PageMeta is what the page says about itself.
type PageMeta struct {
	Title, Published, URL string
}

// Extract returns the article text of a page, its paragraphs separated by
// blank lines, and its metadata.
func (h *HTMLExtractor) Extract(page, pageURL string) (string, PageMeta, error) {
	var u *url.URL
	if pageURL != "" {
		if parsed, err := url.Parse(pageURL); err == nil {
			u = parsed
		}
	}
	art, err := readability.FromReader(strings.NewReader(page), u)
	if err != nil {
		return "", PageMeta{}, err
	}
	var paras []string
	for _, line := range strings.Split(art.TextContent, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			paras = append(paras, line)
		}
	}
	if len(paras) == 0 {
		return "", PageMeta{}, fmt.Errorf("no article text found in the page")
	}
	meta := PageMeta{Title: art.Title, URL: pageURL}
	if art.PublishedTime != nil {
		meta.Published = art.PublishedTime.Format("2006-01-02")
	}
	text := strings.Join(paras, "\n\n")
	if art.Title != "" && !strings.HasPrefix(text, art.Title) {
		text = art.Title + "\n\n" + text
	}
	return text, meta, nil
}
