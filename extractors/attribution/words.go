package attribution

import (
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/extractors/token"
)

// Word-level reading shared by the rules: what a token is (a word, a
// number, punctuation, a pronoun, a verb of the pack, an adverb, a
// possessive) and where sentences and clauses start.

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

// cueWord reports whether a reporting verb starts at token i: "martèle
// le président" has no noun before "le".
func (r *reader) cueWord(i int) bool {
	_, _, ok := r.verbAt(i, r.p.SpeechVerbs)
	return ok
}

// relationWord reports whether token i is a lower-case noun for a
// person's relation or for people: "femme", "avocats", "lawyers".
func (r *reader) relationWord(i int) bool {
	w := r.tok(i).Lower
	return r.isWord(i) && !r.tok(i).Cap && (r.p.RelationNouns[w] || r.pluralPerson(w))
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

// topicVerbAt reports whether token i is a topic verb that no reporting
// verb list holds ("talked about …"): a one-word cue of reported speech.
func (r *reader) topicVerbAt(i int) (lang.Phrase, int, bool) {
	t := r.tok(i)
	if !r.isWord(i) || !r.p.TopicVerbs[t.Lower] || t.Cap && !r.sentenceStart(i) {
		return lang.Phrase{}, 0, false
	}
	if _, _, noun := r.p.NounCompounds.Match(r.d.Toks, i); noun {
		return lang.Phrase{}, 0, false // "talking points"
	}
	return lang.Phrase{Words: []string{t.Lower}}, 1, true
}

// finiteClause reports whether tokens i to j hold an auxiliary verb (or a
// pronoun with one contracted onto it: "he's") and
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
		if r.isWord(k) && (r.p.Auxiliaries[r.tok(k).Lower] || k > i && r.p.ContractedAuxiliaries[r.tok(k).Lower] && r.isPronoun(k-1)) {
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
