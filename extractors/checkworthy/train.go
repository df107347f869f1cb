package checkworthy

import (
	"math"
	"math/rand"
	"sort"
)

// Example is one labelled sentence.
type Example struct {
	F Features
	// Factual: the sentence states a fact (ClaimBuster's CFS or UFS);
	// Y: it is worth checking (CFS).
	Factual, Y bool
}

// TrainOptions tune training.
type TrainOptions struct {
	Epochs int     // passes over the data
	Rate   float64 // Adagrad learning rate
	L2     float64 // weight decay per update
	Seed   int64   // shuffling seed: the same data and seed give the same model
	// K is the width of the word-vector layer (at most 64); 0 leaves it
	// out. LayerEpochs and LayerRate replace Epochs and Rate for a
	// stage's full weights when it is in.
	K, LayerEpochs int
	LayerRate      float64
	// Dropout is the share of a sentence's words the layer leaves out,
	// at random, each time it learns from the sentence.
	Dropout float64
}

// DefaultTrainOptions are the settings make train uses.
var DefaultTrainOptions = TrainOptions{Epochs: 4, Rate: 0.05, L2: 1e-5, Seed: 1, K: 32, LayerEpochs: 12, LayerRate: 0.02, Dropout: 0.1}

// Embeddings are pre-trained word vectors: row i of Data, Dim values, is
// the vector of Words[i].
type Embeddings struct {
	Words []string
	Dim   int
	Data  []float32
}

// vector is row r.
func (e *Embeddings) vector(r int32) []float32 { return e.Data[int(r)*e.Dim : int(r+1)*e.Dim] }

// Train learns a model for language code: the factual stage on every
// sentence, the check-worthy stage on the factual ones. With vectors (nil
// for none) and opt.K > 0, each stage also learns a word-vector layer.
func Train(ex []Example, code string, opt TrainOptions, vectors *Embeddings) *Model {
	m := &Model{Lang: code}
	if vectors == nil || opt.K <= 0 {
		vectors = nil
	} else {
		m.Words = vectors.Words
		m.vocab = make(Vocab, len(vectors.Words))
		for i, w := range vectors.Words {
			m.vocab[w] = int32(i)
		}
	}
	var factual, worthy []target
	for _, e := range ex {
		var rows []int32
		if vectors != nil {
			rows = m.vocab.Rows(e.F.Toks, nil)
		}
		factual = append(factual, target{e.F, rows, e.Factual})
		if e.Factual {
			worthy = append(worthy, target{e.F, rows, e.Y})
		}
	}
	m.Factual, m.Worthy = trainStage(factual, opt, vectors), trainStage(worthy, opt, vectors)
	return m
}

// target is one sentence and what a stage learns of it.
type target struct {
	F    Features
	Rows []int32 // vocabulary rows of its terms
	Y    bool
}

// trainStage learns one stage: the full weights (words and shared
// features) and the portable weights (shared features only).
//
// Word features are weighted by their naive-Bayes log-count ratio (as in
// NBSVM, Wang and Manning 2012): the regression learns on top of how much
// more often each word occurs in positive sentences. The ratio is folded
// into the stored weights, so scoring stays a plain sum.
func trainStage(ex []target, opt TrainOptions, vectors *Embeddings) Stage {
	st := Stage{Words: make([]float32, Dim)}
	ratio := logCountRatio(ex)
	var n *net
	full := opt
	if vectors != nil {
		n = newNet(opt.K, vectors, opt.Seed)
		full.Epochs, full.Rate = opt.LayerEpochs, opt.LayerRate
	}
	st.Full = fit(ex, full, st.Words, ratio, n)
	for b := range st.Words {
		st.Words[b] *= ratio[b]
	}
	if n != nil {
		st.Layer = n.layer()
	}
	st.Portable = fit(ex, opt, nil, nil, nil)
	return st
}

