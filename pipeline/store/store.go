package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/whosaid/whosaid/extractors/token"
	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline/queue"
)

// Store is an open whosaid database. It is safe for concurrent use, by
// several goroutines and several processes.
type Store struct {
	db  *sql.DB
	now func() time.Time
	// stmts are the statements of the write path, prepared once.
	stmts map[string]*sql.Stmt
}

// writes are the statements PutArticle runs, by name.
var writes = map[string]string{
	"delete appearances": `DELETE FROM appearances WHERE article_id = ?`,
	"put article": `INSERT INTO articles(id, content_hash, url, title, source, published, lang, processed_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET content_hash = excluded.content_hash, url = excluded.url, title = excluded.title,
			source = excluded.source, published = excluded.published, lang = excluded.lang, processed_at = excluded.processed_at`,
	"delete orphan": `DELETE FROM claims WHERE id = ? AND state = 'new' AND NOT EXISTS (SELECT 1 FROM appearances WHERE claim_id = ?)`,
	"claims of":     `SELECT DISTINCT claim_id FROM appearances WHERE article_id = ?`,
	"insert claim": `INSERT INTO claims(id, speaker_id, text, norm, kind, lang, checkworthiness, first_seen, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET checkworthiness = MAX(claims.checkworthiness, excluded.checkworthiness),
			first_seen = MIN(claims.first_seen, excluded.first_seen)`,
	"merge claim": `UPDATE claims SET checkworthiness = MAX(checkworthiness, ?), first_seen = MIN(first_seen, ?),
		text = MIN(text, ?), kind = MIN(kind, ?) WHERE id = ?`,
	// a near-duplicate cluster is named by its smallest normalized text:
	// when a smaller one arrives, a claim nobody has taken up moves to it
	"claim state": `SELECT state, assignee FROM claims WHERE id = ?`,
	"copy claim": `INSERT INTO claims(id, speaker_id, text, norm, kind, lang, checkworthiness, first_seen, state, assignee, verdict, note, updated_at)
		SELECT ?, speaker_id, text, ?, kind, lang, checkworthiness, first_seen, state, assignee, verdict, note, updated_at FROM claims WHERE id = ?`,
	"move appearances": `UPDATE appearances SET claim_id = ? WHERE claim_id = ?`,
	"move keys":        `UPDATE OR IGNORE claim_keys SET claim_id = ? WHERE claim_id = ?`,
	"delete claim":     `DELETE FROM claims WHERE id = ?`,
	"insert key":       `INSERT OR IGNORE INTO claim_keys(claim_id, key) VALUES (?, ?)`,
	"insert appearance": `INSERT INTO appearances(article_id, record_id, claim_id, kind, quote, start, end, sentence, cue, mention, resolved_by, confidence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
	"get speaker":    `SELECT id, name, type FROM speakers WHERE key = ?`,
	"insert speaker": `INSERT INTO speakers(key, name, type) VALUES (?, ?, ?)`,
	"update speaker": `UPDATE speakers SET name = MIN(name, ?), type = ? WHERE id = ?`,
	"insert alias":   `INSERT INTO speaker_aliases(speaker_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING`,
	"find claim":     `SELECT id FROM claims WHERE speaker_id IS ? AND norm = ?`,
	// CROSS JOIN keeps SQLite's loop order (the shingle index first) and
	// the unary + keeps it from scanning the speaker's claims instead
	"near claims": `SELECT DISTINCT c.id, c.norm FROM claim_keys k CROSS JOIN claims c ON c.id = k.claim_id
		WHERE k.key IN (?, ?, ?) AND +c.speaker_id IS ?`,
}

// prepare prepares the write statements.
func (s *Store) prepare(ctx context.Context) error {
	s.stmts = map[string]*sql.Stmt{}
	for name, q := range writes {
		st, err := s.db.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		s.stmts[name] = st
	}
	return nil
}

// writeTx is a transaction with the write statements bound to it, each
// bound once.
type writeTx struct {
	*sql.Tx
	s     *Store
	bound map[string]*sql.Stmt
	// retired are the claims the transaction removed: orphans, and
	// claims renamed after a near-duplicate with a smaller text
	retired []string
}

// w returns a prepared write statement bound to the transaction.
func (s *Store) w(ctx context.Context, tx *writeTx, name string) *sql.Stmt {
	if st, ok := tx.bound[name]; ok {
		return st
	}
	st := tx.StmtContext(ctx, s.stmts[name])
	tx.bound[name] = st
	return st
}

// Open opens (creating if needed) the database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate") // writers take the lock first: no lost updates between processes
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	s := &Store{db: db, now: time.Now}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	if err := s.prepare(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// migrate applies the migrations not yet applied.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	for i, m := range migrations {
		version := i + 1
		err := s.tx(ctx, func(tx *sql.Tx) error {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil || n > 0 {
				return err
			}
			if m.sql != "" {
				if _, err := tx.ExecContext(ctx, m.sql); err != nil {
					return fmt.Errorf("migration %d: %w", version, err)
				}
			}
			if m.fn != nil {
				if err := m.fn(ctx, tx); err != nil {
					return fmt.Errorf("migration %d: %w", version, err)
				}
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)`, version, s.now().UTC().Format(time.RFC3339))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Version is the schema version of the database.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v)
	return int(v.Int64), err
}

