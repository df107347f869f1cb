// Package queuetest holds checks that every implementation of queue.Queue
// must pass, for the tests of those implementations (the SQLite store, the
// JetStream key-value queue), as testing/fstest does for file systems.
package queuetest
