package eval

import (
	"math"
	"strings"
)

// MinSupport is the number of scored claims a resolved_by value needs
// before Calibration gives it a measured confidence.
const MinSupport = 30

// Calibration turns the speaker accuracy of each way of attributing
// (ByRule) into the confidence the attribution gives it: the lower bound
// of the 95 % Wilson interval, so that a rule is not trusted more than it
// has earned.
//
// A value scored on fewer than MinSupport claims is left out, and the
// attribution keeps its prior: on a handful of claims the bound says
// little about the rule and much about the corpus's conventions (the
// answers of a labelled interview score 0 of 11 on PolNeAR, whose gold
// names the "A" label or an "I" inside the answer). For the ways that
// refine a rule ("cue-before+pronoun") the counts are also pooled over
// every rule, under the bare suffix ("+pronoun"), so that a rare
// combination is scored like its kind of source rather than like its rule.
func (r *Report) Calibration() map[string]float64 {
	table := map[string]float64{}
	pooled := map[string]*Tally{}
	for key, t := range r.ByRule {
		if key == "none" {
			continue
		}
		if t.Scored >= MinSupport {
			table[key] = bound(t)
		}
		if i := strings.IndexByte(key, '+'); i > 0 {
			p := pooled[key[i:]]
			if p == nil {
				p = &Tally{}
				pooled[key[i:]] = p
			}
			p.Scored += t.Scored
			p.Correct += t.Correct
		}
	}
	for key, t := range pooled {
		if t.Scored >= MinSupport {
			table[key] = bound(t)
		}
	}
	return table
}

// bound is the Wilson lower bound of a tally, to three decimals.
func bound(t *Tally) float64 {
	return math.Round(wilsonLower(t.Correct, t.Scored)*1000) / 1000
}

// wilsonLower is the lower bound of the 95 % Wilson score interval of k
// successes in n trials.
func wilsonLower(k, n int) float64 {
	if n == 0 {
		return 0
	}
	const z = 1.96
	p, fn := float64(k)/float64(n), float64(n)
	centre := p + z*z/(2*fn)
	margin := z * math.Sqrt(p*(1-p)/fn+z*z/(4*fn*fn))
	return (centre - margin) / (1 + z*z/fn)
}
