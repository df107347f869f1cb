package attribution

import "github.com/whosaid/whosaid/models"

// Rules that read the story around a quote with no cue of its own: the
// previous quote's speaker goes on (continuation), a named subject of the
// quote's sentence (subject), the subject of the sentence before a quote
// paragraph (previous-subject).

// continuation: a quote with no cue of its own, in the same paragraph as
// an attributed quote or in the paragraph right after it, keeps its speaker.
func continuation(a *article, qi int) (finding, bool) {
	for pi := qi - 1; pi >= 0 && pi >= qi-3; pi-- {
		prev := a.found[pi]
		if prev == nil || prev.rule == "subject" {
			continue // words quoted in passing start no run of quotes
		}
		gap := a.d.paraOf(a.quotes[qi].Outer.Start) - a.d.paraOf(a.quotes[pi].Outer.End-1)
		if gap > 2 || gap == 2 && !a.aboutSpeaker(qi, a.sources[pi]) || a.otherSubject(qi, a.sources[pi]) {
			return finding{}, false
		}
		return finding{from: pi}, true
	}
	return finding{}, false
}

// aboutSpeaker reports whether the paragraph before quote qi, which opens
// its own paragraph, holds no quote and opens with a sentence whose
// subject names the last speaker, prev: "Greer is upbeat about the vote.
// / “Not only can she win, …”" goes on with Greer's words.
func (a *article) aboutSpeaker(qi int, prev *source) bool {
	q := a.quotes[qi]
	p := a.d.paraOf(q.Outer.Start)
	if prev == nil || p == 0 || a.d.Paras[p].Start != q.Outer.Start {
		return false
	}
	s := a.d.sentOf(q.Outer.Start) - 1
	for ; s >= 0 && a.d.paraOf(a.d.Sents[s].Start) == p-1; s-- {
		if len(a.quotesIn(s)) > 0 {
			return false
		}
	}
	if s+1 >= len(a.d.Sents) || a.d.paraOf(a.d.Sents[s+1].Start) != p-1 {
		return false
	}
	first, _ := a.d.sentToks(s + 1)
	m := a.sentenceSubject(first)
	if !m.ok() {
		return false
	}
	if !a.hasName(m) {
		// a pronoun or a description that stands for the speaker:
		// "L'anthropologue rappelle que …" after Marc Bordigoni's words
		if w := a.d.Toks[m.first].Lower; !a.personal(m) || a.p.PossessiveDeterminers[w] != "" || a.p.OwnerDeterminers[w] {
			return false // (not "her team")
		}
		src := a.resolve(-1, finding{who: m})
		return src != nil && (src.how == "pronoun" || src.how == "description") && src.name == prev.name
	}
	for i := m.first; i <= m.last; i++ {
		if a.possessive(i) {
			return false // the speaker's something: "Clinton’s critique is …"
		}
	}
	e := a.entity(m)
	return len(e.words) > 0 && prev.names(e)
}

// subject: words quoted inside a sentence whose subject is named, with no
// cue for them: the subject's ("Trump called her “crooked”"; on PolNeAR
// train 72 % right, so its confidence stays low).
func subject(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	if a.kind(qi) != models.Partial {
		return finding{}, false
	}
	first, _ := a.d.sentToks(a.d.sentOf(q.Outer.Start))
	m := a.sentenceSubject(first)
	if !m.ok() || m.last > a.d.tokAt(q.Outer.Start) {
		return finding{}, false
	}
	if a.inApposition(m, qi) {
		return finding{}, false // "Eric Drouet, autre figure des « gilets jaunes », était présent": the writer's words
	}
	// a person's name: a pronoun or a description is right less than half
	// the time, and a capitalised word opening a sentence may be none
	for _, e := range a.entsIn(a.d.sentOf(q.Outer.Start)) {
		if e.person && e.m.first < m.last && m.first < e.m.last {
			return finding{who: m}, true
		}
	}
	return finding{}, false
}

