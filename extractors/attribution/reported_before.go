package attribution

import (
	"strings"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/models"
)

// Reported speech after its cue: "X said (that) CLAUSE", "X told
// reporters that CLAUSE", "X a affirmé que CLAUSE", "X promised to …",
// and the French narrative infinitive "Et d'ajouter que CLAUSE".

// openingSubordinate reports whether the cue at token j stands in a
// subordinate clause that comes before its sentence's main clause: "In a
// debate, while his rivals called for …, Trump …", not "It was a blow,
// as Clinton echoed the criticism, saying …".
func (a *article) openingSubordinate(first, j int) bool {
	if !a.subordinateBefore(first, j) {
		return false
	}
	k := first
	for i := j - 1; i > first; i-- {
		if a.isPunct(i, ",") {
			k = i
			break
		}
	}
	return !a.finiteClause(first, k)
}

// coordinatedClause returns where the clause that holds coordinator c
// opens: after the last comma and coordinator before it ("…, and the
// league denounced the rhetoric and said …"), else first.
func (a *article) coordinatedClause(first, c int) int {
	for t := c - 2; t > first; t-- {
		if a.inQuote[t] {
			continue
		}
		if (a.isPunct(t, ",") || a.isPunct(t, ";")) && a.isWord(t+1) && a.p.Coordinators[a.d.Toks[t+1].Lower] {
			if t+2 < c && a.subordinator(t+2) {
				return t + 3 // "…, and when the mayor thanked the nurses and said …"
			}
			return t + 2
		}
	}
	return first
}

// firstSubject reads the subject of a sentence's first verb: a name
// opening the sentence ("Donald Trump, her opponent, bemoaned …"), else
// the sentence's subject cut after its head.
func (a *article) firstSubject(first int) mention {
	k := a.afterDateline(first)
	if m := a.objectAfter(k, a.clauseEnd(k)); m.ok() && m.first == k && a.hasName(m) {
		// (not a description read on into its verb: "The Arizona senator
		// survived and says …")
		if l := m.last - 1; l-1 > m.first && a.isWord(l) && !a.d.Toks[l].Cap && !a.sourceHead(a.d.Toks[l].Lower) && a.isWord(l-1) &&
			(a.nameWord(l-1) || a.sourceHead(a.d.Toks[l-1].Lower)) {
			m.last = l
		}
		return m
	}
	return a.headed(a.sentenceSubject(first))
}

// headed cuts m after its last name, pronoun or source word ("The
// company runs" → "The company"); without one it is no source.
func (a *article) headed(m mention) mention {
	last := -1
	// within the first run of words: "Donald Trump, her opponent," is
	// headed by Trump, not by her
	for i := m.first; i < m.last && a.isWord(i); i++ {
		if _, pro := a.pronoun(i); pro || a.nameWord(i) || a.sourceHead(a.d.Toks[i].Lower) {
			last = i
		}
	}
	if last < 0 {
		return mention{}
	}
	return mention{m.first, last + 1}
}

// narrativeClause: a narrative infinitive and its clause, with the source
// of the sentence before: « Et d'ajouter que CLAUSE ».
func (a *article) narrativeClause(first, end int) (statement, bool) {
	cue, ok := a.narrativeCue(first, end)
	if !ok {
		return statement{}, false
	}
	comp := -1
	for c := cue.last; c < end && c < cue.last+6 && !a.inQuote[c]; c++ {
		if a.isWord(c) && a.p.Complementizers[a.d.Toks[c].Lower] {
			comp = c
			break
		}
	}
	if comp < 0 {
		return statement{}, false
	}
	f, ok := a.narrativeSource(first)
	if !ok {
		return statement{}, false
	}
	if !f.who.ok() { // a quote's source
		prev := a.found[f.from]
		f = finding{who: prev.who, embedded: prev.embedded}
	}
	f.cue, f.rule = cue, "narrative"
	return statement{first: comp + 1, last: end, f: f}, true
}

// restrictiveQue reports whether the complementizer at token comp, after
// the cue at token j, closes a negation's particle before the cue with no
// negation adverb between: « ne s'est exprimée qu'en de rares occasions »
// is "only", not "that".
func (a *article) restrictiveQue(j, comp int) bool {
	neg := false
	for i := max(j-3, 0); i < j; i++ {
		neg = neg || a.isWord(i) && a.p.Negations[a.d.Toks[i].Lower]
	}
	if !neg {
		return false
	}
	for i := j; i < comp; i++ {
		if a.isWord(i) && a.p.NegationAdverbs[a.d.Toks[i].Lower] {
			return false
		}
	}
	return true
}

// cueKind is what a cue before its statement reports.
type cueKind int

const (
	reportCue    cueKind = iota // a speech or cognition verb: its clause
	intentionCue                // an intention verb: its infinitive
	objectCue                   // an object claim: its object
)

// cueBeforeClause: X said (that) CLAUSE / X told reporters that CLAUSE.
func (a *article) cueBeforeClause(first, end int) (statement, bool) {
	return a.cueBeforeFrom(first, first, end, mention{}, reportCue)
}

// intentionClause: X plans to … / X wants to … — an intention, read only
// where no speech or belief is reported ("Activists who want to close the
// harbour said …" reports what they said) or before the same subject's
// statement (see stanceBefore). As with a stance, quoted words
// in the infinitive's phrase are claims of their own (often another
// source's: "planned to hold a fund-raiser that included “a full exchange
// of views,” an Intel spokeswoman said"), so such a phrase is none.
func (a *article) intentionClause(first, end int) (statement, bool) {
	return a.unquotedClause(first, end, intentionCue)
}

