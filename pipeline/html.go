package pipeline

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/markusmobius/go-trafilatura"
)

// HTMLExtractor takes the article text out of a web page with
// go-trafilatura (boilerplate removal: menus, footers, comments and
// related-article links are dropped).
type HTMLExtractor struct {
	opts trafilatura.Options
}

// NewHTMLExtractor returns an extractor tuned for news pages: no
// comments, tables kept, precision over recall.
func NewHTMLExtractor() *HTMLExtractor {
	return &HTMLExtractor{opts: trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true,
		Focus:           trafilatura.FavorPrecision,
	}}
}

// PageMeta is what the page says about itself.
type PageMeta struct {
	Title, Published, URL string
}

// Extract returns the article text of a page and its metadata.
func (h *HTMLExtractor) Extract(page, pageURL string) (string, PageMeta, error) {
	opts := h.opts
	if pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil {
			opts.OriginalURL = u
		}
	}
	res, err := trafilatura.Extract(strings.NewReader(page), opts)
	if err != nil {
		return "", PageMeta{}, err
	}
	if res == nil || strings.TrimSpace(res.ContentText) == "" {
		return "", PageMeta{}, fmt.Errorf("no article text found in the page")
	}
	meta := PageMeta{Title: res.Metadata.Title, URL: res.Metadata.URL}
	if !res.Metadata.Date.IsZero() {
		meta.Published = res.Metadata.Date.Format("2006-01-02")
	}
	return res.ContentText, meta, nil
}
