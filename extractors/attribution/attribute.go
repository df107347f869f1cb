package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/extractors/quotes"
	"github.com/whosaid/whosaid/extractors/token"
	"github.com/whosaid/whosaid/models"
)

// article is the sieve's working state for one article.
type article struct {
	reader
	quotes  []quotes.Quote
	inQuote []bool           // per token: inside a quoted passage (marks included)
	found   []*finding       // per quote: what the sieve found, nil when nothing
	sources []*source        // per quote: the resolved speaker, nil when none
	ents    []entity         // every name mention, in order
	byLast  map[string][]int // entity indices by their last word, lower case
	// speakerNames holds the last word (lower case) of every name that is
	// the subject of a reporting verb somewhere in the article.
	speakerNames map[string]bool
	headlines    []int8 // per sentence: 0 not yet known, 1 a headline, 2 not
	// quoteSents counts, per quoted passage's words, the distinct
	// sentences that quote them; built on first use
	quoteSents map[string]int
	// fuller memoises fullest; bySent lists quote indices ordered by the
	// sentence each opens in (quoteSent).
	fuller    map[fullKey][]int
	titled    map[string][]int // see byTitle
	bySent    []int
	quoteSent []int
	// reporters holds, per sentence read so far by reportedBy, the source
	// of the statement reported in it (no mention for none).
	reporters map[int]mention
	// interviewee is the person an interview's title names ("Entretien
	// avec X : …"), who answers its questions; no mention for none.
	interviewee mention
}

// Attribute runs the sieve over the quoted passages of a document and
// returns the statements, each with its kind, speaker, cue and confidence.
// Quoted passages that are not statements (titles, scare quotes, nicknames
// with no source) are left out.
func (at *Attributor) Attribute(d *Doc, found []quotes.Quote) []models.Quote {
	found = at.withoutFurniture(d, found)
	a := &article{
		reader:  reader{d: d, p: at.p},
		quotes:  found,
		inQuote: make([]bool, len(d.Toks)),
		found:   make([]*finding, len(found)),
		sources: make([]*source, len(found)),
	}
	for _, q := range found {
		for i := d.tokAt(q.Outer.Start); i < len(d.Toks) && d.Toks[i].Start < q.Outer.End; i++ {
			a.inQuote[i] = true
		}
	}
	a.quoteSent = make([]int, len(found))
	a.bySent = make([]int, len(found))
	for qi, q := range found {
		a.quoteSent[qi] = d.sentOf(q.Outer.Start)
		a.bySent[qi] = qi
	}
	sort.SliceStable(a.bySent, func(i, j int) bool { return a.quoteSent[a.bySent[i]] < a.quoteSent[a.bySent[j]] })
	a.speakerNames = a.namedSpeakers()
	a.ents = a.entities()
	a.reporters = make(map[int]mention)
	a.interviewee = a.titleInterviewee()
	for qi := range found {
		for _, r := range at.rules {
			f, ok := r.find(a, qi)
			if !ok {
				continue
			}
			f.rule, f.conf = r.name, r.conf
			a.found[qi] = &f
			if f.inherits() {
				if prev := a.sources[f.from]; prev != nil {
					s := *prev
					a.sources[qi] = &s
				}
			} else {
				a.sources[qi] = a.resolve(qi, f)
			}
			break
		}
	}
	a.repeated()
	// reported speech; quoted words inside a reported clause belong to it
	reported := a.reportedSpeech()
	covered := make([]bool, len(found))
	for _, st := range reported {
		for _, qi := range st.quoted {
			covered[qi] = true
		}
	}
	out := make([]models.Quote, 0, len(found)+len(reported))
	for qi, q := range found {
		kind := a.kind(qi)
		if covered[qi] || !a.isStatement(qi, kind) {
			continue
		}
		mq := models.Quote{Kind: kind, Content: q.Content, Outer: q.Outer}
		f := a.found[qi]
		if f != nil && f.rule == "transcript" {
			// the label is not part of the statement
			if next := f.cue.last; next < len(d.Toks) && d.Toks[next].Start < q.Content.End {
				mq.Content.Start = d.Toks[next].Start
			}
		}
		if f != nil {
			cue := f.cue
			if f.rule == "continuation" || f.rule == "repeated" {
				if prev := a.found[f.from]; prev != nil {
					cue = prev.cue
				}
			}
			a.attach(&mq, f, cue, a.sources[qi])
			at.calibrate(&mq)
		}
		out = append(out, mq)
	}
	for _, st := range reported {
		span := models.Span{Start: d.Toks[st.first].Start, End: d.Toks[st.last-1].End}
		mq := models.Quote{Kind: models.Indirect, Content: span, Outer: span}
		if st.direct {
			mq.Kind = models.Direct
		}
		if len(st.quoted) > 0 {
			mq.Kind = models.Partial
			for _, qi := range st.quoted {
				mq.Quoted = append(mq.Quoted, found[qi].Content)
			}
		}
		st.f.conf = reportedConfidence[st.f.rule]
		if st.f.cue.first >= st.last {
			st.f.scope = st.first // the clause comes first: "CLAUSE, she said"
		}
		src := a.resolve(-1, st.f)
		if st.direct && src != nil && src.name == strings.ToUpper(src.name) {
			src.name = titleCase(src.name) // a transcript's label: "JAKE TAPPER" is Jake Tapper
		}
		a.attach(&mq, &st.f, st.f.cue, src)
		at.calibrate(&mq)
		out = append(out, mq)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Content.Start < out[j].Content.Start })
	return out
}

