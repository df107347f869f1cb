package lang

import (
	"fmt"
	"strings"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// modelAbbreviations returns the abbreviations a trained sentence model has
// learned. "punkt-english" is the Punkt English model that prose's sentence
// segmenter loads (its data ships with gopkg.in/neurosnap/sentences.v1).
// It is read once, when the pack is built.
func modelAbbreviations(name string) ([]string, error) {
	if name != "punkt-english" {
		return nil, fmt.Errorf("unknown sentence model %q (known: punkt-english)", name)
	}
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	st, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(st.AbbrevTypes))
	for a := range st.AbbrevTypes {
		if a = strings.Trim(a, ". "); len(a) > 1 {
			out = append(out, a)
		}
	}
	return out, nil
}
