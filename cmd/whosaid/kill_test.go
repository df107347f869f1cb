package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid/pipeline/store"
)

// buildBinary builds whosaid once for the tests that need a real process.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "whosaid")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go build: %v", err)
	}
	return bin
}

// corpus writes n articles as JSONL, made from the bundled test articles.
func corpus(t *testing.T, n int) string {
	t.Helper()
	var texts []string
	for _, p := range []string{"en/council-budget.txt", "en/storm-wire.txt", "en/interview.md", "fr/greve-transports.txt", "fr/seisme.md"} {
		b, err := os.ReadFile(filepath.Join("../../testdata/articles", p))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var sb strings.Builder
	for i := 0; i < n; i++ {
		// a different sentence per article, so that the articles differ
		text := texts[i%len(texts)] + fmt.Sprintf("\n\nUpdate %d: the story was revised.", i)
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("art-%04d", i), "text": text, "published": "2026-11-20"})
		sb.Write(rec)
		sb.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// snapshot dumps a store's content (times and row ids aside).
func snapshot(t *testing.T, path string) string {
	t.Helper()
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	snap, err := s.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// TestKillAndRerun kills a real `whosaid run` with SIGKILL in the middle,
// twice, runs it again, and checks that the store is the same as after an
// uninterrupted run.
func TestKillAndRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	input := corpus(t, 1500)
	dir := t.TempDir()
	run := func(db string) *exec.Cmd {
		return exec.Command(bin, "run", "-q", "--sheets", "", "--db", filepath.Join(dir, db), input)
	}
	start := time.Now()
	if out, err := run("whole.db").CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted run: %v\n%s", err, out)
	}
	whole := time.Since(start)
	want := snapshot(t, filepath.Join(dir, "whole.db"))

	killed := 0
	for attempt := 0; attempt < 2; attempt++ {
		cmd := run("killed.db")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// kill at a third, then at two thirds of an uninterrupted run
		time.Sleep(whole * time.Duration(attempt+1) / 3)
		if err := cmd.Process.Signal(syscall.SIGKILL); err == nil {
			killed++
		}
		cmd.Wait()
		t.Logf("killed after %v: %d articles stored", whole*time.Duration(attempt+1)/3, stored(t, filepath.Join(dir, "killed.db")))
	}
	if out, err := run("killed.db").CombinedOutput(); err != nil {
		t.Fatalf("run after the kills: %v\n%s", err, out)
	}
	got := snapshot(t, filepath.Join(dir, "killed.db"))
	if killed == 0 {
		t.Log("the runs finished before the kill: nothing was interrupted")
	}
	if got != want {
		t.Fatalf("the store after %d kills and a rerun differs from an uninterrupted run (%d vs %d bytes)", killed, len(got), len(want))
	}
	if !strings.Contains(want, "art-1499") {
		t.Fatal("the uninterrupted run did not store every article")
	}
}

// stored counts the articles in a store.
func stored(t *testing.T, path string) int {
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, _, _, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}
