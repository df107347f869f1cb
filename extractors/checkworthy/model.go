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
type Model struct {
	// Lang is the language the word weights were learned for.
	Lang  string
	Words []float32 // Dim hashed word weights
	Full  Linear    // shared weights used with the word weights
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
	lin := m.Portable
	z := float64(lin.Bias)
	if code == m.Lang && len(m.Words) == Dim {
		lin = m.Full
		z = float64(lin.Bias)
		for _, b := range f.Words {
			z += float64(m.Words[b])
		}
	}
	for i, v := range f.Shared {
		z += float64(lin.Shared[i] * v)
	}
	return 1 / (1 + math.Exp(-z))
}

const magic = "WSCW1"

// Write serializes the model.
func (m *Model) Write(w io.Writer) error {
	if _, err := io.WriteString(w, magic); err != nil {
		return err
	}
	code := make([]byte, 3)
	copy(code, m.Lang)
	for _, v := range []any{code, m.Full, m.Portable, uint32(len(m.Words)), m.Words} {
		if err := binary.Write(w, binary.LittleEndian, v); err != nil {
			return err
		}
	}
	return nil
}

// Read deserializes a model written by Write.
func Read(r io.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("check-worthiness model: bad header")
	}
	m := &Model{}
	code := make([]byte, 3)
	var n uint32
	for _, v := range []any{code, &m.Full, &m.Portable, &n} {
		if err := binary.Read(r, binary.LittleEndian, v); err != nil {
			return nil, fmt.Errorf("check-worthiness model: %w", err)
		}
	}
	m.Lang = string(bytes.TrimRight(code, "\x00"))
	if n != 0 && n != Dim {
		return nil, fmt.Errorf("check-worthiness model: %d word weights, want %d", n, Dim)
	}
	m.Words = make([]float32, n)
	if err := binary.Read(r, binary.LittleEndian, m.Words); err != nil {
		return nil, fmt.Errorf("check-worthiness model: %w", err)
	}
	return m, nil
}
