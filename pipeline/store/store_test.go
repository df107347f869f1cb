package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline/queue"
	"github.com/whosaid/whosaid/pipeline/queue/queuetest"
)

func open(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func cw(f float64) *float64 { return &f }

// put stores an article and its claims.
func put(t *testing.T, s *Store, a *models.Article, claims []models.Claim) {
	t.Helper()
	if err := s.PutArticle(context.Background(), ArticleOf(a), claims); err != nil {
		t.Fatal(err)
	}
}

// article returns an article and its claims: statements by speakers.
func article(id, text string, statements ...[2]string) (*models.Article, []models.Claim) {
	a := &models.Article{ID: id, Text: text, Lang: "en", Published: "2026-11-20"}
	var claims []models.Claim
	for i, st := range statements {
		claims = append(claims, models.Claim{ID: fmt.Sprintf("%s-%d", id, i), ArticleID: id, Lang: "en", Kind: models.Direct,
			Quote: st[1], Start: i, End: i + len(st[1]), Speaker: &models.ClaimSpeaker{Name: st[0], Mention: st[0]},
			Checkworthiness: cw(0.5 + float64(i)/10)})
	}
	return a, claims
}

func TestStore(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "w.db"))
	if v, err := s.Version(ctx); err != nil || v != len(migrations) {
		t.Fatalf("schema version %d (%v), want %d", v, err, len(migrations))
	}
	a1, c1 := article("a1", "text one", [2]string{"Ana Ruiz", "Taxes will fall by 10 percent."}, [2]string{"Ben Cole", "We disagree."})
	a2, c2 := article("a2", "text two", [2]string{"Ana Ruiz", "“Taxes will fall by 10 percent!”"},
		[2]string{"Ana Ruiz", "The new bridge will open in March and cost less than planned, the mayor said"})
	put(t, s, a1, c1)
	put(t, s, a2, c2)
	arts, claims, apps, _ := s.Counts(ctx)
	if arts != 2 || claims != 3 || apps != 4 {
		t.Fatalf("counts %d articles %d claims %d appearances, want 2, 3, 4 (the same statement is one claim)", arts, claims, apps)
	}
	// a near-duplicate (one word changed in a long statement) joins the claim
	a3, c3 := article("a3", "text three", [2]string{"Ana Ruiz", "The new bridge will open in March and cost less than planned, the mayor says"})
	if err := s.PutArticle(ctx, ArticleOf(a3), c3); err != nil {
		t.Fatal(err)
	}
	if _, claims, apps, _ = s.Counts(ctx); claims != 3 || apps != 5 {
		t.Errorf("near-duplicate: %d claims %d appearances, want 3 and 5", claims, apps)
	}
	// the same article again changes nothing; a changed one replaces its claims
	if seen, _ := s.Seen(ctx, "a1", models.TextHash("text one")); !seen {
		t.Error("a stored article is not seen")
	}
	if seen, _ := s.Seen(ctx, "a1", models.TextHash("text one, edited")); seen {
		t.Error("an edited article is seen as unchanged")
	}
	a1b, c1b := article("a1", "text one, edited", [2]string{"Ben Cole", "We still disagree."})
	if err := s.PutArticle(ctx, ArticleOf(a1b), c1b); err != nil {
		t.Fatal(err)
	}
	items, err := s.All(ctx, queue.Filter{Speaker: "ben"})
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Text != "We still disagree." {
		t.Errorf("after the edit Ben Cole's claims are %+v", items)
	}
	ana, _ := s.List(ctx, queue.Filter{Speaker: "ruiz"})
	if len(ana) != 2 {
		t.Errorf("Ana Ruiz has %d claims, want 2", len(ana))
	}
}

func TestQueue(t *testing.T) {
	ctx := context.Background()
	s := open(t, filepath.Join(t.TempDir(), "w.db"))
	a, c := article("a", "t", [2]string{"Ana Ruiz", "Low."}, [2]string{"Ana Ruiz", "Middle claim."}, [2]string{"Ben Cole", "Highest claim here."})
	if err := s.PutArticle(ctx, ArticleOf(a), c); err != nil {
		t.Fatal(err)
	}
	it, err := s.Next(ctx, "ana", queue.Filter{})
	if err != nil || it.Text != "Highest claim here." || it.State != queue.InReview || it.Assignee != "ana" || len(it.Appearances) != 1 {
		t.Fatalf("next = %+v, %v", it, err)
	}
	if it, _ = s.Next(ctx, "ben", queue.Filter{Speaker: "ruiz", MinScore: 0.55}); it == nil || it.Text != "Middle claim." {
		t.Fatalf("filtered next = %+v", it)
	}
	if err := s.Resolve(ctx, it.ID, "true", "checked against the budget"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Show(ctx, it.ID); got.State != queue.Checked || got.Verdict != "true" {
		t.Errorf("after resolve: %+v", got)
	}
	if _, err := s.Show(ctx, "nope"); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("show unknown: %v", err)
	}
	if _, err := s.Next(ctx, "c", queue.Filter{Lang: "fr"}); !errors.Is(err, queue.ErrEmpty) {
		t.Errorf("next with nothing waiting: %v", err)
	}
}

