package attribution

import (
	"strings"
)

// finding is what a rule found for a quote: the words that name the source
// (or a pronoun carried by the cue itself, as in "a-t-il dit") and the cue.
type finding struct {
	rule     string
	conf     float64
	who      mention
	embedded string  // subject pronoun inside an inverted cue
	cue      mention // the reporting verb or phrase
	from     int     // for continuation: the quote the speaker comes from
	// scope, when set, is where a pronoun source's antecedent must lie
	// before: the start of the clause it reports ("Research shows …, she
	// said" — not "Research"); a pronoun never stands for a name inside
	// the clause it governs.
	scope int
	// plain marks a description no list knows ("the progressive
	// heavyweights"): it stands for itself, never for a name.
	plain bool
}

// inherits reports whether the finding takes the source of quote from:
// a run of quotes, a narrative infinitive with no subject of its own.
func (f *finding) inherits() bool {
	return f.rule == "continuation" || f.rule == "narrative" && !f.who.ok()
}

// rule is one step of the sieve.
type rule struct {
	name string
	conf float64 // how often the rule names the right source
	find func(a *article, qi int) (finding, bool)
}

// sieve lists the rules from the most certain evidence to the least.
func sieve() []rule {
	return []rule{
		{"transcript", 0.9, transcript},
		{"adjacent-after", 0.95, adjacentAfter},
		{"adjacent-before", 0.93, adjacentBefore},
		{"incise", 0.9, incise},
		{"according-to", 0.9, accordingTo},
		{"agent", 0.85, passiveAgent},
		{"dash", 0.85, dash},
		{"narrative", 0.8, narrative},
		{"colon", 0.85, colon},
		{"sentence-cue", 0.75, sentenceCue},
		{"next-sentence", 0.6, nextSentence},
		{"continuation", 0.7, continuation},
		{"subject", 0.5, subject},
		{"previous-sentence", 0.5, previousSentence},
		{"previous-subject", 0.4, previousSubject},
	}
}

// boundary reports whether token i ends a clause a cue cannot cross.
func (a *article) boundary(i int) bool {
	return a.final(i) || a.isPunct(i, ";") || a.opensQuote(i)
}

// final reports whether token i is a full stop, question or exclamation
// mark that ends a sentence (not the stop of Mr. or of an initial).
func (a *article) final(i int) bool {
	if a.isPunct(i, "?", "!") {
		return true
	}
	if !a.isPunct(i, ".") {
		return false
	}
	// a stop before a comma ends an abbreviation: "Rep. Glenn Thompson,
	// R-Pa., said"; so does one after an acronym before a closing bracket
	// or a lower-case word: "(D-N.Y.) said"
	if a.isPunct(i+1, ",") && a.d.Toks[i+1].Start == a.d.Toks[i].End {
		return false
	}
	if i > 0 && strings.Contains(a.d.Toks[i-1].Lower, ".") && (a.isPunct(i+1, ")") || a.isWord(i+1) && !a.d.Toks[i+1].Cap) {
		return false
	}
	if i > 0 && a.isWord(i-1) && a.d.Toks[i-1].End == a.d.Toks[i].Start {
		w := a.d.Toks[i-1]
		if a.p.Abbreviations[w.Lower] || a.p.Titles[w.Lower+"."] || (w.Cap && len([]rune(w.Lower)) == 1) {
			return false
		}
		if a.initialsStop(i) && a.isWord(i+1) && a.d.Toks[i+1].Cap && !a.p.Stopwords[a.d.Toks[i+1].Lower] {
			return false // initials written together: "J.M. Berger"
		}
	}
	return true
}

func (a *article) opensQuote(i int) bool {
	return i >= 0 && i < len(a.inQuote) && a.inQuote[i] && (i == 0 || !a.inQuote[i-1])
}

// clauseEnd returns the first token at or after k where a source read
// forward must stop.
func (a *article) clauseEnd(k int) int {
	for j := k; j < len(a.d.Toks); j++ {
		if j > k && a.opensQuote(j) && a.isWord(j-1) && (a.p.Determiners[a.d.Toks[j-1].Lower] || a.p.NameParticles[a.d.Toks[j-1].Lower]) {
			if e := a.quotedTitleEnd(j, len(a.d.Toks)); e > 0 {
				j = e - 1 // a quoted name inside the source: "l'initiateur de la « Marche des libertés »"
				continue
			}
		}
		if (j > k && a.d.Toks[j].Newlines > 0) || a.boundary(j) || a.inQuote[j] {
			return j
		}
	}
	return len(a.d.Toks)
}

// personal reports whether a mention can be a source: a pronoun, a name,
// or a description whose head is a role, an organization or a group.
func (a *article) personal(m mention) bool {
	if _, ok := a.pronoun(m.first); ok && m.last-m.first == 1 {
		return true
	}
	return a.hasName(m) || a.sourceHead(a.d.Toks[m.last-1].Lower)
}

// quoteSentences returns the token range of the sentences the quote lies in.
func (a *article) quoteSentences(qi int) (int, int) {
	q := a.quotes[qi]
	first, _ := a.d.sentToks(a.d.sentOf(q.Outer.Start))
	_, last := a.d.sentToks(a.d.sentOf(q.Outer.End - 1))
	return first, last
}

// distance is how many tokens token j lies from quote qi.
func (a *article) distance(qi int, j int) int {
	q := a.quotes[qi]
	open, end := a.d.tokAt(q.Outer.Start), a.d.tokAt(q.Outer.End)
	if j < open {
		return open - j
	}
	return j - end + 1
}
