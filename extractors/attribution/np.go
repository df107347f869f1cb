package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/extractors/token"
)

// mention is a token range [first, last) that names a source.
type mention struct {
	first, last int
}

func (m mention) ok() bool { return m.last > m.first }

// reader reads noun phrases around cues. It holds one article's tokens and
// the language pack.
type reader struct {
	d *Doc
	p *lang.Pack
	// noSpeech memoises, per token, that no reporting verb starts there:
	// the rules ask the same tokens many times
	noSpeech []bool
}

func (r *reader) tok(i int) token.Token { return r.d.Toks[i] }

func (r *reader) isWord(i int) bool {
	return i >= 0 && i < len(r.d.Toks) && r.d.Toks[i].Kind == token.Word
}

// isNumber reports whether token i is a word that starts with a digit:
// "70", "1,237", "10%".
func (r *reader) isNumber(i int) bool {
	return r.isWord(i) && r.tok(i).Lower[0] >= '0' && r.tok(i).Lower[0] <= '9'
}

func (r *reader) isPunct(i int, s ...string) bool {
	if i < 0 || i >= len(r.d.Toks) || r.d.Toks[i].Kind != token.Punct {
		return false
	}
	for _, x := range s {
		if r.d.Toks[i].Lower == x {
			return true
		}
	}
	return len(s) == 0
}

func (r *reader) pronoun(i int) (lang.Pronoun, bool) {
	if !r.isWord(i) {
		return lang.Pronoun{}, false
	}
	pr, ok := r.p.Pronouns[r.d.Toks[i].Lower]
	return pr, ok
}

// nameWord reports whether token i can be part of a proper name.
func (r *reader) nameWord(i int) bool {
	if !r.isWord(i) {
		return false
	}
	t := r.d.Toks[i]
	if !t.Cap && r.particleName(i) {
		return true // "Nasser al-Khelaïfi", "Abdel Fattah el-Sissi"
	}
	if !t.Cap || r.p.Affiliation(t.Lower) {
		return false
	}
	if i := strings.LastIndexByte(t.Lower, '-'); i > 0 {
		if _, pro := r.p.Pronouns[t.Lower[i+1:]]; pro || r.p.NarratorPronouns[t.Lower[i+1:]] {
			return false // a verb with its subject after it: "Allez-vous", "Peut-on"
		}
	}
	if r.p.Stopwords[t.Lower] {
		// mid-sentence, before another name word, a capitalised common
		// word is part of a name: New Hampshire, New York; so is one
		// after a name word, a time word aside: Human Rights Watch
		if r.sentenceStart(i) {
			// but for a first name before a surname: Will Estrada
			_, first := r.firstName(t.Lower)
			return first && i+1 < len(r.d.Toks) && r.isWord(i+1) && r.d.Toks[i+1].Cap && !r.p.Stopwords[r.d.Toks[i+1].Lower]
		}
		if i+1 < len(r.d.Toks) && r.isWord(i+1) && r.d.Toks[i+1].Cap && !r.p.Stopwords[r.d.Toks[i+1].Lower] && !r.p.CueFillers[t.Lower] {
			return true // but "a June Trump event": a month is no first name
		}
		if i > 0 && r.isWord(i-1) && r.d.Toks[i-1].Cap {
			if _, first := r.firstName(r.d.Toks[i-1].Lower); first {
				return true // a surname that is a common word: Theresa May
			}
		}
		return i > 0 && r.isWord(i-1) && r.d.Toks[i-1].Cap && !r.p.Stopwords[r.d.Toks[i-1].Lower] &&
			!r.p.CueFillers[t.Lower]
	}
	_, pro := r.p.Pronouns[t.Lower]
	return !pro
}

