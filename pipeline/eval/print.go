package eval

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// Print writes the report as tables.
func (r *Report) Print(w io.Writer, title string) {
	fmt.Fprintf(w, "== %s\n", title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "slice\toverlap\tgold\tpred\tmatched\tP\tR\tF1\tspeaker id\tmention\te2e P\te2e R\te2e F1\tlen ratio\t")
	row := func(name string, fs []Figures) {
		for _, f := range fs {
			fmt.Fprintf(tw, "%s\t%.1f\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.3f\t\n",
				name, f.Threshold, f.Gold, f.Predicted, f.Matched, f.Precision, f.Recall, f.F1,
				f.SpeakerID, f.Mention, f.E2EPrecision, f.E2ERecall, f.E2EF1, f.LengthRatio)
		}
	}
	row("all", r.Overall)
	for _, k := range Keys(r.PerLang) {
		row("lang="+k, r.PerLang[k])
	}
	for _, k := range Keys(r.PerKind) {
		row("kind="+k, r.PerKind[k])
	}
	tw.Flush()
	for _, f := range r.Overall {
		if f.OtherKind > 0 {
			fmt.Fprintf(w, "overlap %.1f: %d of the %d unmatched predictions overlap a gold quote of a kind left out by --kinds (a disagreement on the kind, not a spurious quote); without them P %.2f, F1 %.2f, e2e P %.2f, e2e F1 %.2f\n",
				f.Threshold, f.OtherKind, f.Predicted-f.Matched, ratio(f.Matched, f.Predicted-f.OtherKind), f1(f.Matched, f.Predicted-f.OtherKind, f.Gold),
				ratio(f.E2EMatched, f.E2EPredicted-f.OtherKind), f1(f.E2EMatched, f.E2EPredicted-f.OtherKind, f.E2EGold))
		}
	}
	if len(r.ByRule) > 0 {
		printTallies(w, "speaker identity by rule (overlap 0.3):", r.ByRule)
		printTallies(w, "speaker identity by confidence (overlap 0.3):", r.ByConfidence)
	}
}

// printTallies writes a table of right speakers by key.
func printTallies(w io.Writer, title string, m map[string]*Tally) {
	fmt.Fprintln(w, title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, k := range Keys(m) {
		t := m[k]
		fmt.Fprintf(tw, "  %s\t%d\t%d\t%.2f%%\t\n", k, t.Scored, t.Correct, t.Share)
	}
	tw.Flush()
}
