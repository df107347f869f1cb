package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/models"
)

// statement is a reported clause found around a cue.
type statement struct {
	first, last int // the clause's tokens [first, last)
	f           finding
	quoted      []int // the quotes inside the clause (a mixed statement)
	direct      bool  // a transcript's turn: the speaker's own words
	// more is a second clause of the same source on the other side of
	// its cue: "He had no known affiliations, the airline added, and had
	// passed all checks", "The trains were empty, said X, and the
	// stations closed".
	more mention
}

// reportedSpeech finds reported speech — statements without quotation
// marks around a reporting cue — one per clause, with precision before
// recall:
//
//	according-to  According to X, CLAUSE. / CLAUSE, according to X. / Selon X, CLAUSE.
//	cue-after     CLAUSE, X said. / CLAUSE, said X. / CLAUSE, a-t-il dit. / Otherwise, she said, CLAUSE.
//	cue-before    X said (that) CLAUSE. / X told reporters that CLAUSE. / X a affirmé que CLAUSE.
//	colon         X: CLAUSE — a title that names its source (the first paragraph, or a title-case line).
//	intention     X plans to … / X wants to … — where no speech or belief is reported, or beside the same subject's.
//	stance        X criticized OBJECT / X accused Y of … / X urged Y to … — where nothing else reports, or beside the same subject's statement.
//
// Questions and passives ("is said to be", "was criticized by") are not
// reported speech; nor are the other cues with a noun-phrase object and no
// complementizer ("recalled the day"): only the pack's object claims make
// their object a statement.
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
		src := a.quoteCueSource(quoteCue, end)
		st, ok = a.cueBeforeFrom(first, quoteCue+1, end, src, reportCue)
		ok = ok && a.clauseOK(&st) && a.afterQuoteCue(st)
		if !ok {
			// or a stance in a participle after a comma: "“…,” McCain
			// said, citing low economic growth" (not a relative clause
			// about the source: "…, said X, who endorsed Rubio")
			st, ok = a.cueBeforeFrom(first, quoteCue+1, end, src, objectCue)
			ok = ok && a.participleAfterComma(st.f.cue.first) &&
				!a.quoteBetween(st.first, st.last) && a.clauseOK(&st)
		}
	} else {
		st, ok = a.statementIn(first, end)
		if ok && st.f.rule == "cue-before" {
			// a stance or an intention before a participle's statement or
			// a coordinated cue: "Trump called for a special prosecutor,
			// saying the department had failed", "Alder endorsed Park and
			// said she would campaign for her" — both are the subject's
			if a.participleAfterComma(st.f.cue.first) {
				out = a.stanceBefore(first, st.f.cue.first-1, out)
			} else if c := a.coordinator(st.f.cue.first, first); c > first {
				out = a.stanceBefore(first, c, out)
			}
		}
	}
	if !ok {
		return out
	}
	// a second clause of the source, in the order of the text
	more := statement{first: st.more.first, last: st.more.last, f: st.f}
	hasMore := st.more.ok() && a.clauseOK(&more)
	if hasMore && more.first < st.first {
		out = append(out, more)
	}
	out = append(out, st)
	if hasMore && more.first > st.first {
		out = append(out, more)
	}
	if a.isPunct(st.last, ",") && st.f.cue.ok() && a.relativeCue(st.f.cue.first, first) {
		// a statement in a relative clause leaves the main clause its
		// own: "Barkley, who said he typically votes Democratic, said
		// one candidate he likes is Kasich"
		if main, ok := a.cueBeforeFrom(first, st.last+1, end, mention{}, reportCue); ok && a.clauseOK(&main) {
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
	case a.isPunct(st.last, ",") && (a.isWord(first) && a.p.Subordinators[a.d.Toks[first].Lower] || a.subordinateSubject(first, st.f.who)):
		next = st.last + 1 // (or "In a year when Trump is talking about …, Yepez said …")
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
		more, ok := a.cueBeforeFrom(first, j, end, mention{}, reportCue)
		ok = ok && more.f.cue.first == j && a.clauseOK(&more) &&
			(a.isWord(more.first-1) && a.p.Complementizers[a.d.Toks[more.first-1].Lower] || a.p.BareClauseVerbs[a.d.Toks[more.f.cue.last-1].Lower])
		rule := st.f.rule
		if !ok {
			// or a stance: "called him a political opportunist …, and
			// urged him to resign"
			more, ok = a.cueBeforeFrom(first, j, end, mention{}, objectCue)
			ok = ok && more.f.cue.first == j && a.clauseOK(&more) && !a.quoteBetween(more.first, more.last)
			rule = "stance"
		}
		if ok {
			cue := more.f.cue
			more.f = st.f // the first statement's source
			more.f.cue, more.f.rule = cue, rule
			out = append(out, more)
		}
	}
	return out
}

