package attribution

import (
	"sort"
	"strings"

	"github.com/whosaid/whosaid/extractors/token"
)

// entity is one proper-name mention in the article.
type entity struct {
	m      mention
	words  []string // the name without titles, as written
	gender byte     // 'm', 'f' or 0 when unknown
	titles []string // title words written before it or in apposition (lower case)
	org    bool
	person bool // known to be a person: a first name, a gendered title, a speaker
	place  bool // a country, region or city
	sent   int  // the sentence it stands in
}

// entities lists every proper-name mention of the article in order, with
// the titles written around it ("Foreign Minister José Valencia", "José
// Valencia, Ecuador's foreign minister,").
func (a *article) entities() []entity {
	var out []entity
	toks := a.d.Toks
	for i := 0; i < len(toks); i++ {
		if a.inQuote[i] {
			continue
		}
		if i == 0 || toks[i].Newlines > 0 {
			if d := a.afterDateline(i); d > i {
				i = d - 1 // "LA CROSSE, Wis. —" names a place, not a speaker
				continue
			}
		}
		if e, ok := a.orgDescription(i); ok {
			e.sent = a.d.sentOf(toks[i].Start)
			out = append(out, e)
			i = e.m.last - 1
			continue
		}
		if !a.nameWord(i) || a.headline(i) {
			continue
		}
		if a.p.Titles[toks[i].Lower] && !(i+1 < len(toks) && (a.nameWord(i+1) || a.isPunct(i+1, "."))) {
			continue
		}
		if a.commonOpener(i) {
			continue // "Shares of Acme Corp.": the name starts after "of"
		}
		if a.openingParticiple(i) {
			continue // "Appearing before supporters, Suu Kyi said"
		}
		m := a.nameFwd(i, len(toks))
		if !m.ok() {
			continue
		}
		if a.roleComplement(m.first) {
			// ministre des Transports, secretary of State: part of a role;
			// the person named after it is a name of its own: "le ministre
			// de l'Intérieur Gérald Darmanin"
			split := a.splitAtFirstName(m)
			if split == m.first {
				i = m.last - 1
				continue
			}
			m.first = split
		}
		e := a.entity(m)
		if len(e.words) == 0 {
			i = m.last - 1
			continue
		}
		// titles before the name: the role phrase it follows (foreign
		// minister José Valencia, la ministre du Travail Muriel Pénicaud)
		unknown := 0
		start, reach := m.first-1, 7
		apposed := a.isPunct(start, ",")
		if apposed {
			// a role in apposition before the name, its complements
			// included: le maire de la commune, Anne-Marie Joly, / la
			// commissaire aux droits de l'homme du Conseil de l'Europe, X,
			start--
			reach = 14
		}
		for j := start; j >= 0 && j > m.first-reach && a.isWord(j) && !a.possessive(j); j-- {
			// (a possessive ends it: "Mr. King's Russia Today" gives
			// Russia Today no title)
			lw := toks[j].Lower
			if a.p.Titles[lw] || a.p.PersonTitles[lw] || a.p.TitleModifiers[lw] {
				e.titles = append(e.titles, lw)
				continue
			}
			if a.p.NameParticles[lw] || a.p.Determiners[lw] && j < m.first-1 || toks[j].Cap && !a.p.Stopwords[lw] ||
				apposed && a.p.CuePrepositions[lw] {
				continue
			}
			// (a determiner opens the role's noun phrase: the word before it
			// is none of it — "the actor discussed the absence of Armenians")
			if !a.p.Stopwords[lw] && unknown < 2 && !(j+1 < m.first && a.p.Determiners[toks[j+1].Lower]) {
				unknown++ // an adjective inside the role: la journaliste belge
				continue
			}
			break
		}
		// an apposition after it: José Valencia, Ecuador's foreign minister,
		if m.last < len(toks) && a.isPunct(m.last, ",") {
			var role []string
			closed := false
			for j := m.last + 1; j < len(toks) && j < m.last+14; j++ {
				if a.isPunct(j) {
					closed = a.isPunct(j, ",", ".", ")")
					break
				}
				if _, _, verb := a.verbAt(j, a.p.SpeechVerbs); verb {
					break
				}
				// a second role joined to a first that names a person,
				// the name opening its sentence: "Raynard Jackson, a
				// campaign consultant and the host of an XM Satellite radio
				// show," — the first one will do (not "… toward Israel, the
				// retired neurosurgeon and the businessman faced …")
				if a.p.Coordinators[toks[j].Lower] && len(role) > 0 && a.p.PersonTitles[role[len(role)-1]] && a.sentenceStart(m.first) {
					closed = true
					break
				}
				if !toks[j].Cap {
					role = append(role, toks[j].Lower) // not "Tupelo, Miss.": a state, not a title
				}
			}
			if closed && a.appositionHead(m.last+1) {
				for _, w := range role {
					if a.p.Titles[w] || a.p.PersonTitles[w] || a.p.TitleModifiers[w] {
						e.titles = append(e.titles, w)
					}
				}
			}
		}
		e.sent = a.d.sentOf(toks[m.first].Start)
		out = append(out, e)
		i = m.last - 1
	}
	// A name is a person's when it, or a fuller form of it, has a first
	// name or a gendered title, or when it is the subject of a reporting verb.
	a.dropPlaces(out)
	a.ents = out
	a.byLast = make(map[string][]int, len(out))
	for k, e := range out {
		if len(e.words) > 0 {
			last := token.Fold(e.words[len(e.words)-1])
			a.byLast[last] = append(a.byLast[last], k)
		}
	}
	for k := range out {
		e := &out[k]
		if e.org {
			continue
		}
		if e.gender == 0 {
			e.gender = a.genderOf(e.words)
		}
		if e.gender == 0 && len(e.words) == 1 && !a.hasFuller(e.words[0]) {
			// a first name alone, with no fuller name that ends in it:
			// "Sandrine, qui préfère taire son nom" (but "Warren" after
			// "Elizabeth Warren" is hers)
			if g, ok := a.firstName(token.Fold(e.words[0])); ok && g != 'x' {
				e.gender = g
			}
		}
		if e.gender == 0 && len(e.words) <= 3 && a.p.Places[token.Fold(strings.Join(e.words, " "))] {
			e.place = true
			continue // China, North Carolina: never "he" or "she"
		}
		e.person = e.gender != 0 || a.speaks(e.m.last) && !a.complementName(e.m) || a.personTitled(e) ||
			a.speakerNames[strings.ToLower(e.words[len(e.words)-1])] || a.actsAsSubject(e.m) || a.aged(e.m.last) ||
			a.markedSource(e.m)
	}
	a.fuller = nil // genders are settled only now
	persons := map[string]bool{}
	for _, e := range out {
		if e.person {
			persons[token.Fold(strings.Join(e.words, " "))] = true
		}
	}
	for k := range out {
		e := &out[k]
		if !e.person && !e.org && !e.place {
			full := a.fullest(e.words, 0, e.m.first)
			e.person = persons[token.Fold(strings.Join(full.words, " "))]
		}
	}
	return out
}

