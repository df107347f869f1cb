package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/extractors/token"
	"github.com/whosaid/whosaid/models"
)

// Quote is one outermost quoted passage.
type Quote struct {
	Outer   models.Span // from the opening mark to the end of the closing mark
	Content models.Span // inside the marks, white space trimmed
	Open    string      // the opening mark
	Close   string      // the closing mark
	// Paragraphs is how many paragraphs the quote runs over (1 for most).
	Paragraphs int
}

// Finder finds quotes in text. Build one per language with NewFinder and
// share it: it is read-only and safe for concurrent use.
type Finder struct {
	double []mark // longest first
	single []mark
	first  [256]bool // first bytes of every mark, for a fast scan
}

type mark struct {
	s       string
	closers []string // non-nil when the mark can open
	closes  bool     // the mark can close some opener
	single  bool
}

// NewFinder builds a finder for the marks of a language pack.
func NewFinder(p *lang.Pack) *Finder {
	f := &Finder{}
	f.double = marks(p.Quotes, false)
	f.single = marks(p.SingleQuotes, true)
	for _, m := range append(append([]mark{}, f.double...), f.single...) {
		f.first[m.s[0]] = true
	}
	return f
}

func marks(pairs map[string][]string, single bool) []mark {
	byMark := map[string]*mark{}
	get := func(s string) *mark {
		if m, ok := byMark[s]; ok {
			return m
		}
		m := &mark{s: s, single: single}
		byMark[s] = m
		return m
	}
	for open, closers := range pairs {
		get(open).closers = closers
		for _, c := range closers {
			get(c).closes = true
		}
	}
	out := make([]mark, 0, len(byMark))
	for _, m := range byMark {
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].s) != len(out[j].s) {
			return len(out[i].s) > len(out[j].s)
		}
		return out[i].s < out[j].s
	})
	return out
}

// occurrence is one mark in the text with what its context allows.
type occurrence struct {
	pos, end          int
	m                 *mark
	canOpen, canClose bool
	// mirrored: an opening mark written where its closing one belongs,
	// after the quote's last punctuation (“It's unusual,“ said X): it
	// closes a quote its own mark opened.
	mirrored bool
	// paragraphEnd: an opening mark written as the closer at the end of
	// its paragraph (… in the future.“): it closes whatever quote is open.
	paragraphEnd bool
}

// Find returns the outermost quotes of text in order.
func (f *Finder) Find(text string) []Quote {
	occ := f.scan(text, f.double)
	if !anyOpener(occ) && len(f.single) > 0 {
		// Articles that use single marks as their primary quotes.
		occ = f.scan(text, f.single)
	}
	return match(text, occ)
}

func anyOpener(occ []occurrence) bool {
	for _, o := range occ {
		if o.canOpen {
			return true
		}
	}
	return false
}

func (f *Finder) scan(text string, set []mark) []occurrence {
	var occ []occurrence
	for i := 0; i < len(text); i++ {
		if !f.first[text[i]] {
			continue
		}
		for k := range set {
			m := &set[k]
			if !strings.HasPrefix(text[i:], m.s) {
				continue
			}
			o := occurrence{pos: i, end: i + len(m.s), m: m}
			classify(text, &o)
			if o.canOpen || o.canClose {
				occ = append(occ, o)
			}
			i = o.end - 1
			break
		}
	}
	return occ
}

