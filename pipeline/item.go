package pipeline

import (
	"github.com/whosaid/whosaid/extractors"
	"github.com/whosaid/whosaid/extractors/attribution"
	"github.com/whosaid/whosaid/extractors/quotes"
	"github.com/whosaid/whosaid/models"
)

// Item is one input as it moves through the stages.
type Item struct {
	Seq     int // position in the input, from 0
	Article *models.Article

	// Set by the stages.
	Language *extractors.Language
	Doc      *attribution.Doc
	Found    []quotes.Quote
	Claims   []models.Claim

	// Skipped says why the article was not extracted (no rules for its
	// language); Err why it failed. At most one is set.
	Skipped string
	Err     error
}

// Done reports whether the item left the pipeline early.
func (it *Item) Done() bool { return it.Skipped != "" || it.Err != nil }

// Name names the item in messages: its id and where it came from.
func (it *Item) Name() string {
	a := it.Article
	switch {
	case a == nil:
		return "input"
	case a.Origin != "" && a.Origin != a.ID:
		return a.ID + " (" + a.Origin + ")"
	default:
		return a.ID
	}
}