// TestConcurrentNext: fact-checkers calling next at once, through separate
// connections to the same database file, never get the same claim.
func TestConcurrentNext(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	s := open(t, path)
	const n = 60
	var statements [][2]string
	for i := 0; i < n; i++ {
		statements = append(statements, [2]string{fmt.Sprintf("Speaker %d", i), fmt.Sprintf("Statement number %d is here.", i)})
	}
	a, c := article("a", "t", statements...)
	if err := s.PutArticle(ctx, ArticleOf(a), c); err != nil {
		t.Fatal(err)
	}
	stores := []queue.Queue{s, open(t, path), open(t, path), open(t, path)}
	if got := queuetest.TakeAll(t, ctx, stores, 8); got != n {
		t.Errorf("%d claims handed out, want %d", got, n)
	}
}

func TestNormalize(t *testing.T) {
	if Normalize("“Taxes WILL fall,” — à 10 %!") != "taxes will fall a 10" {
		t.Errorf("Normalize = %q", Normalize("“Taxes WILL fall,” — à 10 %!"))
	}
}

// TestOrderIndependent: near-duplicates stored in either order give the
// same store — the cluster takes the id, text and kind of its smallest
// member — and the claim renamed away is reported as retired.
func TestOrderIndependent(t *testing.T) {
	ctx := context.Background()
	a1, c1 := article("a1", "one", [2]string{"Ana Ruiz", "And it is going to be completely useless for the town and for the region."})
	a2, c2 := article("a2", "two", [2]string{"Ana Ruiz", "It is going to be completely useless for the town and for the region."})
	c2[0].Kind = models.Partial
	snapshot := func(order ...int) (string, [][]string) {
		s := open(t, filepath.Join(t.TempDir(), "o.db"))
		arts := []struct {
			a *models.Article
			c []models.Claim
		}{{a1, c1}, {a2, c2}}
		var retired [][]string
		for _, i := range order {
			r, err := s.PutArticleRetiring(ctx, ArticleOf(arts[i].a), arts[i].c)
			if err != nil {
				t.Fatal(err)
			}
			retired = append(retired, r)
		}
		snap, err := s.Snapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return snap, retired
	}
	forward, r1 := snapshot(0, 1)
	backward, r2 := snapshot(1, 0)
	if forward != backward {
		t.Errorf("the store depends on the order of the articles:\n%s\n---\n%s", forward, backward)
	}
	// "and it is …" is the smaller text: stored second, it renames the
	// claim of "it is …"; stored first, nothing moves
	if len(r1[0])+len(r1[1]) != 0 || len(r2[0]) != 0 || len(r2[1]) != 1 {
		t.Errorf("retired %v, then %v; want one claim renamed, in the backward order only", r1, r2)
	}
}

// TestPutArticles: several articles in one transaction leave the store as
// storing them one by one does, renames and retired claims included.
func TestPutArticles(t *testing.T) {
	ctx := context.Background()
	a1, c1 := article("a1", "one", [2]string{"Ana Ruiz", "It is going to be completely useless for the town and for the region."})
	a2, c2 := article("a2", "two", [2]string{"Ana Ruiz", "And it is going to be completely useless for the town and for the region."})
	a3, c3 := article("a3", "three", [2]string{"Luc Martin", "Nous ne céderons rien sur les salaires."})
	one := open(t, filepath.Join(t.TempDir(), "one.db"))
	var want []string
	for _, e := range []struct {
		a *models.Article
		c []models.Claim
	}{{a1, c1}, {a2, c2}, {a3, c3}} {
		r, err := one.PutArticleRetiring(ctx, ArticleOf(e.a), e.c)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, r...)
	}
	batch := open(t, filepath.Join(t.TempDir(), "batch.db"))
	got, err := batch.PutArticles(ctx, []Entry{{ArticleOf(a1), c1}, {ArticleOf(a2), c2}, {ArticleOf(a3), c3}})
	if err != nil {
		t.Fatal(err)
	}
	s1, err := one.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s2, err := batch.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s1 != s2 {
		t.Errorf("one transaction stores otherwise than one by one:\n%s\n---\n%s", s2, s1)
	}
	if len(want) != 1 || strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("retired %v in one transaction, %v one by one; want the one renamed claim", got, want)
	}
}

