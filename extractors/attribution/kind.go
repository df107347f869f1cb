package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/models"
)

// kind tells a whole statement in quotation marks (direct) from quoted
// words inside the reporter's sentence (partial): a direct quote opens its
// sentence or follows a colon or a cue, and starts as a sentence does.
func (a *article) kind(qi int) models.Kind {
	q := a.quotes[qi]
	open := a.d.tokAt(q.Outer.Start)
	b := open - 1
	first, _ := utf8.DecodeRuneInString(a.d.Text[q.Content.Start:])
	startsLikeSentence := unicode.IsUpper(first) || unicode.IsDigit(first) || !unicode.IsLetter(first)
	switch {
	case b < 0 || a.d.Toks[open].Newlines > 0 || a.sentenceStart(open):
		return models.Direct
	case a.isPunct(b, ":", "—", "–"):
		return models.Direct
	case startsLikeSentence && a.isPunct(b, ","):
		return models.Direct
	case startsLikeSentence && a.found[qi] != nil && a.found[qi].rule == "adjacent-before":
		return models.Direct
	case a.isPunct(b, ",") && a.splitQuote(qi):
		return models.Direct // the second half of “The gains are small,” he said, “and the losers are real.”
	}
	return models.Partial
}

// splitQuote reports whether quote qi goes on a direct quote of its
// sentence that a cue interrupts: “…,” he said, “…”.
func (a *article) splitQuote(qi int) bool {
	if qi == 0 || a.d.sentOf(a.quotes[qi-1].Outer.Start) != a.d.sentOf(a.quotes[qi].Outer.Start) {
		return false
	}
	prev := a.quotes[qi-1]
	after, open := a.d.tokAt(prev.Outer.End), a.d.tokAt(a.quotes[qi].Outer.Start)
	if a.isPunct(after, ",") {
		after++ // the comma after the marks: « … », a-t-il dit, « … »
	} else if !strings.HasSuffix(a.d.Text[prev.Content.Start:prev.Content.End], ",") {
		return false
	}
	if a.kind(qi-1) != models.Direct {
		return false
	}
	// between the two: the cue and its source only, no more than six words
	cue := false
	for j := after; j < open-1; j++ {
		if _, _, ok := a.verbAt(j, a.p.SpeechVerbs); ok {
			cue = true
		}
		if !a.isWord(j) && !a.isPunct(j, ".") {
			return false
		}
	}
	return cue && open-after <= 7
}

