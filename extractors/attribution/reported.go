package attribution

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/extractors/token"

	"github.com/whosaid/whosaid/models"
)

// statement is a reported clause found around a cue.
type statement struct {
	first, last int // the clause's tokens [first, last)
	f           finding
	quoted      []int // the quotes inside the clause (a mixed statement)
	direct      bool  // a transcript's turn: the speaker's own words
}

// reportedSpeech finds reported speech — statements without quotation
// marks around a reporting cue — one per sentence at most, with
// precision before recall:
//
//	according-to  According to X, CLAUSE. / CLAUSE, according to X. / Selon X, CLAUSE.
//	cue-after     CLAUSE, X said. / CLAUSE, said X. / CLAUSE, a-t-il dit. / Otherwise, she said, CLAUSE.
//	cue-before    X said (that) CLAUSE. / X told reporters that CLAUSE. / X a affirmé que CLAUSE.
//	colon         X: CLAUSE — a title that names its source (the first paragraph, or a title-case line).
//
// Questions, passives ("is said to be") and cues with a noun-phrase object
// and no complementizer ("criticized the plan") are not reported speech.
func (a *article) reportedSpeech() []statement {
	var out []statement
	for s := range a.d.Sents {
		out = a.statementsIn(s, out)
	}
	return out
}

// statementsIn appends the statements reported in sentence s to out.
func (a *article) statementsIn(s int, out []statement) []statement {
	first, last := a.d.sentToks(s)
	first = a.afterDateline(first) // "MIAMI (AP) — …" is no part of a claim
	if a.isDash(first) {
		first++ // a dialogue line: "— Oui, nous nous y attendions, répond X."
	}
	end := a.contentEnd(first, last)
	if st, ok := a.colonTitle(first, end); ok {
		return append(out, st)
	}
	if st, ok := a.titleCue(first, end); ok {
		return append(out, st)
	}
	// a sentence that opens with a quote may report more after the
	// quote's own cue: "“…,” said Nicky Driscoll, who said Sanders is
	// best suited …"
	quoteCue := -1
	if first < end && a.inQuote[first] {
		for first < end && a.inQuote[first] {
			first++
		}
		for j := first; j < end && j < first+8 && quoteCue < 0; j++ {
			if _, _, ok := a.verbAt(j, a.p.SpeechVerbs); ok {
				quoteCue = j
			}
		}
		if quoteCue < 0 {
			return out
		}
	}
	if end-first < 6 && !a.answerOpens(first, end) || a.headline(first) {
		return out
	}
	if p := a.d.paraOf(a.d.Toks[first].Start); a.turnLabel(p) != "" && a.d.tokAt(a.d.Paras[p].Start) == first {
		// a labelled turn of a questions-and-answers interview: the
		// answers are the interviewee's, the questions nobody's claims
		if st, ok := a.qaAnswer(p); ok {
			out = append(out, st)
		}
		if a.interviewee.ok() {
			return out
		}
	}
	if p := a.d.paraOf(a.d.Toks[first].Start); a.answer(p) {
		// an interview's answer: its person's own words, read once, from
		// the sentence that opens the paragraph (however short: "Pas
		// encore. Nous avons …"), a dialogue dash aside
		if a.answerOpens(first, end) {
			k, last := a.d.paraToks(p)
			q := k - 1 // the question's mark
			out = append(out, statement{first: first, last: last, direct: true,
				f: finding{who: a.interviewee, cue: mention{q, q + 1}, rule: "interview"}})
		}
		return out
	}
	if a.labelled(first) {
		// a transcript's turn: the speaker's own words, read once, from
		// the sentence that opens the paragraph
		if st, ok := a.transcriptTurn(first); ok {
			out = append(out, st)
		}
		return out
	}
	if furniture(a.d, a.p, a.d.paraOf(a.d.Toks[first].Start)) {
		return out // "LIRE AUSSI - …": the page's, not the article's
	}
	var st statement
	var ok bool
	if quoteCue >= 0 {
		// only a cue of its own after the quote's: "…, who said …"
		st, ok = a.cueBeforeFrom(first, quoteCue+1, end, a.quoteCueSource(quoteCue, end))
		ok = ok && a.clauseOK(&st) && a.afterQuoteCue(st)
	} else {
		st, ok = a.statementIn(first, end)
	}
	if !ok {
		return out
	}
	out = append(out, st)
	if a.isPunct(st.last, ",") && st.f.cue.ok() && a.relativeCue(st.f.cue.first, first) {
		// a statement in a relative clause leaves the main clause its
		// own: "Barkley, who said he typically votes Democratic, said
		// one candidate he likes is Kasich"
		if main, ok := a.cueBeforeFrom(first, st.last+1, end, mention{}); ok && a.clauseOK(&main) {
			out = append(out, main)
		}
		return out
	}
	// a statement in an opening subordinate clause leaves the main
	// clause its own: "While Comey has said that …, Lewandowski said
	// he does not …"; so does one before a coordinated cue: "…, but
	// they warned that …"
	next := -1
	switch {
	case a.isWord(first) && a.p.Subordinators[a.d.Toks[first].Lower] && a.isPunct(st.last, ","):
		next = st.last + 1
	case a.isPunct(st.last, ",") && a.coordinatedCue(st.last+1, end):
		next = st.last + 2
	}
	if next > 0 {
		if main, ok := a.statementIn(next, end); ok && main.first > st.last {
			if next == st.last+2 && a.sameSubject(st.f.who, main.f.who) {
				main.f.who = st.f.who // "Meteorologists say …, but they warned …"
			}
			out = append(out, main)
		}
		return out
	}
	// a second cue of the same subject: "said the plan was too costly
	// and added that …", "…, adding that …", "reported a loss, and said
	// it expected …"
	if j := a.sameSubjectCue(st.last, end); j > 0 {
		// with no complementizer, only a verb that takes a bare clause:
		// not "conceding the race to Clinton", "tell Clinton she …"
		if more, ok := a.cueBeforeFrom(first, j, end, mention{}); ok && more.f.cue.first == j && a.clauseOK(&more) &&
			(a.isWord(more.first-1) && a.p.Complementizers[a.d.Toks[more.first-1].Lower] || a.p.BareClauseVerbs[a.d.Toks[more.f.cue.last-1].Lower]) {
			cue := more.f.cue
			more.f = st.f
			more.f.cue = cue
			out = append(out, more)
		}
	}
	return out
}

// sameSubjectCue returns where a reporting verb with no subject of its
// own opens after a statement that ends at token t — a participle after
// a comma (", adding that …") or a verb after a coordinator ("and added
// that …", "but conceded that …") — or -1.
func (a *article) sameSubjectCue(t, end int) int {
	comma := a.isPunct(t, ",")
	if comma {
		t++
	}
	if t >= end || !a.isWord(t) || a.inQuote[t] {
		return -1
	}
	if ph, _, ok := a.verbAt(t, a.p.SpeechVerbs); ok && comma && a.p.IsParticiple(ph) {
		return t
	}
	if !a.p.Coordinators[a.d.Toks[t].Lower] {
		return -1
	}
	j := t + 1
	for j < end && a.isWord(j) && (a.p.VerbModifiers[a.d.Toks[j].Lower] || a.adverb(j)) {
		j++
	}
	ph, _, ok := a.verbAt(j, a.p.SpeechVerbs)
	if !ok {
		ph, _, ok = a.verbAt(j, a.p.CognitionVerbs)
	}
	if !ok || a.p.IsParticiple(ph) || ph.Pronoun != "" {
		return -1
	}
	return j
}

// shareSubject reads a share of people standing as the subject of the
// cue at token j — numbers and the pack's share words, with at least a
// number or a share noun: "About 4 in 10 say …", "26% say …", "Nearly a
// third said …" — or returns no mention.
func (a *article) shareSubject(j, first int) mention {
	// or a quantifier standing alone for people: "Most believe that …",
	// "…, many think, …"
	if q := j - 1; q >= first && a.isWord(q) && a.p.QuantifierSubjects[a.d.Toks[q].Lower] && !a.p.NounCues[a.d.Toks[j].Lower] && (q == first || a.sentenceStart(q) || a.isPunct(q-1, ",")) {
		return mention{q, j}
	}
	k, content := j, false
	for k-1 >= first && (a.isWord(k-1) || a.isPunct(k-1)) {
		w := a.d.Toks[k-1].Lower
		digit := a.isNumber(k - 1)
		if !digit && !a.p.ShareWords[w] {
			break
		}
		content = content || digit || !a.p.Stopwords[w] && !a.p.Determiners[w]
		k--
	}
	if !content || k == j || k > first && !a.isPunct(k-1, ",") && !a.sentenceStart(k) {
		return mention{}
	}
	return mention{k, j}
}

// quoteCueSource returns the source of the cue at token j that follows a
// quote opening its sentence: "“…,” said Paul Morel" (or "“…,” Morel
// said"), or no mention.
func (a *article) quoteCueSource(j, end int) mention {
	_, n, ok := a.verbAt(j, a.p.SpeechVerbs)
	if !ok {
		return mention{}
	}
	if j > 0 && (a.inQuote[j-1] || a.isPunct(j-1, ",") && j > 1 && a.inQuote[j-2]) {
		if m := a.invertedSource(j+n, end); m.ok() && a.hasName(m) {
			return m // "“…,” said Paul Morel"
		}
		return mention{}
	}
	if m := a.subjectBefore(j, a.sentFirst(j)); m.ok() && !a.inQuote[m.first] {
		return m // "“…,” Carson tells Breitbart News"
	}
	return mention{}
}

// afterQuoteCue reports whether st, found after the quote that opens its
// sentence and the quote's own cue, is a statement of its own: no
// participle with a bare object ("“…,” Trump said, repeating a common
// line").
func (a *article) afterQuoteCue(st statement) bool {
	comp := st.first > 0 && a.isWord(st.first-1) && a.p.Complementizers[a.d.Toks[st.first-1].Lower]
	return comp || !a.p.ParticipleWord(a.d.Toks[st.f.cue.first].Lower)
}

