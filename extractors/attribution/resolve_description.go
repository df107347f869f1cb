package attribution

import (
	"slices"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/models"
)

// Descriptions: a common noun phrase in the source position ("the
// president", "le ministre", "the WikiLeaks founder") linked to the
// person named earlier with that title or apposition.

// descriptionGender returns the gender description m tells: its
// determiner's ("le maire", "la préfète"), else its last word's ("his
// wife", "son mari", "the congresswoman"); 0 when it tells none.
func (a *article) descriptionGender(m mention) byte {
	if !m.ok() {
		return 0
	}
	if g := a.p.GenderedDeterminers[a.d.Toks[m.first].Lower]; g != 0 && a.isWord(m.first) {
		return g
	}
	if a.isWord(m.last - 1) {
		return a.p.GenderedTitles[a.d.Toks[m.last-1].Lower]
	}
	return 0
}

// anaphoric resolves a short definite description whose head is one of
// the language's anaphoric nouns ("l'élu", "la dirigeante", "la
// Bretonne"), or any description opened by a demonstrative ("cette
// retraitée de Créteil"), as a pronoun of the determiner's gender: to the
// person last named.
func (a *article) anaphoric(m mention) *source {
	n := m.last - m.first
	if n < 2 || n > 7 || !a.isWord(m.first) || !a.isWord(m.last-1) {
		return nil
	}
	det := a.d.Toks[m.first].Lower
	if !a.p.Determiners[det] || a.p.Indefinites[det] || a.p.Possessives[det] || a.p.OwnerDeterminers[det] {
		return nil // "sa femme": the wife of the person named, not her
	}
	// the head: the last word before a complement ("le député du Nord")
	head := m.last - 1
	for i := m.first + 1; i < m.last; i++ {
		if a.isWord(i) && a.p.NameParticles[a.d.Toks[i].Lower] && !a.d.Toks[i].Cap {
			head = i - 1
			break
		}
		if !a.isWord(i) || a.d.Toks[i].Cap && !a.p.AnaphoricNouns[a.d.Toks[i].Lower] && !(n == 2 && a.p.Demonstratives[det]) {
			return nil // a name: "le candidat Thomas Girard"; but "la Bretonne", "cette Rouennaise"
		}
	}
	// the noun may come before its adjectives: "le dirigeant espagnol";
	// after a demonstrative any noun for a person will do, and a word for
	// where one lives ("cette Rouennaise")
	demo := a.p.Demonstratives[det]
	noun := -1
	if demo && n == 2 && a.d.Toks[m.first+1].Cap {
		noun = m.first + 1
	}
	for i := m.first + 1; i <= head; i++ {
		if w := a.d.Toks[i].Lower; a.p.AnaphoricNouns[w] || demo && (a.p.PersonTitles[w] || a.p.Titles[w]) {
			noun = i
		}
	}
	if noun < 0 {
		return nil
	}
	g := a.p.GenderedDeterminers[det]
	if g == 0 {
		g = 'x'
	}
	s := a.antecedentOf("", lang.Pronoun{Gender: g, Number: 's'}, m.first, false)
	if s == nil || s.typ != models.Person {
		return nil
	}
	// with a complement it may be someone new ("le maire de Rouen"): only
	// right after the name it stands for
	if head < m.last-1 && !demo && (s.how != "" || a.d.sentOf(a.d.Toks[m.first].Start)-a.d.sentOf(a.d.Toks[s.pos].Start) > 1) {
		return nil // and only after the name itself, not a pronoun for it
	}
	// a role with a complement is not someone known by the same role
	// with a modifier the description lacks: "le ministre de l'Intérieur"
	// is not "le premier ministre X"
	if head < m.last-1 && !demo && a.modifiedTitle(s.name, m) {
		return nil
	}
	// never the name its complement holds: "le président d'Horizons" is
	// not Horizons
	for i := head + 1; i < m.last; i++ {
		if a.isWord(i) && a.d.Toks[i].Cap && strings.Contains(s.name, a.d.Text[a.d.Toks[i].Start:a.d.Toks[i].End]) {
			return nil
		}
	}
	return s
}

