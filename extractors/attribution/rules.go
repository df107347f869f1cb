package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/models"

	"github.com/whosaid/whosaid/extractors/lang"
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

// cueWith reads the source of a cue at token j of n tokens: the pronoun the
// cue carries, the subject before it, or the source after it.
func (a *article) cueWith(ph lang.Phrase, j, n, limit int) (finding, bool) {
	f := finding{cue: mention{j, j + n}}
	if ph.Pronoun != "" {
		f.embedded = ph.Pronoun
		return a.agent(f, j+n), true
	}
	if a.isWord(j-1) && a.p.InfinitiveMarkers[a.d.Toks[j-1].Lower] {
		// "to criticize": the speaker is the sentence's subject
		if m := a.sentenceSubject(limit); m.ok() {
			f.who = m
			return f, true
		}
		return f, false
	}
	addressee := a.p.AddresseeVerbs[a.d.Toks[j+n-1].Lower]
	participle := a.p.IsParticiple(ph)
	if participle && (a.isPunct(j-1, ",") || a.isWord(j-1) && a.p.ParticipleMarkers[a.d.Toks[j-1].Lower]) {
		// "en soulignant", "by saying", ", saying": the clause's subject
		// speaks, not the noun before the comma
		if pf, ok := a.participleSource(f, j, limit); ok || !a.isPunct(j-1, ",") {
			return pf, ok
		}
	}
	if m := a.byAgent(j, n); m.ok() {
		f.who = m
		return f, true
	}
	if m := a.subjectBefore(j, limit); m.ok() {
		if s := a.participleSubject(ph, m, limit); s != m {
			f.who = s
			return f, true
		}
		f.who = m
		return a.agent(f, j+n), true
	}
	if !addressee && !participle {
		// after "told", the listener, not the source ("told Reuters");
		// after a participle, its object ("dénonçant une décision"). A
		// source follows its cue after punctuation ("…, said X"); after a
		// word, only the subject pronoun of the reported clause stands for
		// it ("Reid … says he voted"), never a noun ("polls indicate the
		// nominee is …")
		if m := a.objectAfter(j+n, a.clauseEnd(j+n)); m.ok() && (a.afterPause(j, limit) || a.subjectPronoun(m) || a.asOpened(j)) {
			f.who = m
			return f, true
		}
	}
	if a.isPunct(j-1, ",") {
		// ", citing …", ", dénonçant …", ", telling the crowd"
		return a.participleSource(f, j, limit)
	}
	// a verb coordinated with the sentence's: "X started the rant … and
	// later said", "X a visité l'usine et a déclaré"
	if c := a.coordinator(j, limit); c >= 0 {
		if m := a.sentenceSubject(limit); m.ok() && m.last <= c {
			f.who = m
			return f, true
		}
	}
	return f, false
}

// byAgent reads the agent of a reporting verb in the passive, tokens [j,
// j+n): "Rubio was asked by moderator Gerard Baker whether …" — the
// moderator asked, not Rubio.
func (a *article) byAgent(j, n int) mention {
	aux := j - 1
	if n > 1 {
		aux = j + n - 2 // the auxiliary inside the cue: "a été interpellé"
	}
	if a.isWord(aux) && a.adverb(aux) {
		aux-- // "was also asked by"
	}
	k := j + n
	if !a.isWord(aux) || !a.p.PassiveAuxiliaries[a.d.Toks[aux].Lower] || !a.isWord(k) || !a.p.PassiveAgents[a.d.Toks[k].Lower] {
		return mention{}
	}
	if a.isWord(aux-1) && a.relativeWord(a.d.Toks[aux-1].Lower) {
		return mention{} // "a killing that was claimed by the Islamic State": what it claimed is the killing
	}
	m := a.objectAfter(k+1, a.clauseEnd(k+1))
	if !m.ok() || m.first > k+3 {
		return mention{}
	}
	return m
}

// relativeWord reports whether w may open a relative clause: "who",
// "which", "that".
func (a *article) relativeWord(w string) bool {
	return a.p.RelativePronouns[w] || a.p.RelativeOpeners[w] || a.p.Complementizers[w]
}

// participleSubject returns the clause's subject for a participle cue
// read after an object ("sent a text to supporters saying", "started
// their ninth debate saying"), else m, the noun read before the cue.
func (a *article) participleSubject(ph lang.Phrase, m mention, limit int) mention {
	if !a.p.IsParticiple(ph) || m.first <= limit || !a.isWord(m.first-1) || a.hasName(m) || a.subjectPronoun(m) {
		return m
	}
	if s := a.sentenceSubject(limit); s.ok() && s.last <= m.first-1 {
		return s
	}
	return m
}

// afterPause reports whether the cue at token j opens its sentence or
// follows punctuation, a reflexive pronoun aside ("…», se défend X"):
// where a source may follow its cue.
func (a *article) afterPause(j, limit int) bool {
	if j > limit && a.isWord(j-1) && a.p.Reflexives[a.d.Toks[j-1].Lower] {
		j--
	}
	return j == limit || !a.isWord(j-1)
}

// asOpened reports whether the cue at token j follows an as-marker and
// at most an object pronoun: "Comme l'explique X, « … »".
func (a *article) asOpened(j int) bool {
	k := j - 1
	if a.isWord(k) && a.p.Determiners[a.d.Toks[k].Lower] {
		k--
	}
	return a.isWord(k) && a.p.AsMarkers[a.d.Toks[k].Lower]
}

// subjectPronoun reports whether m is a lone pronoun that can be a subject.
func (a *article) subjectPronoun(m mention) bool {
	if m.last-m.first != 1 {
		return false
	}
	_, ok := a.pronoun(m.first)
	return ok && !a.p.ObjectPronouns[a.d.Toks[m.first].Lower]
}

