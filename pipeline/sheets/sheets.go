package sheets

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/pipeline/queue"
	"github.com/whosaid/whosaid/pipeline/store"
)

// Speaker is one speaker's sheet.
type Speaker struct {
	Name, Type, Slug string
	Statements       int
	Langs            []string
	LastSeen         string
	Articles         []Article
}

// Article groups a speaker's statements in one article.
type Article struct {
	ID, Title, URL, Source, Date string
	Statements                   []Statement
}

// Statement is one statement on a sheet.
type Statement struct {
	ClaimID, Kind, Lang, Quote, Sentence, Cue, State, Verdict string
	Checkworthiness                                           float64
}

// Build groups claims into speaker sheets, most quoted speaker first.
// A one-word name ("Clinton") joins the one fuller person's name that ends
// with it ("Hillary Clinton"); with two such names (Hillary and Bill) it
// stays on its own sheet.
func Build(items []queue.Item) []Speaker {
	merged := mergeSurnames(items)
	by := map[string]*Speaker{}
	for _, it := range items {
		name := it.Speaker
		if full, ok := merged[name]; ok {
			name = full
		}
		if name == "" {
			name = "(no source found)"
		}
		sp := by[name]
		if sp == nil {
			sp = &Speaker{Name: name, Type: it.SpeakerType}
			by[name] = sp
		}
		for _, ap := range it.Appearances {
			sp.add(it, ap)
		}
	}
	out := make([]Speaker, 0, len(by))
	used := map[string]bool{}
	for _, sp := range by {
		sp.finish()
		sp.Slug = slug(sp.Name, used)
		out = append(out, *sp)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Statements != out[j].Statements {
			return out[i].Statements > out[j].Statements
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// mergeSurnames maps each one-word person's name to the only fuller
// person's name that ends with it, when there is exactly one.
func mergeSurnames(items []queue.Item) map[string]string {
	fuller := map[string]map[string]bool{} // surname key → fuller names
	for _, it := range items {
		words := strings.Fields(it.Speaker)
		if len(words) < 2 || it.SpeakerType != "person" {
			continue
		}
		last := store.Normalize(words[len(words)-1])
		if fuller[last] == nil {
			fuller[last] = map[string]bool{}
		}
		fuller[last][it.Speaker] = true
	}
	out := map[string]string{}
	for _, it := range items {
		if strings.Contains(strings.TrimSpace(it.Speaker), " ") || it.Speaker == "" || it.SpeakerType != "person" {
			continue
		}
		if names := fuller[store.Normalize(it.Speaker)]; len(names) == 1 {
			for full := range names {
				out[it.Speaker] = full
			}
		}
	}
	return out
}

func (sp *Speaker) add(it queue.Item, ap queue.Appearance) {
	var art *Article
	for i := range sp.Articles {
		if sp.Articles[i].ID == ap.ArticleID {
			art = &sp.Articles[i]
		}
	}
	if art == nil {
		title := ap.Title
		if title == "" {
			title = ap.ArticleID
		}
		sp.Articles = append(sp.Articles, Article{ID: ap.ArticleID, Title: title, URL: safeURL(ap.URL), Source: ap.Source, Date: day(ap.Published, it.FirstSeen)})
		art = &sp.Articles[len(sp.Articles)-1]
	}
	art.Statements = append(art.Statements, Statement{ClaimID: it.ID, Kind: it.Kind, Lang: it.Lang, Quote: ap.Quote,
		Sentence: ap.Sentence, Cue: ap.Cue, State: string(it.State), Verdict: it.Verdict, Checkworthiness: it.Checkworthiness})
	sp.Statements++
	if d := day(ap.Published, it.FirstSeen); d > sp.LastSeen {
		sp.LastSeen = d
	}
	if !contains(sp.Langs, it.Lang) {
		sp.Langs = append(sp.Langs, it.Lang)
	}
}

func (sp *Speaker) finish() {
	sort.Strings(sp.Langs)
	sort.SliceStable(sp.Articles, func(i, j int) bool {
		if sp.Articles[i].Date != sp.Articles[j].Date {
			return sp.Articles[i].Date > sp.Articles[j].Date
		}
		return sp.Articles[i].ID < sp.Articles[j].ID
	})
	for _, a := range sp.Articles {
		sort.SliceStable(a.Statements, func(i, j int) bool { return a.Statements[i].Checkworthiness > a.Statements[j].Checkworthiness })
	}
}

// Write writes the site, the Markdown sheets and the CSV into dir and
// returns the number of speakers.
func Write(dir string, items []queue.Item) (int, error) {
	speakers := Build(items)
	for _, sub := range []string{"", "speakers"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return 0, err
		}
	}
	files := map[string]func(*os.File) error{
		"index.html": func(f *os.File) error { return indexHTML.Execute(f, speakers) },
		"index.md":   func(f *os.File) error { return indexMarkdown(f, speakers) },
		"style.css":  func(f *os.File) error { _, err := f.WriteString(css); return err },
		"claims.csv": func(f *os.File) error { return writeCSV(f, speakers) },
	}
	for i := range speakers {
		sp := &speakers[i]
		files["speakers/"+sp.Slug+".html"] = func(f *os.File) error { return speakerHTML.Execute(f, sp) }
		files["speakers/"+sp.Slug+".md"] = func(f *os.File) error { return speakerMarkdown(f, sp) }
	}
	for name, write := range files {
		if err := writeFile(filepath.Join(dir, name), write); err != nil {
			return 0, fmt.Errorf("sheets: %s: %w", name, err)
		}
	}
	return len(speakers), nil
}

// writeFile writes through a temporary file, so a reader never sees half a page.
func writeFile(path string, write func(*os.File) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	return os.Rename(f.Name(), path)
}

func writeCSV(f *os.File, speakers []Speaker) error {
	w := csv.NewWriter(f)
	w.Write([]string{"speaker", "claim_id", "kind", "lang", "checkworthiness", "state", "verdict", "quote", "sentence", "article_id", "title", "url", "date"})
	for _, sp := range speakers {
		for _, a := range sp.Articles {
			for _, s := range a.Statements {
				w.Write([]string{sp.Name, s.ClaimID, s.Kind, s.Lang, strconv.FormatFloat(s.Checkworthiness, 'f', 3, 64), s.State, s.Verdict,
					CSVSafe(s.Quote), CSVSafe(s.Sentence), a.ID, CSVSafe(a.Title), a.URL, a.Date})
			}
		}
	}
	w.Flush()
	return w.Error()
}

// CSVSafe keeps a spreadsheet from reading a cell as a formula.
func CSVSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

// slug names a speaker's page: the folded name, made unique.
func slug(name string, used map[string]bool) string {
	s := strings.ReplaceAll(store.Normalize(name), " ", "-")
	s = strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
			return r
		}
		return -1
	}, s)
	if s == "" || used[s] || len(s) > 80 {
		sum := sha256.Sum256([]byte(name))
		s = strings.Trim(s[:min(len(s), 60)], "-") + "-" + hex.EncodeToString(sum[:4])
	}
	used[s] = true
	return s
}