// objectClause: X criticized OBJECT / X urged Y to … — a stance whose
// object is the claim, the last pattern tried: a sentence that reports
// in any other way keeps that statement, and the stance only when it
// comes before the same subject's (see stanceBefore). Quoted words in
// the object are claims of their own already ("criticized the GOP for
// “turning its back”"), so such an object is none.
func (a *article) objectClause(first, end int) (statement, bool) {
	return a.unquotedClause(first, end, objectCue)
}

// unquotedClause is the statement after a cue of the kind given, when no
// quoted words stand in it.
func (a *article) unquotedClause(first, end int, kind cueKind) (statement, bool) {
	st, ok := a.cueBeforeFrom(first, first, end, mention{}, kind)
	if !ok || a.quoteBetween(st.first, st.last) {
		return statement{}, false
	}
	return st, true
}

// stanceTaken reports whether the object claim's verb at token j, n
// words long, states a stance of its subject: not a passive ("was
// criticized", "was also endorsed", "the country described by …"), a
// participle standing as an adjective ("the endorsed candidate") or a
// denial ("did not endorse").
func (a *article) stanceTaken(j, n, first int) bool {
	if a.isWord(j+n) && a.p.PassiveAgents[a.d.Toks[j+n].Lower] {
		return false
	}
	if a.p.ParticipleWord(a.d.Toks[j].Lower) {
		// a participle's clause after a comma (", accusing him of …"),
		// not a gerund ("for endorsing Trump")
		return a.isPunct(j-1, ",")
	}
	for b := j - 1; b >= first && a.isWord(b); b-- {
		w := a.d.Toks[b].Lower
		switch {
		case a.p.StanceNegations[w] || a.p.PassiveAuxiliaries[w]:
			return false
		case a.p.VerbModifiers[w] || a.adverb(b):
			continue // "has also endorsed"
		}
		return !a.p.Determiners[w]
	}
	return true
}

// objectRelative reports whether token r opens a relative clause whose
// own subject follows it: "which" after anything but a preposition,
// "that" only after a noun ("a race that it says …", not "warned that it
// says …").
func (a *article) objectRelative(r int) bool {
	w := a.d.Toks[r].Lower
	if !a.isWord(r) || !a.p.ObjectRelatives[w] {
		return false
	}
	b := a.d.Toks[r-1].Lower
	if a.isWord(r-1) && (a.p.Prepositions[b] || a.p.CuePrepositions[b]) {
		return false // "a conference at which he was speaking"
	}
	if !a.p.Complementizers[w] {
		return true
	}
	if !a.isWord(r-1) || a.p.Stopwords[b] || a.p.Auxiliaries[b] || a.p.Subordinators[b] || a.p.VerbModifiers[b] || a.adverb(r-1) {
		return false
	}
	_, _, speech := a.verbAt(r-1, a.p.SpeechVerbs)
	_, _, cognition := a.verbAt(r-1, a.p.CognitionVerbs)
	return !speech && !cognition
}

// intentionTaken reports whether the intention verb at token j, its
// phrase n words long (an auxiliary may be part of it: "has sought"),
// states its subject's plan: not a passive ("is expected to", "were
// intended to") nor a noun ("her plan to", "the plans to").
func (a *article) intentionTaken(j, n, first int) bool {
	verb := a.d.Toks[j+n-1].Lower
	for b := j + n - 2; b >= first && a.isWord(b); b-- {
		w := a.d.Toks[b].Lower
		switch {
		case a.p.PassiveAuxiliaries[w]:
			return a.p.ParticipleWord(verb) // "is planning to", not "is expected to"
		case a.p.VerbModifiers[w] || a.adverb(b):
			continue // "is also planning to", "has long wanted to"
		case b >= j:
			continue // the phrase's own auxiliary: "has sought"
		}
		return !a.p.Determiners[w] && a.p.PossessiveDeterminers[w] == ""
	}
	return true
}