// inApposition reports whether quote qi stands in an apposition set off
// by commas right after subject m, with no cue in it.
func (a *article) inApposition(m mention, qi int) bool {
	q := a.quotes[qi]
	open, close := a.d.tokAt(q.Outer.Start), a.d.tokAt(q.Outer.End)
	if !a.isPunct(m.last, ",") || a.commaIn(m.last+1, open) {
		return false
	}
	for j := m.last + 1; j < open; j++ {
		if _, _, ok := a.verbAt(j, a.p.SpeechVerbs); ok {
			return false
		}
	}
	return a.isPunct(close, ",") || a.isPunct(close+1, ",") && !a.isWord(close)
}

// otherSubject reports whether the sentence around quote qi names, before
// the quote and outside other quotes, someone other than prev: "West landed a sharp dig at “…”"
// does not continue the last speaker's quotes.
func (a *article) otherSubject(qi int, prev *source) bool {
	if prev == nil {
		return false
	}
	q := a.quotes[qi]
	open := a.d.tokAt(q.Outer.Start)
	for s := a.d.sentOf(q.Outer.Start); s <= a.d.sentOf(q.Outer.End-1); s++ {
		first, _ := a.d.sentToks(s)
		for _, e := range a.entsIn(s) {
			// only names before the quote: the sentence's subject (a name
			// of two words or more opening the sentence is one, known to be
			// a person's or not: "Roberto De Zerbi préférait retenir « … »")
			opens := e.m.first == a.afterDateline(first) && len(e.words) > 1 && !e.place
			if e.m.first >= open || a.inQuote[e.m.first] || !e.person && !e.org && !opens || len(e.words) == 0 {
				continue
			}
			if !prev.names(e) {
				return true
			}
		}
	}
	// a quote opening its sentence after one, in its paragraph, whose
	// subject is another named source: "Clinton touted her credentials.
	// “We need …”" is hers, not the last speaker's
	s := a.d.sentOf(q.Outer.Start)
	if s == 0 || a.d.Sents[s].Start != q.Outer.Start && a.d.tokAt(a.d.Sents[s].Start) != open ||
		a.d.paraOf(a.d.Sents[s-1].Start) != a.d.paraOf(q.Outer.Start) || len(a.quotesIn(s-1)) > 0 {
		return false
	}
	first, last := a.d.sentToks(s - 1)
	// a cue after a clause in that sentence: "Ceux-ci savent que …,
	// dit-il.", "…, he said." The previous-sentence rule reads who.
	for j := first + 1; j < last; j++ {
		ph, _, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok {
			continue
		}
		if _, pro := a.pronoun(j - 1); ph.Pronoun != "" && a.isPunct(j-1, ",") || pro && j >= 2 && a.isPunct(j-2, ",") {
			return true
		}
	}
	m := a.sentenceSubject(first)
	if !m.ok() || !a.hasName(m) {
		return false
	}
	e := a.entity(m)
	return len(e.words) > 0 && !prev.names(e)
}

// previousSubject: a full quote that opens its paragraph, with no cue
// anywhere near, after a sentence whose subject is a person: "Le ministre
// a tenu à rassurer les habitants. / « Nous ne céderons pas. »"
func previousSubject(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	p := a.d.paraOf(q.Outer.Start)
	s := a.d.sentOf(q.Outer.Start)
	if s == 0 || a.kind(qi) != models.Direct || a.d.Paras[p].Start != q.Outer.Start || len(a.quotesIn(s-1)) > 0 {
		return finding{}, false
	}
	// the quote is its whole paragraph: no cue after it that went unread
	if end := a.d.Paras[p].End; a.d.tokAt(q.Outer.End) < len(a.d.Toks) && a.d.Toks[a.d.tokAt(q.Outer.End)].Start < end {
		for k := a.d.tokAt(q.Outer.End); k < len(a.d.Toks) && a.d.Toks[k].Start < end; k++ {
			if a.isWord(k) {
				return finding{}, false
			}
		}
	}
	first, _ := a.d.sentToks(s - 1)
	m := a.sentenceSubject(first)
	if !m.ok() || a.isPronounMention(m) && a.p.ImpersonalPronouns[a.d.Toks[m.first].Lower] {
		return finding{}, false
	}
	// a person: a name with a first name or a title, a role, or a pronoun
	if a.hasName(m) {
		if e := a.entity(m); !e.person && !a.firstNamed(m) {
			return finding{}, false
		}
	} else if a.typeOf(m, false) != models.Person {
		return finding{}, false
	}
	return finding{who: m}, true
}
