package checkworthy

import (
	"strings"

	"github.com/whosaid/whosaid/extractors/token"
)

// maxK bounds a Layer's width, so that pooling needs no allocation.
const maxK = 64

// Layer is a stage's word-vector part. At each word of a sentence it has
// K values, tanh(W·e + b), from the word's pre-trained embedding e and
// weights learned with the stage; the values are pooled over the sentence
// by their mean and their maximum, and the two pools are weighted into
// the stage's score.
//
// The binary keeps no embedding: Table holds each vocabulary word's K
// values, computed once when the model is trained and stored at 8 bits.
// Words seen in no training sentence still carry what their embedding
// says, which the hashed word weights cannot.
type Layer struct {
	K     int
	Table []int8    // one row of K values per vocabulary word, times 127
	Mean  []float32 // K weights of the mean pool
	Max   []float32 // K weights of the max pool
}

// logit is the layer's part of a stage's score for the vocabulary rows
// of a sentence's words.
func (l *Layer) logit(rows []int32) float64 {
	if l == nil || len(rows) == 0 {
		return 0
	}
	var sum [maxK]int32
	var max [maxK]int8
	for j := range max[:l.K] {
		max[j] = -128
	}
	k := l.K
	for _, r := range rows {
		if k == maxK/2 {
			// the usual width, as arrays: no bounds checks, unrolled
			row := (*[maxK / 2]int8)(l.Table[int(r)*k:])
			s, m := (*[maxK / 2]int32)(sum[:]), (*[maxK / 2]int8)(max[:])
			for j := range row {
				s[j] += int32(row[j])
				m[j] = maxInt8(m[j], row[j])
			}
			continue
		}
		row := l.Table[int(r)*k : int(r)*k+k]
		s, m := sum[:len(row)], max[:len(row)] // no bounds checks below
		for j, v := range row {
			s[j] += int32(v)
			m[j] = maxInt8(m[j], v)
		}
	}
	n := float32(len(rows))
	z := float32(0)
	for j := 0; j < l.K; j++ {
		z += l.Mean[j]*float32(sum[j])/n + l.Max[j]*float32(max[j])
	}
	return float64(z / 127)
}

// Vocab maps the words that have vectors to their rows.
type Vocab map[string]int32

// Rows appends to dst the rows of the tokens' lower-cased forms. A word
// missing from the vocabulary that holds an apostrophe (a contraction, a
// possessive) is looked up by its parts.
func (v Vocab) Rows(toks []token.Token, dst []int32) []int32 {
	for _, tok := range toks {
		t := tok.Lower
		if r, ok := v[t]; ok {
			dst = append(dst, r)
			continue
		}
		i := strings.IndexAny(t, "'’")
		if i < 0 {
			continue
		}
		if r, ok := v[t[:i]]; ok {
			dst = append(dst, r)
		}
		rest := strings.TrimLeft(t[i:], "'’")
		if r, ok := v[rest]; ok && rest != "" {
			dst = append(dst, r)
		}
	}
	return dst
}

func maxInt8(a, b int8) int8 {
	if b > a {
		return b
	}
	return a
}