// aged reports whether the name ending at token end is followed by an age
// between commas: "Christelle, 52 ans,", "Emily Driscoll, 24,".
func (a *article) aged(end int) bool {
	if !a.isPunct(end, ",") || !a.isNumber(end+1) || len(a.d.Toks[end+1].Lower) > 3 {
		return false
	}
	k := end + 2
	for k < len(a.d.Toks) && k < end+4 && a.isWord(k) && a.p.AgeWords[a.d.Toks[k].Lower] {
		k++
	}
	return a.isPunct(k, ",")
}

// commonOpener reports whether token i, opening its sentence before a name
// particle, is a common noun in the plural (or a title's topic) rather
// than the start of a name:
// "Shares of Acme", "Supporters of Sanders", but not "Bank of America".
func (a *article) commonOpener(i int) bool {
	w := a.d.Toks[i].Lower
	if !a.sentenceStart(i) || i+1 >= len(a.d.Toks) || !a.isWord(i+1) || !a.p.NameParticles[a.d.Toks[i+1].Lower] || len(w) < 5 {
		return false
	}
	// or a topic before a colon: "Incendie de Marseille : le parquet …"
	if !a.plural(i) && !(a.topicColon(i) && !a.p.OrganizationWords[w] && !a.p.PersonTitles[w]) {
		return false
	}
	_, first := a.firstName(w)
	return !first && !a.p.Titles[w]
}