// byTitle indexes the entities by the titles they were given, each list
// in the order of the text. It is built on first use.
func (a *article) byTitle() map[string][]int {
	if a.titled == nil {
		a.titled = map[string][]int{}
		for k, e := range a.ents {
			for i, t := range e.titles {
				if slices.Contains(e.titles[:i], t) {
					continue
				}
				a.titled[t] = append(a.titled[t], k)
				// "Sen." is also "the senator"
				for _, eq := range a.p.TitleEquivalents[t] {
					if !slices.Contains(e.titles, eq) {
						a.titled[eq] = append(a.titled[eq], k)
					}
				}
			}
		}
	}
	return a.titled
}

// described links a description to the most recent name that was given
// its head word as a title ("Foreign Minister José Valencia" … "the
// minister"; "Julian Assange, the WikiLeaks founder," … "the founder").
func (a *article) described(m mention) (entity, bool) {
	if a.isWord(m.first) && a.p.Indefinites[a.d.Toks[m.first].Lower] {
		return entity{}, false // "un cadre du parti", "a spokesman": someone new
	}
	head := ""
	for i := m.last - 1; i >= m.first; i-- {
		if a.isWord(i) && !a.p.Determiners[a.d.Toks[i].Lower] {
			head = a.d.Toks[i].Lower
			break
		}
	}
	if d := m.first; a.isWord(d) && a.p.Determiners[a.d.Toks[d].Lower] && d+2 < m.last && a.isWord(d+2) &&
		a.p.NameParticles[a.d.Toks[d+2].Lower] && !a.d.Toks[d+1].Cap {
		head = a.d.Toks[d+1].Lower // "mère" in "la mère de la victime"
	}
	if t := a.roleHead(m); t >= 0 {
		head = a.d.Toks[t].Lower // the role, not its complement: "ministre" in "le ministre de l'Intérieur"
	}
	if head == "" || a.p.GroupWords[head] || a.p.DocumentWords[head] || a.peopleAround(m) {
		return entity{}, false
	}
	var best entity
	found := false
	// the last name before the mention that was given the title, with
	// its modifiers: "la Première ministre" is not "le ministre X"
	var mods []string
	for i := m.first; i < m.last; i++ {
		if a.isWord(i) && a.p.TitleModifiers[a.d.Toks[i].Lower] {
			mods = append(mods, a.d.Toks[i].Lower)
		}
	}
	// an organization's word is no person's title, whoever it was written
	// before: "the campaign" is not "campaign spokesman Brian Fallon"
	var titled []int
	if !a.p.OrganizationWords[head] {
		titled = a.byTitle()[head]
	}
	g := a.descriptionGender(m) // "la ministre" is not "le ministre X"
	for i := sort.Search(len(titled), func(i int) bool { return a.ents[titled[i]].m.first >= m.first }) - 1; i >= 0 && !found; i-- {
		if e := a.ents[titled[i]]; containsAll(e.titles, mods) && containsAll(mods, a.modifiersOf(e)) && a.complementAgrees(m, e) &&
			(g == 0 || e.gender == 0 || e.gender == g || g == 'x' || e.gender == 'x') {
			best, found = e, true
		}
	}
	if !found && a.p.OrganizationWords[head] {
		// "the company", "l'entreprise": the organization last named that
		// holds the word, else the last named organization
		var holder, last entity
		for _, e := range a.ents {
			if e.m.first >= m.first {
				break
			}
			if !e.org || !a.hasName(e.m) || a.p.Places[a.placeName(e.m)] {
				continue // a country is no company nor campaign
			}
			last = e
			for _, w := range e.words {
				if strings.EqualFold(w, head) {
					holder = e
				}
			}
		}
		switch {
		case len(holder.words) > 0:
			return holder, true
		case len(last.words) > 0 && a.p.GenericOrgWords[head] && a.orgsNamed(m.first) == 1 && !a.namedComplement(m) && !a.otherKind(last, head) &&
			!a.completed(m):
			// the one organization the article has named (not "l'association
			// des usagers", which its complement makes another)
			return last, true
		}
		return entity{}, false
	}
	if !found {
		return entity{}, false
	}
	full := a.fullestTitled(best)
	if len(full.words) > 0 {
		full.titles = best.titles
		return full, true
	}
	return best, true
}

