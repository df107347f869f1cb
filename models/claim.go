package models

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Claim is one attributed statement as written to the claims output. Its
// JSON form is the record of ../shared/schema/claim.schema.json; offsets
// count code points.
type Claim struct {
	ID              string        `json:"id"`
	ArticleID       string        `json:"article_id"`
	Lang            string        `json:"lang"`
	Kind            Kind          `json:"kind"`
	Quote           string        `json:"quote"`
	Start           int           `json:"start"`
	End             int           `json:"end"`
	Speaker         *ClaimSpeaker `json:"speaker"`
	Cue             string        `json:"cue,omitempty"`
	Sentence        string        `json:"sentence,omitempty"`
	Checkworthiness *float64      `json:"checkworthiness,omitempty"`
	Confidence      float64       `json:"confidence"`
	Article         *ArticleMeta  `json:"article,omitempty"`
	Quoted          [][2]int      `json:"quoted,omitempty"`
}

// ClaimSpeaker is the speaker part of a claim record.
type ClaimSpeaker struct {
	Name       string      `json:"name"`
	Mention    string      `json:"mention,omitempty"`
	Start      *int        `json:"start,omitempty"`
	End        *int        `json:"end,omitempty"`
	Type       SpeakerType `json:"type,omitempty"`
	ResolvedBy string      `json:"resolved_by,omitempty"`
}

// ClaimID is the stable id of a statement: a hash of the article id, the
// article text's hash, the kind and the code-point span. The same article
// text always gives the same ids; an edited text gives new ones.
func ClaimID(articleID, textHash string, kind Kind, start, end int) string {
	h := sha256.New()
	h.Write([]byte(articleID))
	h.Write([]byte{0})
	h.Write([]byte(textHash))
	h.Write([]byte{0})
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write(strconv.AppendInt(nil, int64(start), 10))
	h.Write([]byte{':'})
	h.Write(strconv.AppendInt(nil, int64(end), 10))
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// TextHash is the content hash of an article text.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
