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
// Reported speech is found around the same cues, one statement per
// clause, and its sources resolved the same way.
//
// What stands in the source position is then resolved within the article:
// pronouns to the nearest compatible speaker or name before them,
// descriptions ("the minister") to the name they were given as a title, and
// every name to the fullest form the article uses, titles stripped.
//
// A map of the files, to read top-down:
//
//	attribute.go        Attribute: the sieve over an article's quotes, then reported speech
//	rules.go            the sieve's order and what every rule shares
//	rule_*.go           the rules, one file per kind (adjacent, according, layout, …)
//	reported.go         reported speech: the statements of a sentence
//	reported_*.go       its constructions, one file each (before, after, according, …)
//	transcript.go       transcripts and question-and-answer interviews
//	cue.go              a speech verb and the subject or agent around it
//	np_subject.go       the noun phrase before a cue, read backwards
//	np_object.go        the noun phrase after a cue, read forwards
//	names.go, words.go  names and word classes
//	entities.go         the article's named people and organizations
//	resolve.go          what stands in the source position to one speaker
//	resolve_pronoun.go  a pronoun to its antecedent
//	resolve_description.go  a description ("the president") to the name it titles
//	kind.go             direct, partial or indirect, and what is no claim
package attribution