// afterDateline returns the first token after a dateline that opens a
// paragraph ("JACKSON, Miss. —", "ST. LOUIS —", "WASHINGTON (AP) —"), or
// first.
func (a *article) afterDateline(first int) int {
	if first >= len(a.d.Toks) || a.d.Toks[first].Newlines == 0 && first > 0 {
		return first
	}
	// a place in any case, a date, and the agency: "Washington (AFP) –",
	// "WASHINGTON, Dec. 8 (UPI) —"
	datelineWord := func(i int) bool {
		return a.isWord(i) && a.d.Toks[i].Cap || a.isNumber(i) || a.isPunct(i, ",", ".")
	}
	for j := first + 1; j < len(a.d.Toks) && j < first+8 && datelineWord(j-1); j++ {
		if a.isPunct(j, "(") && a.isWord(j+1) && a.isPunct(j+2, ")") && a.isDash(j+3) {
			return j + 4
		}
	}
	for j := first; j < len(a.d.Toks) && j < first+8; j++ {
		if a.isDash(j) && j > first {
			return j + 1
		}
		if a.isWord(j) {
			w := a.d.Text[a.d.Toks[j].Start:a.d.Toks[j].End]
			if w != strings.ToUpper(w) && !a.abbreviation(j) {
				return first // a word in lower case: no dateline
			}
		}
	}
	return first
}

// participleSource reads the source of a participle cue at token j: the
// source of the cue it hangs on (a quote's or a reported statement's),
// else the sentence's subject.
func (a *article) participleSource(f finding, j, limit int) (finding, bool) {
	if prev, ok := a.cueBefore(j, limit); ok {
		return prev, true
	}
	// or of the statement whose cue it follows: "Ryan and Trump will meet
	// next week, Spicer said, adding, “…”" — Spicer, not Ryan
	for _, st := range a.statementsIn(a.d.sentOf(a.d.Toks[j].Start), nil) {
		if tail := max(st.f.cue.last, st.f.who.last); st.f.who.ok() && !a.isPronounMention(st.f.who) && tail <= j && tail >= j-2 {
			f.who = st.f.who
			return f, true
		}
	}
	if m := a.sentenceSubject(limit); m.ok() {
		f.who = m
		return f, true
	}
	return f, false
}

// cueBefore returns what an earlier quote in the same sentence, before
// token j, was attributed to: "«…», a renchéri David Habib, dénonçant …".
func (a *article) cueBefore(j, limit int) (finding, bool) {
	// only the quotes opening in the sentences from limit to j can qualify
	best := -1
	for s := a.d.sentOf(a.d.Toks[limit].Start); s <= a.d.sentOf(a.d.Toks[j].Start); s++ {
		for _, qi := range a.quotesIn(s) {
			q := a.quotes[qi]
			if qi < best || q.Outer.End > a.d.Toks[j].Start || a.found[qi] == nil || a.d.tokAt(q.Outer.Start) < limit {
				continue
			}
			if a.found[qi].rule != "continuation" {
				best = qi
			}
		}
	}
	if best < 0 {
		return finding{}, false
	}
	return *a.found[best], true
}

// agent replaces an impersonal or document source by the author named
// after it: "lit-on dans un tweet publié par Anonymous", "a statement
// released by the ministry said".
func (a *article) agent(f finding, from int) finding {
	impersonal := f.embedded != "" && a.p.Pronouns[f.embedded].Gender == 'x'
	document := f.who.ok() && a.typeOf(f.who, false) == models.Document
	if !impersonal && !document {
		return f
	}
	start := from
	if document {
		start = f.who.first
		// the owner of the document: "Bush's Facebook post", "her Twitter
		// account"
		for k := f.who.first; k < f.who.last; k++ {
			if a.possessive(k) {
				if m := a.subjectAt(k-1, f.who.first); m.ok() {
					f.who = m
					return f
				}
			}
			if pr := a.p.PossessiveDeterminers[a.d.Toks[k].Lower]; pr != "" && a.isWord(k) && k == f.who.first {
				f.who, f.embedded = mention{}, pr
				return f
			}
		}
	}
	end := a.clauseEnd(start)
	for k := start; k < end && k < start+12; k++ {
		if a.isWord(k) && a.p.AgentMarkers[a.d.Toks[k].Lower] {
			if m := a.objectAfter(k+1, end); m.ok() && a.hasName(m) {
				f.who, f.embedded = m, ""
				return f
			}
			// a bare noun for a source: "a-t-on appris de source judiciaire"
			if n := k + 1; impersonal && n < end && a.isWord(n) && !a.d.Toks[n].Cap && a.p.PersonTitles[a.d.Toks[n].Lower] {
				e := n + 1
				for e < end && e < n+4 && a.isWord(e) && !a.d.Toks[e].Cap && !a.p.Stopwords[a.d.Toks[e].Lower] {
					e++
				}
				f.who, f.embedded = mention{n, e}, ""
				return f
			}
		}
	}
	// with no author named, "affirme-t-on à l'Élysée", "indique-t-on dans
	// l'entourage du ministre": where "on" speaks
	if impersonal && start < end && a.isWord(start) && a.p.ImpersonalPlaces[a.d.Toks[start].Lower] {
		if m := a.objectAfter(start+1, end); m.ok() && a.typeOf(m, false) != models.Document {
			f.who, f.embedded = m, ""
		}
	}
	return f
}