// topicColon reports whether a colon follows the few words from token i
// within their sentence: a title's topic.
func (a *article) topicColon(i int) bool {
	for j := i + 1; j < len(a.d.Toks) && j < i+6; j++ {
		if a.isPunct(j, ":") {
			return true
		}
		if !a.isWord(j) && !a.isPunct(j, "'", "’", "-") {
			return false
		}
	}
	return false
}

// openingParticiple reports whether token i, opening a sentence, is a
// participle before a function word ("Appearing before …", "Speaking to
// reporters …", "Preceded at the lectern by …"), not a name; a name
// before "and" or a verb stays one.
func (a *article) openingParticiple(i int) bool {
	if w := a.d.Toks[i].Lower; !a.sentenceStart(i) || !a.isWord(i+1) || !a.p.ParticipleWord(w) && !a.p.InterviewParticiples[w] {
		return false
	}
	next := a.d.Toks[i+1].Lower
	return a.p.Stopwords[next] && !a.p.Coordinators[next] && !a.d.Toks[i+1].Cap
}

// orgDescription reads "the government", "the Ecuadorian government",
// "le ministère": a definite determiner and an organization word within
// three words, all lower case but for adjectives of nationality.
func (a *article) orgDescription(i int) (entity, bool) {
	if !a.isWord(i) || !a.p.Determiners[a.d.Toks[i].Lower] || a.d.Toks[i].Cap && !a.sentenceStart(i) {
		return entity{}, false
	}
	for j := i + 1; j < len(a.d.Toks) && j <= i+3 && a.isWord(j); j++ {
		t := a.d.Toks[j]
		if a.p.OrganizationWords[t.Lower] && !t.Cap {
			e := entity{m: mention{i, j + 1}, org: true}
			for k := i + 1; k <= j; k++ {
				e.words = append(e.words, a.d.Text[a.d.Toks[k].Start:a.d.Toks[k].End])
			}
			return e, true
		}
		if a.p.Stopwords[t.Lower] {
			break
		}
	}
	return entity{}, false
}

// roleComplement reports whether the name at token i completes a role
// written before it: a lower-case title and a particle (ministre des
// Transports, ministre délégué aux Transports, ministre de l'Éducation,
// secretary of State).
func (a *article) roleComplement(i int) bool {
	if i >= 2 && a.roleParticle(i-1) && a.roleWord(i-2) {
		return true
	}
	// a determiner after the particle: "ministre de l'Éducation", "de la Santé"
	return i >= 3 && a.isWord(i-1) && !a.d.Toks[i-1].Cap && a.p.Determiners[a.d.Toks[i-1].Lower] && a.roleParticle(i-2) && a.roleWord(i-3)
}

// complementName reports whether name mention m completes a common noun
// with a particle: "la cour d'appel d'Aix-en-Provence a confirmé" — the
// court speaks, not Aix-en-Provence.
func (a *article) complementName(m mention) bool {
	p := m.first - 1
	return p > 0 && a.isWord(p) && !a.d.Toks[p].Cap && a.p.NameParticles[a.d.Toks[p].Lower] &&
		a.isWord(p-1) && !a.d.Toks[p-1].Cap && !a.p.Stopwords[a.d.Toks[p-1].Lower]
}

