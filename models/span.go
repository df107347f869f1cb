package models

// Span is a half-open byte range [Start, End) of an article's text.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset i lies inside s.
func (s Span) Contains(i int) bool { return i >= s.Start && i < s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Text returns the span's text in doc.
func (s Span) Text(doc string) string { return doc[s.Start:s.End] }

// Index returns the index of the span in spans (sorted, non-overlapping) that
// contains byte offset i, or the index of the last span starting before i, or
// -1 when i comes before every span.
func Index(spans []Span, i int) int {
	lo, hi := 0, len(spans)
	for lo < hi {
		m := (lo + hi) / 2
		if spans[m].Start <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}