func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Seen reports whether the article is stored with this content hash: then
// it need not be processed again.
func (s *Store) Seen(ctx context.Context, id, hash string) (bool, error) {
	var stored string
	err := s.db.QueryRowContext(ctx, `SELECT content_hash FROM articles WHERE id = ?`, id).Scan(&stored)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return stored == hash, err
}

// Article is what the store keeps of an article: its metadata and the
// hash of its text.
type Article struct {
	ID, Hash, URL, Title, Source, Published, Lang string
}

// ArticleOf describes an extracted article for the store.
func ArticleOf(a *models.Article) Article {
	return Article{ID: a.ID, Hash: models.TextHash(a.Text), URL: a.URL, Title: a.Title, Source: a.Source, Published: a.Published, Lang: a.Lang}
}

// PutArticle stores an article and its claims in one transaction,
// replacing whatever the article had before. The same statement by the
// same speaker (equal once case, punctuation and quotation marks are set
// aside, or nearly equal by word shingles) becomes one claim with an
// appearance per article.
func (s *Store) PutArticle(ctx context.Context, a Article, claims []models.Claim) error {
	_, err := s.PutArticleRetiring(ctx, a, claims)
	return err
}

// PutArticleRetiring is PutArticle, and it returns the ids of the claims
// the article's update removed from the store: claims no article makes
// any more, and claims renamed after a near-duplicate (see putClaim). A
// second queue that mirrors the store drops them.
func (s *Store) PutArticleRetiring(ctx context.Context, a Article, claims []models.Claim) ([]string, error) {
	return s.PutArticles(ctx, []Entry{{Article: a, Claims: claims}})
}

// Entry is an article and its claims, as PutArticles takes them.
type Entry struct {
	Article Article
	Claims  []models.Claim
}

// PutArticles stores several articles in one transaction, one after the
// other, as PutArticleRetiring would, and returns the ids of the claims
// they retired. One commit for many articles costs much less than a
// commit each: a collector that receives claims in batches stores them
// this way.
func (s *Store) PutArticles(ctx context.Context, entries []Entry) ([]string, error) {
	var retired []string
	now := s.now().UTC().Format(time.RFC3339)
	err := s.tx(ctx, func(sqltx *sql.Tx) error {
		tx := &writeTx{Tx: sqltx, s: s, bound: map[string]*sql.Stmt{}}
		for _, e := range entries {
			if err := s.putArticle(ctx, tx, e.Article, e.Claims, now); err != nil {
				return fmt.Errorf("article %s: %w", e.Article.ID, err)
			}
		}
		retired = tx.retired
		return nil
	})
	if err != nil {
		return nil, err
	}
	return retired, nil
}

// putArticle stores one article and its claims inside tx, replacing
// whatever the article had before.
func (s *Store) putArticle(ctx context.Context, tx *writeTx, a Article, claims []models.Claim, now string) error {
	firstSeen := day(a.Published)
	if firstSeen == "" {
		firstSeen = now[:10]
	}
	// the claims the article made before: the only ones it can orphan
	old, err := claimsOf(ctx, s.w(ctx, tx, "claims of"), a.ID)
	if err != nil {
		return err
	}
	if _, err := s.w(ctx, tx, "delete appearances").ExecContext(ctx, a.ID); err != nil {
		return err
	}
	if _, err := s.w(ctx, tx, "put article").ExecContext(ctx, a.ID, a.Hash, a.URL, a.Title, a.Source, a.Published, a.Lang, now); err != nil {
		return err
	}
	for i := range claims {
		if err := s.putClaim(ctx, tx, &claims[i], firstSeen, now); err != nil {
			return fmt.Errorf("claim %s: %w", claims[i].ID, err)
		}
	}
	// claims no article makes any more, unless a checker has taken them up
	orphan := s.w(ctx, tx, "delete orphan")
	for _, id := range old {
		res, err := orphan.ExecContext(ctx, id, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n > 0 {
			tx.retired = append(tx.retired, id)
		}
	}
	return nil
}

// querier runs a query: a prepared statement, a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, args ...any) (*sql.Rows, error)
}