// markedSource reports whether name mention m of two words or more is
// the source a marker names, past a few lower-case words: "according to
// a post from Arianna Huffington" — someone who speaks.
func (a *article) markedSource(m mention) bool {
	if m.last-m.first < 2 {
		return false
	}
	for k := m.first - 1; k >= 0 && k >= m.first-6 && a.isWord(k); k-- {
		if _, n, ok := a.p.SourceMarkers.Match(a.d.Toks, k); ok && k+n <= m.first {
			return true
		}
		if a.d.Toks[k].Cap {
			return false
		}
	}
	return false
}

// actsAsSubject reports whether name mention m of two words or more
// opens its sentence, an opening phrase aside, before an adverb and a
// lower-case word: "Angel Mendoza regularly witnessed …" — a person doing
// something, most often, in news prose.
func (a *article) actsAsSubject(m mention) bool {
	first, last := a.d.sentToks(a.d.sentOf(a.d.Toks[m.first].Start))
	if m.first != first {
		// or right after the comma that closes its opening phrase:
		// "Growing up in El Paso, Mendoza saw …"
		c := first
		for c < m.first && !a.isPunct(c, ",") {
			c++
		}
		if c != m.first-1 || !a.inOpener(mention{first + 1, first + 2}) {
			return false
		}
	}
	k := m.last
	if k < last && a.adverb(k) {
		k++
	}
	return m.last-m.first >= 2 && k < last && a.isWord(k) && !a.d.Toks[k].Cap && !a.p.Stopwords[a.d.Toks[k].Lower] &&
		!a.p.Prepositions[a.d.Toks[k].Lower]
}

// appositionHead reports whether the phrase from token k, after a name
// and its comma, opens as an apposition does: a title, a role or a name
// within its first three words ("a onetime lawyer", "Ecuador's foreign
// minister", "le maire de Lyon"), not a clause ("l'ambiance restait bon
// enfant").
func (a *article) appositionHead(k int) bool {
	content := 0
	for j := k; j < len(a.d.Toks) && content < 3 && (a.isWord(j) || a.possessive(j)); j++ {
		w := a.d.Toks[j].Lower
		if a.p.Titles[w] || a.p.PersonTitles[w] || a.p.TitleModifiers[w] || a.nameWord(j) {
			return true
		}
		if a.p.Determiners[w] || a.p.PossessiveDeterminers[w] != "" || a.possessive(j) {
			continue
		}
		if a.p.Stopwords[w] {
			return false
		}
		content++
	}
	return false
}

// hasFuller reports whether some name of more than one word in the
// article ends in word.
func (a *article) hasFuller(word string) bool {
	for _, k := range a.byLast[token.Fold(word)] {
		if len(a.ents[k].words) > 1 {
			return true
		}
	}
	return false
}

// genderOf returns the gender that every fuller form of a name agrees on,
// or 0: "Clinton" in an article with Hillary and Bill Clinton has none.
func (a *article) genderOf(words []string) byte {
	if len(words) == 0 {
		return 0
	}
	var g byte
	for _, k := range a.byLast[token.Fold(words[len(words)-1])] {
		e := a.ents[k]
		if e.gender == 0 || !containsAll(e.words, words) {
			continue
		}
		if g != 0 && g != e.gender {
			return 0
		}
		g = e.gender
	}
	return g
}

// headline reports whether token i lies in a line written like a
// headline: most words capitalised, no final punctuation. It is computed
// once per sentence.
func (a *article) headline(i int) bool {
	s := a.d.sentOf(a.d.Toks[i].Start)
	if a.headlines == nil {
		a.headlines = make([]int8, len(a.d.Sents))
	}
	if a.headlines[s] == 0 {
		a.headlines[s] = 2
		if a.isHeadline(s) {
			a.headlines[s] = 1
		}
	}
	return a.headlines[s] == 1
}

