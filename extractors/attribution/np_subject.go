package attribution

import "strings"

// The noun phrase before a cue, read backwards from the verb: a name, a
// pronoun, a role with its complement ("le ministre de l'Intérieur"), a
// description ("the former FBI director"), people in the plural, past
// the appositions, time phrases and asides that stand between.

// subjectBefore reads the source that stands before a cue at token v:
// a pronoun, a name, or a description opened by a determiner. limit is the
// first token it may use.
func (r *reader) subjectBefore(v, limit int) mention {
	i := v - 1
	for i >= limit && (r.isWord(i) && (r.p.VerbModifiers[r.tok(i).Lower] || r.adverb(i) || r.p.Reflexives[r.tok(i).Lower] ||
		r.possessive(i) && r.isPronoun(i-1)) && // "He's said": has, not a possessive
		!r.nameWord(i) && !(r.isPronoun(i) && (i == v-1 || r.sentenceStart(i))) || r.isPunct(i, "'", "‘", "’") ||
		r.objectClitic(i, limit)) {
		i-- // "may", "also", "jokingly" — but not the May of Theresa May
	}
	// the stop of a name's suffix: "Joseph R. Biden Jr. said"
	if i > limit && r.isPunct(i, ".") && r.nameWord(i-1) && r.p.Abbreviations[r.tok(i-1).Lower] && r.tok(i-1).End == r.tok(i).Start {
		i--
	}
	if i < limit {
		return mention{}
	}
	// an acronym written with stops, the last one its own token: "the
	// F.B.I. said"
	if i > limit && r.acronymEnd(i) {
		if m := r.subjectAt(i-1, limit); m.ok() && m.last == i {
			return mention{m.first, i + 1}
		}
	}
	// a relative pronoun after a comma stands for the name before it:
	// Mike Lee, who declared …
	if r.isWord(i) && r.p.RelativePronouns[r.tok(i).Lower] && i-2 >= limit && r.isPunct(i-1, ",") {
		// read as the subject of a verb after the comma, so that an age
		// or a hometown is passed: Emily Driscoll, 24, from Manchester, who said
		if m := r.subjectBefore(i, limit); m.ok() {
			return m
		}
		if m := r.subjectAt(i-2, limit); m.ok() {
			return m
		}
	}
	// a restrictive relative clause: "voters who said …", "those who
	// say …" — the people it restricts
	if r.isWord(i) && r.p.RelativePronouns[r.tok(i).Lower] && i-1 >= limit && r.isWord(i-1) {
		// (not a name completing a role: "le chef de l'État qui explique")
		if m := r.subjectAt(i-1, limit); m.ok() && !r.isPronoun(m.first) && !(r.hasName(m) && m.first > limit && r.roleParticle(m.first-1)) {
			return m
		}
	}
	// a restrictive relative clause of its own words between the people
	// it restricts and the cue: "Activists who want to ban abortion said"
	// — the activists, not "ban abortion"
	// (not a participle, which the clause's last noun may govern: "hosts
	// who doubted the polls showing …"; nor a cue coordinated with the
	// clause's verb: "mothers who have lost children and said")
	// nor a clause with a subject of its own: "who gained attention when
	// he yelled")
	for p := i; !r.p.ParticipleWord(r.tok(v).Lower) && p > limit && p >= i-8 && r.isWord(p) && !r.nameWord(p) &&
		!r.p.Coordinators[r.tok(p).Lower] && (!r.isPronoun(p) || r.p.ObjectPronouns[r.tok(p).Lower]); p-- {
		if r.p.RelativePronouns[r.tok(p).Lower] && r.isWord(p-1) {
			m := r.subjectAt(p-1, limit)
			if m.ok() && !r.isPronoun(m.first) && (r.hasName(m) || r.pluralPerson(r.tok(m.last-1).Lower) || r.p.GroupWords[r.tok(m.last-1).Lower]) {
				return m
			}
			// the clause of an apposition whose closing comma is missing:
			// "Nate Silver, the polling guru who founded the site tweeted"
			if n := r.apposedTo(p-1, limit); n.ok() {
				return n
			}
			break
		}
	}

	// a time between the source and the cue: the government on Tuesday
	// said; read again before it, past an auxiliary or a parenthetical
	// ("Police had last month charged", "Feinstein (D-Calif.) last week
	// said")
	if k := r.timeBefore(i, limit); k < i {
		if m := r.subjectBefore(k+1, limit); m.ok() {
			return m
		}
	}
	// an interview phrase after the source: X interrogé par CNews a déclaré
	if k := r.interviewBefore(i, limit); k < i {
		if m := r.subjectAt(k, limit); m.ok() {
			return m
		}
	}
	// a parenthetical after the source: Rep. Jim Jordan (R-Ohio) said
	if r.isPunct(i, ")") {
		// (a long one too: "Sen. Chris Murphy (a Connecticut Democrat so
		// boyish he has been mistaken for a junior staffer) says")
		j := i - 1
		for j >= limit && j > i-30 && !r.isPunct(j, "(", ")", "“", "”", "\"") {
			j--
		}
		if j < limit || !r.isPunct(j, "(") {
			return mention{}
		}
		i = j - 1
		if i < limit {
			return mention{}
		}
	}
	// a pronoun between commas that stresses the subject before it:
	// "L'opposition, elle, dénonce", "Son collègue, lui, défend"
	if r.isPunct(i, ",") && i-3 >= limit && r.isPunct(i-2, ",") && r.isWord(i-1) && !r.tok(i-1).Cap {
		if _, ok := r.pronoun(i - 1); ok || r.p.ObjectPronouns[r.tok(i-1).Lower] {
			if m := r.subjectAt(i-3, limit); m.ok() {
				return m
			}
		}
	}
	// an apposition or a relative clause between commas: X, the minister, said
	if r.isPunct(i, ",") {
		// a relative clause whose own commas set off a place or a date:
		// "Sandy Phillips, who lost her daughter in Aurora, Colorado, in
		// July 2012, said" — the name before it, not the place
		commas := 0
		for j := i - 1; j > limit && j > i-40; j-- {
			if r.isPunct(j, "“", "”", "«", "»", "\"", "(", ")") || r.fullStop(j) {
				break
			}
			if !r.isPunct(j, ",") {
				continue
			}
			if r.isWord(j+1) && r.p.RelativePronouns[r.tok(j+1).Lower] {
				if m := r.subjectAt(j-1, limit); commas > 0 && m.ok() && r.hasName(m) {
					return m
				}
				break
			}
			commas++
		}
		for j := i - 1; j >= limit && j > i-30; j-- {
			if r.isPunct(j, "“", "”", "«", "»", "\"") || r.fullStop(j) {
				break
			}
			if r.isPunct(j, ",") {
				if r.isWord(j+1) && (r.p.RelativePronouns[r.tok(j+1).Lower] || r.p.RelativeOpeners[r.tok(j+1).Lower]) && j+2 < i {
					// a relative clause about the source: "Harry Bond, 30,
					// of Raleigh, N.C., who was among those polled, said"
					p := j - 1
					for p >= limit && !r.isPunct(p, ",") && !r.fullStop(p) && !r.isPunct(p, "“", "”", "\"") {
						p--
					}
					if p >= limit && r.isPunct(p, ",") && r.originSegment(p+1, j) {
						return r.subjectBefore(j+1, limit) // past the age and the hometown
					}
					return r.subjectAt(j-1, limit)
				}
				// an aside on how the source came to speak: "Hale, asked
				// about the polls, said", "X, when pressed, said", "Le
				// ministre, interrogé sur ce point, a répondu" — the name
				// before it, not a clause of its own
				if r.askedAside(j+1, i) {
					if m := r.subjectAt(j-1, limit); m.ok() {
						return m
					}
				}
				if r.finiteClause(j+1, i) || r.holdsCue(j+1, i) {
					// "…, ont été découvertes aujourd'hui, a annoncé X", "…,
					// Trump continued to question Cruz's temperament,
					// saying …": a clause of its own, not an apposition of
					// the source
					return mention{}
				}
				// the apposition is itself a name: the director, Éric Morvan, said
				// (a parenthetical after it aside: Gov. John Kasich (R-OH), said)
				end := i
				if r.isPunct(i-1, ")") {
					for p := i - 2; p > j && p > i-8; p-- {
						if r.isPunct(p, "(") {
							end = p
							break
						}
					}
				}
				if p := r.relativeStart(j, limit); p >= 0 {
					// the name completes a relative clause: "Michael Seaman,
					// who lives outside the state capital, Sacramento, said"
					// — the relative pronoun's antecedent is the source
					if m := r.subjectAt(p-1, limit); m.ok() {
						return m
					}
				}
				if n := r.nameFwd(j+1, end); n.ok() && n.first == j+1 && n.last == end && r.hasName(n) {
					b := j - 1
					if r.isPunct(b, ")") {
						// a parenthetical after the role: "Le chef du Parti
						// populaire (PP, droite), Alberto Núñez Feijóo,"
						for b > limit && !r.isPunct(b, "(") {
							b--
						}
						b--
					}
					if before := r.subjectAt(b, limit); r.firstNamed(n) || before.ok() && (!r.hasName(before) || r.roleHead(before) >= 0 || r.titleEnd(before) || r.roleComplement(before, limit)) {
						return n // after a description, the apposed name is the source
					}
				}
				k := j - 1
				// an age and a hometown between commas: Brianne Stone, 29,
				// of Huntsville, Ala., says
				for hops := 0; hops < 4 && r.originSegment(j+1, i); hops++ {
					// (a phrase opened by a preposition that the place ends
					// is set off like it: "Clinton, during a town hall
					// meeting in Columbus, Ohio, said")
					k = j - 1 // the name ends before the origin
					p := j - 1
					for p >= limit && !r.isPunct(p, ",") && !r.fullStop(p) {
						p--
					}
					if p < limit || !r.isPunct(p, ",") {
						break
					}
					i, j = j, p
					// a description whose place the origin ends: Rachel
					// Berg, a philanthropist from Monsey, New York, said
					if r.isWord(j+1) && (r.p.Determiners[r.tok(j+1).Lower] || r.p.CuePrepositions[r.tok(j+1).Lower]) && !r.originSegment(j+1, i) {
						k = j - 1
						break
					}
				}
				if r.isPunct(k, ")") {
					for k >= limit && !r.isPunct(k, "(") {
						k--
					}
					k--
				}
				m := r.subjectAt(k, limit)
				if m.ok() && !r.hasName(m) && !r.isPronounMention(m) && m.first-2 >= limit && r.isPunct(m.first-1, ",") {
					// appositions in a row: "Jane Roe, a lawyer, former
					// judge and mother of three, said" — the name before
					// the first
					if n := r.subjectAt(m.first-2, limit); n.ok() && r.hasName(n) && n.first == limit {
						return n
					}
				}
				if m.ok() {
					return m
				}
				break
			}
		}
		return mention{}
	}
	// "People familiar with the matter said": the people, not the matter
	for c := i - 1; c > limit && c >= i-6; c-- {
		if _, n, ok := r.p.SourceComplements.Match(r.d.Toks, c); ok && c+n <= i {
			if head := r.subjectAt(c-1, limit); head.ok() {
				return mention{head.first, i + 1}
			}
		}
	}
	// a person and how many children they have: "a 45-year-old mother of
	// two said" — the mother, with her children
	if i-2 >= limit && (r.isNumber(i) || r.isWord(i) && r.p.Determiners[r.tok(i).Lower]) && r.roleParticle(i-1) && r.relationWord(i-2) {
		if d := r.descriptionBack(i-2, limit); d.ok() {
			return mention{d.first, i + 1}
		}
	}
	m := r.subjectAt(i, limit)
	if !m.ok() && r.roleWord(i) && i-2 >= limit && r.isWord(i-1) && r.p.Prepositions[r.tok(i-1).Lower] {
		// a bare role closing a prepositional phrase: "Supporters of Donald
		// Trump for president say" — the people before it
		if s := r.subjectAt(i-2, limit); s.ok() && s.last == i-1 && r.hasName(s) {
			return s
		}
	}
	// a role with no article after a name and a comma, the apposition's
	// closing comma left out: "Marc Vidal, secrétaire général du syndicat
	// a réclamé" — the name
	if m.ok() && m.first-2 >= limit && r.isPunct(m.first-1, ",") && r.roleWord(m.first) && !r.firstNamed(m) {
		if n := r.subjectAt(m.first-2, limit); n.ok() && n.last == m.first-1 && r.firstNamed(n) {
			return n
		}
	}
	// a person and where they work: "Larry Sabato of the University of
	// Virginia said" — the person, not the university
	if m.ok() && m.first-2 >= limit && r.isWord(m.first-1) && r.p.AffiliationParticles[r.tok(m.first-1).Lower] {
		if n := r.subjectAt(m.first-2, limit); n.ok() && n.last == m.first-1 && r.firstNamed(n) && n.last-n.first >= 2 {
			return n
		}
	}
	// a prepositional phrase between the subject and its cue: "Trump in
	// his announcement speech called …", "Clinton at a rally said …"
	if m.ok() && !r.hasName(m) && m.first-2 >= limit && r.isWord(m.first-1) && r.p.Prepositions[r.tok(m.first-1).Lower] {
		if s := r.subjectAt(m.first-2, limit); s.ok() && (r.hasName(s) || r.isPronounMention(s)) {
			return s
		}
		if h := r.qualifiedHead(m, limit); h.ok() {
			return h
		}
	}
	return m
}

