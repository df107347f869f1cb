// Package extractors finds statements in article text and attributes them.
// Its subpackages do the work — token (words), segment (paragraphs and
// sentences), quotes (quoted passages), attribution (the speaker sieve) and
// lang (the per-language data all of them read) — and this package holds
// them together per language: a Language is everything needed to run one
// language, built once and shared by every worker.
package extractors
