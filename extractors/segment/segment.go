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
		ls, le := trim(text, lineStart, lineEnd)
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

func trim(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if !isSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[:e])
		if !isSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u202f' || r == '\u200b' || r == '\ufeff'
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
		} else if !isSpace(r) {
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

// Splitter splits paragraphs into sentences with a language's abbreviations.
type Splitter struct {
	abbrev map[string]bool
}

// NewSplitter builds a splitter for a language pack.
func NewSplitter(p *lang.Pack) *Splitter { return &Splitter{abbrev: p.Abbreviations} }

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
		for end+1 < len(toks) && toks[end+1].Kind == token.Punct && (isCloser(toks[end+1].Lower) || isFinal(toks[end+1].Lower)) && toks[end+1].Newlines == 0 && attached(text, toks[end], toks[end+1]) {
			end++
		}
		if end+1 >= len(toks) {
			break
		}
		next := toks[end+1]
		if t.Lower == "." && s.abbreviation(toks, i) {
			continue
		}
		if !opensSentence(next) {
			continue
		}
		out = append(out, models.Span{Start: start, End: toks[end].End})
		start = next.Start
		i = end
	}
	return append(out, models.Span{Start: start, End: toks[len(toks)-1].End})
}

func isFinal(p string) bool { return p == "." || p == "?" || p == "!" || p == "…" }

func isCloser(p string) bool {
	switch p {
	case "”", "»", "\"", "’", "'", ")", "]", "›", "“":
		return true
	}
	return false
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
	// an initial: a single upper-case letter (J. Smith)
	r, size := utf8.DecodeRuneInString(w.Lower)
	return size == len(w.Lower) && unicode.IsLetter(r) && w.Cap
}

// opensSentence reports whether a token can start a sentence.
func opensSentence(t token.Token) bool {
	if t.Kind == token.Word {
		return t.Cap || unicode.IsDigit(firstRune(t.Lower))
	}
	switch t.Lower {
	case "“", "«", "\"", "„", "‘", "(", "[", "—", "–", "-", "'", "‹", "¿", "¡":
		return true
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// attached reports whether b follows a with nothing but a (narrow) no-break
// space between: the closing mark of ". »" is attached, the opening mark
// of the next quote after a plain space is not.
func attached(text string, a, b token.Token) bool {
	gap := text[a.End:b.Start]
	return gap == "" || gap == "\u00a0" || gap == "\u202f" || (gap == " " && b.Lower == "»")
}