// cueBeforeFrom is cueBeforeClause with the cue looked for from token
// from on, its subject anywhere from first; with objects, the cues are
// the pack's ObjectClaims and the clause is their object.
func (a *article) cueBeforeFrom(first, from, end int, prevWho mention, kind cueKind) (statement, bool) {
	objects, intention := kind == objectCue, kind == intentionCue
	// prevWho is the subject of the last cue read in a main clause (given
	// for the cue of a quote that opens the sentence)
	for j := from; j < end-3; j++ {
		if a.inQuote[j] {
			continue
		}
		var ph lang.Phrase
		var n int
		var ok, cognition bool
		switch kind {
		case objectCue:
			ph, n, ok = a.verbAt(j, a.p.ObjectClaims)
			if ok && !a.stanceTaken(j, n, first) {
				continue
			}
		case intentionCue:
			ph, n, ok = a.verbAt(j, a.p.IntentionVerbs)
			if ok && !a.intentionTaken(j, n, first) {
				continue
			}
		default:
			if ph, n, ok = a.verbAt(j, a.p.SpeechVerbs); !ok {
				ph, n, ok = a.verbAt(j, a.p.CognitionVerbs)
				cognition = ok
			}
			if !ok {
				ph, n, ok = a.topicVerbAt(j)
			}
		}
		if !ok || a.p.QuestionVerbs[a.d.Toks[j].Lower] {
			continue
		}
		carried := -1 // where a verb that carries on to the cue opens: "went on to say"
		if a.isWord(j-1) && (a.p.InfinitiveMarkers[a.d.Toks[j-1].Lower] || a.p.BareInfinitiveMarkers[a.d.Toks[j-1].Lower]) {
			if carried = a.p.ContinuationVerbs.EndingAt(a.d.Toks, 0, j-1); carried < 0 || kind != reportCue {
				continue // "to say", "is said to be", "helped found"
			}
		}
		if prev := a.d.Toks[max(j-1, 0)].Lower; a.p.ParticipleWord(a.d.Toks[j].Lower) && a.isWord(j-1) &&
			(a.p.Determiners[prev] || a.p.PossessiveDeterminers[prev] != "") {
			continue // "her speaking fees": an adjective
		}
		if a.possessive(j-1) && !a.isPronoun(j-2) {
			continue // "Lopez's show was cancelled": a noun (but "he's predicting")
		}
		if w := a.d.Toks[max(j-1, 0)].Lower; n == 1 && a.isWord(j-1) && a.p.Determiners[w] && !a.d.Toks[j-1].Cap &&
			a.p.PossessiveDeterminers[w] == "" && !a.p.QuantifierSubjects[w] && !a.shareSubject(j, first).ok() && a.pronounPhraseEnding(j-1, first) < 0 {
			continue // "the hope that …", "a report that …": a noun (not "her claim that …", "many said", "one in three said", "the two said")
		}
		if j == first && a.p.IsParticiple(ph) {
			continue // "Speaking on radio last week, Kiedis said …": an opening phrase
		}
		if a.p.NounCues[a.d.Toks[j+n-1].Lower] && a.nextCue(j+n) {
			continue // "a United Nations report said": a noun before the cue
		}
		if a.isWord(j+n) && a.p.AgentMarkers[a.d.Toks[j+n].Lower] && (j > 0 && a.isWord(j-1) && a.p.Auxiliaries[a.d.Toks[j-1].Lower] ||
			a.nameWord(j+n+1) || a.isWord(j+n+1) && a.p.Determiners[a.d.Toks[j+n+1].Lower]) {
			continue // "was confirmed by the Eagle Forum", "a fact first reported by Christopher Heath": a passive (not "say by 55%-41% that")
		}
		if w := a.d.Toks[min(j+n, len(a.d.Toks)-1)].Lower; a.isWord(j+n) && a.p.InfinitiveMarkers[w] && !(a.p.CuePrepositions[w] && a.listenerThen(j+n+1, end)) &&
			!((intention || a.p.CommitmentVerbs[a.d.Toks[j+n-1].Lower]) && a.commitment(j+n, end) > 0) {
			continue // "is said to be", "responded to", but "a déclaré à l'AFP que", "said to reporters that", "vowed to repeal"
		}
		f := finding{cue: mention{j, j + n}, rule: "cue-before"}
		switch kind {
		case objectCue:
			f.rule = "stance"
		case intentionCue:
			f.rule = "intention"
		}
		sj := a.asideBefore(j, first) // the subject stands before an aside
		if carried >= 0 {
			sj = a.asideBefore(carried, first)
		}
		if ph.Pronoun != "" {
			f.embedded = ph.Pronoun
		} else if m := a.participleClauseSubject(ph, j, first, prevWho); m.ok() {
			// ", saying …": the main clause's subject, not an apposition
			// before the comma ("… his rival, Hillary Clinton, saying …")
			f.who = m
		} else if m := a.shareSubject(j, first); m.ok() && a.numberIn(m) {
			f.who = m // "In the poll, 26 percent say …": the share, not the poll
		} else if m := a.subjectBefore(sj, first); m.ok() && !a.quoteBetween(m.last, sj) {
			if m.last-m.first == 1 && a.p.NarratorPronouns[a.d.Toks[m.first].Lower] {
				continue // "I think …": the writer's opinion
			}
			f.who = a.participleSubject(ph, a.joined(m, first), first)
		} else if m := a.sentenceSubject(first); a.isPunct(j-1, ",") && m.ok() {
			f.who = m // ", saying …": the subject opens the sentence
		} else if m := a.firstSubject(a.coordinatedClause(first, a.coordinator(j, first))); a.coordinator(j, first) >= 0 && (m.ok() && m.last < j || prevWho.ok()) {
			// "… and said …": the subject of the first verb, or of the
			// cue before
			if f.who = m; !m.ok() || m.last >= j {
				f.who = prevWho
			}
		} else if m := a.shareSubject(j, first); m.ok() {
			f.who = m // "About 4 in 10 say …", "nearly three in five said …"
		} else if m := a.nounSubject(sj, first); m.ok() {
			f.who = a.participleSubject(ph, m, first) // "many backers privately say that …"
		} else {
			continue
		}
		if a.p.PluralNounCues[a.d.Toks[j+n-1].Lower] && !a.plainSource(f.who) && f.embedded == "" {
			continue // "Rust Belt states that have suffered …": a noun
		}
		if f.who.ok() && !a.openingSubordinate(first, j) {
			// (not of a subordinate clause before the main one: "while his
			// rivals called for …, Trump hewed …, noting …")
			prevWho = f.who
		}
		k := j + n
		if n > 1 && a.p.Complementizers[a.d.Toks[k-1].Lower] {
			k-- // a cue that ends in its complementizer ("added that"): read it as one
		}
		// the clause opens after a complementizer, within a short object
		// ("told reporters that", "a affirmé mardi que")
		comp := -1
		reach := k + 5
		if a.isWord(k) && (a.p.CuePrepositions[a.d.Toks[k].Lower] || a.p.Prepositions[a.d.Toks[k].Lower]) {
			reach = k + 9 // "said at a Saturday rally in Texas that", "acknowledged for the first time Friday that"
		}
		if a.p.AddresseeVerbs[a.d.Toks[j+n-1].Lower] {
			// "told a Senate panel on Wednesday that", "told a crowded hall
			// at a hotel in downtown Baltimore that"
			l := a.listenerEnd(k, end)
			reach = max(reach, l+6)
			if l < end && a.isWord(l) && (a.p.CuePrepositions[a.d.Toks[l].Lower] || a.p.Prepositions[a.d.Toks[l].Lower]) {
				reach = max(reach, l+9)
			}
		}
		if c := a.phraseComplementizer(k, end); a.isPunct(k, ",") && c > 0 {
			k, reach = c, c+1 // a phrase between commas: "estime, dans un entretien au Figaro, que …"
		}
		if a.isPunct(k, ",") && k+1 < end && a.isWord(k+1) && !a.inQuote[k+1] && a.p.BareClauseVerbs[a.d.Toks[j+n-1].Lower] &&
			f.who.ok() && !a.commaIn(a.sentFirst(j), j) && (a.hasName(f.who) || a.isPronounMention(f.who) || a.p.Determiners[a.d.Toks[f.who.first].Lower]) &&
			!a.p.Coordinators[a.d.Toks[k+1].Lower] && !a.p.RelativePronouns[a.d.Toks[k+1].Lower] && !a.p.Complementizers[a.d.Toks[k+1].Lower] &&
			!a.participlePhrase(k+1) && !a.isPunct(k+2, ",") && a.finiteClause(k+1, min(end, k+25)) {
			// a clause after a comma: "says, win or lose in Florida, he is
			// staying in the race" (not a cue set between commas: "…,
			// many think, is only a matter of time")
			k++
		}
		infinitive := -1 // where a promise's infinitive opens
		if (intention || a.p.CommitmentVerbs[a.d.Toks[j+n-1].Lower]) && a.isWord(k) {
			if infinitive = a.commitment(k, end); infinitive > 0 || a.p.Determiners[a.d.Toks[k].Lower] {
				reach = k // "vowed to veto the bill that …": the promise; "threatens the work that …": a relative clause
			}
		}
		if intention && infinitive < 0 {
			continue // "a rally planned for Thursday": an intention reports only its infinitive
		}
		// (a figure may stand in the phrase: "say by 55%-41% that")
		degree := false
		for c := k; !objects && c < end && c < reach && (a.isWord(c) || a.isPunct(c, ".") && !a.final(c) || a.isPunct(c, "%", "$", "€") || a.possessive(c) ||
			a.isPunct(c, "-", "–") && c > 0 && a.d.Toks[c-1].End == a.d.Toks[c].Start && c+1 < end && a.d.Toks[c].End == a.d.Toks[c+1].Start); c++ {
			if a.p.Complementizers[a.d.Toks[c].Lower] {
				comp = c
				break
			}
			degree = degree || a.p.DegreeWords[a.d.Toks[c].Lower]
		}
		if comp >= 0 && (a.restrictiveQue(j, comp) || degree) {
			continue // « ne s'est exprimée qu'en de rares occasions »: only, not that; "feel so beleaguered that": a result
		}
		if comp > k && a.p.BareClauseVerbs[a.d.Toks[j+n-1].Lower] && a.wordsIn(comp+1, a.participleStop(comp+1, end)) < 3 {
			// too short to be the clause: a determiner or a pronoun inside
			// it ("said he had heard that account", "said she liked that")
			comp = -1
		}
		switch {
		case comp >= 0:
			k = comp + 1
			if a.isPunct(k, ",") && k+1 < end && a.isWord(k+1) {
				k++ // "added that, in Wisconsin, Trump's coalition …"
			}
		case !cognition && a.infinitiveClaim(k):
			// "affirme avoir repoussé une attaque": the claim is the infinitive
		case !cognition && infinitive > 0:
			// "vowed Monday to repeal the law", « a promis de supprimer … »:
			// the promise, from its infinitive's marker
			k = infinitive
		case objects:
			// the object: "criticized the deal", "urged voters to …"
			// time words, not the clause's adverbs: an object may be
			// "himself" or "further action"; nor a time that owns it:
			// "criticized Tuesday's speech"
			for k < end && a.isWord(k) && a.p.CueFillers[a.d.Toks[k].Lower] && !a.p.CuePrepositions[a.d.Toks[k].Lower] && !a.possessive(k+1) {
				k++ // "criticized Tuesday the …"
			}
			if w := a.d.Toks[min(k, end-1)].Lower; a.isWord(k) && (a.p.Prepositions[w] || a.p.CuePrepositions[w] || a.p.Coordinators[w]) {
				continue // no object: "accuses of …", "announced on Monday", "endorsed and …"
			}
			if a.p.NamingVerbs[a.d.Toks[j+n-1].Lower] && !a.namingComplement(k, end) {
				continue // "called the police", "called a press conference": no name given
			}
		case a.p.TopicVerbs[a.d.Toks[j].Lower]:
			// "spoke favorably of Mr. Putin": the topic, after its
			// preposition; "spoke at a memorial service", "spoke Hebrew"
			// report nothing
			for k < end && a.isWord(k) && (a.adverb(k) || a.p.VerbModifiers[a.d.Toks[k].Lower] ||
				a.p.CueFillers[a.d.Toks[k].Lower] && !a.p.CuePrepositions[a.d.Toks[k].Lower]) {
				k++
			}
			if k+1 >= end || !a.isWord(k) || !a.p.TopicPrepositions[a.d.Toks[k].Lower] || !a.isWord(k+1) && !a.opensQuote(k+1) {
				continue
			}
			k++
		case a.p.ObjectVerbs[a.d.Toks[j+n-1].Lower] || a.p.ClauseNeedsComplementizer:
			continue
		case a.restrictive(j, first) && (!a.p.BareClauseVerbs[a.d.Toks[j+n-1].Lower] && !a.subjectPronoun(mention{k, k + 1}) ||
			a.isWord(k) && a.p.Prepositions[a.d.Toks[k].Lower]):
			// "voters who say the law is …", but "experts who have
			// found no evidence", "an aide who spoke with reporters",
			// "a governor who argued with her"
			continue
		case a.isWord(k) && a.p.Reflexives[a.d.Toks[k].Lower]:
			continue // "found itself at the center of …": no clause
		case a.isWord(k) && a.p.Auxiliaries[a.d.Toks[k].Lower] && !cognition && !a.p.BareClauseVerbs[a.d.Toks[j+n-1].Lower] &&
			!a.relativeGap(first, f.who):
			// "The account Trump retweeted was set up …", "Questions and
			// answers have been edited": no clause opens with its verb
			// (but a relative's may, after a verb that takes a clause:
			// "policies, which he said could …", "a probe the agency
			// said was ongoing", "what scientists think is necessary")
			continue
		default:
			if a.p.AddresseeVerbs[a.d.Toks[j+n-1].Lower] {
				// the listener first: "told reporters the deficit had
				// halved"; "told The New York Times." reports no clause
				k = a.listenerEnd(k, end)
				if k+1 < end && a.isWord(k) && a.p.Complementizers[a.d.Toks[k].Lower] {
					k++ // past a listener too long to search: "told ABC's “Good Morning America” that"
				}
				// what follows the listener must open a clause: "told Jeb
				// Bush to quiet down", "reminded voters of …", "told them
				// when to …" report none
				if w := a.d.Toks[min(k, end-1)].Lower; k < end && a.isWord(k) && (a.p.Prepositions[w] ||
					a.p.CuePrepositions[w] || a.p.Coordinators[w] || a.p.Subordinators[w]) {
					continue
				}
			}
			// time words and adverbs ("said Tuesday the …"), never a
			// preposition: "testified on terrorism" reports no clause
			// nor a time that owns what follows: "said Thursday's speeches …"
			// nor, after a relative clause's subject, its verb:
			// "policies, which he said could not be corrupted"
			gap := a.relativeGap(first, f.who)
			for k < end && a.isWord(k) && (a.p.CueFillers[a.d.Toks[k].Lower] && !a.p.CuePrepositions[a.d.Toks[k].Lower] ||
				a.p.VerbModifiers[a.d.Toks[k].Lower] && !(gap && (a.p.Auxiliaries[a.d.Toks[k].Lower] || a.p.StanceNegations[a.d.Toks[k].Lower]))) && !a.possessive(k+1) {
				k++
			}
		}
		if carried >= 0 && comp < 0 {
			// a bare clause must find its verb before a comma: "went on to
			// rebut the points", "continued to needle his detractors, even
			// those whose support he needs" hold no clause
			e := min(end, k+12)
			if c := a.commaAfter(k, e); c > 0 {
				e = c
			}
			if !a.finiteClause(k, e) {
				continue
			}
		}
		if k >= end || !a.isWord(k) && !a.opensQuote(k) {
			continue
		}
		if comp < 0 && a.isWord(k) && a.p.Coordinators[a.d.Toks[k].Lower] {
			continue // "regretted her remarks and promised …": a noun, no clause
		}
		if comp < 0 && a.adverb(k) && k+1 < end {
			k++ // "said pleasantly into the phone"
		}
		if comp < 0 && a.isWord(k) && a.p.AsMarkers[a.d.Toks[k].Lower] {
			continue // "responded as if he had been hurt": no clause of its own (but "says if elected …")
		}
		// a cue in a subordinate clause ("While not everything Trump says
		// is true, Jamieson said …", "…, and when the mayor said the
		// hospital would stay open, a man …") reports no further than
		// the clause's comma
		last := end
		relative := a.relativeCue(j, first)
		// (or whose subject a subordinator opens inside a phrase: "In a
		// year when Trump is talking about deporting …, Yepez said …")
		if c := a.commaAfter(j, end); c > 0 && (a.subordinateBefore(first, j) || relative || a.subordinateSubject(first, f.who)) {
			last = c
		}
		if relative && comp < 0 && (a.isWord(j-1) && a.p.PassiveAuxiliaries[a.d.Toks[j-1].Lower] ||
			a.p.CuePrepositions[a.d.Toks[k].Lower] || a.p.Prepositions[a.d.Toks[k].Lower]) {
			// "who was declared the winner", "who spoke on condition of
			// anonymity": no clause
			continue
		}
		aside := f.who.ok() && f.who.first > first && a.isWord(f.who.first-1) && a.p.AsMarkers[a.d.Toks[f.who.first-1].Lower] && !a.quoteBetween(k, last)
		if comp < 0 && k != infinitive && (cognition || aside || a.participleStop(k, last)-k < 8 || a.participleAfterComma(j) && a.cueAfterComma(k, last)) &&
			(a.p.CuePrepositions[a.d.Toks[k].Lower] || a.p.Prepositions[a.d.Toks[k].Lower]) {
			// "spoke in Jackson Hole", "said into the phone", "spoke for an
			// hour, calling …": a place or a time, not a clause; "worried
			// about China's power": an object, not a clause; nor, however
			// long, after an aside's cue with no quoted words: "as Ms.
			// Simonyan put it in a statement to my colleague in July;
			// nor in a participle's phrase set off before the sentence's
			// cue: "McKeague, writing for the majority in the 2-1
			// decision, said …"
			continue
		}
		if k >= last {
			continue
		}
		stop := a.participleStop(k, last)
		if objects && (a.wordsIn(k, stop) < 3 || a.quoteBetween(k, stop)) {
			// "called him divisive and accused him of lying": too short a
			// claim; "called Wall Street bankers “fat cats” and proposed
			// …": the quote's own — the next cue's may do
			continue
		}
		return statement{first: k, last: stop, f: f}, true
	}
	return statement{}, false
}