// repeated gives a quote that found no source the source of a quote
// elsewhere in the article that holds its words: a headline quoting the
// body ("« On nous traite comme des pestiférés » : le cri de colère des
// chauffeurs" and, below, "« On nous traite comme des pestiférés. … »,
// lance-t-elle"). A headline's colon names a topic as often as a source
// ("Procès de l'ancien maire : « J'ai toujours agi … »"), so a quote in the
// first paragraph found that way, with no full name before its colon
// ("Entretien avec Laurent Berger : « … »" keeps Berger), takes the body's
// source too.
func (a *article) repeated() {
	var norm []string
	for qi := range a.quotes {
		headline := a.found[qi] != nil // a headline's quote after a colon and no one's full name
		if headline && (a.found[qi].rule != "colon" || a.d.paraOf(a.quotes[qi].Outer.Start) > 0 ||
			a.firstNamed(a.found[qi].who)) {
			continue
		}
		if norm == nil {
			norm = make([]string, len(a.quotes))
			for k, q := range a.quotes {
				norm[k] = " " + normalWords(a.d.Text[q.Content.Start:q.Content.End]) + " "
			}
		}
		if strings.Count(norm[qi], " ") < 5 { // four words at least
			continue
		}
		for qj := range a.quotes {
			if qj == qi || a.found[qj] == nil || a.sources[qj] == nil || a.found[qj].rule == "repeated" ||
				headline && (a.found[qj].rule == "colon" || a.d.paraOf(a.quotes[qj].Outer.Start) == 0) || !strings.Contains(norm[qj], norm[qi]) {
				continue
			}
			a.found[qi] = &finding{rule: "repeated", from: qj, conf: repeatedConfidence}
			s := *a.sources[qj]
			a.sources[qi] = &s
			break
		}
	}
}

// repeatedConfidence is the prior of a source taken from a repeated quote:
// the body's attribution, as sure as the quote it repeats mostly is.
const repeatedConfidence = 0.85

// normalWords lower-cases text and keeps its words, one space apart.
func normalWords(text string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}

