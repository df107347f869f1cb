// Package attribution decides who said each quoted passage.
//
// It is a sieve: an ordered list of independent rules, from the most certain
// evidence to the least, each a small function that either finds a source
// for a quote or passes. The first rule that finds one decides, and its name
// goes into the claim as resolved_by, with a confidence that reflects how
// often that rule is right.
//
//	transcript         TAPPER: … (a speaker's label opening the turn)
//	adjacent-after     “…,” X said / said X / a déclaré X / a-t-il dit
//	adjacent-before    X said: “…” / X a affirmé : «…»
//	incise             «…, raconte-t-elle. …» (a cue inside the quote marks)
//	according-to       according to X / selon X / d'après X / pour X,
//	dash               “…” — X
//	colon              X continued:\n\n“…”
//	sentence-cue       X says the plan will “work” (a cue elsewhere in the sentence)
//	next-sentence      “…” The senator added that …
//	continuation       a quote with no cue of its own keeps the previous speaker
//	subject            Trump waved to the “silent majority” (a named subject)
//	previous-sentence  a cue in the sentence before
//	previous-subject   a quote paragraph after a sentence whose subject is a person
//
// Reported speech (reported.go) is found around the same cues, one
// statement per clause, and its sources resolved the same way.
//
// What stands in the source position is then resolved within the article:
// pronouns to the nearest compatible speaker or name before them,
// descriptions ("the minister") to the name they were given as a title, and
// every name to the fullest form the article uses, titles stripped.
package attribution
