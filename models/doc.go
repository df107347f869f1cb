// Package models holds the record types that every stage of whosaid passes
// around: the Article as read, the Spans found in it (paragraphs, sentences,
// quotes, speaker mentions) and the Claim written out.
//
// Inside the pipeline every offset is a byte offset into Article.Text (Go
// strings are bytes). The claim schema counts Unicode code points, so offsets
// are converted once, when a Claim is built, through a RuneIndex.
package models