// qualifiedHead extends m, which closes a chain of prepositional phrases,
// back to the people or the role the chain qualifies: a role and whom it
// speaks for ("A spokesman for the campaign said"), people and where
// they are or what they stand for ("Most voters in the state say",
// "Critics of the new tax law say", "proponents of more controls on hate
// speech here say"). It returns no mention when no such head stands
// within eight words before m.
func (r *reader) qualifiedHead(m mention, limit int) mention {
	for k := m.first - 1; k-1 >= limit && k >= m.first-8 && r.isWord(k) && !r.p.Coordinators[r.tok(k).Lower]; k-- {
		prep := r.tok(k).Lower
		if !r.p.Prepositions[prep] || !r.isWord(k-1) {
			continue
		}
		w := r.tok(k - 1).Lower
		if r.p.EmployerPrepositions[prep] && r.roleWord(k-1) || r.pluralPerson(w) || r.p.GroupWords[w] && !r.p.DocumentWords[w] {
			s := r.subjectAt(k-1, limit)
			if !s.ok() || s.last != k {
				return mention{}
			}
			for i := s.first; i < k; i++ {
				if r.isPunct(i, ",") {
					s.first = i + 1 // "Although Scott lacks a signature achievement, elected officials from both parties say"
				}
			}
			return mention{s.first, m.last}
		}
	}
	return mention{}
}