func (a *article) isHeadline(s int) bool {
	first, last := a.d.sentToks(s)
	words, caps := 0, 0
	for k := first; k < last; k++ {
		// a clitic split off its word ("He" + "'s") is no word of its own
		if a.isWord(k) && !a.p.Clitics[a.d.Toks[k].Lower] {
			words++
			if a.d.Toks[k].Cap {
				caps++
			}
		}
	}
	if words < 3 || caps*10 < words*7 {
		return false
	}
	// no sentence's final punctuation, unless the line is a paragraph of
	// its own of four words or more, every one capitalised: a feed's
	// headline with a full stop ("Glenn Beck Says Trump Poses A Threat To
	// Democracy.", not "Chief of Staff Denis McDonough arrived.")
	if !a.isPunct(last-1, ".", "?", "!", "”", "\"", "»") {
		return true
	}
	end := last - 1
	for end > first && a.isPunct(end, "”", "\"", "»", "’", "'") {
		end--
	}
	p := a.d.Paras[a.d.paraOf(a.d.Toks[first].Start)]
	return words >= 4 && caps == words && a.isPunct(end, ".") && a.d.Toks[first].Start == p.Start && a.d.Toks[last-1].End >= p.End
}

// personTitled reports whether a title before the name says it is a person's.
func (a *article) personTitled(e *entity) bool {
	for _, t := range e.titles {
		if a.p.PersonTitles[t] {
			return true
		}
	}
	return false
}

// speaks reports whether a reporting verb follows token i (after modifiers).
func (a *article) speaks(i int) bool {
	for i < len(a.d.Toks) && a.isWord(i) && a.p.VerbModifiers[a.d.Toks[i].Lower] {
		i++
	}
	if _, _, ok := a.verbAt(i, a.p.SpeechVerbs); ok {
		return true
	}
	_, _, ok := a.verbAt(i, a.p.CognitionVerbs)
	return ok
}

