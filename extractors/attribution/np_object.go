package attribution

import "strings"

// The noun phrase after a cue, read forwards: "said Jake Horowitz,
// editor in chief of Mic.com", "a déclaré son gouverneur, François
// Villeroy de Galhau", and the source of an inverted cue.

// verbRun reports whether a run of two or more lower-case words that no
// list holds opens at token i, after a description's head: a verb and
// what follows it ("entend saisir" in "L'élu communiste entend saisir le
// tribunal"), not the words before a head of their own ("senior law
// enforcement official").
func (r *reader) verbRun(i int) bool {
	n := 0
	for k := i; r.isWord(k) && !r.tok(k).Cap && !r.p.Stopwords[r.tok(k).Lower]; k++ {
		if w := r.tok(k).Lower; r.sourceHead(w) || r.p.TitleModifiers[w] {
			return false
		}
		n++
	}
	return n >= 2
}

// headBeforeComplement reports whether the word before the first particle
// of tokens i to j heads a source: "les chiffres de l'Insee".
func (r *reader) headBeforeComplement(i, j int) bool {
	for p := i + 1; p < j; p++ {
		if r.isWord(p) && !r.tok(p).Cap && r.p.NameParticles[r.tok(p).Lower] {
			return r.isWord(p-1) && r.sourceHead(r.tok(p-1).Lower)
		}
	}
	return false
}