func TestSpeakerKey(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"F.B.I.", "fbi"},
		{"FBI", "fbi"},
		{"U.S. Navy", "us navy"},
		{"US Navy", "us navy"},
		{"J.M. Berger", "jm berger"},
		{"John F. Kennedy", "john f kennedy"}, // a lone initial stays a word
		{"Hillary Clinton", "hillary clinton"},
		{"É. Philippe", "e philippe"},
	} {
		if got := SpeakerKey(tc.name); got != tc.want {
			t.Errorf("SpeakerKey(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSpeakerInitials: "F.B.I." in one article and "FBI" in another are
// one speaker, in a new store and in one written before keys joined
// initials (migration 4 merges its speakers).
func TestSpeakerInitials(t *testing.T) {
	ctx := context.Background()
	a1, c1 := article("a1", "one", [2]string{"F.B.I.", "The suspect fled north."})
	a2, c2 := article("a2", "two", [2]string{"FBI", "The suspect fled north!"}, [2]string{"FBI", "We are still searching."})
	speakers := func(s *Store) []string {
		t.Helper()
		items, err := s.All(ctx, queue.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, it := range items {
			out = append(out, it.Speaker)
		}
		return out
	}
	path := filepath.Join(t.TempDir(), "w.db")
	s := open(t, path)
	put(t, s, a1, c1)
	put(t, s, a2, c2)
	if _, claims, _, _ := s.Counts(ctx); claims != 2 {
		t.Errorf("%d claims, want 2 (one statement of one speaker, and another)", claims)
	}
	if got := speakers(s); len(got) != 2 || got[0] != "F.B.I." || got[1] != "F.B.I." {
		t.Errorf("speakers %q, want F.B.I. twice", got)
	}

	// an older store: the speakers keyed apart, migration 4 not applied
	old := open(t, filepath.Join(t.TempDir(), "old.db"))
	put(t, old, a1, c1)
	put(t, old, a2, c2)
	for _, q := range []string{
		`INSERT INTO speakers(key, name, type) VALUES ('f b i', 'F.B.I.', 'organization')`,
		`INSERT INTO speaker_aliases(speaker_id, alias) SELECT id, 'F. B. I.' FROM speakers WHERE key = 'f b i'`,
		`UPDATE claims SET speaker_id = (SELECT id FROM speakers WHERE key = 'f b i') WHERE text LIKE '%fled%'`,
		`UPDATE speakers SET name = 'FBI' WHERE key = 'fbi'`,
		`INSERT INTO speakers(key, name) VALUES ('u s navy', 'U.S. Navy')`,
		`DELETE FROM schema_migrations WHERE version = 4`,
	} {
		if _, err := old.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if got := speakers(old); len(got) != 2 || got[0] == got[1] {
		t.Fatalf("the older store's speakers %q, want two apart", got)
	}
	if err := old.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if got := speakers(old); len(got) != 2 || got[0] != "F.B.I." || got[1] != "F.B.I." {
		t.Errorf("after migration 4, speakers %q, want F.B.I. twice", got)
	}
	var n int
	var typ string
	if err := old.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM speakers WHERE key = 'u s navy' OR key = 'f b i'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d speakers keep an old key (%v)", n, err)
	}
	if err := old.db.QueryRowContext(ctx, `SELECT type FROM speakers WHERE key = 'fbi'`).Scan(&typ); err != nil || typ != "organization" {
		t.Errorf("merged speaker type %q (%v), want organization", typ, err)
	}
	if err := old.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id WHERE s.key = 'fbi'`).Scan(&n); err != nil || n != 3 {
		t.Errorf("merged speaker has %d aliases (%v), want 3 (F.B.I., FBI, F. B. I.)", n, err)
	}
	// a later article finds the merged speaker and its claim
	a3, c3 := article("a3", "three", [2]string{"F.B.I.", "The suspect fled north."})
	put(t, old, a3, c3)
	if _, claims, _, _ := old.Counts(ctx); claims != 2 {
		t.Errorf("%d claims after a later article, want 2", claims)
	}
}