// statementIn finds the reported statement of tokens first to end, by the
// first pattern that matches.
func (a *article) statementIn(first, end int) (statement, bool) {
	for _, find := range []func(int, int) (statement, bool){a.narrativeClause, a.accordingClause, a.cueAfterClause, a.interjectedClause, a.cueBeforeClause, a.evidenceClause} {
		if st, ok := find(first, end); ok && a.clauseOK(&st) {
			return st, true
		}
	}
	return statement{}, false
}

// contentEnd drops the final punctuation and closing marks of a sentence.
func (a *article) contentEnd(first, last int) int {
	for last > first && a.isPunct(last-1) && !a.inQuote[last-1] && !a.isPunct(last-1, "%", "$", "€", "£") &&
		!(a.isPunct(last-1, ")", "]") && a.opened(first+1, last-1)) {
		last-- // but "à 7,3 %" and "(R-Ohio)" end the clause
	}
	return last
}

// opened reports whether a bracket opens between tokens first and c, the
// one the bracket at c closes (a sentence in brackets opens before first).
func (a *article) opened(first, c int) bool {
	for i := c - 1; i >= first; i-- {
		if a.isPunct(i, "(", "[") {
			return true
		}
	}
	return false
}

// clauseOK keeps a clause of at least three words that does not run into a
// direct quote; quotes wholly inside it make it a mixed statement.
func (a *article) clauseOK(st *statement) bool {
	words, quoted, colon := 0, 0, false
	for i := st.first; i < st.last; i++ {
		switch {
		case a.isPunct(i, ":") && !a.inQuote[i]:
			colon = true
		case !a.isWord(i):
		case a.inQuote[i]:
			quoted++
		default:
			words++
		}
	}
	// three words of the writer's, or a subject of the writer's before
	// quoted words: "said her family “came out of the White House …”"
	// (not "said on Twitter: “…”", which introduces a quote)
	if words < 3 && (words == 0 || colon || a.inQuote[st.first] || words+quoted < 4) || a.opensQuote(st.first) && a.isQuoteStart(st.first) {
		return false
	}
	lo, hi := a.d.Toks[st.first].Start, a.d.Toks[st.last-1].End
	for qi, q := range a.quotes {
		switch {
		case q.Outer.End <= lo || q.Outer.Start >= hi:
		case q.Outer.Start >= lo && q.Outer.End <= hi && a.kind(qi) == models.Partial:
			st.quoted = append(st.quoted, qi)
		default:
			return false // a direct quote, or one that straddles the clause
		}
	}
	return true
}

// isQuoteStart reports whether the clause would open with a whole quote.
func (a *article) isQuoteStart(i int) bool {
	for qi, q := range a.quotes {
		if q.Outer.Start == a.d.Toks[i].Start {
			return a.kind(qi) == models.Direct
		}
	}
	return false
}

// accordingClause: According to X, CLAUSE / CLAUSE, according to X.
func (a *article) accordingClause(first, end int) (statement, bool) {
	if a.isPunct(first, "(") && first+1 < end {
		first++ // "(According to the police, …)"
	}
	for c := first + 1; c < end-3; c++ {
		if a.isPunct(c, ":") && !a.inQuote[c] {
			if _, _, ok := a.p.SourceMarkers.Match(a.d.Toks, c+1); ok {
				first = c + 1 // "And it has not gone unnoticed: According to recent polls, …"
			}
			break
		}
	}
	if a.isWord(first) && a.p.Coordinators[a.d.Toks[first].Lower] {
		first++ // "Mais selon lui, …", "But according to the police, …"
		if a.isPunct(first, ",") {
			first++ // "But, according to the poll, …"
		}
	}
	if _, n, ok := a.p.SourceMarkers.Match(a.d.Toks, first); ok {
		// the source is the first reading followed by a comma: a noun
		// phrase, a proper phrase, or anything up to the comma ("According
		// to the FBI summary, Mills and another aide asked …", where the
		// noun phrase runs on over the names)
		for _, m := range []mention{a.objectAfter(first+n, end), a.properPhrase(first + n), a.markerObject(first+n, end)} {
			if !m.ok() {
				continue
			}
			for c := m.last; c < end && c < m.last+6; c++ {
				if a.isPunct(c, ",") {
					return a.markerSource(statement{first: a.pastApposition(c+1, end), last: a.trailingCue(c+1, end), f: finding{who: m, cue: mention{first, first + n}, rule: "according-to"}})
				}
			}
		}
	}
	if st, ok := a.asClause(first, end); ok {
		return st, true
	}
	if _, n, ok := a.p.OpinionMarkers.Match(a.d.Toks, first); ok {
		m := a.objectAfter(first+n, end)
		if k := first + n; !m.ok() && k+1 < end && a.p.Determiners[a.d.Toks[k].Lower] && a.nameWord(k+1) {
			// a name no list holds, with its article: « Pour le PS, … »
			if nm := a.nameFwd(k+1, end); nm.ok() && a.hasName(nm) {
				m = mention{k, nm.last}
			}
		}
		if m.ok() && a.isPunct(m.last, ",") && (a.hasName(m) || a.sourceHead(a.d.Toks[m.last-1].Lower)) {
			return a.markerSource(statement{first: a.pastApposition(m.last+1, end), last: end, f: finding{who: m, cue: mention{first, first + n}, rule: "according-to"}})
		}
	}
	for j := first + 2; j < end; j++ {
		// after a comma or a dash; with neither, only at the sentence's end
		// ("Clinton leads by 271 delegates according to a count by The
		// Associated Press")
		bare := !a.isPunct(j-1, ",", "—", "–") && a.isWord(j-1) && !a.inQuote[j-1]
		if !a.isPunct(j-1, ",", "—", "–") && !bare {
			continue
		}
		if _, n, ok := a.p.SourceMarkers.Match(a.d.Toks, j); ok {
			if bare && a.p.Prepositions[a.d.Toks[j].Lower] {
				continue // "per": "$10 per head"
			}
			// the source ends before a remark in brackets that closes the
			// sentence: "according to exit polls (a sizable margin)"
			srcEnd := end
			for b := j + n + 1; b < end-1 && a.isPunct(end-1, ")"); b++ {
				if a.isPunct(b, "(") && !a.inQuote[b] {
					srcEnd = b
					break
				}
			}
			m := a.objectAfter(j+n, srcEnd)
			if !m.ok() {
				m = a.markerObject(j+n, srcEnd)
			}
			if a.quoteBetween(first, j) {
				// quoted words are the subject's own: "Le parquet … « prend
				// acte » …, selon un communiqué"
				m = a.documentAuthor(m, first, j)
			} else if m.ok() {
				// a plain clause is the document's, or its author's named
				// after it ("according to a statement from Judicial
				// Watch"), never its own subject's
				if f := a.agent(finding{who: m, cue: mention{j, j + n}}, j+n); f.who.ok() {
					m = f.who
				}
			}
			last := j - 1
			if bare {
				last = j
			}
			if m.ok() && !a.isPunct(m.last, ",") {
				if _, cn, ok := a.p.SourceComplements.Match(a.d.Toks, m.last); ok {
					// "according to a person close to the secretive process,"
					for c := m.last + cn; c < end && c < m.last+cn+8 && !a.inQuote[c]; c++ {
						if a.isPunct(c, ",") {
							m.last = c
							break
						}
						if !a.isWord(c) || a.p.Auxiliaries[a.d.Toks[c].Lower] {
							break
						}
					}
				}
			}
			if m.ok() && a.isPunct(m.last, ",") && m.last+1 < end && a.isWord(m.last+1) && a.p.Coordinators[a.d.Toks[m.last+1].Lower] && j-1 > first+3 {
				// "… by 271 delegates according to a count by the AP, but
				// the race is not over": the clause ends at its source
				return a.markerSource(statement{first: first, last: last, f: finding{who: m, cue: mention{j, j + n}, rule: "according-to"}})
			}
			switch {
			case !m.ok():
			case bare && !(m.last >= end-2 || a.sourceTail(m.last, end)):
			case (m.last >= end-2 || a.complementTail(m.last, end) || a.sourceTail(m.last, end)) && j-1 > first+3:
				// CLAUSE, according to X. / …, according to a person
				// familiar with the talks. / …, according to a new poll
				// that shows more voters …
				return a.markerSource(statement{first: first, last: last, f: finding{who: m, cue: mention{j, j + n}, rule: "according-to"}})
			case bare:
			case a.isPunct(m.last, ","):
				// "The company, according to analysts, lost $2 billion": the
				// statement is the sentence around the attribution
				return a.markerSource(statement{first: first, last: end, f: finding{who: m, cue: mention{j, j + n}, rule: "according-to"}})
			}
		}
	}
	return statement{}, false
}

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

