package quotes

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractors/lang"
)

func finder(t *testing.T, code string) *Finder {
	t.Helper()
	p, err := lang.NewRegistry().Get(code)
	if err != nil {
		t.Fatal(err)
	}
	return NewFinder(p)
}

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"curly pair", "en", "“Hi there,” she said, “and welcome.”", []string{"Hi there,", "and welcome."}},
		{"ascii", "en", `"Go home," he said. "Now."`, []string{"Go home,", "Now."}},
		{"nested same mark", "en", "“Ask them “why” now,” he said.", []string{"Ask them “why” now,"}},
		{"nested ascii", "en", `"He told me "never" again," she said.`, []string{`He told me "never" again,`}},
		{"mixed styles", "en", "\"We will win”, he said.", []string{"We will win"}},
		{"an opening mark written as the closer", "en", "“It is unusual,“ said Larry Noble.\n\n“We agree,” said another.", []string{"It is unusual,", "We agree,"}},
		{"a closer set off by a space after nested quotes", "en", `"She said she'd be 'above the president,' " said Win.`, []string{`She said she'd be 'above the president,'`}},
		{"fr an opener after a full stop is no closer", "fr", "« C'est fini ».« Nous partons », a-t-il dit.", []string{"C'est fini", "Nous partons"}},
		{"two apostrophes as double marks beside a straight one", "en", "''This is a crucial week,'' Mr. Corker said. The \"plan\" stands.", []string{"This is a crucial week,", "plan"}},
		{"a quote opening right after another closes", "en", "a study proving “crime is down.”“Your facts are wrong,” Ramos wrote.", []string{"crime is down.", "Your facts are wrong,"}},
		{"an opening mark written as the closer at a paragraph's end", "en", "“The pool is out of balance,\" the group wrote. \"A correction is needed now.“\n\nPrices rose.", []string{"The pool is out of balance,", "A correction is needed now."}},
		{"an opening mark after a space at a paragraph's end", "en", "“We can win,” he said. “They see that. “\n\nThe story was updated.", []string{"We can win,", "They see that."}},
		{"apostrophe inside", "en", "“The dog’s bowl is empty,” she said.", []string{"The dog’s bowl is empty,"}},
		{"unclosed last", "en", `"Fine," he said, "but then`, []string{"Fine,"}},
		{"stray opener then quote", "en", "The “ mark is stray.\n\nShe said “yes” today.", []string{"yes"}},
		{"multi paragraph", "en", "He said: “First part.\n\n“Second part.\n\n“Last part.” Then he left.",
			[]string{"First part.\n\n“Second part.\n\n“Last part."}},
		{"over line breaks", "en", "\"One,\nTwo.\nThree.\" after", []string{"One,\nTwo.\nThree."}},
		{"unbalanced paragraph", "en", "He said “this never closes.\n\nAnother “real quote” here.", []string{"real quote"}},
		{"french guillemets nbsp", "fr", "Il a dit\u00a0: «\u00a0Nous irons\u00a0», puis il est parti.", []string{"Nous irons"}},
		{"french narrow nbsp", "fr", "«\u202fC’est fini\u202f», a-t-elle lancé.", []string{"C’est fini"}},
		{"french nested", "fr", "« Il m’a dit “jamais” hier », confie-t-il.", []string{"Il m’a dit “jamais” hier"}},
		{"german low-high", "fr", "Er sagte „Nein“ dazu.", []string{"Nein"}},
		{"chevrons single", "fr", "‹ Non › dit-il.", []string{"Non"}},
		{"latex", "en", "``Hello ``there'' you''", []string{"Hello ``there'' you"}},
		{"single primary", "en", "‘We are ready,’ the minister said. It’s done.", []string{"We are ready,"}},
		{"single ignored when double used", "en", "“Hello,” he ‘said’, “bye.”", []string{"Hello,", "bye."}},
		{"dash after", "en", "\"Hello\"--said Mr. Cornwallaby", []string{"Hello"}},
		{"french multi paragraph", "fr", "«Premier paragraphe.\n«Deuxième paragraphe.» Fin.", []string{"Premier paragraphe.\n«Deuxième paragraphe."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := finder(t, tc.lang).Find(tc.text)
			var texts []string
			for _, q := range got {
				texts = append(texts, q.Content.Text(tc.text))
			}
			if len(texts) != len(tc.want) {
				t.Fatalf("got %q, want %q", texts, tc.want)
			}
			for i := range texts {
				if texts[i] != tc.want[i] {
					t.Errorf("quote %d: got %q, want %q", i, texts[i], tc.want[i])
				}
			}
		})
	}
}

// TestStrayOpeners: stray opening marks all through one long paragraph
// never hide the real quote after them (BenchmarkStrayOpeners measures
// that the search stays linear).
func TestStrayOpeners(t *testing.T) {
	text := strayText(2000)
	got := finder(t, "en").Find(text)
	if len(got) != 1 || got[0].Content.Text(text) != "Done," {
		t.Fatalf("got %d quotes", len(got))
	}
}

func strayText(n int) string {
	return strings.Repeat("The council met and “discussed the budget for hours ", n) + "“Done,” she said."
}

// BenchmarkStrayOpeners: a megabyte paragraph of 20,000 stray openers.
// Before the search was bounded it took seconds; it must stay in
// milliseconds.
func BenchmarkStrayOpeners(b *testing.B) {
	text := strayText(20000)
	p, err := lang.NewRegistry().Get("en")
	if err != nil {
		b.Fatal(err)
	}
	f := NewFinder(p)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		f.Find(text)
	}
}
