package eval

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/models"
)

func ip(i int) *int { return &i }

// text: 0123456789...
const text = `Intro. “Taxes will fall,” said Ann Lee. She called it “a promise.” Bob Ray said “no way.”`

func gold() []Article {
	return []Article{{ID: "a", Lang: "en", Text: text, Quotes: []Quote{
		{Start: 7, End: 25, Kind: "direct", Speakers: []string{"Ann Lee"}, MentionStart: ip(31), MentionEnd: ip(38)},
		{Start: 54, End: 66, Kind: "partial", Speakers: []string{"Ann Lee"}, MentionStart: ip(40), MentionEnd: ip(43)},
		{Start: 80, End: 89, Kind: "partial", Speakers: []string{"he"}},
	}}}
}

func claim(start, end int, kind models.Kind, name string, ms, me int) models.Claim {
	c := models.Claim{ArticleID: "a", Kind: kind, Start: start, End: end}
	if name != "" {
		c.Speaker = &models.ClaimSpeaker{Name: name, Start: ip(ms), End: ip(me)}
	}
	return c
}

func perfect() []models.Claim {
	return []models.Claim{
		claim(8, 24, models.Direct, "Ann Lee", 31, 38),
		claim(55, 65, models.Partial, "Ms. Lee", 40, 43),
		claim(81, 88, models.Partial, "Bob Ray", 67, 74),
	}
}

func TestScore(t *testing.T) {
	for _, tc := range []struct {
		name  string
		preds []models.Claim
		kinds []string
		check func(t *testing.T, f Figures)
	}{
		{"perfect output scores 100", perfect(), nil, func(t *testing.T, f Figures) {
			if f.Precision != 100 || f.Recall != 100 || f.F1 != 100 || f.SpeakerID != 100 || f.Mention != 100 || f.E2EF1 != 100 {
				t.Errorf("%+v", f)
			}
			// the third gold quote names no one: left out of speaker figures
			if f.SpeakerScored != 2 || f.E2EGold != 2 || f.E2EPredicted != 2 {
				t.Errorf("speaker scored %d, e2e gold %d, e2e pred %d", f.SpeakerScored, f.E2EGold, f.E2EPredicted)
			}
			if f.LengthRatio != 1 {
				t.Errorf("length ratio %v", f.LengthRatio)
			}
		}},
		{"empty output scores 0", nil, nil, func(t *testing.T, f Figures) {
			if f.Precision != 0 || f.Recall != 0 || f.F1 != 0 || f.E2EF1 != 0 || f.Matched != 0 {
				t.Errorf("%+v", f)
			}
		}},
		{"a wrong speaker lowers only the speaker figures", func() []models.Claim {
			p := perfect()
			p[0].Speaker = &models.ClaimSpeaker{Name: "Bob Ray", Start: ip(67), End: ip(74)}
			return p
		}(), nil, func(t *testing.T, f Figures) {
			if f.Precision != 100 || f.Recall != 100 || f.F1 != 100 {
				t.Errorf("quote figures changed: %+v", f)
			}
			if f.SpeakerID != 50 || f.Mention != 50 || f.E2EMatched != 1 {
				t.Errorf("speaker figures: id %v mention %v e2e matched %d", f.SpeakerID, f.Mention, f.E2EMatched)
			}
		}},
		{"a pronoun is never a name", func() []models.Claim {
			p := perfect()
			p[1].Speaker.Name = "she"
			return p
		}(), nil, func(t *testing.T, f Figures) {
			if f.SpeakerCorrect != 1 {
				t.Errorf("speaker correct %d, want 1", f.SpeakerCorrect)
			}
		}},
		{"overlap thresholds", []models.Claim{claim(8, 14, models.Direct, "Ann Lee", 31, 38)}, nil, func(t *testing.T, f Figures) {
			// "Taxes " covers 6 of 16 characters of "Taxes will fall,": 0.375
			want := map[float64]int{0.3: 1, 0.8: 0}
			if f.Matched != want[f.Threshold] {
				t.Errorf("threshold %.1f: matched %d", f.Threshold, f.Matched)
			}
		}},
		{"kinds filter both sides", perfect(), []string{"direct"}, func(t *testing.T, f Figures) {
			if f.Gold != 1 || f.Predicted != 1 || f.Matched != 1 {
				t.Errorf("%+v", f)
			}
		}},
		{"a too long span is forgiven but shows in the ratio", []models.Claim{claim(7, 40, models.Direct, "Ann Lee", 31, 38)}, []string{"direct"}, func(t *testing.T, f Figures) {
			if f.Matched != 1 || f.LengthRatio < 1.5 {
				t.Errorf("matched %d ratio %v", f.Matched, f.LengthRatio)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := Score(gold(), map[string][]models.Claim{"a": tc.preds}, Options{Kinds: tc.kinds})
			for _, f := range rep.Overall {
				tc.check(t, f)
			}
		})
	}
}

func TestSameSpeaker(t *testing.T) {
	for _, tc := range []struct {
		pred string
		gold []string
		want bool
	}{
		{"José Valencia", []string{"Valencia"}, true},
		{"Jose Valencia", []string{"José Valencia"}, true},
		{"Mr. Trump", []string{"Donald Trump"}, true},
		{"President Obama", []string{"Mr. Biden"}, false},
		{"he", []string{"he"}, false},
		{"the government", []string{"Government of Ecuador"}, true},
		{"Le ministre", []string{"Bruno Le Maire"}, false},
	} {
		if got := sameSpeaker(tc.pred, tc.gold); got != tc.want {
			t.Errorf("sameSpeaker(%q, %q) = %v", tc.pred, tc.gold, got)
		}
	}
}

func TestOtherKind(t *testing.T) {
	g := gold()
	// a gold indirect quote on "Bob Ray said" and a direct prediction on it
	g[0].Quotes = append(g[0].Quotes, Quote{Start: 67, End: 79, Kind: "indirect", Speakers: []string{"Bob Ray"}})
	preds := append(perfect(), claim(67, 79, models.Direct, "Bob Ray", 67, 74))
	rep := Score(g, map[string][]models.Claim{"a": preds}, Options{Kinds: []string{"direct", "partial"}})
	if f := rep.Overall[0]; f.OtherKind != 1 || f.Predicted-f.Matched != 1 {
		t.Errorf("other kind %d, unmatched %d; want 1 and 1", f.OtherKind, f.Predicted-f.Matched)
	}
	// the report gives the figures without the disagreement: every
	// other prediction is right
	var b strings.Builder
	rep.Print(&b, "t")
	if !strings.Contains(b.String(), "without them P 100.00, F1 100.00, e2e P 100.00, e2e F1 100.00") {
		t.Errorf("report lacks the figures without the disagreements:\n%s", b.String())
	}
}
