// Package distributed runs whosaid over several machines on NATS
// JetStream:
//
//	publish ──▶ WHOSAID_ARTICLES (work queue) ──▶ workers ──▶ WHOSAID_CLAIMS ──▶ collect ──▶ SQLite store
//
// Articles are published with the article id and content hash as message
// id, so publishing the same input twice adds nothing. Workers share one
// durable pull consumer; each runs the pipeline on an article, publishes
// every claim (subject by language, the claim id as message id) and then
// an article record listing them, waits until the server has stored them
// all, and only then acknowledges the article: a worker that dies leaves
// its article to be redelivered, and the message ids keep a redelivery
// from doubling anything. The collector reads the claims stream through a
// durable consumer and stores each article once its record and all its
// claims have arrived, with the same store code a single-machine run uses.
//
// The fact-checking queue can also live on JetStream, in a key-value
// bucket updated with revision checks (KVQueue), for teams spread over
// several sites.
package distributed