// objectAfter reads the source that follows an inverted cue or a source
// marker, starting at token k: "said Smith", "a déclaré le ministre",
// "according to the police".
func (r *reader) objectAfter(k, limit int) mention {
	if k >= limit || !r.isWord(k) {
		return mention{}
	}
	if _, ok := r.pronoun(k); ok {
		return mention{k, k + 1}
	}
	if n := r.pronounPhraseAt(k, limit); n > 0 {
		return mention{k, k + n} // "ce dernier"
	}
	// a role before a name, in lower case but for adjectives of party or
	// place: said chief executive Fiona Grant, said undecided Republican
	// voter Stephanie Hooton
	if r.isWord(k) && (!r.tok(k).Cap || !r.nameWord(k+1)) {
		role := -1 // the last role word
		for j := k; j < limit && j < k+6 && r.isWord(j); j++ {
			if lw := r.tok(j).Lower; r.p.Stopwords[lw] {
				// the complement of a role read: said former secretary of
				// state Hillary Clinton
				if role < 0 || !r.p.NameParticles[lw] || !r.isWord(j+1) || r.tok(j+1).Cap || r.p.Stopwords[r.tok(j+1).Lower] {
					break
				}
				j++
				role = j // the complement ends the role: "master of ceremonies"
				continue
			}
			if t := r.tok(j); !t.Cap && (r.p.Titles[t.Lower] || r.p.PersonTitles[t.Lower]) {
				role = j
			}
		}
		if j := role + 1; role >= 0 && j < limit && r.nameWord(j) {
			if m := r.nameFwd(j, limit); m.ok() && r.hasName(m) {
				return mention{k, m.last}
			}
		}
		// a determiner, a role no list holds and a name with a known
		// first name: "le prévisionniste François Gourand"
		if role < 0 && r.p.Determiners[r.tok(k).Lower] && !r.tok(k).Cap {
			j := k + 1
			for j < limit && j < k+3 && r.isWord(j) && !r.tok(j).Cap && !r.p.Stopwords[r.tok(j).Lower] {
				j++
			}
			if j > k+1 && j < limit && r.nameWord(j) {
				if m := r.nameFwd(j, limit); m.ok() && r.firstNamed(m) {
					return mention{k, m.last}
				}
			}
		}
	}
	if r.nameWord(k) || (r.p.Titles[r.tok(k).Lower] && k+1 < limit) {
		m := r.nameFwd(k, limit)
		if m.ok() && r.hasName(m) {
			// a possessor before the source: NBC's Dante Chinni
			if m.last+1 < limit && r.possessive(m.last) && r.nameWord(m.last+1) {
				if n := r.nameFwd(m.last+1, limit); n.ok() && r.hasName(n) {
					return n
				}
			}
			// or before a role: Google's chief human resources executive
			if m.last+1 < limit && r.possessive(m.last) {
				head, person := -1, false
				for j := m.last + 1; j < limit && j < m.last+7 && r.isWord(j) && !r.tok(j).Cap && !r.p.Stopwords[r.tok(j).Lower]; j++ {
					// the last noun for a person; a group only when none
					// comes before it ("Clinton's campaign chairman rallied
					// supporters": the chairman)
					if w := r.tok(j).Lower; r.p.PersonTitles[w] || r.p.Titles[w] {
						head, person = j, true
					} else if r.p.GroupWords[w] && !person {
						head = j
					}
				}
				if head > 0 {
					return mention{m.first, head + 1}
				}
			}
			return m
		}
	}
	if r.p.Determiners[r.tok(k).Lower] && r.nameWord(k+1) {
		// a possessor with its determiner: the Courier's Matt Walsh
		if m := r.objectAfter(k+1, limit); m.ok() && m.first > k+1 {
			return m
		}
	}
	if r.p.Determiners[r.tok(k).Lower] {
		// a description up to punctuation or a clause word, a short
		// parenthetical aside: le maire (LR) de Nice
		j := k + 1
		head := false // a noun for a person or a title read: its complement follows
		for j < limit && j < k+9 && (r.isWord(j) || r.isPunct(j, "(") || r.acronymStop(j) || r.adjectiveStop(j)) {
			if r.isPunct(j, "(") {
				c := j + 1
				for c < limit && c < j+5 && !r.isPunct(c, ")") {
					c++
				}
				if !r.isPunct(c, ")") || j == k+1 {
					break
				}
				j = c + 1
				continue
			}
			lw := r.tok(j).Lower
			if j == k+1 && r.p.Determiners[lw] && !r.tok(j).Cap {
				j++ // a second determiner: "un autre membre", "the two senators"
				continue
			}
			if r.p.Stopwords[lw] && !r.p.NameParticles[lw] && !r.possessive(j) && !r.tok(j).Cap {
				break
			}
			if head && r.p.NameParticles[lw] && !r.tok(j).Cap {
				break // "the mayor of Riverton", read below: not "… of Riverton vetoed"
			}
			if head && (r.verbRun(j) || !r.tok(j).Cap && !r.p.PersonTitles[lw] && !r.p.Titles[lw] && r.isWord(j+1) &&
				r.p.InfinitiveMarkers[r.tok(j+1).Lower] && !r.p.NameParticles[r.tok(j+1).Lower]) {
				break // "L'élu communiste entend saisir le tribunal", "the senator sought to calm …"
			}
			head = head || !r.tok(j).Cap && (r.p.PersonTitles[lw] || r.p.Titles[lw])
			if r.p.NameParticles[lw] && !r.tok(j).Cap && j+2 < limit && r.isWord(j+1) && r.p.Determiners[r.tok(j+1).Lower] &&
				r.isWord(j+2) && (!r.tok(j+2).Cap || r.roleBeforeName(k+1, j)) {
				// "les élus de l'opposition", "le ministre de l'Intérieur": a
				// complement, read below
				break
			}
			if _, _, ok := r.verbAt(j, r.p.SpeechVerbs); ok || r.p.PastParticiples[lw] && (r.nameWord(j-1) || r.sourceHead(r.tok(j-1).Lower)) {
				break // nor "publié dimanche" after "un sondage Ifop", "un rapport"
			}
			if _, _, ok := r.p.SourceComplements.Match(r.d.Toks, j); ok && j > k+1 {
				break // "one Democrat familiar with the campaign"
			}
			if head && r.p.Prepositions[lw] && !r.tok(j).Cap {
				break // "a lancé l'élu écologiste devant la presse"
			}
			j++
		}
		// "of/de" complements: le ministre de l'Intérieur, the secretary of
		// state; after a role, whom it speaks for: a spokesman for the
		// Foreign Ministry
		for j+1 < limit && r.isWord(j) && (r.p.NameParticles[r.tok(j).Lower] || head && r.p.EmployerPrepositions[r.tok(j).Lower]) {
			n := j + 1
			if n < limit && r.isWord(n) && r.p.Determiners[r.tok(n).Lower] {
				n++
			}
			if e := r.quotedTitleEnd(n, limit); e > 0 {
				j = e // "l'initiateur de la « Marche des libertés »"
				continue
			}
			if n < limit && r.isWord(n) && !r.p.Stopwords[r.tok(n).Lower] {
				j = n + 1
				for j < limit && r.tok(n).Cap && r.nameWord(j) {
					j++ // "the mayor of New York City"
				}
				if r.tok(n).Cap && j+1 < limit && r.possessive(j) && r.nameWord(j+1) {
					// a possessor's name: "a spokesman for Ukraine's Foreign Ministry"
					for j++; j < limit && r.nameWord(j); j++ {
					}
				}
				// an adjective before its noun, which a complement
				// follows: "le maire d'une petite ville de l'Ouest"
				if !r.tok(n).Cap && j+1 < limit && r.isWord(j) && !r.tok(j).Cap && !r.p.Stopwords[r.tok(j).Lower] && !r.cueWord(j) &&
					r.isWord(j+1) && r.p.NameParticles[r.tok(j+1).Lower] && !r.tok(j+1).Cap {
					j++
				}
				continue
			}
			break
		}
		// a person named after the role: le ministre de l'Economie Bruno Le
		// Maire
		if j < limit && r.nameWord(j) && r.roleBeforeName(k+1, j) {
			if n := r.nameFwd(j, limit); n.ok() && r.firstNamed(n) {
				return mention{r.splitAtFirstName(n), n.last}
			}
		}
		if j > k+1 && !r.sourceHead(r.tok(j-1).Lower) && !r.roleBeforeName(k+1, j) && !r.headBeforeComplement(k+1, j) &&
			!(j == k+2 && r.p.Demonstratives[r.tok(k).Lower] && r.tok(k+1).Cap) { // "cette Rouennaise"
			// a noun no list holds names a source only by the person
			// apposed to it: "a déclaré le gouverneur, François Villeroy
			// de Galhau,"
			if n := r.appositionName(j, limit); n.ok() && r.firstNamed(n) {
				return n
			}
			return mention{}
		}
		// an organization named after its description with a determiner of
		// its own: "the civil rights organization the Anti-Defamation League"
		if j+1 < limit && j > k+1 && r.isWord(j) && r.p.Determiners[r.tok(j).Lower] && r.nameWord(j+1) &&
			r.p.OrganizationWords[r.tok(j-1).Lower] {
			if n := r.nameFwd(j+1, limit); n.ok() && r.hasName(n) {
				return mention{j, n.last}
			}
		}
		if j > k+1 {
			// an apposition naming the description: the minister, José
			// Valencia, / l'adjoint aux sports, Marc Delorme
			if n := r.appositionName(j, limit); n.ok() {
				return n
			}
			return mention{k, j}
		}
		return mention{}
	}
	if r.p.GroupWords[r.tok(k).Lower] || r.p.OrganizationWords[r.tok(k).Lower] {
		return mention{k, k + 1}
	}
	return mention{}
}

