package attribution

import (
	"sort"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/models"
)

// Pronouns: what a pronoun in the source position stands for — the
// nearest person, organization or group before it that agrees, sentence
// by sentence, with the article's own conventions (the reporter of an
// interview, the subject of a sentence, a role named just before).

// pronounSource resolves a pronoun at token pos: a personal one to its
// antecedent; an impersonal one ("on") to no one, unless the sentence
// opens with the side it speaks for ("Du côté du patronat, on se
// félicite …").
func (a *article) pronounSource(qi int, pronoun string, pos int) *source {
	if !a.p.ImpersonalPronouns[pronoun] {
		return a.antecedent(pronoun, pos)
	}
	first, _ := a.d.sentToks(a.d.sentOf(a.d.Toks[pos].Start))
	first = a.afterDateline(first)
	if _, n, ok := a.p.SideMarkers.Match(a.d.Toks, first); ok && first+n < pos {
		if m := a.objectAfter(first+n, pos); m.ok() && a.isPunct(m.last, ",") && !a.isPronounMention(m) {
			// the people around someone speak: "Dans l'entourage du
			// ministre, on …" is l'entourage du ministre
			g := first + n - 1
			if a.p.NameParticles[a.d.Toks[g].Lower] {
				g-- // "dans l'entourage de Jean Castex"
			}
			if g-1 > first && m.first == first+n && a.p.GroupWords[a.d.Toks[g].Lower] && a.p.Determiners[a.d.Toks[g-1].Lower] {
				m.first = g - 1
			}
			return a.resolve(qi, finding{who: m})
		}
	}
	return nil
}

// antecedent finds what a pronoun at token pos refers to. It walks back
// sentence by sentence, as a reader does: in each sentence the first
// person, organization or group that agrees in gender and number wins (the
// subject comes first in news prose), and the speakers of earlier quotes
// in that sentence count as mentions of it.
func (a *article) antecedent(pronoun string, pos int) *source {
	pr, ok := a.p.Pronouns[pronoun]
	if !ok {
		return nil
	}
	return a.antecedentOf(pronoun, pr, pos, false)
}

