package store

// migrations are applied in order, each once, each in its own transaction;
// schema_migrations records which ran. Never edit one that has shipped:
// add the next.
var migrations = []string{
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
	CREATE INDEX appearances_claim ON appearances(claim_id);`,
	// 2: find a speaker's claim by its normalized text without a scan
	`CREATE INDEX claims_speaker_norm ON claims(speaker_id, norm);`,
}