// numberIn reports whether mention m holds a number.
func (a *article) numberIn(m mention) bool {
	for i := m.first; i < m.last; i++ {
		if a.isNumber(i) {
			return true
		}
	}
	return false
}

// cueAfterComma reports whether a reporting verb follows a comma between
// tokens k and end: the cue of the clause a phrase before it is set off
// from.
func (a *article) cueAfterComma(k, end int) bool {
	for c := k; c+1 < end; c++ {
		if a.isPunct(c, ",") && !a.inQuote[c] && a.nextCue(c+1) {
			return true
		}
	}
	return false
}

// subordinateSubject reports whether a subordinator inside the sentence
// opens the clause of subject m: "In a year when Trump is talking …".
func (a *article) subordinateSubject(first int, m mention) bool {
	return m.ok() && m.first-1 > first && a.subordinator(m.first-1)
}

// relativeGap reports whether a relative pronoun before subject m opens
// a clause whose verb follows the cue: "policies, which he said could …".
func (a *article) relativeGap(first int, m mention) bool {
	return m.ok() && m.first-1 > first && a.objectRelative(m.first-1)
}

// listenerThen reports whether a listener opens at token k — a name or
// a determiner — with a complementizer after it within ten words: "(a
// déclaré à) l'AFP que", "(said to) reporters that".
func (a *article) listenerThen(k, end int) bool {
	if k >= end || !a.isWord(k) || !a.d.Toks[k].Cap && !a.p.Determiners[a.d.Toks[k].Lower] {
		return false
	}
	for c := k + 1; c < end && c < k+10 && (a.isWord(c) || a.possessive(c) || a.isPunct(c, "'", "’")); c++ {
		if a.p.Complementizers[a.d.Toks[c].Lower] {
			// not a relative pronoun before its verb: "spoke to a party
			// that had just adopted …"
			return c+1 < end && !(a.isWord(c+1) && a.p.Auxiliaries[a.d.Toks[c+1].Lower])
		}
	}
	return false
}

