package checkworthy

import (
	"bytes"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractors/lang"
	"github.com/whosaid/whosaid/extractors/token"
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
	back := roundTrip(t, m)
	for i, st := range []Stage{back.Factual, back.Worthy} {
		want := []Stage{m.Factual, m.Worthy}[i]
		if st.Full != want.Full || st.Portable != want.Portable || len(st.Words) != Dim || st.Words[123] != want.Words[123] {
			t.Errorf("stage %d changed through Write and Read", i)
		}
	}
	if back.Lang != m.Lang {
		t.Error("language changed through Write and Read")
	}
	if len(m.Words) == 0 || m.Factual.Layer == nil {
		t.Fatal("the embedded model has no word-vector layer")
	}
	if !slices.Equal(back.Words, m.Words) || back.vocab[m.Words[7]] != 7 {
		t.Error("vocabulary changed through Write and Read")
	}
	for i, st := range []Stage{back.Factual, back.Worthy} {
		want := []Stage{m.Factual, m.Worthy}[i].Layer
		l := st.Layer
		if l.K != want.K || !slices.Equal(l.Table, want.Table) || !slices.Equal(l.Mean, want.Mean) || !slices.Equal(l.Max, want.Max) {
			t.Errorf("stage %d's layer changed through Write and Read", i)
		}
	}
}

func TestAveragePrecision(t *testing.T) {
	if ap := AveragePrecision([]float64{0.9, 0.8, 0.1}, []bool{true, false, true}); ap < 0.83 || ap > 0.84 {
		t.Errorf("AP = %v, want (1 + 2/3) / 2", ap)
	}
}

func TestReadWinkVectors(t *testing.T) {
	const file = `{"precision":8,"dimensions":2,"words":["the","cat","dog"],
	"vectors":{"the":[0.1,0.2,0.22,0],"dog":[0.5,-0.5,0.7,2],"cat":[1,2,2.2,1]},"unkVector":[0,0,0]}`
	e, err := ReadWinkVectors(strings.NewReader(file), func(w string, rank int) bool { return w != "the" })
	if err != nil {
		t.Fatal(err)
	}
	if e.Dim != 2 || !slices.Equal(e.Words, []string{"cat", "dog"}) || !slices.Equal(e.Data, []float32{1, 2, 0.5, -0.5}) {
		t.Errorf("read %d-value vectors %v: %v; want cat, dog in order of rank", e.Dim, e.Words, e.Data)
	}
	for _, bad := range []string{
		`{"dimensions":2,"vectors":{"cat":[1,2,3]}}`,
		`{"vectors":{"cat":[1,2,3,4]},"dimensions":2}`,
		`{"dimensions":2,"vectors":{}}`,
		`[1,2]`,
	} {
		if _, err := ReadWinkVectors(strings.NewReader(bad), func(string, int) bool { return true }); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func TestVocabRows(t *testing.T) {
	v := Vocab{"do": 0, "n't": 1, "carter": 2, "s": 3}
	var toks []token.Token
	for _, w := range []string{"carter's", "do", "xyz", "don't", "n't"} {
		toks = append(toks, token.Token{Lower: w})
	}
	got := v.Rows(toks, nil)
	if want := []int32{2, 3, 0, 1}; !slices.Equal(got, want) {
		t.Errorf("rows %v, want %v (a contraction by its parts, unknown words left out)", got, want)
	}
}

// TestLayerGeneralises trains on sentences about taxes and the weather
// with hand-made vectors in which "levy" lies next to "tax" and "sunny"
// next to "rain": a sentence with "levy", a word no training sentence
// holds, must score above one with "sunny".
func TestLayerGeneralises(t *testing.T) {
	vec := &Embeddings{Dim: 3,
		Words: []string{"the", "tax", "levy", "rain", "sunny", "rose", "fell"},
		Data: []float32{
			0, 0, 1,
			1, 0, 0, 0.95, 0.1, 0,
			0, 1, 0, 0.1, 0.95, 0,
			0, 0, 0.5, 0, 0, 0.5,
		}}
	var ex []Example
	f := func(words ...string) Features {
		var toks []token.Token
		for _, w := range words {
			toks = append(toks, token.Token{Lower: w})
		}
		return Features{Toks: toks}
	}
	for i := 0; i < 40; i++ {
		ex = append(ex,
			Example{F: f("the", "tax", "rose"), Factual: true, Y: true},
			Example{F: f("the", "tax", "fell"), Factual: true, Y: true},
			Example{F: f("the", "rain", "fell"), Factual: true},
			Example{F: f("the", "rain", "rose"), Factual: i%2 == 0})
	}
	opt := DefaultTrainOptions
	opt.K, opt.Dropout = 4, 0
	m := Train(ex, "en", opt, vec)
	levy, sunny := m.ScoreFeatures(f("the", "levy", "rose"), "en"), m.ScoreFeatures(f("the", "sunny", "rose"), "en")
	if levy <= sunny+0.1 {
		t.Errorf("levy %.3f, sunny %.3f: the layer did not carry what the vectors say", levy, sunny)
	}
	back := roundTrip(t, m)
	if got := back.ScoreFeatures(f("the", "levy", "rose"), "en"); math.Abs(got-levy) > 0.01 {
		t.Errorf("levy %.3f after Write and Read, %.3f before: 8-bit storage changed the score", got, levy)
	}
}

// roundTrip writes m and reads it back.
func roundTrip(t *testing.T, m *Model) *Model {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return back
}

// TestModelIsCurrent checks that the embedded model was made from the
// training data as the language packs read it now: a change to a pack's
// stopwords, cue words or abbreviations changes the features, and the
// model must then be made again (make train), or what make train gives
// would no longer be what ships.
func TestModelIsCurrent(t *testing.T) {
	const path = "../../../shared/checkworthy/claimbuster_train.jsonl"
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s is absent (a clone without ../shared): model freshness not checked", path)
	}
	defer f.Close()
	p, err := lang.NewRegistry().Get("en")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := ReadExamples(f, path, p)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("model.fingerprint")
	if err != nil {
		t.Fatal(err)
	}
	got := Fingerprint(ex)
	if fields := strings.Fields(string(want)); len(fields) == 0 || fields[0] != got {
		t.Errorf("model.bin was made from other features than the training data has now (fingerprint %s, model.fingerprint %q): run make train", got, want)
	}
}

func TestReadExamples(t *testing.T) {
	p, err := lang.NewRegistry().Get("en")
	if err != nil {
		t.Fatal(err)
	}
	in := `{"id":"1","text":"Taxes rose 4 percent.","label":"CFS"}
{"id":"2","text":"Thank you.","label":"NFS"}
`
	ex, err := ReadExamples(strings.NewReader(in), "in", p)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) != 2 || !ex[0].Y || !ex[0].Factual || ex[1].Factual || ex[1].Y {
		t.Fatalf("examples: %+v", ex)
	}
	if a, b := Fingerprint(ex), Fingerprint(ex[:1]); a == b || len(a) != 64 {
		t.Errorf("fingerprints %s and %s", a, b)
	}
	if _, err := ReadExamples(strings.NewReader(`{"text":"x","label":"maybe"}`), "bad.jsonl", p); err == nil || !strings.Contains(err.Error(), "bad.jsonl:1") {
		t.Errorf("bad label: %v", err)
	}
}