// antecedentOf finds, as antecedent does, what stands at token pos for
// something of the pronoun's gender and number; pronoun, the word itself,
// is "" for a description that stands for a name. With latest, the last
// name that agrees in the nearest sentence wins, not the first: "ce
// dernier" is the latter.
func (a *article) antecedentOf(pronoun string, pr lang.Pronoun, pos int, latest bool) *source {
	agree := func(typ models.SpeakerType, gender byte) bool { return a.agrees(pr, typ, gender) }
	s0 := a.d.sentOf(a.d.Toks[pos].Start)
	for s := s0; s >= 0 && s > s0-10; s-- {
		var best *source
		bestPos := len(a.d.Toks)
		for _, qi := range a.quotesIn(s) {
			src := a.sources[qi]
			if src == nil || src.how == "unresolved" {
				continue
			}
			at := src.pos
			if at >= pos || at >= bestPos || !agree(src.typ, src.gender) {
				continue
			}
			c := *src
			best, bestPos = &c, at
		}
		if best != nil && s < s0 {
			// an earlier sentence's quote source outranks the other names
			// in it: “…,” said Jeffery Hemsley … / “…,” he said — Hemsley
			if best.gender == 0 && (pr.Gender == 'm' || pr.Gender == 'f') {
				best.gender = pr.Gender
			}
			return best
		}
		// a role with its complement opening the sentence is its subject,
		// and the subject comes first: "Le ministre de l'Éducation nationale
		// a promis … / « … », a-t-il déclaré" — the minister
		if d := a.subjectRole(s); !latest && d.ok() && d.last <= pos {
			if g := a.descriptionGender(d); agree(models.Person, g) {
				return a.roleSource(d, g)
			}
		}
		// someone not named opening the sentence: "Vers midi, une retraitée
		// apporte des sandwichs. « … », dit-elle"
		if d, g := a.newcomer(s); !latest && s < s0 && d.ok() && agree(models.Person, g) && len(a.quotesIn(s)) == 0 {
			ms := a.d.span(d.first, d.last)
			if g == 0 && (pr.Gender == 'm' || pr.Gender == 'f') {
				g = pr.Gender
			}
			return &source{name: a.d.Text[ms.Start:ms.End], typ: models.Person, gender: g, pos: d.first}
		}
		// people in the plural opening the sentence: "Les syndicats les
		// ont jugées insuffisantes. Selon eux, …"
		if pr.Number == 'p' && !latest {
			if d := a.groupSubject(s); d.ok() && d.last <= pos {
				ms := a.d.span(d.first, d.last)
				return &source{name: a.d.Text[ms.Start:ms.End], typ: models.Group, pos: d.first}
			}
		}
		ents := a.entsIn(s)
		if pr.Number == 'p' && !latest {
			// two people joined by a coordinator: "Richard Posner … and
			// William Landes … wrote … In it, they conclude"
			if src := a.pair(ents, pos); src != nil {
				return src
			}
		}
		if !latest {
			ents = a.openersLast(ents)
			// the source of a statement reported in the sentence comes
			// first: "Whether the Clinton or Trump model …, said Jake
			// Horowitz. / “…,” he said" — Horowitz
			if e, ok := a.reporter(s, ents); ok {
				ents = append([]entity{e}, ents...)
			}
		}
		opener := false // best stands in the sentence's opening phrase
		sFirst, _ := a.d.sentToks(s)
		for _, e := range ents {
			if e.m.first >= pos || !latest && e.m.first >= bestPos || a.modifierName(e.m) || a.origin(e.m) {
				continue
			}
			// the writer's words between two parts of a quote: "“I don't
			// think the conventional wisdom” — that Bloomberg is … — “is
			// going to last,” he says"
			if s == s0 && a.quoteBetween(sFirst, e.m.first) && a.quoteBetween(e.m.last, pos) {
				continue
			}
			typ := models.Person
			switch {
			case e.org:
				typ = a.typeOf(e.m, true)
			case !e.person:
				continue
			}
			if !agree(typ, e.gender) {
				continue
			}
			// "il" and "elle" stand for an organization of their gender
			// only when no person in the sentence may be meant
			if typ == models.Organization && pr.Gender != 'n' && a.personAgrees(ents, pos, agree) {
				continue
			}
			// the pronoun's gender chooses between fuller names: "Clinton …
			// she said" is Hillary Clinton, not Bill
			g := e.gender
			if g == 0 && (pr.Gender == 'm' || pr.Gender == 'f') {
				g = pr.Gender
			}
			full := a.fullest(e.words, g, e.m.first)
			if len(full.words) == 0 {
				full = e
			}
			if g == 0 {
				g = full.gender
			}
			best, bestPos = &source{name: joinName(full.words), typ: typ, gender: g, pos: e.m.first}, e.m.first
			opener = !latest && a.inOpener(e.m)
			if !latest {
				break
			}
		}
		// the same pronoun earlier in the sentence, before any name, carries
		// the chain on: "Naureen Jahangir … / … she doesn't think Clinton
		// can …" / “…,” she said — her, not Clinton; so does the subject
		// after an opening phrase that holds the name: "Dismayed by Bill
		// Clinton's years in office, he's committed to …" — not Clinton
		if pronoun != "" {
			end := min(pos, bestPos)
			if opener {
				end = pos
			}
			if same := a.samePronoun(s, pronoun, end, opener); same >= 0 {
				return a.antecedent(pronoun, same)
			}
		}
		if best != nil {
			if best.gender == 0 && (pr.Gender == 'm' || pr.Gender == 'f') {
				best.gender = pr.Gender
			}
			return best
		}
	}
	return nil
}