// safeURL keeps http(s) links only.
func safeURL(u string) string {
	if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		return u
	}
	return ""
}

func day(published, fallback string) string {
	if len(published) >= 10 {
		return published[:10]
	}
	return fallback
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

var funcs = template.FuncMap{
	"pct":  func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + " %" },
	"join": strings.Join,
}

var indexHTML = template.Must(template.New("index").Funcs(funcs).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Quote sheets — whosaid</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="style.css"></head>
<body><header><h1>Quote sheets</h1><p>{{len .}} speakers. Each page lists everything a speaker was quoted saying, by article and date.</p></header>
<main><table><thead><tr><th>Speaker</th><th>Type</th><th>Statements</th><th>Languages</th><th>Last seen</th></tr></thead><tbody>
{{range .}}<tr><td><a href="speakers/{{.Slug}}.html">{{.Name}}</a></td><td>{{.Type}}</td><td class="num">{{.Statements}}</td><td>{{join .Langs ", "}}</td><td>{{.LastSeen}}</td></tr>
{{end}}</tbody></table></main>
<footer><p>Written by whosaid. <a href="claims.csv">All statements as CSV</a> · <a href="index.md">Markdown</a></p></footer>
</body></html>
`))

var speakerHTML = template.Must(template.New("speaker").Funcs(funcs).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Name}} — quote sheet</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="../style.css"></head>
<body><header><p><a href="../index.html">← All speakers</a></p><h1>{{.Name}}</h1>
<p>{{.Type}} · {{.Statements}} statements · {{join .Langs ", "}} · last seen {{.LastSeen}}</p></header>
<main>{{range .Articles}}<section class="article"><h2>{{if .URL}}<a href="{{.URL}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}</h2>
<p class="meta">{{.Date}}{{if .Source}} · {{.Source}}{{end}}</p>
{{range .Statements}}<article class="statement {{.Kind}}"><blockquote>{{.Quote}}</blockquote>
<p class="meta"><span class="kind">{{.Kind}}</span> · check-worthiness {{pct .Checkworthiness}} · {{.State}}{{if .Verdict}} · verdict: {{.Verdict}}{{end}}{{if .Cue}} · cue: “{{.Cue}}”{{end}}</p>
{{if .Sentence}}<p class="context">{{.Sentence}}</p>{{end}}</article>
{{end}}</section>
{{end}}</main></body></html>
`))

const css = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1d1d1f}
a{color:#0b57d0}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd}
td.num{text-align:right}.article{margin:1.5rem 0;border-top:2px solid #eee}.meta{color:#555;font-size:.9rem;margin:.2rem 0}
blockquote{margin:.8rem 0 .2rem;padding:.3rem .9rem;border-left:4px solid #0b57d0;background:#f5f8ff;font-size:1.05rem}
.partial blockquote{border-color:#8a5cf6}.indirect blockquote{border-color:#999;font-style:italic}
.context{color:#333;font-size:.9rem}.statement{margin-bottom:1rem}footer{margin-top:2rem;color:#666;font-size:.9rem}
`