// titleCase writes a name in capitals with only its initials so.
func titleCase(name string) string {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// reportedConfidence is how often each reported-speech pattern names the
// right source.
var reportedConfidence = map[string]float64{"narrative": 0.75, "according-to": 0.85, "cue-after": 0.85, "cue-before": 0.8, "stance": 0.8, "intention": 0.8, "interview": 0.8}

// withoutFurniture drops the quotes of the page's own lines ("LIRE AUSSI -
// « … »", "Read more: …"), which report no one.
func (at *Attributor) withoutFurniture(d *Doc, found []quotes.Quote) []quotes.Quote {
	out := found[:0:0]
	for _, q := range found {
		if !furniture(d, at.p, d.paraOf(q.Outer.Start)) {
			out = append(out, q)
		}
	}
	return out
}

// furniture reports whether paragraph p opens with one of the pack's
// furniture markers, written in capitals or followed by a punctuation mark
// ("LIRE AUSSI - …", "Read more: …"), not as words of a sentence
// ("Related issues were …"), or is a credit line in brackets.
func furniture(d *Doc, p *lang.Pack, para int) bool {
	k := d.tokAt(d.Paras[para].Start)
	// a credit line in brackets: "(Reporting by …; Editing by …)"
	if k+1 < len(d.Toks) && d.Toks[k].Kind == token.Punct && d.Toks[k].Lower == "(" {
		if _, _, ok := p.CreditMarkers.Match(d.Toks, k+1); ok {
			return true
		}
	}
	_, n, ok := p.FurnitureMarkers.Match(d.Toks, k)
	if !ok {
		return false
	}
	if w := d.Text[d.Toks[k].Start:d.Toks[k].End]; w == strings.ToUpper(w) {
		return true
	}
	return k+n < len(d.Toks) && d.Toks[k+n].Kind == token.Punct && !strings.ContainsAny(d.Toks[k+n].Lower, ",.")
}

// calibrate replaces a statement's confidence by the share of right
// speakers measured for the way it was attributed ("cue-before+pronoun"),
// or else for its kind of source over every rule ("+pronoun"), when it was
// measured; a way too rare to measure keeps its prior.
func (at *Attributor) calibrate(mq *models.Quote) {
	if mq.Speaker == nil {
		return
	}
	by := mq.Speaker.ResolvedBy
	if c, ok := at.calibration[by]; ok {
		mq.Confidence = c
		return
	}
	if i := strings.IndexByte(by, '+'); i > 0 {
		if c, ok := at.calibration[by[i:]]; ok {
			mq.Confidence = c
		}
	}
}

// attach sets a statement's cue, speaker and confidence from what the
// sieve found.
func (a *article) attach(mq *models.Quote, f *finding, cue mention, s *source) {
	mq.Cue = a.d.span(cue.first, cue.last)
	mq.Confidence = f.conf
	if s == nil {
		return
	}
	mq.Speaker = &models.Speaker{Name: s.name, Mention: s.mention, Type: s.typ, ResolvedBy: f.rule}
	switch s.how {
	case "pronoun":
		mq.Speaker.ResolvedBy += "+pronoun"
		mq.Confidence *= 0.9
	case "description":
		mq.Speaker.ResolvedBy += "+description"
		mq.Confidence *= 0.9
	case "noun":
		mq.Speaker.ResolvedBy += "+noun"
	case "unresolved":
		// a pronoun with no antecedent names nobody: the speaker is
		// the pronoun itself
		mq.Speaker.ResolvedBy += "+unresolved"
		mq.Confidence = 0
	}
}

// namedSpeakers finds the names that speak anywhere in the article: the
// subjects and inverted sources of its reporting verbs.
func (a *article) namedSpeakers() map[string]bool {
	names := map[string]bool{}
	for j := 0; j < len(a.d.Toks); j++ {
		if a.inQuote[j] {
			continue
		}
		_, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok {
			continue
		}
		m := a.subjectBefore(j, max(0, j-12))
		if !m.ok() || !a.hasName(m) {
			m = a.objectAfter(j+n, a.clauseEnd(j+n))
		}
		if m.ok() && a.hasName(m) {
			e := a.entity(m)
			k := m.first
			for k < m.last && !a.nameWord(k) {
				k++
			}
			if !e.org && len(e.words) > 0 && !a.complementName(mention{k, m.last}) { // not "la cour d'appel d'Aix-en-Provence"
				names[strings.ToLower(e.words[len(e.words)-1])] = true
			}
		}
		j += n - 1
	}
	return names
}
