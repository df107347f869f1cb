package lang

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed data/*.yaml
var files embed.FS

// Registry hands out language packs, parsing each embedded file once, the
// first time it is asked for. A Registry is safe for concurrent use; build
// one per process and share it.
type Registry struct {
	mu    sync.Mutex
	packs map[string]*entry
}

type entry struct {
	once sync.Once
	pack *Pack
	err  error
}

// NewRegistry returns a registry of the embedded languages.
func NewRegistry() *Registry {
	r := &Registry{packs: map[string]*entry{}}
	for _, code := range Codes() {
		r.packs[code] = &entry{}
	}
	return r
}

// Codes lists the languages that have a pack, sorted.
func Codes() []string {
	names, _ := fs.Glob(files, "data/*.yaml")
	codes := make([]string, 0, len(names))
	for _, n := range names {
		codes = append(codes, strings.TrimSuffix(strings.TrimPrefix(n, "data/"), ".yaml"))
	}
	sort.Strings(codes)
	return codes
}

// Has reports whether code has a pack.
func (r *Registry) Has(code string) bool {
	_, ok := r.packs[code]
	return ok
}

// Get returns the pack for code, loading it on first use.
func (r *Registry) Get(code string) (*Pack, error) {
	e, ok := r.packs[code]
	if !ok {
		return nil, fmt.Errorf("no language pack for %q", code)
	}
	e.once.Do(func() { e.pack, e.err = load(code) })
	return e.pack, e.err
}

func load(code string) (*Pack, error) {
	b, err := files.ReadFile("data/" + code + ".yaml")
	if err != nil {
		return nil, fmt.Errorf("language pack %s: %w", code, err)
	}
	var f file
	if err := yaml.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("language pack %s: %w", code, err)
	}
	p, err := build(&f)
	if err != nil {
		return nil, fmt.Errorf("language pack %s: %w", code, err)
	}
	if p.Code != code {
		return nil, fmt.Errorf("language pack %s: file says code %q", code, p.Code)
	}
	return p, nil
}

// SignatureWords reads only the signature words of a language's file: the
// cheap first test of language detection needs them before any pack is
// built.
func SignatureWords(code string) (map[string]bool, error) {
	b, err := files.ReadFile("data/" + code + ".yaml")
	if err != nil {
		return nil, fmt.Errorf("language pack %s: %w", code, err)
	}
	var f struct {
		SignatureWords []string `yaml:"signature_words"`
	}
	if err := yaml.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("language pack %s: %w", code, err)
	}
	return set(f.SignatureWords), nil
}