// fullestTitled is fullest for an entity that was given titles: among
// the fullest forms of its name, the one given one of those titles ("the
// president" is President Barack Obama, not Michelle Obama named after
// him), else the fullest form named before it.
func (a *article) fullestTitled(e entity) entity {
	full := a.fullest(e.words, e.gender, e.m.first)
	if len(full.words) == 0 || sharesTitle(full.titles, e.titles) {
		return full
	}
	cands := a.fullerForms(e.words, e.gender)
	i := sort.Search(len(cands), func(i int) bool { return a.ents[cands[i]].m.first >= e.m.first })
	for k := i - 1; k >= 0; k-- {
		if c := a.ents[cands[k]]; sharesTitle(c.titles, e.titles) {
			return c
		}
	}
	for _, k := range cands[i:] {
		if c := a.ents[k]; sharesTitle(c.titles, e.titles) {
			return c
		}
	}
	if full.m.first > e.m.first {
		return e // a fuller form named only later is someone else: "President Obama" … "Michelle Obama"
	}
	return full
}

func sharesTitle(a, b []string) bool {
	for _, t := range a {
		if slices.Contains(b, t) {
			return true
		}
	}
	return false
}

// modifiedTitle reports whether a mention named name carries a title
// modifier that description m does not.
func (a *article) modifiedTitle(name string, m mention) bool {
	var mods []string
	for i := m.first; i < m.last; i++ {
		if a.isWord(i) && a.p.TitleModifiers[a.d.Toks[i].Lower] {
			mods = append(mods, a.d.Toks[i].Lower)
		}
	}
	for _, e := range a.ents {
		if e.m.first < m.first && joinName(e.words) == name && !containsAll(mods, a.modifiersOf(e)) {
			return true
		}
	}
	return false
}

// peopleAround reports whether description m opens with people in the
// plural whom the words after them tie to someone: "people close to the
// vice president", "supporters of the senator" are not the vice president
// nor the senator.
func (a *article) peopleAround(m mention) bool {
	i := m.first
	for i < m.last && a.isWord(i) && (a.p.Determiners[a.d.Toks[i].Lower] || a.isNumber(i)) {
		i++
	}
	return i+1 < m.last && a.isWord(i) && (a.p.GroupWords[a.d.Toks[i].Lower] || a.pluralPerson(a.d.Toks[i].Lower))
}

// modifiersOf returns the title modifiers among entity e's titles: "le
// ministre" is not "le premier ministre X", nor "the president" the vice
// president.
func (a *article) modifiersOf(e entity) []string {
	var mods []string
	for _, t := range e.titles {
		if a.p.TitleModifiers[t] {
			mods = append(mods, t)
		}
	}
	return mods
}

// otherKind reports whether organization e is named as a public body
// other than head: "the Senate" or "the Department of Education" is no
// "company" (but "Ford Motor Company" and "Ferrero France" are).
func (a *article) otherKind(e entity, head string) bool {
	for _, w := range e.words {
		if w := strings.ToLower(w); w != head && a.p.InstitutionWords[w] {
			return true
		}
	}
	return false
}

// complementAgrees reports whether the names in description m's
// complement, or between its determiner and its title, are in the
// sentence that gave entity e its title: "le maire de Montévrain" is not
// "Gilles Bourdeleix, maire de Cholet", "the Florida senator" not "Texas
// Sen. Ted Cruz".
func (a *article) complementAgrees(m mention, e entity) bool {
	sent := a.d.Text[a.d.Sents[e.sent].Start:a.d.Sents[e.sent].End]
	from := m.first + 2
	if a.isWord(m.first) && a.p.Determiners[a.d.Toks[m.first].Lower] {
		from = m.first + 1
	}
	for i := from; i < m.last; i++ {
		if t := a.d.Toks[i]; a.nameWord(i) && !strings.Contains(sent, a.d.Text[t.Start:t.End]) {
			return false
		}
	}
	return true
}

// completed reports whether description m has a complement after its
// head: a complement particle after its first two words ("l'association
// des usagers", "the union of teachers").
func (a *article) completed(m mention) bool {
	for i := m.first + 2; i < m.last; i++ {
		if a.isWord(i) && (a.p.ComplementParticles[a.d.Toks[i].Lower] || a.p.AffiliationParticles[a.d.Toks[i].Lower]) {
			return true
		}
	}
	return false
}

// namedComplement reports whether description m holds a name after its
// first words: "le parquet de Marseille" is that one, not any other.
func (a *article) namedComplement(m mention) bool {
	for i := m.first + 2; i < m.last; i++ {
		if a.nameWord(i) {
			return true
		}
	}
	return false
}
