package models

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRuneIndex(t *testing.T) {
	for _, s := range []string{"", "plain ascii text", "« Élysée » a dit “ok” — 😀 fin", strings.Repeat("é😀a", 400)} {
		ri := NewRuneIndex(s)
		runes := 0
		for b := 0; b <= len(s); b++ {
			if b == len(s) || utf8.RuneStart(s[b]) {
				if got := ri.Runes(b); got != runes {
					t.Fatalf("%.20q: Runes(%d) = %d, want %d", s, b, got, runes)
				}
				if got := ri.Bytes(runes); got != b {
					t.Fatalf("%.20q: Bytes(%d) = %d, want %d", s, runes, got, b)
				}
				runes++
			}
		}
	}
}

func TestClaimIDStable(t *testing.T) {
	h := TextHash("text")
	if ClaimID("a", h, Direct, 1, 5) != ClaimID("a", h, Direct, 1, 5) {
		t.Fatal("same input, different ids")
	}
	if ClaimID("a", h, Direct, 1, 5) == ClaimID("a", h, Partial, 1, 5) || ClaimID("a", h, Direct, 1, 5) == ClaimID("b", h, Direct, 1, 5) {
		t.Fatal("different claims share an id")
	}
}
