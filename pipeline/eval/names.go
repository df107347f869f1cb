package eval

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extractors/token"
)

// The protocol's word lists: titles and articles ignored when comparing
// names, and pronouns, which are never names. They belong to the protocol,
// not to a language pack, so that the scorer stays independent of the
// extractor it scores.
var (
	ignoredWords = words(`mr mrs ms miss mx dr prof sir dame president the a an le la les l un une des de du of
		m mme mlle pr me senator sen rep gov governor secretary minister prime foreign former chancellor
		chairman chief judge general gen mayor sheriff spokesman spokeswoman spokesperson ambassador
		président présidente ministre premier ancien ancienne maire député porte parole`)
	pronouns = words(`i me my he him his she her it its we us our they them their you your who one someone
		il elle ils elles on je nous vous lui eux leur ce cela ça celui celle`)
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nameTokens returns the lower-cased, accent-free tokens of a name, less
// titles and articles.
func nameTokens(name string) []string {
	var out []string
	for _, t := range strings.FieldsFunc(token.Unaccent(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !ignoredWords[t] && t != "s" {
			out = append(out, t)
		}
	}
	return out
}

// onlyPronouns reports whether every token of name is a pronoun (or there
// are none).
func onlyPronouns(name string) bool {
	for _, t := range strings.FieldsFunc(token.Unaccent(name), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !pronouns[t] {
			return false
		}
	}
	return true
}

// sameSpeaker: the predicted name shares a name token with one of the gold
// names; a predicted name that is only a pronoun is never right.
func sameSpeaker(pred string, gold []string) bool {
	if onlyPronouns(pred) {
		return false
	}
	pt := nameTokens(pred)
	for _, g := range gold {
		for _, a := range nameTokens(g) {
			for _, b := range pt {
				if a == b {
					return true
				}
			}
		}
	}
	return false
}

// goldNamed reports whether a gold quote names its source: some accepted
// name is not only pronouns.
func goldNamed(speakers []string) bool {
	for _, s := range speakers {
		if strings.TrimSpace(s) != "" && !onlyPronouns(s) {
			return true
		}
	}
	return false
}