// pairBefore returns two persons named together before token pos, in its
// sentence or the one before it, as one group source, or nil.
func (a *article) pairBefore(pos int) *source {
	s0 := a.d.sentOf(a.d.Toks[pos].Start)
	for s := s0; s >= 0 && s > s0-2; s-- {
		if src := a.pair(a.entsIn(s), pos); src != nil {
			return src
		}
	}
	return nil
}

// pair returns two persons named before token pos and joined by a
// coordinator, apart from appositions ("X, a judge, and Y"), as one group
// source, or nil.
func (a *article) pair(ents []entity, pos int) *source {
	for j := 1; j < len(ents); j++ {
		e2 := ents[j]
		c := e2.m.first - 1
		if !e2.person || e2.m.first >= pos || !a.isWord(c) || !a.p.Coordinators[a.d.Toks[c].Lower] {
			continue
		}
		// the person before the coordinator, a complement's names aside:
		// "Judge Richard Posner of the Court of Appeals and William Landes"
		for i := j - 1; i >= 0; i-- {
			e1 := ents[i]
			if c-e1.m.last > 14 || a.quoteBetween(e1.m.last, c) {
				break
			}
			if !e1.person {
				continue
			}
			return a.groupOf(e1, e2, c)
		}
	}
	return nil
}

// groupOf is the source two people make together, joined by the word at
// token c, each named at their fullest: "Trump and Pence" → Donald Trump
// and Mike Pence.
func (a *article) groupOf(e1, e2 entity, c int) *source {
	name := func(e entity) string {
		if full := a.fullest(e.words, e.gender, e.m.first); len(full.words) > 0 {
			return joinName(full.words)
		}
		return joinName(e.words)
	}
	return &source{name: name(e1) + " " + a.d.Toks[c].Lower + " " + name(e2), typ: models.Group, pos: e1.m.first}
}

// roleComplementIn reports whether a particle inside m opens a role's
// complement: "le ministre de l'Intérieur".
func (a *article) roleComplementIn(m mention) bool {
	for i := m.first + 1; i < m.last; i++ {
		if a.roleParticle(i) {
			return true
		}
	}
	return false
}

// relativeAfter reports whether a comma at token c opens a relative
// clause: "L'ancien ministre, qui a toujours clamé son innocence, …".
func (a *article) relativeAfter(c int) bool {
	return a.isPunct(c, ",") && a.isWord(c+1) && a.p.RelativePronouns[a.d.Toks[c+1].Lower]
}

// origin reports whether m is a hometown set off after a name: "Michael
// Seaman, 62, of Sacramento".
func (a *article) origin(m mention) bool {
	return m.first >= 2 && a.isWord(m.first-1) && a.p.OriginMarkers[a.d.Toks[m.first-1].Lower] && a.isPunct(m.first-2, ",")
}

// personAgrees reports whether one of ents before token pos is a person
// that agree accepts.
func (a *article) personAgrees(ents []entity, pos int, agree func(models.SpeakerType, byte) bool) bool {
	for _, e := range ents {
		if e.person && !e.org && e.m.first < pos && agree(models.Person, e.gender) {
			return true
		}
	}
	return false
}

// agrees reports whether a source of type typ and gender (0 when
// unknown) may be what pronoun pr stands for.
func (a *article) agrees(pr lang.Pronoun, typ models.SpeakerType, gender byte) bool {
	switch {
	case pr.Number == 'p':
		return typ == models.Group || typ == models.Organization
	case pr.Gender == 'n':
		return typ == models.Organization || typ == models.Document
	case typ == models.Organization:
		// "la direction … elle assure": where nouns have a gender
		return a.p.GenderedNouns && gender != 0 && gender == pr.Gender
	default:
		return typ == models.Person && (pr.Gender == 'x' || gender == 0 || gender == pr.Gender)
	}
}

