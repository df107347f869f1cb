package eval

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/models"
)

// Thresholds are the overlap thresholds the protocol reports.
var Thresholds = []float64{0.3, 0.8}

// Options filter what is scored.
type Options struct {
	// Kinds keeps only gold quotes and predictions of these kinds (all when empty).
	Kinds []string
}

// Figures are the scores of one slice of the data at one threshold.
type Figures struct {
	Threshold float64 `json:"threshold"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`

	SpeakerScored  int     `json:"speaker_scored"`
	SpeakerCorrect int     `json:"speaker_correct"`
	SpeakerID      float64 `json:"speaker_identity"`
	MentionScored  int     `json:"mention_scored"`
	MentionCorrect int     `json:"mention_correct"`
	Mention        float64 `json:"speaker_mention"`

	E2EGold      int     `json:"e2e_gold"`
	E2EPredicted int     `json:"e2e_predicted"`
	E2EMatched   int     `json:"e2e_matched"`
	E2EPrecision float64 `json:"e2e_precision"`
	E2ERecall    float64 `json:"e2e_recall"`
	E2EF1        float64 `json:"e2e_f1"`

	LengthRatio float64 `json:"span_length_ratio"`

	// OtherKind counts unmatched predictions that overlap, above the
	// threshold, a gold quote of a kind left out by --kinds: a
	// disagreement on the kind, not a spurious quote.
	OtherKind int `json:"unmatched_overlapping_other_kinds"`

	predLen, goldLen int
}

// Tally counts right speakers among scored matches.
type Tally struct {
	Scored  int     `json:"scored"`
	Correct int     `json:"correct"`
	Share   float64 `json:"share"`
}

// Report is the whole evaluation.
type Report struct {
	Overall []Figures            `json:"overall"`
	PerLang map[string][]Figures `json:"per_language"`
	PerKind map[string][]Figures `json:"per_kind"`
	// ByRule and ByConfidence break speaker identity down (at the lowest
	// threshold) by the sieve rule that decided and by confidence band.
	ByRule       map[string]*Tally `json:"by_rule"`
	ByConfidence map[string]*Tally `json:"by_confidence"`
}

// span is a trimmed code-point range.
type span struct{ start, end int }

func (s span) len() int { return s.end - s.start }

func overlap(a, b span) int {
	lo, hi := max(a.start, b.start), min(a.end, b.end)
	if hi < lo {
		return 0
	}
	return hi - lo
}

// trim moves a span's ends past quotation marks and white space.
func trim(text []rune, start, end int) span {
	start, end = max(0, start), min(len(text), end)
	for start < end && isTrimmed(text[start]) {
		start++
	}
	for end > start && isTrimmed(text[end-1]) {
		end--
	}
	return span{start, end}
}

