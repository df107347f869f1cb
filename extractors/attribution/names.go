package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractors/token"
)

// Names: which capitalised words make a name (with its particles,
// initials and acronyms), where a name starts and ends, and the first
// names that tell a person's gender.

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
		if _, pro := r.p.Pronouns[t.Lower]; !pro && r.afterQuote(i) && !r.p.Determiners[t.Lower] &&
			!r.p.QuantifierSubjects[t.Lower] && !r.p.Indefinites[t.Lower] && r.cueWord(i+1) {
			return true // and alone, right after a quote, before its cue: "“…,” May said", "Will wrote"
		}
		return i > 0 && r.isWord(i-1) && r.d.Toks[i-1].Cap && !r.p.Stopwords[r.d.Toks[i-1].Lower] &&
			!r.p.CueFillers[t.Lower]
	}
	_, pro := r.p.Pronouns[t.Lower]
	return !pro
}

// afterQuote reports whether token i follows a mark that may close a
// quote (the pack's Closers), a comma at most between.
func (r *reader) afterQuote(i int) bool {
	if i > 0 && r.isPunct(i-1, ",") {
		i--
	}
	return i > 0 && !r.isWord(i-1) && r.p.Closers[r.tok(i-1).Lower]
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
		case i > limit && first < end && r.initialsStop(i): // J.M. Berger
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
		case i > start && r.acronymEnd(i): // said the N.A.A.C.P. in a statement
			return r.nameOf(mention{start, i + 1})
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

// acronymEnd reports whether token i is the stop that ends a name which
// is an acronym written with stops, capitals joined by stops ("F.B.I.").
func (r *reader) acronymEnd(i int) bool {
	return r.initialsStop(i) && r.nameWord(i-1)
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

// trimName drops trailing titles, particles and punctuation from a name,
// but not the last stop of an acronym ("F.B.I.").
func (r *reader) trimName(m mention) mention {
	for m.last > m.first && !r.acronymEnd(m.last-1) && (r.isPunct(m.last-1) || !r.nameWord(m.last-1)) {
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
			if i > m.first && r.honorific(i-1) || i-1 > m.first && r.isPunct(i-1, ".") && r.honorific(i-2) {
				return true // a surname that is a title word: "Mr. King", "Ms. Bishop"
			}
			last = i
		}
	}
	// title words that end in an organization's are its name: the White
	// House, the Senate
	return last >= 0 && last == m.last-1 && r.p.OrganizationWords[r.tok(last).Lower]
}

// honorific reports whether token i is one of the pack's honorifics,
// which stand before a surname: "Mr.", "Mme".
func (r *reader) honorific(i int) bool {
	return r.isWord(i) && r.p.Honorifics[r.tok(i).Lower]
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
			// (nor a surname after a middle initial: "Paul D. Ryan")
			_, prev := r.p.FirstNames[r.tok(i-1).Lower]
			if !prev && !r.initial(i-1) && !(r.isPunct(i-1, ".") && r.initial(i-2)) {
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

// initialsAt reports whether token i holds initials written together
// before a surname that ends at last: "J.M. Berger" (not "F.B.I.
// Director", "U.S. Senate").
func (r *reader) initialsAt(i, last int) bool {
	if i+2 >= last || !r.initialsStop(i+1) || !r.nameWord(i+2) {
		return false
	}
	w := r.tok(i + 2).Lower
	return !r.p.Titles[w] && !r.p.OrganizationWords[w]
}

// initialsStop reports whether token i is the full stop that closes
// initials written together: the last "." of "J.M. Berger".
func (r *reader) initialsStop(i int) bool {
	return i > 0 && r.isPunct(i, ".") && r.isWord(i-1) && r.tok(i-1).Cap && token.DottedInitials(r.tok(i-1).Lower) &&
		r.tok(i-1).End == r.tok(i).Start
}
