// Package sheets writes quote sheets: one page per speaker with
// everything they were quoted saying, grouped by article and date, for an
// editor to read. It writes a static HTML site (an index of speakers with
// their counts, languages and last-seen date, and a page per speaker),
// the same in Markdown, and a CSV of every statement. Everything taken
// from articles is escaped (html/template); the site has no scripts.
package sheets