// reporter returns the entity that is the source of the statement
// reported in sentence s, if it is a name: the subject of its cue, or
// the X of "according to X".
func (a *article) reporter(s int, ents []entity) (entity, bool) {
	if len(ents) == 0 {
		return entity{}, false
	}
	m := a.reportedBy(s)
	if !m.ok() {
		return entity{}, false
	}
	for _, e := range ents {
		if e.m.first < m.last && m.first < e.m.last {
			return e, true
		}
	}
	return entity{}, false
}

// reportedBy returns the source of the first statement reported in
// sentence s when it is no lone pronoun, else no mention; it is read on
// first use.
func (a *article) reportedBy(s int) mention {
	m, ok := a.reporters[s]
	if !ok {
		sts := a.statementsIn(s, nil)
		first, _ := a.d.sentToks(s)
		for i := range sts {
			// the main clause's source, not a subordinate's before it:
			// "While Tom Hale said …, Dan Pryce insisted …" is Pryce
			if i+1 < len(sts) && a.subordinateBefore(first, sts[i].f.cue.first) {
				continue
			}
			if !a.isPronounMention(sts[i].f.who) {
				m = sts[i].f.who
			}
			break
		}
		a.reporters[s] = m
	}
	return m
}

// subjectStart returns where the subject of sentence s starts, past a
// dateline and a short opening phrase ("À côté d'elle, son mari hoche la
// tête", "Vers midi, une retraitée apporte …"), and where s ends.
func (a *article) subjectStart(s int) (int, int) {
	first, last := a.d.sentToks(s)
	first = a.afterDateline(first)
	if a.isWord(first) && (a.p.Prepositions[a.d.Toks[first].Lower] || a.p.CuePrepositions[a.d.Toks[first].Lower] || a.p.RoleParticles[a.d.Toks[first].Lower]) {
		for c := first + 1; c < last && c < first+6; c++ {
			if a.isPunct(c, ",") {
				return c + 1, last
			}
		}
	}
	return first, last
}

// newcomer returns the description of someone not named that opens
// sentence s as its subject — "Vers midi, une retraitée apporte des
// sandwichs", "A retiree brought sandwiches" — with its gender where the
// language tells it; else no mention.
func (a *article) newcomer(s int) (mention, byte) {
	first, last := a.subjectStart(s)
	if first+1 >= last || !a.isWord(first) || !a.p.Indefinites[a.d.Toks[first].Lower] || !a.isWord(first+1) ||
		a.d.Toks[first+1].Cap || !a.p.PersonTitles[a.d.Toks[first+1].Lower] {
		return mention{}, 0
	}
	if a.isPunct(first+2, ",") && a.nameWord(first+3) {
		return mention{}, 0 // named in an apposition: "A farmer, John Smith, said …"
	}
	m := mention{first, first + 2} // the noun alone: an unknown verb may follow it
	return m, a.descriptionGender(m)
}

// groupSubject returns the people in the plural that open sentence s as
// its subject, with their article and no name — "Les syndicats les ont
// jugées insuffisantes", "The unions rejected it" — else no mention.
func (a *article) groupSubject(s int) mention {
	first, last := a.subjectStart(s)
	if first+1 >= last || !a.isWord(first) || !a.p.Determiners[a.d.Toks[first].Lower] || a.p.Indefinites[a.d.Toks[first].Lower] && !a.p.PluralDeterminers[a.d.Toks[first].Lower] {
		return mention{}
	}
	h := first + 1
	if !a.isWord(h) || a.d.Toks[h].Cap {
		return mention{}
	}
	if w := a.d.Toks[h].Lower; !(a.p.GroupWords[w] && a.plural(h) || a.pluralPerson(w)) {
		return mention{}
	}
	if a.isWord(h+1) && a.p.NameParticles[a.d.Toks[h+1].Lower] {
		// and its complement: "Les élus de l'opposition"
		if m := a.objectAfter(first, last); m.ok() && m.first == first && m.last > h+1 && !a.hasName(m) {
			return m
		}
	}
	return mention{first, h + 1}
}

