// Package segment splits an article into paragraphs and sentences.
//
// Paragraphs are lines of text; a line break inside a sentence (no final
// punctuation before it, a lower-case word after it) is not a paragraph
// break. Sentences end at final punctuation (. ? ! …), with the closing
// quotation marks and brackets after it (.” .» ?” . »), when the next word
// opens a sentence; never after an abbreviation of the language (Mr., M.,
// Gen.) or an initial; and always at the end of a paragraph, so headlines
// and datelines are sentences of their own.
package segment