// plural reports whether word token i ends as the language's plurals do
// ("polls", "sondages").
func (a *article) plural(i int) bool {
	w := a.d.Toks[i].Lower
	for _, suf := range a.p.PluralSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
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

// asClause: "As X put it, CLAUSE", "As X noted, CLAUSE", "Comme l'a
// rappelé X, CLAUSE": a cue between the marker and a comma attributes the
// clause after the comma.
func (a *article) asClause(first, end int) (statement, bool) {
	if !a.isWord(first) || !a.p.AsMarkers[a.d.Toks[first].Lower] {
		return statement{}, false
	}
	comma := false // an apposition between the source and its cue
	for j := first + 1; j < end && j < first+16; j++ {
		if a.inQuote[j] || a.boundary(j) {
			break
		}
		if a.isPunct(j, ",") {
			comma = true
		}
		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok {
			continue
		}
		f := finding{cue: mention{j, j + n}, rule: "according-to"}
		after := j + n
		switch m := a.subjectBefore(j, first+1); {
		case ph.Pronoun != "" && !comma:
			f.embedded = ph.Pronoun
		case m.ok() && (m.first == first+1 || a.possessorBefore(first+1, m.first)):
			f.who = m // As Trump noted, / As Tom Ridge, a former secretary, put it, / As Purple PAC's Crane said,
		case !comma && a.isWord(after) && a.p.PassiveAgents[a.d.Toks[after].Lower]:
			f.who = a.invertedSource(after+1, end) // As reported by Western Journalism,
			after = f.who.last
		case !comma:
			f.who = a.invertedSource(after, end) // Comme l'a rappelé la Cour des comptes
			after = f.who.last
		}
		if f.embedded == "" && !f.who.ok() {
			return statement{}, false
		}
		// "put it", "l'a dit": an object pronoun, then a place or a document
		// ("dans son dernier rapport") before the comma
		for c := after; c < end && c < after+8; c++ {
			if a.isPunct(c, ",") {
				if c+1 < end {
					return statement{first: c + 1, last: end, f: f}, true
				}
				break
			}
			if !a.isWord(c) || a.inQuote[c] {
				break
			}
		}
		return statement{}, false
	}
	return statement{}, false
}

// nounOpens reports whether a noun phrase opens at token i: a
// determiner, or a capitalised word that is no function word and no
// adverb ("Inflation, she noted, …", "His wife, he says, …"; not "At one
// point, she said, …" nor "Sometimes, they say, …").
func (a *article) nounOpens(i int) bool {
	if !a.isWord(i) {
		return false
	}
	w := a.d.Toks[i].Lower
	if a.p.Determiners[w] || a.p.PossessiveDeterminers[w] != "" {
		return true
	}
	return a.d.Toks[i].Cap && !a.p.Stopwords[w] && !a.p.VerbModifiers[w] && !a.adverb(i) && !a.p.Prepositions[w] && !a.p.CuePrepositions[w]
}

// trailingCue returns where a clause from token k ends before a cue that
// closes the sentence with its inverted source ("…, a fait savoir un
// politologue"), or end.
func (a *article) trailingCue(k, end int) int {
	for c := end - 2; c > k+2 && c > end-12; c-- {
		if !a.isPunct(c, ",") || a.inQuote[c] {
			continue
		}
		if ph, n, ok := a.verbAt(c+1, a.p.SpeechVerbs); ok && !a.p.IsParticiple(ph) && ph.Pronoun == "" {
			if m := a.invertedSource(c+1+n, end); m.ok() && m.last >= end-1 {
				return c
			}
		}
	}
	return end
}

// possessorBefore reports whether tokens i to j are a possessor, a name
// or a description and its possessive ("Purple PAC's").
func (a *article) possessorBefore(i, j int) bool {
	if j-i < 2 || j-i > 6 || !a.possessive(j-1) {
		return false
	}
	for k := i; k < j-1; k++ {
		if !a.isWord(k) || a.inQuote[k] {
			return false
		}
	}
	return true
}

// markerSource checks the source a marker gives a statement: none when
// it is the writer's ("selon nos informations"); a stressed pronoun
// ("selon lui", "according to her") becomes the subject pronoun it stands
// for, so that it resolves as one.
func (a *article) markerSource(st statement) (statement, bool) {
	m := st.f.who
	if !m.ok() || !a.isWord(m.first) {
		return st, true
	}
	w := a.d.Toks[m.first].Lower
	if a.p.NarratorPossessives[w] {
		return statement{}, false
	}
	if pr := a.p.StressedPronouns[w]; pr != "" && m.last-m.first == 1 {
		st.f.embedded, st.f.who = pr, mention{}
		st.f.cue.last = m.last
	}
	return st, true
}

// markerObject reads whatever noun phrase follows a source marker up to
// a comma or the end of the sentence, when the pack knows none of its
// words as a source: "according to data from the Department of
// Education", "according to the results". A phrase of more than 19
// tokens, or one with a verb of its own, is none.
func (a *article) markerObject(k, end int) mention {
	for i := k; i < end && i < k+20; i++ {
		switch {
		case a.isPunct(i, ","):
			if i == k {
				return mention{}
			}
			return mention{k, i}
		case !a.isWord(i) && !a.isPunct(i, "-", "'", "’", ".", "/", "&"), a.p.Auxiliaries[a.d.Toks[i].Lower], a.p.Complementizers[a.d.Toks[i].Lower]:
			return mention{}
		}
		if i == end-1 {
			return mention{k, end}
		}
	}
	return mention{}
}

// asideEnd returns where the statement starts after an aside that opens
// at token c, read from token from: past the comma that closes it within
// fifteen tokens, or c when no comma does before a quote or the end of
// the clause.
func (a *article) asideEnd(c, from, end int) int {
	for k := from; k+1 < end && k < c+15; k++ {
		if a.isPunct(k, ",") {
			return k + 1
		}
		if a.inQuote[k] || a.boundary(k) {
			break
		}
	}
	return c
}

// pastApposition returns where the statement after "selon X," or "pour
// X," starts: past a role set between commas after the source ("Pour
// Marine Dupuis, politologue à Sciences Po, « … »"), else at c.
func (a *article) pastApposition(c, end int) int {
	if a.isWord(c) && a.p.RelativePronouns[a.d.Toks[c].Lower] {
		// a relative clause about the source: "Pour le parquet, qui avait
		// requis trois ans, la responsabilité …"
		return a.asideEnd(c, c+1, end)
	}
	ag := c + 1
	for ag < end && ag < c+3 && a.isWord(ag) && a.p.CueFillers[a.d.Toks[ag].Lower] && !a.p.PassiveAgents[a.d.Toks[ag].Lower] {
		ag++ // « publié mardi par »
	}
	if a.isWord(c) && !a.d.Toks[c].Cap && a.isWord(ag) && a.p.PassiveAgents[a.d.Toks[ag].Lower] {
		// a participle and its agent: "According to the review, prepared
		// by the engineering firm Halvorsen & Birch, …"
		return a.asideEnd(c, ag+1, end)
	}
	if a.isWord(c) && a.p.InterviewParticiples[a.d.Toks[c].Lower] {
		// how the source was heard: "Pour X, interrogé par France Info, …"
		for k := c + 1; k+1 < end && k < c+8; k++ {
			if a.isPunct(k, ",") {
				return k + 1
			}
			if !a.isWord(k) && !a.isPunct(k, "'", "’", "-", ".") {
				break
			}
		}
		return c
	}
	h := c
	if a.isWord(h) && a.p.Determiners[a.d.Toks[h].Lower] {
		h++
	}
	if !a.isWord(h) || a.d.Toks[h].Cap {
		return c
	}
	if w := a.d.Toks[h].Lower; !a.sourceHead(w) && !a.p.AnaphoricNouns[w] {
		// any short phrase before a quotation: "Pour X, à l'origine de la
		// pétition, « … »"
		for k := h + 1; k < end && k < c+10; k++ {
			if a.isPunct(k, ",") {
				if a.opensQuote(k+1) && !a.finiteClause(c, k) {
					return k + 1
				}
				return c
			}
			if !a.isWord(k) {
				return c
			}
		}
		return c
	}
	for k := h + 1; k < end && k < c+10; k++ {
		switch {
		case a.opensQuote(k) || a.boundary(k):
			return c
		case a.isPunct(k, ","):
			if a.finiteClause(c, k) || k+1 >= end {
				return c
			}
			return k + 1
		}
	}
	return c
}

// sourceTail reports whether tokens i to end, after the source of a
// final "according to", only describe it: no comma, no quote, no more
// than 25 words ("…, according to three intelligence sources who spoke to
// Fox News"), then at most a remark in brackets or a quoted title that
// closes the sentence ("according to exit polls (a sizable margin, …)",
// "according to his book “The Art of the Deal.”").
func (a *article) sourceTail(i, end int) bool {
	if end-i > 25 {
		return false
	}
	for k := i; k < end; k++ {
		switch {
		case a.isPunct(k, "(") && a.isPunct(end-1, ")") && !a.inQuote[k]:
			return true
		case a.inQuote[k] && k > 0 && a.quoteTo(k, end):
			return true
		case a.isPunct(k, ",", ";", ":") || a.inQuote[k]:
			return false
		}
	}
	return true
}

// quoteTo reports whether tokens k to end lie in one quoted passage that
// opens at k.
func (a *article) quoteTo(k, end int) bool {
	for _, q := range a.quotes {
		if q.Outer.Start <= a.d.Toks[k].Start && q.Outer.Start >= a.d.Toks[k-1].End {
			return q.Outer.End >= a.d.Toks[end-1].End
		}
	}
	return false
}

// complementTail reports whether tokens i to end only complement a source
// read just before them: "familiar with the talks", "close to the
// campaign" — a short phrase from the pack's source complements.
func (a *article) complementTail(i, end int) bool {
	if end-i > 7 {
		return false
	}
	_, n, ok := a.p.SourceComplements.Match(a.d.Toks, i)
	if !ok && i > 0 { // its first word may close the source: "a person familiar"
		i--
		_, n, ok = a.p.SourceComplements.Match(a.d.Toks, i)
	}
	if !ok {
		return false
	}
	for k := i + n; k < end; k++ {
		if !a.isWord(k) {
			return false
		}
	}
	return true
}

// cueAfterClause: CLAUSE, X said. / CLAUSE, said X. / CLAUSE, a-t-il dit.
func (a *article) cueAfterClause(first, end int) (statement, bool) {
	for c := end - 1; c >= first+3 && c > end-40; c-- {
		if !a.isPunct(c, ",") {
			continue
		}
		if _, n, ok := a.p.SideMarkers.Match(a.d.Toks, first); ok {
			if m := a.objectAfter(first+n, c); m.ok() && m.first == first+n && m.last == c {
				break // "Du côté du patronat, on se félicite": whose side, not a clause
			}
		}
		k := c + 1
		for j := k; j < end && j < k+6; j++ {
			ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
			if !ok && j > k {
				// a belief or a finding after its subject: "…, court
				// records show", "…, analysts believe"
				ph, n, ok = a.verbAt(j, a.p.CognitionVerbs)
			}
			if !ok || a.p.QuestionVerbs[a.d.Toks[j].Lower] || a.p.NounCues[a.d.Toks[j+n-1].Lower] && a.nextCue(j+n) {
				continue // (and "…, a United Nations report said": "report" is a noun)
			}
			f := finding{cue: mention{j, j + n}, rule: "cue-after"}
			switch {
			case j == k && ph.Pronoun != "":
				f.embedded = ph.Pronoun
				f = a.agent(f, j+n) // "…, a-t-on appris auprès des pompiers"
			case j == k && a.p.AddresseeVerbs[a.d.Toks[j+n-1].Lower]:
				// ", a appelé les autorités à …": a listener, not a source
				return statement{}, false
			case j == k && (a.p.CuePrepositions[a.d.Toks[j+n-1].Lower] || a.p.Prepositions[a.d.Toks[j+n-1].Lower]):
				// "…, wrote on X": the place it was written, not a source
				return statement{}, false
			case j == k && a.subjectApposition(first, c):
				// "La FNSEA, premier syndicat agricole, soutient le
				// mouvement": a subject and its apposition, no clause
				return statement{}, false
			case j == k && a.subjectAside(first, c):
				// "Les riverains, eux, dénoncent …", "Les États-Unis, de leur
				// côté, ont promis …": a subject and an aside, no clause
				return statement{}, false
			case j == k:
				f.who = a.invertedSource(j+n, end)
				if _, pro := a.pronoun(f.who.first); pro && f.who.ok() && f.who.last < end {
					// "X, Y, said it would appeal": a subject, not an inverted source
					return statement{}, false
				}
				if f.who.ok() && !a.hasName(f.who) && a.typeOf(f.who, false) == models.Unknown {
					// "X and Y, a professor, wrote an assessment": an object,
					// not a source
					return statement{}, false
				}
			default:
				if m := a.subjectBefore(j, k); m.ok() && m.first == k {
					f.who = m
				} else if m.ok() && (a.adjectivesBefore(k, m.first) || a.coordinatedBefore(k, m.first)) {
					// "…, the nonpartisan Congressional Budget Office said",
					// "…, teachers and union officials told POLITICO"
					f.who = mention{k, m.last}
				}
			}
			if a.isWord(k) && a.p.RelativePronouns[a.d.Toks[k].Lower] {
				break // ", who said he …": a relative clause, not a cue after a clause
			}
			if f.embedded == "" && !f.who.ok() {
				return statement{}, false
			}
			// the cue and its source end the sentence, an apposition aside:
			// nothing quoted after them and no clause of their own
			// the cue and its source end the sentence, a prepositional or
			// time phrase aside ("…, she said on Tuesday"), never a clause
			// of their own ("…, she said he had her vote")
			tail := max(f.cue.last, f.who.last)
			if tail == f.cue.last && a.p.AddresseeVerbs[a.d.Toks[tail-1].Lower] {
				// the listener after "told": "…, a Cairo airport official
				// told The New York Times."
				tail = a.listenerEnd(tail, end)
			}
			// a relative clause may describe the source: "…, said a handful
			// of Democrats who point to his relationships with unions"
			relative := tail < end && tail == f.who.last && a.isWord(tail) && a.p.RelativePronouns[a.d.Toks[tail].Lower] && a.sourceTail(tail, end)
			// (or a time phrase: "…, the university reported last week")
			if tail < end && !relative && !a.isPunct(tail, ",") && (end-tail > 5 || !a.isWord(tail) || !a.p.CueFillers[a.d.Toks[tail].Lower]) &&
				a.timeBefore(end-1, tail-1) != tail-1 {
				return statement{}, false
			}
			// "If the law conflicts, Rubio said, Christians must …": a
			// subject and its cue between commas before a clause are an
			// interjected cue; the statement is what follows
			if j > k && tail == f.cue.last && end-tail-1 >= 3 && a.isPunct(tail, ",") && !a.participlePhrase(tail+1) && !a.subordinator(tail+1) {
				return statement{}, false
			}
			for t := k; t < end; t++ {
				if a.inQuote[t] {
					return statement{}, false
				}
			}
			if a.subordinateBefore(first, c) {
				// "…, and when Rubio thanked Miami …, a man yelled at him":
				// an adverbial clause, not what the source said
				return statement{}, false
			}
			if a.isWord(first) && (a.p.Prepositions[a.d.Toks[first].Lower] || a.p.CuePrepositions[a.d.Toks[first].Lower]) && !a.commaIn(first, c) && !a.finiteClause(first, c) {
				// "At a rally that night in Macon, Trump called …": a
				// phrase of time or place opens the sentence, no clause
				return statement{}, false
			}
			return statement{first: first, last: c, f: f}, true
		}
		// no cue after this comma: an apposition ("…, said X, a scientist"); look further back
	}
	return statement{}, false
}

// commaAfter returns the first comma after token j, outside quotes and
// before end, or -1.
func (a *article) commaAfter(j, end int) int {
	for c := j + 1; c < end; c++ {
		if a.isPunct(c, ",") && !a.inQuote[c] {
			return c
		}
	}
	return -1
}

// subordinateBefore reports whether the last comma-separated part of
// tokens first to c opens, past coordinators, with a subordinator.
func (a *article) subordinateBefore(first, c int) bool {
	k := first
	for i := c - 1; i > first; i-- {
		if a.isPunct(i, ",") {
			k = i + 1
			break
		}
	}
	for k < c && a.isWord(k) && a.p.Coordinators[a.d.Toks[k].Lower] {
		k++
	}
	return k < c && a.isWord(k) && a.p.Subordinators[a.d.Toks[k].Lower]
}

// openingSubordinate reports whether the cue at token j stands in a
// subordinate clause that comes before its sentence's main clause: "In a
// debate, while his rivals called for …, Trump …", not "It was a blow,
// as Clinton echoed the criticism, saying …".
func (a *article) openingSubordinate(first, j int) bool {
	if !a.subordinateBefore(first, j) {
		return false
	}
	k := first
	for i := j - 1; i > first; i-- {
		if a.isPunct(i, ",") {
			k = i
			break
		}
	}
	return !a.finiteClause(first, k)
}

// interjectedClause: "Otherwise, she said, countries may …", "It is no
// surprise, Mr. Garin said, that …": a cue between commas in the middle
// of the sentence; the statement is what follows it.
func (a *article) interjectedClause(first, end int) (statement, bool) {
	for c := first + 1; c < end-4; c++ {
		if !a.isPunct(c, ",") {
			continue
		}
		// ", SUBJ said," or ", said SUBJ,"
		for j := c + 1; j < c+9 && j < end; j++ {
			if a.isPunct(j, ",") {
				break
			}
			ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
			if !ok && j > c+1 {
				ph, n, ok = a.verbAt(j, a.p.CognitionVerbs) // ", the department estimates,"
			}
			if !ok || a.p.QuestionVerbs[a.d.Toks[j].Lower] {
				continue
			}
			f := finding{cue: mention{j, j + n}, rule: "cue-after"}
			after := j + n
			switch {
			case ph.Pronoun != "":
				f.embedded = ph.Pronoun
			case j == c+1:
				f.who = a.objectAfter(after, end)
				after = f.who.last
			default:
				if m := a.subjectBefore(j, c+1); m.ok() && m.first == c+1 {
					f.who = m
				}
			}
			if (f.embedded == "" && !f.who.ok()) || !a.isPunct(after, ",") {
				return statement{}, false
			}
			k := after + 1
			if k < end && a.isWord(k) && a.p.Complementizers[a.d.Toks[k].Lower] {
				k++
			}
			if j == c+1 && a.appositionAt(k, end) {
				// ", said Robert Egge, executive director of …, whose …":
				// the source's apposition, not a clause after the cue
				return statement{}, false
			}
			if w := a.d.Toks[min(k, end-1)].Lower; k < end && a.isWord(k) && (a.p.Prepositions[w] || a.p.CuePrepositions[w]) && !a.p.InfinitiveMarkers[w] &&
				end-k < 8 && a.commaAfter(k, end) < 0 && !a.finiteClause(k, end) {
				// "« … », a-t-il prévenu, autour de 0,8 %": a phrase that
				// completes the quote, no claim of its own (but "he argued,
				// to help stabilize Ukraine": an infinitive's purpose)
				return statement{}, false
			}
			if k < end && a.isWord(k) && a.p.RelativePronouns[a.d.Toks[k].Lower] && a.commaAfter(k, end) < 0 {
				// "…, assure l'agence, qui invoque …": a relative clause
				// about the source that ends the sentence, not what it
				// says (but "And Trump, said Sunshine, who remains
				// friendly with him, doesn't forgive")
				return statement{}, false
			}
			if a.phraseComplementizer(k, end) > 0 {
				// "…, le ministre a indiqué, dans une déclaration à l'APS,
				// que …": the cue's own phrase, then its clause (read as a
				// cue before its clause)
				return statement{}, false
			}
			if c-first <= 3 && !a.finiteClause(first, c) && k < end && a.nounOpens(first) && a.isWord(k) && !a.p.Complementizers[a.d.Toks[k].Lower] {
				// a short subject, then the cue: "Inflation, she noted,
				// remains above the target" — the sentence around the cue
				return statement{first: first, last: end, f: f}, true
			}
			if a.participlePhrase(k) || a.isWord(k) && a.p.Subordinators[a.d.Toks[k].Lower] && c-first > 3 {
				// "Sales were great, he said, wiping his face", "Power was
				// out, officials said, as crews struggled …": the
				// statement is before the cue
				return statement{first: first, last: c, f: f}, true
			}
			return statement{first: k, last: end, f: f}, true
		}
	}
	return statement{}, false
}

// documentAuthor returns, for a document with no author named after a
// marker at token j, the subject of the sentence opening at first: "Le
// parquet … « prend acte » de la décision, selon un communiqué"; any
// other source m is returned as it is.
func (a *article) documentAuthor(m mention, first, j int) mention {
	if !m.ok() || a.typeOf(m, false) != models.Document {
		return m
	}
	if s := a.firstSubject(first); s.ok() && s.last < j && a.typeOf(s, false) != models.Document && !a.isPronounMention(s) {
		return s
	}
	return m
}

// coordinator returns the coordinator before the cue at token j, adverbs
// aside ("She blamed the violence on him and later said …"), or -1.
func (a *article) coordinator(j, first int) int {
	c := j - 1
	for c > first && a.isWord(c) && (a.p.VerbModifiers[a.d.Toks[c].Lower] || a.adverb(c)) {
		c--
	}
	if c > first && a.isWord(c) && a.p.Coordinators[a.d.Toks[c].Lower] {
		return c
	}
	return -1
}

// coordinatedClause returns where the clause that holds coordinator c
// opens: after the last comma and coordinator before it ("…, and the
// league denounced the rhetoric and said …"), else first.
func (a *article) coordinatedClause(first, c int) int {
	for t := c - 2; t > first; t-- {
		if a.inQuote[t] {
			continue
		}
		if (a.isPunct(t, ",") || a.isPunct(t, ";")) && a.isWord(t+1) && a.p.Coordinators[a.d.Toks[t+1].Lower] {
			if t+2 < c && a.subordinator(t+2) {
				return t + 3 // "…, and when the mayor thanked the nurses and said …"
			}
			return t + 2
		}
	}
	return first
}

// firstSubject reads the subject of a sentence's first verb: a name
// opening the sentence ("Donald Trump, her opponent, bemoaned …"), else
// the sentence's subject cut after its head.
func (a *article) firstSubject(first int) mention {
	k := a.afterDateline(first)
	if m := a.objectAfter(k, a.clauseEnd(k)); m.ok() && m.first == k && a.hasName(m) {
		return m
	}
	return a.headed(a.sentenceSubject(first))
}

// headed cuts m after its last name, pronoun or source word ("The
// company runs" → "The company"); without one it is no source.
func (a *article) headed(m mention) mention {
	last := -1
	// within the first run of words: "Donald Trump, her opponent," is
	// headed by Trump, not by her
	for i := m.first; i < m.last && a.isWord(i); i++ {
		if _, pro := a.pronoun(i); pro || a.nameWord(i) || a.sourceHead(a.d.Toks[i].Lower) {
			last = i
		}
	}
	if last < 0 {
		return mention{}
	}
	return mention{m.first, last + 1}
}

// participlePhrase reports whether token k opens a participle phrase
// ("wiping his face", "adding that …").
func (a *article) participlePhrase(k int) bool {
	return a.isWord(k) && !a.d.Toks[k].Cap && a.p.ParticipleWord(a.d.Toks[k].Lower)
}

// narrativeClause: a narrative infinitive and its clause, with the source
// of the sentence before: « Et d'ajouter que CLAUSE ».
func (a *article) narrativeClause(first, end int) (statement, bool) {
	cue, ok := a.narrativeCue(first, end)
	if !ok {
		return statement{}, false
	}
	comp := -1
	for c := cue.last; c < end && c < cue.last+6 && !a.inQuote[c]; c++ {
		if a.isWord(c) && a.p.Complementizers[a.d.Toks[c].Lower] {
			comp = c
			break
		}
	}
	if comp < 0 {
		return statement{}, false
	}
	f, ok := a.narrativeSource(first)
	if !ok {
		return statement{}, false
	}
	if !f.who.ok() { // a quote's source
		prev := a.found[f.from]
		f = finding{who: prev.who, embedded: prev.embedded}
	}
	f.cue, f.rule = cue, "narrative"
	return statement{first: comp + 1, last: end, f: f}, true
}

// restrictiveQue reports whether the complementizer at token comp, after
// the cue at token j, closes a negation's particle before the cue with no
// negation adverb between: « ne s'est exprimée qu'en de rares occasions »
// is "only", not "that".
func (a *article) restrictiveQue(j, comp int) bool {
	neg := false
	for i := max(j-3, 0); i < j; i++ {
		neg = neg || a.isWord(i) && a.p.Negations[a.d.Toks[i].Lower]
	}
	if !neg {
		return false
	}
	for i := j; i < comp; i++ {
		if a.isWord(i) && a.p.NegationAdverbs[a.d.Toks[i].Lower] {
			return false
		}
	}
	return true
}

// cueBeforeClause: X said (that) CLAUSE / X told reporters that CLAUSE.
func (a *article) cueBeforeClause(first, end int) (statement, bool) {
	return a.cueBeforeFrom(first, first, end, mention{})
}

// cueBeforeFrom is cueBeforeClause with the cue looked for from token
// from on, its subject anywhere from first.
func (a *article) cueBeforeFrom(first, from, end int, prevWho mention) (statement, bool) {
	// prevWho is the subject of the last cue read in a main clause (given
	// for the cue of a quote that opens the sentence)
	for j := from; j < end-3; j++ {
		if a.inQuote[j] {
			continue
		}

		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		cognition := false
		if !ok {
			ph, n, ok = a.verbAt(j, a.p.CognitionVerbs)
			cognition = ok
		}
		if !ok || a.p.QuestionVerbs[a.d.Toks[j].Lower] {
			continue
		}
		if a.isWord(j-1) && a.p.InfinitiveMarkers[a.d.Toks[j-1].Lower] {
			continue // "to say", "is said to be"
		}
		if prev := a.d.Toks[max(j-1, 0)].Lower; a.p.ParticipleWord(a.d.Toks[j].Lower) && a.isWord(j-1) &&
			(a.p.Determiners[prev] || a.p.PossessiveDeterminers[prev] != "") {
			continue // "her speaking fees": an adjective
		}
		if a.possessive(j-1) && !a.isPronoun(j-2) {
			continue // "Lopez's show was cancelled": a noun (but "he's predicting")
		}
		if w := a.d.Toks[max(j-1, 0)].Lower; n == 1 && a.isWord(j-1) && a.p.Determiners[w] && !a.d.Toks[j-1].Cap &&
			a.p.PossessiveDeterminers[w] == "" && !a.p.QuantifierSubjects[w] {
			continue // "the hope that …", "a report that …": a noun (not "her claim that …", "many said")
		}
		if j == first && a.p.IsParticiple(ph) {
			continue // "Speaking on radio last week, Kiedis said …": an opening phrase
		}
		if a.p.NounCues[a.d.Toks[j+n-1].Lower] && a.nextCue(j+n) {
			continue // "a United Nations report said": a noun before the cue
		}
		if j > 0 && a.isWord(j-1) && a.p.Auxiliaries[a.d.Toks[j-1].Lower] && a.isWord(j+n) && a.p.AgentMarkers[a.d.Toks[j+n].Lower] {
			continue // "was confirmed by the Eagle Forum": a passive
		}
		if w := a.d.Toks[min(j+n, len(a.d.Toks)-1)].Lower; a.isWord(j+n) && a.p.InfinitiveMarkers[w] && !(a.p.CuePrepositions[w] && a.listenerThen(j+n+1, end)) &&
			!(a.p.CommitmentVerbs[a.d.Toks[j+n-1].Lower] && a.commitment(j+n, end) > 0) {
			continue // "is said to be", "responded to", but "a déclaré à l'AFP que", "said to reporters that", "vowed to repeal"
		}
		f := finding{cue: mention{j, j + n}, rule: "cue-before"}
		sj := a.asideBefore(j, first) // the subject stands before an aside
		if ph.Pronoun != "" {
			f.embedded = ph.Pronoun
		} else if m := a.participleClauseSubject(ph, j, first, prevWho); m.ok() {
			// ", saying …": the main clause's subject, not an apposition
			// before the comma ("… his rival, Hillary Clinton, saying …")
			f.who = m
		} else if m := a.subjectBefore(sj, first); m.ok() && !a.quoteBetween(m.last, sj) {
			if m.last-m.first == 1 && a.p.NarratorPronouns[a.d.Toks[m.first].Lower] {
				continue // "I think …": the writer's opinion
			}
			f.who = a.participleSubject(ph, m, first)
		} else if m := a.sentenceSubject(first); a.isPunct(j-1, ",") && m.ok() {
			f.who = m // ", saying …": the subject opens the sentence
		} else if m := a.firstSubject(a.coordinatedClause(first, a.coordinator(j, first))); a.coordinator(j, first) >= 0 && (m.ok() && m.last < j || prevWho.ok()) {
			// "… and said …": the subject of the first verb, or of the
			// cue before
			if f.who = m; !m.ok() || m.last >= j {
				f.who = prevWho
			}
		} else if m := a.nounSubject(sj, first); m.ok() {
			f.who = a.participleSubject(ph, m, first) // "many backers privately say that …"
		} else if m := a.shareSubject(j, first); m.ok() {
			f.who = m // "About 4 in 10 say …"
		} else {
			continue
		}
		if f.who.ok() && !a.openingSubordinate(first, j) {
			// (not of a subordinate clause before the main one: "while his
			// rivals called for …, Trump hewed …, noting …")
			prevWho = f.who
		}
		k := j + n
		if n > 1 && a.p.Complementizers[a.d.Toks[k-1].Lower] {
			k-- // a cue that ends in its complementizer ("added that"): read it as one
		}
		// the clause opens after a complementizer, within a short object
		// ("told reporters that", "a affirmé mardi que")
		comp := -1
		reach := k + 5
		if a.isWord(k) && (a.p.CuePrepositions[a.d.Toks[k].Lower] || a.p.Prepositions[a.d.Toks[k].Lower]) {
			reach = k + 9 // "said at a Saturday rally in Texas that", "acknowledged for the first time Friday that"
		}
		if a.p.AddresseeVerbs[a.d.Toks[j+n-1].Lower] {
			// "told a Senate panel on Wednesday that", "told a crowded hall
			// at a hotel in downtown Baltimore that"
			l := a.listenerEnd(k, end)
			reach = max(reach, l+6)
			if l < end && a.isWord(l) && (a.p.CuePrepositions[a.d.Toks[l].Lower] || a.p.Prepositions[a.d.Toks[l].Lower]) {
				reach = max(reach, l+9)
			}
		}
		if c := a.phraseComplementizer(k, end); a.isPunct(k, ",") && c > 0 {
			k, reach = c, c+1 // a phrase between commas: "estime, dans un entretien au Figaro, que …"
		}
		if a.isPunct(k, ",") && k+1 < end && a.isWord(k+1) && !a.inQuote[k+1] && a.p.BareClauseVerbs[a.d.Toks[j+n-1].Lower] &&
			f.who.ok() && !a.commaIn(a.sentFirst(j), j) && (a.hasName(f.who) || a.isPronounMention(f.who) || a.p.Determiners[a.d.Toks[f.who.first].Lower]) &&
			!a.p.Coordinators[a.d.Toks[k+1].Lower] && !a.p.RelativePronouns[a.d.Toks[k+1].Lower] && !a.p.Complementizers[a.d.Toks[k+1].Lower] &&
			!a.participlePhrase(k+1) && !a.isPunct(k+2, ",") && a.finiteClause(k+1, min(end, k+25)) {
			// a clause after a comma: "says, win or lose in Florida, he is
			// staying in the race" (not a cue set between commas: "…,
			// many think, is only a matter of time")
			k++
		}
		infinitive := -1 // where a promise's infinitive opens
		if a.p.CommitmentVerbs[a.d.Toks[j+n-1].Lower] && a.isWord(k) {
			if infinitive = a.commitment(k, end); infinitive > 0 || a.p.Determiners[a.d.Toks[k].Lower] {
				reach = k // "vowed to veto the bill that …": the promise; "threatens the work that …": a relative clause
			}
		}
		for c := k; c < end && c < reach && (a.isWord(c) || a.isPunct(c, ".") && !a.final(c)); c++ {
			if a.p.Complementizers[a.d.Toks[c].Lower] {
				comp = c
				break
			}
		}
		if comp >= 0 && a.restrictiveQue(j, comp) {
			continue // « ne s'est exprimée qu'en de rares occasions »: only, not that
		}
		switch {
		case comp >= 0:
			k = comp + 1
			if a.isPunct(k, ",") && k+1 < end && a.isWord(k+1) {
				k++ // "added that, in Wisconsin, Trump's coalition …"
			}
		case !cognition && a.infinitiveClaim(k):
			// "affirme avoir repoussé une attaque": the claim is the infinitive
		case !cognition && infinitive > 0:
			// "vowed Monday to repeal the law", « a promis de supprimer … »:
			// the promise, from its infinitive's marker
			k = infinitive
		case a.p.ObjectVerbs[a.d.Toks[j+n-1].Lower] || a.p.ClauseNeedsComplementizer:
			continue
		case a.restrictive(j, first) && (!a.p.BareClauseVerbs[a.d.Toks[j+n-1].Lower] && !a.subjectPronoun(mention{k, k + 1}) ||
			a.isWord(k) && a.p.Prepositions[a.d.Toks[k].Lower]):
			// "voters who say the law is …", but "experts who have
			// found no evidence", "an aide who spoke with reporters",
			// "a governor who argued with her"
			continue
		default:
			if a.p.AddresseeVerbs[a.d.Toks[j+n-1].Lower] {
				// the listener first: "told reporters the deficit had
				// halved"; "told The New York Times." reports no clause
				k = a.listenerEnd(k, end)
				// what follows the listener must open a clause: "told Jeb
				// Bush to quiet down", "reminded voters of …", "told them
				// when to …" report none
				if w := a.d.Toks[min(k, end-1)].Lower; k < end && a.isWord(k) && (a.p.Prepositions[w] ||
					a.p.CuePrepositions[w] || a.p.Coordinators[w] || a.p.Subordinators[w]) {
					continue
				}
			}
			// time words and adverbs ("said Tuesday the …"), never a
			// preposition: "testified on terrorism" reports no clause
			// nor a time that owns what follows: "said Thursday's speeches …"
			for k < end && a.isWord(k) && (a.p.CueFillers[a.d.Toks[k].Lower] && !a.p.CuePrepositions[a.d.Toks[k].Lower] ||
				a.p.VerbModifiers[a.d.Toks[k].Lower]) && !a.possessive(k+1) {
				k++
			}
		}
		if k >= end || !a.isWord(k) && !a.opensQuote(k) {
			continue
		}
		if comp < 0 && a.adverb(k) && k+1 < end {
			k++ // "said pleasantly into the phone"
		}
		if comp < 0 && a.isWord(k) && a.p.AsMarkers[a.d.Toks[k].Lower] {
			continue // "responded as if he had been hurt": no clause of its own (but "says if elected …")
		}
		// a cue in a subordinate clause ("While not everything Trump says
		// is true, Jamieson said …", "…, and when the mayor said the
		// hospital would stay open, a man …") reports no further than
		// the clause's comma
		last := end
		relative := a.relativeCue(j, first)
		if c := a.commaAfter(j, end); c > 0 && (a.subordinateBefore(first, j) || relative) {
			last = c
		}
		if relative && comp < 0 && (a.isWord(j-1) && a.p.PassiveAuxiliaries[a.d.Toks[j-1].Lower] ||
			a.p.CuePrepositions[a.d.Toks[k].Lower] || a.p.Prepositions[a.d.Toks[k].Lower]) {
			// "who was declared the winner", "who spoke on condition of
			// anonymity": no clause
			continue
		}
		if comp < 0 && k != infinitive && (cognition || a.participleStop(k, last)-k < 8) && (a.p.CuePrepositions[a.d.Toks[k].Lower] || a.p.Prepositions[a.d.Toks[k].Lower]) {
			// "spoke in Jackson Hole", "said into the phone", "spoke for an
			// hour, calling …": a place or a time, not a clause; "worried
			// about China's power": an object, not a clause
			continue
		}
		if k >= last {
			continue
		}
		return statement{first: k, last: a.participleStop(k, last), f: f}, true
	}
	return statement{}, false
}

// sentFirst returns the first token of the sentence that holds token j.
func (a *article) sentFirst(j int) int {
	first, _ := a.d.sentToks(a.d.sentOf(a.d.Toks[j].Start))
	return first
}

// appositionAt reports whether a description of a person — a title
// among its first four words, no verb of its own — opens at token k and
// runs to a comma or end: "executive director of the Alzheimer's Impact
// Movement, whose …".
func (a *article) appositionAt(k, end int) bool {
	c := k
	for c < end && !a.isPunct(c, ",") {
		c++
	}
	if c == k || a.finiteClause(k, c) || a.quoteBetween(k, c) {
		return false
	}
	title := false
	for i := k; i < c; i++ {
		if _, _, ok := a.verbAt(i, a.p.SpeechVerbs); ok {
			return false
		}
		title = title || i < k+4 && a.roleWord(i)
	}
	return title
}

// adjectivesBefore reports whether tokens k to n are an article and
// lower-case words before a name: the "the nonpartisan" of "the
// nonpartisan Congressional Budget Office".
func (a *article) adjectivesBefore(k, n int) bool {
	if n-k < 2 || n-k > 4 || !a.isWord(k) || !a.article(k) {
		return false
	}
	for i := k + 1; i < n; i++ {
		if !a.isWord(i) || a.d.Toks[i].Cap || a.p.Stopwords[a.d.Toks[i].Lower] || a.p.Auxiliaries[a.d.Toks[i].Lower] {
			return false
		}
		if _, _, ok := a.verbAt(i, a.p.SpeechVerbs); ok {
			return false
		}
	}
	return true
}

// coordinatedBefore reports whether tokens k to n are a plural noun for
// people or a name, then a coordinator: the "teachers and" of "teachers
// and union officials".
func (a *article) coordinatedBefore(k, n int) bool {
	return n-k == 2 && a.isWord(k) && a.isWord(k+1) && a.p.Coordinators[a.d.Toks[k+1].Lower] &&
		(a.pluralPerson(a.d.Toks[k].Lower) || a.nameWord(k))
}

// phraseComplementizer returns the complementizer after a short phrase of
// words that follows token k up to a comma — the "dans une déclaration à
// l'APS, que" of "a indiqué, dans une déclaration à l'APS, que …" — or
// -1.
func (a *article) phraseComplementizer(k, end int) int {
	for c := k + 1; c < end && c < k+10; c++ {
		if a.isPunct(c, ",") {
			if c+1 < end && a.isWord(c+1) && a.p.Complementizers[a.d.Toks[c+1].Lower] {
				return c + 1
			}
			return -1
		}
		if !a.isWord(c) && !a.isPunct(c, "'", "’") {
			return -1
		}
	}
	return -1
}

// commaIn reports whether a comma outside quotes stands between tokens i
// and j.
func (a *article) commaIn(i, j int) bool {
	for k := i; k < j; k++ {
		if a.isPunct(k, ",") && !a.inQuote[k] {
			return true
		}
	}
	return false
}

// listenerThen reports whether a listener opens at token k — a name or
// a determiner — with a complementizer after it within ten words: "(a
// déclaré à) l'AFP que", "(said to) reporters that".
func (a *article) listenerThen(k, end int) bool {
	if k >= end || !a.isWord(k) || !a.d.Toks[k].Cap && !a.p.Determiners[a.d.Toks[k].Lower] {
		return false
	}
	for c := k + 1; c < end && c < k+10 && (a.isWord(c) || a.possessive(c) || a.isPunct(c, "'", "’")); c++ {
		if a.p.Complementizers[a.d.Toks[c].Lower] {
			// not a relative pronoun before its verb: "spoke to a party
			// that had just adopted …"
			return c+1 < end && !(a.isWord(c+1) && a.p.Auxiliaries[a.d.Toks[c+1].Lower])
		}
	}
	return false
}

// asideBefore returns where an aside set off by spaced dashes, or by
// commas after a word for examples, opens when it ends just before token
// j ("Murphy — after a knock-on-wood gesture — told me …", "the hawks,
// like Rubio and Bush, say …"), else j.
func (a *article) asideBefore(j, first int) int {
	d := j - 1
	if d > first && a.isPunct(d, ",") {
		// or between commas, opened by a word for examples: "the biggest
		// hawks, like Rubio and Bush, say …"
		for o := d - 2; o > first && o > d-12; o-- {
			if a.isPunct(o, ",") && !a.inQuote[o] {
				if _, _, ok := a.p.AsideOpeners.Match(a.d.Toks, o+1); ok {
					return o
				}
				return j
			}
		}
		return j
	}
	if d <= first || !a.spacedDash(d) {
		return j
	}
	for o := d - 1; o > first && o > d-30; o-- {
		if a.spacedDash(o) && !a.inQuote[o] {
			return o
		}
	}
	return j
}

// spacedDash reports whether token i is a dash with space on both sides:
// one that sets off an aside, not the hyphen of "co-host".
func (a *article) spacedDash(i int) bool {
	return i > 0 && i+1 < len(a.d.Toks) && a.isDash(i) &&
		a.d.Toks[i].Start > a.d.Toks[i-1].End && a.d.Toks[i+1].Start > a.d.Toks[i].End
}

// relativeCue reports whether the cue at j is the verb of a relative
// clause set off by a comma: "The official, who spoke on condition of
// anonymity, said …" — it reports no further than the clause's comma.
func (a *article) relativeCue(j, first int) bool {
	r := j - 1
	if a.isWord(r) && (a.adverb(r) || a.p.VerbModifiers[a.d.Toks[r].Lower]) {
		r--
	}
	return r-1 >= first && a.isWord(r) && a.p.RelativePronouns[a.d.Toks[r].Lower] && a.isPunct(r-1, ",")
}

// nextCue reports whether a reporting verb, past modifiers, starts at
// token k: the word before it, a noun cue, is then a noun ("the report
// says").
func (a *article) nextCue(k int) bool {
	for k < len(a.d.Toks) && a.isWord(k) && (a.p.VerbModifiers[a.d.Toks[k].Lower] || a.adverb(k)) {
		k++
	}
	_, _, ok := a.verbAt(k, a.p.SpeechVerbs)
	return ok
}

// restrictive reports whether the subject of the cue at token j is the
// pronoun of a restrictive relative clause — "voters who say …", no
// comma before "who" — whose verb takes a clause only after a
// complementizer or with a subject pronoun opening it.
func (a *article) restrictive(j, first int) bool {
	for i := j - 1; i >= first && i >= j-3 && a.isWord(i); i-- {
		if a.p.RelativePronouns[a.d.Toks[i].Lower] {
			return i > first && !a.isPunct(i-1, ",")
		}
	}
	return false
}

// participleClauseSubject returns the subject of a participle cue at
// token j after a comma: the subject of the cue read before it in the
// sentence, else the sentence's subject; no mention for other cues.
func (a *article) participleClauseSubject(ph lang.Phrase, j, first int, prevWho mention) mention {
	if !a.p.IsParticiple(ph) || !a.isPunct(j-1, ",") {
		return mention{}
	}
	if prevWho.ok() {
		return prevWho
	}
	return a.sentenceSubject(first)
}

// listenerEnd returns where the listener after a verb such as "told"
// ends: a source the reader knows ("reporters", "Rosa Klein"), else a
// determiner or possessive and the words up to the first lower-case
// function word or punctuation ("the Island Courier", "host Chris Cuomo",
// "The Washington Post's editorial board"); k when there is none.
func (a *article) listenerEnd(k, end int) int {
	if k < end && a.isWord(k) && a.p.ObjectPronouns[a.d.Toks[k].Lower] {
		return k + 1 // "told me he …"
	}
	if m := a.objectAfter(k, end); m.ok() && m.first == k {
		return m.last
	}
	j := k
	for j < end && a.isWord(j) {
		t := a.d.Toks[j]
		if !t.Cap && a.p.Stopwords[t.Lower] && !a.possessive(j) && !(j == k && a.p.Determiners[t.Lower]) {
			break
		}
		if _, _, ok := a.verbAt(j, a.p.SpeechVerbs); ok && j > k {
			break
		}
		j++
	}
	return j
}

// commitment returns where the infinitive a verb of promise governs opens
// at token k or after time words ("Monday to repeal", « de supprimer »):
// its marker, followed by a word in lower case that is no article; or -1.
func (a *article) commitment(k, end int) int {
	for k < end && a.isWord(k) && a.p.CueFillers[a.d.Toks[k].Lower] && !a.p.InfinitiveMarkers[a.d.Toks[k].Lower] {
		k++
	}
	if k+1 < end && a.isWord(k) && a.p.InfinitiveNegations[a.d.Toks[k].Lower] && a.p.InfinitiveMarkers[a.d.Toks[k+1].Lower] {
		if a.commitment(k+1, end) > 0 {
			return k // "vowed not to raise taxes"
		}
		return -1
	}
	if k+1 >= end || !a.isWord(k) || !a.p.InfinitiveMarkers[a.d.Toks[k].Lower] || !a.isWord(k+1) {
		return -1
	}
	if w := a.d.Toks[k+1]; w.Cap || a.p.Determiners[w.Lower] || a.p.Stopwords[w.Lower] && !a.p.Negations[w.Lower] {
		return -1 // "promised to the voters", "pledged to Trump"
	}
	return k
}

// infinitiveClaim reports whether a perfect infinitive opens at token k,
// a negation's particle aside: "avoir repoussé", "n'avoir rien su".
func (a *article) infinitiveClaim(k int) bool {
	if a.isWord(k) && a.p.Negations[a.d.Toks[k].Lower] {
		k++
		if a.isWord(k) && a.p.NegationAdverbs[a.d.Toks[k].Lower] {
			k++ // "ne plus", "ne pas"
		}
	}
	if !a.isWord(k) {
		return false
	}
	w := a.d.Toks[k].Lower
	if a.p.ClauseInfinitives[w] {
		return true
	}
	if a.d.Toks[k].Cap || len(w) < 5 || a.p.Stopwords[w] || a.p.Prepositions[w] || a.p.CuePrepositions[w] || a.p.CueFillers[w] {
		return false
	}
	for _, end := range a.p.InfinitiveEndings {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// participleStop returns where a reported clause from token k ends before a
// participle phrase of the main clause (", dénonçant une « hypocrisie »",
// ", adding that …") or a cue coordinated with its own ("and added"), or
// end.
func (a *article) participleStop(k, end int) int {
	for t := k + 1; t+1 < end; t++ {
		if a.isWord(t) && a.p.Coordinators[a.d.Toks[t].Lower] && a.sameSubjectCue(t, end) > 0 {
			// a second verb of the main clause's subject: "said he
			// welcomed extradition and added, “…”"
			if a.isPunct(t-1, ",") {
				return t - 1
			}
			return t
		}
		if a.isPunct(t, ",") && a.inQuote[t] && t+2 < end && !a.isWord(t+1) && a.isWord(t+2) && !a.inQuote[t+2] {
			// a comma inside the closing quote mark: "on Fox News
			// Channel's “Hannity,” saying …"
			if ph, _, ok := a.verbAt(t+2, a.p.SpeechVerbs); ok && a.p.IsParticiple(ph) {
				return t + 2
			}
		}
		if !a.isPunct(t, ",") || a.inQuote[t] {
			continue
		}
		if a.sameSubjectCue(t, end) > 0 || a.coordinatedCue(t+1, end) {
			return t // ", adding that …", ", but they warned that …"
		}
	}
	return end
}

// subjectApposition reports whether tokens first to c are a few words
// with no verb, a comma and an apposition to them: a subject set off from
// its verb ("La FNSEA, premier syndicat agricole,"), not a clause.
func (a *article) subjectApposition(first, c int) bool {
	for k := first + 1; k < c; k++ {
		if !a.isPunct(k, ",") {
			continue
		}
		if k-first > 5 || a.finiteClause(first, k) {
			return false
		}
		// or a role and the name apposed to it: "Le secrétaire général du
		// SNCTA, Thierry Pujol, a défendu le mouvement"
		if n := a.nameFwd(k+1, c); n.first == k+1 && n.last == c && a.hasName(n) {
			return true
		}
		return a.apposition(k+1) && !a.finiteClause(k+1, c)
	}
	return false
}

// subjectAside reports whether tokens first to c are a short subject and
// an aside between commas — a stressed pronoun or a phrase opened by a
// preposition: "Les riverains, eux,", "Les États-Unis, de leur côté,".
func (a *article) subjectAside(first, c int) bool {
	p := c - 1
	for p > first && !a.isPunct(p, ",") {
		p--
	}
	if p <= first || p-first > 5 || c-p > 5 || !a.isWord(p+1) {
		return false
	}
	w := a.d.Toks[p+1].Lower
	return c-p == 2 && a.p.StressedPronouns[w] != "" || a.p.Prepositions[w] || a.p.NameParticles[w] && !a.d.Toks[p+1].Cap
}

// sameSubject reports whether pronoun mention p, the subject of a
// coordinated clause, may stand for m, the subject of the clause before
// ("Meteorologists say …, but they warned …").
func (a *article) sameSubject(m, p mention) bool {
	if !m.ok() || !a.isPronounMention(p) || a.isPronounMention(m) {
		return false
	}
	pr, ok := a.p.Pronouns[a.d.Toks[p.first].Lower]
	return ok && a.agrees(pr, a.typeOf(m, false), 0)
}

// coordinatedCue reports whether a coordinator (or a subordinator of
// contrast) at token c opens a clause with a reporting verb of its own
// within its first words: "…, but they warned that …", "…, while other
// voters said …", "…, et il a ajouté que …" — a second statement.
func (a *article) coordinatedCue(c, end int) bool {
	if !a.isWord(c) {
		return false
	}
	// "but", or a subordinator opening a contrast: "…, while other voters
	// said …" (not "as", which attributes what came before)
	if w := a.d.Toks[c].Lower; !a.p.Coordinators[w] && (!a.p.Subordinators[w] || a.p.AsMarkers[w]) {
		return false
	}
	for j := c + 1; j < end && j <= c+4 && a.isWord(j) && !a.inQuote[j]; j++ {
		if _, _, ok := a.verbAt(j, a.p.SpeechVerbs); ok {
			return j > c+1 // a subject first
		}
	}
	return false
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

// quoteBetween reports whether a quoted passage lies between tokens i and j.
func (a *article) quoteBetween(i, j int) bool {
	for t := i; t < j; t++ {
		if a.inQuote[t] {
			return true
		}
	}
	return false
}

// transcriptTurn reads the paragraph a speaker's label opens at token
// first ("TAPPER: Donald Trump released a video …") as that speaker's
// words: a label of a name the article gives elsewhere, or of two words
// ("JAKE TAPPER"); never a single letter ("Q:", "A:"), whose speaker the
// label does not name, nor a paragraph whose quotes the quote finder
// already read.
func (a *article) transcriptTurn(first int) (statement, bool) {
	pi := a.d.paraOf(a.d.Toks[first].Start)
	p := a.d.Paras[pi]
	k, last := a.d.paraToks(pi)
	if first != k {
		return statement{}, false
	}
	j := k
	for j < len(a.d.Toks) && j < k+3 && a.nameWord(j) {
		j++
	}
	if !a.isPunct(j, ":") || j-k == 1 && utf8.RuneCountInString(a.d.Toks[k].Lower) == 1 {
		return statement{}, false
	}
	if j-k == 1 && !a.namedElsewhere(k) {
		return statement{}, false // "UPDATE:", "ABSTRACT:"
	}
	for _, q := range a.quotes {
		if q.Outer.Start >= p.Start && q.Outer.Start < p.End {
			return statement{}, false
		}
	}
	if last-(j+1) < 3 {
		return statement{}, false
	}
	return statement{first: j + 1, last: last, f: finding{who: mention{k, j}, cue: mention{j, j + 1}, rule: "transcript"}, direct: true}, true
}

// titleInterviewee returns the person an interview's title names: a
// document word, a preposition and a name opening the first paragraph
// ("Entretien avec Nicolas Mayer-Rossignol : …", "Interview with …").
func (a *article) titleInterviewee() mention {
	if len(a.d.Paras) < 3 || len(a.d.Toks) == 0 {
		return mention{}
	}
	if m := a.qaInterviewee(); m.ok() {
		return m
	}
	k := a.d.tokAt(a.d.Paras[0].Start)
	for j := k + 2; j < len(a.d.Toks) && j < k+5 && a.d.Toks[j].End <= a.d.Paras[0].End; j++ {
		if a.interviewWith(k, j) {
			if m := a.nameFwd(j, len(a.d.Toks)); m.ok() && m.first == j && a.d.Toks[m.last-1].End <= a.d.Paras[0].End {
				return m
			}
		}
	}
	return mention{}
}

// turnLabel returns the label that opens paragraph p ("Q", "A", "R")
// when a colon follows it, else "".
func (a *article) turnLabel(p int) string {
	k := a.d.tokAt(a.d.Paras[p].Start)
	if k+1 >= len(a.d.Toks) || !a.isWord(k) || !a.d.Toks[k].Cap || !a.isPunct(k+1, ":") {
		return ""
	}
	return a.d.Toks[k].Lower
}

// qaInterviewee returns, for an interview written as labelled questions
// and answers ("Q: …" / "A: …", two answers at least), the first person
// named before the first question; else no mention.
func (a *article) qaInterviewee() mention {
	questions, answers, firstQ := 0, 0, -1
	for p := range a.d.Paras {
		switch l := a.turnLabel(p); {
		case a.p.QuestionLabels[l]:
			questions++
			if firstQ < 0 {
				firstQ = a.d.Paras[p].Start
			}
		case a.p.AnswerLabels[l]:
			answers++
		}
	}
	if questions == 0 || answers < 2 {
		return mention{}
	}
	for _, e := range a.ents {
		if a.d.Toks[e.m.first].Start >= firstQ {
			break
		}
		if e.person && len(e.words) > 1 {
			return e.m
		}
	}
	return mention{}
}

// qaAnswer returns the answer that paragraph p holds after its label in
// an interview written as questions and answers.
func (a *article) qaAnswer(p int) (statement, bool) {
	if !a.interviewee.ok() || !a.p.AnswerLabels[a.turnLabel(p)] {
		return statement{}, false
	}
	k, last := a.d.paraToks(p)
	if last-(k+2) < 2 {
		return statement{}, false
	}
	return statement{first: k + 2, last: last, direct: true, f: finding{who: a.interviewee, cue: mention{k, k + 1}, rule: "interview"}}, true
}

// answerOpens reports whether the sentence from token first to end opens
// an interview's answer paragraph, a dialogue dash aside.
func (a *article) answerOpens(first, end int) bool {
	if first >= end {
		return false
	}
	p := a.d.paraOf(a.d.Toks[first].Start)
	k, _ := a.d.paraToks(p)
	return (k == first || a.isDash(k) && k+1 == first) && a.answer(p)
}

// answer reports whether paragraph p answers, in an interview, the
// question the paragraph before it asks: it follows a short paragraph
// ending in a question mark, asks none itself and holds no quotation.
func (a *article) answer(p int) bool {
	if !a.interviewee.ok() || p < 2 {
		return false
	}
	prev, para := a.d.Paras[p-1], a.d.Paras[p]
	q := a.d.tokAt(para.Start) - 1
	if q < 0 || !a.isPunct(q, "?") || a.d.tokAt(prev.Start) < q-40 {
		return false
	}
	if _, end := a.d.paraToks(p); a.isPunct(end-1, "?") {
		return false
	}
	for _, qt := range a.quotes {
		if qt.Outer.Start < para.End && qt.Outer.End > para.Start {
			return false
		}
	}
	return true
}

// namedElsewhere reports whether the word at token k, a label in
// capitals, is the last word of a name the article writes elsewhere.
func (a *article) namedElsewhere(k int) bool {
	for _, e := range a.byLast[token.Fold(a.d.Toks[k].Lower)] {
		if a.ents[e].m.first != k {
			return true
		}
	}
	return false
}

// labelled reports whether the paragraph of token i opens with a
// speaker's label in capitals, as transcripts write turns ("TAPPER: …").
func (a *article) labelled(i int) bool {
	p := a.d.Paras[a.d.paraOf(a.d.Toks[i].Start)]
	k := a.d.tokAt(p.Start)
	j := k
	for j < len(a.d.Toks) && j < k+3 && a.nameWord(j) {
		j++
	}
	if j == k || !a.isPunct(j, ":") {
		return false
	}
	label := a.d.Text[a.d.Toks[k].Start:a.d.Toks[j-1].End]
	return label == strings.ToUpper(label)
}

// nounSubject reads a plain noun phrase right before a cue, whatever its
// head: "many backers privately say", "proponents of the law say". A noun
// followed by a reporting verb and a clause is a source even when the pack
// does not list it.
func (a *article) nounSubject(v, first int) mention {
	if a.p.NounCues[a.d.Toks[v].Lower] {
		return mention{} // "swing states", "his recent remarks"
	}
	i := v - 1
	for i >= first && a.isWord(i) && (a.p.VerbModifiers[a.d.Toks[i].Lower] || a.adverb(i)) {
		i-- // "many backers privately say", "Democrats quietly say"
	}
	if i < first || !a.isWord(i) || a.p.Stopwords[a.d.Toks[i].Lower] || a.p.NarratorPronouns[a.d.Toks[i].Lower] {
		return mention{}
	}
	if _, pro := a.pronoun(i); pro || strings.ContainsAny(a.d.Toks[i].Lower, "0123456789") {
		return mention{}
	}
	if a.p.ParticipleWord(a.d.Toks[i].Lower) && (i == first || a.isWord(i-1) && (a.p.Subordinators[a.d.Toks[i-1].Lower] ||
		a.p.Prepositions[a.d.Toks[i-1].Lower] || a.p.ParticipleMarkers[a.d.Toks[i-1].Lower])) {
		return mention{} // "while taking slams at …" (but "Exit polling showed", "Another ranking says")
	}
	j := i
	for k := i - 1; k >= first && k > i-6 && a.isWord(k); k-- {
		lw := a.d.Toks[k].Lower
		if a.p.Stopwords[lw] && !a.p.NameParticles[lw] && !a.p.Determiners[lw] {
			break
		}
		j = k
		if a.p.Determiners[lw] {
			break
		}
	}
	return mention{j, i + 1}
}