// asideBefore returns where an aside set off by spaced dashes, or by
// commas after a word for examples, opens when it ends just before token
// j ("Murphy — after a knock-on-wood gesture — told me …", "the hawks,
// like Rubio and Bush, say …"), else j.
func (a *article) asideBefore(j, first int) int {
	d := j - 1
	if d > first && a.isPunct(d, ",") {
		// or between commas, opened by a word for examples: "the biggest
		// hawks, like Rubio and Bush, say …"
		for o := d - 2; o > first && o > d-12; o-- {
			if a.isPunct(o, ",") && !a.inQuote[o] {
				if _, _, ok := a.p.AsideOpeners.Match(a.d.Toks, o+1); ok {
					return o
				}
				return j
			}
		}
		return j
	}
	if d <= first || !a.spacedDash(d) {
		return j
	}
	d = a.dashStart(d)
	for o := d - 1; o > first && o > d-30; o-- {
		if a.spacedDash(o) && !a.inQuote[o] {
			return a.dashStart(o)
		}
	}
	return j
}

// dashStart returns the first of the two hyphens written together that
// token i ends, else i.
func (a *article) dashStart(i int) int {
	if i > 0 && a.isPunct(i, "-") && a.isPunct(i-1, "-") && a.d.Toks[i-1].End == a.d.Toks[i].Start {
		return i - 1
	}
	return i
}

