package sheets

import (
	"fmt"
	"io"
	"strings"
)

// mdEscape escapes text for Markdown: no markup, no HTML.
func mdEscape(s string) string {
	r := strings.NewReplacer("\\", "\\\\", "`", "\\`", "*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;",
		"#", "\\#", "|", "\\|", "\n", " ")
	return r.Replace(s)
}

func indexMarkdown(w io.Writer, speakers []Speaker) error {
	fmt.Fprintf(w, "# Quote sheets\n\n%d speakers.\n\n| Speaker | Type | Statements | Languages | Last seen |\n|---|---|---|---|---|\n", len(speakers))
	for _, sp := range speakers {
		fmt.Fprintf(w, "| [%s](speakers/%s.md) | %s | %d | %s | %s |\n", mdEscape(sp.Name), sp.Slug, sp.Type, sp.Statements, strings.Join(sp.Langs, ", "), sp.LastSeen)
	}
	return nil
}

func speakerMarkdown(w io.Writer, sp *Speaker) error {
	fmt.Fprintf(w, "# %s\n\n%s · %d statements · %s · last seen %s\n", mdEscape(sp.Name), sp.Type, sp.Statements, strings.Join(sp.Langs, ", "), sp.LastSeen)
	for _, a := range sp.Articles {
		title := mdEscape(a.Title)
		if a.URL != "" {
			title = fmt.Sprintf("[%s](%s)", title, strings.ReplaceAll(a.URL, ")", "%29"))
		}
		fmt.Fprintf(w, "\n## %s\n\n%s %s\n", title, a.Date, mdEscape(a.Source))
		for _, s := range a.Statements {
			fmt.Fprintf(w, "\n> %s\n\n%s · check-worthiness %.0f %% · %s", mdEscape(s.Quote), s.Kind, s.Checkworthiness*100, s.State)
			if s.Verdict != "" {
				fmt.Fprintf(w, " · verdict: %s", mdEscape(s.Verdict))
			}
			if s.Sentence != "" {
				fmt.Fprintf(w, "\n\n%s", mdEscape(s.Sentence))
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}
