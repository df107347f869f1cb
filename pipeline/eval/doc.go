// Package eval scores claims against gold-annotated articles with the
// protocol of ../shared/README.md: quotes matched by character overlap at
// thresholds 0.3 and 0.8, precision, recall and F1; speaker identity and
// speaker mention on the matched quotes; end-to-end F1 where a match counts
// only with the right speaker; the span length ratio; each overall, per
// language and per kind. It also breaks speaker accuracy down by the sieve
// rule that decided and by confidence band, for error analysis and
// calibration.
package eval
