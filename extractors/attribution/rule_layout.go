package attribution

// Rules that read the layout around a quote: a dash after it ("“…” — X")
// and a cue before a colon that opens it ("X continued:\n\n“…”").

// dash: “…” — X.
func dash(a *article, qi int) (finding, bool) {
	k := a.d.tokAt(a.quotes[qi].Outer.End)
	if k >= len(a.d.Toks) {
		return finding{}, false
	}
	if a.d.Toks[k].Newlines > 1 {
		// a paragraph of its own under the quote: "- Sanders." /
		// "— Michelle Marks, Philadelphia."
		p := a.d.Paras[a.d.paraOf(a.d.Toks[k].Start)]
		if a.d.Toks[k].Newlines > 2 || a.d.tokAt(p.End)-k > 15 {
			return finding{}, false
		}
	}
	start := k
	for k < len(a.d.Toks) && a.isDash(k) && k < start+2 {
		k++
	}
	if k == start || !a.nameWord(k) {
		return finding{}, false
	}
	m := a.nameFwd(k, a.clauseEnd(k))
	if !m.ok() || !a.hasName(m) {
		return finding{}, false
	}
	return finding{who: m, cue: mention{start, k}}, true
}

// colon: the sentence before the quote ends with a colon after a cue
// ("Cruz continued:"), or names the source before the colon ("Kerry:").
func colon(a *article, qi int) (finding, bool) {
	b := a.d.tokAt(a.quotes[qi].Outer.Start) - 1
	if !a.isPunct(b, ":") || a.inQuote[b] {
		return finding{}, false
	}
	limit, _ := a.d.sentToks(a.d.sentOf(a.d.Toks[b].Start))
	// the name before the colon: after a dash, a byline, whatever the
	// headline before it says ("Pollsters agree - Carl Bialik: “…”", "…
	// TOO EARLY - Mark Blumenthal and Jon Cohen: “…”")
	named := a.joined(a.subjectAt(b-1, limit), limit)
	if named.ok() && named.first > limit && a.isDash(named.first-1) && a.bareName(mention{named.first, named.first + 1}) {
		return finding{who: named}, true
	}
	for j := b - 1; j >= limit && j > b-25; j-- {
		if a.inQuote[j] {
			break
		}
		if ph, n, ok := a.verbAt(j, a.p.SpeechVerbs); ok {
			if f, ok := a.cueWith(ph, j, n, limit); ok {
				return f, true
			}
		}
	}
	if m := named; m.ok() && a.hasName(m) && (m.first == limit || a.isDash(m.first-1) || a.interviewWith(limit, m.first) || a.describedFrom(limit, m.first)) {
		return finding{who: m}, true // "Kerry: …", "… — Philip Bump: “…”", "Entretien avec Nicolas Mayer-Rossignol : « … »"
	}
	// a name its title presents, not as a preposition's object: "… does
	// not surprise Republican pollster Daron Shaw: “…”" (not "a letter to
	// Senator Ted Cruz: “…”")
	if m := named; m.ok() && a.bareName(m) && a.titledBefore(m.first, limit) {
		return finding{who: m}, true
	}
	// "Here's Clinton in December 1992: “…”", « Voici Macron en 2017 : … »,
	// "… all along - More from Blumenthal and Cohen: “…”"
	for i, at := range []int{limit, a.afterDash(limit, b)} {
		if i > 0 && at == limit {
			break // no dash: the sentence's start was read
		}
		if _, n, ok := a.p.Presenters.Match(a.d.Toks, at); ok {
			if m := a.joinedAfter(a.objectAfter(at+n, b), b); m.ok() && m.first == at+n && a.hasName(m) {
				return finding{who: m}, true
			}
		}
	}
	// "President Clinton released the following statement:" — the
	// sentence that introduces the quote names its source first
	if m := a.sentenceSubject(limit); m.ok() && a.personal(m) {
		return finding{who: m}, true
	}
	return finding{}, false
}

// titledBefore reports whether a person's title stands just before token
// j and no preposition before the title's modifiers ("Republican
// pollster", "former adviser"): the title presents the name, which is no
// preposition's object ("a letter to Republican pollster X").
func (a *article) titledBefore(j, limit int) bool {
	k := j - 1
	if k < limit || !a.isWord(k) || !a.p.PersonTitles[a.d.Toks[k].Lower] {
		return false
	}
	for k > limit && a.isWord(k-1) && (a.d.Toks[k-1].Cap || a.p.TitleModifiers[a.d.Toks[k-1].Lower]) {
		k--
	}
	return k == limit || !a.isWord(k-1) || !a.p.Prepositions[a.d.Toks[k-1].Lower]
}

// afterDash returns the token after the last dash in [first, end), or
// first when there is none.
func (a *article) afterDash(first, end int) int {
	for j := end - 1; j > first; j-- {
		if a.isDash(j) {
			return j + 1
		}
	}
	return first
}

// describedFrom reports whether tokens [first, j) are a description that
// opens its sentence and heads the name at j: "Former secretary of state
// Hillary Rodham Clinton: “…”".
func (a *article) describedFrom(first, j int) bool {
	if j-first > 6 || !a.roleBeforeName(first, j) {
		return false
	}
	for k := first; k < j; k++ {
		if !a.isWord(k) || k > first && a.d.Toks[k].Cap {
			return false
		}
	}
	return true
}