// classify decides from the neighbouring characters whether an occurrence
// may open or close a quote.
func classify(text string, o *occurrence) {
	prev, next := rune(-1), rune(-1)
	if o.pos > 0 {
		prev, _ = utf8.DecodeLastRuneInString(text[:o.pos])
	}
	if o.end < len(text) {
		next, _ = utf8.DecodeRuneInString(text[o.end:])
	}
	opener, closer := o.m.closers != nil, o.m.closes
	prevWord := prev >= 0 && isWordRune(prev)
	nextWord := next >= 0 && isWordRune(next)
	if o.m.single {
		// Single marks double as apostrophes: ‘ opens only before a word and
		// not inside one; ’ closes only where no letter follows (don’t).
		opener = opener && !prevWord && nextWord
		closer = closer && !nextWord && prev >= 0 && !isSpace(prev)
		if opener && closer {
			closer = false
		}
		o.canOpen, o.canClose = opener, closer
		return
	}
	if opener && !closer {
		o.canOpen = next >= 0
		if prev >= 0 && strings.ContainsRune(",.!?", prev) && beforeCue(text, o.end) {
			o.canOpen, o.canClose, o.mirrored = false, true, true
		}
		return
	}
	if closer && !opener {
		o.canClose = prev >= 0
		return
	}
	// Ambiguous mark ("): left-flanking opens, right-flanking closes. A
	// mark right after a closing one, before a word, opens the next quote:
	// …native-born.”“Your facts are wrong,” Ramos wrote.
	left := next >= 0 && !isSpace(next) && (prev < 0 || isSpace(prev) || isOpenPunct(prev) || unicode.Is(unicode.Pf, prev) && isWordRune(next))
	right := prev >= 0 && !isSpace(prev) && (next < 0 || isSpace(next) || !nextWord)
	if !left && !right {
		// "a"b: most often a closer stuck to the next word.
		right = prev >= 0 && !isSpace(prev)
	}
	if !left && !right && isSpace(prev) && (next < 0 || isSpace(next)) {
		// a closer set off by a space from the quote's last mark: …,' " said
		before, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(text[:o.pos], isSpace))
		right = strings.ContainsRune(",.!?'’", before)
	}
	o.canOpen, o.canClose = left, right
	if right && !left && o.m.closers != nil {
		// an opening mark written as the closer: before a cue (“It's
		// unusual,“ said X), or ending its paragraph after the quote's
		// last punctuation (… in the future.“ / “They see that. “)
		before, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(text[:o.pos], isSpace))
		o.mirrored = strings.ContainsRune(",.!?", prev) && beforeCue(text, o.end)
		o.paragraphEnd = strings.ContainsRune(".!?", before) && endsParagraph(text, o.end)
	}
}

// endsParagraph reports whether only spaces stand between i and a line
// break or the end of text.
func endsParagraph(text string, i int) bool {
	rest := strings.TrimLeftFunc(text[i:], func(r rune) bool { return r != '\n' && isSpace(r) })
	return rest == "" || rest[0] == '\n'
}

// beforeCue reports whether text at i goes on with a space and a lower-case
// word, as a cue after a closing mark does (“It's unusual,“ said …); an
// opening mark is followed by a capital or its own space (».« Nous …).
func beforeCue(text string, i int) bool {
	if i >= len(text) || text[i] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsLower(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u202f' || r == '\u2009' || r == '\u00a0'
}

// isOpenPunct reports whether r may stand right before an opening mark:
// opening brackets and quotes, dashes and the punctuation that introduces
// a quotation.
func isOpenPunct(r rune) bool {
	switch r {
	case '/', ':', ';', '\'', '"', '…', ',':
		return true
	}
	return unicode.In(r, unicode.Ps, unicode.Pi, unicode.Pd)
}

// match pairs the occurrences into outermost quotes. An opener that cannot
// be closed within its paragraph (or its run of continued paragraphs) is
// taken for a stray mark, and matching resumes right after it.
func match(text string, occ []occurrence) []Quote {
	var out []Quote
	for i := 0; i < len(occ); {
		if !occ[i].canOpen {
			i++
			continue
		}
		q, next, ok := close(text, occ, i)
		if !ok {
			if q, next, ok = openParagraph(text, occ, i); !ok {
				i++
				continue
			}
		}
		out = append(out, q)
		i = next
	}
	return out
}

// maxQuote bounds how far a quote may run unclosed. No quotation in news
// runs this long, and the bound keeps the search after stray marks linear:
// an article of stray openers costs no more than its length.
const maxQuote = 32 << 10

// close tries to close the quote opened by occ[i]. It returns the quote and
// the index of the first occurrence after it.
func close(text string, occ []occurrence, i int) (Quote, int, bool) {
	stack := []int{i}
	paragraphs := 1
	for j := i + 1; j < len(occ); j++ {
		if occ[j].pos-occ[i].pos > maxQuote {
			return Quote{}, 0, false
		}
		// Line breaks between the previous occurrence and this one.
		gapStart := occ[j-1].end
		for {
			nl := strings.IndexByte(text[gapStart:occ[j].pos], '\n')
			if nl < 0 {
				break
			}
			nl += gapStart
			lineStart, blank := nextLine(text, nl)
			if lineStart == occ[j].pos && occ[j].canOpen && sameFamily(occ[i].m, occ[j].m) && len(stack) == 1 {
				// The news convention: a new paragraph reopens the quote.
				paragraphs++
				j++
				if j >= len(occ) {
					return Quote{}, 0, false
				}
				gapStart = occ[j-1].end
				continue
			}
			if blank {
				return Quote{}, 0, false
			}
			gapStart = nl + 1
		}
		o := occ[j]
		top := occ[stack[len(stack)-1]].m
		switch {
		case o.canClose && (closes(top, o.m) || o.mirrored && top == o.m || o.paragraphEnd && len(stack) == 1):
			stack = stack[:len(stack)-1]
		case o.canClose && !o.canOpen && closesAny(occ, stack, o.m):
			for !closes(occ[stack[len(stack)-1]].m, o.m) {
				stack = stack[:len(stack)-1]
			}
			stack = stack[:len(stack)-1]
		case o.canOpen:
			stack = append(stack, j)
			continue
		default:
			continue
		}
		if len(stack) == 0 {
			return makeQuote(text, occ[i], o, paragraphs), j + 1, true
		}
	}
	return Quote{}, 0, false
}

// nextLine returns where the line after the newline at nl starts (its first
// non-space byte) and whether a blank line lies between.
func nextLine(text string, nl int) (int, bool) {
	blank := false
	k := nl + 1
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if r == '\n' {
			blank = true
		} else if !isSpace(r) {
			break
		}
		k += size
	}
	return k, blank
}

