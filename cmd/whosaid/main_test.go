package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cli runs whosaid in-process and returns its exit status and output.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func claimsOf(t *testing.T, out string) []map[string]any {
	t.Helper()
	var claims []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var c map[string]any
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("output line is not JSON: %v: %q", err, line)
		}
		claims = append(claims, c)
	}
	return claims
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const goodArticle = "The harbour master spoke on Monday.\n\n“The port will reopen on Friday,” said Ines Alvarez, the harbour master. “Ships are already waiting.”\n"

// TestBadInput feeds every kind of bad input through the CLI: each gets a
// message naming the input and the problem, the run goes on, the good
// article is still extracted, and the exit status is 1.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", []byte(goodArticle))
	for _, tc := range []struct {
		name string
		args func() []string
		want string // in stderr
	}{
		{"missing file", func() []string { return []string{filepath.Join(dir, "nope.txt")} }, "nope.txt: stat"},
		{"invalid utf-8", func() []string {
			return []string{write(t, dir, "latin1.txt", []byte("Il a dit \xab non \xbb \xe9t\xe9."))}
		}, "invalid UTF-8 at byte 9"},
		{"binary", func() []string { return []string{write(t, dir, "blob.txt", []byte("GIF89a\x00\x01\x02"))} }, "binary data"},
		{"empty", func() []string { return []string{write(t, dir, "empty.txt", []byte("  \n\n "))} }, "empty article"},
		{"malformed jsonl", func() []string {
			return []string{write(t, dir, "bad.jsonl", []byte("{\"id\":\"a1\",\"text\":\"Fine.\"}\n{\"id\": \"a2\", \"text\": \n{\"text\":\"no id\"}\n{\"id\":\"a4\"}\n"))}
		}, "bad.jsonl:2: malformed JSON"},
		{"too large", func() []string {
			return []string{"--max-bytes", "1000", write(t, dir, "huge.txt", bytes.Repeat([]byte("word "), 400))}
		}, "over the 1000 bytes limit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"extract"}, tc.args()...)
			args = append(args, good)
			code, out, errs := cli(t, "", args...)
			if code != exitFailed {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitFailed, errs)
			}
			if !strings.Contains(errs, tc.want) {
				t.Errorf("stderr does not say %q:\n%s", tc.want, errs)
			}
			if !strings.Contains(errs, "failed") || !strings.Contains(errs, "read") {
				t.Errorf("no summary on stderr:\n%s", errs)
			}
			if len(claimsOf(t, out)) != 2 {
				t.Errorf("the good article's 2 claims are not all written:\n%s", out)
			}
		})
	}
}

// TestJSONLAccounting: every line of a JSONL input is accounted for.
func TestJSONLAccounting(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "mix.jsonl", []byte(strings.Join([]string{
		`{"id":"ok","text":` + jsonString(goodArticle) + `}`,
		`{"id":"de","text":"Der Bürgermeister sagte am Montag, dass die Brücke im Frühjahr repariert werde. Die Bürger sind erleichtert und hoffen auf schnelle Arbeiten."}`,
		`not json`,
		`{"id":"nobody"}`,
	}, "\n")))
	code, _, errs := cli(t, "", "extract", p)
	if code != exitFailed {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, want := range []string{"4 read, 1 extracted", "1 skipped", "2 failed", "language de has no extraction rules", `mix.jsonl:3: malformed JSON`, `nobody (`, `mix.jsonl:4): record has neither "text" nor "html"`} {
		if !strings.Contains(errs, want) {
			t.Errorf("summary lacks %q:\n%s", want, errs)
		}
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestStdinAndUnbalancedQuotes(t *testing.T) {
	// Stray and unbalanced marks never abort an article.
	text := "“Unclosed at the start.\n\nThe mayor said, “We are ready.” Then a stray ” mark and an open “ one.\n"
	code, out, errs := cli(t, text, "extract", "-q", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	claims := claimsOf(t, out)
	if len(claims) != 1 || claims[0]["quote"] != "We are ready." {
		t.Fatalf("claims = %v", claims)
	}
	if errs != "" {
		t.Errorf("-q printed %q", errs)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{"extract"}, {"extract", "--no-such-flag", "x"}, {"nonsense"}, {"eval", "--kinds", "quoted", "x.jsonl"}} {
		code, _, errs := cli(t, "", args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errs)
		}
	}
	code, out, _ := cli(t, "", "--version")
	if code != 0 || !strings.Contains(out, "whosaid version") {
		t.Errorf("--version: %d %q", code, out)
	}
	for _, cmd := range []string{"extract", "eval"} {
		code, out, _ := cli(t, "", cmd, "--help")
		if code != 0 || !strings.Contains(out, "Examples:") {
			t.Errorf("%s --help: %d, no examples:\n%s", cmd, code, out)
		}
	}
}

func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "a.txt", []byte(goodArticle))
	outPath := filepath.Join(dir, "claims.jsonl")
	code, out, _ := cli(t, "", "extract", "-q", "-o", outPath, in)
	if code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	data, err := os.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	if len(claimsOf(t, string(data))) != 2 {
		t.Errorf("claims file: %s", data)
	}
}

func TestCheckworthyCommand(t *testing.T) {
	in := `{"id":"a","text":"The deficit grew by 40 percent, from 300 billion dollars in 2019 to 420 billion in 2024."}
{"id":"b","text":"Thank you all, I hope you have a wonderful evening."}
not json
`
	code, out, errs := cli(t, in, "checkworthy", "--lang", "en", "-")
	if code != exitFailed || !strings.Contains(errs, "stdin:3") {
		t.Fatalf("exit %d, stderr %q: want 1 and the bad line named", code, errs)
	}
	scores := claimsOf(t, out)
	if len(scores) != 2 || scores[0]["id"] != "a" {
		t.Fatalf("scores %v", scores)
	}
	if scores[0]["checkworthiness"].(float64) <= scores[1]["checkworthiness"].(float64) {
		t.Errorf("a statistical claim scored below a courtesy: %v", scores)
	}
}