// spacedDash reports whether token i is a dash with space on both sides:
// one that sets off an aside, not the hyphen of "co-host". Two hyphens
// written together stand for a dash ("the justice -- who has …"): token i
// may be either.
func (a *article) spacedDash(i int) bool {
	if !a.isDash(i) {
		return false
	}
	s, e := i, i
	if a.isPunct(i, "-") {
		if i > 0 && a.isPunct(i-1, "-") && a.d.Toks[i-1].End == a.d.Toks[i].Start {
			s = i - 1
		} else if i+1 < len(a.d.Toks) && a.isPunct(i+1, "-") && a.d.Toks[i].End == a.d.Toks[i+1].Start {
			e = i + 1
		}
	}
	return s > 0 && e+1 < len(a.d.Toks) &&
		a.d.Toks[s].Start > a.d.Toks[s-1].End && a.d.Toks[e+1].Start > a.d.Toks[e].End
}

// restrictive reports whether the subject of the cue at token j is the
// pronoun of a restrictive relative clause — "voters who say …", no
// comma before "who" — whose verb takes a clause only after a
// complementizer or with a subject pronoun opening it.
func (a *article) restrictive(j, first int) bool {
	for i := j - 1; i >= first && i >= j-3 && a.isWord(i); i-- {
		if a.p.RelativePronouns[a.d.Toks[i].Lower] {
			return i > first && !a.isPunct(i-1, ",")
		}
	}
	return false
}

