package pipeline

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// Summary accounts for every input of a run.
type Summary struct {
	Read      int            // inputs read, failed ones included
	Extracted int            // articles run through every stage
	Claims    int            // claims written
	PerLang   map[string]int // extracted and skipped articles by language
	Skipped   map[string]int // skipped articles by reason
	Failed    []Failure      // failed inputs, in input order
	Ignored   int            // files in folders that are not articles
	Duration  time.Duration

	started time.Time
}

// Failure is one input that could not be processed.
type Failure struct {
	Name string
	Err  error
}

func newSummary() *Summary {
	return &Summary{PerLang: map[string]int{}, Skipped: map[string]int{}, started: time.Now()}
}

func (s *Summary) add(it *Item) {
	s.Read++
	if it.Article != nil && it.Article.Lang != "" {
		s.PerLang[it.Article.Lang]++
	}
	switch {
	case it.Err != nil:
		s.Failed = append(s.Failed, Failure{Name: it.Name(), Err: it.Err})
	case it.Skipped != "":
		s.Skipped[it.Skipped]++
	default:
		s.Extracted++
		s.Claims += len(it.Claims)
	}
}

// SkippedTotal is how many articles were skipped.
func (s *Summary) SkippedTotal() int {
	n := 0
	for _, c := range s.Skipped {
		n += c
	}
	return n
}

// Print writes the summary for a person.
func (s *Summary) Print(w io.Writer) {
	secs := s.Duration.Seconds()
	rate := ""
	if secs > 0 {
		rate = fmt.Sprintf(" (%.0f articles/s)", float64(s.Read)/secs)
	}
	fmt.Fprintf(w, "whosaid: %d read, %d extracted, %d skipped, %d failed; %d claims in %s%s\n",
		s.Read, s.Extracted, s.SkippedTotal(), len(s.Failed), s.Claims, s.Duration.Round(time.Millisecond), rate)
	if len(s.PerLang) > 0 {
		fmt.Fprintf(w, "  languages: %s\n", counts(s.PerLang))
	}
	if len(s.Skipped) > 0 {
		fmt.Fprintf(w, "  skipped: %s\n", counts(s.Skipped))
	}
	if s.Ignored > 0 {
		fmt.Fprintf(w, "  ignored: %d files that are not articles (.txt .md .html .htm .jsonl .ndjson)\n", s.Ignored)
	}
	for i, f := range s.Failed {
		if i == 20 {
			fmt.Fprintf(w, "  … and %d more failures\n", len(s.Failed)-20)
			break
		}
		fmt.Fprintf(w, "  failed: %s: %v\n", f.Name, f.Err)
	}
}

func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

func fmtAny(v any) string { return fmt.Sprint(v) }
