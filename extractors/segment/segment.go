package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/extractors/token"
	"github.com/whosaid/whosaid/models"
)

// Paragraphs returns the paragraphs of text in order: its non-blank lines,
// where a line that continues a sentence across a stray line break joins
// the line before it.
func Paragraphs(text string) []models.Span {
	var out []models.Span
	cur := models.Span{Start: -1}
	for lineStart := 0; lineStart <= len(text); {
		lineEnd := len(text)
		if nl := strings.IndexByte(text[lineStart:], '\n'); nl >= 0 {
			lineEnd = lineStart + nl
		}
		ls, le := token.Trim(text, lineStart, lineEnd)
		switch {
		case ls >= le: // blank line
			if cur.Start >= 0 {
				out = append(out, cur)
				cur.Start = -1
			}
		case cur.Start >= 0 && continues(text, ls):
			cur.End = le
		default:
			if cur.Start >= 0 {
				out = append(out, cur)
			}
			cur = models.Span{Start: ls, End: le}
		}
		lineStart = lineEnd + 1
	}
	if cur.Start >= 0 {
		out = append(out, cur)
	}
	return out
}

// continues reports whether the line starting at ls continues the
// paragraph before it: the previous line has no final punctuation and
// this one starts with a lower-case letter.
func continues(text string, ls int) bool {
	// the previous non-space rune before ls
	k := ls
	newlines := 0
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if r == '\n' {
			newlines++
		} else if !token.IsSpace(r) {
			break
		}
		k -= size
	}
	if newlines != 1 || k == 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[:k])
	if strings.ContainsRune(".?!:;…”»\"’)]", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[ls:])
	return unicode.IsLower(first)
}

// Splitter splits paragraphs into sentences with a language's
// abbreviations and quotation marks.
type Splitter struct {
	abbrev  map[string]bool
	openers map[string]bool // marks that open a quote
	closers map[string]bool // marks that close one
	// spaced are closing marks a space may separate from the punctuation
	// they follow (French ". »"): those that never open a quote.
	spaced map[string]bool
	// stop are the pack's function words: one after a single capital and
	// its stop opens a sentence ("sur X. Selon lui, …"), not a name.
	stop map[string]bool
}

// NewSplitter builds a splitter for a language pack.
func NewSplitter(p *lang.Pack) *Splitter {
	s := &Splitter{abbrev: p.Abbreviations, openers: map[string]bool{}, closers: map[string]bool{}, spaced: map[string]bool{}, stop: p.Stopwords}
	for _, marks := range []map[string][]string{p.Quotes, p.SingleQuotes} {
		for open, closers := range marks {
			s.openers[open] = true
			for _, c := range closers {
				s.closers[c] = true
			}
		}
	}
	for c := range s.closers {
		if !s.openers[c] {
			s.spaced[c] = true
		}
	}
	return s
}

// Segment fills in paragraphs and sentences for text, given its tokens.
func (s *Splitter) Segment(text string, toks []token.Token) (paras, sents []models.Span) {
	paras = Paragraphs(text)
	ti := 0
	for _, p := range paras {
		for ti < len(toks) && toks[ti].Start < p.Start {
			ti++
		}
		first := ti
		for ti < len(toks) && toks[ti].End <= p.End {
			ti++
		}
		sents = s.sentences(text, toks[first:ti], sents)
	}
	return paras, sents
}

// sentences splits the tokens of one paragraph.
func (s *Splitter) sentences(text string, toks []token.Token, out []models.Span) []models.Span {
	if len(toks) == 0 {
		return out
	}
	start := toks[0].Start
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != token.Punct || !isFinal(t.Lower) {
			continue
		}
		// take the closing marks and brackets that follow
		end := i
		for end+1 < len(toks) && toks[end+1].Kind == token.Punct && (s.closing(toks[end+1].Lower) || isFinal(toks[end+1].Lower)) && toks[end+1].Newlines == 0 && s.attached(text, toks[end], toks[end+1]) {
			end++
		}
		if end+1 >= len(toks) {
			break
		}
		next := toks[end+1]
		if t.Lower == "." && s.abbreviation(toks, i) {
			continue
		}
		if !s.opensSentence(next) {
			continue
		}
		out = append(out, models.Span{Start: start, End: toks[end].End})
		start = next.Start
		i = end
	}
	return append(out, models.Span{Start: start, End: toks[len(toks)-1].End})
}

func isFinal(p string) bool { return p == "." || p == "?" || p == "!" || p == "…" }

// closing reports whether a punctuation token closes a quote or a bracket.
func (s *Splitter) closing(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return s.closers[p] || unicode.Is(unicode.Pe, r)
}

// abbreviation reports whether the full stop at toks[i] ends an
// abbreviation or an initial rather than a sentence.
func (s *Splitter) abbreviation(toks []token.Token, i int) bool {
	if i == 0 {
		return false
	}
	w := toks[i-1]
	if w.Kind != token.Word || w.End != toks[i].Start {
		return false
	}
	if s.abbrev[w.Lower] {
		return true
	}
	// an initial: a single upper-case letter (J. Smith), unless a
	// function word follows ("… a réagi sur X. Selon lui, …")
	r, size := utf8.DecodeRuneInString(w.Lower)
	if i+1 < len(toks) && toks[i+1].Kind == token.Word && toks[i+1].Cap && s.stop[toks[i+1].Lower] {
		return false
	}
	if w.Cap && token.DottedInitials(w.Lower) && i+1 < len(toks) && toks[i+1].Kind == token.Word && toks[i+1].Cap {
		return true // initials written together: "J.M. Berger" (but "the U.S. The …" ends, "the" a function word)
	}
	return size == len(w.Lower) && unicode.IsLetter(r) && w.Cap
}

// opensSentence reports whether a token can start a sentence: a capital,
// a digit, a quotation mark, an opening bracket or a dash.
func (s *Splitter) opensSentence(t token.Token) bool {
	if t.Kind == token.Word {
		return t.Cap || unicode.IsDigit(firstRune(t.Lower))
	}
	r := firstRune(t.Lower)
	return s.openers[t.Lower] || unicode.Is(unicode.Ps, r) || unicode.Is(unicode.Pd, r) || r == '¿' || r == '¡'
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// attached reports whether b follows a with nothing between, a (narrow)
// no-break space before a mark that only closes, or a plain space before a mark that only
// closes: the closing mark of ". »" is attached, the opening mark of the
// next quote after a plain space is not.
func (s *Splitter) attached(text string, a, b token.Token) bool {
	gap := text[a.End:b.Start]
	// a no-break space before a mark that also opens ("reported.\u00a0“We
	// had …") separates the next sentence's quote
	return gap == "" || (gap == "\u00a0" || gap == "\u202f") && !s.openers[b.Lower] || (gap == " " && s.spaced[b.Lower])
}