// participleClauseSubject returns the subject of a participle cue at
// token j after a comma: the subject of the cue read before it in the
// sentence, else the sentence's subject; no mention for other cues.
func (a *article) participleClauseSubject(ph lang.Phrase, j, first int, prevWho mention) mention {
	if !a.p.IsParticiple(ph) || !a.isPunct(j-1, ",") {
		return mention{}
	}
	if prevWho.ok() {
		return prevWho
	}
	return a.sentenceSubject(first)
}

// commitment returns where the infinitive a verb of promise governs opens
// at token k or after time words ("Monday to repeal", « de supprimer »):
// its marker, followed by a word in lower case that is no article; or -1.
func (a *article) commitment(k, end int) int {
	for k < end && a.isWord(k) && a.p.CueFillers[a.d.Toks[k].Lower] && !a.p.InfinitiveMarkers[a.d.Toks[k].Lower] {
		k++
	}
	if k+1 < end && a.isWord(k) && a.p.InfinitiveNegations[a.d.Toks[k].Lower] && a.p.InfinitiveMarkers[a.d.Toks[k+1].Lower] {
		if a.commitment(k+1, end) > 0 {
			return k // "vowed not to raise taxes"
		}
		return -1
	}
	if k+1 >= end || !a.isWord(k) || !a.p.InfinitiveMarkers[a.d.Toks[k].Lower] || !a.isWord(k+1) {
		return -1
	}
	if w := a.d.Toks[k+1]; w.Cap || a.p.Determiners[w.Lower] || a.p.Stopwords[w.Lower] && !a.p.Negations[w.Lower] {
		return -1 // "promised to the voters", "pledged to Trump"
	}
	return k
}