// objectClitic reports whether token i is an object pronoun written
// between a subject and its verb: the "nous" of "Le préfet nous a
// indiqué" (not the subject of "Nous avons indiqué").
func (r *reader) objectClitic(i, limit int) bool {
	return r.isWord(i) && r.p.ObjectClitics[r.tok(i).Lower] && i > limit && r.isWord(i-1) && !r.tok(i).Cap &&
		!r.p.Coordinators[r.tok(i-1).Lower] && !r.isPronoun(i-1)
}

// titleEnd reports whether m ends in a lower-case title or noun for a
// person: "the European Union's competition chief".
func (r *reader) titleEnd(m mention) bool {
	t := r.tok(m.last - 1)
	return r.isWord(m.last-1) && !t.Cap && (r.p.PersonTitles[t.Lower] || r.p.Titles[t.Lower])
}

// originSegment reports whether tokens a to b, set between commas after a
// name, only give an age or where someone is from: "29", "of Huntsville",
// "Ala.", "Ohio".
func (r *reader) originSegment(a, b int) bool {
	if a >= b {
		return false
	}
	if b-a == 1 && strings.ContainsAny(r.tok(a).Lower, "0123456789") {
		return true
	}
	if r.isWord(a) && r.p.OriginMarkers[r.tok(a).Lower] {
		return true
	}
	if r.isPunct(b-1, ".") { // Ala., Fla.
		b--
	}
	if b-a == 1 && r.nameWord(a) && len(r.tok(a).Lower) <= 4 {
		return true
	}
	n := r.nameFwd(a, b)
	return n.ok() && n.first == a && n.last == b && r.p.Places[r.placeName(n)]
}

