package checkworthy

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"github.com/whosaid/whosaid/extractors/lang"
)

//go:embed model.bin
var embedded []byte

// Model holds the learned weights. It is read-only and safe for
// concurrent use.
//
// A statement is scored in two stages, each a logistic regression: how
// likely it states a fact at all (Factual), and how likely a factual
// statement is worth checking (Worthy). The score is their product.
type Model struct {
	// Lang is the language the word weights were learned for.
	Lang    string
	Factual Stage
	Worthy  Stage
	// Words are the words with vectors, in row order; vocab maps them to
	// their rows. Empty when the model was trained without vectors.
	Words []string
	vocab Vocab
}

// Stage is one logistic regression: hashed word weights with the shared
// features for the model's language, and the shared features alone for
// the others.
type Stage struct {
	Words []float32 // Dim hashed word weights
	Full  Linear    // shared weights used with the word weights
	// Layer is the word-vector part used with the word weights; nil
	// without vectors.
	Layer *Layer
	// Portable scores languages without word weights.
	Portable Linear
}

// Linear is a bias and one weight per shared feature.
type Linear struct {
	Bias   float32
	Shared [nShared]float32
}

// Load reads the embedded model.
func Load() (*Model, error) {
	if len(embedded) == 0 {
		return nil, fmt.Errorf("no embedded check-worthiness model (run make train)")
	}
	return Read(bytes.NewReader(embedded))
}

// Score returns how check-worthy text is, in [0, 1].
func (m *Model) Score(text string, p *lang.Pack) float64 {
	return m.ScoreFeatures(Extract(text, p), p.Code)
}

// ScoreFeatures scores extracted features of a text in language code.
func (m *Model) ScoreFeatures(f Features, code string) float64 {
	words := code == m.Lang
	var rows []int32
	if words && len(m.vocab) > 0 {
		var buf [64]int32
		rows = m.vocab.Rows(f.Toks, buf[:0])
	}
	return m.Factual.prob(f, words, rows) * m.Worthy.prob(f, words, rows)
}

// prob is the stage's probability for features f, with its word weights
// and its layer over the vocabulary rows of f's terms when words is set.
func (st *Stage) prob(f Features, words bool, rows []int32) float64 {
	lin := st.Portable
	z := float64(lin.Bias)
	if words && len(st.Words) == Dim {
		lin = st.Full
		z = float64(lin.Bias) + st.Layer.logit(rows)
		for _, b := range f.Words {
			z += float64(st.Words[b])
		}
	}
	for i, v := range f.Shared {
		z += float64(lin.Shared[i] * v)
	}
	return 1 / (1 + math.Exp(-z))
}

const magic = "WSCW3"

// Write serializes the model.
func (m *Model) Write(w io.Writer) error {
	if _, err := io.WriteString(w, magic); err != nil {
		return err
	}
	code := make([]byte, 3)
	copy(code, m.Lang)
	if err := binary.Write(w, binary.LittleEndian, code); err != nil {
		return err
	}
	for _, st := range []*Stage{&m.Factual, &m.Worthy} {
		for _, v := range []any{st.Full, st.Portable, uint32(len(st.Words)), st.Words} {
			if err := binary.Write(w, binary.LittleEndian, v); err != nil {
				return err
			}
		}
	}
	return m.writeVectors(w)
}

// writeVectors writes the vocabulary and each stage's layer: the word
// count and K (both zero without vectors), each word (its length, then
// its bytes), then per stage the table and the pool weights.
func (m *Model) writeVectors(w io.Writer) error {
	var n, k uint32
	if l := m.Factual.Layer; l != nil && m.Worthy.Layer != nil && len(m.Words) > 0 {
		n, k = uint32(len(m.Words)), uint32(l.K)
	}
	if err := binary.Write(w, binary.LittleEndian, []uint32{n, k}); err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	for _, word := range m.Words {
		if err := binary.Write(w, binary.LittleEndian, uint8(len(word))); err != nil {
			return err
		}
		if _, err := io.WriteString(w, word); err != nil {
			return err
		}
	}
	for _, st := range []*Stage{&m.Factual, &m.Worthy} {
		for _, v := range []any{st.Layer.Table, st.Layer.Mean, st.Layer.Max} {
			if err := binary.Write(w, binary.LittleEndian, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// readVectors reads what writeVectors wrote.
func (m *Model) readVectors(r io.Reader) error {
	head := make([]uint32, 2)
	if err := binary.Read(r, binary.LittleEndian, head); err != nil {
		return err
	}
	n, k := int(head[0]), int(head[1])
	if n == 0 {
		return nil
	}
	if k == 0 || k > maxK {
		return fmt.Errorf("layer width %d, want 1 to %d", k, maxK)
	}
	m.Words = make([]string, n)
	m.vocab = make(Vocab, n)
	buf := make([]byte, 256)
	for i := range m.Words {
		var l uint8
		if err := binary.Read(r, binary.LittleEndian, &l); err != nil {
			return err
		}
		if _, err := io.ReadFull(r, buf[:l]); err != nil {
			return err
		}
		m.Words[i] = string(buf[:l])
		m.vocab[m.Words[i]] = int32(i)
	}
	for _, st := range []*Stage{&m.Factual, &m.Worthy} {
		l := &Layer{K: k, Table: make([]int8, n*k), Mean: make([]float32, k), Max: make([]float32, k)}
		for _, v := range []any{l.Table, l.Mean, l.Max} {
			if err := binary.Read(r, binary.LittleEndian, v); err != nil {
				return err
			}
		}
		st.Layer = l
	}
	return nil
}

// Read deserializes a model written by Write.
func Read(r io.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("check-worthiness model: bad header (run make train)")
	}
	m := &Model{}
	code := make([]byte, 3)
	if err := binary.Read(r, binary.LittleEndian, code); err != nil {
		return nil, fmt.Errorf("check-worthiness model: %w", err)
	}
	m.Lang = string(bytes.TrimRight(code, "\x00"))
	for _, st := range []*Stage{&m.Factual, &m.Worthy} {
		var n uint32
		for _, v := range []any{&st.Full, &st.Portable, &n} {
			if err := binary.Read(r, binary.LittleEndian, v); err != nil {
				return nil, fmt.Errorf("check-worthiness model: %w", err)
			}
		}
		if n != 0 && n != Dim {
			return nil, fmt.Errorf("check-worthiness model: %d word weights, want %d", n, Dim)
		}
		st.Words = make([]float32, n)
		if err := binary.Read(r, binary.LittleEndian, st.Words); err != nil {
			return nil, fmt.Errorf("check-worthiness model: %w", err)
		}
	}
	if err := m.readVectors(r); err != nil {
		return nil, fmt.Errorf("check-worthiness model: word vectors: %w", err)
	}
	return m, nil
}
