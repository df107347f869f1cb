package attribution

import "github.com/whosaid/whosaid/models"

// Reported speech around a source marker: "According to X, CLAUSE",
// "CLAUSE, according to X", "Selon X, CLAUSE", "As X put it, CLAUSE",
// with the asides, appositions and complements a source phrase may carry.

// accordingClause: According to X, CLAUSE / CLAUSE, according to X.
func (a *article) accordingClause(first, end int) (statement, bool) {
	if a.isPunct(first, "(") && first+1 < end {
		first++ // "(According to the police, …)"
	}
	for c := first + 1; c < end-3; c++ {
		if a.isPunct(c, ":") && !a.inQuote[c] {
			if _, _, ok := a.p.SourceMarkers.Match(a.d.Toks, c+1); ok {
				first = c + 1 // "And it has not gone unnoticed: According to recent polls, …"
			}
			break
		}
	}
	if a.isWord(first) && a.p.Coordinators[a.d.Toks[first].Lower] {
		first++ // "Mais selon lui, …", "But according to the police, …"
		if a.isPunct(first, ",") {
			first++ // "But, according to the poll, …"
		}
	}
	if _, n, ok := a.p.SourceMarkers.Match(a.d.Toks, first); ok {
		// the source is the first reading followed by a comma: a noun
		// phrase, a proper phrase, or anything up to the comma ("According
		// to the FBI summary, Mills and another aide asked …", where the
		// noun phrase runs on over the names)
		for _, m := range []mention{a.objectAfter(first+n, end), a.properPhrase(first + n), a.markerObject(first+n, end)} {
			if !m.ok() {
				continue
			}
			for c := m.last; c < end && c < m.last+6; c++ {
				if a.isPunct(c, ",") {
					return a.markerSource(statement{first: a.pastApposition(c+1, end), last: a.trailingCue(c+1, end), f: finding{who: m, cue: mention{first, first + n}, rule: "according-to"}})
				}
			}
		}
	}
	if st, ok := a.asClause(first, end); ok {
		return st, true
	}
	if _, n, ok := a.p.OpinionMarkers.Match(a.d.Toks, first); ok {
		m := a.objectAfter(first+n, end)
		if k := first + n; !m.ok() && k+1 < end && a.p.Determiners[a.d.Toks[k].Lower] && a.nameWord(k+1) {
			// a name no list holds, with its article: « Pour le PS, … »
			if nm := a.nameFwd(k+1, end); nm.ok() && a.hasName(nm) {
				m = mention{k, nm.last}
			}
		}
		if m.ok() && a.isPunct(m.last, ",") && (a.hasName(m) || a.sourceHead(a.d.Toks[m.last-1].Lower)) {
			return a.markerSource(statement{first: a.pastApposition(m.last+1, end), last: end, f: finding{who: m, cue: mention{first, first + n}, rule: "according-to"}})
		}
	}
	for j := first + 2; j < end; j++ {
		// after a comma or a dash; with neither, only at the sentence's end
		// ("Clinton leads by 271 delegates according to a count by The
		// Associated Press")
		bare := !a.isPunct(j-1, ",", "—", "–") && a.isWord(j-1) && !a.inQuote[j-1]
		if !a.isPunct(j-1, ",", "—", "–") && !bare {
			continue
		}
		if _, n, ok := a.p.SourceMarkers.Match(a.d.Toks, j); ok {
			if bare && a.p.Prepositions[a.d.Toks[j].Lower] {
				continue // "per": "$10 per head"
			}
			// the source ends before a remark in brackets that closes the
			// sentence: "according to exit polls (a sizable margin)"
			srcEnd := end
			for b := j + n + 1; b < end-1 && a.isPunct(end-1, ")"); b++ {
				if a.isPunct(b, "(") && !a.inQuote[b] {
					srcEnd = b
					break
				}
			}
			m := a.objectAfter(j+n, srcEnd)
			if !m.ok() {
				m = a.markerObject(j+n, srcEnd)
			}
			if a.quoteBetween(first, j) {
				// quoted words are the subject's own: "Le parquet … « prend
				// acte » …, selon un communiqué"
				m = a.documentAuthor(m, first, j)
			} else if m.ok() {
				// a plain clause is the document's, or its author's named
				// after it ("according to a statement from Judicial
				// Watch"), never its own subject's
				if f := a.agent(finding{who: m, cue: mention{j, j + n}}, j+n); f.who.ok() {
					m = f.who
				}
			}
			last := j - 1
			if bare {
				last = j
			}
			if m.ok() && !a.isPunct(m.last, ",") {
				if _, cn, ok := a.p.SourceComplements.Match(a.d.Toks, m.last); ok {
					// "according to a person close to the secretive process,"
					for c := m.last + cn; c < end && c < m.last+cn+8 && !a.inQuote[c]; c++ {
						if a.isPunct(c, ",") {
							m.last = c
							break
						}
						if !a.isWord(c) || a.p.Auxiliaries[a.d.Toks[c].Lower] {
							break
						}
					}
				}
			}
			if m.ok() && a.isPunct(m.last, ",") && m.last+1 < end && a.isWord(m.last+1) && a.p.Coordinators[a.d.Toks[m.last+1].Lower] && j-1 > first+3 {
				// "… by 271 delegates according to a count by the AP, but
				// the race is not over": the clause ends at its source
				return a.markerSource(statement{first: first, last: last, f: finding{who: m, cue: mention{j, j + n}, rule: "according-to"}})
			}
			switch {
			case !m.ok():
			case bare && !(m.last >= end-2 || a.sourceTail(m.last, end)):
			case (m.last >= end-2 || a.complementTail(m.last, end) || a.sourceTail(m.last, end)) && j-1 > first+3:
				// CLAUSE, according to X. / …, according to a person
				// familiar with the talks. / …, according to a new poll
				// that shows more voters …
				return a.markerSource(statement{first: first, last: last, f: finding{who: m, cue: mention{j, j + n}, rule: "according-to"}})
			case bare:
			case a.isPunct(m.last, ","):
				// "The company, according to analysts, lost $2 billion": the
				// statement is the sentence around the attribution
				return a.markerSource(statement{first: first, last: end, f: finding{who: m, cue: mention{j, j + n}, rule: "according-to"}})
			}
		}
	}
	return statement{}, false
}