// interviewBefore skips back from token i over "interrogé par CNews",
// "interviewed by CNN" and returns the token before it, or i when there
// is none.
func (r *reader) interviewBefore(i, limit int) int {
	for j := i - 1; j > limit && j >= i-5; j-- {
		if !r.isWord(j) || !r.isWord(j-1) {
			return i
		}
		if r.p.AgentMarkers[r.tok(j).Lower] && r.p.InterviewParticiples[r.tok(j-1).Lower] {
			return j - 2
		}
		// "X speaking to Fox News said"
		if r.p.CuePrepositions[r.tok(j).Lower] && r.p.ParticipleWord(r.tok(j-1).Lower) {
			return j - 2
		}
	}
	return i
}

// timeBefore skips back from token i over a short time phrase of the
// pack's cue fillers ("on Tuesday", "yesterday"), or a year after a
// preposition ("from 2011"), and returns the token
// before it, or i when there is none. A run of function words alone ("in",
// "at") is no time phrase.
func (r *reader) timeBefore(i, limit int) int {
	if w := r.tok(max(i, 0)).Lower; i-1 >= limit && r.isWord(i) && len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		strings.Trim(w, "0123456789") == "" && r.isWord(i-1) && (r.p.Prepositions[r.tok(i-1).Lower] || r.p.CuePrepositions[r.tok(i-1).Lower]) {
		return i - 2 // a year: "another Pew study from 2011 noted"
	}
	k, content := i, false
	for k >= limit && i-k < 3 && r.isWord(k) && r.p.CueFillers[r.tok(k).Lower] && !r.nameWord(k) {
		if t := r.tok(k); t.Cap || !r.p.Stopwords[t.Lower] {
			content = true // Tuesday, yesterday
		}
		k--
	}
	if !content && r.isWord(i) && r.p.TimeHeads[r.tok(i).Lower] && !r.tok(i).Cap {
		// a time phrase: "at the time", "last week", "less than two weeks ago"
		k = i - 1
		// (a day's name too: "Sunday night")
		for k >= limit && i-k < 7 && r.isWord(k) && (!r.tok(k).Cap || r.p.CueFillers[r.tok(k).Lower] && !r.sentenceStart(k)) &&
			(r.p.TimeModifiers[r.tok(k).Lower] || r.p.TimeHeads[r.tok(k).Lower] || r.p.CueFillers[r.tok(k).Lower]) {
			k--
		}
		content = k < i-1 // a head alone ("time said") is no time phrase
	}
	if !content || k < limit {
		return i
	}
	return k
}

