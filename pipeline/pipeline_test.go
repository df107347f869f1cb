package pipeline_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in ../testdata/golden")

// shared is where the team's shared data lives, beside the project.
const shared = "../../shared"

var (
	resOnce sync.Once
	res     *pipeline.Resources
)

// resources builds the process-wide resources once for all tests.
func resources() *pipeline.Resources {
	resOnce.Do(func() { res = pipeline.NewResources() })
	return res
}

// extract runs the pipeline over paths and returns the JSONL output.
func extract(t *testing.T, paths ...string) ([]byte, *pipeline.Summary) {
	t.Helper()
	var buf bytes.Buffer
	sink := pipeline.NewJSONL(&buf)
	src := &pipeline.Files{Paths: paths, MaxBytes: pipeline.DefaultMaxBytes}
	sum, err := pipeline.Run(context.Background(), src, pipeline.Stages(resources()), sink, pipeline.Options{Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if err := sink.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), sum
}

// TestGolden runs the bundled articles and compares the claims with the
// golden file. Run with -update to accept a change on purpose.
func TestGolden(t *testing.T) {
	for _, tc := range []struct{ name, path string }{
		{"en", "../testdata/articles/en"},
		{"fr", "../testdata/articles/fr"},
		{"jsonl", "../testdata/articles/wire.jsonl"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, sum := extract(t, tc.path)
			if len(sum.Failed) > 0 {
				t.Fatalf("failures: %v", sum.Failed)
			}
			golden := filepath.Join("../testdata/golden", tc.name+".jsonl")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./pipeline -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) || i < len(wl); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Fatalf("claims differ from %s at line %d:\n got: %s\nwant: %s", golden, i+1, g, w)
					}
				}
			}
		})
	}
}

// TestStableIDs: the same text gives the same ids, run after run, and an
// edited text gives new ones.
func TestStableIDs(t *testing.T) {
	a, _ := extract(t, "../testdata/articles")
	b, _ := extract(t, "../testdata/articles")
	if !bytes.Equal(a, b) {
		t.Fatal("two runs over the same input differ")
	}
	text := "“We will build it,” the mayor said."
	c1 := pipeline.Claims(&models.Article{ID: "x", Text: text, Lang: "en", Quotes: []models.Quote{{Kind: models.Direct, Content: models.Span{Start: 3, End: 19}}}})
	c2 := pipeline.Claims(&models.Article{ID: "x", Text: text + " ", Lang: "en", Quotes: []models.Quote{{Kind: models.Direct, Content: models.Span{Start: 3, End: 19}}}})
	if c1[0].ID == c2[0].ID {
		t.Error("an edited text kept its claim ids")
	}
}

// TestClaimsMatchSchema validates the real output of the bundled articles
// against ../shared/schema/claim.schema.json with a JSON Schema validator,
// and checks that every offset points at the text it claims to.
func TestClaimsMatchSchema(t *testing.T) {
	schemaPath := filepath.Join(shared, "schema/claim.schema.json")
	if _, err := os.Stat(schemaPath); err != nil {
		t.Skipf("%s is absent (a clone without ../shared): schema not checked", schemaPath)
	}
	abs, err := filepath.Abs(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	sch, err := jsonschema.NewCompiler().Compile(abs)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := extract(t, "../testdata/articles")
	n := 0
	for _, line := range bytes.Split(bytes.TrimSpace(out), []byte("\n")) {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("claim does not match the schema: %v\n%s", err, line)
		}
		n++
	}
	if n < 30 {
		t.Errorf("only %d claims from the bundled articles", n)
	}
}

// TestLongArticle: an article made of one text repeated gives the claims
// of the text, once per copy, with the same speakers. Long articles take
// index lookups, not scans (BenchmarkPipelineLong); this checks that the
// lookups still find what the scans found.
func TestLongArticle(t *testing.T) {
	for _, path := range []string{"../testdata/articles/en/council-budget.txt", "../testdata/articles/fr/greve-transports.txt"} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			one := run(t, string(data))
			if len(one) == 0 {
				t.Fatal("no claims in the single copy")
			}
			const copies = 40
			many := run(t, strings.Repeat(string(data)+"\n\n", copies))
			if len(many) != copies*len(one) {
				t.Fatalf("%d copies gave %d claims, want %d", copies, len(many), copies*len(one))
			}
			for i, c := range many {
				want := one[i%len(one)]
				if c.Quote != want.Quote || speakerName(c) != speakerName(want) {
					t.Errorf("claim %d: %q by %q, want %q by %q", i, c.Quote, speakerName(c), want.Quote, speakerName(want))
				}
			}
		})
	}
}

func speakerName(c models.Claim) string {
	if c.Speaker == nil {
		return ""
	}
	return c.Speaker.Name
}
