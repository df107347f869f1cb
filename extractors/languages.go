package extractors

import (
	"sync"

	"github.com/whosaid/whosaid/extractors/attribution"
	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/extractors/quotes"
	"github.com/whosaid/whosaid/extractors/segment"
	"github.com/whosaid/whosaid/models"
)

// Language holds the read-only tools for one language.
type Language struct {
	Pack       *lang.Pack
	Finder     *quotes.Finder
	Splitter   *segment.Splitter
	Attributor *attribution.Attributor
}

// Languages builds each Language the first time it is needed. It is safe
// for concurrent use.
type Languages struct {
	reg  *lang.Registry
	mu   sync.Mutex
	once map[string]*sync.Once
	tool map[string]*Language
	errs map[string]error
}

// NewLanguages returns the languages of the embedded packs.
func NewLanguages() *Languages {
	l := &Languages{reg: lang.NewRegistry(), once: map[string]*sync.Once{}, tool: map[string]*Language{}, errs: map[string]error{}}
	for _, c := range lang.Codes() {
		l.once[c] = &sync.Once{}
	}
	return l
}

// Supported lists the language codes with extraction rules.
func (l *Languages) Supported() []string { return lang.Codes() }

// Has reports whether code has extraction rules.
func (l *Languages) Has(code string) bool { return l.reg.Has(code) }

// Get returns the tools for code.
func (l *Languages) Get(code string) (*Language, error) {
	once, ok := l.once[code]
	if !ok {
		_, err := l.reg.Get(code)
		return nil, err
	}
	once.Do(func() {
		p, err := l.reg.Get(code)
		l.mu.Lock()
		defer l.mu.Unlock()
		if err != nil {
			l.errs[code] = err
			return
		}
		l.tool[code] = &Language{Pack: p, Finder: quotes.NewFinder(p), Splitter: segment.NewSplitter(p), Attributor: attribution.New(p)}
	})
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.tool[code], l.errs[code]
}

// Segment tokenizes text and splits it into paragraphs and sentences.
func (lg *Language) Segment(text string) *attribution.Doc {
	toks := lg.Pack.Tokenize(text)
	paras, sents := lg.Splitter.Segment(text, toks)
	return &attribution.Doc{Text: text, Toks: toks, Sents: sents, Paras: paras}
}

// FindQuotes finds the quoted passages of a segmented text.
func (lg *Language) FindQuotes(d *attribution.Doc) []quotes.Quote { return lg.Finder.Find(d.Text) }

// Attribute decides who said each quoted passage.
func (lg *Language) Attribute(d *attribution.Doc, found []quotes.Quote) []models.Quote {
	return lg.Attributor.Attribute(d, found)
}

// Signatures returns every language's signature words, for the cheap first
// test of language detection, without building the packs.
func (l *Languages) Signatures() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, code := range l.Supported() {
		if sig, err := lang.SignatureWords(code); err == nil && len(sig) > 0 {
			out[code] = sig
		}
	}
	return out
}

// Warm builds every language's tools in the background, so that the first
// article of a language does not wait for them.
func (l *Languages) Warm() {
	for _, code := range l.Supported() {
		go l.Get(code)
	}
}
