package attribution

// The narrative rule: a French narrative infinitive with no subject of
// its own goes on with the source of the sentence before ("Et d'ajouter :
// « … »").

// narrative: the quote's sentence opens with an infinitive that has no
// subject of its own (« Et d'ajouter : « … » », « Et de conclure,
// « … » »): it goes on with the source of the sentence before.
func narrative(a *article, qi int) (finding, bool) {
	first, _ := a.quoteSentences(qi)
	cue, ok := a.narrativeCue(first, a.d.tokAt(a.quotes[qi].Outer.Start))
	if !ok {
		return finding{}, false
	}
	f, ok := a.narrativeSource(first)
	f.cue = cue
	return f, ok
}

// narrativeCue returns the narrative infinitive that opens a sentence at
// token first, before token limit: an opener, perhaps an adverb, a
// reporting verb (« Et d'ajouter encore »).
func (a *article) narrativeCue(first, limit int) (mention, bool) {
	_, n, ok := a.p.NarrativeOpeners.Match(a.d.Toks, first)
	if !ok {
		return mention{}, false
	}
	j := first + n
	for j < limit {
		_, k, ok := a.p.CueInserts.Match(a.d.Toks, j)
		if !ok {
			break
		}
		j += k
	}
	ph, k, ok := a.verbAt(j, a.p.SpeechVerbs)
	if !ok || ph.Pronoun != "" || k != 1 || j+k > limit {
		return mention{}, false
	}
	return mention{first, j + k}, true
}

// narrativeSource returns the source a narrative infinitive opening its
// sentence at token first goes on with: that of a quote in the sentence
// before (from it), or else the sentence's subject, in the same
// paragraph or the one before.
func (a *article) narrativeSource(first int) (finding, bool) {
	s := a.d.sentOf(a.d.Toks[first].Start)
	if s == 0 || a.d.paraOf(a.d.Toks[first].Start)-a.d.paraOf(a.d.Sents[s-1].Start) > 1 {
		return finding{}, false
	}
	quotes := a.quotesIn(s - 1)
	for i := len(quotes) - 1; i >= 0; i-- {
		if pi := quotes[i]; a.found[pi] != nil && a.sources[pi] != nil {
			return finding{from: pi}, true
		}
	}
	prev, _ := a.d.sentToks(s - 1)
	if m := a.sentenceSubject(prev); m.ok() && a.personal(m) {
		return finding{who: m}, true
	}
	return finding{}, false
}
