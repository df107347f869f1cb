package lang

import "testing"

func TestPacksLoad(t *testing.T) {
	r := NewRegistry()
	for _, code := range Codes() {
		p, err := r.Get(code)
		if err != nil {
			t.Fatal(err)
		}
		if p.SpeechVerbs.Len() < 50 {
			t.Errorf("%s: only %d speech verb forms", code, p.SpeechVerbs.Len())
		}
	}
}

func TestFrenchVerbForms(t *testing.T) {
	p, err := NewRegistry().Get("fr")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text    string
		n       int
		pronoun string
	}{
		{"a déclaré", 2, ""},
		{"a-t-il affirmé", 2, "il"},
		{"estime-t-elle", 1, "elle"},
		{"a-t-elle ajouté", 2, "elle"},
		{"ont-ils expliqué", 2, "ils"},
		{"dit-il", 1, "il"},
		{"avait déclarées", 2, ""},
		{"s'est félicité", 3, ""},
		{"dénonçant", 1, ""},
		{"disant", 1, ""},
		{"met en garde", 3, ""},
		{"met-il en garde", 3, "il"},
		{"a aussi questionné", 3, ""},
		{"a-t-il également souligné", 3, "il"},
	} {
		toks := p.Tokenize(tc.text)
		ph, n, ok := p.SpeechVerbs.Match(toks, 0)
		if !ok || n != len(toks) || n != tc.n || ph.Pronoun != tc.pronoun {
			t.Errorf("%q: match=%v n=%d (want %d) pronoun=%q (want %q)", tc.text, ok, n, tc.n, ph.Pronoun, tc.pronoun)
		}
	}
}

// TestNoStrayWords: the words of a multi-word form are never cues alone.
func TestNoStrayWords(t *testing.T) {
	p, err := NewRegistry().Get("fr")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"en", "garde", "fait", "valoir", "savoir", "aussi"} {
		if ph, _, ok := p.SpeechVerbs.Match(p.Tokenize(w), 0); ok {
			t.Errorf("%q is a cue: %v", w, ph)
		}
	}
}

func TestPhrasesEndingAt(t *testing.T) {
	r := NewRegistry()
	for _, tc := range []struct {
		lang, list, text string
		from, end        int // the phrase must open at from or after it and end before token end
		want             int
	}{
		{"en", "continuation", "he went on to say", 0, 3, 1},
		{"en", "partitives", "one of the victims said", 0, 2, 0},
		{"en", "partitives", "one of the victims said", 1, 2, -1},  // it opens before from
		{"en", "partitives", "a few of the victims said", 0, 3, 0}, // the longest: "a few of", not "few of"
		{"en", "partitives", "the victims said", 0, 1, -1},
		{"fr", "partitives", "l'un des manifestants a dit", 0, 2, 0}, // "l'un" before "des"
	} {
		p, err := r.Get(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		ph := p.Partitives
		if tc.list == "continuation" {
			ph = p.ContinuationVerbs
		}
		if got := ph.EndingAt(p.Tokenize(tc.text), tc.from, tc.end); got != tc.want {
			t.Errorf("%s %q before token %d: %d, want %d", tc.lang, tc.text, tc.end, got, tc.want)
		}
	}
}
