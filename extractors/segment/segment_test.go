package segment

import (
	"testing"

	"github.com/whosaid/whosaid/extractors/lang"
)

func TestSentences(t *testing.T) {
	reg := lang.NewRegistry()
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"basic", "en", "He left. She stayed.", []string{"He left.", "She stayed."}},
		{"abbreviation", "en", "Mr. Smith met Gen. Jones. They talked.", []string{"Mr. Smith met Gen. Jones.", "They talked."}},
		{"initial", "en", "J. K. Rowling wrote it. Fans cheered.", []string{"J. K. Rowling wrote it.", "Fans cheered."}},
		{"initials written together", "en", "J.M. Berger wrote it. Fans cheered.", []string{"J.M. Berger wrote it.", "Fans cheered."}},
		{"initials written together before a function word end a sentence", "en", "He wrote to J.M. The reply came later.", []string{"He wrote to J.M.", "The reply came later."}},
		{"closing quote", "en", "“I won.” He smiled.", []string{"“I won.”", "He smiled."}},
		{"no-break space before an opening quote", "en", "The Guardian reported.\u00a0“We had called him,” he added.", []string{"The Guardian reported.", "“We had called him,” he added."}},
		{"a single capital before a function word ends a sentence", "fr", "Il a réagi sur X. Selon lui, les juges ont tort.", []string{"Il a réagi sur X.", "Selon lui, les juges ont tort."}},
		{"question in quote", "en", "“Why?” she asked. Nobody knew.", []string{"“Why?” she asked.", "Nobody knew."}},
		{"headline line", "en", "Storm hits coast\nThe storm hit the coast on Monday.", []string{"Storm hits coast", "The storm hit the coast on Monday."}},
		{"stray line break", "en", "The minister said the plan\nwould go ahead. Critics objected.",
			[]string{"The minister said the plan\nwould go ahead.", "Critics objected."}},
		{"blank line", "en", "First paragraph\n\nSecond one.", []string{"First paragraph", "Second one."}},
		{"french guillemet", "fr", "«C'est fini.» Il est parti.", []string{"«C'est fini.»", "Il est parti."}},
		{"french spaced guillemet", "fr", "« C'est fini. » Il est parti.", []string{"« C'est fini. »", "Il est parti."}},
		{"french abbreviation", "fr", "M. Dupont et Mme Martin sont venus. Ils ont parlé.", []string{"M. Dupont et Mme Martin sont venus.", "Ils ont parlé."}},
		{"numbers", "en", "It rose 3.5 percent. Then fell.", []string{"It rose 3.5 percent.", "Then fell."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := reg.Get(tc.lang)
			if err != nil {
				t.Fatal(err)
			}
			_, sents := NewSplitter(p).Segment(tc.text, p.Tokenize(tc.text))
			var got []string
			for _, s := range sents {
				got = append(got, s.Text(tc.text))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d: got %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	text := "Title line\n\nFirst para goes\non here. Still.\nSecond para.\n\n\nThird."
	var got []string
	for _, p := range Paragraphs(text) {
		got = append(got, p.Text(text))
	}
	want := []string{"Title line", "First para goes\non here. Still.", "Second para.", "Third."}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%d: got %q want %q", i, got[i], want[i])
		}
	}
}

func TestNextQuoteNotInSentence(t *testing.T) {
	p, err := lang.NewRegistry().Get("en")
	if err != nil {
		t.Fatal(err)
	}
	text := "“Yes,” he said after the vote. “No.”"
	_, sents := NewSplitter(p).Segment(text, p.Tokenize(text))
	if len(sents) != 2 || sents[0].Text(text) != "“Yes,” he said after the vote." {
		var got []string
		for _, s := range sents {
			got = append(got, s.Text(text))
		}
		t.Errorf("sentences %q", got)
	}
}
