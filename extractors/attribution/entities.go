package attribution

import (
	"strings"
)

// entity is one proper-name mention in the article.
type entity struct {
	m      mention
	words  []string // the name without titles, as written
	gender byte     // 'm', 'f' or 0 when unknown
	titles []string // title words written before it or in apposition (lower case)
	org    bool
}

// entities lists every proper-name mention of the article in order, with
// the titles written around it ("Foreign Minister José Valencia", "José
// Valencia, Ecuador's foreign minister,").
func (a *article) entities() []entity {
	var out []entity
	toks := a.d.Toks
	for i := 0; i < len(toks); i++ {
		if !a.nameWord(i) || a.inQuote[i] {
			continue
		}
		if a.p.Titles[toks[i].Lower] && !(i+1 < len(toks) && (a.nameWord(i+1) || a.isPunct(i+1, "."))) {
			continue
		}
		m := a.nameFwd(i, len(toks))
		if !m.ok() {
			continue
		}
		e := a.entity(m)
		if len(e.words) == 0 {
			i = m.last - 1
			continue
		}
		// titles before the name: lower-case title words (foreign minister José Valencia)
		for j := m.first - 1; j >= 0 && j > m.first-4 && a.isWord(j) && a.p.Titles[toks[j].Lower]; j-- {
			e.titles = append(e.titles, toks[j].Lower)
		}
		// an apposition after it: José Valencia, Ecuador's foreign minister,
		if m.last < len(toks) && a.isPunct(m.last, ",") {
			for j := m.last + 1; j < len(toks) && j < m.last+8 && !a.isPunct(j); j++ {
				if a.isWord(j) && !a.p.Stopwords[toks[j].Lower] {
					e.titles = append(e.titles, toks[j].Lower)
				}
			}
		}
		out = append(out, e)
		i = m.last - 1
	}
	return out
}

// entity describes a name mention: its words without titles, its gender
// from a title or a first name, whether it is an organization.
func (a *article) entity(m mention) entity {
	e := entity{m: m}
	toks := a.d.Toks
	for i := m.first; i < m.last; i++ {
		t := toks[i]
		if a.isPunct(i) {
			continue
		}
		if len(e.words) == 0 && a.p.Titles[t.Lower] {
			if g, ok := a.p.GenderedTitles[t.Lower]; ok {
				e.gender = g
			}
			e.titles = append(e.titles, t.Lower)
			continue
		}
		if a.p.OrganizationWords[t.Lower] || isAcronym(a.d.Text[t.Start:t.End]) {
			e.org = true
		}
		e.words = append(e.words, a.d.Text[t.Start:t.End])
	}
	if e.gender == 0 && len(e.words) > 1 {
		if g, ok := a.p.FirstNames[strings.ToLower(e.words[0])]; ok && g != 'x' {
			e.gender = g
		}
	}
	return e
}

func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z') && r != '.' {
			return false
		}
	}
	return true
}

// fullest returns the fullest name in the article for the name words: the
// longest name mention ending in the same last word and holding all of
// them; with several, the one of matching gender, else the nearest before
// pos.
func (a *article) fullest(words []string, gender byte, pos int) entity {
	if len(words) == 0 {
		return entity{}
	}
	last := strings.ToLower(words[len(words)-1])
	var best entity
	bestPos := -1
	for _, e := range a.ents {
		if len(e.words) < len(words) || strings.ToLower(e.words[len(e.words)-1]) != last || !containsAll(e.words, words) {
			continue
		}
		if gender != 0 && e.gender != 0 && e.gender != gender {
			continue
		}
		better := len(e.words) > len(best.words)
		if len(e.words) == len(best.words) && e.m.first < pos && e.m.first > bestPos {
			better = true
		}
		if better {
			best, bestPos = e, e.m.first
		}
	}
	return best
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
