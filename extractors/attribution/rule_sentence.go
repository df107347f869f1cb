package attribution

import "github.com/whosaid/whosaid/extractors/lang"

// Rules that find the cue in a neighbouring part of the text: elsewhere in
// the quote's sentence (sentence-cue), in the sentence after it
// (next-sentence) and in the sentence before it (previous-sentence).

// sentenceCue: a reporting verb elsewhere in the quote's sentence, nearest
// first ("Morris says the campaign will “compete vigorously”").
func sentenceCue(a *article, qi int) (finding, bool) {
	first, last := a.quoteSentences(qi)
	best, bestDist := finding{}, -1
	for _, set := range []*lang.Phrases{a.p.SpeechVerbs, a.p.CognitionVerbs} {
		for j := first; j < last; j++ {
			if a.inQuote[j] {
				continue
			}
			ph, n, ok := a.verbAt(j, set)
			if !ok {
				continue
			}
			f, ok := a.cueWith(ph, j, n, first)
			if !ok {
				continue
			}
			d := a.distance(qi, j)
			if j > a.d.tokAt(a.quotes[qi].Outer.Start) {
				d += 8 // a cue before the quote introduces it; one after may belong to the next clause
			}
			if bestDist < 0 || d < bestDist {
				best, bestDist = f, d
			}
		}
		if bestDist >= 0 {
			return best, true
		}
	}
	// a noun for words and whose they are, before the quote: "comments
	// from former Secretary Leon Panetta that “…”", « les propos du
	// ministre selon lesquels « … » »
	open := a.d.tokAt(a.quotes[qi].Outer.Start)
	for j := open - 2; j >= first && j > open-20; j-- {
		if a.inQuote[j] || !a.isWord(j) || !a.p.NounCues[a.d.Toks[j].Lower] || !a.isWord(j+1) || !a.p.NounCueSources[a.d.Toks[j+1].Lower] {
			continue
		}
		// (plural, or after its determiner: not "a far cry from Sanders")
		if !a.plural(j) && (!a.isWord(j-1) || !a.p.Determiners[a.d.Toks[j-1].Lower]) {
			continue
		}
		if m := a.subjectBefore(a.nameEnd(j+2, open), j+2); m.ok() && a.hasName(m) {
			return finding{who: m, cue: mention{j, j + 1}}, true
		}
	}
	return finding{}, false
}

// nameEnd returns where a run of words from token k that ends in a
// name stops, before token limit (the "former harbour master Leon Pratt"
// of "comments from former harbour master Leon Pratt that"), or k.
func (a *article) nameEnd(k, limit int) int {
	end := k
	for i := k; i < limit && i < k+10 && a.isWord(i); i++ {
		switch {
		case a.nameWord(i):
			end = i + 1
		case end > k && !(a.p.NameParticles[a.d.Toks[i].Lower] && a.nameWord(i+1)):
			return end // (a particle between names goes on: Secretary of Defense Leon Panetta)
		}
	}
	return end
}

// nextSentence: the sentence after the quote, in the same paragraph, opens
// with a source and a cue ("The senator added that …"), or names it after
// a phrase that refers back to the quote (« C'est en ces termes que le
// maire … »).
func nextSentence(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	s := a.d.sentOf(q.Outer.End - 1)
	next := len(a.d.Toks)
	if s+1 < len(a.d.Sents) && a.d.paraOf(a.d.Sents[s+1].Start) == a.d.paraOf(q.Outer.End-1) {
		next, _ = a.d.sentToks(s + 1)
	}
	// (right after the closing mark too: a sentence the segmenter left
	// joined to the quote's)
	for _, k := range []int{a.d.tokAt(q.Outer.End), next} {
		if _, n, ok := a.p.BackReferences.Match(a.d.Toks, k); ok && a.d.Toks[k].Cap {
			// "C'est en ces termes que le maire de Valmont a parlé …"
			m := a.objectAfter(k+n, a.clauseEnd(k+n))
			if m.ok() && m.first == k+n && a.personal(m) {
				return finding{who: m, cue: mention{k, k + n}}, true
			}
			return finding{}, false
		}
	}
	if next == len(a.d.Toks) || a.ownCueAfter(qi) {
		return finding{}, false
	}
	first, last := a.d.sentToks(s + 1)
	for j := first; j < last && j < first+8; j++ {
		if a.inQuote[j] {
			return finding{}, false
		}
		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok {
			continue
		}
		if ph.Pronoun != "" {
			return finding{embedded: ph.Pronoun, cue: mention{j, j + n}}, true
		}
		m := a.subjectBefore(j, first)
		if m.ok() && m.first == first {
			return finding{who: m, cue: mention{j, j + n}}, true
		}
		return finding{}, false
	}
	return finding{}, false
}

// previousSentence: the sentence before the quote, in its paragraph, has a
// source and a reporting verb.
func previousSentence(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	s := a.d.sentOf(q.Outer.Start)
	if s == 0 {
		return finding{}, false
	}
	if a.d.paraOf(a.d.Sents[s-1].Start) != a.d.paraOf(q.Outer.Start) && a.d.Paras[a.d.paraOf(q.Outer.Start)].Start != q.Outer.Start {
		return finding{}, false
	}
	first, last := a.d.sentToks(s - 1)
	for j := first; j < last; j++ {
		if a.inQuote[j] {
			continue
		}
		if ph, n, ok := a.verbAt(j, a.p.SpeechVerbs); ok {
			if f, ok := a.cueWith(ph, j, n, first); ok {
				return f, true
			}
		}
	}
	return finding{}, false
}

// ownCueAfter reports whether a speech verb follows quote qi closely in
// its own sentence ("“…,” a 45-year-old mother of two said."): the quote
// has its cue, whose source the adjacent rule could not read, and the
// next sentence's speaker is not its own.
func (a *article) ownCueAfter(qi int) bool {
	q := a.quotes[qi]
	s := a.d.sentOf(q.Outer.End - 1)
	k := a.d.tokAt(q.Outer.End)
	if a.isPunct(k, ",") {
		k++
	}
	for j := k; j < len(a.d.Toks) && j < k+8; j++ {
		if a.d.sentOf(a.d.Toks[j].Start) != s || a.d.Toks[j].Newlines > 0 || a.boundary(j) || a.inQuote[j] {
			return false
		}
		if _, _, ok := a.verbAt(j, a.p.SpeechVerbs); ok {
			return true
		}
	}
	return false
}
