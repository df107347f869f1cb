package attribution

import (
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractors/token"
)

// Transcripts and interviews: a paragraph a speaker's label opens
// ("TAPPER: …") and the answers of an interview written as questions and
// answers.

// transcriptTurn reads the paragraph a speaker's label opens at token
// first ("TAPPER: Donald Trump released a video …") as that speaker's
// words: a label of a name the article gives elsewhere, or of two words
// ("JAKE TAPPER"); never a single letter ("Q:", "A:"), whose speaker the
// label does not name, nor a paragraph whose quotes the quote finder
// already read.
func (a *article) transcriptTurn(first int) (statement, bool) {
	pi := a.d.paraOf(a.d.Toks[first].Start)
	p := a.d.Paras[pi]
	k, last := a.d.paraToks(pi)
	if first != k {
		return statement{}, false
	}
	j := k
	for j < len(a.d.Toks) && j < k+3 && a.nameWord(j) {
		j++
	}
	if !a.isPunct(j, ":") || j-k == 1 && utf8.RuneCountInString(a.d.Toks[k].Lower) == 1 {
		return statement{}, false
	}
	if j-k == 1 && !a.namedElsewhere(k) {
		return statement{}, false // "UPDATE:", "ABSTRACT:"
	}
	for _, q := range a.quotes {
		if q.Outer.Start >= p.Start && q.Outer.Start < p.End {
			return statement{}, false
		}
	}
	if last-(j+1) < 3 {
		return statement{}, false
	}
	return statement{first: j + 1, last: last, f: finding{who: mention{k, j}, cue: mention{j, j + 1}, rule: "transcript"}, direct: true}, true
}

// titleInterviewee returns the person an interview's title names: a
// document word, a preposition and a name opening the first paragraph
// ("Entretien avec Nicolas Mayer-Rossignol : …", "Interview with …").
func (a *article) titleInterviewee() mention {
	if len(a.d.Paras) < 3 || len(a.d.Toks) == 0 {
		return mention{}
	}
	if m := a.qaInterviewee(); m.ok() {
		return m
	}
	k := a.d.tokAt(a.d.Paras[0].Start)
	for j := k + 2; j < len(a.d.Toks) && j < k+5 && a.d.Toks[j].End <= a.d.Paras[0].End; j++ {
		if a.interviewWith(k, j) {
			if m := a.nameFwd(j, len(a.d.Toks)); m.ok() && m.first == j && a.d.Toks[m.last-1].End <= a.d.Paras[0].End {
				return m
			}
		}
	}
	return mention{}
}

// turnLabel returns the label that opens paragraph p ("Q", "A", "R")
// when a colon follows it, else "".
func (a *article) turnLabel(p int) string {
	k := a.d.tokAt(a.d.Paras[p].Start)
	if k+1 >= len(a.d.Toks) || !a.isWord(k) || !a.d.Toks[k].Cap || !a.isPunct(k+1, ":") {
		return ""
	}
	return a.d.Toks[k].Lower
}

// qaInterviewee returns, for an interview written as labelled questions
// and answers ("Q: …" / "A: …", two answers at least), the first person
// named before the first question; else no mention.
func (a *article) qaInterviewee() mention {
	questions, answers, firstQ := 0, 0, -1
	for p := range a.d.Paras {
		switch l := a.turnLabel(p); {
		case a.p.QuestionLabels[l]:
			questions++
			if firstQ < 0 {
				firstQ = a.d.Paras[p].Start
			}
		case a.p.AnswerLabels[l]:
			answers++
		}
	}
	if questions == 0 || answers < 2 {
		return mention{}
	}
	for _, e := range a.ents {
		if a.d.Toks[e.m.first].Start >= firstQ {
			break
		}
		if e.person && len(e.words) > 1 {
			return e.m
		}
	}
	return mention{}
}

// qaAnswer returns the answer that paragraph p holds after its label in
// an interview written as questions and answers.
func (a *article) qaAnswer(p int) (statement, bool) {
	if !a.interviewee.ok() || !a.p.AnswerLabels[a.turnLabel(p)] {
		return statement{}, false
	}
	k, last := a.d.paraToks(p)
	if last-(k+2) < 2 {
		return statement{}, false
	}
	return statement{first: k + 2, last: last, direct: true, f: finding{who: a.interviewee, cue: mention{k, k + 1}, rule: "interview"}}, true
}

// answerOpens reports whether the sentence from token first to end opens
// an interview's answer paragraph, a dialogue dash aside.
func (a *article) answerOpens(first, end int) bool {
	if first >= end {
		return false
	}
	p := a.d.paraOf(a.d.Toks[first].Start)
	k, _ := a.d.paraToks(p)
	return (k == first || a.isDash(k) && k+1 == first) && a.answer(p)
}

// answer reports whether paragraph p answers, in an interview, the
// question the paragraph before it asks: it follows a short paragraph
// ending in a question mark, asks none itself and holds no quotation.
func (a *article) answer(p int) bool {
	if !a.interviewee.ok() || p < 2 {
		return false
	}
	prev, para := a.d.Paras[p-1], a.d.Paras[p]
	q := a.d.tokAt(para.Start) - 1
	if q < 0 || !a.isPunct(q, "?") || a.d.tokAt(prev.Start) < q-40 {
		return false
	}
	if _, end := a.d.paraToks(p); a.isPunct(end-1, "?") {
		return false
	}
	for _, qt := range a.quotes {
		if qt.Outer.Start < para.End && qt.Outer.End > para.Start {
			return false
		}
	}
	return true
}

// namedElsewhere reports whether the word at token k, a label in
// capitals, is the last word of a name the article writes elsewhere.
func (a *article) namedElsewhere(k int) bool {
	for _, e := range a.byLast[token.Fold(a.d.Toks[k].Lower)] {
		if a.ents[e].m.first != k {
			return true
		}
	}
	return false
}

// labelled reports whether the paragraph of token i opens with a
// speaker's label in capitals, as transcripts write turns ("TAPPER: …").
func (a *article) labelled(i int) bool {
	p := a.d.Paras[a.d.paraOf(a.d.Toks[i].Start)]
	k := a.d.tokAt(p.Start)
	j := k
	for j < len(a.d.Toks) && j < k+3 && a.nameWord(j) {
		j++
	}
	if j == k || !a.isPunct(j, ":") {
		return false
	}
	label := a.d.Text[a.d.Toks[k].Start:a.d.Toks[j-1].End]
	return label == strings.ToUpper(label)
}

// transcript: a quote that opens with a speaker's label, as transcripts
// and interviews are written ("WALLACE: Let's start …", "Q: …").
func transcript(a *article, qi int) (finding, bool) {
	q := a.quotes[qi]
	first := a.d.tokAt(q.Content.Start)
	j := first
	for j < len(a.d.Toks) && j < first+4 && a.nameWord(j) {
		j++
	}
	if j == first || !a.isPunct(j, ":") || a.d.Toks[j].End > q.Content.End {
		return finding{}, false
	}
	// a label is written in capitals or is a known speaker's name
	label := a.d.Text[a.d.Toks[first].Start:a.d.Toks[j-1].End]
	if label != strings.ToUpper(label) && !a.speakerNames[a.d.Toks[j-1].Lower] {
		return finding{}, false
	}
	return finding{who: mention{first, j}, cue: mention{j, j + 1}}, true
}
