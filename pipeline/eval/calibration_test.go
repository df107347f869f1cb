package eval

import "testing"

func TestCalibration(t *testing.T) {
	rep := &Report{ByRule: map[string]*Tally{
		"none":               {Scored: 84, Correct: 0},
		"cue-before":         {Scored: 200, Correct: 190},
		"interview":          {Scored: 11, Correct: 0}, // too few: left out
		"cue-before+pronoun": {Scored: 40, Correct: 32},
		"colon+pronoun":      {Scored: 15, Correct: 11}, // too few alone, pooled below
		"dash+unresolved":    {Scored: 5, Correct: 0},
	}}
	got := rep.Calibration()
	want := map[string]float64{
		"cue-before":         bound(&Tally{Scored: 200, Correct: 190}),
		"cue-before+pronoun": bound(&Tally{Scored: 40, Correct: 32}),
		"+pronoun":           bound(&Tally{Scored: 55, Correct: 43}),
	}
	if len(got) != len(want) {
		t.Errorf("Calibration() = %v, want the keys of %v", got, want)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %v, want %v", k, got[k], w)
		}
	}
}

func TestWilsonLower(t *testing.T) {
	for _, tc := range []struct {
		k, n   int
		lo, hi float64
	}{
		{0, 0, 0, 0},
		{0, 11, 0, 0.001},
		{190, 200, 0.90, 0.92}, // 95 % measured: the bound is lower
		{100, 100, 0.96, 0.97},
	} {
		if got := wilsonLower(tc.k, tc.n); got < tc.lo || got > tc.hi {
			t.Errorf("wilsonLower(%d, %d) = %.4f, want in [%v, %v]", tc.k, tc.n, got, tc.lo, tc.hi)
		}
	}
}
