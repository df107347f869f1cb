// Package checkworthy scores a statement by how much a fact-checker would
// want to check it, in [0, 1].
//
// The model is learned from the ClaimBuster corpus (sentences from US
// presidential debates labelled check-worthy factual, unimportant factual or
// non-factual) by cmd/traincheckworthy (make train), and embedded in the
// binary. It scores in two stages, each a logistic model: does the
// sentence state a fact, and is a factual sentence worth checking; the
// score is the product. Each stage has three parts: hashed word unigrams
// and bigrams, learned for English; a word-vector Layer, learned for
// English from pre-trained vectors that only training reads
// (ReadWinkVectors); and a few language-independent features —
// numbers, percentages, money, years, comparisons, quantities, named
// entities, opinion and promise words, length — whose cue words come from
// the language packs. Languages without a trained word model (French) are
// scored by second weight sets learned on the shared features alone.
package checkworthy
