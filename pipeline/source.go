package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/whosaid/whosaid/models"
)

// Input is one article read from a source, or the error that kept one
// input from being read (Article then holds at least its Origin).
type Input struct {
	Article *models.Article
	Err     error
}

// Source yields inputs in order.
type Source interface {
	// Read calls emit for each input until the source ends, ctx is done or
	// emit returns an error.
	Read(ctx context.Context, emit func(Input) error) error
}

// Files reads articles from files, folders and standard input ("-"):
// .txt and .md files are one article each, .html and .htm pages one
// article each, .jsonl and .ndjson files one article a line (see
// ../shared/schema/article.schema.json). Folders are walked in name order;
// files of other kinds inside them are passed over and counted.
type Files struct {
	Paths    []string
	Stdin    io.Reader
	MaxBytes int // longest JSONL line or file accepted
	// Ignored counts files passed over inside folders.
	Ignored int
}

// Read implements Source.
func (f *Files) Read(ctx context.Context, emit func(Input) error) error {
	for _, p := range f.Paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := f.readStream(ctx, "stdin", f.Stdin, emit); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if err := emit(failed(p, err)); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := f.readFile(ctx, p, p, emit); err != nil {
				return err
			}
			continue
		}
		var files []string
		werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				files = append(files, path) // reported when read
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if kindOf(path) == "" || strings.HasPrefix(d.Name(), ".") {
				f.Ignored++
				return nil
			}
			files = append(files, path)
			return nil
		})
		if werr != nil {
			if err := emit(failed(p, werr)); err != nil {
				return err
			}
		}
		sort.Strings(files)
		for _, path := range files {
			rel, err := filepath.Rel(p, path)
			if err != nil {
				rel = path
			}
			if err := f.readFile(ctx, path, filepath.ToSlash(rel), emit); err != nil {
				return err
			}
		}
	}
	return nil
}

// kindOf names the input kind of a file from its extension.
func kindOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".text", ".markdown":
		return "text"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return ""
}

func failed(origin string, err error) Input {
	return Input{Article: &models.Article{ID: origin, Origin: origin}, Err: err}
}

func (f *Files) readFile(ctx context.Context, path, id string, emit func(Input) error) error {
	kind := kindOf(path)
	fh, err := os.Open(path)
	if err != nil {
		return emit(failed(path, err))
	}
	defer fh.Close()
	if kind == "jsonl" {
		return f.readJSONL(ctx, path, fh, emit)
	}
	data, err := readLimited(fh, f.MaxBytes)
	if err != nil {
		return emit(failed(path, err))
	}
	a := &models.Article{ID: id, Origin: path, ReadAt: time.Now()}
	if kind == "html" {
		a.HTML = string(data)
	} else {
		a.Text = string(data)
	}
	return emit(Input{Article: a})
}

// readStream reads standard input: JSON Lines when it starts with "{",
// otherwise one text article.
func (f *Files) readStream(ctx context.Context, name string, r io.Reader, emit func(Input) error) error {
	if r == nil {
		r = os.Stdin
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		b, err := br.Peek(1)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return emit(failed(name, fmt.Errorf("empty input")))
			}
			return emit(failed(name, err))
		}
		if b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t' {
			br.ReadByte()
			continue
		}
		if b[0] == '{' {
			return f.readJSONL(ctx, name, br, emit)
		}
		break
	}
	data, err := readLimited(br, f.MaxBytes)
	if err != nil {
		return emit(failed(name, err))
	}
	return emit(Input{Article: &models.Article{ID: name, Origin: name, Text: string(data), ReadAt: time.Now()}})
}

func readLimited(r io.Reader, max int) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max {
		return nil, fmt.Errorf("article is over the %s limit (--max-bytes)", size(max))
	}
	return data, nil
}

// record is one line of JSONL input.
type record struct {
	ID        *string `json:"id"`
	Text      *string `json:"text"`
	HTML      *string `json:"html"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Source    string  `json:"source"`
	Published string  `json:"published"`
	Lang      string  `json:"lang"`
}

// readJSONL streams JSON Lines, one article a line, never holding more
// than one line in memory. A bad line is reported with its number and the
// run goes on.
func (f *Files) readJSONL(ctx context.Context, name string, r io.Reader, emit func(Input) error) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	max := f.MaxBytes
	if max <= 0 {
		max = 1 << 30
	}
	var line []byte
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line = line[:0]
		tooLong := false
		var rerr error
		for {
			chunk, isPrefix, err := br.ReadLine()
			if err != nil {
				rerr = err
				break
			}
			if !tooLong {
				if len(line)+len(chunk) > max {
					tooLong = true
					line = line[:0]
				} else {
					line = append(line, chunk...)
				}
			}
			if !isPrefix {
				break
			}
		}
		if rerr != nil && len(line) == 0 && !tooLong {
			if errors.Is(rerr, io.EOF) {
				return nil
			}
			return emit(failed(fmt.Sprintf("%s:%d", name, n), rerr))
		}
		origin := fmt.Sprintf("%s:%d", name, n)
		if tooLong {
			if err := emit(failed(origin, fmt.Errorf("line is over the %s limit (--max-bytes)", size(max)))); err != nil {
				return err
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		in := parseRecord(origin, line)
		if err := emit(in); err != nil {
			return err
		}
		if errors.Is(rerr, io.EOF) {
			return nil
		}
	}
}

func parseRecord(origin string, line []byte) Input {
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return failed(origin, fmt.Errorf("malformed JSON: %w", err))
	}
	if rec.ID == nil || *rec.ID == "" {
		return failed(origin, fmt.Errorf(`record has no "id"`))
	}
	a := &models.Article{ID: *rec.ID, Origin: origin, URL: rec.URL, Title: rec.Title, Source: rec.Source,
		Published: rec.Published, LangHint: rec.Lang, ReadAt: time.Now()}
	switch {
	case rec.Text != nil:
		a.Text = *rec.Text
	case rec.HTML != nil:
		a.HTML = *rec.HTML
	default:
		return Input{Article: a, Err: fmt.Errorf(`record has neither "text" nor "html"`)}
	}
	return Input{Article: a}
}

// Articles is a Source over articles already in memory.
type Articles []*models.Article

// Read implements Source.
func (s Articles) Read(ctx context.Context, emit func(Input) error) error {
	for _, a := range s {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := emit(Input{Article: a}); err != nil {
			return err
		}
	}
	return nil
}
