package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// runDB runs `whosaid run` into a fresh database and returns its path.
func runDB(t *testing.T, inputs ...string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "w.db")
	args := append([]string{"run", "--db", db, "--sheets", filepath.Join(dir, "sheets")}, inputs...)
	code, _, errs := cli(t, "", args...)
	if code != exitOK {
		t.Fatalf("run: exit %d\n%s", code, errs)
	}
	return db, dir
}

func TestRunIncremental(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "a.jsonl", []byte(`{"id":"a","text":`+jsonString(goodArticle)+`}`+"\n"))
	db := filepath.Join(dir, "w.db")
	_, _, errs := cli(t, "", "run", "--db", db, "--sheets", "", in)
	if !strings.Contains(errs, "1 extracted") || !strings.Contains(errs, "2 claims, 2 appearances") {
		t.Fatalf("first run:\n%s", errs)
	}
	_, _, errs = cli(t, "", "run", "--db", db, "--sheets", "", in)
	if !strings.Contains(errs, "unchanged since the last run 1") || !strings.Contains(errs, "2 claims, 2 appearances") {
		t.Fatalf("second run changed something:\n%s", errs)
	}
	// the text changed: the article is processed again, its old claims replaced
	changed := strings.Replace(goodArticle, "The port will reopen on Friday", "The port will stay closed until March", 1)
	write(t, dir, "a.jsonl", []byte(`{"id":"a","text":`+jsonString(changed)+`}`+"\n"))
	_, _, errs = cli(t, "", "run", "--db", db, "--sheets", "", in)
	if !strings.Contains(errs, "1 extracted") || !strings.Contains(errs, "2 claims, 2 appearances") {
		t.Fatalf("changed article:\n%s", errs)
	}
	_, out, _ := cli(t, "", "queue", "list", "--db", db)
	if !strings.Contains(out, "stay closed until March") || strings.Contains(out, "reopen on Friday") {
		t.Errorf("queue after the change:\n%s", out)
	}
}

// TestExport validates the jsonl export against the claim schema and
// checks the shape of the ClaimReview JSON-LD.
func TestExport(t *testing.T) {
	db, _ := runDB(t, "../../testdata/articles")
	code, out, errs := cli(t, "", "export", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export: %d %s", code, errs)
	}
	schemaPath, _ := filepath.Abs("../../../shared/schema/claim.schema.json")
	if _, err := os.Stat(schemaPath); err != nil {
		t.Skipf("%s is absent: export not validated", schemaPath)
	}
	sch, err := jsonschema.NewCompiler().Compile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 30 {
		t.Fatalf("only %d exported records", len(lines))
	}
	for _, line := range lines {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(line))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("exported record does not match the claim schema: %v\n%s", err, line)
		}
	}

	_, out, _ = cli(t, "", "export", "--db", db, "--format", "claimreview")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var doc map[string]any
		if err := json.Unmarshal([]byte(line), &doc); err != nil {
			t.Fatal(err)
		}
		if doc["@context"] != "https://schema.org" || doc["@type"] != "Claim" || doc["text"] == "" {
			t.Errorf("not a schema.org Claim: %s", line)
		}
		if author, ok := doc["author"].(map[string]any); ok {
			if typ := author["@type"]; (typ != "Person" && typ != "Organization") || author["name"] == "" {
				t.Errorf("author %v", author)
			}
		}
		apps, _ := doc["appearance"].([]any)
		if len(apps) == 0 || doc["firstAppearance"] == nil {
			t.Errorf("no appearance: %s", line)
		}
		for _, a := range apps {
			if w := a.(map[string]any); w["@type"] != "CreativeWork" || (w["url"] == nil && w["identifier"] == nil) {
				t.Errorf("appearance %v", w)
			}
		}
	}
	_, out, _ = cli(t, "", "export", "--db", db, "--format", "csv")
	if !strings.HasPrefix(out, "claim_id,record_id,speaker") || strings.Count(out, "\n") < 30 {
		t.Errorf("csv export:\n%.300s", out)
	}
}