// sentenceSubject reads the noun phrase that opens the sentence starting
// at token first, past a short introductory phrase ("In October, the
// embassy …").
func (a *article) sentenceSubject(first int) mention {
	// the first of up to three comma-separated segments that opens with a
	// noun phrase, past conjunctions and adverbs ("And then Trump …", "On
	// Thursday, after remaining neutral, Warren …"); a short opening
	// phrase before a comma is read last ("Il y a un an, X …")
	first = a.afterDateline(first)
	start := first
	for j := first; j < len(a.d.Toks) && j < first+7; j++ {
		if a.isPunct(j, ",") {
			// a name before an apposition is the subject: "Dottie Deans,
			// the chairwoman of the party, is supporting …"
			if m := a.objectAfter(first, j); m.ok() && m.first == first && m.last == j && a.hasName(m) &&
				a.d.Toks[first].Cap && !a.p.Places[a.placeName(m)] && (a.apposition(j+1) || a.isWord(j+1) && a.p.RelativePronouns[a.d.Toks[j+1].Lower]) {
				return m // or before a relative clause: "Khan, who is Muslim, also decried …"
			}
			start = j + 1
			break
		}
		if a.boundary(j) {
			break
		}
	}
	for seg, k := 0, start; seg < 3 && k < len(a.d.Toks); seg++ {
		s := k
		for s < len(a.d.Toks) && s < k+3 && a.isWord(s) && (a.p.Stopwords[a.d.Toks[s].Lower] || a.p.VerbModifiers[a.d.Toks[s].Lower]) &&
			!a.p.Determiners[a.d.Toks[s].Lower] {
			if _, pro := a.pronoun(s); pro {
				break
			}
			s++
		}
		next := -1
		reach := k + 12
		if a.isWord(k) && (a.p.Prepositions[a.d.Toks[k].Lower] || a.subordinator(k)) {
			reach = k + 24 // "Amid responses from some to create websites that would identify those blacklisted, …"
		}
		for j := k; j < len(a.d.Toks) && j < reach; j++ {
			if a.isPunct(j, ",") {
				next = j + 1
				break
			}
			if a.boundary(j) || a.inQuote[j] {
				break
			}
		}
		// a participle opening the sentence is no subject, nor the state
		// after a town: "Speaking in Manchester, New Hampshire, Trump …"
		// nor a phrase opened by a preposition before a comma: "In an
		// interview with The Wall Street Journal, Trump …"
		adverbial := next > 0 && a.isWord(k) && (a.p.CuePrepositions[a.d.Toks[k].Lower] || a.p.Prepositions[a.d.Toks[k].Lower] ||
			a.subordinator(k) || a.adverbOpener(k))
		// nor an apposition to the name closing the segment before:
		// "Preceded at the lectern by Joe Arpaio, the Arizona sheriff,
		// Trump launched …"
		adverbial = adverbial || seg > 0 && next > 0 && a.nameWord(k-2) && a.apposition(k)
		if m := a.objectAfter(s, a.clauseEnd(s)); m.ok() && !adverbial && !a.openingParticiple(m.first) && !(seg > 0 && (a.p.Places[a.placeName(m)] || a.p.Places[a.placeName(mention{k, m.last})])) {
			return m
		}
		if next < 0 {
			break
		}
		k = next
	}
	if start != first {
		return a.objectAfter(first, a.clauseEnd(first))
	}
	return mention{}
}

// subordinator reports whether token k opens a subordinate clause
// other than an as-clause, which attributes ("as X put it, …").
func (a *article) subordinator(k int) bool {
	w := a.d.Toks[k].Lower
	return a.isWord(k) && a.p.Subordinators[w] && !a.p.AsMarkers[w]
}

// adverbOpener reports whether token i is an adverb, capitalised or not,
// before a preposition or a subordinator: "Shortly after the call ended,
// Rubio's campaign …".
func (a *article) adverbOpener(i int) bool {
	if !a.isWord(i) || !a.isWord(i+1) {
		return false
	}
	next := a.d.Toks[i+1].Lower
	if !a.p.Prepositions[next] && !a.p.Subordinators[next] {
		return false
	}
	return a.p.AdverbForm(a.d.Toks[i].Lower)
}

// apposition reports whether token i opens an apposition after a name:
// "the chairwoman of …", "herself a supporter", "chairman of …", "70,",
// "R-Texas,".
func (a *article) apposition(i int) bool {
	if !a.isWord(i) {
		return false
	}
	w := a.d.Toks[i].Lower
	return a.isNumber(i) || a.p.Determiners[w] || a.p.Reflexives[w] || a.p.Affiliation(w) ||
		!a.d.Toks[i].Cap && (a.p.PersonTitles[w] || a.p.Titles[w])
}

// adjacentAfter: “…,” X said / said X / a déclaré X / a-t-il dit.
func adjacentAfter(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	k := a.d.tokAt(q.Outer.End)
	if k >= len(a.d.Toks) || a.d.Toks[k].Newlines > 0 {
		return finding{}, false
	}
	if a.isPunct(k, ",") {
		k++
	}
	// a quote that ends its sentence with a full stop, then a capital: the
	// next sentence ("… this week.” She added that …") is not its cue
	if content := a.d.Text[q.Content.Start:q.Content.End]; strings.HasSuffix(content, ".") && k < len(a.d.Toks) && a.d.Toks[k].Cap {
		return finding{}, false
	}
	if a.isWord(k) && a.p.ObjectClitics[a.d.Toks[k].Lower] && a.cueWord(k+1) {
		k++ // "« … », nous a expliqué Jacques Moreau": the listener before an inverted cue
	}
	if a.isWord(k) && a.p.Reflexives[a.d.Toks[k].Lower] && a.cueWord(k+1) {
		k++ // "« … », s'interroge Pascal Blache": the reflexive of an inverted cue
	}
	for j := k; j < len(a.d.Toks) && j < k+20; j++ {
		if a.isPunct(j, "(") {
			// a parenthetical never ends the clause: Rep. Jane Doyle (D-Ore.) said
			for j < len(a.d.Toks) && j < k+20 && !a.isPunct(j, ")") {
				j++
			}
			continue
		}
		if (j > k && a.d.Toks[j].Newlines > 0) || a.boundary(j) || a.inQuote[j] || a.isPunct(j, ":") {
			return finding{}, false
		}
		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if pr, inverted := a.p.InvertedAuxiliaries[a.d.Toks[j].Lower]; !ok && j == k && inverted && a.isWord(j+1) && !a.d.Toks[j+1].Cap {
			// an inverted auxiliary and a participle no list holds: "« … »,
			// a-t-il éludé"
			ph, n, ok = lang.Phrase{Pronoun: pr}, 2, true
		}
		if !ok {
			continue
		}
		f := finding{cue: mention{j, j + n}}
		if j == k {
			if ph.Pronoun != "" {
				f.embedded = ph.Pronoun
				return a.agent(f, j+n), true
			}
			if a.p.IsParticiple(ph) {
				// "“…,” promising the Friends of Abe will return": a
				// participle has no source after it, only an object
				limit, _ := a.d.sentToks(a.d.sentOf(q.Outer.Start))
				return a.participleSource(f, j, limit)
			}
			w := a.d.Toks[j+n-1].Lower
			if a.p.AddresseeVerbs[w] && !(a.p.QuestionVerbs[w] && strings.HasSuffix(a.d.Text[q.Content.Start:q.Content.End], "?")) {
				// "told Reuters" names the listener; but after a question,
				// "asked Sen. Mikulski" names the one who asked
				return finding{}, false
			}
			f.who = a.invertedSource(j+n, a.clauseEnd(j+n))
			return f, f.who.ok()
		}
		f.who = a.subjectBefore(j, k)
		if f.who.ok() && f.who.first == k && a.introducesNext(qi, j+n) {
			return finding{}, false
		}
		return f, f.who.ok() && f.who.first == k
	}
	return finding{}, false
}

