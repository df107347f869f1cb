package checkworthy

import (
	"math"
	"math/rand"
)

// net is a word-vector layer while it learns (see Layer): at each word,
// h = tanh(W·e + b), pooled over the sentence by mean and max, weighted
// by u and v. It keeps the activations of the
// last forward pass for the backward pass, and Adagrad sums and epoch
// averages of every weight.
type net struct {
	k, d int
	vec  *Embeddings

	w, b, u, v     []float64 // k×d, k, k, k
	gw, gb, gu, gv []float64 // Adagrad sums of squared gradients
	aw, ab, au, av []float64 // averages over epochs

	h         []float64 // activations: one row of k per word
	mean, max []float64
	arg       []int // the word holding each max
	dw, db    []float64
	kept      []int32 // the rows left after dropout
}

func newNet(k int, vec *Embeddings, seed int64) *net {
	k = min(max(k, 1), maxK)
	d := vec.Dim
	n := &net{k: k, d: d, vec: vec}
	for _, p := range []*[]float64{&n.w, &n.gw, &n.aw, &n.dw} {
		*p = make([]float64, k*d)
	}
	for _, p := range []*[]float64{&n.b, &n.u, &n.v, &n.gb, &n.gu, &n.gv, &n.ab, &n.au, &n.av, &n.mean, &n.max, &n.db} {
		*p = make([]float64, k)
	}
	n.arg = make([]int, k)
	rng := rand.New(rand.NewSource(seed))
	scale := 1 / math.Sqrt(float64(d))
	for i := range n.w {
		n.w[i] = rng.NormFloat64() * scale
	}
	return n
}

// weights returns row j of w (W or its gradient).
func (n *net) weights(w []float64, j int) []float64 { return w[j*n.d : (j+1)*n.d] }

// forward returns the layer's part of the logit for a sentence's rows.
func (n *net) forward(rows []int32) float64 {
	if len(rows) == 0 {
		return 0
	}
	if cap(n.h) < len(rows)*n.k {
		n.h = make([]float64, len(rows)*n.k)
	}
	n.h = n.h[:len(rows)*n.k]
	for j := range n.mean {
		n.mean[j], n.max[j], n.arg[j] = 0, -2, 0
	}
	for i, r := range rows {
		e := n.vec.vector(r)
		h := n.h[i*n.k : (i+1)*n.k]
		for j := range h {
			a := n.b[j]
			for x, w := range n.weights(n.w, j) {
				a += w * float64(e[x])
			}
			h[j] = math.Tanh(a)
			n.mean[j] += h[j]
			if h[j] > n.max[j] {
				n.max[j], n.arg[j] = h[j], i
			}
		}
	}
	z := 0.0
	for j := range n.mean {
		n.mean[j] /= float64(len(rows))
		z += n.u[j]*n.mean[j] + n.v[j]*n.max[j]
	}
	return z
}

// backward takes one Adagrad step for the sentence of the last forward
// pass, whose logistic loss has gradient g at the logit.
func (n *net) backward(rows []int32, g, rate, l2 float64) {
	if len(rows) == 0 {
		return
	}
	step := func(grad float64, acc *float64) float64 {
		*acc += grad * grad
		return rate * grad / (math.Sqrt(*acc) + 1e-8)
	}
	clear(n.dw)
	clear(n.db)
	inv := 1 / float64(len(rows))
	for i, r := range rows {
		e := n.vec.vector(r)
		h := n.h[i*n.k : (i+1)*n.k]
		for j := range h {
			dh := g * n.u[j] * inv
			if n.arg[j] == i {
				dh += g * n.v[j]
			}
			da := dh * (1 - h[j]*h[j])
			if da == 0 {
				continue
			}
			n.db[j] += da
			dwj := n.weights(n.dw, j)
			for x, ex := range e {
				dwj[x] += da * float64(ex)
			}
		}
	}
	for j := 0; j < n.k; j++ {
		n.u[j] -= step(g*n.mean[j]+l2*n.u[j], &n.gu[j])
		n.v[j] -= step(g*n.max[j]+l2*n.v[j], &n.gv[j])
		n.b[j] -= step(n.db[j], &n.gb[j])
	}
	for i, dw := range n.dw {
		if dw != 0 {
			n.w[i] -= step(dw+l2*n.w[i], &n.gw[i])
		}
	}
}

// average folds the weights at the end of epoch number steps into their
// averages.
func (n *net) average(steps float64) {
	for _, p := range [][2][]float64{{n.w, n.aw}, {n.b, n.ab}, {n.u, n.au}, {n.v, n.av}} {
		for i, x := range p[0] {
			p[1][i] += (x - p[1][i]) / steps
		}
	}
}

// layer is the learned layer, from the averaged weights, with each
// vocabulary word's values computed once and stored at 8 bits.
func (n *net) layer() *Layer {
	words := len(n.vec.Words)
	l := &Layer{K: n.k, Table: make([]int8, words*n.k), Mean: make([]float32, n.k), Max: make([]float32, n.k)}
	for j := 0; j < n.k; j++ {
		l.Mean[j], l.Max[j] = float32(n.au[j]), float32(n.av[j])
	}
	for r := 0; r < words; r++ {
		e := n.vec.vector(int32(r))
		for j := 0; j < n.k; j++ {
			a := n.ab[j]
			for x, w := range n.weights(n.aw, j) {
				a += w * float64(e[x])
			}
			l.Table[r*n.k+j] = int8(math.Round(math.Tanh(a) * 127))
		}
	}
	return l
}
