package attribution

// Reported speech around a cue between commas in the middle of the
// sentence: "Otherwise, she said, countries may …".

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
				if f.who.ok() {
					after = a.companionsEnd(after, end) // ", said Doyle and others,"
				}
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
			if c-first > 3 && a.subjectPhrase(first, c) && a.predicateOpens(k, end) {
				// a longer subject, then the cue, then its verb:
				// "Pivoting to deficit reduction too soon, a wide array of
				// economists say, limited the recovery"
				return statement{first: first, last: end, f: f}, true
			}
			if a.participlePhrase(k) || a.isWord(k) && a.p.Subordinators[a.d.Toks[k].Lower] && c-first > 3 {
				// "Sales were great, he said, wiping his face", "Power was
				// out, officials said, as crews struggled …": the
				// statement is before the cue
				return statement{first: first, last: c, f: f}, true
			}
			st := statement{first: k, last: end, f: f}
			// (a subject pronoun opening the part makes it a clause too:
			// "She also gave Reagan advice, Anthony says, and …")
			if c-first >= 3 && (a.finiteClause(first, c) || a.subjectPronoun(mention{first, first + 1}) && !a.commaIn(first, c)) &&
				!a.quoteBetween(first, c) && !a.subordinateBefore(first, c) {
				st.more = mention{first, c} // "The streets were deserted, he added, but …"
			}
			return st, true
		}
	}
	return statement{}, false
}

// subjectPhrase reports whether tokens first to c can be the subject of
// a verb after them: a noun phrase or a gerund's phrase opening the
// sentence (a coordinator aside), with no comma, quote or verb of its
// own: "The main problem they have been facing", "And the first step to
// improving his relationships", "Pivoting to deficit reduction too soon".
func (a *article) subjectPhrase(first, c int) bool {
	if a.isWord(first) && a.p.Coordinators[a.d.Toks[first].Lower] {
		first++
	}
	if first >= c || !(a.nounOpens(first) || a.d.Toks[first].Cap && a.p.ParticipleWord(a.d.Toks[first].Lower)) {
		return false
	}
	return !a.commaIn(first, c) && !a.quoteBetween(first, c) && !a.finiteClause(first, c)
}

// predicateOpens reports whether the words from token k go on as a
// verb with no subject of its own: "limited the recovery", "is figuring
// out how …", "will be …" — not "he is still …", "but …", "the party …".
func (a *article) predicateOpens(k, end int) bool {
	if k >= end || !a.isWord(k) || a.d.Toks[k].Cap {
		return false
	}
	w := a.d.Toks[k].Lower
	if a.p.Auxiliaries[w] {
		return true
	}
	if _, pro := a.pronoun(k); pro || a.p.Stopwords[w] || a.p.Determiners[w] || a.p.PossessiveDeterminers[w] != "" ||
		a.p.Prepositions[w] || a.p.CuePrepositions[w] || a.p.Subordinators[w] || a.p.Complementizers[w] ||
		a.p.RelativePronouns[w] || a.isNumber(k) || a.adverb(k) {
		return false
	}
	return true
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

// companionsEnd returns the comma that ends the companions coordinated
// with a source read at k's left — a coordinator at k, then one word or a
// name — when no coordinator follows that comma (", said Doyle and
// others, would be …", ", said Smith and Jones Inc., is …"); else k.
func (a *article) companionsEnd(k, end int) int {
	if k+2 >= end || !a.isWord(k) || !a.p.Coordinators[a.d.Toks[k].Lower] || !a.isWord(k+1) {
		return k
	}
	c := k + 2
	if a.nameWord(k + 1) {
		if m := a.nameFwd(k+1, end); m.ok() {
			c = m.last
		}
	}
	if c+1 < end && a.isPunct(c, ",") && !(a.isWord(c+1) && a.p.Coordinators[a.d.Toks[c+1].Lower]) {
		return c
	}
	return k
}
