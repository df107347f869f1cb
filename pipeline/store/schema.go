package store

import (
	"context"
	"database/sql"
)

// migration is one step of the schema: SQL, and Go code for what SQL
// cannot compute.
type migration struct {
	sql string
	fn  func(ctx context.Context, tx *sql.Tx) error
}

// migrations are applied in order, each once, each in its own transaction;
// schema_migrations records which ran. Never edit one that has shipped:
// add the next.
var migrations = []migration{{sql:
// 1: articles, speakers, claims, appearances, queue state
`CREATE TABLE articles (
		id           TEXT PRIMARY KEY,
		content_hash TEXT NOT NULL,
		url          TEXT NOT NULL DEFAULT '',
		title        TEXT NOT NULL DEFAULT '',
		source       TEXT NOT NULL DEFAULT '',
		published    TEXT NOT NULL DEFAULT '',
		lang         TEXT NOT NULL DEFAULT '',
		processed_at TEXT NOT NULL
	);
	CREATE TABLE speakers (
		id   INTEGER PRIMARY KEY,
		key  TEXT NOT NULL UNIQUE,
		name TEXT NOT NULL,
		type TEXT NOT NULL DEFAULT ''
	);
	CREATE TABLE speaker_aliases (
		speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
		alias      TEXT NOT NULL,
		PRIMARY KEY (speaker_id, alias)
	);
	CREATE TABLE claims (
		id              TEXT PRIMARY KEY,
		speaker_id      INTEGER REFERENCES speakers(id),
		text            TEXT NOT NULL,
		norm            TEXT NOT NULL,
		kind            TEXT NOT NULL,
		lang            TEXT NOT NULL,
		checkworthiness REAL NOT NULL DEFAULT 0,
		first_seen      TEXT NOT NULL DEFAULT '',
		state           TEXT NOT NULL DEFAULT 'new',
		assignee        TEXT NOT NULL DEFAULT '',
		verdict         TEXT NOT NULL DEFAULT '',
		note            TEXT NOT NULL DEFAULT '',
		updated_at      TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX claims_queue ON claims(state, checkworthiness DESC, id);
	CREATE INDEX claims_speaker ON claims(speaker_id);
	CREATE TABLE appearances (
		article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		record_id   TEXT NOT NULL,
		claim_id    TEXT NOT NULL REFERENCES claims(id),
		kind        TEXT NOT NULL,
		quote       TEXT NOT NULL,
		start       INTEGER NOT NULL,
		end         INTEGER NOT NULL,
		sentence    TEXT NOT NULL DEFAULT '',
		cue         TEXT NOT NULL DEFAULT '',
		mention     TEXT NOT NULL DEFAULT '',
		resolved_by TEXT NOT NULL DEFAULT '',
		confidence  REAL NOT NULL DEFAULT 0,
		PRIMARY KEY (article_id, record_id)
	);
	CREATE INDEX appearances_claim ON appearances(claim_id);`},
	// 2: find a speaker's claim by its normalized text without a scan
	{sql: `CREATE INDEX claims_speaker_norm ON claims(speaker_id, norm);`},
	// 3: sampled word shingles of each claim, to find near-duplicates by
	// index rather than by comparing with every claim of the speaker
	{sql: `CREATE TABLE claim_keys (
		claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
		key      TEXT NOT NULL,
		PRIMARY KEY (key, claim_id)
	);`, fn: backfillKeys},
	// 4: speaker keys join initials written apart ("f b i" is "fbi");
	// speakers whose keys now meet become one
	{fn: rekeySpeakers},
}

// backfillKeys computes the shingle keys of the claims already stored.
func backfillKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, norm FROM claims`)
	if err != nil {
		return err
	}
	type claim struct{ id, norm string }
	var all []claim
	for rows.Next() {
		var c claim
		if err := rows.Scan(&c.id, &c.norm); err != nil {
			rows.Close()
			return err
		}
		all = append(all, c)
	}
	rows.Close()
	for _, c := range all {
		for _, k := range sampleKeys(c.norm) {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO claim_keys(claim_id, key) VALUES (?, ?)`, c.id, k); err != nil {
				return err
			}
		}
	}
	return rows.Err()
}

// rekeySpeakers gives every stored speaker the key SpeakerKey gives its
// name now. A speaker whose new key another speaker holds is merged into
// it: its claims and aliases move over, the smaller name and the likelier
// type stay, and its row goes. Claims keep their ids and queue states; two
// claims of the merged speaker with the same text stay two (new
// appearances join the first found), so no checker's work is lost.
func rekeySpeakers(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, key, name, type FROM speakers ORDER BY id`)
	if err != nil {
		return err
	}
	type speaker struct {
		id             int64
		key, name, typ string
	}
	var all []speaker
	for rows.Next() {
		var sp speaker
		if err := rows.Scan(&sp.id, &sp.key, &sp.name, &sp.typ); err != nil {
			rows.Close()
			return err
		}
		all = append(all, sp)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	byKey := map[string]*speaker{}
	for i := range all {
		byKey[all[i].key] = &all[i]
	}
	for i := range all {
		sp := &all[i]
		nk := joinInitials(sp.key)
		if nk == sp.key {
			continue
		}
		into, ok := byKey[nk]
		if !ok {
			if _, err := tx.ExecContext(ctx, `UPDATE speakers SET key = ? WHERE id = ?`, nk, sp.id); err != nil {
				return err
			}
			delete(byKey, sp.key)
			sp.key = nk
			byKey[nk] = sp
			continue
		}
		name, typ := into.name, higherType(into.typ, sp.typ)
		if sp.name < name {
			name = sp.name
		}
		for _, q := range []struct {
			sql  string
			args []any
		}{
			{`UPDATE claims SET speaker_id = ? WHERE speaker_id = ?`, []any{into.id, sp.id}},
			{`INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias) SELECT ?, alias FROM speaker_aliases WHERE speaker_id = ?`, []any{into.id, sp.id}},
			{`DELETE FROM speaker_aliases WHERE speaker_id = ?`, []any{sp.id}},
			{`DELETE FROM speakers WHERE id = ?`, []any{sp.id}},
			{`UPDATE speakers SET name = ?, type = ? WHERE id = ?`, []any{name, typ, into.id}},
		} {
			if _, err := tx.ExecContext(ctx, q.sql, q.args...); err != nil {
				return err
			}
		}
		into.name, into.typ = name, typ
		delete(byKey, sp.key)
	}
	return nil
}
