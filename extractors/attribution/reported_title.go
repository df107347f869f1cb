package attribution

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/extractors/token"
	"github.com/whosaid/whosaid/models"
)

// Reported speech in titles: a source before a colon ("Rubio: I Still
// Believe …") and a title-case cue ("Trump Says He Never Pledged …").

// colonTitle: a title that names its source before a colon, "Rubio: I
// Still Believe Trump Can't Be Trusted", "Historians: Clinton, Obama
// linked no matter what". Only the article's first paragraph or a
// title-case line is a title; the source is a name or a source noun
// ("Poll:", "Historians:") and nothing else before the colon.
func (a *article) colonTitle(first, end int) (statement, bool) {
	if first >= end || a.inQuote[first] || a.d.paraOf(a.d.Toks[first].Start) > 0 && !a.headline(first) {
		return statement{}, false
	}
	for c := first + 1; c < end && c < first+6; c++ {
		if !a.isPunct(c, ":") {
			if a.isWord(c) || a.isPunct(c, ".", "'", "’", "-") {
				continue
			}
			break
		}
		m := a.objectAfter(first, c)
		if !m.ok() || m.first != first || m.last != c || !a.hasName(m) && !a.sourceHead(a.d.Toks[c-1].Lower) {
			break
		}
		if typ := a.typeOf(m, false); typ == models.Unknown || a.p.Places[a.placeName(m)] {
			break // "Iowa: …" is where, not who
		}
		if m.last-m.first == 1 && a.p.SectionLabels[a.d.Toks[m.first].Lower] {
			break // "Entretien : …", "Analysis: …" is the kind of article
		}
		if a.topicHead(first) {
			break // "Incendie de Marseille : …", "Réforme des retraites : …" is what, not who
		}
		if a.hasName(m) && !a.sourceHead(a.d.Toks[c-1].Lower) && !a.firstNamed(m) && !a.namedAgain(m) {
			break // "Agriculture : …" is a topic: a source is named again below
		}
		st := statement{first: c + 1, last: end, f: finding{who: m, cue: mention{c, c + 1}, rule: "colon"}}
		if !a.clauseOK(&st) {
			break
		}
		return st, true
	}
	return statement{}, false
}

// topicHead reports whether the title opening at token first names a
// topic: a word before a particle that is neither a first name, nor a
// role, nor an organization's ("Incendie de Marseille", not "Charles de
// Gaulle", "Ministère de l'Intérieur" or "Cour des comptes").
func (a *article) topicHead(first int) bool {
	if !a.isWord(first) || !a.isWord(first+1) || !a.p.NameParticles[a.d.Toks[first+1].Lower] || a.d.Toks[first+1].Cap {
		return false
	}
	w := a.d.Toks[first].Lower
	if _, ok := a.firstName(token.Fold(w)); ok {
		return false
	}
	return !a.p.OrganizationWords[w] && !a.p.Titles[w] && !a.p.PersonTitles[w]
}

// titleCue: a headline in title case whose cue names its source, "Trump
// Says He Never Pledged To Kill Them" — a name, a capitalised cue that
// takes a bare clause, the clause. A title's source, it is calibrated
// with the colon titles ("Pike: …").
func (a *article) titleCue(first, end int) (statement, bool) {
	if first >= end || a.inQuote[first] || !a.headline(first) {
		return statement{}, false
	}
	for j := first + 1; j < end-2 && j < first+8; j++ {
		t := a.d.Toks[j]
		if !a.isWord(j) || a.inQuote[j] {
			break
		}
		if !t.Cap || !a.p.BareClauseVerbs[t.Lower] {
			continue
		}
		m := a.objectAfter(first, j)
		if !m.ok() || m.first != first || m.last != j || !a.hasName(m) || a.p.Places[a.placeName(m)] {
			break
		}
		st := statement{first: j + 1, last: end, f: finding{who: m, cue: mention{j, j + 1}, rule: "colon"}}
		if !a.clauseOK(&st) {
			break
		}
		return st, true
	}
	return statement{}, false
}

// namedAgain reports whether the last word of name mention m names
// another mention in the article too ("Rubio: …" and "Marco Rubio said").
func (a *article) namedAgain(m mention) bool {
	last := -1
	for i := m.last - 1; i >= m.first; i-- {
		if a.isWord(i) {
			last = i
			break
		}
	}
	if last < 0 {
		return false
	}
	// an organization's head word with it: not "Hôpital de Vierzon" by
	// "l'hôpital de Vierzon", a place
	head := ""
	if words := a.entity(m).words; len(words) > 1 && a.p.OrganizationWords[strings.ToLower(words[0])] {
		head = token.Fold(words[0])
	}
	for _, k := range a.byLast[token.Fold(a.d.Toks[last].Lower)] {
		if e := a.ents[k]; e.m.first >= m.last && (head == "" || slices.ContainsFunc(e.words, func(w string) bool { return token.Fold(w) == head })) {
			return true
		}
	}
	return false
}
