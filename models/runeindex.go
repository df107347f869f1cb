package models

import "unicode/utf8"

// RuneIndex converts byte offsets of one string into code-point offsets.
// Building it costs one pass over the string; each lookup is a binary search
// over sparse checkpoints plus a short scan, so an article's claims convert
// in O(n + k log n).
type RuneIndex struct {
	s     string
	ascii bool
	// every checkpoint-th byte position: rune count before that byte
	marks []int
}

const checkpoint = 256

// NewRuneIndex indexes s.
func NewRuneIndex(s string) *RuneIndex {
	ri := &RuneIndex{s: s, ascii: true}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ri.ascii = false
			break
		}
	}
	if ri.ascii {
		return ri
	}
	ri.marks = make([]int, len(s)/checkpoint+1)
	runes := 0
	for i := 0; i < len(s); i++ {
		if i%checkpoint == 0 {
			ri.marks[i/checkpoint] = runes
		}
		if !utf8.RuneStart(s[i]) {
			continue
		}
		runes++
	}
	return ri
}

// Runes returns the number of code points in s[:b]. b is clamped to the
// string and moved back to the start of the rune it falls in.
func (ri *RuneIndex) Runes(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(ri.s) {
		b = len(ri.s)
	}
	if ri.ascii {
		return b
	}
	base := b / checkpoint * checkpoint
	n := ri.marks[b/checkpoint]
	for i := base; i < b; i++ {
		if utf8.RuneStart(ri.s[i]) {
			n++
		}
	}
	return n
}

// Bytes returns the byte offset of the r-th code point (the inverse of Runes).
func (ri *RuneIndex) Bytes(r int) int {
	if r <= 0 {
		return 0
	}
	if ri.ascii {
		if r > len(ri.s) {
			return len(ri.s)
		}
		return r
	}
	lo, hi := 0, len(ri.marks)
	for lo < hi {
		m := (lo + hi) / 2
		if ri.marks[m] <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	i := (lo - 1) * checkpoint
	n := ri.marks[lo-1]
	for ; i < len(ri.s); i++ {
		if utf8.RuneStart(ri.s[i]) {
			if n == r {
				return i
			}
			n++
		}
	}
	return len(ri.s)
}