// pronounPhraseEnding returns where a pronoun phrase or a pair phrase
// ending at token i starts ("ce dernier", "the two"), or -1.
func (r *reader) pronounPhraseEnding(i, limit int) int {
	if e := i + 1; r.isWord(e) && (r.p.Determiners[r.tok(e).Lower] || r.nameWord(e) || r.isPronoun(e) || r.sourceHead(r.tok(e).Lower)) {
		return -1 // it opens a noun phrase: "both he and Rubio", "both men"
	}
	for k := i; k >= limit && k >= i-3; k-- {
		if n := r.standInAt(k); n > 0 && k+n == i+1 {
			return k
		}
	}
	return -1
}

// subjectAt reads a noun phrase that ends at token i.
func (r *reader) subjectAt(i, limit int) mention {
	if i < limit || !r.isWord(i) {
		return mention{}
	}
	if _, ok := r.pronoun(i); ok {
		return mention{i, i + 1}
	}
	if k := r.pronounPhraseEnding(i, limit); k >= 0 {
		return mention{k, i + 1} // "ce dernier a déclaré"
	}
	if r.nameWord(i) {
		m := r.nameBack(i+1, limit)
		// "Officials in Ohio said": the people, not the place
		if m.first-2 >= limit && r.isWord(m.first-1) && r.p.Stopwords[r.tok(m.first-1).Lower] &&
			r.isWord(m.first-2) && (!r.tok(m.first-2).Cap || r.sentenceStart(m.first-2)) && r.p.Places[r.placeName(m)] {
			if d := r.descriptionBack(m.first-2, limit); d.ok() {
				if r.orgIn(d.first, d.last) {
					return mention{d.first, m.last} // "la Fédération hospitalière de France": its name
				}
				return d
			}
		}
		// "the New York Post", "Le Monde": keep a determiner before a name
		if m.first > limit && r.isWord(m.first-1) && r.p.Determiners[r.tok(m.first-1).Lower] {
			m.first--
		}
		// the complement of a role: "la représentante de l'État", "le
		// ministre de l'Intérieur", "le ministre du Travail" — the role is
		// the source
		k := m.first - 1 // the particle
		if r.roleParticle(m.first) {
			k = m.first // "du", "des": a particle and a determiner in one
			if r.roleParticle(k - 1) {
				k-- // "de la": the particle before the determiner
			}
		}
		// (or a relation, or people: "la femme de X", "les avocats de X")
		if h := r.complementHead(k, limit); h >= 0 {
			if d := r.descriptionBack(h, limit); d.ok() {
				return mention{d.first, m.last}
			}
		}
		// the object of a preposition after people: "one of the former
		// prosecutors for David Petraeus said" — the prosecutors
		p := m.first - 1
		if r.isWord(p) && r.p.Determiners[r.tok(p).Lower] && p > m.first-2 {
			p--
		}
		if p-1 >= limit && r.peopleBefore(p) {
			if d := r.descriptionBack(p-1, limit); d.ok() {
				return mention{d.first, m.last}
			}
		}
		return m
	}
	return r.descriptionBack(i, limit)
}

// apposedTo returns the name before an apposition that ends at token
// j: "Nate Silver, the polling guru" — a determiner after a comma opens
// it, and lower-case words fill it.
func (r *reader) apposedTo(j, limit int) mention {
	for k := j; k-2 >= limit && k > j-6 && r.isWord(k) && !r.tok(k).Cap; k-- {
		if r.p.Determiners[r.tok(k).Lower] && r.isPunct(k-1, ",") {
			if n := r.subjectAt(k-2, limit); n.ok() && r.hasName(n) {
				return n
			}
			break
		}
	}
	return mention{}
}

// complementHead returns the role, relation or organization noun whose
// complement opens at particle k, past up to two adjectives after it
// ("le ministre algérien de l'Énergie", "la société d'État", "le Bureau
// fédéral du Plan"), or -1.
func (r *reader) complementHead(k, limit int) int {
	if k-1 < limit || !r.roleParticle(k) {
		return -1
	}
	for h := k - 1; h >= limit && h >= k-3 && r.isWord(h); h-- {
		if r.p.OrganizationWords[r.tok(h).Lower] {
			return h // "le Bureau fédéral du Plan"
		}
		if r.tok(h).Cap {
			break
		}
		if r.roleWord(h) || r.relationWord(h) {
			return h
		}
		if r.p.Stopwords[r.tok(h).Lower] || r.cueWord(h) {
			break
		}
	}
	return -1
}

