package pipeline

import (
	"bufio"
	"encoding/json"
	"io"
)

// JSONL writes claims as JSON Lines, one claim record a line.
type JSONL struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewJSONL returns a sink writing to w. Call Flush when the run is over.
func NewJSONL(w io.Writer) *JSONL {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSONL{w: bw, enc: enc}
}

// Write implements Sink.
func (s *JSONL) Write(it *Item) error {
	for i := range it.Claims {
		if err := s.enc.Encode(&it.Claims[i]); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes what is buffered.
func (s *JSONL) Flush() error { return s.w.Flush() }