// verbAt matches a reporting cue at token i. A cue word is lower case
// unless it opens its sentence.
func (r *reader) verbAt(i int, set *lang.Phrases) (lang.Phrase, int, bool) {
	if !r.isWord(i) {
		return lang.Phrase{}, 0, false
	}
	speech := set == r.p.SpeechVerbs
	if speech && r.noSpeech != nil && r.noSpeech[i] {
		return lang.Phrase{}, 0, false
	}
	if r.d.Toks[i].Cap && !r.sentenceStart(i) {
		return lang.Phrase{}, 0, false
	}
	ph, n, ok := set.Match(r.d.Toks, i)
	if ok && speech {
		if _, _, noun := r.p.NounCompounds.Match(r.d.Toks, i); noun {
			ok = false // "her speaking fees"
		}
	}
	if speech && !ok {
		if r.noSpeech == nil {
			r.noSpeech = make([]bool, len(r.d.Toks))
		}
		r.noSpeech[i] = true
	}
	return ph, n, ok
}

func (r *reader) sentenceStart(i int) bool {
	// after an opening bracket or quotation mark: "(See Sexton's …"
	for i > 0 && r.d.Toks[i].Newlines == 0 && r.isPunct(i-1, "(", "[", "“", "‘", "«", "\"") {
		i--
	}
	if i == 0 {
		return true
	}
	if r.d.Toks[i].Newlines > 0 {
		return true
	}
	// a full stop, perhaps inside closing marks: “… campaign.” But Cruz
	for j := i - 1; j >= 0 && j >= i-3 && r.d.Toks[j].Kind == token.Punct; j-- {
		switch r.d.Toks[j].Lower {
		case ".", "?", "!":
			return true
		case "”", "\"", "’", "'", "»", ")":
			continue
		}
		return false
	}
	return false
}

// nameBack reads a proper name that ends at token end-1, walking back over
// capitalised words, name particles and titles (Mr., Foreign Minister).
func (r *reader) nameBack(end, limit int) mention {
	i := end - 1
	first := end
	for i >= limit {
		switch {
		case r.nameWord(i):
			first = i
		case r.isWord(i) && r.p.NameParticles[r.tok(i).Lower] && first < end && i > limit && r.nameWord(i-1):
			first = i
		case r.isPunct(i, ".") && i > limit && r.isWord(i-1) && r.p.Titles[r.tok(i-1).Lower] && first < end:
			first = i
		case r.isPunct(i, ".") && i > limit && r.initial(i-1) && first < end: // Joseph R. Biden
			first = i
		case r.isWord(i) && r.p.Titles[r.tok(i).Lower] && first < end:
			first = i
		case r.possessive(i) && first < end:
			// possessive inside an organization name: Clinton's campaign is read elsewhere
			return mention{first, end}
		default:
			return mention{first, end}
		}
		i--
	}
	return mention{first, end}
}

// nameFwd reads a proper name that starts at token start.
func (r *reader) nameFwd(start, limit int) mention {
	i := start
	for i < limit && (i == start || r.tok(i).Newlines == 0) { // a name never runs over a line break
		switch {
		case r.nameWord(i):
		case r.isWord(i) && r.p.Titles[r.tok(i).Lower] && i+1 < limit && (r.nameWord(i+1) || r.isPunct(i+1, ".")):
		case r.isPunct(i, ".") && i > start && r.isWord(i-1) && r.p.Titles[r.tok(i-1).Lower] && i+1 < limit && r.nameWord(i+1):
		case r.isPunct(i, ".") && i > start && r.initial(i-1) && i+1 < limit && r.nameWord(i+1): // David E. Kendall
		case i > start && i+1 < limit && r.acronymStop(i): // U.S. District Judge
		case r.isWord(i) && r.p.NameParticles[r.tok(i).Lower] && i > start && i+1 < limit && r.nameWord(i+1):
		default:
			return r.nameOf(mention{start, i})
		}
		i++
	}
	return r.nameOf(mention{start, i})
}

// acronymStop reports whether token i is the stop that ends an acronym
// written with stops inside a name: "U.S. District Judge", "the U.S.
// Court of Appeals".
func (r *reader) acronymStop(i int) bool {
	return r.dottedStop(i) && r.nameWord(i+1)
}

// dottedStop reports whether token i is the stop written right after an
// acronym with stops of its own ("U.S.").
func (r *reader) dottedStop(i int) bool {
	return r.isPunct(i, ".") && r.isWord(i-1) && strings.Contains(r.tok(i-1).Lower, ".") && r.tok(i-1).End == r.tok(i).Start
}

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