// introducesNext reports whether the cue that ends at token e, after quote
// q, introduces the quote after it instead: q ends its sentence with a
// question or an exclamation, and the cue's clause runs to a comma or a
// colon before the next quotation, which opens a sentence ("“Why now?”
// Mills then writes back, “You look cute.”").
func (a *article) introducesNext(qi, e int) bool {
	q := a.quotes[qi]
	content := a.d.Text[q.Content.Start:q.Content.End]
	if !strings.HasSuffix(content, "?") && !strings.HasSuffix(content, "!") {
		return false
	}
	for c := e; c < len(a.d.Toks) && c < e+3 && (a.isWord(c) || a.isPunct(c, ",", ":")); c++ {
		if a.isPunct(c, ",", ":") {
			// a new sentence, not the same one split: “…?” he asked, “and …”
			return a.opensQuote(c+1) && c+2 < len(a.d.Toks) && a.d.Toks[c+2].Cap
		}
	}
	return false
}

// adjacentBefore: X said: “…” / X said “…” / X a affirmé : «…» / said X: “…”.
func adjacentBefore(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	open := a.d.tokAt(q.Outer.Start)
	b := open - 1
	if b < 0 || a.d.Toks[open].Newlines > 0 {
		return finding{}, false
	}
	limit, _ := a.d.sentToks(a.d.sentOf(a.d.Toks[b].Start))
	lead := a.isPunct(b, ":", ",")
	for j := b; j >= limit && j > b-10; j-- {
		if a.inQuote[j] || a.final(j) || a.isPunct(j, ";") {
			break
		}
		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok {
			continue
		}
		gap := b - (j + n) + 1 // tokens between the cue and the quote
		if gap > 0 && !lead && !a.glue(j+n, b+1) {
			return finding{}, false
		}
		if gap > 6 {
			return finding{}, false
		}
		return a.cueWith(ph, j, n, limit)
	}
	return finding{}, false
}

// glue reports whether tokens [i, j) only join a cue to its quote ("that").
func (a *article) glue(i, j int) bool {
	for k := i; k < j; k++ {
		if !a.isWord(k) || !a.p.Stopwords[a.d.Toks[k].Lower] {
			return false
		}
	}
	return j-i <= 2
}

// incise: a cue with its pronoun set inside the quote marks between
// commas or before a stop, as French writes it: «…, raconte-t-elle. …».
func incise(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	first, last := a.d.tokAt(q.Content.Start), a.d.tokAt(q.Content.End)
	for j := first + 1; j < last-1; j++ {
		if !a.isPunct(j-1, ",") {
			continue
		}
		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok || ph.Pronoun == "" || !a.isPunct(j+n, ",", ".", "!", "?") {
			continue
		}
		f := finding{cue: mention{j, j + n}, embedded: ph.Pronoun}
		return a.agent(f, j+n), true
	}
	return finding{}, false
}

// accordingTo: according to X / selon X / d'après X, in the quote's sentence;
// or "Pour X, …" opening it.
func accordingTo(a *article, qi int) (finding, bool) {
	first, last := a.quoteSentences(qi)
	best, bestDist := finding{}, -1
	for j := first; j < last; j++ {
		if a.inQuote[j] {
			continue
		}
		_, n, ok := a.p.SourceMarkers.Match(a.d.Toks, j)
		if !ok {
			// "Pour X, « … »", "Mais pour X, « … »"
			opens := a.sentenceStart(j) || a.isWord(j-1) && a.p.Coordinators[a.d.Toks[j-1].Lower] && a.sentenceStart(j-1)
			_, n2, ok2 := a.p.OpinionMarkers.Match(a.d.Toks, j)
			if ok2 && opens {
				m := a.objectAfter(j+n2, a.clauseEnd(j+n2))
				if m.ok() && a.isPunct(m.last, ",") {
					return finding{who: m, cue: mention{j, j + n2}}, true
				}
			}
			// "X, pour qui « … »": the relative pronoun's antecedent, when
			// the quote is in its clause
			if ok2 && a.isPunct(j-1, ",") && a.isWord(j+n2) && a.p.RelativePronouns[a.d.Toks[j+n2].Lower] && a.inClause(j, qi) {
				if m := a.subjectBefore(j, first); m.ok() && a.personal(m) {
					if d := a.distance(qi, j); bestDist < 0 || d < bestDist {
						best, bestDist = finding{who: m, cue: mention{j, j + n2 + 1}}, d
					}
				}
			}
			continue
		}
		if pr := a.p.StressedPronouns[a.d.Toks[j+n].Lower]; pr != "" && a.isWord(j+n) {
			// "Selon lui, « … »": the pronoun it stands for
			if d := a.distance(qi, j); bestDist < 0 || d < bestDist {
				best, bestDist = finding{embedded: pr, cue: mention{j, j + n + 1}}, d
			}
			continue
		}
		m := a.objectAfter(j+n, a.clauseEnd(j+n))
		if !m.ok() {
			m = a.properPhrase(j + n)
		}
		if !m.ok() {
			continue
		}
		if d := a.distance(qi, j); bestDist < 0 || d < bestDist {
			// "according to a statement from the White House": the author
			f := a.agent(finding{who: m, cue: mention{j, j + n}}, j+n)
			f.who = a.documentAuthor(f.who, first, j)
			best, bestDist = f, d
		}
	}
	return best, bestDist >= 0
}

