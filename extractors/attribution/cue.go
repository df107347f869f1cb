package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/models"
)

// Reading a cue: the speech verb near a quote, its subject before it
// ("X said", "X, the mayor, said") or after it ("said X", "a déclaré X"),
// a passive agent ("was told by X") and the subject that opens a
// sentence past its dateline and opening phrase.

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
		m = a.joined(m, limit)
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
// their ninth debate saying"), else m, the noun read before the cue. A
// name is the participle's own subject ("a letter from Sen. Hale
// explaining") unless a cue's preposition makes it a listener or a place
// ("sent a memo to The Washington Post explaining").
func (a *article) participleSubject(ph lang.Phrase, m mention, limit int) mention {
	if !a.p.IsParticiple(ph) || m.first <= limit || !a.isWord(m.first-1) ||
		a.hasName(m) && !a.p.CuePrepositions[a.d.Toks[m.first-1].Lower] || a.subjectPronoun(m) ||
		a.p.AbsoluteMarkers[a.d.Toks[m.first-1].Lower] { // "with 30 percent of voters saying": theirs
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
			!a.p.Determiners[a.d.Toks[s].Lower] && !a.p.Titles[a.d.Toks[s].Lower] { // (not "Mrs." of "Mrs. Clinton tried …")
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
		// (a place is no subject in a later segment, nor one standing alone
		// in the first after an opening phrase that ends with a name: "At a
		// rally in Portsmouth, N.H., on Tuesday, Sanders …")
		if m := a.objectAfter(s, a.clauseEnd(s)); m.ok() && !adverbial && !a.openingParticiple(m.first) &&
			!((seg > 0 || k > first && a.nameWord(k-2) && m.last == next-1) && (a.p.Places[a.placeName(m)] || a.p.Places[a.placeName(mention{k, m.last})])) {
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