// asClause: "As X put it, CLAUSE", "As X noted, CLAUSE", "Comme l'a
// rappelé X, CLAUSE": a cue between the marker and a comma attributes the
// clause after the comma.
func (a *article) asClause(first, end int) (statement, bool) {
	if !a.isWord(first) || !a.p.AsMarkers[a.d.Toks[first].Lower] {
		return statement{}, false
	}
	comma := false // an apposition between the source and its cue
	for j := first + 1; j < end && j < first+16; j++ {
		if a.inQuote[j] || a.boundary(j) {
			break
		}
		if a.isPunct(j, ",") {
			comma = true
		}
		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok {
			continue
		}
		if a.p.TopicVerbs[a.d.Toks[j].Lower] {
			return statement{}, false // "As he spoke in the lobby, …": a time, not a source
		}
		f := finding{cue: mention{j, j + n}, rule: "according-to"}
		after := j + n
		switch m := a.subjectBefore(j, first+1); {
		case ph.Pronoun != "" && !comma:
			f.embedded = ph.Pronoun
		case m.ok() && (m.first == first+1 || a.possessorBefore(first+1, m.first)):
			f.who = m // As Trump noted, / As Tom Ridge, a former secretary, put it, / As Purple PAC's Crane said,
		case !comma && a.isWord(after) && a.p.PassiveAgents[a.d.Toks[after].Lower]:
			f.who = a.invertedSource(after+1, end) // As reported by Western Journalism,
			after = f.who.last
		case !comma:
			f.who = a.invertedSource(after, end) // Comme l'a rappelé la Cour des comptes
			after = f.who.last
		}
		if f.embedded == "" && !f.who.ok() {
			return statement{}, false
		}
		// "put it", "l'a dit": an object pronoun, then a place or a document
		// ("dans son dernier rapport") before the comma
		for c := after; c < end && c < after+8; c++ {
			if a.isPunct(c, ",") {
				if c+1 < end {
					return statement{first: c + 1, last: end, f: f}, true
				}
				break
			}
			if !a.isWord(c) || a.inQuote[c] {
				break
			}
		}
		return statement{}, false
	}
	return statement{}, false
}

