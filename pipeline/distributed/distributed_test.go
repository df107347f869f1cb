package distributed

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"net"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline"
	"github.com/whosaid/whosaid/pipeline/queue"
	"github.com/whosaid/whosaid/pipeline/queue/queuetest"
	"github.com/whosaid/whosaid/pipeline/store"
)

var (
	resOnce sync.Once
	res     *pipeline.Resources
)

func resources() *pipeline.Resources {
	resOnce.Do(func() { res = pipeline.NewResources() })
	return res
}

// articles are the 840 PolNeAR train articles when ../shared is there,
// else the bundled articles repeated with fresh ids.
func articles(t *testing.T) pipeline.Articles {
	t.Helper()
	var out pipeline.Articles
	if f, err := os.Open("../../../shared/gold/polnear_train.jsonl"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var a struct{ ID, Text string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatal(err)
			}
			out = append(out, &models.Article{ID: a.ID, Text: a.Text})
		}
		return out
	}
	t.Log("../shared is absent: the bundled articles, repeated, stand in for PolNeAR train")
	for i := 0; i < 200; i++ {
		for _, p := range []string{"en/council-budget.txt", "en/storm-wire.txt", "fr/seisme.md"} {
			b, err := os.ReadFile(filepath.Join("../../testdata/articles", p))
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, &models.Article{ID: fmt.Sprintf("%s#%d", p, i), Text: string(b) + fmt.Sprintf("\n\nUpdate %d.", i)})
		}
	}
	return out
}

func startServer(t *testing.T, dir string, port int) *server.Server {
	t.Helper()
	s, err := StartServer(ServerOptions{Port: port, StoreDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func connect(t *testing.T, url string) *Conn {
	t.Helper()
	c, err := Connect(context.Background(), ConnOptions{URL: url, Name: t.Name()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// singleProcess runs the articles through the pipeline into a store, as
// `whosaid run` does, and returns its snapshot.
func singleProcess(t *testing.T, arts pipeline.Articles) string {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "single.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sink := pipeline.SinkFunc(func(it *pipeline.Item) error {
		if it.Done() {
			return nil
		}
		return st.PutArticle(ctx, store.ArticleOf(it.Article), it.Claims)
	})
	if _, err := pipeline.Run(ctx, arts, pipeline.Stages(resources()), sink, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	snap, err := st.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// TestThreeWorkers: three workers over the articles give exactly the store
// of a single-process run; publishing everything twice adds nothing; the
// server restarted in the middle changes nothing.
func TestThreeWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline three times")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	arts := articles(t)
	want := singleProcess(t, arts)

	dir := t.TempDir()
	srv := startServer(t, filepath.Join(dir, "js"), -1)
	url := srv.ClientURL()
	port := srv.Addr().(*net.TCPAddr).Port
	pub := connect(t, url)
	stats, err := Publish(ctx, pub, arts)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Publish(ctx, pub, arts)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Published != len(arts) || again.Published != 0 || again.Duplicates != len(arts) {
		t.Fatalf("published %d then %d (%d duplicates), want %d then 0", stats.Published, again.Published, again.Duplicates, len(arts))
	}

	st, err := store.Open(ctx, filepath.Join(dir, "collected.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var wg sync.WaitGroup
	results := make(chan error, 4)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			w := &Worker{Conn: connect(t, url), Stages: pipeline.Stages(resources()), Jobs: 1}
			_, err := w.Run(ctx, true)
			results <- err
		}(i)
	}
	// restart the server while the workers run: they reconnect
	time.Sleep(300 * time.Millisecond)
	srv.Shutdown()
	srv.WaitForShutdown()
	srv = startServer(t, filepath.Join(dir, "js"), port)
	t.Log("server restarted")
	defer srv.Shutdown()

	wg.Wait()
	t.Log("workers done")
	close(results)
	for err := range results {
		if err != nil {
			t.Fatal(err)
		}
	}
	cc := connect(t, url)
	// a message that is not whosaid's is set aside, and the drain still ends
	if _, err := cc.JS.Publish(ctx, "whosaid.claims.xx", []byte("not a claim")); err != nil {
		t.Fatal(err)
	}
	kv, err := OpenKVQueue(ctx, cc)
	if err != nil {
		t.Fatal(err)
	}
	col := &Collector{Conn: cc, Store: st, Queue: kv}
	cs, err := col.Run(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("collected %d articles, %d claims", cs.Articles, cs.Claims)
	// its acknowledgements cover everything: started again, it finds nothing
	if again, err := col.Run(ctx, true); err != nil || again.Articles != 0 {
		t.Errorf("a second collector run stored %d articles (%v), want none", again.Articles, err)
	}
	// every stored claim is on the JetStream queue too
	stored, err := st.List(ctx, queue.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	onQueue, err := kv.List(ctx, queue.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(onQueue) != len(stored) || len(stored) == 0 {
		t.Errorf("%d claims on the JetStream queue, %d in the store", len(onQueue), len(stored))
	} else if onQueue[0].ID != stored[0].ID {
		t.Errorf("the queues disagree on the most check-worthy claim: %s vs %s", onQueue[0].ID, stored[0].ID)
	}
	if got != want {
		if d := os.Getenv("SNAPSHOT_DIR"); d != "" { // to see the difference: SNAPSHOT_DIR=/tmp go test …
			os.WriteFile(filepath.Join(d, "want.txt"), []byte(want), 0o644)
			os.WriteFile(filepath.Join(d, "got.txt"), []byte(got), 0o644)
		}
		t.Fatalf("the distributed store differs from a single-process run (%d vs %d bytes)", len(got), len(want))
	}
}

// TestKVQueueNext: fact-checkers taking claims from the JetStream queue at
// the same time never get the same one.
func TestKVQueueNext(t *testing.T) {
	ctx := context.Background()
	srv := startServer(t, t.TempDir(), -1)
	defer srv.Shutdown()
	c := connect(t, srv.ClientURL())
	q, err := OpenKVQueue(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	const n = 40
	for i := 0; i < n; i++ {
		it := queue.Item{ID: fmt.Sprintf("claim%02d", i), Text: fmt.Sprintf("Statement %d.", i), Lang: "en", Kind: "direct",
			Speaker: "Ana Ruiz", Checkworthiness: float64(i) / n, State: queue.New}
		if err := q.Offer(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	// six fact-checkers, each on a connection of their own
	var queues []queue.Queue
	for w := 0; w < 6; w++ {
		qq, err := OpenKVQueue(ctx, connect(t, srv.ClientURL()))
		if err != nil {
			t.Fatal(err)
		}
		queues = append(queues, qq)
	}
	got := queuetest.TakeAll(t, ctx, queues, 6)
	if got != n {
		t.Errorf("%d claims handed out, want %d", got, n)
	}
	if err := q.Resolve(ctx, "claim07", "false", "no"); err != nil {
		t.Fatal(err)
	}
	if it, _ := q.Show(ctx, "claim07"); it.State != queue.Checked || it.Verdict != "false" {
		t.Errorf("after resolve: %+v", it)
	}
	// offering the claim again keeps the verdict
	q.Offer(ctx, queue.Item{ID: "claim07", Text: "Statement 7.", State: queue.New, Checkworthiness: 0.9})
	if it, _ := q.Show(ctx, "claim07"); it.State != queue.Checked || it.Checkworthiness != 0.9 {
		t.Errorf("after a new offer: %+v", it)
	}
}
