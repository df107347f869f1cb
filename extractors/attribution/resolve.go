package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractors/token"
	"github.com/whosaid/whosaid/models"
)

// source is a resolved speaker.
type source struct {
	name    string
	typ     models.SpeakerType
	gender  byte
	mention models.Span
	how     string // "" (a name), "pronoun", "description", "noun", "unresolved"
	pos     int    // token where the source was last named
}

// names reports whether the source's name holds the last word of the
// entity's ("Hillary Clinton" names "Clinton"); e has words.
func (s *source) names(e entity) bool {
	return strings.Contains(token.Fold(s.name), token.Fold(e.words[len(e.words)-1]))
}

// resolve turns what stands in the source position into a speaker: a
// pronoun into its antecedent, a description into the name it was given
// as a title, a name into the article's fullest form of it.
func (a *article) resolve(qi int, f finding) *source {
	if f.embedded != "" {
		pos := f.cue.first
		if f.scope > 0 && f.scope < pos {
			pos = f.scope
		}
		s := a.pronounSource(qi, f.embedded, pos)
		ms := a.d.span(f.cue.first, f.cue.last)
		if s == nil {
			return &source{name: f.embedded, typ: models.Unknown, mention: ms, how: "unresolved", pos: pos}
		}
		s.mention, s.how, s.pos = ms, "pronoun", pos
		return s
	}
	m := f.who
	if f.plain {
		return a.nounSource(m)
	}
	ms := a.d.span(m.first, m.last)
	if ph, n, ok := a.p.PronounPhrases.Match(a.d.Toks, m.first); ok && n == m.last-m.first {
		// "ce dernier": the pronoun it stands for
		if s := a.antecedentOf("", a.p.Pronouns[ph.Pronoun], m.first, true); s != nil {
			s.mention, s.how, s.pos = ms, "pronoun", m.first
			return s
		}
	}
	if _, n, ok := a.p.PairPhrases.Match(a.d.Toks, m.first); ok && n == m.last-m.first {
		// "the two", "les deux": two people named together just before;
		// with none, the words name nobody, like a pronoun left unresolved
		if s := a.pairBefore(m.first); s != nil {
			s.mention, s.how = ms, "pronoun"
			return s
		}
		return &source{name: a.d.Text[ms.Start:ms.End], typ: models.Group, mention: ms, how: "unresolved", pos: m.first}
	}
	if m.last-m.first == 1 {
		if _, ok := a.pronoun(m.first); ok {
			pos := m.first
			if f.scope > 0 && f.scope < pos {
				pos = f.scope
			}
			s := a.pronounSource(qi, a.d.Toks[m.first].Lower, pos)
			if s == nil {
				return &source{name: a.d.Text[ms.Start:ms.End], typ: models.Unknown, mention: ms, how: "unresolved", pos: m.first}
			}
			s.mention, s.how, s.pos = ms, "pronoun", m.first
			return s
		}
	}
	if s := a.joinedSource(m); s != nil {
		return s
	}
	// "his campaign", "ses avocats": the owner's, once the owner is known
	if s := a.ownedSource(m); s != nil {
		s.mention, s.how, s.pos = ms, "pronoun", m.first
		return s
	}
	if a.hasName(m) && a.titledDescription(m) {
		// "the WikiLeaks founder", "the Florida senator": a description
		// whose capitalised words qualify its title
		if e, ok := a.described(m); ok {
			return a.describedSource(e, m)
		}
		return a.nounSource(m)
	}
	if a.hasName(m) && a.roleHead(m) < 0 && !a.peopleOf(m) && !a.someone(m) {
		// "la Bretonne", "l'Américain": a capitalised noun of origin that
		// stands for the person last named
		if s := a.anaphoric(m); s != nil {
			s.mention, s.how, s.pos = ms, "description", m.first
			return s
		}
		e := a.entity(m)
		full := a.fullest(e.words, e.gender, m.first)
		if len(full.words) == 0 {
			full = e
		}
		g := e.gender
		if g == 0 {
			g = full.gender
		}
		return &source{name: joinName(full.words), typ: a.typeOf(m, full.org), gender: g, mention: ms, pos: m.first}
	}
	// a description: the minister, le fondateur de WikiLeaks, officials
	if e, ok := a.described(m); ok {
		return a.describedSource(e, m)
	}
	// a noun that stands for the person last named: l'élu, le dirigeant
	if s := a.anaphoric(m); s != nil {
		s.mention, s.how, s.pos = ms, "description", m.first
		return s
	}
	// a common noun standing for itself: officials, a spokeswoman, police
	return a.nounSource(m)
}

