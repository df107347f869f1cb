package checkworthy

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"

	"github.com/whosaid/whosaid/extractors/lang"
)

// ReadExamples reads labelled sentences in the ClaimBuster layout: JSON
// Lines with "text" and "label" (CFS, UFS or NFS). name says where they
// come from in errors.
func ReadExamples(r io.Reader, name string, p *lang.Pack) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var rec struct {
			Text  string `json:"text"`
			Label string `json:"label"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		switch rec.Label {
		case "CFS", "UFS", "NFS":
		default:
			return nil, fmt.Errorf("%s:%d: label %q is none of CFS, UFS, NFS", name, n, rec.Label)
		}
		out = append(out, Example{F: Extract(rec.Text, p), Factual: rec.Label != "NFS", Y: rec.Label == "CFS"})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// Fingerprint is a digest of everything training reads of the examples:
// their labels, word buckets, shared features and the words looked up in
// the vectors. The model is a function of the examples, the vectors and
// the options, and only the first changes when a language pack does (its
// stopwords, cue words or abbreviations), so a model whose fingerprint
// differs from its training data's is stale: make train makes it again.
func Fingerprint(ex []Example) string {
	h := sha256.New()
	var b [4]byte
	put := func(v uint32) {
		binary.LittleEndian.PutUint32(b[:], v)
		h.Write(b[:])
	}
	for _, e := range ex {
		flags := uint32(0)
		if e.Factual {
			flags |= 1
		}
		if e.Y {
			flags |= 2
		}
		put(flags)
		put(uint32(len(e.F.Words)))
		for _, w := range e.F.Words {
			put(w)
		}
		for _, s := range e.F.Shared {
			put(math.Float32bits(s))
		}
		put(uint32(len(e.F.Toks)))
		for _, t := range e.F.Toks {
			put(uint32(len(t.Lower)))
			io.WriteString(h, t.Lower)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
