package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/whosaid/whosaid/pipeline/queue"
)

var _ queue.Queue = (*Store)(nil)

const itemColumns = `c.id, c.text, c.kind, c.lang, COALESCE(s.name, ''), COALESCE(s.type, ''), c.checkworthiness,
	c.first_seen, c.state, c.assignee, c.verdict, c.note, c.updated_at`

// where builds the filter's conditions.
func where(f queue.Filter) (string, []any) {
	var conds []string
	var args []any
	if f.Speaker != "" {
		conds = append(conds, `s.key LIKE ?`)
		args = append(args, "%"+SpeakerKey(f.Speaker)+"%")
	}
	for _, c := range []struct{ col, v string }{{"c.lang", f.Lang}, {"c.kind", f.Kind}, {"c.state", string(f.State)}} {
		if c.v != "" {
			conds = append(conds, c.col+` = ?`)
			args = append(args, c.v)
		}
	}
	if f.Since != "" {
		conds = append(conds, `c.first_seen >= ?`)
		args = append(args, f.Since)
	}
	if f.MinScore > 0 {
		conds = append(conds, `c.checkworthiness >= ?`)
		args = append(args, f.MinScore)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func scanItem(row interface{ Scan(...any) error }) (queue.Item, error) {
	var it queue.Item
	var state, updated string
	err := row.Scan(&it.ID, &it.Text, &it.Kind, &it.Lang, &it.Speaker, &it.SpeakerType, &it.Checkworthiness,
		&it.FirstSeen, &state, &it.Assignee, &it.Verdict, &it.Note, &updated)
	it.State = queue.State(state)
	it.UpdatedAt, _ = time.Parse(time.RFC3339, updated)
	return it, err
}

// List implements queue.Queue.
func (s *Store) List(ctx context.Context, f queue.Filter) ([]queue.Item, error) {
	cond, args := where(f)
	q := `SELECT ` + itemColumns + ` FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id` + cond +
		` ORDER BY c.checkworthiness DESC, c.id`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []queue.Item
	for rows.Next() {
		it, err := scanItem(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// Next implements queue.Queue. The selection and the update run in one
// immediate transaction: the write lock is taken before the claim is
// chosen, so concurrent callers, in any process, never share a claim.
func (s *Store) Next(ctx context.Context, checker string, f queue.Filter) (*queue.Item, error) {
	f.State = queue.New
	cond, args := where(f)
	var id string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT c.id FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id`+cond+
			` ORDER BY c.checkworthiness DESC, c.id LIMIT 1`, args...).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return queue.ErrEmpty
		}
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE claims SET state = ?, assignee = ?, updated_at = ? WHERE id = ?`,
			string(queue.InReview), checker, s.stamp(), id)
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.Show(ctx, id)
}

// Show implements queue.Queue.
func (s *Store) Show(ctx context.Context, id string) (*queue.Item, error) {
	it, err := scanItem(s.db.QueryRowContext(ctx, `SELECT `+itemColumns+` FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id WHERE c.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%s: %w", id, queue.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	apps, err := s.appearances(ctx, `WHERE p.claim_id = ?`, id)
	if err != nil {
		return nil, err
	}
	it.Appearances = apps[id]
	return &it, nil
}

// appearances returns appearances by claim id.
func (s *Store) appearances(ctx context.Context, cond string, args ...any) (map[string][]queue.Appearance, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT p.claim_id, p.article_id, a.url, a.title, a.source, a.published,
		p.record_id, p.kind, p.resolved_by, p.quote, p.sentence, p.cue, p.mention, p.start, p.end, p.confidence
		FROM appearances p JOIN articles a ON a.id = p.article_id `+cond+` ORDER BY a.published, p.article_id, p.start`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string][]queue.Appearance{}
	for rows.Next() {
		var claim string
		var ap queue.Appearance
		if err := rows.Scan(&claim, &ap.ArticleID, &ap.URL, &ap.Title, &ap.Source, &ap.Published,
			&ap.RecordID, &ap.Kind, &ap.ResolvedBy, &ap.Quote, &ap.Sentence, &ap.Cue, &ap.Mention, &ap.Start, &ap.End, &ap.Confidence); err != nil {
			return nil, err
		}
		out[claim] = append(out[claim], ap)
	}
	return out, rows.Err()
}

// Assign implements queue.Queue.
func (s *Store) Assign(ctx context.Context, id, checker string) error {
	return s.update(ctx, id, `UPDATE claims SET state = ?, assignee = ?, updated_at = ? WHERE id = ?`, string(queue.InReview), checker, s.stamp(), id)
}

// Resolve implements queue.Queue.
func (s *Store) Resolve(ctx context.Context, id, verdict, note string) error {
	if strings.TrimSpace(verdict) == "" {
		return fmt.Errorf("%s: a verdict is needed", id)
	}
	return s.update(ctx, id, `UPDATE claims SET state = ?, verdict = ?, note = ?, updated_at = ? WHERE id = ?`, string(queue.Checked), verdict, note, s.stamp(), id)
}

func (s *Store) update(ctx context.Context, id, q string, args ...any) error {
	res, err := s.db.ExecContext(ctx, q, args...)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%s: %w", id, queue.ErrNotFound)
	}
	return nil
}

func (s *Store) stamp() string { return s.now().UTC().Format(time.RFC3339) }

// All returns every claim that matches f, in queue order, with its
// appearances (for export and quote sheets).
func (s *Store) All(ctx context.Context, f queue.Filter) ([]queue.Item, error) {
	items, err := s.List(ctx, f)
	if err != nil {
		return nil, err
	}
	apps, err := s.appearances(ctx, "")
	if err != nil {
		return nil, err
	}
	for i := range items {
		items[i].Appearances = apps[items[i].ID]
	}
	return items, nil
}

// Counts returns the number of articles, claims and appearances.
func (s *Store) Counts(ctx context.Context) (articles, claims, appearances int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM appearances)`).
		Scan(&articles, &claims, &appearances)
	return
}

// ItemsOf returns the claims an article makes, each with all its
// appearances, in two queries.
func (s *Store) ItemsOf(ctx context.Context, articleID string) ([]queue.Item, error) {
	ofArticle := writes["claims of"]
	rows, err := s.db.QueryContext(ctx, `SELECT `+itemColumns+` FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
		WHERE c.id IN (`+ofArticle+`) ORDER BY c.checkworthiness DESC, c.id`, articleID)
	if err != nil {
		return nil, err
	}
	var items []queue.Item
	for rows.Next() {
		it, err := scanItem(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		items = append(items, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	apps, err := s.appearances(ctx, `WHERE p.claim_id IN (`+ofArticle+`)`, articleID)
	if err != nil {
		return nil, err
	}
	for i := range items {
		items[i].Appearances = apps[items[i].ID]
	}
	return items, nil
}

// Snapshot returns the store's content as text, leaving out processing
// times and the row ids the database picks: two stores with the same
// snapshot hold the same articles, speakers, claims and appearances.
func (s *Store) Snapshot(ctx context.Context) (string, error) {
	var sb strings.Builder
	for _, q := range []string{
		`SELECT id, content_hash, url, title, source, published, lang FROM articles ORDER BY id`,
		`SELECT key, name, type FROM speakers ORDER BY key`,
		`SELECT s.key, a.alias FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id ORDER BY 1, 2`,
		`SELECT c.id, COALESCE(s.key, ''), c.text, c.norm, c.kind, c.lang, c.checkworthiness, c.first_seen, c.state FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id ORDER BY c.id`,
		`SELECT article_id, record_id, claim_id, kind, quote, start, end, sentence, cue, mention, resolved_by, confidence FROM appearances ORDER BY article_id, record_id`,
	} {
		rows, err := s.db.QueryContext(ctx, q)
		if err != nil {
			return "", err
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return "", err
			}
			fmt.Fprintln(&sb, vals...)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return "", err
		}
	}
	return sb.String(), nil
}
