package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is made of.
type Kind uint8

// Token kinds.
const (
	Word  Kind = iota // letters and digits, with inner apostrophes, hyphens and dots
	Punct             // one punctuation or symbol rune (a quote mark, a comma, a dash)
)

// Token is one word or punctuation mark.
type Token struct {
	Start, End int // byte offsets into the text
	Kind       Kind
	// Lower is the token lower-cased, with ’ folded to ' (for lookups).
	Lower string
	// Cap is true when a word starts with an upper-case letter.
	Cap bool
	// Newlines counts the line breaks between the previous token and this one.
	Newlines int
}

// Options tune the tokenizer for a language.
type Options struct {
	// Elisions are words written before an apostrophe and split from the
	// next word (French l', d', qu'); lower case, without the apostrophe.
	Elisions map[string]bool
	// Clitics are endings split into their own token (English 's, 'd, n't),
	// lower case, written with ' (’ matches too).
	Clitics []string
}

// Tokenize splits text into tokens.
func Tokenize(text string, opt *Options) []Token {
	toks := make([]Token, 0, len(text)/5)
	nl := 0
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			nl++
			i += size
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			i += size
		case isWordRune(r):
			end := wordEnd(text, i)
			toks = appendWord(toks, text, i, end, nl, opt)
			nl = 0
			i = end
		default:
			toks = append(toks, Token{Start: i, End: i + size, Kind: Punct, Lower: text[i : i+size], Newlines: nl})
			nl = 0
			i += size
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordEnd returns the end of the word starting at i: word runes, joined by
// single inner apostrophes, hyphens, dots (U.S., 3.5), commas between digits
// or ampersands between capitals (AT&T, CD&V).
func wordEnd(text string, i int) int {
	end := i
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if isWordRune(r) {
			end += size
			continue
		}
		if r == '&' && end > i && end+size < len(text) {
			p, _ := utf8.DecodeLastRuneInString(text[:end])
			n, _ := utf8.DecodeRuneInString(text[end+size:])
			if unicode.IsUpper(p) && unicode.IsUpper(n) {
				end += size
				continue
			}
		}
		if r == '\'' || r == '’' || r == '-' || r == '‑' || r == '.' || r == ',' {
			// a joiner needs a word rune on both sides
			if end+size < len(text) {
				n, _ := utf8.DecodeRuneInString(text[end+size:])
				if isWordRune(n) {
					if r == ',' && !(isDigitBefore(text, end) && unicode.IsDigit(n)) {
						break
					}
					if r == '.' && !dotJoins(text, i, end, n) {
						break
					}
					end += size
					continue
				}
			}
		}
		break
	}
	return end
}

func isDigitBefore(text string, end int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:end])
	return unicode.IsDigit(r)
}

// dotJoins reports whether a dot between text[start:end] and the rune n is
// inside a word: initials (U.S.), numbers (3.5), domains (example.com).
func dotJoins(text string, start, end int, n rune) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:end])
	if unicode.IsDigit(prev) && unicode.IsDigit(n) {
		return true
	}
	// a run of single letters and dots: U.S.A, e.g, and after a hyphen
	// D-N.Y
	seg := text[start:end]
	if k := strings.LastIndexAny(seg, ".-"); k >= 0 {
		seg = seg[k+1:]
	}
	return utf8.RuneCountInString(seg) == 1 && unicode.IsLetter(n) && singleLetterFollows(text, end+1)
}

func singleLetterFollows(text string, i int) bool {
	_, size := utf8.DecodeRuneInString(text[i:])
	if i+size >= len(text) {
		return true
	}
	n, _ := utf8.DecodeRuneInString(text[i+size:])
	return !isWordRune(n)
}

func appendWord(toks []Token, text string, start, end, nl int, opt *Options) []Token {
	w := text[start:end]
	if opt != nil && len(opt.Elisions) > 0 {
		if k := apostrophe(w); k > 0 {
			if opt.Elisions[foldLower(w[:k])] {
				_, asz := utf8.DecodeRuneInString(w[k:])
				toks = append(toks, makeWord(text, start, start+k+asz, nl))
				start += k + asz
				nl = 0
				if start >= end {
					return toks
				}
			}
		}
	}
	if opt != nil && len(opt.Clitics) > 0 && apostrophe(w) > 0 {
		lw := foldLower(w)
		for _, suf := range opt.Clitics {
			if strings.HasSuffix(lw, suf) && len(lw) > len(suf) {
				cut := clitic(text, start, end, suf)
				toks = append(toks, makeWord(text, start, cut, nl))
				return append(toks, makeWord(text, cut, end, 0))
			}
		}
	}
	return append(toks, makeWord(text, start, end, nl))
}

// clitic returns where the clitic suf (written with ') starts in
// text[start:end], whichever apostrophe the text uses.
func clitic(text string, start, end int, suf string) int {
	runes := utf8.RuneCountInString(suf)
	i := end
	for k := 0; k < runes; k++ {
		_, size := utf8.DecodeLastRuneInString(text[start:i])
		i -= size
	}
	return i
}

func apostrophe(w string) int {
	for k, r := range w {
		if r == '\'' || r == '’' {
			return k
		}
	}
	return -1
}

func makeWord(text string, start, end, nl int) Token {
	w := text[start:end]
	r, _ := utf8.DecodeRuneInString(w)
	return Token{Start: start, End: end, Kind: Word, Lower: foldLower(w), Cap: unicode.IsUpper(r), Newlines: nl}
}

// Fold lower-cases s and folds typographic apostrophes and hyphens to ASCII,
// the form every lookup table uses.
func Fold(s string) string { return foldLower(s) }

func foldLower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c >= 'A' && c <= 'Z' {
				return strings.ToLower(s)
			}
		}
		return s
	}
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "’‑") {
		s = strings.NewReplacer("’", "'", "‑", "-").Replace(s)
	}
	return s
}

// IsSpace reports whether r is white space, the no-break and narrow
// no-break spaces French puts inside guillemets included.
func IsSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u202f' || r == '\u2009' || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

// Trim moves the byte range [start, end) of text past white space at both
// ends.
func Trim(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:])
		if !IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if !IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// DottedInitials reports whether w is single letters joined by full stops,
// as initials written together are ("j.m" of "J.M. Berger", "j.r.r"),
// its final stop a token of its own.
func DottedInitials(w string) bool {
	n := 0
	for i, r := range w {
		switch {
		case i%2 == 0 && r < utf8.RuneSelf && unicode.IsLetter(r):
			n++
		case i%2 == 1 && r == '.':
		default:
			return false
		}
	}
	return n >= 2 && len(w)%2 == 1
}
