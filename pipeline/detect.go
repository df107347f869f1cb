package pipeline

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// DetectorLanguages are the languages the detector tells apart: the ones
// with extraction rules and the ones most often next to them in news
// feeds, so that a German or Spanish article is reported as such rather
// than forced into English or French. Each adds about 4 MB in low-accuracy
// mode (see BENCHMARKS.md).
var DetectorLanguages = []lingua.Language{
	lingua.English, lingua.French, lingua.German, lingua.Spanish, lingua.Italian,
	lingua.Portuguese, lingua.Dutch, lingua.Russian, lingua.Arabic, lingua.Chinese,
	lingua.Japanese, lingua.Polish, lingua.Turkish,
}

// shortText is the length under which a language hint wins outright.
const shortText = 64

// Detector tells an article's language. It wraps one lingua detector,
// built once per process, and reads only a sample of each article: lingua's
// cost grows with the text and a few hundred characters decide the
// language of a news article.
type Detector struct {
	// lingua is built in the background when the Detector is built and
	// waited for only when the cheap first test cannot decide.
	lingua     func() lingua.LanguageDetector
	sampleSize int
	minConf    float64
	// signatures maps a language code to its signature words; nil turns
	// the cheap first test off.
	signatures map[string]map[string]bool
}

// DetectorBuilder configures a Detector.
type DetectorBuilder struct {
	languages  []lingua.Language
	sampleSize int
	minConf    float64
	preload    bool
	high       bool
	signatures map[string]map[string]bool
}

// NewDetectorBuilder starts a builder with the defaults: DetectorLanguages,
// low-accuracy mode (trigram models only), models preloaded, a 600-byte
// sample.
func NewDetectorBuilder() *DetectorBuilder {
	return &DetectorBuilder{languages: DetectorLanguages, sampleSize: 600, minConf: 0.5, preload: true}
}

// Languages sets the languages to tell apart.
func (b *DetectorBuilder) Languages(l ...lingua.Language) *DetectorBuilder { b.languages = l; return b }

// SampleSize sets how many bytes of each article are read.
func (b *DetectorBuilder) SampleSize(n int) *DetectorBuilder { b.sampleSize = n; return b }

// HighAccuracy loads lingua's full n-gram models (slower, larger).
func (b *DetectorBuilder) HighAccuracy(on bool) *DetectorBuilder { b.high = on; return b }

// Preload loads every model at build time instead of on first use.
func (b *DetectorBuilder) Preload(on bool) *DetectorBuilder { b.preload = on; return b }

// Signatures turns on the cheap first test: the signature words of each
// language (from the language packs). An article whose sample is
// overwhelmingly made of one language's signature words is decided without
// lingua.
func (b *DetectorBuilder) Signatures(s map[string]map[string]bool) *DetectorBuilder {
	b.signatures = s
	return b
}

// Build builds the detector.
func (b *DetectorBuilder) Build() *Detector {
	lb := lingua.NewLanguageDetectorBuilder().FromLanguages(b.languages...)
	if !b.high {
		lb = lb.WithLowAccuracyMode()
	}
	if b.preload {
		lb = lb.WithPreloadedLanguageModels()
	}
	build := sync.OnceValue(lb.Build)
	go build() // warm up while the first articles are read
	return &Detector{lingua: build, sampleSize: b.sampleSize, minConf: b.minConf, signatures: b.signatures}
}

// Detect returns the ISO 639-1 code of text's language and lingua's
// confidence in it, or "" when it cannot tell. A hint given with the
// article wins when the detector is not confident.
func (d *Detector) Detect(text, hint string) (string, float64) {
	hint = strings.ToLower(strings.TrimSpace(hint))
	if hint != "" && len(strings.TrimSpace(text)) < shortText {
		// a few words say little about their language: trust the hint
		return hint, 1
	}
	sample := d.sample(text)
	if code, conf, ok := d.obvious(sample); ok {
		return code, conf
	}
	values := d.lingua().ComputeLanguageConfidenceValues(sample)
	if len(values) == 0 || values[0].Value() == 0 {
		return hint, 0
	}
	top := values[0]
	code := strings.ToLower(top.Language().IsoCode639_1().String())
	if top.Value() < d.minConf && hint != "" {
		return hint, top.Value()
	}
	return code, top.Value()
}

// sample returns up to sampleSize bytes of text from its body: past a
// short first line (a headline or a menu), cut at a word boundary.
func (d *Detector) sample(text string) string {
	if len(text) <= d.sampleSize {
		return text
	}
	start := 0
	if nl := strings.IndexByte(text, '\n'); nl >= 0 && nl < 200 && len(text)-nl > d.sampleSize {
		start = nl + 1
	}
	end := start + d.sampleSize
	if end > len(text) {
		end = len(text)
	}
	for end > start && !utf8.RuneStart(text[end-1]) {
		end--
	}
	if sp := strings.LastIndexByte(text[start:end], ' '); sp > d.sampleSize/2 {
		end = start + sp
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return text[start:end]
}

// obvious is the cheap first test: it counts each language's signature
// words in the sample and decides only when one language has many and the
// others almost none. Measured on the paragraph set of detect_test.go, it
// decides most English and French articles and never a wrong one.
func (d *Detector) obvious(sample string) (string, float64, bool) {
	if len(d.signatures) == 0 {
		return "", 0, false
	}
	counts := make(map[string]int, len(d.signatures))
	words := 0
	for _, w := range strings.FieldsFunc(sample, notLetter) {
		words++
		w = strings.ToLower(w)
		for code, sig := range d.signatures {
			if sig[w] {
				counts[code]++
			}
		}
	}
	best, second := "", 0
	for code, n := range counts {
		if best == "" || n > counts[best] {
			if best != "" {
				second = max(second, counts[best])
			}
			best = code
		} else {
			second = max(second, n)
		}
	}
	n := counts[best]
	if best == "" || n < 10 || n < 6*second || n*6 < words {
		return "", 0, false
	}
	return best, float64(n-second) / float64(n), true
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }
