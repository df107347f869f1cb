package checkworthy

import (
	"bytes"
	"testing"

	"github.com/whosaid/whosaid/extractors/lang"
)

func TestEmbeddedModelRanks(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	reg := lang.NewRegistry()
	for _, tc := range []struct {
		lang, checkable, not string
	}{
		{"en", "Unemployment fell from 9.8 percent in 2010 to 4.1 percent last year.", "Thank you very much, I think we all agree on that."},
		{"en", "We have cut the deficit by more than $200 billion since I took office.", "I hope everybody has a wonderful evening."},
		{"fr", "Le chômage a baissé de 2 % en un an, soit 150 000 emplois de plus.", "Je vous remercie, je pense que nous sommes tous d'accord."},
		{"fr", "Le budget de la ville a augmenté de 12 millions d'euros depuis 2019.", "Bonne soirée à tous et merci."},
	} {
		p, err := reg.Get(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		c, n := m.Score(tc.checkable, p), m.Score(tc.not, p)
		if c <= n || c < 0 || c > 1 || n < 0 || n > 1 {
			t.Errorf("%s: %.3f for %q, %.3f for %q", tc.lang, c, tc.checkable, n, tc.not)
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for i, st := range []Stage{back.Factual, back.Worthy} {
		want := []Stage{m.Factual, m.Worthy}[i]
		if st.Full != want.Full || st.Portable != want.Portable || len(st.Words) != Dim || st.Words[123] != want.Words[123] {
			t.Errorf("stage %d changed through Write and Read", i)
		}
	}
	if back.Lang != m.Lang {
		t.Error("language changed through Write and Read")
	}
}

func TestAveragePrecision(t *testing.T) {
	if ap := AveragePrecision([]float64{0.9, 0.8, 0.1}, []bool{true, false, true}); ap < 0.83 || ap > 0.84 {
		t.Errorf("AP = %v, want (1 + 2/3) / 2", ap)
	}
}
