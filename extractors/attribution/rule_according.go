package attribution

// The according-to rule ("according to X", "selon X", "d'après X", "pour
// X,") and the passive agent of a quote ("… was written by X").

// accordingTo: according to X / selon X / d'après X, in the quote's sentence;
// or "Pour X, …" opening it.
func accordingTo(a *article, qi int) (finding, bool) {
	first, last := a.quoteSentences(qi)
	best, bestDist := finding{}, -1
	for j := first; j < last; j++ {
		if a.inQuote[j] {
			continue
		}
		_, n, ok := a.p.SourceMarkers.Match(a.d.Toks, j)
		if !ok {
			// "Pour X, « … »", "Mais pour X, « … »"
			opens := a.sentenceStart(j) || a.isWord(j-1) && a.p.Coordinators[a.d.Toks[j-1].Lower] && a.sentenceStart(j-1)
			_, n2, ok2 := a.p.OpinionMarkers.Match(a.d.Toks, j)
			if ok2 && opens {
				m := a.objectAfter(j+n2, a.clauseEnd(j+n2))
				if m.ok() && a.isPunct(m.last, ",") {
					return finding{who: m, cue: mention{j, j + n2}}, true
				}
			}
			// "X, pour qui « … »": the relative pronoun's antecedent, when
			// the quote is in its clause
			if ok2 && a.isPunct(j-1, ",") && a.isWord(j+n2) && a.p.RelativePronouns[a.d.Toks[j+n2].Lower] && a.inClause(j, qi) {
				if m := a.subjectBefore(j, first); m.ok() && a.personal(m) {
					if d := a.distance(qi, j); bestDist < 0 || d < bestDist {
						best, bestDist = finding{who: m, cue: mention{j, j + n2 + 1}}, d
					}
				}
			}
			continue
		}
		if pr := a.p.StressedPronouns[a.d.Toks[j+n].Lower]; pr != "" && a.isWord(j+n) {
			// "Selon lui, « … »": the pronoun it stands for
			if d := a.distance(qi, j); bestDist < 0 || d < bestDist {
				best, bestDist = finding{embedded: pr, cue: mention{j, j + n + 1}}, d
			}
			continue
		}
		m := a.objectAfter(j+n, a.clauseEnd(j+n))
		if !m.ok() {
			m = a.properPhrase(j + n)
		}
		if !m.ok() {
			continue
		}
		if d := a.distance(qi, j); bestDist < 0 || d < bestDist {
			// "according to a statement from the White House": the author
			f := a.agent(finding{who: m, cue: mention{j, j + n}}, j+n)
			f.who = a.documentAuthor(f.who, first, j)
			best, bestDist = f, d
		}
	}
	return best, bestDist >= 0
}

// inClause reports whether quote qi opens after token j with no
// boundary or comma of the writer's between them.
func (a *article) inClause(j, qi int) bool {
	open := a.d.tokAt(a.quotes[qi].Outer.Start)
	if open <= j {
		return false
	}
	for k := j; k < open; k++ {
		if a.boundary(k) || a.isPunct(k, ",") {
			return false
		}
	}
	return true
}

// interviewWith reports whether tokens first to j are a document word and
// a preposition, the name after them being who speaks in it: "Entretien
// avec", "Interview with".
func (a *article) interviewWith(first, j int) bool {
	k := first
	if a.isWord(k) && a.p.Determiners[a.d.Toks[k].Lower] {
		k++
	}
	return j == k+2 && a.isWord(k) && a.p.DocumentWords[a.d.Toks[k].Lower] && a.isWord(k+1) && a.p.Prepositions[a.d.Toks[k+1].Lower]
}

// passiveAgent: a reporting verb's past participle, the quote and its
// agent — "une prévision jugée « optimiste » par le Haut Conseil", "un
// texte qualifié d'« historique » par la ministre".
func passiveAgent(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	v := a.d.tokAt(q.Outer.Start) - 1
	if a.isPunct(v, "'", "’") && a.isWord(v-1) && a.d.Toks[v-1].End == a.d.Toks[v].Start {
		v-- // an elided particle before the mark: "qualifié d'« … »"
	}
	if a.isWord(v) && (a.p.AsMarkers[a.d.Toks[v].Lower] || a.p.NameParticles[a.d.Toks[v].Lower] || a.p.NameParticles[a.d.Toks[v].Lower+"'"]) {
		v-- // "qualifié d'« … »", "décrit comme « … »"
	}
	if !a.isWord(v) || !a.p.PastParticiples[a.d.Toks[v].Lower] {
		return finding{}, false
	}
	k := a.d.tokAt(q.Outer.End)
	if k >= len(a.d.Toks) || !a.isWord(k) || !a.p.AgentMarkers[a.d.Toks[k].Lower] {
		return finding{}, false
	}
	m := a.objectAfter(k+1, a.clauseEnd(k+1))
	if !m.ok() || m.first > k+2 {
		return finding{}, false
	}
	return finding{who: m, cue: mention{v, v + 1}}, true
}

// properPhrase reads, after "according to", a phrase headed by a proper
// noun up to its comma: "D'après l'Observatoire des séismes alpins, …".
// The marker says it is a source, whatever its head.
func (a *article) properPhrase(k int) mention {
	j := k
	if a.isWord(j) && a.p.Determiners[a.d.Toks[j].Lower] {
		j++
	}
	if !a.nameWord(j) {
		return mention{}
	}
	for e := j + 1; e < len(a.d.Toks) && e < k+9; e++ {
		if a.isPunct(e, ",") {
			return mention{j, e}
		}
		if !a.isWord(e) || a.inQuote[e] {
			break
		}
	}
	return mention{}
}
