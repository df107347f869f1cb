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

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/whosaid/whosaid/models"
)

// Store is an open whosaid database. It is safe for concurrent use, by
// several goroutines and several processes.
type Store struct {
	db  *sql.DB
	now func() time.Time
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
			if _, err := tx.ExecContext(ctx, m); err != nil {
				return fmt.Errorf("migration %d: %w", version, err)
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
	now := s.now().UTC().Format(time.RFC3339)
	firstSeen := day(a.Published)
	if firstSeen == "" {
		firstSeen = now[:10]
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		// the claims the article made before: the only ones it can orphan
		old, err := claimsOf(ctx, tx, a.ID)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM appearances WHERE article_id = ?`, a.ID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO articles(id, content_hash, url, title, source, published, lang, processed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET content_hash = excluded.content_hash, url = excluded.url, title = excluded.title,
				source = excluded.source, published = excluded.published, lang = excluded.lang, processed_at = excluded.processed_at`,
			a.ID, a.Hash, a.URL, a.Title, a.Source, a.Published, a.Lang, now)
		if err != nil {
			return err
		}
		for i := range claims {
			if err := s.putClaim(ctx, tx, &claims[i], firstSeen, now); err != nil {
				return fmt.Errorf("claim %s: %w", claims[i].ID, err)
			}
		}
		// claims no article makes any more, unless a checker has taken them up
		for _, id := range old {
			if _, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE id = ? AND state = 'new' AND NOT EXISTS (SELECT 1 FROM appearances WHERE claim_id = ?)`, id, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// querier is a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// claimsOf returns the ids of the claims an article makes.
func claimsOf(ctx context.Context, tx querier, articleID string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT claim_id FROM appearances WHERE article_id = ?`, articleID)
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

func (s *Store) putClaim(ctx context.Context, tx *sql.Tx, c *models.Claim, firstSeen, now string) error {
	var speakerID sql.NullInt64
	key := ""
	if c.Speaker != nil {
		key = SpeakerKey(c.Speaker.Name)
		id, err := putSpeaker(ctx, tx, key, c.Speaker)
		if err != nil {
			return err
		}
		speakerID = sql.NullInt64{Int64: id, Valid: true}
	}
	n := Normalize(c.Quote)
	claimID, err := findClaim(ctx, tx, speakerID, n)
	if err != nil {
		return err
	}
	cw := 0.0
	if c.Checkworthiness != nil {
		cw = *c.Checkworthiness
	}
	if claimID == "" {
		claimID = ClaimKey(key, n)
		_, err = tx.ExecContext(ctx, `INSERT INTO claims(id, speaker_id, text, norm, kind, lang, checkworthiness, first_seen, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET checkworthiness = MAX(claims.checkworthiness, excluded.checkworthiness),
				first_seen = MIN(claims.first_seen, excluded.first_seen)`,
			claimID, speakerID, c.Quote, n, string(c.Kind), c.Lang, cw, firstSeen, now)
	} else {
		// the representative text is the smallest, so that the order in
		// which articles arrive does not change the store
		_, err = tx.ExecContext(ctx, `UPDATE claims SET checkworthiness = MAX(checkworthiness, ?), first_seen = MIN(first_seen, ?),
			text = MIN(text, ?) WHERE id = ?`, cw, firstSeen, c.Quote, claimID)
	}
	if err != nil {
		return err
	}
	var mention, resolvedBy string
	if c.Speaker != nil {
		mention, resolvedBy = c.Speaker.Mention, c.Speaker.ResolvedBy
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO appearances(article_id, record_id, claim_id, kind, quote, start, end, sentence, cue, mention, resolved_by, confidence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		c.ArticleID, c.ID, claimID, string(c.Kind), c.Quote, c.Start, c.End, c.Sentence, c.Cue, mention, resolvedBy, c.Confidence)
	return err
}

// putSpeaker returns the id of the speaker with this key, creating it, and
// records the name as written as an alias.
func putSpeaker(ctx context.Context, tx *sql.Tx, key string, sp *models.ClaimSpeaker) (int64, error) {
	var id int64
	var name, typ string
	err := tx.QueryRowContext(ctx, `SELECT id, name, type FROM speakers WHERE key = ?`, key).Scan(&id, &name, &typ)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		res, err := tx.ExecContext(ctx, `INSERT INTO speakers(key, name, type) VALUES (?, ?, ?)`, key, sp.Name, string(sp.Type))
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
		if _, err := tx.ExecContext(ctx, `UPDATE speakers SET name = MIN(name, ?), type = ? WHERE id = ?`,
			sp.Name, higherType(typ, string(sp.Type)), id); err != nil {
			return 0, err
		}
	}
	for _, alias := range []string{sp.Name, sp.Mention} {
		if alias == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO speaker_aliases(speaker_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING`, id, alias); err != nil {
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

// findClaim returns the id of the speaker's claim with this normalized
// text (an index lookup), or else of a near-duplicate of it: word
// 3-shingles with Jaccard ≥ 0.8, among the speaker's claims of a
// comparable length (the only ones that can reach it).
func findClaim(ctx context.Context, tx *sql.Tx, speakerID sql.NullInt64, n string) (string, error) {
	var id string
	err := tx.QueryRowContext(ctx, `SELECT id FROM claims WHERE speaker_id IS ? AND norm = ?`, speakerID, n).Scan(&id)
	if err == nil || !errors.Is(err, sql.ErrNoRows) {
		return id, err
	}
	// Jaccard ≥ 0.8 needs lengths within a factor 0.8 of each other
	lo, hi := len(n)*7/10, len(n)*13/10+1
	rows, err := tx.QueryContext(ctx, `SELECT id, norm FROM claims WHERE speaker_id IS ? AND length(norm) BETWEEN ? AND ?`, speakerID, lo, hi)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	want := shingles(n)
	for rows.Next() {
		var other string
		if err := rows.Scan(&id, &other); err != nil {
			return "", err
		}
		if jaccard(want, shingles(other)) >= 0.8 {
			return id, nil
		}
	}
	return "", rows.Err()
}

// Normalize folds a statement for comparison: lower case, no accents, no
// punctuation or quotation marks, single spaces.
func Normalize(s string) string {
	s = fold(s)
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
// name, folded.
func SpeakerKey(name string) string { return Normalize(name) }

// ClaimKey is the id of a new claim.
func ClaimKey(speakerKey, norm string) string {
	sum := sha256.Sum256([]byte(speakerKey + "\x00" + norm))
	return hex.EncodeToString(sum[:10])
}

func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, strings.ToLower(s))
	if err != nil {
		return strings.ToLower(s)
	}
	return out
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