// subjectRole returns the role with its complement that opens sentence s
// as its subject — "Le ministre de l'Éducation nationale a promis …", "The
// chairman of the committee said …" — when no name follows it; else no
// mention.
func (a *article) subjectRole(s int) mention {
	first, last := a.subjectStart(s)
	if first >= last || !a.isWord(first) || !a.p.Determiners[a.d.Toks[first].Lower] || a.p.Indefinites[a.d.Toks[first].Lower] {
		return mention{}
	}
	// a relation: "son mari", "sa femme"
	if first+1 < last && a.p.OwnerDeterminers[a.d.Toks[first].Lower] && a.isWord(first+1) && a.p.RelationNouns[a.d.Toks[first+1].Lower] {
		if first+2 < last && (a.nameWord(first+2) || a.isPunct(first+2, ",")) {
			return mention{} // "His wife, Jane, …" names her
		}
		return mention{first, first + 2}
	}
	m := a.objectAfter(first, last)
	if !m.ok() || m.first != first || m.last < last && (a.nameWord(m.last) || a.isPunct(m.last, ",") && !a.relativeAfter(m.last) && !a.stressedAfter(m.last)) {
		return mention{} // "le ministre de l'Intérieur, Gérald Darmanin," names him (not "L'ancien ministre, qui …", "Le procureur, lui, …")
	}
	if a.roleHead(m) < 0 && !a.bareRole(m) {
		return mention{}
	}
	return m
}

// bareRole reports whether m is a definite article and one of the pack's
// standalone roles, which a story often leaves unnamed: "Le procureur",
// "The prosecutor".
func (a *article) bareRole(m mention) bool {
	return m.last-m.first == 2 && a.article(m.first) && !a.p.Indefinites[a.d.Toks[m.first].Lower] && a.isWord(m.first+1) &&
		!a.d.Toks[m.first+1].Cap && a.p.StandaloneRoles[a.d.Toks[m.first+1].Lower]
}

// stressedAfter reports whether a stressed pronoun stands between commas
// from the comma at token c: "Le procureur, lui, a requis …".
func (a *article) stressedAfter(c int) bool {
	return a.isWord(c+1) && a.p.StressedPronouns[a.d.Toks[c+1].Lower] != "" && a.isPunct(c+2, ",")
}

// roleSource is the source a role stands for: the person last given that
// title ("described"), else the role itself.
func (a *article) roleSource(m mention, gender byte) *source {
	if e, ok := a.described(m); ok {
		return &source{name: joinName(e.words), typ: models.Person, gender: e.gender, pos: m.first}
	}
	if !a.roleComplementIn(m) {
		if s := a.anaphoric(m); s != nil {
			return s // "L'ancien ministre" for the person last named, not "le ministre de l'Intérieur"
		}
	}
	ms := a.d.span(m.first, m.last)
	return &source{name: a.d.Text[ms.Start:ms.End], typ: models.Person, gender: gender, pos: m.first}
}

// openersLast returns the entities of a sentence with the names in its
// opening phrase (see inOpener) after the others, so that they are the
// antecedent only when no other name agrees; ents itself is not changed.
func (a *article) openersLast(ents []entity) []entity {
	if len(ents) < 2 || !a.inOpener(ents[0].m) {
		return ents
	}
	var rest, openers []entity
	for _, e := range ents {
		if a.inOpener(e.m) {
			openers = append(openers, e)
		} else {
			rest = append(rest, e)
		}
	}
	return append(rest, openers...)
}