// inClause reports whether quote qi opens after token j with no
// boundary or comma of the writer's between them.
func (a *article) inClause(j, qi int) bool {
	open := a.d.tokAt(a.quotes[qi].Outer.Start)
	if open <= j {
		return false
	}
	for k := j; k < open; k++ {
		if a.boundary(k) || a.isPunct(k, ",") {
			return false
		}
	}
	return true
}

// interviewWith reports whether tokens first to j are a document word and
// a preposition, the name after them being who speaks in it: "Entretien
// avec", "Interview with".
func (a *article) interviewWith(first, j int) bool {
	k := first
	if a.isWord(k) && a.p.Determiners[a.d.Toks[k].Lower] {
		k++
	}
	return j == k+2 && a.isWord(k) && a.p.DocumentWords[a.d.Toks[k].Lower] && a.isWord(k+1) && a.p.Prepositions[a.d.Toks[k+1].Lower]
}

// passiveAgent: a reporting verb's past participle, the quote and its
// agent — "une prévision jugée « optimiste » par le Haut Conseil", "un
// texte qualifié d'« historique » par la ministre".
func passiveAgent(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	v := a.d.tokAt(q.Outer.Start) - 1
	if a.isPunct(v, "'", "’") && a.isWord(v-1) && a.d.Toks[v-1].End == a.d.Toks[v].Start {
		v-- // an elided particle before the mark: "qualifié d'« … »"
	}
	if a.isWord(v) && (a.p.AsMarkers[a.d.Toks[v].Lower] || a.p.NameParticles[a.d.Toks[v].Lower] || a.p.NameParticles[a.d.Toks[v].Lower+"'"]) {
		v-- // "qualifié d'« … »", "décrit comme « … »"
	}
	if !a.isWord(v) || !a.p.PastParticiples[a.d.Toks[v].Lower] {
		return finding{}, false
	}
	k := a.d.tokAt(q.Outer.End)
	if k >= len(a.d.Toks) || !a.isWord(k) || !a.p.AgentMarkers[a.d.Toks[k].Lower] {
		return finding{}, false
	}
	m := a.objectAfter(k+1, a.clauseEnd(k+1))
	if !m.ok() || m.first > k+2 {
		return finding{}, false
	}
	return finding{who: m, cue: mention{v, v + 1}}, true
}

// properPhrase reads, after "according to", a phrase headed by a proper
// noun up to its comma: "D'après l'Observatoire des séismes alpins, …".
// The marker says it is a source, whatever its head.
func (a *article) properPhrase(k int) mention {
	j := k
	if a.isWord(j) && a.p.Determiners[a.d.Toks[j].Lower] {
		j++
	}
	if !a.nameWord(j) {
		return mention{}
	}
	for e := j + 1; e < len(a.d.Toks) && e < k+9; e++ {
		if a.isPunct(e, ",") {
			return mention{j, e}
		}
		if !a.isWord(e) || a.inQuote[e] {
			break
		}
	}
	return mention{}
}

// dash: “…” — X.
func dash(a *article, qi int) (finding, bool) {
	k := a.d.tokAt(a.quotes[qi].Outer.End)
	if k >= len(a.d.Toks) {
		return finding{}, false
	}
	if a.d.Toks[k].Newlines > 1 {
		// a paragraph of its own under the quote: "- Sanders." /
		// "— Michelle Marks, Philadelphia."
		p := a.d.Paras[a.d.paraOf(a.d.Toks[k].Start)]
		if a.d.Toks[k].Newlines > 2 || a.d.tokAt(p.End)-k > 15 {
			return finding{}, false
		}
	}
	start := k
	for k < len(a.d.Toks) && a.isDash(k) && k < start+2 {
		k++
	}
	if k == start || !a.nameWord(k) {
		return finding{}, false
	}
	m := a.nameFwd(k, a.clauseEnd(k))
	if !m.ok() || !a.hasName(m) {
		return finding{}, false
	}
	return finding{who: m, cue: mention{start, k}}, true
}

// colon: the sentence before the quote ends with a colon after a cue
// ("Cruz continued:"), or names the source before the colon ("Kerry:").
func colon(a *article, qi int) (finding, bool) {
	b := a.d.tokAt(a.quotes[qi].Outer.Start) - 1
	if !a.isPunct(b, ":") || a.inQuote[b] {
		return finding{}, false
	}
	limit, _ := a.d.sentToks(a.d.sentOf(a.d.Toks[b].Start))
	for j := b - 1; j >= limit && j > b-25; j-- {
		if a.inQuote[j] {
			break
		}
		if ph, n, ok := a.verbAt(j, a.p.SpeechVerbs); ok {
			if f, ok := a.cueWith(ph, j, n, limit); ok {
				return f, true
			}
		}
	}
	if m := a.subjectAt(b-1, limit); m.ok() && a.hasName(m) && (m.first == limit || a.isDash(m.first-1) || a.interviewWith(limit, m.first) || a.describedFrom(limit, m.first)) {
		return finding{who: m}, true // "Kerry: …", "… — Philip Bump: “…”", "Entretien avec Nicolas Mayer-Rossignol : « … »"
	}
	// "Here's Clinton in December 1992: “…”", « Voici Macron en 2017 : … »
	if _, n, ok := a.p.Presenters.Match(a.d.Toks, limit); ok {
		if m := a.objectAfter(limit+n, b); m.ok() && m.first == limit+n && a.hasName(m) {
			return finding{who: m}, true
		}
	}
	// "President Clinton released the following statement:" — the
	// sentence that introduces the quote names its source first
	if m := a.sentenceSubject(limit); m.ok() && a.personal(m) {
		return finding{who: m}, true
	}
	return finding{}, false
}

