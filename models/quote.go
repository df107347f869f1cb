package models

// Kind says how a statement is reported.
type Kind string

// The kinds of statement, as in the claim schema.
const (
	Direct   Kind = "direct"   // a whole statement inside quotation marks
	Partial  Kind = "partial"  // quoted words inside the reporter's own sentence
	Indirect Kind = "indirect" // reported speech without quotation marks
)

// SpeakerType says what kind of source a speaker is.
type SpeakerType string

// Speaker types, as in the claim schema.
const (
	Person       SpeakerType = "person"
	Organization SpeakerType = "organization"
	Group        SpeakerType = "group"
	Document     SpeakerType = "document"
	Unknown      SpeakerType = "unknown"
)

// Quote is a statement found in an article: its content span (without the
// outer quotation marks), the marks around it, and, once attributed, its
// speaker and cue.
type Quote struct {
	Kind    Kind
	Content Span // the statement, outer marks excluded
	Outer   Span // the statement with its outer marks (equal to Content for indirect speech)
	// Quoted lists quoted words inside an indirect clause (a mixed statement).
	Quoted []Span

	Speaker *Speaker // nil when no source was found
	Cue     Span     // the reporting verb or phrase; zero when none
	// Confidence is how sure the attribution is, in [0,1].
	Confidence float64
	// Checkworthiness is how much a fact-checker would want to check it,
	// in [0,1]; nil when not scored.
	Checkworthiness *float64
}

// Speaker is the source of a statement.
type Speaker struct {
	Name       string      // canonical name within the article
	Mention    Span        // the words nearest the statement that name the source
	Type       SpeakerType // person, organization, ...
	ResolvedBy string      // the sieve rule that decided
}
