package queue

import (
	"context"
	"errors"
	"time"
)

// State is where a claim is in the queue: new → in-review → checked.
type State string

// Queue states.
const (
	New      State = "new"
	InReview State = "in-review"
	Checked  State = "checked"
)

// ErrNotFound is returned for an unknown claim id.
var ErrNotFound = errors.New("no such claim")

// ErrEmpty is returned by Next when no claim matches.
var ErrEmpty = errors.New("no claim waiting")

// Item is one claim in the queue.
type Item struct {
	ID              string
	Text            string
	Kind            string
	Lang            string
	Speaker         string
	SpeakerType     string
	Checkworthiness float64
	FirstSeen       string
	State           State
	Assignee        string
	Verdict         string
	Note            string
	UpdatedAt       time.Time
	Appearances     []Appearance
}

// Appearance is one place a claim was made.
type Appearance struct {
	ArticleID, URL, Title, Source, Published string
	// RecordID is the id of the claim record the extraction wrote.
	RecordID, Kind, ResolvedBy    string
	Quote, Sentence, Cue, Mention string
	Start, End                    int
	Confidence                    float64
}

// Filter narrows a listing. Zero fields do not filter.
type Filter struct {
	Speaker  string  // part of the speaker's name, any case
	Lang     string  // ISO 639-1
	Kind     string  // direct, partial, indirect
	Since    string  // first seen on or after this date (YYYY-MM-DD)
	MinScore float64 // check-worthiness at least this
	State    State
	Limit    int
}

// Queue is the fact-checking queue.
type Queue interface {
	// List returns claims in queue order: highest check-worthiness first.
	List(ctx context.Context, f Filter) ([]Item, error)
	// Next hands the first new claim that matches f to checker and moves it
	// to in-review, atomically: two callers never get the same claim.
	Next(ctx context.Context, checker string, f Filter) (*Item, error)
	// Show returns one claim with its appearances.
	Show(ctx context.Context, id string) (*Item, error)
	// Assign gives a claim to a checker and moves it to in-review.
	Assign(ctx context.Context, id, checker string) error
	// Resolve records a verdict and a note and moves the claim to checked.
	Resolve(ctx context.Context, id, verdict, note string) error
}