// narrative: the quote's sentence opens with an infinitive that has no
// subject of its own (« Et d'ajouter : « … » », « Et de conclure,
// « … » »): it goes on with the source of the sentence before.
func narrative(a *article, qi int) (finding, bool) {
	first, _ := a.quoteSentences(qi)
	cue, ok := a.narrativeCue(first, a.d.tokAt(a.quotes[qi].Outer.Start))
	if !ok {
		return finding{}, false
	}
	f, ok := a.narrativeSource(first)
	f.cue = cue
	return f, ok
}

// narrativeCue returns the narrative infinitive that opens a sentence at
// token first, before token limit: an opener, perhaps an adverb, a
// reporting verb (« Et d'ajouter encore »).
func (a *article) narrativeCue(first, limit int) (mention, bool) {
	_, n, ok := a.p.NarrativeOpeners.Match(a.d.Toks, first)
	if !ok {
		return mention{}, false
	}
	j := first + n
	for j < limit {
		_, k, ok := a.p.CueInserts.Match(a.d.Toks, j)
		if !ok {
			break
		}
		j += k
	}
	ph, k, ok := a.verbAt(j, a.p.SpeechVerbs)
	if !ok || ph.Pronoun != "" || k != 1 || j+k > limit {
		return mention{}, false
	}
	return mention{first, j + k}, true
}

// narrativeSource returns the source a narrative infinitive opening its
// sentence at token first goes on with: that of a quote in the sentence
// before (from it), or else the sentence's subject, in the same
// paragraph or the one before.
func (a *article) narrativeSource(first int) (finding, bool) {
	s := a.d.sentOf(a.d.Toks[first].Start)
	if s == 0 || a.d.paraOf(a.d.Toks[first].Start)-a.d.paraOf(a.d.Sents[s-1].Start) > 1 {
		return finding{}, false
	}
	quotes := a.quotesIn(s - 1)
	for i := len(quotes) - 1; i >= 0; i-- {
		if pi := quotes[i]; a.found[pi] != nil && a.sources[pi] != nil {
			return finding{from: pi}, true
		}
	}
	prev, _ := a.d.sentToks(s - 1)
	if m := a.sentenceSubject(prev); m.ok() && a.personal(m) {
		return finding{who: m}, true
	}
	return finding{}, false
}

// describedFrom reports whether tokens [first, j) are a description that
// opens its sentence and heads the name at j: "Former secretary of state
// Hillary Rodham Clinton: “…”".
func (a *article) describedFrom(first, j int) bool {
	if j-first > 6 || !a.roleBeforeName(first, j) {
		return false
	}
	for k := first; k < j; k++ {
		if !a.isWord(k) || k > first && a.d.Toks[k].Cap {
			return false
		}
	}
	return true
}

// personal reports whether a mention can be a source: a pronoun, a name,
// or a description whose head is a role, an organization or a group.
func (a *article) personal(m mention) bool {
	if _, ok := a.pronoun(m.first); ok && m.last-m.first == 1 {
		return true
	}
	return a.hasName(m) || a.sourceHead(a.d.Toks[m.last-1].Lower)
}

// sentenceCue: a reporting verb elsewhere in the quote's sentence, nearest
// first ("Morris says the campaign will “compete vigorously”").
func sentenceCue(a *article, qi int) (finding, bool) {
	first, last := a.quoteSentences(qi)
	best, bestDist := finding{}, -1
	for _, set := range []*lang.Phrases{a.p.SpeechVerbs, a.p.CognitionVerbs} {
		for j := first; j < last; j++ {
			if a.inQuote[j] {
				continue
			}
			ph, n, ok := a.verbAt(j, set)
			if !ok {
				continue
			}
			f, ok := a.cueWith(ph, j, n, first)
			if !ok {
				continue
			}
			d := a.distance(qi, j)
			if j > a.d.tokAt(a.quotes[qi].Outer.Start) {
				d += 8 // a cue before the quote introduces it; one after may belong to the next clause
			}
			if bestDist < 0 || d < bestDist {
				best, bestDist = f, d
			}
		}
		if bestDist >= 0 {
			return best, true
		}
	}
	// a noun for words and whose they are, before the quote: "comments
	// from former Secretary Leon Panetta that “…”", « les propos du
	// ministre selon lesquels « … » »
	open := a.d.tokAt(a.quotes[qi].Outer.Start)
	for j := open - 2; j >= first && j > open-20; j-- {
		if a.inQuote[j] || !a.isWord(j) || !a.p.NounCues[a.d.Toks[j].Lower] || !a.isWord(j+1) || !a.p.NounCueSources[a.d.Toks[j+1].Lower] {
			continue
		}
		// (plural, or after its determiner: not "a far cry from Sanders")
		if !a.plural(j) && (!a.isWord(j-1) || !a.p.Determiners[a.d.Toks[j-1].Lower]) {
			continue
		}
		if m := a.subjectBefore(a.nameEnd(j+2, open), j+2); m.ok() && a.hasName(m) {
			return finding{who: m, cue: mention{j, j + 1}}, true
		}
	}
	return finding{}, false
}

