package attribution

import (
	"encoding/json"
	"testing"
)

// TestCalibrationTable checks the embedded table written by make calibrate.
func TestCalibrationTable(t *testing.T) {
	var table map[string]float64
	if err := json.Unmarshal(calibrationJSON, &table); err != nil {
		t.Fatalf("calibration.json: %v", err)
	}
	for _, r := range sieve() {
		// rules too rare in English to measure keep their prior: the
		// incise and a quote paragraph after its speaker's sentence are
		// French layouts, and so is a passive participle before a quote
		// and its agent, and a narrative infinitive (« Et d'ajouter : »);
		// French has no training split
		if _, ok := table[r.name]; !ok && r.name != "next-sentence" && r.name != "dash" && r.name != "incise" && r.name != "previous-subject" && r.name != "agent" && r.name != "narrative" {
			t.Errorf("no calibrated confidence for rule %s (run make calibrate)", r.name)
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
