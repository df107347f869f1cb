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