// entity describes a name mention: the name itself (the trailing run of
// name words, titles and descriptors before it set apart), its gender from
// a title or a first name, whether it is an organization.
func (a *article) entity(m mention) entity {
	e := entity{m: m}
	toks := a.d.Toks
	// the name is the trailing run of name words; titles and descriptors
	// before it are set apart (WikiLeaks founder | Julian Assange)
	first := m.last
	for i := m.last - 1; i >= m.first; i-- {
		t := toks[i]
		switch {
		case a.nameWord(i) && (!a.p.Titles[t.Lower] || i == m.last-1 && m.last-m.first > 1 && a.isWord(i) && !a.p.Titles[toks[i-1].Lower+"."] && !a.isPunct(i-1, ".")):
			first = i
			continue
		case a.isPunct(i, ".") && i > m.first && a.initial(i-1) && first == i+1:
			first = i // the stop of a middle initial: David E. Kendall
			continue
		case i > m.first && first == i+1 && a.initialsStop(i):
			first = i // the stop of initials written together: J.M. Berger
			continue
		case a.isWord(i) && a.p.NameParticles[t.Lower] && i > m.first && a.nameWord(i-1) && first == i+1:
			if a.p.Titles[toks[i-1].Lower] {
				// a title and its complement (Chief of Staff Denis
				// McDonough): the name starts after them
				if i+2 < m.last {
					first = i + 2
				}
				break
			}
			first = i // a particle inside a name (Charles de Gaulle)
			continue
		}
		break
	}
	if !a.isWord(first) || first >= m.last {
		first = m.last
	}
	if split := a.splitAtFirstName(mention{first, m.last}); split > first && first < m.last {
		first = split
	}
	// an organization's name with lower-case words before its complement:
	// "la Fédération hospitalière de France" is not France
	if first < m.last && first-1 > m.first && a.isWord(first-1) && a.p.NameParticles[toks[first-1].Lower] && !toks[first-1].Cap {
		for j := first - 2; j >= m.first && j >= first-4 && a.isWord(j); j-- {
			if toks[j].Cap {
				if a.p.OrganizationWords[toks[j].Lower] {
					first = j
				}
				break
			}
			// or a lower-case organization word right after the article:
			// "la préfecture du Nord" is not the Nord
			// (but "la direction de la SNCF" is the SNCF: an organization
			// completes it)
			if a.p.OrganizationWords[toks[j].Lower] && j-1 == m.first && a.isWord(j-1) && a.p.Determiners[toks[j-1].Lower] && !a.orgIn(first, m.last) {
				first = j
				break
			}
		}
	}
	// (a person's affiliation is no part of the name: "David Woodard of
	// Clemson University" is a person, not the university)
	titled := false // a person's title before the name: Sen. Sherrod Brown of Ohio
	for i := m.first; i < first; i++ {
		titled = titled || a.isWord(i) && a.p.PersonTitles[toks[i].Lower]
	}
	e.org = first < m.last && a.orgIn(first, a.affiliation(first, m.last, titled))
	// a name after a plural determiner is a group's: "Les Insoumis"
	if first > 0 && first < m.last && a.isWord(first-1) && a.p.PluralDeterminers[toks[first-1].Lower] {
		e.org = true
	}
	if e.org || first == m.last {
		// organizations keep their descriptive words (Republican National
		// Committee); a mention of titles only keeps what is written
		for first > m.first && (a.nameWord(first-1) || (a.isWord(first-1) && a.p.NameParticles[toks[first-1].Lower])) {
			first--
		}
		// but never from a particle: "la direction de la SNCF" is SNCF
		for first < m.last && a.isWord(first) && !toks[first].Cap && a.p.NameParticles[toks[first].Lower] {
			first++
		}
		// nor from an article before an organization's head word: "Le
		// Conseil d'État" is the Conseil d'État (but "Le Monde" keeps it)
		if first+2 < m.last && a.isWord(first) && a.p.Determiners[toks[first].Lower] && a.isWord(first+1) && a.p.OrganizationWords[toks[first+1].Lower] {
			first++
		}
		if first == m.last {
			first = m.first
			if a.isWord(first) && a.p.Determiners[toks[first].Lower] && a.nameWord(first+1) {
				first++ // "le Haut Conseil des finances publiques" is named without its article
			}
		}
	}
	for i := m.first; i < first; i++ {
		if a.isWord(i) {
			e.titles = append(e.titles, toks[i].Lower)
			if g, ok := a.p.GenderedTitles[toks[i].Lower]; ok {
				e.gender = g
			}
		}
	}
	end := m.last
	if !e.org {
		end = a.affiliation(first, m.last, titled)
	}
	for i := first; i < end; i++ {
		if a.isWord(i) && !(i > first && a.initial(i) && a.isPunct(i+1, ".")) {
			e.words = append(e.words, a.d.Text[toks[i].Start:toks[i].End]) // a middle initial aside
		} else if len(e.words) > 0 && !a.isWord(i) && a.possessive(i) {
			e.words = append(e.words, a.d.Text[toks[i].Start:toks[i].End]) // Sanders’
		} else if i == first+1 && a.isPunct(i, ".") && a.initial(first) {
			e.words[0] += "." // a first initial: J. Gerald Hebert
		} else if len(e.words) > 0 && a.initialsStop(i) {
			e.words[len(e.words)-1] += "." // J.M. Berger
		}
	}
	if e.gender == 0 && len(e.words) > 1 && !e.org {
		if g, ok := a.firstName(token.Fold(e.words[0])); ok && g != 'x' {
			e.gender = g
		}
	}
	// an organization that opens its sentence takes the gender of its
	// determiner where nouns have one: "La SNCF a demandé … « … »,
	// prévient-elle"
	if e.org && e.gender == 0 && m.first > 0 && a.isWord(m.first-1) && a.sentenceStart(m.first-1) {
		e.gender = a.p.GenderedDeterminers[toks[m.first-1].Lower]
	}
	return e
}

