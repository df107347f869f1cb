package attribution

import "github.com/whosaid/whosaid/models"

// Reported speech before its cue: "CLAUSE, X said.", "CLAUSE, said X.",
// "CLAUSE, a-t-il dit."

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
		closed := -1 // the token after quoted words that end the clause
		if a.inQuote[c] {
			// quoted words end the clause, its comma inside the marks,
			// after three words of the writer's: "America needs leaders
			// “who understand …,” Clinton said"
			for k < end && a.inQuote[k] && !a.isWord(k) {
				k++
			}
			if k == c+1 || k < len(a.inQuote) && a.inQuote[k] || !a.plainLead(first, c) || !a.statementEndsAt(k-1) {
				continue
			}
			closed = k
		}
		// (a source may take eight words before its cue: "…, Algerian
		// foreign affairs ministry spokesman Benali Cherif Abdelaziz said")
		for j := k; j < end && j < k+9; j++ {
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
			case j == k && a.p.IsParticiple(ph):
				// "…, accusing the board of …": the participle's subject is
				// the clause's, no source after it
				return statement{}, false
			case j == k && a.p.AddresseeVerbs[a.d.Toks[j+n-1].Lower]:
				// ", a appelé les autorités à …": a listener, not a source
				// — unless the source and its apposition stand before the
				// cue: "…, his top aide, Tad Devine, told The Huffington Post"
				m, p := a.apposedSource(first, c, j)
				if !m.ok() {
					return statement{}, false
				}
				f.who, c, k = m, p, p+1
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
				if !f.who.ok() && n == 1 {
					// "…, a spokeswoman, Anna White, said": the source and
					// its apposition stand before the cue; the clause ends
					// before them
					if m, p := a.apposedSource(first, c, j); m.ok() {
						f.who, c, k = m, p, p+1
						break // out of the switch: the source is read
					}
				}
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
				} else if m.ok() && (a.adjectivesBefore(k, m.first) || a.coordinatedBefore(k, m.first) || a.modifiersBefore(k, m)) {
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
			if closed == k && a.holdsCue(tail, end) {
				// "… ''…,'' said Mr. Kamin, who emphasized that …": the
				// quote is a claim of its own, and so is the relative's
				return statement{}, false
			}
			// (or a time phrase: "…, the university reported last week")
			if tail < end && !relative && !a.isPunct(tail, ",", ";") && (end-tail > 5 || !a.isWord(tail) || !a.p.CueFillers[a.d.Toks[tail].Lower]) &&
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
			st := statement{first: first, last: c, f: f}
			if closed == k {
				st.last = closed // the quote's closing marks end the clause
			}
			if a.isPunct(tail, ",") && a.isWord(tail+1) && a.p.Coordinators[a.d.Toks[tail+1].Lower] && end-tail-2 >= 3 && !a.holdsCue(tail+2, end) {
				// "…, added the harbour office, and had failed two
				// checks": a coordinated clause after the cue is the
				// source's too
				st.more = mention{tail + 1, end}
			}
			return st, true
		}
		// no cue after this comma: an apposition ("…, said X, a scientist"); look further back
	}
	return statement{}, false
}

// apposedSource reads a source and its apposition between commas before
// a cue at j, whose comma is c: "…, a spokeswoman, Anna White, said",
// "…, Anna White, a spokeswoman, said". It returns the source and the
// comma that ends the clause before them, or no mention.
func (a *article) apposedSource(first, c, j int) (mention, int) {
	m := a.subjectBefore(j, first+1)
	if !m.ok() || !a.hasName(m) {
		return mention{}, 0
	}
	c2 := c - 1 // the apposition's comma
	for c2 > m.first && !a.isPunct(c2, ",") {
		c2--
	}
	if c2 <= m.first && m.last != c {
		return mention{}, 0
	}
	open := m.first // the phrase's first token
	if m.last == c {
		// the name second: its role stands between the two commas before it
		c2 = m.first - 1
		open = c2 - 1
		for open > first && !a.isPunct(open, ",") {
			open--
		}
		open++
		if !a.isPunct(c2, ",") || c2-open < 1 || c2-open > 6 || a.finiteClause(open, c2) {
			return mention{}, 0
		}
	} else if c-c2-1 < 1 || c-c2-1 > 6 || a.finiteClause(c2+1, c) {
		return mention{}, 0
	}
	p := open - 1
	if p < first+3 || !a.isPunct(p, ",") {
		return mention{}, 0
	}
	return m, p
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

// modifiersBefore reports whether tokens k to m.first are words that
// qualify a named or plural source: "Algerian foreign affairs ministry"
// before "spokesman Benali Cherif Abdelaziz", "current and" before
// "former officials". A coordinator stands only between two of them.
func (a *article) modifiersBefore(k int, m mention) bool {
	n := m.first
	if n-k < 1 || n-k > 4 || !(a.hasName(m) || a.pluralPerson(a.d.Toks[m.last-1].Lower)) {
		return false
	}
	for i := k; i < n; i++ {
		if !a.isWord(i) {
			return false
		}
		w := a.d.Toks[i].Lower
		if a.p.Coordinators[w] {
			if i == k || a.p.Coordinators[a.d.Toks[i-1].Lower] {
				return false
			}
			continue
		}
		if a.p.Stopwords[w] || a.p.Auxiliaries[w] || a.p.VerbModifiers[w] || a.adverb(i) || a.nameWord(i) && a.d.Toks[i].Cap && i+1 < n && a.nameWord(i+1) {
			return false
		}
		if _, _, ok := a.verbAt(i, a.p.SpeechVerbs); ok {
			return false
		}
	}
	return true
}

// coordinatedBefore reports whether tokens k to n are a plural noun for
// people, a name or a pronoun, then a coordinator: the "teachers and" of
// "teachers and union officials", the "he and" of "he and Mr. Allen".
func (a *article) coordinatedBefore(k, n int) bool {
	return n-k == 2 && a.isWord(k) && a.isWord(k+1) && a.p.Coordinators[a.d.Toks[k+1].Lower] &&
		(a.pluralPerson(a.d.Toks[k].Lower) || a.nameWord(k) || a.isPronoun(k))
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

// plainLead reports whether the writer's words between tokens first and
// c, before quoted words, can be the start of the source's statement:
// three to twelve of them, with no verb of speech or thought and no
// complementizer ("Both political parties “saw Burma as …”", not "X said
// she felt … because “…”" nor "… send a clear message that a top
// priority ”is …”", whose words before the quote are the writer's).
func (a *article) plainLead(first, c int) bool {
	n := 0
	for i := first; i < c && !a.inQuote[i]; i++ {
		if !a.isWord(i) {
			continue
		}
		n++
		if a.p.Complementizers[a.d.Toks[i].Lower] || a.cueWord(i) {
			return false
		}
		if _, _, ok := a.verbAt(i, a.p.CognitionVerbs); ok {
			return false
		}
	}
	return n >= 3 && n <= 12
}

// statementEndsAt reports whether a quote whose words are a statement,
// not a title, ends at token i.
func (a *article) statementEndsAt(i int) bool {
	for qi, q := range a.quotes {
		if q.Outer.End == a.d.Toks[i].End {
			return a.isStatement(qi, a.kind(qi))
		}
	}
	return false
}
