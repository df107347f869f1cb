package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// Article is one gold-annotated article.
type Article struct {
	ID     string  `json:"id"`
	Lang   string  `json:"lang"`
	Text   string  `json:"text"`
	Quotes []Quote `json:"quotes"`
}

// Quote is one gold statement. Offsets count code points.
type Quote struct {
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Kind         string   `json:"kind"`
	Speakers     []string `json:"speakers"`
	MentionStart *int     `json:"mention_start"`
	MentionEnd   *int     `json:"mention_end"`
}

// ReadGold reads gold articles from JSON Lines.
func ReadGold(r io.Reader) ([]Article, error) {
	var out []Article
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var a Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if a.ID == "" {
			return nil, fmt.Errorf("line %d: no id", n)
		}
		out = append(out, a)
	}
	return out, sc.Err()
}