// joinedSource is the group two names joined in m make (see groupOf), or
// nil when m is no such pair.
func (a *article) joinedSource(m mention) *source {
	for c := m.first + 1; c < m.last-1; c++ {
		if !a.joiner(c) {
			continue
		}
		h1, h2 := mention{m.first, c}, mention{c + 1, m.last}
		if !a.bareName(h1) || !a.bareName(h2) {
			return nil
		}
		s := a.groupOf(a.entity(h1), a.entity(h2), c)
		s.mention = a.d.span(m.first, m.last)
		return s
	}
	return nil
}

// describedSource is the source description m stands for: entity e.
func (a *article) describedSource(e entity, m mention) *source {
	return &source{name: joinName(e.words), typ: a.typeOf(e.m, e.org), gender: e.gender, mention: a.d.span(m.first, m.last), how: "description", pos: m.first}
}

// nounSource is a common noun phrase standing for itself as the source.
func (a *article) nounSource(m mention) *source {
	ms := a.d.span(m.first, m.last)
	return &source{name: a.d.Text[ms.Start:ms.End], typ: a.typeOf(m, false), gender: a.descriptionGender(m), mention: ms, how: "noun", pos: m.first}
}

// titledDescription reports whether m is a determiner, capitalised words
// and a lower-case title for a person: "the WikiLeaks founder", "the
// Florida senator" (not "the New York Times", nor "a Texas senator", who
// is someone new).
func (a *article) titledDescription(m mention) bool {
	if m.last-m.first < 3 || !a.isWord(m.first) || !a.p.Determiners[a.d.Toks[m.first].Lower] || a.p.Indefinites[a.d.Toks[m.first].Lower] {
		return false
	}
	head := a.d.Toks[m.last-1]
	if !a.isWord(m.last-1) || head.Cap || !a.p.PersonTitles[head.Lower] && !a.p.Titles[head.Lower] || a.p.OrganizationWords[head.Lower] || a.p.GroupWords[head.Lower] {
		return false
	}
	for i := m.first + 1; i < m.last-1; i++ {
		if !a.nameWord(i) {
			return false
		}
	}
	return true
}

// ownedSource resolves a possessive determiner and a noun for an
// organization, a group or a document — "his campaign", "her aides",
// "ses avocats" — to the owner's: the determiner's pronoun is resolved
// and the pack writes the name ("Donald Trump's campaign"). It returns
// nil for anything else, and for a relation in the singular ("his
// brother"), which is a person of their own (see described).
func (a *article) ownedSource(m mention) *source {
	// (after a partitive too: "many of her aides" are among Hillary
	// Clinton's aides, the group the name stands for)
	if _, n, ok := a.p.Partitives.Match(a.d.Toks, m.first); ok && m.first+n < m.last {
		m.first += n
	}
	if m.last-m.first != 2 || !a.isWord(m.first) || !a.isWord(m.first+1) || a.d.Toks[m.first+1].Cap {
		return nil
	}
	pronoun, ok := a.p.Owned.Owner(a.d.Toks[m.first].Lower)
	if !ok {
		return nil
	}
	noun := a.d.Toks[m.first+1].Lower
	typ := models.Organization
	switch {
	case a.p.OrganizationWords[noun]:
	case a.p.DocumentWords[noun]:
		typ = models.Document
	case a.p.GroupWords[noun] || a.pluralPerson(noun):
		typ = models.Group
	default:
		return nil
	}
	owner := a.antecedent(pronoun, m.first)
	if owner == nil || !a.properName(owner.name) {
		return nil // "his father's parents" names no one
	}
	w := a.d.Toks[m.first+1]
	return &source{name: a.p.Owned.Name(a.d.Text[w.Start:w.End], owner.name), typ: typ}
}

// properName reports whether name opens as a name does: a capital, and
// no determiner ("His father", "The Daily Beast"'s "The" is one).
func (a *article) properName(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	r, _ := utf8.DecodeRuneInString(first)
	w := token.Fold(first)
	return unicode.IsUpper(r) && !a.p.Determiners[w] && !a.p.OwnerDeterminers[w]
}