// isStatement decides whether a quoted passage is a statement worth a
// claim. Titles, nicknames and scare quotes have no source of their own:
// a short passage needs a cue in its sentence, and a passage written like a
// title (capitalised words, no sentence punctuation) is not a statement.
func (a *article) isStatement(qi int, kind models.Kind) bool {
	q := a.quotes[qi]
	words, content, caps := 0, 0, 0
	verbal := false // a lower-case auxiliary or pronoun, which title case capitalises
	for i := a.d.tokAt(q.Content.Start); i < len(a.d.Toks) && a.d.Toks[i].End <= q.Content.End; i++ {
		if a.isWord(i) {
			words++
			if a.p.Stopwords[a.d.Toks[i].Lower] && !a.d.Toks[i].Cap {
				_, pronoun := a.p.Pronouns[a.d.Toks[i].Lower]
				verbal = verbal || pronoun || a.p.Auxiliaries[a.d.Toks[i].Lower]
				continue // function words are lower case in titles too
			}
			content++
			if a.d.Toks[i].Cap {
				caps++
			}
		}
	}
	if words == 0 {
		return false
	}
	// written like a title; "This could be Anywhere U.S.A." is a sentence
	titled := func(s string) bool { return !verbal && looksLikeTitle(s, words, content, caps) }
	if words == 1 && caps == 1 && a.nickname(qi) {
		return false
	}
	if a.bylined(qi) {
		return false // "“Posthumous books could come with a lot of dollar signs,” by Carey Dunne": a piece's title
	}
	f := a.found[qi]
	if f == nil {
		// no source: a statement only if it reads like one
		if titled(a.d.Text[q.Content.Start:q.Content.End]) {
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(a.d.Text[q.Content.Start:q.Content.End])
		return words >= 3 && (kind == models.Direct || strings.ContainsRune(".?!", last)) || words >= 2 && strings.ContainsRune("?!", last)
	}
	title := titled(a.d.Text[q.Content.Start:q.Content.End])
	if title && f.rule != "adjacent-after" && f.rule != "adjacent-before" {
		return false
	}
	// a title after a preposition, a possessive or a listener's verb is a
	// show or a paper, whatever cue is near: told “Fox News Sunday”, on
	// CBS’s “Face the Nation”, à « Libération »
	// (a title's full stop inside the quote marks ends the writer's
	// sentence: on ABC's “This Week with George Stephanopoulos.”)
	named := title || titled(strings.TrimSuffix(a.d.Text[q.Content.Start:q.Content.End], "."))
	if b := a.d.tokAt(q.Outer.Start) - 1; named && a.isWord(b) {
		w := a.d.Toks[b].Lower
		if a.p.Prepositions[w] || a.p.CuePrepositions[w] || a.p.Possessives[w] || a.p.AddresseeVerbs[w] {
			return false
		}
	}
	// the name something was given: "a plan codenamed “…”", « baptisée
	// « Rousseau » »
	if b := a.d.tokAt(q.Outer.Start) - 1; kind == models.Partial && a.isWord(b) && a.p.NamingWords[a.d.Toks[b].Lower] {
		return false
	}
	// a name in quotation marks after its article, inside the words that
	// name someone: "l'initiateur de la « Marche des citoyens »", "the
	// “Fight for 15” campaign" — a capitalised first word, a few words, no
	// sentence punctuation
	if b := a.d.tokAt(q.Outer.Start) - 1; kind == models.Partial && words <= 6 && a.isWord(b) && a.article(b) && !a.d.Toks[b].Cap &&
		a.d.Toks[a.d.tokAt(q.Content.Start)].Cap && !strings.ContainsAny(a.d.Text[q.Content.Start:q.Content.End], ".?!…") {
		return false
	}
	// a term the article keeps quoting — three times or more, a few words,
	// used as a noun after its article — is its label for something, not
	// anyone's words, whatever cue is near: les « gilets jaunes », the "top
	// secret" emails (not a phrase quoted as said: Trump's claim that there
	// were "thousands of shootings")
	if b := a.d.tokAt(q.Outer.Start) - 1; kind == models.Partial && words <= 3 && a.isWord(b) && a.article(b) && a.timesQuoted(qi) >= 3 {
		return false
	}
	// a few quoted words with no cue of their own, after someone's quotes,
	// are mostly a term, a scare quote or a title, not their words: on
	// PolNeAR train 26 of 63 such partials were annotated quotes, and none
	// of 10 such full quotes without a sentence's punctuation; a reply
	// that is a sentence stays (“I absolutely do.”)
	if f.rule == "continuation" && words <= 3 && (kind == models.Partial || !strings.ContainsAny(a.d.Text[q.Content.Start:q.Content.End], ".?!…")) {
		return false
	}
	return true
}

// bylined reports whether quote qi, after no word of the writer's, is
// followed by its author's byline — a comma at most, the language's agent
// word, then a name: the title of a piece ("—“Posthumous books …,” by
// Carey Dunne"), not a statement.
func (a *article) bylined(qi int) bool {
	if b := a.d.tokAt(a.quotes[qi].Outer.Start) - 1; a.isWord(b) && !a.isPunct(b+1, "—", "–") {
		return false // a passive cue and its agent: "has been called “strategic ambiguity” by Joshua Hendrick"
	}
	k := a.d.tokAt(a.quotes[qi].Outer.End)
	if a.isPunct(k, ",") {
		k++
	}
	if !a.isWord(k) || !a.p.PassiveAgents[a.d.Toks[k].Lower] || a.d.Toks[k].Cap {
		return false
	}
	if a.isWord(k+1) && a.p.Determiners[a.d.Toks[k+1].Lower] {
		k++ // "by the Riverton Globe's Joseph Kahn"
	}
	if !a.nameWord(k + 1) {
		return false
	}
	// and no cue after it: "“If there had not been that intervention” by
	// the United States, NATO …, Clinton said" is a quote cut mid-phrase
	_, last := a.d.sentToks(a.d.sentOf(a.d.Toks[k].Start))
	for j := k + 1; j < last; j++ {
		if _, _, ok := a.verbAt(j, a.p.SpeechVerbs); ok && !a.inQuote[j] {
			return false
		}
	}
	return true
}

// nickname reports whether quote qi stands between two parts of a name:
// Gov. C.L. "Butch" Otter, Jean « Jeannot » Dupont.
func (a *article) nickname(qi int) bool {
	q := a.quotes[qi]
	b, e := a.d.tokAt(q.Outer.Start)-1, a.d.tokAt(q.Outer.End)
	if a.isPunct(b, ".") {
		b-- // an initial: C.L. "Butch"
	}
	return a.isWord(b) && a.d.Toks[b].Cap && a.isWord(e) && a.d.Toks[e].Cap && !a.p.Stopwords[a.d.Toks[e].Lower] &&
		a.d.Toks[e].Start == q.Outer.End+1
}

// looksLikeTitle: a few words, most of its content words capitalised, not
// a question or an exclamation ("Fox News Sunday," "A Change Is Gonna
// Come"); with a full stop, no more than three content words, and either
// no more than three words in all or every content word capitalised ("Night
// of the Long Wind." is a title, "Now the House has to act." a sentence).
func looksLikeTitle(s string, words, content, caps int) bool {
	if content < 2 || content > 8 || caps*3 < content*2 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case '!', '?', '…', ';', ':':
		return false
	case '.':
		return content <= 3 && (words <= 3 || caps == content) // "Night of the Long Wind."
	}
	return true
}

// article reports whether token i is a determiner that is no possessive:
// "les", "the", "a" (not "her", "son").
func (a *article) article(i int) bool {
	w := a.d.Toks[i].Lower
	return a.p.Determiners[w] && a.p.PossessiveDeterminers[w] == "" && !a.p.OwnerDeterminers[w] && !a.p.NarratorPossessives[w]
}

// timesQuoted counts the distinct sentences that quote the words of quote
// qi, lower-cased and without their final punctuation (the same sentence
// written again, as in a page that repeats itself, counts once).
func (a *article) timesQuoted(qi int) int {
	if a.quoteSents == nil {
		a.quoteSents = map[string]int{}
		seen := map[[2]string]bool{}
		for q := range a.quotes {
			k := a.quoteKey(q)
			s := a.d.Sents[a.d.sentOf(a.quotes[q].Outer.Start)]
			if ks := [2]string{k, a.d.Text[s.Start:s.End]}; !seen[ks] {
				seen[ks] = true
				a.quoteSents[k]++
			}
		}
	}
	return a.quoteSents[a.quoteKey(qi)]
}

// quoteKey is quote qi's words, lower-cased, without final punctuation.
func (a *article) quoteKey(qi int) string {
	c := a.quotes[qi].Content
	return strings.ToLower(strings.TrimRight(a.d.Text[c.Start:c.End], ".,;:!?…"))
}