// orgIn reports whether tokens [i, j) hold an organization word or an
// acronym: "la Fédération hospitalière", "le parquet", "the FBI" (not
// "Officials").
func (r *reader) orgIn(i, j int) bool {
	for k := i; k < j; k++ {
		if r.isWord(k) && (r.p.OrganizationWords[r.tok(k).Lower] || isAcronym(r.d.Text[r.tok(k).Start:r.tok(k).End]) && !r.initialsAt(k, j)) {
			return true
		}
	}
	return false
}

// roleComplement reports whether mention m completes a role written just
// before it: the "la CGT locale" of "La secrétaire générale de la CGT
// locale".
func (r *reader) roleComplement(m mention, limit int) bool {
	if !r.isWord(m.first-1) || !r.p.ComplementParticles[r.tok(m.first-1).Lower] && !r.p.AffiliationParticles[r.tok(m.first-1).Lower] {
		return false
	}
	for p := m.first - 2; p >= limit && p >= m.first-4 && r.isWord(p); p-- {
		if r.roleWord(p) {
			return true
		}
	}
	return false
}

// peopleOf reports whether m names people by the name that completes
// them after a preposition: "the former prosecutors for David Petraeus".
func (r *reader) peopleOf(m mention) bool {
	for i := m.first + 1; i+1 < m.last; i++ {
		if r.peopleBefore(i) {
			return true
		}
		// "les avocats de Marine Le Pen", "the wife of X": their own
		if r.roleParticle(i) && r.relationWord(i-1) && !r.roleWord(i-1) {
			return true
		}
	}
	return false
}

// peopleBefore reports whether token i is a lower-case preposition (no
// name particle) after a plural noun for persons: the "for" of
// "prosecutors for David Petraeus".
func (r *reader) peopleBefore(i int) bool {
	return r.isWord(i) && !r.tok(i).Cap && r.p.Prepositions[r.tok(i).Lower] && !r.p.NameParticles[r.tok(i).Lower] &&
		r.isWord(i-1) && !r.tok(i-1).Cap && r.pluralPerson(r.tok(i-1).Lower)
}

// pluralPerson reports whether w is the plural of a noun for a person:
// "prosecutors", "aides".
func (r *reader) pluralPerson(w string) bool {
	for _, suf := range r.p.PluralSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) && r.p.PersonTitles[w[:len(w)-len(suf)]] {
			return true
		}
	}
	return false
}

// holdsCue reports whether tokens i to j hold a finite reporting verb
// and open with no relative pronoun: a clause, not a participle phrase
// ("speaking to reporters Tuesday") nor a relative clause ("who has told
// aides …").
func (r *reader) holdsCue(i, j int) bool {
	if r.isWord(i) && r.p.RelativePronouns[r.tok(i).Lower] {
		return false
	}
	for k := i; k < j; k++ {
		if _, _, ok := r.verbAt(k, r.p.SpeechVerbs); ok && !r.p.ParticipleWord(r.tok(k).Lower) {
			return true
		}
	}
	return false
}

// standInAt returns the length of the pronoun phrase or pair phrase at
// token k ("ce dernier", "the two"), or 0.
func (r *reader) standInAt(k int) int {
	if _, n, ok := r.p.PronounPhrases.Match(r.d.Toks, k); ok {
		return n
	}
	if _, n, ok := r.p.PairPhrases.Match(r.d.Toks, k); ok {
		return n
	}
	return 0
}

// askedAside reports whether tokens i to j open with one of the pack's
// interview participles, after a subordinator or not ("asked about the
// polls", "when pressed", "interrogé sur ce point").
func (r *reader) askedAside(i, j int) bool {
	if r.isWord(i) && r.p.Subordinators[r.tok(i).Lower] {
		i++
	}
	return i < j && r.isWord(i) && r.p.InterviewParticiples[r.tok(i).Lower]
}

// relativeStart returns the comma before the comma-separated part that
// ends at token j when that part opens with a relative pronoun ("…, who
// lives outside the state capital,"), or -1.
func (r *reader) relativeStart(j, limit int) int {
	for p := j - 1; p >= limit; p-- {
		if r.isPunct(p, ",") {
			if r.isWord(p+1) && r.p.RelativePronouns[r.tok(p+1).Lower] {
				return p
			}
			return -1
		}
	}
	return -1
}

