package sheets

import (
	"context"
	"flag"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/whosaid/whosaid/pipeline/queue"
)

var screenshot = flag.String("screenshot", "", "also write the speaker page's screenshot to `FILE` (the README's picture)")

func browser(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium on the CI machine: .ci/run installs the Debian package chromium")
	}
	t.Skip("no Chromium here (apt-get install chromium): the sheets are not checked in a browser")
	return ""
}

func sample() []queue.Item {
	app := func(id, title, date string) queue.Appearance {
		return queue.Appearance{ArticleID: id, Title: title, URL: "https://example.org/" + id, Published: date, Source: "The Lakeside Ledger",
			Quote: "A public utility cannot treat a public hearing as a formality,", Sentence: "“A public utility cannot treat a public hearing as a formality,” Judge Miriam Castellanos wrote in her decision."}
	}
	return []queue.Item{
		{ID: "c1", Text: "A public utility cannot treat a public hearing as a formality,", Kind: "direct", Lang: "en", Speaker: "Miriam Castellanos",
			SpeakerType: "person", Checkworthiness: 0.42, FirstSeen: "2026-10-14", State: queue.New,
			Appearances: []queue.Appearance{app("ruling", "Judge blocks water tariff increase", "2026-10-14"), app("follow-up", "Utility to appeal <ruling>", "2026-10-16")}},
		{ID: "c2", Text: "the increase was needed to replace pipes laid in the 1950s", Kind: "indirect", Lang: "en", Speaker: "Lakeside Water",
			SpeakerType: "organization", Checkworthiness: 0.81, FirstSeen: "2026-10-14", State: queue.Checked, Verdict: "mostly true",
			Appearances: []queue.Appearance{{ArticleID: "ruling", Title: "Judge blocks water tariff increase", Published: "2026-10-14",
				Quote: "the increase was needed to replace pipes laid in the 1950s", Sentence: "According to the utility, the increase was needed to replace pipes laid in the 1950s."}}},
		{ID: "c3", Text: "Les écoles ouvriront normalement lundi", Kind: "direct", Lang: "fr", Speaker: "Anne-Marie Joly", SpeakerType: "person",
			Checkworthiness: 0.3, FirstSeen: "2026-11-02", State: queue.InReview,
			Appearances: []queue.Appearance{{ArticleID: "seisme", Title: "Séisme dans les Alpes", Published: "2026-11-02", Quote: "Les écoles ouvriront normalement lundi"}}},
	}
}

// TestSheetsInBrowser loads the index and a speaker page in headless
// Chromium: no console errors, every local link resolves, a screenshot.
func TestSheetsInBrowser(t *testing.T) {
	exe := browser(t)
	dir := t.TempDir()
	if _, err := Write(dir, sample()); err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true), chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 900))
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	var mu sync.Mutex
	var problems []string
	chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
				problems = append(problems, "console "+string(e.Type))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+e.ExceptionDetails.Text)
		}
	})

	index := "file://" + filepath.Join(dir, "index.html")
	if err := chromedp.Do(ctx, chromedp.Navigate(index), chromedp.WaitVisible("table")); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil || title != "Quote sheets — whosaid" {
		t.Errorf("index title %q (%v)", title, err)
	}
	links, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('a')).map(a => a.href)`))
	if err != nil {
		t.Fatal(err)
	}
	var speakerPage string
	for _, l := range links {
		checkLink(t, l)
		if strings.Contains(l, "/speakers/") && strings.Contains(l, "castellanos") {
			speakerPage = l
		}
	}
	if speakerPage == "" {
		t.Fatalf("no link to Miriam Castellanos's page among %v", links)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(speakerPage), chromedp.WaitVisible("blockquote")); err != nil {
		t.Fatal(err)
	}
	if heading, err := chromedp.Run(ctx, chromedp.Text("h1")); err != nil || heading != "Miriam Castellanos" {
		t.Errorf("speaker page heading %q (%v)", heading, err)
	}
	pageLinks, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('a')).map(a => a.href)`))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range pageLinks {
		checkLink(t, l)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	if len(problems) > 0 {
		t.Errorf("the browser reported: %v", problems)
	}
	mu.Unlock()
	if len(shot) < 1000 {
		t.Fatalf("screenshot of %d bytes", len(shot))
	}
	if err := os.WriteFile(filepath.Join(dir, "speaker.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if *screenshot != "" {
		if err := os.WriteFile(*screenshot, shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkLink: a local link must name an existing file; web links are left
// to the web.
func checkLink(t *testing.T, link string) {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Errorf("bad link %q", link)
		return
	}
	if u.Scheme != "file" {
		if u.Scheme != "https" && u.Scheme != "http" {
			t.Errorf("link with scheme %q: %s", u.Scheme, link)
		}
		return
	}
	if _, err := os.Stat(u.Path); err != nil {
		t.Errorf("broken link %s", link)
	}
}