// claimsOf returns the ids of the claims an article makes, through the
// "claims of" statement.
func claimsOf(ctx context.Context, q querier, articleID string) ([]string, error) {
	rows, err := q.QueryContext(ctx, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func (s *Store) putClaim(ctx context.Context, tx *writeTx, c *models.Claim, firstSeen, now string) error {
	var speakerID sql.NullInt64
	key := ""
	if c.Speaker != nil {
		key = SpeakerKey(c.Speaker.Name)
		id, err := s.putSpeaker(ctx, tx, key, c.Speaker)
		if err != nil {
			return err
		}
		speakerID = sql.NullInt64{Int64: id, Valid: true}
	}
	n := Normalize(c.Quote)
	claimID, norm, err := s.findClaim(ctx, tx, speakerID, n)
	if err != nil {
		return err
	}
	if claimID != "" && n < norm {
		if claimID, err = s.rename(ctx, tx, claimID, ClaimKey(key, n), n); err != nil {
			return err
		}
	}
	cw := 0.0
	if c.Checkworthiness != nil {
		cw = *c.Checkworthiness
	}
	if claimID == "" {
		claimID = ClaimKey(key, n)
		if _, err := s.w(ctx, tx, "insert claim").ExecContext(ctx, claimID, speakerID, c.Quote, n, string(c.Kind), c.Lang, cw, firstSeen, now); err != nil {
			return err
		}
		ins := s.w(ctx, tx, "insert key")
		for _, k := range sampleKeys(n) {
			if _, err := ins.ExecContext(ctx, claimID, k); err != nil {
				return err
			}
		}
	} else if _, err := s.w(ctx, tx, "merge claim").ExecContext(ctx, cw, firstSeen, c.Quote, string(c.Kind), claimID); err != nil {
		// the representative text and kind are the smallest, so that the
		// order in which articles arrive does not change the store
		return err
	}
	var mention, resolvedBy string
	if c.Speaker != nil {
		mention, resolvedBy = c.Speaker.Mention, c.Speaker.ResolvedBy
	}
	_, err = s.w(ctx, tx, "insert appearance").ExecContext(ctx, c.ArticleID, c.ID, claimID, string(c.Kind), c.Quote, c.Start, c.End,
		c.Sentence, c.Cue, mention, resolvedBy, c.Confidence)
	return err
}

// putSpeaker returns the id of the speaker with this key, creating it, and
// records the name as written as an alias.
func (s *Store) putSpeaker(ctx context.Context, tx *writeTx, key string, sp *models.ClaimSpeaker) (int64, error) {
	var id int64
	var name, typ string
	err := s.w(ctx, tx, "get speaker").QueryRowContext(ctx, key).Scan(&id, &name, &typ)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		res, err := s.w(ctx, tx, "insert speaker").ExecContext(ctx, key, sp.Name, string(sp.Type))
		if err != nil {
			return 0, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, err
		}
	case err != nil:
		return 0, err
	case sp.Name < name || typeRank[string(sp.Type)] > typeRank[typ]:
		// the same speaker written differently, or typed differently: keep
		// the smallest form and the likeliest type, so that the order in
		// which articles arrive does not matter
		if _, err := s.w(ctx, tx, "update speaker").ExecContext(ctx, sp.Name, higherType(typ, string(sp.Type)), id); err != nil {
			return 0, err
		}
	}
	ins := s.w(ctx, tx, "insert alias")
	for _, alias := range []string{sp.Name, sp.Mention} {
		if alias == "" {
			continue
		}
		if _, err := ins.ExecContext(ctx, id, alias); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// typeRank orders speaker types when mentions disagree: a speaker once
// seen as a person is a person.
var typeRank = map[string]int{"person": 5, "organization": 4, "group": 3, "document": 2, "unknown": 1}

func higherType(a, b string) string {
	if typeRank[b] > typeRank[a] {
		return b
	}
	return a
}

// rename moves a near-duplicate cluster to the id of its new smallest
// normalized text, so that the cluster's id and text do not depend on the
// order in which its members arrived. A claim a fact-checker has taken up
// keeps its id. It returns the claim's id after the move.
func (s *Store) rename(ctx context.Context, tx *writeTx, from, to, norm string) (string, error) {
	var state, assignee string
	if err := s.w(ctx, tx, "claim state").QueryRowContext(ctx, from).Scan(&state, &assignee); err != nil {
		return "", err
	}
	if queue.State(state) != queue.New || assignee != "" {
		return from, nil
	}
	steps := []struct {
		name string
		args []any
	}{
		{"copy claim", []any{to, norm, from}},
		{"move appearances", []any{to, from}},
		{"move keys", []any{to, from}},
		{"delete claim", []any{from}},
	}
	for _, st := range steps {
		if _, err := s.w(ctx, tx, st.name).ExecContext(ctx, st.args...); err != nil {
			return "", fmt.Errorf("%s: %w", st.name, err)
		}
	}
	ins := s.w(ctx, tx, "insert key")
	for _, k := range sampleKeys(norm) {
		if _, err := ins.ExecContext(ctx, to, k); err != nil {
			return "", err
		}
	}
	tx.retired = append(tx.retired, from)
	return to, nil
}

// findClaim returns the id of the speaker's claim with this normalized
// text (an index lookup), or else of a near-duplicate of it: word
// 3-shingles with Jaccard ≥ 0.8. Candidates share one of three sampled
// shingles (first, middle, last), found through claim_keys: a text that
// near-duplicates another almost always shares them.
func (s *Store) findClaim(ctx context.Context, tx *writeTx, speakerID sql.NullInt64, n string) (id, norm string, err error) {
	err = s.w(ctx, tx, "find claim").QueryRowContext(ctx, speakerID, n).Scan(&id)
	if err == nil || !errors.Is(err, sql.ErrNoRows) {
		return id, n, err
	}
	keys := sampleKeys(n)
	for len(keys) < 3 {
		keys = append(keys, keys[0])
	}
	rows, err := s.w(ctx, tx, "near claims").QueryContext(ctx, keys[0], keys[1], keys[2], speakerID)
	if err != nil {
		return "", "", err
	}
	defer rows.Close()
	want := shingles(n)
	id = ""
	for rows.Next() {
		var cid, other string
		if err := rows.Scan(&cid, &other); err != nil {
			return "", "", err
		}
		// of several near-duplicates, the one with the smallest text, so
		// that the choice does not depend on the order of the rows
		if other != n && (id == "" || other < norm) && jaccard(want, shingles(other)) >= 0.8 {
			id, norm = cid, other
		}
	}
	return id, norm, rows.Err()
}

// sampleKeys are the first, middle and last word 3-shingles of a
// normalized text (the text itself when it is shorter).
func sampleKeys(n string) []string {
	words := strings.Fields(n)
	if len(words) < 3 {
		return []string{n}
	}
	at := func(i int) string { return strings.Join(words[i:i+3], " ") }
	keys := []string{at(0), at((len(words) - 3) / 2), at(len(words) - 3)}
	if keys[1] == keys[0] {
		keys = keys[:1]
	}
	return keys
}

// Normalize folds a statement for comparison: lower case, no accents, no
// punctuation or quotation marks, single spaces.
func Normalize(s string) string {
	s = token.Unaccent(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// SpeakerKey is the identity of a speaker across articles: the canonical
// name, folded, with initials written apart joined, so that "F.B.I." and
// "FBI", "U.S. Navy" and "US Navy" are one speaker.
func SpeakerKey(name string) string { return joinInitials(Normalize(name)) }

// joinInitials joins the runs of one-letter words of a normalized name
// ("f b i" → "fbi"); a lone initial stays a word ("john f kennedy").
func joinInitials(n string) string {
	words := strings.Split(n, " ")
	if len(words) < 2 {
		return n
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 && !(initial(w) && initial(words[i-1])) {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// initial reports whether a normalized word is a single letter.
func initial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsLetter(r)
}

// ClaimKey is the id of a new claim.
func ClaimKey(speakerKey, norm string) string {
	sum := sha256.Sum256([]byte(speakerKey + "\x00" + norm))
	return hex.EncodeToString(sum[:10])
}

func shingles(n string) map[string]bool {
	words := strings.Fields(n)
	out := map[string]bool{}
	if len(words) < 3 {
		out[n] = true
		return out
	}
	for i := 0; i+3 <= len(words); i++ {
		out[strings.Join(words[i:i+3], " ")] = true
	}
	return out
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// day returns the YYYY-MM-DD part of an RFC 3339 date, or "".
func day(s string) string {
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		return s[:10]
	}
	return ""
}