// TestSheetsEscape feeds markup and quotation marks through the sheets.
func TestSheetsEscape(t *testing.T) {
	dir := t.TempDir()
	evil := `{"id":"x<y>","title":"<b>Bold</b> & co","url":"javascript:alert(1)","text":"The mayor spoke.\n\n“Vote <script>alert('x')</script> \"now\" & =SUM(A1),” said Ana <i>Ruiz</i>."}`
	in := write(t, dir, "evil.jsonl", []byte(evil+"\n"))
	db := filepath.Join(dir, "w.db")
	if code, _, errs := cli(t, "", "run", "--db", db, "--sheets", filepath.Join(dir, "sheets"), in); code != 0 {
		t.Fatalf("run: %s", errs)
	}
	var pages bytes.Buffer
	filepath.WalkDir(filepath.Join(dir, "sheets"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".md")) {
			b, _ := os.ReadFile(p)
			pages.Write(b)
		}
		return err
	})
	s := pages.String()
	for _, bad := range []string{"<script>", "<b>Bold", "javascript:", "<i>Ruiz"} {
		if strings.Contains(s, bad) {
			t.Errorf("sheets hold unescaped %q", bad)
		}
	}
	if !strings.Contains(s, "&lt;script&gt;") {
		t.Error("the quote's markup was dropped instead of escaped")
	}
	csv, _ := os.ReadFile(filepath.Join(dir, "sheets", "claims.csv"))
	if strings.Contains(string(csv), ",=SUM") || strings.Contains(string(csv), "\n=") {
		t.Error("a formula reaches the CSV unguarded")
	}
}

// TestQueueCommands walks a claim through the queue from the command line.
func TestQueueCommands(t *testing.T) {
	db, _ := runDB(t, "../../testdata/articles")
	code, out, errs := cli(t, "", "queue", "next", "--db", db, "--checker", "ana", "--json")
	if code != 0 {
		t.Fatalf("next: %d %s", code, errs)
	}
	var it struct {
		ID, State, Assignee string
		Appearances         []any
	}
	if err := json.Unmarshal([]byte(out), &it); err != nil || it.State != "in-review" || it.Assignee != "ana" || len(it.Appearances) == 0 {
		t.Fatalf("next --json: %v %+v", err, it)
	}
	if code, _, errs := cli(t, "", "queue", "resolve", it.ID, "--db", db, "--verdict", "mostly true", "--note", "checked"); code != 0 {
		t.Fatalf("resolve: %s", errs)
	}
	_, out, _ = cli(t, "", "queue", "show", it.ID, "--db", db)
	if !strings.Contains(out, "[checked") || !strings.Contains(out, "verdict: mostly true") {
		t.Errorf("show after resolve:\n%s", out)
	}
	_, out, _ = cli(t, "", "queue", "list", "--db", db, "--state", "checked")
	if !strings.Contains(out, it.ID) || strings.Count(strings.TrimSpace(out), "\n") != 1 {
		t.Errorf("list --state checked:\n%s", out)
	}
	_, out, _ = cli(t, "", "queue", "list", "--db", db, "--lang", "fr", "--kind", "direct", "--json")
	var items []struct{ Lang, Kind string }
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) == 0 {
		t.Fatalf("list --lang fr: %v %s", err, out)
	}
	for _, x := range items {
		if x.Lang != "fr" || x.Kind != "direct" {
			t.Errorf("filter let through %+v", x)
		}
	}
	for _, args := range [][]string{{"queue", "next", "--db", db}, {"queue", "resolve", it.ID, "--db", db}, {"queue", "list", "--db", db, "--state", "done"}} {
		if code, _, _ := cli(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, errs := cli(t, "", "queue", "show", "nope", "--db", db); code == 0 || !strings.Contains(errs, "no such claim") {
		t.Errorf("show unknown: %d %s", code, errs)
	}
}