// inOpener reports whether mention m lies in the phrase that opens its
// sentence before the subject, a phrase led by a preposition, a
// participle (with its agent) or a subordinator and closed by a comma: "Like Makaeff, …,
// Roffman doesn't want …", "While Clinton pledged …, Sanders insisted …".
// The subject after it is the likelier antecedent.
func (a *article) inOpener(m mention) bool {
	first, last := a.d.sentToks(a.d.sentOf(a.d.Toks[m.first].Start))
	first = a.afterDateline(first)
	if first >= m.first || !a.isWord(first) {
		return false
	}
	w := a.d.Toks[first].Lower
	// a past participle and its agent: "Dismayed by …, he …"
	agent := a.isWord(first+1) && a.p.AgentMarkers[a.d.Toks[first+1].Lower]
	if !a.p.Prepositions[w] && !a.p.ParticipleWord(w) && !a.p.Subordinators[w] && !agent {
		return false
	}
	for i := first + 1; i < last && i < m.first; i++ {
		if a.isPunct(i, ",") {
			return false // m comes after the phrase
		}
	}
	for i := m.last + 1; i < last; i++ {
		if a.isPunct(i, ",") {
			return true
		}
	}
	return false
}

// modifierName reports whether a name only qualifies a role before another
// name: "Obama" in "Obama consultant Cornell Belcher", "Clinton" in "Clinton
// aide Huma Abedin", "Trump" in "Trump's wife, Melania".
func (a *article) modifierName(m mention) bool {
	// the possessor of a relation or a role named after it: "Trump's
	// wife, Melania,", "Sanders's campaign manager, Jeff Weaver,"
	if k := m.last; a.possessive(k) {
		role := false
		for j := k + 1; j < len(a.d.Toks) && j < k+5 && a.isWord(j) && !a.d.Toks[j].Cap; j++ {
			if w := a.d.Toks[j].Lower; a.p.RelationNouns[w] || a.p.PersonTitles[w] || a.p.Titles[w] {
				role = true
				continue
			}
			if role {
				break
			}
		}
		if e := k + 1; role {
			for e < len(a.d.Toks) && a.isWord(e) && !a.d.Toks[e].Cap {
				e++
			}
			if a.isPunct(e, ",") {
				e++
			}
			return a.nameWord(e)
		}
	}
	j := m.last
	for j < len(a.d.Toks) && j < m.last+3 && a.isWord(j) && !a.d.Toks[j].Cap &&
		(a.p.PersonTitles[a.d.Toks[j].Lower] || a.p.Titles[a.d.Toks[j].Lower]) {
		j++
	}
	return j > m.last && a.nameWord(j)
}

// samePronoun returns the first token of sentence s before token end, and
// outside quotes, that is the pronoun itself (or, with possessive, its
// possessive determiner: "Dismayed by his memory of Bill Clinton's years,
// he …"), or -1.
func (a *article) samePronoun(s int, pronoun string, end int, possessive bool) int {
	first, last := a.d.sentToks(s)
	for i := first; i < last && i < end; i++ {
		if a.inQuote[i] {
			continue
		}
		if a.d.Toks[i].Lower == pronoun || possessive && a.p.PossessiveDeterminers[a.d.Toks[i].Lower] == pronoun {
			return i
		}
		// or carried by an inverted cue: "Au Québec, a-t-il dit, c'est
		// François Legault qui …" / « … », a-t-il lancé — not Legault
		if ph, _, ok := a.verbAt(i, a.p.SpeechVerbs); ok && ph.Pronoun == pronoun {
			return i
		}
	}
	return -1
}

// quotesIn returns the indices of the quotes opening in sentence s.
func (a *article) quotesIn(s int) []int {
	lo := sort.Search(len(a.bySent), func(i int) bool { return a.quoteSent[a.bySent[i]] >= s })
	hi := lo
	for hi < len(a.bySent) && a.quoteSent[a.bySent[hi]] == s {
		hi++
	}
	return a.bySent[lo:hi]
}

// entsIn returns the entities of sentence s.
func (a *article) entsIn(s int) []entity {
	lo := sort.Search(len(a.ents), func(i int) bool { return a.ents[i].sent >= s })
	hi := lo
	for hi < len(a.ents) && a.ents[hi].sent == s {
		hi++
	}
	return a.ents[lo:hi]
}
