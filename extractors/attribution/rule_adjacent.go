package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/extractors/lang"
)

// The adjacent rules: a cue right after the quote ("“…,” X said", "«…»,
// a-t-il dit"), right before it ("X said: “…”") and inside its marks
// (incise: "«…, raconte-t-elle. …»").

// adjacentAfter: “…,” X said / said X / a déclaré X / a-t-il dit.
func adjacentAfter(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	k := a.d.tokAt(q.Outer.End)
	if k >= len(a.d.Toks) || a.d.Toks[k].Newlines > 0 {
		return finding{}, false
	}
	if a.isPunct(k, ",") {
		k++
	}
	// a quote that ends its sentence with a full stop, then a capital: the
	// next sentence ("… this week.” She added that …") is not its cue
	if content := a.d.Text[q.Content.Start:q.Content.End]; strings.HasSuffix(content, ".") && k < len(a.d.Toks) && a.d.Toks[k].Cap {
		return finding{}, false
	}
	if a.isWord(k) && a.p.ObjectClitics[a.d.Toks[k].Lower] && a.cueWord(k+1) {
		k++ // "« … », nous a expliqué Jacques Moreau": the listener before an inverted cue
	}
	if a.isWord(k) && a.p.Reflexives[a.d.Toks[k].Lower] && a.cueWord(k+1) {
		k++ // "« … », s'interroge Pascal Blache": the reflexive of an inverted cue
	}
	for j := k; j < len(a.d.Toks) && j < k+20; j++ {
		if a.isPunct(j, "(") {
			// a parenthetical never ends the clause: Rep. Jane Doyle (D-Ore.) said
			for j < len(a.d.Toks) && j < k+20 && !a.isPunct(j, ")") {
				j++
			}
			continue
		}
		if (j > k && a.d.Toks[j].Newlines > 0) || a.boundary(j) || a.inQuote[j] || a.isPunct(j, ":") {
			return finding{}, false
		}
		if j > k && a.isPunct(j-1, ",") && a.askedAside(j, len(a.d.Toks)) {
			// an aside: "“…,” Hale, asked about the polls, said", "Hale,
			// when pressed, said" — past its participle
			if a.p.Subordinators[a.d.Toks[j].Lower] {
				j++
			}
			continue
		}
		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if pr, inverted := a.p.InvertedAuxiliaries[a.d.Toks[j].Lower]; !ok && j == k && inverted && a.isWord(j+1) && !a.d.Toks[j+1].Cap {
			// an inverted auxiliary and a participle no list holds: "« … »,
			// a-t-il éludé"
			ph, n, ok = lang.Phrase{Pronoun: pr}, 2, true
		}
		if !ok {
			continue
		}
		f := finding{cue: mention{j, j + n}}
		if j == k {
			if ph.Pronoun != "" {
				f.embedded = ph.Pronoun
				return a.agent(f, j+n), true
			}
			if a.p.IsParticiple(ph) {
				// "“…,” promising the Friends of Abe will return": a
				// participle has no source after it, only an object
				limit, _ := a.d.sentToks(a.d.sentOf(q.Outer.Start))
				return a.participleSource(f, j, limit)
			}
			w := a.d.Toks[j+n-1].Lower
			if a.p.AddresseeVerbs[w] && !(a.p.QuestionVerbs[w] && strings.HasSuffix(a.d.Text[q.Content.Start:q.Content.End], "?")) {
				// "told Reuters" names the listener; but after a question,
				// "asked Sen. Mikulski" names the one who asked
				return finding{}, false
			}
			f.who = a.joinedAfter(a.invertedSource(j+n, a.clauseEnd(j+n)), a.clauseEnd(j+n))
			if !f.who.ok() {
				// "said the printed slate card.": a description no list
				// knows, alone up to the end of the clause
				e := j + n
				for e < len(a.d.Toks) && e < j+n+6 && a.isWord(e) {
					e++
				}
				if a.isPunct(e, ",", ".", "!", "?", ";") && a.plainDescription(j+n, e) {
					f.who, f.plain = mention{j + n, e}, true
				}
			}
			return f, f.who.ok()
		}
		f.who = a.subjectBefore(j, k)
		if (!f.who.ok() || f.who.first != k) && !a.sourceHead(a.d.Toks[j].Lower) {
			// "“…,” the progressive heavyweights wrote": a description no
			// list knows, alone between the quote and its cue (not when
			// the cue's word may be the description's own noun: "the
			// congressional report said")
			e := j
			for e > k && a.isWord(e-1) && (a.p.VerbModifiers[a.d.Toks[e-1].Lower] || a.adverb(e-1)) {
				e--
			}
			if a.plainDescription(k, e) {
				f.who, f.plain = mention{k, e}, true
			}
		}
		if f.who.ok() && f.who.first > k && a.ownerBefore(k, f.who.first) {
			f.who.first = k // "Italy's Northern League leader Matteo Salvini wrote"
		}
		if f.who.ok() && f.who.first == k && a.introducesNext(qi, j+n) {
			return finding{}, false
		}
		return f, f.who.ok() && f.who.first == k
	}
	return finding{}, false
}