// affiliation returns where a person's name ends before an affiliation
// ("Bernie Sanders | of Vermont"), or last when there is none. A name that
// opens with a known first name is cut at its particle, and so is a name
// after a person's title whose particle a known place ends ("Sen. Sherrod
// Brown | of Ohio", "Speaker Ryan | of Wisconsin"), so "Joint Chiefs of
// Staff" and "the Armenians of Israel" stay whole.
func (a *article) affiliation(first, last int, titled bool) int {
	_, named := a.firstName(a.d.Toks[first].Lower)
	for i := first + 1; i < last-1; i++ {
		if !a.isWord(i) || !a.p.AffiliationParticles[a.d.Toks[i].Lower] {
			continue
		}
		if named && i >= first+2 || titled && a.p.Places[a.placeName(mention{i + 1, last})] && !a.orgIn(first, i) {
			return i
		}
	}
	return last
}

func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	roman := true
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z') && r != '.' {
			return false
		}
		roman = roman && strings.ContainsRune("IVX", r)
	}
	return !roman // "Joseph R. Murray II": a generation, not an organization
}

// fullest returns the fullest name in the article for the name words: the
// longest name mention ending in the same last word and holding all of
// them; with several, the one of matching gender, else the nearest before
// pos.
func (a *article) fullest(words []string, gender byte, pos int) entity {
	if len(words) == 0 {
		return entity{}
	}
	cands := a.fullerForms(words, gender)
	if len(cands) == 0 {
		return entity{}
	}
	// the latest of them before pos, or else the first
	i := sort.Search(len(cands), func(i int) bool { return a.ents[cands[i]].m.first >= pos })
	if i == 0 {
		return a.ents[cands[0]]
	}
	return a.ents[cands[i-1]]
}

// fullerForms returns the entities that bear the fullest forms of a name
// of that gender, in the order of the text. They depend only on the name
// and the gender, so they are found once per article: a long article
// naming one person a thousand times costs no more per mention than a
// short one.
func (a *article) fullerForms(words []string, gender byte) []int {
	key := fullKey{strings.Join(words, "\x00"), gender}
	cands, ok := a.fuller[key]
	if !ok {
		longest := 0
		for _, k := range a.byLast[token.Fold(words[len(words)-1])] {
			e := a.ents[k]
			if len(e.words) < len(words) || len(e.words) < longest || !containsAll(e.words, words) {
				continue
			}
			if gender != 0 && e.gender != 0 && e.gender != gender {
				continue
			}
			if len(e.words) > longest {
				longest, cands = len(e.words), cands[:0]
			}
			cands = append(cands, k)
		}
		if a.fuller == nil {
			a.fuller = map[fullKey][]int{}
		}
		a.fuller[key] = cands
	}
	return cands
}

// dropPlaces takes a place off the front of a name whose surname a
// person with a first name bears elsewhere in the article: "a fellow New
// Hampshire Sanders veteran" names Bernie Sanders, not a "New Hampshire
// Sanders" fuller than him (but "the New York Times" stays whole).
func (a *article) dropPlaces(ents []entity) {
	surnames := map[string]bool{}
	for _, e := range ents {
		if len(e.words) >= 2 {
			if _, ok := a.firstName(token.Fold(e.words[0])); ok {
				surnames[token.Fold(e.words[len(e.words)-1])] = true
			}
		}
	}
	for k := range ents {
		e := &ents[k]
		if len(e.words) < 2 || !surnames[token.Fold(e.words[len(e.words)-1])] {
			continue
		}
		for p := 1; p <= 3 && p < len(e.words); p++ {
			if a.p.Places[token.Fold(strings.Join(e.words[:p], " "))] {
				e.words = e.words[p:]
				break
			}
		}
	}
}

// fullKey names one lookup of fullest: the name's words and the gender.
type fullKey struct {
	words  string
	gender byte
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if strings.EqualFold(h, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
