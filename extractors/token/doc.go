// Package token splits article text into word and punctuation tokens with
// byte offsets. It is the one tokenizer every rule works on: a single pass
// over the text, no regular expressions, no allocation per token beyond the
// slice that holds them.
package token