// ownerBefore reports whether tokens [k, first) name the owner of the
// source that opens at first: a few name words, after a determiner at
// most, and a possessive ("Italy's", "the Post's").
func (a *article) ownerBefore(k, first int) bool {
	if first-k < 2 || first-k > 5 || !a.possessive(first-1) {
		return false
	}
	if a.isWord(k) && a.p.Determiners[a.d.Toks[k].Lower] && !a.d.Toks[k].Cap {
		k++
	}
	for i := k; i < first-1; i++ {
		if !a.nameWord(i) {
			return false
		}
	}
	return k < first-1
}

// introducesNext reports whether the cue that ends at token e, after quote
// q, introduces the quote after it instead: q ends its sentence with a
// question or an exclamation, and the cue's clause runs to a comma or a
// colon before the next quotation, which opens a sentence ("“Why now?”
// Mills then writes back, “You look cute.”").
func (a *article) introducesNext(qi, e int) bool {
	q := a.quotes[qi]
	content := a.d.Text[q.Content.Start:q.Content.End]
	if !strings.HasSuffix(content, "?") && !strings.HasSuffix(content, "!") {
		return false
	}
	for c := e; c < len(a.d.Toks) && c < e+3 && (a.isWord(c) || a.isPunct(c, ",", ":")); c++ {
		if a.isPunct(c, ",", ":") {
			// a new sentence, not the same one split: “…?” he asked, “and …”
			return a.opensQuote(c+1) && c+2 < len(a.d.Toks) && a.d.Toks[c+2].Cap
		}
	}
	return false
}

// adjacentBefore: X said: “…” / X said “…” / X a affirmé : «…» / said X: “…”.
func adjacentBefore(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	open := a.d.tokAt(q.Outer.Start)
	b := open - 1
	if b < 0 || a.d.Toks[open].Newlines > 0 {
		return finding{}, false
	}
	limit, _ := a.d.sentToks(a.d.sentOf(a.d.Toks[b].Start))
	lead := a.isPunct(b, ":", ",")
	for j := b; j >= limit && j > b-10; j-- {
		if a.inQuote[j] || a.final(j) || a.isPunct(j, ";") || j < b && a.isDash(j) {
			break // (after a dash, a byline: "Pollsters agree - Carl Bialik: “…”")
		}
		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok {
			continue
		}
		gap := b - (j + n) + 1 // tokens between the cue and the quote
		if gap > 0 && !lead && !a.glue(j+n, b+1) {
			return finding{}, false
		}
		if gap > 6 {
			return finding{}, false
		}
		return a.cueWith(ph, j, n, limit)
	}
	return finding{}, false
}

// glue reports whether tokens [i, j) only join a cue to its quote ("that").
func (a *article) glue(i, j int) bool {
	for k := i; k < j; k++ {
		if !a.isWord(k) || !a.p.Stopwords[a.d.Toks[k].Lower] {
			return false
		}
	}
	return j-i <= 2
}

// incise: a cue with its pronoun set inside the quote marks between
// commas or before a stop, as French writes it: «…, raconte-t-elle. …».
func incise(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	first, last := a.d.tokAt(q.Content.Start), a.d.tokAt(q.Content.End)
	for j := first + 1; j < last-1; j++ {
		if !a.isPunct(j-1, ",") {
			continue
		}
		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok || ph.Pronoun == "" || !a.isPunct(j+n, ",", ".", "!", "?") {
			continue
		}
		f := finding{cue: mention{j, j + n}, embedded: ph.Pronoun}
		return a.agent(f, j+n), true
	}
	return finding{}, false
}
