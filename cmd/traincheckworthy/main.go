// Command traincheckworthy learns the check-worthiness model from the
// ClaimBuster corpus and writes it where the binary embeds it (make train):
//
//	go run ./cmd/traincheckworthy -train ../shared/checkworthy/claimbuster_train.jsonl \
//	    -dev ../shared/checkworthy/claimbuster_dev.jsonl -out extractors/checkworthy/model.bin
//
// The same data and options always give the same model. It prints the
// average precision of CFS against the rest on the dev split.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/whosaid/whosaid/extractors/checkworthy"
	"github.com/whosaid/whosaid/extractors/lang"
)

type record struct {
	Text  string `json:"text"`
	Label string `json:"label"`
}

func main() {
	train := flag.String("train", "../shared/checkworthy/claimbuster_train.jsonl", "training `FILE`")
	dev := flag.String("dev", "../shared/checkworthy/claimbuster_dev.jsonl", "dev `FILE` to measure on")
	out := flag.String("out", "extractors/checkworthy/model.bin", "model `FILE` to write")
	opt := checkworthy.DefaultTrainOptions
	flag.IntVar(&opt.Epochs, "epochs", opt.Epochs, "passes over the data")
	flag.Float64Var(&opt.Rate, "rate", opt.Rate, "Adagrad learning rate")
	flag.Float64Var(&opt.L2, "l2", opt.L2, "weight decay")
	flag.Parse()
	if err := run(*train, *dev, *out, opt); err != nil {
		fmt.Fprintln(os.Stderr, "traincheckworthy:", err)
		os.Exit(1)
	}
}

func run(trainPath, devPath, out string, opt checkworthy.TrainOptions) error {
	pack, err := lang.NewRegistry().Get("en")
	if err != nil {
		return err
	}
	trainEx, err := examples(trainPath, pack)
	if err != nil {
		return err
	}
	m := checkworthy.Train(trainEx, "en", opt)
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
	var out []checkworthy.Example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, checkworthy.Example{F: checkworthy.Extract(r.Text, pack), Factual: r.Label != "NFS", Y: r.Label == "CFS"})
	}
	return out, sc.Err()
}
