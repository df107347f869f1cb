package main

import (
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid/pipeline/distributed"
)

// TestWorkerKilled runs the distributed mode with real processes: publish,
// two workers, one of them killed with SIGKILL in the middle, a third
// that drains the rest, and collect. The store must be the one a
// single-process `whosaid run` writes.
func TestWorkerKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	input := corpus(t, 1500)
	dir := t.TempDir()
	srv, err := distributed.StartServer(distributed.ServerOptions{Port: -1, StoreDir: filepath.Join(dir, "js")})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Shutdown()
	url := srv.ClientURL()
	exe := func(args ...string) *exec.Cmd { return exec.Command(bin, args...) }

	if out, err := exe("run", "-q", "--sheets", "", "--db", filepath.Join(dir, "single.db"), input).CombinedOutput(); err != nil {
		t.Fatalf("single-process run: %v\n%s", err, out)
	}
	if out, err := exe("publish", "--nats", url, input).CombinedOutput(); err != nil {
		t.Fatalf("publish: %v\n%s", err, out)
	}
	victim := exe("worker", "--nats", url, "-j", "2", "-q")
	other := exe("worker", "--nats", url, "-j", "1", "-q", "--drain")
	for _, c := range []*exec.Cmd{victim, other} {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(700 * time.Millisecond)
	if err := victim.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	victim.Wait()
	if out, err := exe("worker", "--nats", url, "-j", "2", "--drain").CombinedOutput(); err != nil {
		t.Fatalf("draining worker: %v\n%s", err, out)
	}
	if err := other.Wait(); err != nil {
		t.Fatalf("second worker: %v", err)
	}
	out, err := exe("collect", "--nats", url, "--db", filepath.Join(dir, "collected.db"), "--drain").CombinedOutput()
	if err != nil {
		t.Fatalf("collect: %v\n%s", err, out)
	}
	t.Logf("%s", out)
	want, got := snapshot(t, filepath.Join(dir, "single.db")), snapshot(t, filepath.Join(dir, "collected.db"))
	if got != want {
		t.Fatalf("the store after a killed worker differs from a single-process run (%d vs %d bytes)", len(got), len(want))
	}
}
