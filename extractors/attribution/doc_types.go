package attribution

import (
	_ "embed"
	"encoding/json"
	"sort"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/extractors/token"
	"github.com/whosaid/whosaid/models"
)

// Doc is what the sieve reads: an article's text, tokens and segmentation.
type Doc struct {
	Text  string
	Toks  []token.Token
	Sents []models.Span
	Paras []models.Span
}

// tokAt returns the index of the first token that starts at or after byte
// offset off.
func (d *Doc) tokAt(off int) int {
	return sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].Start >= off })
}

// sentOf returns the index of the sentence holding byte offset off.
func (d *Doc) sentOf(off int) int {
	i := models.Index(d.Sents, off)
	if i < 0 {
		return 0
	}
	return i
}

// paraOf returns the index of the paragraph holding byte offset off.
func (d *Doc) paraOf(off int) int {
	i := models.Index(d.Paras, off)
	if i < 0 {
		return 0
	}
	return i
}

// sentToks returns the token range [first, last) of sentence s.
func (d *Doc) sentToks(s int) (int, int) {
	if s < 0 || s >= len(d.Sents) {
		return 0, 0
	}
	return d.tokAt(d.Sents[s].Start), d.tokAt(d.Sents[s].End)
}

// paraToks returns the token range [first, last) of paragraph p.
func (d *Doc) paraToks(p int) (int, int) {
	if p < 0 || p >= len(d.Paras) {
		return 0, 0
	}
	return d.tokAt(d.Paras[p].Start), d.tokAt(d.Paras[p].End)
}

// span returns the byte span of tokens [first, last).
func (d *Doc) span(first, last int) models.Span {
	if first >= last {
		return models.Span{}
	}
	return models.Span{Start: d.Toks[first].Start, End: d.Toks[last-1].End}
}

// Attributor runs the sieve for one language. Build one per language and
// share it: it is read-only.
type Attributor struct {
	p     *lang.Pack
	rules []rule
	// calibration maps a resolved_by value to the share of right speakers
	// measured for it (calibration.json, written by make calibrate).
	calibration map[string]float64
}

//go:embed calibration.json
var calibrationJSON []byte

// New builds the attributor for a language pack.
func New(p *lang.Pack) *Attributor {
	at := &Attributor{p: p, rules: sieve()}
	// the embedded table is checked by TestCalibrationTable; a broken one
	// leaves the rules' own confidences
	_ = json.Unmarshal(calibrationJSON, &at.calibration)
	return at
}
