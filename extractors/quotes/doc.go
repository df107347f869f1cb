// Package quotes finds quoted passages in an article at character level,
// over the whole text rather than sentence by sentence, so that quotes
// running over several sentences or paragraphs come out whole.
//
// It knows the marks of each language from its pack (“…”, "…", «…», „…“,
// ‹…›, “…”) and the conventions around them: nested quotes, a quote whose
// opening and closing marks differ in style ("…”), the news convention for a
// quote over several paragraphs (each paragraph opens, only the last closes),
// single marks where an article uses them as its primary quotes, and stray or
// unbalanced marks, which are passed over rather than allowed to swallow the
// rest of the article.
package quotes