// participleAfterComma reports whether the cue at token j is a participle
// set off by a comma: ", saying …".
func (a *article) participleAfterComma(j int) bool {
	return j > 0 && a.isPunct(j-1, ",") && a.p.ParticipleWord(a.d.Toks[j].Lower)
}

// stanceBefore appends to out the intention or stance stated in tokens
// first to comma, if any.
func (a *article) stanceBefore(first, comma int, out []statement) []statement {
	for _, find := range []func(int, int) (statement, bool){a.intentionClause, a.objectClause} {
		if st, ok := find(first, comma); ok && a.clauseOK(&st) && st.last <= comma {
			return append(out, st)
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
// third said …", "On trade: 47% say …" — or returns no mention.
func (a *article) shareSubject(j, first int) mention {
	// or a quantifier standing alone for people: "Most believe that …",
	// "…, many think, …"
	if q := j - 1; q >= first && a.isWord(q) && a.p.QuantifierSubjects[a.d.Toks[q].Lower] && !a.p.NounCues[a.d.Toks[j].Lower] && (q == first || a.sentenceStart(q) || a.isPunct(q-1, ",")) {
		return mention{q, j}
	}
	// (the share may stand between commas: "Just over a quarter, 26
	// percent, say …")
	last := j
	if a.isPunct(j-1, ",") && j-1 > first {
		last = j - 1
	}
	k, content, noun, determiners := last, false, false, 0
	for k-1 >= first && (a.isWord(k-1) || a.isPunct(k-1)) {
		w := a.d.Toks[k-1].Lower
		digit := a.isNumber(k - 1)
		if !digit && !a.p.ShareWords[w] {
			break
		}
		if a.p.Determiners[w] {
			determiners++
		}
		// (two share words that are determiners are numbers in words:
		// "One in three said …")
		plain := !a.p.Stopwords[w] && !a.p.Determiners[w]
		content = content || digit || plain || determiners > 1
		noun = noun || !digit && plain
		k--
	}
	if last < j && !noun {
		return mention{} // an age: "Guadalupe Ortiz, 35, showed up …"
	}
	if !content || k == last || k > first && !a.isPunct(k-1, ",", ":", ";") && !a.sentenceStart(k) {
		return mention{}
	}
	return mention{k, last}
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
// line"), but one that takes a bare clause ("“…,” Clark said, noting he
// would support …").
func (a *article) afterQuoteCue(st statement) bool {
	comp := st.first > 0 && a.isWord(st.first-1) && a.p.Complementizers[a.d.Toks[st.first-1].Lower]
	return comp || !a.p.ParticipleWord(a.d.Toks[st.f.cue.first].Lower) || a.p.BareClauseVerbs[a.d.Toks[st.f.cue.last-1].Lower]
}

// statementIn finds the reported statement of tokens first to end, by the
// first pattern that matches.
func (a *article) statementIn(first, end int) (statement, bool) {
	for _, find := range []func(int, int) (statement, bool){a.narrativeClause, a.accordingClause, a.cueAfterClause, a.interjectedClause, a.cueBeforeClause, a.evidenceClause, a.intentionClause, a.objectClause} {
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
	if a.isPunct(st.first, "(", "[") && !a.closedIn(st.first, st.last) {
		st.first++ // "(The French are big fans of the show, he said.)"
	}
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
//
// A subordinate part straight after a comma that ends a finite clause,
// no quoted words in either, qualifies that clause, and the statement
// holds both: "Biofuels don't stir the same fervor as during the 2000
// election, when Bush's support helped him win, Grassley told POLITICO".
func (a *article) subordinateBefore(first, c int) bool {
	k, comma := first, -1
	for i := c - 1; i > first; i-- {
		if a.isPunct(i, ",") {
			k, comma = i+1, i
			break
		}
	}
	open := k
	for k < c && a.isWord(k) && a.p.Coordinators[a.d.Toks[k].Lower] {
		k++
	}
	if k >= c || !a.isWord(k) || !a.p.Subordinators[a.d.Toks[k].Lower] {
		return false
	}
	// (not one that quoted words run through: they end at the cue)
	return comma < 0 || k > open || !a.finiteClause(first, comma) || a.quoteBetween(first, c)
}

// coordinator returns the coordinator before the cue at token j, adverbs
// aside ("She blamed the violence on him and later said …"), or -1.
func (a *article) coordinator(j, first int) int {
	c := j - 1
	for c > first && a.isWord(c) && (a.p.VerbModifiers[a.d.Toks[c].Lower] || a.adverb(c)) && !a.p.Coordinators[a.d.Toks[c].Lower] {
		c-- // (a coordinator may be a modifier too: "…, then said")
	}
	if c > first && a.isWord(c) && a.p.Coordinators[a.d.Toks[c].Lower] {
		return c
	}
	return -1
}

// participlePhrase reports whether token k opens a participle phrase
// ("wiping his face", "adding that …").
func (a *article) participlePhrase(k int) bool {
	return a.isWord(k) && !a.d.Toks[k].Cap && a.p.ParticipleWord(a.d.Toks[k].Lower)
}

// sentFirst returns the first token of the sentence that holds token j.
func (a *article) sentFirst(j int) int {
	first, _ := a.d.sentToks(a.d.sentOf(a.d.Toks[j].Start))
	return first
}

// phraseComplementizer returns the complementizer after a short phrase of
// words that follows token k up to a comma — the "dans une déclaration à
// l'APS, que" of "a indiqué, dans une déclaration à l'APS, que …" — or
// -1.
func (a *article) phraseComplementizer(k, end int) int {
	for c := k + 1; c < end && c < k+13; c++ {
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

// listenerEnd returns where the listener after a verb such as "told"
// ends: a source the reader knows ("reporters", "Rosa Klein"), else a
// determiner or possessive and the words up to the first lower-case
// function word or punctuation ("the Island Courier", "host Chris Cuomo",
// "The Washington Post's editorial board"); k when there is none.
func (a *article) listenerEnd(k, end int) int {
	if k < end && a.isWord(k) && a.p.ObjectPronouns[a.d.Toks[k].Lower] {
		return k + 1 // "told me he …"
	}
	if m := a.objectAfter(k, end); m.ok() && m.first == k && !a.possessive(m.last) {
		return m.last // (a possessor is not the whole listener: "told NBC's Today show")
	}
	j := k
	for j < end {
		if e := a.quotedTitleEnd(j, end); e > 0 && a.possessive(j-1) {
			j = e // a programme's name after its owner: "told ABC's “Good Morning America” that"
			continue
		}
		if !a.isWord(j) {
			break
		}
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
	for j := c + 1; j < end && j <= c+6 && a.isWord(j) && !a.inQuote[j]; j++ {
		if _, _, ok := a.verbAt(j, a.p.SpeechVerbs); ok {
			return j > c+1 // a subject first
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

// closedIn reports whether the bracket at token i closes before token j.
func (a *article) closedIn(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if a.isPunct(k, ")", "]") {
			return true
		}
	}
	return false
}
