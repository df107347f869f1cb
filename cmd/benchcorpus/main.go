// Command benchcorpus writes a JSON Lines corpus of a given size for the
// end-to-end benchmark, by repeating articles with fresh ids: the gold
// articles of ../shared when they are there (they stay on the machine; the
// corpus is never committed), else the project's own test articles.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type article struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

func main() {
	out := flag.String("out", "bench/corpus.jsonl", "corpus `FILE` to write")
	mb := flag.Int("mb", 100, "size of the corpus in `MB`")
	shared := flag.String("shared", "../shared", "the shared folder")
	flag.Parse()
	if err := run(*out, *mb, *shared); err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
}

func run(out string, mb int, shared string) error {
	arts, from, err := sources(shared)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	limit := int64(mb) << 20
	var size int64
	n := 0
	for size < limit {
		a := arts[n%len(arts)]
		rec := article{ID: fmt.Sprintf("%s#%d", a.ID, n/len(arts)), Text: a.Text}
		b, _ := json.Marshal(rec)
		size += int64(len(b)) + 1
		if err := enc.Encode(rec); err != nil {
			return err
		}
		n++
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Printf("benchcorpus: %s: %d articles, %.1f MB, from %s\n", out, n, float64(size)/(1<<20), from)
	return nil
}

// sources reads the articles to repeat.
func sources(shared string) ([]article, string, error) {
	var arts []article
	for _, name := range []string{"polnear_train.jsonl", "polnear_dev.jsonl", "fr_dev.jsonl"} {
		f, err := os.Open(filepath.Join(shared, "gold", name))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var a article
			if json.Unmarshal(sc.Bytes(), &a) == nil && a.Text != "" {
				arts = append(arts, a)
			}
		}
		f.Close()
	}
	if len(arts) > 0 {
		return arts, "the gold articles of " + shared, nil
	}
	err := filepath.WalkDir("testdata/articles", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".md")) {
			return err
		}
		b, err := os.ReadFile(p)
		if err == nil {
			arts = append(arts, article{ID: p, Text: string(b)})
		}
		return err
	})
	if len(arts) == 0 {
		return nil, "", fmt.Errorf("no articles to repeat (no %s/gold, no testdata/articles): %v", shared, err)
	}
	return arts, "testdata/articles", err
}
