package attribution

import "strings"

// Reported speech of documents: the clause beside a phrase that names a
// poll, a study or a report ("In a new poll, …", "…, a study found").

// evidenceClause: a phrase naming a poll, a study or a report (the
// pack's evidence markers and nouns) opens the sentence or ends it, and
// the clause beside it is what the document finds. It is tried last: a
// cue of its own wins ("In a statement, the ministry said …").
func (a *article) evidenceClause(first, end int) (statement, bool) {
	if a.isWord(first) && a.p.Coordinators[a.d.Toks[first].Lower] {
		first++
	}
	if st, ok := a.evidenceFirst(first, end); ok {
		return st, true
	}
	return a.evidenceAfter(first, end)
}

// evidenceFirst: "In the latest CBS poll, CLAUSE", "Dans un sondage
// Ifop publié dimanche, CLAUSE".
func (a *article) evidenceFirst(first, end int) (statement, bool) {
	if !a.isWord(first) || !a.p.EvidenceMarkers[a.d.Toks[first].Lower] {
		return statement{}, false
	}
	head := -1
	for c := first + 1; c < end && c < first+14; c++ {
		if a.inQuote[c] || a.boundary(c) {
			break
		}
		if a.isPunct(c, ",") {
			if head < 0 {
				break
			}
			k := c + 1
			// a participle phrase about the document: "In the Morning
			// Consult poll, conducted March 11-13, 40 percent …"
			if a.isWord(k) && !a.d.Toks[k].Cap && !a.p.Determiners[a.d.Toks[k].Lower] && !a.isNumber(k) {
				if _, pro := a.pronoun(k); !pro {
					for p := k + 1; p < end && p < k+8; p++ {
						if a.isPunct(p, ",") {
							k = p + 1
							break
						}
					}
				}
			}
			if end-k < 3 || a.quoteBetween(k, end) {
				break // quoted words are the subject's own: "Dans un rapport, la commissaire a invité … à « … »"
			}
			who := mention{first + 1, head + 1}
			return statement{first: k, last: end, f: finding{who: who, cue: mention{first, first + 1}, rule: "according-to"}}, true
		}
		if !a.isWord(c) {
			continue
		}
		if _, _, ok := a.verbAt(c, a.p.SpeechVerbs); ok {
			break
		}
		if head < 0 && a.p.EvidenceNouns[a.d.Toks[c].Lower] {
			head = c
		}
	}
	return statement{}, false
}

// evidenceAfter: CLAUSE in a new Fox News poll (released Thursday). The
// evidence phrase ends the sentence — a marker, then no more than twelve
// words whose head is an evidence noun, then at most a participle and a
// time ("released Thursday") — after a clause of four words or more.
func (a *article) evidenceAfter(first, end int) (statement, bool) {
	for m := end - 2; m > first+3 && m > end-16; m-- {
		if !a.isWord(m) || !a.p.EvidenceMarkers[a.d.Toks[m].Lower] || a.inQuote[m] {
			continue
		}
		head, tail := -1, end
		for c := m + 1; c < end; c++ {
			if a.inQuote[c] || a.isPunct(c, ",", ";", ":") || a.boundary(c) {
				tail = c
				break
			}
			if head >= 0 && head == c-1 && a.isWord(c) && !a.d.Toks[c].Cap && !a.p.EvidenceNouns[a.d.Toks[c].Lower] {
				tail = c // "released Thursday"
				break
			}
			if a.isWord(c) && a.p.EvidenceNouns[a.d.Toks[c].Lower] {
				head = c
			}
		}
		if head < 0 || head != tail-1 {
			return statement{}, false
		}
		named := false
		for c := m + 1; c < head; c++ {
			if a.isWord(c) && !a.d.Toks[c].Cap && (a.p.Prepositions[a.d.Toks[c].Lower] || a.p.CuePrepositions[a.d.Toks[c].Lower]) {
				return statement{}, false // "in a hotel near the poll": the poll is not the phrase's head
			}
			named = named || a.d.Toks[c].Cap || a.isNumber(c) || strings.ContainsAny(a.d.Toks[c].Lower, "0123456789")
		}
		if !named || a.plural(head) {
			// one document, named: "in a new Fox News poll", "in the
			// 50-state poll" (not "sits at single digits in the polls")
			return statement{}, false
		}
		if tail < end && end-tail > 4 || tail < end && !a.isPunct(tail, ",") && (!a.isWord(tail) || a.d.Toks[tail].Cap) {
			return statement{}, false // more after the phrase than a short remark or "released Thursday"
		}
		if a.commaIn(first, m) && !a.subjectFirstClause(first, m) {
			return statement{}, false
		}
		who := mention{m + 1, head + 1}
		return statement{first: first, last: m, f: finding{who: who, cue: mention{m, m + 1}, rule: "according-to"}}, true
	}
	return statement{}, false
}

// subjectFirstClause reports whether the tokens from first to m are a
// clause whose commas only set off an opening phrase ("In March, Cruz
// had 38 percent"): at most one comma, within the first six tokens.
func (a *article) subjectFirstClause(first, m int) bool {
	n := 0
	for k := first; k < m; k++ {
		if a.isPunct(k, ",") && !a.inQuote[k] {
			n++
			if k > first+6 {
				return false
			}
		}
	}
	return n <= 1
}