func isTrimmed(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’«»„‟‹›‚`´", r)
}

// Score evaluates predictions (claims by article id) against gold.
func Score(gold []Article, preds map[string][]models.Claim, opt Options) *Report {
	keep := func(kind string) bool {
		if len(opt.Kinds) == 0 {
			return true
		}
		for _, k := range opt.Kinds {
			if k == kind {
				return true
			}
		}
		return false
	}
	r := &Report{PerLang: map[string][]Figures{}, PerKind: map[string][]Figures{}, ByRule: map[string]*Tally{}, ByConfidence: map[string]*Tally{}}
	kinds := map[string]bool{}
	for _, a := range gold {
		for _, q := range a.Quotes {
			if keep(q.Kind) {
				kinds[q.Kind] = true
			}
		}
	}
	for ti, t := range Thresholds {
		all := Figures{Threshold: t}
		for _, a := range gold {
			text := []rune(a.Text)
			g, p := filter(a, preds[a.ID], keep)
			f := scoreArticle(text, g, p, t, nil)
			if len(opt.Kinds) > 0 {
				others, _ := filter(a, nil, func(k string) bool { return !keep(k) })
				f.OtherKind = otherKind(text, g, p, others, t)
			}
			all.add(f)
			lf := r.PerLang[a.Lang]
			if len(lf) <= ti {
				lf = append(lf, Figures{Threshold: t})
			}
			lf[ti].add(f)
			r.PerLang[a.Lang] = lf
			for k := range kinds {
				gk, pk := filter(a, preds[a.ID], func(kind string) bool { return kind == k })
				fk := scoreArticle(text, gk, pk, t, nil)
				kf := r.PerKind[k]
				if len(kf) <= ti {
					kf = append(kf, Figures{Threshold: t})
				}
				kf[ti].add(fk)
				r.PerKind[k] = kf
			}
			if ti == 0 {
				scoreArticle(text, g, p, t, r)
			}
		}
		r.Overall = append(r.Overall, all.finish())
	}
	for k, fs := range r.PerLang {
		for i := range fs {
			fs[i] = fs[i].finish()
		}
		r.PerLang[k] = fs
	}
	for k, fs := range r.PerKind {
		for i := range fs {
			fs[i] = fs[i].finish()
		}
		r.PerKind[k] = fs
	}
	for _, m := range []map[string]*Tally{r.ByRule, r.ByConfidence} {
		for _, t := range m {
			t.Share = ratio(t.Correct, t.Scored)
		}
	}
	return r
}

func filter(a Article, claims []models.Claim, keep func(string) bool) ([]Quote, []models.Claim) {
	var g []Quote
	for _, q := range a.Quotes {
		if keep(q.Kind) {
			g = append(g, q)
		}
	}
	var p []models.Claim
	for _, c := range claims {
		if keep(string(c.Kind)) {
			p = append(p, c)
		}
	}
	return g, p
}

// scoreArticle matches one article's gold quotes to its predictions: each
// gold quote in order takes the unused prediction with the highest
// |gold ∩ pred| / |gold| above the threshold. With rep set, it also tallies
// speaker identity by rule and confidence band.
func scoreArticle(text []rune, gold []Quote, preds []models.Claim, t float64, rep *Report) Figures {
	f := Figures{Threshold: t, Gold: len(gold), Predicted: len(preds)}
	ps := make([]span, len(preds))
	for i, c := range preds {
		ps[i] = trim(text, c.Start, c.End)
	}
	used := make([]bool, len(preds))
	excludedPreds := 0
	for _, g := range gold {
		gs := trim(text, g.Start, g.End)
		named := goldNamed(g.Speakers)
		if named {
			f.E2EGold++
		}
		best, bestScore := -1, 0.0
		if gs.len() > 0 {
			for i := range preds {
				if used[i] {
					continue
				}
				s := float64(overlap(gs, ps[i])) / float64(gs.len())
				if s > bestScore {
					best, bestScore = i, s
				}
			}
		}
		if best < 0 || bestScore <= t {
			continue
		}
		used[best] = true
		f.Matched++
		f.predLen += ps[best].len()
		f.goldLen += gs.len()
		c := preds[best]
		if g.MentionStart != nil && g.MentionEnd != nil {
			f.MentionScored++
			if c.Speaker != nil && c.Speaker.Start != nil && c.Speaker.End != nil &&
				*c.Speaker.Start < *g.MentionEnd && *g.MentionStart < *c.Speaker.End {
				f.MentionCorrect++
			}
		}
		if !named {
			excludedPreds++
			continue
		}
		f.SpeakerScored++
		ok := c.Speaker != nil && sameSpeaker(c.Speaker.Name, g.Speakers)
		if ok {
			f.SpeakerCorrect++
			f.E2EMatched++
		}
		if rep != nil {
			rule := "none"
			if c.Speaker != nil {
				rule = c.Speaker.ResolvedBy
			}
			tally(rep.ByRule, rule, ok)
			tally(rep.ByConfidence, band(c.Confidence), ok)
		}
	}
	f.E2EPredicted = len(preds) - excludedPreds
	return f
}

func tally(m map[string]*Tally, key string, ok bool) {
	t := m[key]
	if t == nil {
		t = &Tally{}
		m[key] = t
	}
	t.Scored++
	if ok {
		t.Correct++
	}
}

// band names a confidence band.
func band(c float64) string {
	switch {
	case c >= 0.9:
		return "0.9-1.0"
	case c >= 0.8:
		return "0.8-0.9"
	case c >= 0.7:
		return "0.7-0.8"
	case c >= 0.5:
		return "0.5-0.7"
	}
	return "0.0-0.5"
}

// otherKind counts the predictions that no gold quote of the kept kinds
// takes but that overlap a gold quote of another kind above t.
func otherKind(text []rune, gold []Quote, preds []models.Claim, others []Quote, t float64) int {
	if len(others) == 0 {
		return 0
	}
	taken := map[int]bool{}
	ps := make([]span, len(preds))
	for i, c := range preds {
		ps[i] = trim(text, c.Start, c.End)
	}
	for _, g := range gold {
		gs := trim(text, g.Start, g.End)
		best, bestScore := -1, 0.0
		for i := range preds {
			if taken[i] || gs.len() == 0 {
				continue
			}
			if s := float64(overlap(gs, ps[i])) / float64(gs.len()); s > bestScore {
				best, bestScore = i, s
			}
		}
		if best >= 0 && bestScore > t {
			taken[best] = true
		}
	}
	n := 0
	for i := range preds {
		if taken[i] {
			continue
		}
		for _, o := range others {
			os := trim(text, o.Start, o.End)
			if os.len() > 0 && float64(overlap(os, ps[i]))/float64(os.len()) > t {
				n++
				break
			}
		}
	}
	return n
}

func (f *Figures) add(o Figures) {
	f.Gold += o.Gold
	f.Predicted += o.Predicted
	f.Matched += o.Matched
	f.SpeakerScored += o.SpeakerScored
	f.SpeakerCorrect += o.SpeakerCorrect
	f.MentionScored += o.MentionScored
	f.MentionCorrect += o.MentionCorrect
	f.E2EGold += o.E2EGold
	f.E2EPredicted += o.E2EPredicted
	f.E2EMatched += o.E2EMatched
	f.predLen += o.predLen
	f.goldLen += o.goldLen
	f.OtherKind += o.OtherKind
}

func (f Figures) finish() Figures {
	f.Precision = ratio(f.Matched, f.Predicted)
	f.Recall = ratio(f.Matched, f.Gold)
	f.F1 = f1(f.Matched, f.Predicted, f.Gold)
	f.SpeakerID = ratio(f.SpeakerCorrect, f.SpeakerScored)
	f.Mention = ratio(f.MentionCorrect, f.MentionScored)
	f.E2EPrecision = ratio(f.E2EMatched, f.E2EPredicted)
	f.E2ERecall = ratio(f.E2EMatched, f.E2EGold)
	f.E2EF1 = f1(f.E2EMatched, f.E2EPredicted, f.E2EGold)
	f.LengthRatio = 0
	if f.goldLen > 0 {
		f.LengthRatio = math.Round(float64(f.predLen)/float64(f.goldLen)*1000) / 1000
	}
	return f
}

// ratio is a percentage with two decimals (0 when b is 0).
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return math.Round(float64(a)/float64(b)*10000) / 100
}

// f1 is the harmonic mean of precision and recall, as a percentage,
// computed before rounding.
func f1(matched, predicted, gold int) float64 {
	if matched == 0 {
		return 0
	}
	p, r := float64(matched)/float64(predicted), float64(matched)/float64(gold)
	return math.Round(2*p*r/(p+r)*10000) / 100
}

// Keys returns a map's keys sorted.
func Keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