// infinitiveClaim reports whether a perfect infinitive opens at token k,
// a negation's particle aside: "avoir repoussé", "n'avoir rien su".
func (a *article) infinitiveClaim(k int) bool {
	if a.isWord(k) && a.p.Negations[a.d.Toks[k].Lower] {
		k++
		if a.isWord(k) && a.p.NegationAdverbs[a.d.Toks[k].Lower] {
			k++ // "ne plus", "ne pas"
		}
	}
	if !a.isWord(k) {
		return false
	}
	w := a.d.Toks[k].Lower
	if a.p.ClauseInfinitives[w] {
		return true
	}
	if a.d.Toks[k].Cap || len(w) < 5 || a.p.Stopwords[w] || a.p.Prepositions[w] || a.p.CuePrepositions[w] || a.p.CueFillers[w] {
		return false
	}
	for _, end := range a.p.InfinitiveEndings {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// participleStop returns where a reported clause from token k ends before a
// participle phrase of the main clause (", dénonçant une « hypocrisie »",
// ", adding that …") or a cue coordinated with its own ("and added"), or
// end.
func (a *article) participleStop(k, end int) int {
	for t := k + 1; t+1 < end; t++ {
		if a.isWord(t) && a.p.Coordinators[a.d.Toks[t].Lower] && a.sameSubjectCue(t, end) > 0 {
			// a second verb of the main clause's subject: "said he
			// welcomed extradition and added, “…”"
			if a.isPunct(t-1, ",") {
				return t - 1
			}
			return t
		}
		if a.isPunct(t, ",") && a.inQuote[t] && t+2 < end && !a.isWord(t+1) && a.isWord(t+2) && !a.inQuote[t+2] {
			// a comma inside the closing quote mark: "on Fox News
			// Channel's “Hannity,” saying …"
			if ph, _, ok := a.verbAt(t+2, a.p.SpeechVerbs); ok && a.p.IsParticiple(ph) {
				return t + 2
			}
		}
		if !a.isPunct(t, ",") || a.inQuote[t] {
			continue
		}
		if a.sameSubjectCue(t, end) > 0 || a.coordinatedCue(t+1, end) || a.mainCueAt(t+1, end) {
			return t // ", adding that …", ", but they warned that …", ", Mr. Barrett said, “…”"
		}
	}
	return end
}

// mainCueAt reports whether a source of its own — a subject as
// subjectBefore reads it, no pronoun — and a reporting verb open at token
// k and introduce what follows them, a quote or a clause after a comma:
// "(when the company signaled that it would sell,) Mr. Barrett said, “we
// were floored.”" — a new statement, not the end of the one before.
func (a *article) mainCueAt(k, end int) bool {
	for j := k + 1; j < end && j <= k+6 && !a.inQuote[j] && !a.isPunct(j, ","); j++ {
		ph, n, ok := a.verbAt(j, a.p.SpeechVerbs)
		if !ok {
			continue
		}
		if a.p.IsParticiple(ph) || ph.Pronoun != "" {
			return false
		}
		if m := a.subjectBefore(j, k); !m.ok() || m.first != k || a.isPronounMention(m) {
			return false
		}
		after := j + n
		return after < end && (a.isPunct(after, ",", ":") && !a.inQuote[after] || a.opensQuote(after))
	}
	return false
}

// nounSubject reads a plain noun phrase right before a cue, whatever its
// head: "many backers privately say", "proponents of the law say". A noun
// followed by a reporting verb and a clause is a source even when the pack
// does not list it.
func (a *article) nounSubject(v, first int) mention {
	if a.p.NounCues[a.d.Toks[v].Lower] {
		return mention{} // "swing states", "his recent remarks"
	}
	i := v - 1
	for i >= first && a.isWord(i) && (a.p.VerbModifiers[a.d.Toks[i].Lower] || a.adverb(i)) {
		i-- // "many backers privately say", "Democrats quietly say"
	}
	if i < first || !a.isWord(i) || a.p.Stopwords[a.d.Toks[i].Lower] || a.p.NarratorPronouns[a.d.Toks[i].Lower] {
		return mention{}
	}
	if _, pro := a.pronoun(i); pro || strings.ContainsAny(a.d.Toks[i].Lower, "0123456789") {
		return mention{}
	}
	if a.p.ParticipleWord(a.d.Toks[i].Lower) && (i == first || a.isWord(i-1) && (a.p.Subordinators[a.d.Toks[i-1].Lower] ||
		a.p.Prepositions[a.d.Toks[i-1].Lower] || a.p.ParticipleMarkers[a.d.Toks[i-1].Lower])) {
		return mention{} // "while taking slams at …" (but "Exit polling showed", "Another ranking says")
	}
	j := i
	for k := i - 1; k >= first && k > i-6 && a.isWord(k); k-- {
		lw := a.d.Toks[k].Lower
		if a.p.Stopwords[lw] && !a.p.NameParticles[lw] && !a.p.Determiners[lw] {
			break
		}
		j = k
		if a.p.Determiners[lw] {
			break
		}
	}
	m := mention{j, i + 1}
	if h := a.qualifiedHead(m, first); h.ok() {
		return h // "Critics of the new tax law say": the critics, not the law
	}
	return m
}

// namingComplement reports whether an object and the name a naming verb
// gives it open at token k: "him divisive", "Trump a liar", "the deal a
// disaster" — not "the police", "a press conference", "him on Tuesday",
// "her back".
func (a *article) namingComplement(k, end int) bool {
	o := -1 // where the complement opens
	switch {
	case !a.isWord(k):
		return false
	case a.isPronoun(k) || a.p.Reflexives[a.d.Toks[k].Lower]:
		o = k + 1
	case a.nameWord(k):
		o = a.nameFwd(k, end).last
	case a.p.Determiners[a.d.Toks[k].Lower] && !a.p.Indefinites[a.d.Toks[k].Lower] || a.p.PossessiveDeterminers[a.d.Toks[k].Lower] != "":
		// a described object: the complement opens with its own article
		// ("the deal a disaster")
		for i := k + 1; i < end && i < k+6; i++ {
			if a.isWord(i) && a.p.Indefinites[a.d.Toks[i].Lower] {
				return i > k+1
			}
			if !a.isWord(i) || a.p.Stopwords[a.d.Toks[i].Lower] && !a.p.Determiners[a.d.Toks[i].Lower] {
				return false
			}
		}
		return false
	}
	// (a name given in quotation marks is the quote's: "called the system
	// “rigged”" is a partial quote, and a cue after it may report more)
	if o < 0 || o >= end || !a.isWord(o) || a.possessive(o) {
		return false
	}
	w := a.d.Toks[o].Lower
	if a.p.Determiners[w] || a.p.PossessiveDeterminers[w] != "" {
		return true // "him a liar", "Trump the worst candidate"
	}
	// an adjective alone: "called him divisive" (not "called him on
	// Tuesday", "called Sanders shortly after …", "called her back",
	// "called him to say")
	return !a.d.Toks[o].Cap && !a.p.Stopwords[w] && !a.p.Prepositions[w] && !a.p.CuePrepositions[w] && !a.p.CueFillers[w] &&
		!a.p.InfinitiveMarkers[w] && !a.p.VerbParticles[w] && !a.p.Coordinators[w] && !a.adverb(o) && !a.isNumber(o)
}

// wordsIn counts the words among tokens i to j.
func (a *article) wordsIn(i, j int) int {
	n := 0
	for k := i; k < j; k++ {
		if a.isWord(k) {
			n++
		}
	}
	return n
}

// plainSource reports whether m can only be a source: a pronoun, a
// document or an organization, or a person the article names with a
// first name.
func (a *article) plainSource(m mention) bool {
	if !m.ok() {
		return false
	}
	if a.isPronounMention(m) {
		return true
	}
	switch a.typeOf(m, a.orgIn(m.first, m.last)) {
	case models.Document, models.Organization:
		return true
	}
	if !a.hasName(m) {
		return false
	}
	if a.firstNamed(m) {
		return true
	}
	// a surname alone: the fullest form the article gives it ("Gary Byrne" … "Byrne")
	full := a.fullest([]string{a.d.Text[a.d.Toks[m.last-1].Start:a.d.Toks[m.last-1].End]}, 0, m.first)
	return full.m.ok() && a.firstNamed(full.m)
}