// nameEnd returns where a run of words from token k that ends in a
// name stops, before token limit (the "former harbour master Leon Pratt"
// of "comments from former harbour master Leon Pratt that"), or k.
func (a *article) nameEnd(k, limit int) int {
	end := k
	for i := k; i < limit && i < k+10 && a.isWord(i); i++ {
		switch {
		case a.nameWord(i):
			end = i + 1
		case end > k && !(a.p.NameParticles[a.d.Toks[i].Lower] && a.nameWord(i+1)):
			return end // (a particle between names goes on: Secretary of Defense Leon Panetta)
		}
	}
	return end
}

// nextSentence: the sentence after the quote, in the same paragraph, opens
// with a source and a cue ("The senator added that …"), or names it after
// a phrase that refers back to the quote (« C'est en ces termes que le
// maire … »).
func nextSentence(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	s := a.d.sentOf(q.Outer.End - 1)
	next := len(a.d.Toks)
	if s+1 < len(a.d.Sents) && a.d.paraOf(a.d.Sents[s+1].Start) == a.d.paraOf(q.Outer.End-1) {
		next, _ = a.d.sentToks(s + 1)
	}
	// (right after the closing mark too: a sentence the segmenter left
	// joined to the quote's)
	for _, k := range []int{a.d.tokAt(q.Outer.End), next} {
		if _, n, ok := a.p.BackReferences.Match(a.d.Toks, k); ok && a.d.Toks[k].Cap {
			// "C'est en ces termes que le maire de Valmont a parlé …"
			m := a.objectAfter(k+n, a.clauseEnd(k+n))
			if m.ok() && m.first == k+n && a.personal(m) {
				return finding{who: m, cue: mention{k, k + n}}, true
			}
			return finding{}, false
		}
	}
	if next == len(a.d.Toks) {
		return finding{}, false
	}
	first, last := a.d.sentToks(s + 1)
	for j := first; j < last && j < first+8; j++ {
		if a.inQuote[j] {
			return finding{}, false
		}
		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok {
			continue
		}
		if ph.Pronoun != "" {
			return finding{embedded: ph.Pronoun, cue: mention{j, j + n}}, true
		}
		m := a.subjectBefore(j, first)
		if m.ok() && m.first == first {
			return finding{who: m, cue: mention{j, j + n}}, true
		}
		return finding{}, false
	}
	return finding{}, false
}

// continuation: a quote with no cue of its own, in the same paragraph as
// an attributed quote or in the paragraph right after it, keeps its speaker.
func continuation(a *article, qi int) (finding, bool) {
	for pi := qi - 1; pi >= 0 && pi >= qi-3; pi-- {
		prev := a.found[pi]
		if prev == nil || prev.rule == "subject" {
			continue // words quoted in passing start no run of quotes
		}
		gap := a.d.paraOf(a.quotes[qi].Outer.Start) - a.d.paraOf(a.quotes[pi].Outer.End-1)
		if gap > 2 || gap == 2 && !a.aboutSpeaker(qi, a.sources[pi]) || a.otherSubject(qi, a.sources[pi]) {
			return finding{}, false
		}
		return finding{from: pi}, true
	}
	return finding{}, false
}

// aboutSpeaker reports whether the paragraph before quote qi, which opens
// its own paragraph, holds no quote and opens with a sentence whose
// subject names the last speaker, prev: "Greer is upbeat about the vote.
// / “Not only can she win, …”" goes on with Greer's words.
func (a *article) aboutSpeaker(qi int, prev *source) bool {
	q := a.quotes[qi]
	p := a.d.paraOf(q.Outer.Start)
	if prev == nil || p == 0 || a.d.Paras[p].Start != q.Outer.Start {
		return false
	}
	s := a.d.sentOf(q.Outer.Start) - 1
	for ; s >= 0 && a.d.paraOf(a.d.Sents[s].Start) == p-1; s-- {
		if len(a.quotesIn(s)) > 0 {
			return false
		}
	}
	if s+1 >= len(a.d.Sents) || a.d.paraOf(a.d.Sents[s+1].Start) != p-1 {
		return false
	}
	first, _ := a.d.sentToks(s + 1)
	m := a.sentenceSubject(first)
	if !m.ok() {
		return false
	}
	if !a.hasName(m) {
		// a pronoun or a description that stands for the speaker:
		// "L'anthropologue rappelle que …" after Marc Bordigoni's words
		if w := a.d.Toks[m.first].Lower; !a.personal(m) || a.p.PossessiveDeterminers[w] != "" || a.p.OwnerDeterminers[w] {
			return false // (not "her team")
		}
		src := a.resolve(-1, finding{who: m})
		return src != nil && (src.how == "pronoun" || src.how == "description") && src.name == prev.name
	}
	for i := m.first; i <= m.last; i++ {
		if a.possessive(i) {
			return false // the speaker's something: "Clinton’s critique is …"
		}
	}
	e := a.entity(m)
	return len(e.words) > 0 && prev.names(e)
}

// subject: words quoted inside a sentence whose subject is named, with no
// cue for them: the subject's ("Trump called her “crooked”"; on PolNeAR
// train 72 % right, so its confidence stays low).
func subject(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	if a.kind(qi) != models.Partial {
		return finding{}, false
	}
	first, _ := a.d.sentToks(a.d.sentOf(q.Outer.Start))
	m := a.sentenceSubject(first)
	if !m.ok() || m.last > a.d.tokAt(q.Outer.Start) {
		return finding{}, false
	}
	if a.inApposition(m, qi) {
		return finding{}, false // "Eric Drouet, autre figure des « gilets jaunes », était présent": the writer's words
	}
	// a person's name: a pronoun or a description is right less than half
	// the time, and a capitalised word opening a sentence may be none
	for _, e := range a.entsIn(a.d.sentOf(q.Outer.Start)) {
		if e.person && e.m.first < m.last && m.first < e.m.last {
			return finding{who: m}, true
		}
	}
	return finding{}, false
}