// logCountRatio is log((p_b/|p|) / (q_b/|q|)) per bucket, with add-one
// smoothing: p counts sentences holding the bucket among positive ones, q
// among the others.
func logCountRatio(ex []target) []float32 {
	p, q := make([]float64, Dim), make([]float64, Dim)
	for i := range p {
		p[i], q[i] = 1, 1
	}
	for _, e := range ex {
		seen := map[uint32]bool{}
		for _, b := range e.F.Words {
			if seen[b] {
				continue
			}
			seen[b] = true
			if e.Y {
				p[b]++
			} else {
				q[b]++
			}
		}
	}
	var sp, sq float64
	for i := range p {
		sp += p[i]
		sq += q[i]
	}
	r := make([]float32, Dim)
	for i := range r {
		r[i] = float32(math.Log((p[i] / sp) / (q[i] / sq)))
	}
	return r
}

// fit runs Adagrad on the logistic loss; with words nil, on the shared
// features alone; with n set, with its word-vector layer.
func fit(ex []target, opt TrainOptions, words, scale []float32, n *net) Linear {
	var lin, avg Linear
	var avgWords []float64
	if words != nil {
		avgWords = make([]float64, Dim)
	}
	steps := 0.0
	var gBias float64
	var gShared [nShared]float64
	var gWords []float64
	if words != nil {
		gWords = make([]float64, Dim)
	}
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	step := func(g float64, acc *float64) float64 {
		*acc += g * g
		return opt.Rate * g / (math.Sqrt(*acc) + 1e-8)
	}
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			e := ex[i]
			z := float64(lin.Bias)
			if words != nil {
				for _, b := range e.F.Words {
					z += float64(words[b] * scale[b])
				}
			}
			for k, v := range e.F.Shared {
				z += float64(lin.Shared[k] * v)
			}
			var rows []int32
			if n != nil {
				rows = dropout(e.Rows, opt.Dropout, rng, n)
				z += n.forward(rows)
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if e.Y {
				y = 1
			}
			g := p - y
			lin.Bias -= float32(step(g, &gBias))
			for k, v := range e.F.Shared {
				if v != 0 {
					gk := g*float64(v) + opt.L2*float64(lin.Shared[k])
					lin.Shared[k] -= float32(step(gk, &gShared[k]))
				}
			}
			if words != nil {
				for _, b := range e.F.Words {
					gb := g*float64(scale[b]) + opt.L2*float64(words[b])
					words[b] -= float32(step(gb, &gWords[b]))
				}
			}
			if n != nil {
				n.backward(rows, g, opt.Rate, opt.L2)
			}
		}
		// average the weights at the end of each epoch
		steps++
		avg.Bias += (lin.Bias - avg.Bias) / float32(steps)
		for k := range lin.Shared {
			avg.Shared[k] += (lin.Shared[k] - avg.Shared[k]) / float32(steps)
		}
		for b := range avgWords {
			avgWords[b] += (float64(words[b]) - avgWords[b]) / steps
		}
		if n != nil {
			n.average(steps)
		}
	}
	for b := range avgWords {
		words[b] = float32(avgWords[b])
	}
	return avg
}

// AveragePrecision is the average precision of ranking by score: the mean
// of the precision at each positive.
func AveragePrecision(scores []float64, positive []bool) float64 {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] > scores[idx[b]] })
	hits, sum := 0, 0.0
	for rank, i := range idx {
		if positive[i] {
			hits++
			sum += float64(hits) / float64(rank+1)
		}
	}
	if hits == 0 {
		return 0
	}
	return sum / float64(hits)
}

// dropout returns rows without a random share p of them, in a buffer of n.
func dropout(rows []int32, p float64, rng *rand.Rand, n *net) []int32 {
	if p <= 0 {
		return rows
	}
	n.kept = n.kept[:0]
	for _, r := range rows {
		if rng.Float64() >= p {
			n.kept = append(n.kept, r)
		}
	}
	return n.kept
}
