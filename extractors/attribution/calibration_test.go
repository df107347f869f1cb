package attribution

import (
	"encoding/json"
	"testing"

	"github.com/whosaid/whosaid/models"
)

// TestCalibrationTable checks the embedded table written by make calibrate.
func TestCalibrationTable(t *testing.T) {
	var table map[string]float64
	if err := json.Unmarshal(calibrationJSON, &table); err != nil {
		t.Fatalf("calibration.json: %v", err)
	}
	// the rules common in English news are measured; rarer ones (the
	// dash, the incise, a transcript's label, the next sentence …) keep
	// their prior, and so do French layouts: French has no training split
	for _, key := range []string{"adjacent-after", "adjacent-before", "according-to", "colon", "sentence-cue", "continuation", "subject", "cue-before", "cue-after", "stance", "+pronoun", "+noun", "+description"} {
		if _, ok := table[key]; !ok {
			t.Errorf("no calibrated confidence for %s (run make calibrate)", key)
		}
	}
	for rule, c := range table {
		if c < 0 || c > 1 {
			t.Errorf("%s: confidence %v out of [0,1]", rule, c)
		}
	}
	if table["adjacent-after"] <= table["continuation"] {
		t.Errorf("an adjacent cue should be trusted more than a continuation: %v", table)
	}
}

// TestCalibrate checks how a statement's confidence is looked up: the way
// it was attributed, else its kind of source over every rule, else the
// rule's prior.
func TestCalibrate(t *testing.T) {
	at := &Attributor{calibration: map[string]float64{"cue-before": 0.95, "cue-before+pronoun": 0.8, "+pronoun": 0.7}}
	for _, tc := range []struct {
		by          string
		prior, want float64
	}{
		{"cue-before", 0.5, 0.95},
		{"cue-before+pronoun", 0.5, 0.8},
		{"dash+pronoun", 0.5, 0.7},     // pooled over the rules
		{"interview", 0.8, 0.8},        // too rare to measure: the prior
		{"dash+description", 0.4, 0.4}, // nothing measured
	} {
		mq := models.Quote{Confidence: tc.prior, Speaker: &models.Speaker{ResolvedBy: tc.by}}
		at.calibrate(&mq)
		if mq.Confidence != tc.want {
			t.Errorf("%s: confidence %v, want %v", tc.by, mq.Confidence, tc.want)
		}
	}
}
