package pipeline

import (
	"context"

	"github.com/whosaid/whosaid/extractors"
	"github.com/whosaid/whosaid/extractors/checkworthy"
)

// DefaultMaxBytes is the largest article accepted by default: far above any
// news article, small enough that a stray dump or binary cannot exhaust
// memory.
const DefaultMaxBytes = 4 << 20

// Resources are the read-only parts the stages share, built once per
// process.
type Resources struct {
	Detector  *Detector
	Languages *extractors.Languages
	HTML      *HTMLExtractor
	// Seen, when set, reports whether an article is already stored with
	// this content hash: such articles are skipped (incremental runs).
	Seen func(ctx context.Context, id, hash string) (bool, error)
	// Checkworthy scores claims; nil leaves them unscored.
	Checkworthy *checkworthy.Model
	MaxBytes    int
}

// NewResources builds the default resources.
func NewResources() *Resources {
	langs := extractors.NewLanguages()
	langs.Warm()
	cw, _ := checkworthy.Load() // the embedded model; checked by its tests
	return &Resources{
		Checkworthy: cw,
		Detector:    NewDetectorBuilder().Signatures(langs.Signatures()).Build(),
		Languages:   langs,
		HTML:        NewHTMLExtractor(),
		MaxBytes:    DefaultMaxBytes,
	}
}