// descriptionBack reads a description ending at token i: "the former FBI
// director", "Clinton's campaign", "officials", "le ministre de l'Intérieur".
func (r *reader) descriptionBack(i, limit int) mention {
	head := r.tok(i).Lower
	if r.p.Stopwords[head] || r.p.VerbModifiers[head] || r.adverb(i) {
		return mention{}
	}
	j := i
	for k := 0; k < 7 && j-1 >= limit; k++ {
		w := j - 1
		if !r.isWord(w) && !r.possessive(w) {
			// adjectives in a row, between commas: the soft-spoken,
			// 64-year-old mayor
			if d := r.adjectivesBack(w, limit); d >= 0 {
				j = d + 1
				continue
			}
			break
		}
		lw := r.tok(w).Lower
		if r.p.Determiners[lw] && r.p.NameParticles[lw] && w-1 >= limit && r.nameWord(w-1) &&
			!r.p.PersonTitles[r.tok(w-1).Lower] && !r.p.Titles[r.tok(w-1).Lower] {
			// a name whose complement this is: "la Cour des comptes" (not a
			// role's: "le Défenseur des droits" is the person holding it)
			if m := r.subjectAt(w-1, limit); m.ok() && r.hasName(m) {
				return mention{m.first, i + 1}
			}
		}
		if r.p.Determiners[lw] && r.p.ComplementParticles[lw] && w-1 >= limit && r.isWord(w-1) && !r.tok(w-1).Cap &&
			!r.p.Stopwords[r.tok(w-1).Lower] && !r.p.Determiners[r.tok(w-1).Lower] && !r.cueWord(w-1) {
			// a particle and a determiner in one word opens a complement:
			// "l'entourage du président du groupe"
			j = w
			continue
		}
		if r.p.Determiners[lw] {
			// a noun whose complement this is: "la mère de la victime",
			// "the widow of the officer"
			if w-3 >= limit && r.isWord(w-1) && r.p.NameParticles[r.tok(w-1).Lower] && r.isWord(w-2) && !r.tok(w-2).Cap &&
				(r.p.RelationNouns[r.tok(w-2).Lower] || r.sourceHead(r.tok(w-2).Lower)) &&
				r.isWord(w-3) && r.p.Determiners[r.tok(w-3).Lower] {
				return mention{w - 3, i + 1}
			}
			// the head, or a role noun before its complement ("Le
			// Défenseur des droits", "the head of the agency")
			for k := w + 1; k <= i; k++ {
				if r.sourceHead(r.tok(k).Lower) {
					if p := r.partitiveBefore(w, limit); p < w {
						return mention{p, i + 1} // "l'un des manifestants": "un" is no second determiner here
					}
					if w-1 >= limit && r.isWord(w-1) && r.p.Determiners[r.tok(w-1).Lower] {
						w-- // a second determiner: "un autre membre", "the three investigators"
					}
					return mention{r.partitiveBefore(w, limit), i + 1}
				}
			}
			return mention{}
		}
		if r.possessive(w) {
			// possessor: Clinton's campaign, the senator's office
			m := r.subjectAt(w-1, limit)
			if m.ok() {
				return mention{m.first, i + 1}
			}
			return mention{}
		}
		// a capitalised word inside the description is a proper noun,
		// whatever it is in lower case: the New Jersey governor
		if r.p.Stopwords[lw] && !r.p.NameParticles[lw] && !(r.tok(w).Cap && !r.sentenceStart(w)) {
			break
		}
		if _, _, ok := r.p.SpeechVerbs.Match(r.d.Toks, w); ok && !r.tok(w).Cap {
			break
		}
		if r.p.CueFillers[lw] && !r.p.CuePrepositions[lw] {
			break // a time word is no part of it: on Monday Ecuadorian officials
		}
		j = w
	}
	// bare nouns: "officials said", "police said", "Republicans said"
	if r.p.GroupWords[head] || r.p.OrganizationWords[head] || r.p.DocumentWords[head] || r.pluralPerson(head) {
		return mention{j, i + 1}
	}
	return mention{}
}

// adjectivesBack reads back from the comma at c over one to three
// lower-case words to the determiner before them, and returns where that
// determiner is (-1 when there is none): "the bespectacled, …".
func (r *reader) adjectivesBack(c, limit int) int {
	if !r.isPunct(c, ",") {
		return -1
	}
	for w := c - 1; w >= limit && w >= c-4; w-- {
		if !r.isWord(w) || r.tok(w).Cap && !r.sentenceStart(w) {
			return -1
		}
		lw := r.tok(w).Lower
		if r.p.Determiners[lw] {
			if w == c-1 {
				return -1
			}
			return w
		}
		if r.p.Stopwords[lw] || r.p.CueFillers[lw] {
			return -1
		}
		if _, _, ok := r.p.SpeechVerbs.Match(r.d.Toks, w); ok {
			return -1
		}
	}
	return -1
}

