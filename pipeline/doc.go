// Package pipeline runs articles through whosaid's stages and wires sources
// to sinks:
//
//	Source ─▶ normalize ─▶ detect ─▶ segment ─▶ find quotes ─▶ attribute ─▶ emit ─▶ Sink
//
// Each stage is a small type with one job (see stages.go); the read-only
// resources they share — the language detector, the language packs — are
// built once per process. Run fans articles out to workers and hands the
// results to the sink in input order, with memory bounded by a small
// reorder window however large the input, and stops on context
// cancellation. Every input comes out as a Result — claims, skipped (with
// why) or failed (with why) — so a run's Summary accounts for all of them.
package pipeline