// trailingCue returns where a clause from token k ends before a cue that
// closes the sentence with its inverted source ("…, a fait savoir un
// politologue"), or end.
func (a *article) trailingCue(k, end int) int {
	for c := end - 2; c > k+2 && c > end-12; c-- {
		if !a.isPunct(c, ",") || a.inQuote[c] {
			continue
		}
		if ph, n, ok := a.verbAt(c+1, a.p.SpeechVerbs); ok && !a.p.IsParticiple(ph) && ph.Pronoun == "" {
			if m := a.invertedSource(c+1+n, end); m.ok() && m.last >= end-1 {
				return c
			}
		}
	}
	return end
}

// possessorBefore reports whether tokens i to j are a possessor, a name
// or a description and its possessive ("Purple PAC's").
func (a *article) possessorBefore(i, j int) bool {
	if j-i < 2 || j-i > 6 || !a.possessive(j-1) {
		return false
	}
	for k := i; k < j-1; k++ {
		if !a.isWord(k) || a.inQuote[k] {
			return false
		}
	}
	return true
}

// markerSource checks the source a marker gives a statement: none when
// it is the writer's ("selon nos informations"); a stressed pronoun
// ("selon lui", "according to her") becomes the subject pronoun it stands
// for, so that it resolves as one.
func (a *article) markerSource(st statement) (statement, bool) {
	m := st.f.who
	if !m.ok() || !a.isWord(m.first) {
		return st, true
	}
	w := a.d.Toks[m.first].Lower
	if a.p.NarratorPossessives[w] {
		return statement{}, false
	}
	if pr := a.p.StressedPronouns[w]; pr != "" && m.last-m.first == 1 {
		st.f.embedded, st.f.who = pr, mention{}
		st.f.cue.last = m.last
	}
	return st, true
}

// markerObject reads whatever noun phrase follows a source marker up to
// a comma or the end of the sentence, when the pack knows none of its
// words as a source: "according to data from the Department of
// Education", "according to the results"; before a relative pronoun, the
// words before it. A phrase of more than 19 tokens, or one with a verb of
// its own, is none.
func (a *article) markerObject(k, end int) mention {
	for i := k; i < end && i < k+20; i++ {
		if e := a.quotedTitleEnd(i, end); e > 0 && i > k && e < end {
			i = e - 1 // a title inside it: "according to the “Medicare for all” document"
			continue
		}
		switch {
		case a.isPunct(i, ","):
			if i == k {
				return mention{}
			}
			return mention{k, i}
		case i > k+1 && a.isWord(i) && a.relativeWord(a.d.Toks[i].Lower):
			// the phrase before a relative clause: "according to a new
			// poll that shows …", "according to the officer in charge of
			// the base that night, …"
			return mention{k, i}
		case !a.isWord(i) && !a.isPunct(i, "-", "'", "’", ".", "/", "&"), a.p.Auxiliaries[a.d.Toks[i].Lower], a.p.Complementizers[a.d.Toks[i].Lower]:
			return mention{}
		}
		if i == end-1 {
			return mention{k, end}
		}
	}
	return mention{}
}

// asideEnd returns where the statement starts after an aside that opens
// at token c, read from token from: past the comma that closes it within
// fifteen tokens, or c when no comma does before a quote or the end of
// the clause.
func (a *article) asideEnd(c, from, end int) int {
	for k := from; k+1 < end && k < c+15; k++ {
		if a.isPunct(k, ",") {
			return k + 1
		}
		if a.inQuote[k] || a.boundary(k) {
			break
		}
	}
	return c
}