// appositionName returns the name set off by the first comma within five
// tokens of token j, the end of a description, before limit; else no
// mention.
func (r *reader) appositionName(j, limit int) mention {
	for c := j; c < limit && c < j+5; c++ {
		if r.isPunct(c, ",") {
			if c+1 < limit && r.nameWord(c+1) {
				if n := r.nameFwd(c+1, limit); n.ok() && r.hasName(n) {
					return n
				}
			}
			break
		}
	}
	return mention{}
}

// quotedTitleEnd returns where a quoted name that opens at token k ends,
// past its closing mark, before limit: an opening mark, up to ten words
// the first of them capitalised, a closing mark (« Marche des libertés »,
// “Fight for 15”); else -1.
func (r *reader) quotedTitleEnd(k, limit int) int {
	if k+2 >= limit || !r.isPunct(k, "«", "“", "\"") || !r.isWord(k+1) || !r.tok(k+1).Cap {
		return -1
	}
	for c := k + 2; c < limit && c < k+12; c++ {
		if r.isPunct(c, "»", "”", "\"") {
			return c + 1
		}
		if !r.isWord(c) {
			return -1
		}
	}
	return -1
}

// roleBeforeName reports whether the words from i, up to the first
// capitalised one and before j, hold a source's head: "ministre" in
// "le ministre Marco Bellini", "vice-premier" in "le vice-Premier
// ministre …".
func (r *reader) roleBeforeName(i, j int) bool {
	for k := i; k < j && k < i+3 && r.isWord(k) && (k == i || !r.tok(k).Cap); k++ {
		w := r.tok(k).Lower
		if r.sourceHead(w) {
			return true
		}
		for _, part := range strings.Split(w, "-") {
			if part != w && r.sourceHead(part) {
				return true
			}
		}
	}
	return false
}