func closes(opener *mark, closer *mark) bool {
	for _, c := range opener.closers {
		if c == closer.s {
			return true
		}
	}
	return false
}

func closesAny(occ []occurrence, stack []int, m *mark) bool {
	for _, k := range stack {
		if closes(occ[k].m, m) {
			return true
		}
	}
	return false
}

func sameFamily(a, b *mark) bool {
	if a.s == b.s {
		return true
	}
	for _, c := range a.closers {
		for _, d := range b.closers {
			if c == d {
				return true
			}
		}
	}
	return false
}

func makeQuote(text string, open, close occurrence, paragraphs int) Quote {
	cs, ce := token.Trim(text, open.end, close.pos)
	return Quote{
		Outer:      models.Span{Start: open.pos, End: close.end},
		Content:    models.Span{Start: cs, End: ce},
		Open:       open.m.s,
		Close:      close.m.s,
		Paragraphs: paragraphs,
	}
}

// openParagraph handles a paragraph that opens with a quotation mark and
// never closes it, as transcripts and some wires write every paragraph of
// a long quote: when nothing in the paragraph can close the mark and the
// paragraph is followed by another that opens the same way (or ends the
// text), the quote runs to the end of the paragraph.
func openParagraph(text string, occ []occurrence, i int) (Quote, int, bool) {
	o := occ[i]
	// only an opener at the start of its line: look back over spaces alone
	for k := o.pos; k > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if r == '\n' {
			break
		}
		if !isSpace(r) {
			return Quote{}, 0, false
		}
		k -= size
	}
	limit := min(len(text), o.pos+maxQuote)
	end := strings.Index(text[o.pos:limit], "\n\n")
	switch {
	case end >= 0:
		end += o.pos
	case limit == len(text):
		end = len(text)
	default:
		return Quote{}, 0, false // no paragraph runs this long
	}
	j := i + 1
	for ; j < len(occ) && occ[j].pos < end; j++ {
		if occ[j].canClose && closes(o.m, occ[j].m) {
			return Quote{}, 0, false
		}
	}
	if end < len(text) {
		// the next paragraph must open the same way
		ns, _ := nextLine(text, end)
		if j >= len(occ) || occ[j].pos != ns || !sameFamily(o.m, occ[j].m) {
			return Quote{}, 0, false
		}
	}
	closing := occurrence{pos: end, end: end, m: o.m}
	return makeQuote(text, o, closing, 1), j, true
}