// pastApposition returns where the statement after "selon X," or "pour
// X," starts: past a role set between commas after the source ("Pour
// Marine Dupuis, politologue à Sciences Po, « … »"), else at c.
func (a *article) pastApposition(c, end int) int {
	if a.isWord(c) && a.p.RelativePronouns[a.d.Toks[c].Lower] {
		// a relative clause about the source: "Pour le parquet, qui avait
		// requis trois ans, la responsabilité …"
		return a.asideEnd(c, c+1, end)
	}
	ag := c + 1
	for ag < end && ag < c+3 && a.isWord(ag) && a.p.CueFillers[a.d.Toks[ag].Lower] && !a.p.PassiveAgents[a.d.Toks[ag].Lower] {
		ag++ // « publié mardi par »
	}
	if a.isWord(c) && !a.d.Toks[c].Cap && a.isWord(ag) && a.p.PassiveAgents[a.d.Toks[ag].Lower] {
		// a participle and its agent: "According to the review, prepared
		// by the engineering firm Halvorsen & Birch, …"
		return a.asideEnd(c, ag+1, end)
	}
	if a.isWord(c) && a.p.InterviewParticiples[a.d.Toks[c].Lower] {
		// how the source was heard: "Pour X, interrogé par France Info, …"
		for k := c + 1; k+1 < end && k < c+8; k++ {
			if a.isPunct(k, ",") {
				return k + 1
			}
			if !a.isWord(k) && !a.isPunct(k, "'", "’", "-", ".") {
				break
			}
		}
		return c
	}
	h := c
	if a.isWord(h) && a.p.Determiners[a.d.Toks[h].Lower] {
		h++
	}
	if !a.isWord(h) || a.d.Toks[h].Cap {
		return c
	}
	if w := a.d.Toks[h].Lower; !a.sourceHead(w) && !a.p.AnaphoricNouns[w] {
		// any short phrase before a quotation: "Pour X, à l'origine de la
		// pétition, « … »"
		for k := h + 1; k < end && k < c+10; k++ {
			if a.isPunct(k, ",") {
				if a.opensQuote(k+1) && !a.finiteClause(c, k) {
					return k + 1
				}
				return c
			}
			if !a.isWord(k) {
				return c
			}
		}
		return c
	}
	for k := h + 1; k < end && k < c+10; k++ {
		switch {
		case a.opensQuote(k) || a.boundary(k):
			return c
		case a.isPunct(k, ","):
			if a.finiteClause(c, k) || k+1 >= end {
				return c
			}
			return k + 1
		}
	}
	return c
}

// sourceTail reports whether tokens i to end, after the source of a
// final "according to", only describe it: no comma, no quote, no more
// than 25 words ("…, according to three intelligence sources who spoke to
// Fox News"), then at most a remark in brackets or a quoted title that
// closes the sentence ("according to exit polls (a sizable margin, …)",
// "according to his book “The Art of the Deal.”").
func (a *article) sourceTail(i, end int) bool {
	if end-i > 25 {
		return false
	}
	for k := i; k < end; k++ {
		switch {
		case a.isPunct(k, "(") && a.isPunct(end-1, ")") && !a.inQuote[k]:
			return true
		case a.inQuote[k] && k > 0 && a.quoteTo(k, end):
			return true
		case a.isPunct(k, ",", ";", ":") || a.inQuote[k]:
			return false
		}
	}
	return true
}

// quoteTo reports whether tokens k to end lie in one quoted passage that
// opens at k.
func (a *article) quoteTo(k, end int) bool {
	for _, q := range a.quotes {
		if q.Outer.Start <= a.d.Toks[k].Start && q.Outer.Start >= a.d.Toks[k-1].End {
			return q.Outer.End >= a.d.Toks[end-1].End
		}
	}
	return false
}

// complementTail reports whether tokens i to end only complement a source
// read just before them: "familiar with the talks", "close to the
// campaign" — a short phrase from the pack's source complements.
func (a *article) complementTail(i, end int) bool {
	if end-i > 7 {
		return false
	}
	_, n, ok := a.p.SourceComplements.Match(a.d.Toks, i)
	if !ok && i > 0 { // its first word may close the source: "a person familiar"
		i--
		_, n, ok = a.p.SourceComplements.Match(a.d.Toks, i)
	}
	if !ok {
		return false
	}
	for k := i + n; k < end; k++ {
		if !a.isWord(k) {
			return false
		}
	}
	return true
}

// documentAuthor returns, for a document with no author named after a
// marker at token j, the subject of the sentence opening at first: "Le
// parquet … « prend acte » de la décision, selon un communiqué"; any
// other source m is returned as it is.
func (a *article) documentAuthor(m mention, first, j int) mention {
	if !m.ok() || a.typeOf(m, false) != models.Document {
		return m
	}
	if s := a.firstSubject(first); s.ok() && s.last < j && a.typeOf(s, false) != models.Document && !a.isPronounMention(s) {
		return s
	}
	return m
}