// sourceHead reports whether a description's head word can name a source:
// a person's role, an organization, a group or a document.
func (r *reader) sourceHead(w string) bool {
	if r.p.PersonTitles[w] || r.p.Titles[w] || r.p.OrganizationWords[w] || r.p.GroupWords[w] || r.p.DocumentWords[w] || r.p.AnaphoricNouns[w] || r.pluralPerson(w) {
		return true
	}
	for _, suf := range r.p.PersonSuffixes {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// roleHead returns the token of the role when m is a role, its complement
// included, with no person's name in it: "le ministre de l'Intérieur",
// "le maire de Rouen", "the secretary of State" — a description, whatever
// its capitals. It returns -1 for anything else.
func (r *reader) roleHead(m mention) int {
	t := m.first
	if r.isWord(t) && r.p.Determiners[r.tok(t).Lower] {
		t++
	}
	if t >= m.last || !r.isWord(t) || r.tok(t).Cap || !(r.p.PersonTitles[r.tok(t).Lower] || r.p.Titles[r.tok(t).Lower]) {
		return -1
	}
	complement := false
	for i := t + 1; i < m.last; i++ {
		if !r.isWord(i) {
			continue
		}
		if r.roleParticle(i) {
			complement = true
		}
		if _, first := r.firstName(r.tok(i).Lower); first && r.tok(i).Cap {
			return -1
		}
		if r.tok(i).Cap && !r.roleParticle(i-1) && !r.p.Determiners[r.tok(i-1).Lower] && !r.tok(i-1).Cap {
			return -1 // "the minister Jones": a name after the role
		}
	}
	if !complement {
		return -1
	}
	return t
}

// partitiveBefore returns where a partitive that ends right before token
// first starts ("one of" before "the victims said"), or first when none
// does.
func (r *reader) partitiveBefore(first, limit int) int {
	if s := r.p.Partitives.EndingAt(r.d.Toks, limit, first); s >= 0 {
		return s
	}
	return first
}

// plainDescription reports whether tokens [i, j) are a determiner and one
// to four words that no list knows as a source's, ending in a lower-case
// noun: "the progressive heavyweights", "this Trump look-alike", "the
// printed slate card". Only where the sentence's shape alone says that
// the words are the source — between a quote's comma and its cue, or
// alone after an inverted cue — is such a description read as one.
func (r *reader) plainDescription(i, j int) bool {
	if j-i < 2 || j-i > 5 || !r.isWord(i) || !r.p.Determiners[r.tok(i).Lower] || r.tok(j-1).Cap || r.isNumber(j-1) {
		return false
	}
	for k := i + 1; k < j; k++ {
		t := r.tok(k)
		if !r.isWord(k) || r.isPronoun(k) || r.cueWord(k) || r.adverb(k) ||
			!t.Cap && (r.p.Stopwords[t.Lower] || r.p.VerbModifiers[t.Lower] || r.p.CueFillers[t.Lower]) {
			return false
		}
	}
	return true
}

// joined widens a name m that stands before a cue to the name joined to
// it before: "Trump and Pence said", "Mark Blumenthal and Jon Cohen: “…”"
// — the two speak together. Only bare names join, neither places nor
// organizations ("Iowa and New Hampshire", "Smith and Wesson").
func (a *article) joined(m mention, limit int) mention {
	c := m.first - 1
	if c-1 < limit || !a.joiner(c) || !a.bareName(m) {
		return m
	}
	if o := a.subjectAt(c-1, limit); o.last == c && a.bareName(o) && !a.listedAt(o.first, limit) {
		return mention{o.first, m.last}
	}
	return m
}

// joinedAfter widens a name m that follows a cue to the name joined to it
// after, before token end: "said Trump and Pence", « ont déclaré Marine
// Le Pen et Jordan Bardella », "More from Blumenthal and Cohen: “…”".
func (a *article) joinedAfter(m mention, end int) mention {
	c := m.last
	if c+1 >= end || !a.joiner(c) || !a.bareName(m) {
		return m
	}
	if o := a.objectAfter(c+1, end); o.first == c+1 && a.bareName(o) {
		return mention{m.first, o.last}
	}
	return m
}

// joiner reports whether token i joins two names into one source ("and").
func (a *article) joiner(i int) bool { return a.isWord(i) && a.p.NameJoiners[a.d.Toks[i].Lower] }

// listedAt reports whether a name starting at token i follows a comma or
// a preposition, as the last names of a list do ("New York, Los Angeles
// and Seattle") and those of a name's complement ("the Centers for
// Disease Control and Prevention"): no pair of speakers.
func (a *article) listedAt(i, limit int) bool {
	if i <= limit {
		return false
	}
	w := a.d.Toks[i-1]
	return a.isPunct(i-1, ",") || a.isWord(i-1) && !w.Cap && (a.p.Prepositions[w.Lower] || a.p.NameParticles[w.Lower])
}

// bareName reports whether m is a name and nothing else (its words and
// the stops of its initials), neither a place nor an organization.
func (a *article) bareName(m mention) bool {
	if !m.ok() || !a.nameWord(m.first) {
		return false
	}
	for i := m.first; i < m.last; i++ {
		if !a.nameWord(i) && !a.isPunct(i, ".") {
			return false
		}
	}
	e := a.entity(m)
	return a.hasName(m) && !e.org && !e.place && !a.p.Places[a.placeName(m)]
}