// adjectiveStop reports whether token i is the stop that ends an acronym
// written with stops before a lower-case word, inside a description: "a
// former U.S. law enforcement official".
func (r *reader) adjectiveStop(i int) bool {
	return r.dottedStop(i) && r.isWord(i+1) && !r.tok(i+1).Cap && !r.p.Stopwords[r.tok(i+1).Lower]
}

// nameOf trims a run of name words into a name: none when all that is
// left is a letter standing alone ("Y" of "(D-N.Y.)").
func (r *reader) nameOf(m mention) mention {
	if m = r.trimName(m); m.last-m.first == 1 && r.initial(m.first) {
		return mention{}
	}
	return m
}

// trimName drops trailing titles and particles from a name.
func (r *reader) trimName(m mention) mention {
	for m.last > m.first && (r.isPunct(m.last-1) || !r.nameWord(m.last-1)) {
		m.last--
	}
	return m
}

// hasName reports whether a mention holds a capitalised non-title word.
func (r *reader) hasName(m mention) bool {
	last := -1
	for i := m.first; i < m.last; i++ {
		if r.nameWord(i) {
			if !r.p.Titles[r.tok(i).Lower] {
				return true
			}
			last = i
		}
	}
	// title words that end in an organization's are its name: the White
	// House, the Senate
	return last >= 0 && last == m.last-1 && r.p.OrganizationWords[r.tok(last).Lower]
}

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
		j := i - 1
		for j >= limit && j > i-10 && !r.isPunct(j, "(") {
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
	m := r.subjectAt(i, limit)
	// a role with no article after a name and a comma, the apposition's
	// closing comma left out: "Marc Vidal, secrétaire général du syndicat
	// a réclamé" — the name
	if m.ok() && m.first-2 >= limit && r.isPunct(m.first-1, ",") && r.roleWord(m.first) && !r.firstNamed(m) {
		if n := r.subjectAt(m.first-2, limit); n.ok() && n.last == m.first-1 && r.firstNamed(n) {
			return n
		}
	}
	// a prepositional phrase between the subject and its cue: "Trump in
	// his announcement speech called …", "Clinton at a rally said …"
	if m.ok() && !r.hasName(m) && m.first-2 >= limit && r.isWord(m.first-1) && r.p.Prepositions[r.tok(m.first-1).Lower] {
		if s := r.subjectAt(m.first-2, limit); s.ok() && (r.hasName(s) || r.isPronounMention(s)) {
			return s
		} else if s.ok() && s.last == m.first-1 && r.isWord(s.last-1) && (r.p.EmployerPrepositions[r.tok(m.first-1).Lower] &&
			r.roleWord(s.last-1) || r.pluralPerson(r.tok(s.last-1).Lower)) {
			// a role and whom it speaks for: "A spokesman for the campaign
			// said"; people and where they are: "Most voters in the state
			// say", "Many speakers at the service said"
			return mention{s.first, m.last}
		}
	}
	return m
}

// objectClitic reports whether token i is an object pronoun written
// between a subject and its verb: the "nous" of "Le préfet nous a
// indiqué" (not the subject of "Nous avons indiqué").
func (r *reader) objectClitic(i, limit int) bool {
	return r.isWord(i) && r.p.ObjectClitics[r.tok(i).Lower] && i > limit && r.isWord(i-1) && !r.tok(i).Cap &&
		!r.p.Coordinators[r.tok(i-1).Lower] && !r.isPronoun(i-1)
}

// cueWord reports whether a reporting verb starts at token i: "martèle
// le président" has no noun before "le".
func (r *reader) cueWord(i int) bool {
	_, _, ok := r.verbAt(i, r.p.SpeechVerbs)
	return ok
}

// particleName reports whether token i is a lower-case name particle
// joined by a hyphen to a capitalised name after a name word:
// "al-Khelaïfi" in "Nasser al-Khelaïfi".
func (r *reader) particleName(i int) bool {
	text := r.d.Text[r.d.Toks[i].Start:r.d.Toks[i].End]
	k := strings.IndexByte(text, '-')
	if k <= 0 || k+1 >= len(text) || !r.p.NameParticles[strings.ToLower(text[:k])] || i == 0 || !r.isWord(i-1) || !r.d.Toks[i-1].Cap {
		return false
	}
	c, _ := utf8.DecodeRuneInString(text[k+1:])
	return unicode.IsUpper(c)
}

