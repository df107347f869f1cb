package checkworthy

import (
	"math"
	"slices"
	"unicode"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/extractors/token"
)

// Dim is the number of hashed word-feature buckets.
const Dim = 1 << 18

// shared feature indices.
const (
	fNumber = iota
	fPercent
	fMoney
	fYear
	fComparative
	fQuantity
	fOpinion
	fEntities
	fLength
	fQuestion
	fFirstPerson
	nShared
)

// Features are the features of one sentence.
type Features struct {
	Words  []uint32 // hashed buckets of unigrams and bigrams
	Shared [nShared]float32
	// Toks are the sentence's tokens, whose lower-cased forms are looked
	// up in the model's word vectors (shared with the caller, not copied).
	Toks []token.Token
}

// Extract computes the features of text with a language's pack.
func Extract(text string, p *lang.Pack) Features {
	return ExtractTokens(p.Tokenize(text), p)
}

// ExtractTokens computes the features of a text already tokenized (the
// pipeline passes the tokens of the article that hold the claim).
func ExtractTokens(toks []token.Token, p *lang.Pack) Features {
	var f Features
	f.Words = make([]uint32, 0, 2*len(toks))
	f.Toks = toks
	cw := p.Checkworthy
	percent, money, comparatives, quantities, opinion := cw["percent"], cw["money"], cw["comparatives"], cw["quantities"], cw["opinion"]
	words, entities := 0, 0
	prev := ""
	for i, t := range toks {
		w := t.Lower
		if t.Kind == token.Word {
			words++
			if hasDigit(w) {
				w = shape(w) // 1980 → <year>, 45 → <num>: numbers generalise
			}
			f.Words = append(f.Words, bucket("u:", w, ""))
			if prev != "" {
				f.Words = append(f.Words, bucket("b:", prev, w))
			}
			prev = w
			if hasDigit(t.Lower) {
				f.Shared[fNumber] = 1
				if isYear(t.Lower) {
					f.Shared[fYear] = 1
				}
			}
			if t.Cap && i > 0 && !p.Stopwords[w] {
				entities++
			}
			if p.NarratorPronouns[w] {
				f.Shared[fFirstPerson] = 1
			}
		} else {
			prev = ""
			if w == "?" {
				f.Shared[fQuestion] = 1
			}
		}
		switch {
		case percent[w]:
			f.Shared[fPercent] = 1
		case money[w]:
			f.Shared[fMoney] = 1
		}
		if comparatives[w] {
			f.Shared[fComparative]++
		}
		if quantities[w] {
			f.Shared[fQuantity]++
		}
		if opinion[w] {
			f.Shared[fOpinion]++
		}
	}
	f.Words = dedupe(f.Words)
	f.Shared[fComparative] = squash(f.Shared[fComparative])
	f.Shared[fQuantity] = squash(f.Shared[fQuantity])
	f.Shared[fOpinion] = squash(f.Shared[fOpinion])
	f.Shared[fEntities] = squash(float32(entities))
	f.Shared[fLength] = float32(math.Log1p(float64(words))) / 4
	return f
}

// squash maps a count into [0, 1).
func squash(n float32) float32 { return n / (n + 1) }

// bucket hashes kind, a and b (joined by a space when b is set) with
// 32-bit FNV-1a, without allocating.
func bucket(kind, a, b string) uint32 {
	const offset, prime = 2166136261, 16777619
	h := uint32(offset)
	for i := 0; i < len(kind); i++ {
		h = (h ^ uint32(kind[i])) * prime
	}
	for i := 0; i < len(a); i++ {
		h = (h ^ uint32(a[i])) * prime
	}
	if b != "" {
		h = (h ^ ' ') * prime
		for i := 0; i < len(b); i++ {
			h = (h ^ uint32(b[i])) * prime
		}
	}
	return h % Dim
}

func hasDigit(w string) bool {
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	return (w[:2] == "19" || w[:2] == "20") && hasDigit(w[2:])
}

// shape names the kind of a number token.
func shape(w string) string {
	if isYear(w) {
		return "<year>"
	}
	return "<num>"
}

// dedupe keeps each bucket once: features are presence, not counts.
func dedupe(b []uint32) []uint32 {
	slices.Sort(b)
	return slices.Compact(b)
}
