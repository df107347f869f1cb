// Package store keeps claims in an embedded SQLite database (pure Go,
// modernc.org/sqlite): articles with their content hash, claims merged
// across articles (the same statement by the same speaker is one claim
// with several appearances), speakers with their aliases, and the
// fact-checking queue's state. Each article is written in one
// transaction, so a run killed at any moment and run again ends with the
// same store as an uninterrupted run. The schema is versioned by
// migrations applied on open.
package store