// relationWord reports whether token i is a lower-case noun for a
// person's relation or for people: "femme", "avocats", "lawyers".
func (r *reader) relationWord(i int) bool {
	w := r.tok(i).Lower
	return r.isWord(i) && !r.tok(i).Cap && (r.p.RelationNouns[w] || r.pluralPerson(w))
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

// titleEnd reports whether m ends in a lower-case title or noun for a
// person: "the European Union's competition chief".
func (r *reader) titleEnd(m mention) bool {
	t := r.tok(m.last - 1)
	return r.isWord(m.last-1) && !t.Cap && (r.p.PersonTitles[t.Lower] || r.p.Titles[t.Lower])
}

// initial reports whether token i is a capital letter standing alone, as
// a middle initial does.
func (r *reader) initial(i int) bool {
	return r.isWord(i) && r.tok(i).Cap && utf8.RuneCountInString(r.tok(i).Lower) == 1
}

// isPronoun reports whether token i is a pronoun.
func (r *reader) isPronoun(i int) bool {
	_, ok := r.pronoun(i)
	return ok
}

// isPronounMention reports whether m is a lone pronoun.
func (r *reader) isPronounMention(m mention) bool {
	return m.last-m.first == 1 && r.isPronoun(m.first)
}

// isDash reports whether token i is a dash: before a source under a quote,
// after a dateline.
func (r *reader) isDash(i int) bool { return r.isPunct(i, "—", "–", "-", "―") }

// fullStop reports whether token i ends a sentence: a question or
// exclamation mark, or a stop that does not shorten a word (Ala., Gov.).
func (r *reader) fullStop(i int) bool {
	return r.isPunct(i, "?", "!") || r.isPunct(i, ".") && !r.abbreviation(i-1)
}

// abbreviation reports whether token i is a word shortened with the stop
// after it: Ala., Gov., Mr.
func (r *reader) abbreviation(i int) bool {
	if i < 0 || !r.isWord(i) || i+1 >= len(r.d.Toks) || r.tok(i).End != r.tok(i+1).Start {
		return false
	}
	w := r.tok(i).Lower
	return r.p.Abbreviations[w] || r.p.Titles[w+"."] || r.tok(i).Cap && len(w) <= 4
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

// finiteClause reports whether tokens i to j hold an auxiliary verb and
// do not open with a relative pronoun: "ont été découvertes aujourd'hui"
// is a clause; "qui a été élu en 2017" and "le ministre" are not.
func (r *reader) finiteClause(i, j int) bool {
	if i < j && r.isWord(i) && r.p.RelativePronouns[r.tok(i).Lower] {
		return false
	}
	for k := i; k < j; k++ {
		if r.isWord(k) && r.p.RelativePronouns[r.tok(k).Lower] {
			return false // "a strategist who has feuded with him": the auxiliary is the relative clause's
		}
		if r.isWord(k) && r.p.Auxiliaries[r.tok(k).Lower] {
			return true
		}
	}
	return false
}

// adverb reports whether token i is a lower-case word with an adverb's
// ending ("jokingly").
func (r *reader) adverb(i int) bool {
	t := r.tok(i)
	return !t.Cap && r.p.AdverbForm(t.Lower)
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

// pronounPhraseEnding returns where a pronoun phrase ending at token i
// starts ("ce dernier"), or -1.
func (r *reader) pronounPhraseEnding(i, limit int) int {
	for k := i - 1; k >= limit && k >= i-2; k-- {
		if _, n, ok := r.p.PronounPhrases.Match(r.d.Toks, k); ok && k+n == i+1 {
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
		if r.isWord(k) && (r.p.OrganizationWords[r.tok(k).Lower] || isAcronym(r.d.Text[r.tok(k).Start:r.tok(k).End])) {
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

// roleParticle reports whether token i is a lower-case word that joins a
// role to its complement: "de", "du", "of", "aux".
func (r *reader) roleParticle(i int) bool {
	return r.isWord(i) && !r.tok(i).Cap && (r.p.NameParticles[r.tok(i).Lower] || r.p.RoleParticles[r.tok(i).Lower])
}

// roleWord reports whether token i is a lower-case title, noun for a
// person or title modifier: "ministre", "délégué", "secretary".
func (r *reader) roleWord(i int) bool {
	w := r.tok(i).Lower
	return r.isWord(i) && !r.tok(i).Cap && (r.p.PersonTitles[w] || r.p.Titles[w] || r.p.TitleModifiers[w])
}

// placeName folds the words of a name mention for a lookup in Places.
func (r *reader) placeName(m mention) string {
	var words []string
	for i := m.first; i < m.last; i++ {
		if r.isWord(i) {
			words = append(words, r.tok(i).Lower)
		}
	}
	return token.Fold(strings.Join(words, " "))
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
					if w-1 >= limit && r.isWord(w-1) && r.p.Determiners[r.tok(w-1).Lower] {
						w-- // a second determiner: "un autre membre"
					}
					return mention{w, i + 1}
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
	if _, n, ok := r.p.PronounPhrases.Match(r.d.Toks, k); ok && k+n <= limit {
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
			if head && r.verbRun(j) {
				break // "L'élu communiste entend saisir le tribunal"
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
		// "of/de" complements: le ministre de l'Intérieur, the secretary of state
		for j+1 < limit && r.isWord(j) && r.p.NameParticles[r.tok(j).Lower] {
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

// possessive reports whether token i is a possessive clitic ('s).
func (r *reader) possessive(i int) bool {
	if r.isWord(i) {
		return r.p.Possessives[r.tok(i).Lower]
	}
	// the apostrophe alone after a word that ends as the clitic does:
	// "Sanders’ campaign", "the Joneses' house"
	if !r.isPunct(i, "'", "’") || !r.isWord(i-1) || r.tok(i-1).End != r.tok(i).Start || !r.isWord(i+1) || r.tok(i+1).Start == r.tok(i).End {
		return false
	}
	for clitic := range r.p.Possessives {
		if rest, ok := strings.CutPrefix(clitic, "'"); ok && rest != "" && strings.HasSuffix(r.tok(i-1).Lower, rest) {
			return true
		}
	}
	return false
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

// firstNamed reports whether a name mention holds a known first name.
func (r *reader) firstNamed(m mention) bool {
	for i := m.first; i < m.last; i++ {
		if r.isWord(i) {
			if _, ok := r.firstName(r.tok(i).Lower); ok {
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
		if _, n, ok := r.p.PronounPhrases.Match(r.d.Toks, k); ok && k+n <= limit {
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

// splitAtFirstName returns where a known first name starts inside a run of
// capitalised words ("Presse Marc Bordigoni" → "Marc"), or where the name
// after an acronym starts ("AFP Maurice Dahan"), or m.first.
func (r *reader) splitAtFirstName(m mention) int {
	if m.last-m.first < 3 {
		return m.first
	}
	if w := r.d.Text[r.tok(m.first).Start:r.tok(m.first).End]; isAcronym(w) && r.nameWord(m.first+1) {
		return m.first + 1 // an agency, then the source: l'AFP Maurice Dahan
	}
	particle := false // a particle read: what follows is a surname ("Romain de Sainte Marie")
	for i := m.first + 1; i < m.last; i++ {
		particle = particle || r.p.NameParticles[r.tok(i-1).Lower]
		if _, ok := r.firstName(r.tok(i).Lower); ok && r.isWord(i) && !r.p.NameParticles[r.tok(i).Lower] && !particle {
			// (not a particle, nor a name after one: "Brahim Ben Ali")
			if _, prev := r.p.FirstNames[r.tok(i-1).Lower]; !prev {
				return i
			}
		}
	}
	return m.first
}

// firstName looks a first name up, a compound one by its first part
// (Anne-Marie, Jean-Luc).
func (r *reader) firstName(w string) (byte, bool) {
	if g, ok := r.p.FirstNames[w]; ok {
		return g, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		g, ok := r.p.FirstNames[w[:i]]
		return g, ok
	}
	return 0, false
}