// invertedSource reads the source after an inverted cue, past fillers
// such as time words and a short prepositional phrase: "a indiqué à l'AFP
// Maurice Dahan", "said on Tuesday Mr. Smith".
func (r *reader) invertedSource(k, limit int) mention {
	// an adjective set between commas: "résume, amer, un élu local"
	if r.isPunct(k, ",") {
		j := k + 1
		for j < limit && j < k+3 && r.isWord(j) && !r.tok(j).Cap && !r.p.Stopwords[r.tok(j).Lower] {
			j++
		}
		if j > k+1 && r.isPunct(j, ",") {
			k = j + 1
		}
	}
	for skips := 0; k < limit && skips < 4; skips++ {
		if n := r.pronounPhraseAt(k, limit); n > 0 {
			return mention{k, k + n} // "a assuré ce dernier", before "ce" reads as a time word
		}
		if _, n, ok := r.p.CueInserts.Match(r.d.Toks, k); ok && k+n < limit {
			k += n // "insiste de son côté l'avocate"
			continue
		}
		if r.isWord(k) && r.p.CueFillers[r.tok(k).Lower] {
			// a preposition takes an object; a time word (vendredi, soir,
			// Tuesday) does not
			prep := r.p.CuePrepositions[r.tok(k).Lower] || r.p.Determiners[r.tok(k).Lower]
			k++
			if prep && k < limit && r.isWord(k) && !r.tok(k).Cap && r.p.NameParticles[r.tok(k).Lower] && !r.p.Determiners[r.tok(k).Lower] {
				k++ // "auprès de l'AFP"
			}
			if prep {
				// the object of the preposition: l'AFP, BFM TV, La Presse
				for k < limit && r.isWord(k) && r.p.Determiners[r.tok(k).Lower] {
					k++
				}
				if k < limit && r.nameWord(k) {
					m := r.nameFwd(k, limit)
					if !m.ok() || m.first != k {
						m = mention{k, k + 1} // a name of one letter: "sur X"
					}
					if split := r.splitAtFirstName(m); split > m.first {
						return mention{split, m.last}
					}
					k = m.last
				} else if k < limit && r.isWord(k) && !r.p.Determiners[r.tok(k).Lower] {
					k++
					// and its complement: "à la sortie de l'audience"
					for k+1 < limit && r.isWord(k) && !r.tok(k).Cap && r.p.ComplementParticles[r.tok(k).Lower] {
						c := k + 1
						for c < limit && r.isWord(c) && r.p.Determiners[r.tok(c).Lower] {
							c++
						}
						if c < limit && r.nameWord(c) {
							k = r.nameFwd(c, limit).last // "au micro de France Inter"
							continue
						}
						if c >= limit || !r.isWord(c) || r.tok(c).Cap {
							break
						}
						k = c + 1
					}
				}
			}
			continue
		}
		break
	}
	if m := r.objectAfter(k, limit); m.ok() || !r.isWord(k) || !r.p.Determiners[r.tok(k).Lower] || !r.nameWord(k+1) {
		return m
	}
	// a name after its article: "indique la SNCF.", "…, indique la SNCF
	// dans un communiqué"
	m := r.objectAfter(k+1, limit)
	if m.ok() && m.first == k+1 && r.hasName(m) && (m.last >= limit || !r.isWord(m.last) || r.p.CueFillers[r.tok(m.last).Lower] ||
		r.p.CuePrepositions[r.tok(m.last).Lower] || r.p.Prepositions[r.tok(m.last).Lower]) {
		return mention{k, m.last}
	}
	return mention{}
}

// pronounPhraseAt returns the length of the pronoun phrase or pair phrase
// at token k that ends before limit ("ce dernier", "the two"), or 0 — also
// when a determiner or a word that is neither a stopword nor a time word
// follows: the phrase opens a description ("the two lawmakers", "both the
// candidate and her staff"). (Before a cue, pronounPhraseEnding cannot
// test the word after the phrase this way: there it is the verb.)
func (r *reader) pronounPhraseAt(k, limit int) int {
	n := r.standInAt(k)
	if n == 0 || k+n > limit {
		return 0
	}
	if e := k + n; e < limit && r.isWord(e) && (r.p.Determiners[r.tok(e).Lower] || !r.p.Stopwords[r.tok(e).Lower] && !r.p.CueFillers[r.tok(e).Lower]) {
		return 0
	}
	return n
}
