package token

import (
	"reflect"
	"testing"
)

func words(toks []Token, text string) []string {
	var out []string
	for _, t := range toks {
		out = append(out, text[t.Start:t.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	fr := &Options{Elisions: map[string]bool{"l": true, "d": true, "qu": true, "c": true}}
	en := &Options{Clitics: []string{"'s", "'d"}}
	for _, tc := range []struct {
		name, text string
		opt        *Options
		want       []string
	}{
		{"punctuation apart", "Yes, he said.", nil, []string{"Yes", ",", "he", "said", "."}},
		{"initials and numbers", "The U.S. paid $3.5 million, or 10,000 each.", nil, []string{"The", "U.S", ".", "paid", "$", "3.5", "million", ",", "or", "10,000", "each", "."}},
		{"a party and state tag", "Rep. Ann Lee (D-N.Y) said", nil, []string{"Rep", ".", "Ann", "Lee", "(", "D-N.Y", ")", "said"}},
		{"inverted french verb", "a-t-il déclaré", fr, []string{"a-t-il", "déclaré"}},
		{"elisions", "l’entreprise qu'il d'après", fr, []string{"l’", "entreprise", "qu'", "il", "d'", "après"}},
		{"possessive and contraction", "Clinton’s aide said it’d work", en, []string{"Clinton", "’s", "aide", "said", "it", "’d", "work"}},
		{"ampersand between capitals", "AT&T and CD&V, R & D, rock&roll", nil, []string{"AT&T", "and", "CD&V", ",", "R", "&", "D", ",", "rock", "&", "roll"}},
		{"quotes are punctuation", "«Non», dit-elle", fr, []string{"«", "Non", "»", ",", "dit-elle"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := words(Tokenize(tc.text, tc.opt), tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestLowerAndNewlines(t *testing.T) {
	toks := Tokenize("Said\n\nL’État", &Options{Elisions: map[string]bool{"l": true}})
	if toks[0].Lower != "said" || !toks[0].Cap {
		t.Errorf("first token %+v", toks[0])
	}
	if toks[1].Lower != "l'" || toks[1].Newlines != 2 {
		t.Errorf("elision token %+v: want lower l' after 2 newlines", toks[1])
	}
	if s, e := Trim("\u00a0 x \u202f", 0, len("\u00a0 x \u202f")); s != 3 || e != 4 {
		t.Errorf("Trim = %d, %d", s, e)
	}
}

func TestDottedInitials(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"j.m", true},
		{"j.r.r", true},
		{"u.s", true},
		{"j", false},
		{"jm", false},
		{"j.m.", false},
		{"st", false},
		{"ph.d", false},
		{"é.m", false},
	} {
		if got := DottedInitials(tc.w); got != tc.want {
			t.Errorf("DottedInitials(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
