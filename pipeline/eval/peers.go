package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/whosaid/whosaid/models"
)

// PeerCase is one conformance case from another quote extractor's tests.
type PeerCase struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Expected []struct {
		Quote   string  `json:"quote"`
		Speaker *string `json:"speaker"`
		Level   int     `json:"level"`
	} `json:"expected"`
	InformativeOnly bool   `json:"informative_only"`
	Note            string `json:"note"`
}

// ReadPeers reads peer cases from JSON Lines.
func ReadPeers(r io.Reader) ([]PeerCase, error) {
	var out []PeerCase
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var c PeerCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// PeerResult is the outcome of one case.
type PeerResult struct {
	ID              string   `json:"id"`
	InformativeOnly bool     `json:"informative_only"`
	Pass            bool     `json:"pass"`
	Problems        []string `json:"problems,omitempty"`
}

// PeerReport sums up the cases.
type PeerReport struct {
	Cases       []PeerResult `json:"cases"`
	Held        int          `json:"held"`        // cases that are not informative-only
	HeldPassed  int          `json:"held_passed"` // of those, passed
	Informative int          `json:"informative"` // informative-only cases
	InfoPassed  int          `json:"info_passed"` // of those, passed
}

// CheckPeers holds claims to the peer cases: every outermost expected quote
// found (after trimming marks and white space), a named expected speaker
// matched on a name token, and no direct claim where none is expected.
func CheckPeers(cases []PeerCase, claims map[string][]models.Claim) *PeerReport {
	rep := &PeerReport{}
	for _, c := range cases {
		res := PeerResult{ID: c.ID, InformativeOnly: c.InformativeOnly}
		got := claims[c.ID]
		text := []rune(c.Text)
		outer := 0
		for _, e := range c.Expected {
			if e.Level != 0 {
				continue
			}
			outer++
			want := trimString(e.Quote)
			found := -1
			for i, cl := range got {
				s := trim(text, cl.Start, cl.End)
				if string(text[s.start:s.end]) == want {
					found = i
					break
				}
			}
			if found < 0 {
				res.Problems = append(res.Problems, fmt.Sprintf("quote not found: %q", want))
				continue
			}
			if e.Speaker != nil && goldNamed([]string{*e.Speaker}) {
				sp := got[found].Speaker
				if sp == nil || !sameSpeaker(sp.Name, []string{*e.Speaker}) {
					name := "none"
					if sp != nil {
						name = sp.Name
					}
					res.Problems = append(res.Problems, fmt.Sprintf("speaker of %q: got %s, want %s", want, name, *e.Speaker))
				}
			}
		}
		if outer == 0 {
			for _, cl := range got {
				if cl.Kind == models.Direct {
					res.Problems = append(res.Problems, fmt.Sprintf("no quotation expected, got direct claim %q", cl.Quote))
				}
			}
		}
		res.Pass = len(res.Problems) == 0
		if c.InformativeOnly {
			rep.Informative++
			if res.Pass {
				rep.InfoPassed++
			}
		} else {
			rep.Held++
			if res.Pass {
				rep.HeldPassed++
			}
		}
		rep.Cases = append(rep.Cases, res)
	}
	return rep
}

func trimString(s string) string {
	r := []rune(s)
	t := trim(r, 0, len(r))
	return string(r[t.start:t.end])
}

// Print writes the peer report.
func (r *PeerReport) Print(w io.Writer, title string) {
	fmt.Fprintf(w, "== %s\n", title)
	fmt.Fprintf(w, "held cases: %d/%d pass; informative-only: %d/%d pass\n", r.HeldPassed, r.Held, r.InfoPassed, r.Informative)
	for _, c := range r.Cases {
		if c.Pass {
			continue
		}
		tag := "FAIL"
		if c.InformativeOnly {
			tag = "info"
		}
		fmt.Fprintf(w, "  %s %s: %s\n", tag, c.ID, strings.Join(c.Problems, "; "))
	}
}