// someone reports whether m names no one, whatever its capitals: an
// indefinite determiner and a lower-case noun for a person at its end ("a
// former U.S. official", "one Clinton aide", "un diplomate européen").
func (a *article) someone(m mention) bool {
	last := m.last - 1
	return m.last-m.first > 1 && a.isWord(m.first) && a.p.Indefinites[a.d.Toks[m.first].Lower] &&
		a.isWord(last) && !a.d.Toks[last].Cap && a.sourceHead(a.d.Toks[last].Lower)
}

// typeOf tells a person from an organization, a group or a document by the
// words of the mention.
func (a *article) typeOf(m mention, org bool) models.SpeakerType {
	head := ""
	for i := m.last - 1; i >= m.first; i-- {
		if a.isWord(i) {
			head = a.d.Toks[i].Lower
			break
		}
	}
	if pr, ok := a.p.Pronouns[head]; ok && m.last-m.first == 1 {
		switch {
		case pr.Number == 'p':
			return models.Group
		case pr.Gender == 'n':
			return models.Organization
		default:
			return models.Person
		}
	}
	switch {
	case a.p.DocumentWords[head]:
		return models.Document
	case a.p.GroupWords[head]:
		return models.Group
	case org:
		return models.Organization
	}
	if a.titledName(m) {
		return models.Person
	}
	for i := m.first; i < m.last; i++ {
		if !a.isWord(i) {
			continue
		}
		w := a.d.Toks[i].Lower
		if a.p.NameParticles[w] && !a.d.Toks[i].Cap && i > m.first && !a.nameWord(i-1) {
			break // the complement of a common noun: "un conseiller de l'Élysée" is a person
		}
		if a.p.OrganizationWords[w] || isAcronym(a.d.Text[a.d.Toks[i].Start:a.d.Toks[i].End]) && !a.initialsAt(i, m.last) {
			return models.Organization
		}
	}
	if a.nameWord(m.first) && a.commonWordAfter(m) {
		// a proper noun with a common-noun complement: the Observatoire
		// des séismes alpins, the Center for American Progress is no one
		return models.Organization
	}
	if a.hasName(m) || a.p.PersonTitles[head] || a.p.Titles[head] {
		return models.Person
	}
	return models.Unknown
}

// titledName reports whether mention m ends in a name after a person's
// title: what comes before the title only qualifies it, an organization
// included ("FBI Director James Comey"); not when the name owns what
// follows it ("Dana Whitfield's campaign").
func (a *article) titledName(m mention) bool {
	if !a.nameWord(m.last-1) || a.possessive(m.last-2) {
		return false
	}
	for i := m.first; i+1 < m.last; i++ {
		next := a.d.Toks[i+1].Lower
		if a.isWord(i) && a.p.PersonTitles[a.d.Toks[i].Lower] && a.nameWord(i+1) && !a.p.Titles[next] && !a.p.PersonTitles[next] {
			return true
		}
	}
	return false
}

// commonWordAfter reports whether a name mention goes on with a lower-case
// word that is no name particle: "Observatoire des séismes alpins".
func (a *article) commonWordAfter(m mention) bool {
	for i := m.first + 1; i < m.last; i++ {
		if a.isWord(i) && !a.d.Toks[i].Cap && !a.p.NameParticles[a.d.Toks[i].Lower] && !a.p.Determiners[a.d.Toks[i].Lower] &&
			!a.p.AffiliationParticles[a.d.Toks[i].Lower] {
			return true
		}
	}
	return false
}

// orgsNamed counts the distinct organizations named before token pos.
func (a *article) orgsNamed(pos int) int {
	seen := map[string]bool{}
	for _, e := range a.ents {
		if e.m.first >= pos {
			break
		}
		if e.org && a.hasName(e.m) {
			seen[strings.ToLower(strings.Join(e.words, " "))] = true
		}
	}
	return len(seen)
}

// joinName writes a name's words with a space between them, but for an
// elided word, which holds on to the next: "Valéry Giscard d’Estaing".
func joinName(words []string) string {
	var b strings.Builder
	apostrophe := func(w string) bool { return w == "'" || w == "’" }
	for i, w := range words {
		// no space after an elision (d'Estaing) nor before a clitic
		// (Google's) or a possessive apostrophe (Sanders’ campaign)
		if i > 0 && (apostrophe(words[i-1]) || !strings.HasSuffix(words[i-1], "'") && !strings.HasSuffix(words[i-1], "’")) &&
			!strings.HasPrefix(w, "'") && !strings.HasPrefix(w, "’") {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}
