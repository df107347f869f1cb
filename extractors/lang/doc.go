// Package lang loads the per-language data that the extractors run on:
// quotation marks, reporting verbs in all their forms, source markers
// ("according to", "selon"), pronouns with gender and number, titles,
// determiners and the words that make a source an organization, a group or
// a document.
//
// Each language is one YAML file under data/, embedded in the binary and
// parsed the first time a Registry is asked for it. Adding a language means
// adding one file; no code names a language.
package lang
