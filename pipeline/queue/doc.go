// Package queue defines the fact-checking queue: claims waiting to be
// checked, ordered by check-worthiness, taken by one fact-checker at a time
// and resolved with a verdict. It is an interface so that the SQLite store
// (pipeline/store) and a distributed backend can both implement it.
package queue