// inApposition reports whether quote qi stands in an apposition set off
// by commas right after subject m, with no cue in it.
func (a *article) inApposition(m mention, qi int) bool {
	q := a.quotes[qi]
	open, close := a.d.tokAt(q.Outer.Start), a.d.tokAt(q.Outer.End)
	if !a.isPunct(m.last, ",") || a.commaIn(m.last+1, open) {
		return false
	}
	for j := m.last + 1; j < open; j++ {
		if _, _, ok := a.verbAt(j, a.p.SpeechVerbs); ok {
			return false
		}
	}
	return a.isPunct(close, ",") || a.isPunct(close+1, ",") && !a.isWord(close)
}

// otherSubject reports whether the sentence around quote qi names, before
// the quote and outside other quotes, someone other than prev: "West landed a sharp dig at “…”"
// does not continue the last speaker's quotes.
func (a *article) otherSubject(qi int, prev *source) bool {
	if prev == nil {
		return false
	}
	q := a.quotes[qi]
	open := a.d.tokAt(q.Outer.Start)
	for s := a.d.sentOf(q.Outer.Start); s <= a.d.sentOf(q.Outer.End-1); s++ {
		first, _ := a.d.sentToks(s)
		for _, e := range a.entsIn(s) {
			// only names before the quote: the sentence's subject (a name
			// of two words or more opening the sentence is one, known to be
			// a person's or not: "Roberto De Zerbi préférait retenir « … »")
			opens := e.m.first == a.afterDateline(first) && len(e.words) > 1 && !e.place
			if e.m.first >= open || a.inQuote[e.m.first] || !e.person && !e.org && !opens || len(e.words) == 0 {
				continue
			}
			if !prev.names(e) {
				return true
			}
		}
	}
	// a quote opening its sentence after one, in its paragraph, whose
	// subject is another named source: "Clinton touted her credentials.
	// “We need …”" is hers, not the last speaker's
	s := a.d.sentOf(q.Outer.Start)
	if s == 0 || a.d.Sents[s].Start != q.Outer.Start && a.d.tokAt(a.d.Sents[s].Start) != open ||
		a.d.paraOf(a.d.Sents[s-1].Start) != a.d.paraOf(q.Outer.Start) || len(a.quotesIn(s-1)) > 0 {
		return false
	}
	first, last := a.d.sentToks(s - 1)
	// a cue after a clause in that sentence: "Ceux-ci savent que …,
	// dit-il.", "…, he said." The previous-sentence rule reads who.
	for j := first + 1; j < last; j++ {
		ph, _, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok {
			continue
		}
		if _, pro := a.pronoun(j - 1); ph.Pronoun != "" && a.isPunct(j-1, ",") || pro && j >= 2 && a.isPunct(j-2, ",") {
			return true
		}
	}
	m := a.sentenceSubject(first)
	if !m.ok() || !a.hasName(m) {
		return false
	}
	e := a.entity(m)
	return len(e.words) > 0 && !prev.names(e)
}

// previousSubject: a full quote that opens its paragraph, with no cue
// anywhere near, after a sentence whose subject is a person: "Le ministre
// a tenu à rassurer les habitants. / « Nous ne céderons pas. »"
func previousSubject(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	p := a.d.paraOf(q.Outer.Start)
	s := a.d.sentOf(q.Outer.Start)
	if s == 0 || a.kind(qi) != models.Direct || a.d.Paras[p].Start != q.Outer.Start || len(a.quotesIn(s-1)) > 0 {
		return finding{}, false
	}
	// the quote is its whole paragraph: no cue after it that went unread
	if end := a.d.Paras[p].End; a.d.tokAt(q.Outer.End) < len(a.d.Toks) && a.d.Toks[a.d.tokAt(q.Outer.End)].Start < end {
		for k := a.d.tokAt(q.Outer.End); k < len(a.d.Toks) && a.d.Toks[k].Start < end; k++ {
			if a.isWord(k) {
				return finding{}, false
			}
		}
	}
	first, _ := a.d.sentToks(s - 1)
	m := a.sentenceSubject(first)
	if !m.ok() || a.isPronounMention(m) && a.p.ImpersonalPronouns[a.d.Toks[m.first].Lower] {
		return finding{}, false
	}
	// a person: a name with a first name or a title, a role, or a pronoun
	if a.hasName(m) {
		if e := a.entity(m); !e.person && !a.firstNamed(m) {
			return finding{}, false
		}
	} else if a.typeOf(m, false) != models.Person {
		return finding{}, false
	}
	return finding{who: m}, true
}

// previousSentence: the sentence before the quote, in its paragraph, has a
// source and a reporting verb.
func previousSentence(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	s := a.d.sentOf(q.Outer.Start)
	if s == 0 {
		return finding{}, false
	}
	if a.d.paraOf(a.d.Sents[s-1].Start) != a.d.paraOf(q.Outer.Start) && a.d.Paras[a.d.paraOf(q.Outer.Start)].Start != q.Outer.Start {
		return finding{}, false
	}
	first, last := a.d.sentToks(s - 1)
	for j := first; j < last; j++ {
		if a.inQuote[j] {
			continue
		}
		if ph, n, ok := a.verbAt(j, a.p.SpeechVerbs); ok {
			if f, ok := a.cueWith(ph, j, n, first); ok {
				return f, true
			}
		}
	}
	return finding{}, false
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

// transcript: a quote that opens with a speaker's label, as transcripts
// and interviews are written ("WALLACE: Let's start …", "Q: …").
func transcript(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	first := a.d.tokAt(q.Content.Start)
	j := first
	for j < len(a.d.Toks) && j < first+4 && a.nameWord(j) {
		j++
	}
	if j == first || !a.isPunct(j, ":") || a.d.Toks[j].End > q.Content.End {
		return finding{}, false
	}
	// a label is written in capitals or is a known speaker's name
	label := a.d.Text[a.d.Toks[first].Start:a.d.Toks[j-1].End]
	if label != strings.ToUpper(label) && !a.speakerNames[a.d.Toks[j-1].Lower] {
		return finding{}, false
	}
	return finding{who: mention{first, j}, cue: mention{j, j + 1}}, true
}
