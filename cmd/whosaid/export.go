package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline/queue"
	"github.com/whosaid/whosaid/pipeline/sheets"
)

func newExport() *cobra.Command {
	var (
		q      queueFlags
		format string
		out    string
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export the stored claims",
		Long: `export writes the stored claims, most check-worthy first:
  jsonl        one claim record per appearance (../shared/schema/claim.schema.json),
               with the queue's claim_id, state and verdict added
  csv          one row per appearance
  claimreview  one schema.org Claim per line, as JSON-LD (text, author as Person or
               Organization, appearance and firstAppearance as CreativeWork with url
               and datePublished), ready for ClaimReview tooling`,
		Example: `  whosaid export --format claimreview --min-score 0.7 > claims.jsonld
  whosaid export --format csv --lang fr -o claims-fr.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			write, ok := map[string]func(io.Writer, []queue.Item) error{"jsonl": exportJSONL, "csv": exportCSV, "claimreview": exportClaimReview}[format]
			if !ok {
				return usageError{fmt.Errorf("--format: %q is not jsonl, csv or claimreview", format)}
			}
			st, err := q.open(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			items, err := st.All(cmd.Context(), q.f)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if out != "" && out != "-" {
				f, err := os.Create(out)
				if err != nil {
					return err
				}
				defer f.Close()
				w = f
			}
			bw := bufio.NewWriter(w)
			if err := write(bw, items); err != nil {
				return err
			}
			return bw.Flush()
		},
	}
	q.register(cmd, true)
	cmd.Flags().Lookup("limit").DefValue = "0"
	q.f.Limit = 0
	cmd.Flags().StringVar(&format, "format", "jsonl", "jsonl, csv or claimreview")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}

// exportRecord is a claim record with the queue's fields.
type exportRecord struct {
	models.Claim
	ClaimID string `json:"claim_id"`
	State   string `json:"state"`
	Verdict string `json:"verdict,omitempty"`
}

func exportJSONL(w io.Writer, items []queue.Item) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		for _, ap := range it.Appearances {
			cw := it.Checkworthiness
			rec := exportRecord{Claim: models.Claim{
				ID: ap.RecordID, ArticleID: ap.ArticleID, Lang: it.Lang, Kind: models.Kind(ap.Kind), Quote: ap.Quote,
				Start: ap.Start, End: ap.End, Cue: ap.Cue, Sentence: ap.Sentence, Checkworthiness: &cw, Confidence: ap.Confidence,
			}, ClaimID: it.ID, State: string(it.State), Verdict: it.Verdict}
			if it.Speaker != "" {
				rec.Speaker = &models.ClaimSpeaker{Name: it.Speaker, Mention: ap.Mention, Type: models.SpeakerType(it.SpeakerType), ResolvedBy: ap.ResolvedBy}
			}
			if ap.URL != "" || ap.Title != "" || ap.Source != "" || ap.Published != "" {
				rec.Article = &models.ArticleMeta{URL: ap.URL, Title: ap.Title, Source: ap.Source, Published: ap.Published}
			}
			if err := enc.Encode(rec); err != nil {
				return err
			}
		}
	}
	return nil
}

func exportCSV(w io.Writer, items []queue.Item) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"claim_id", "record_id", "speaker", "speaker_type", "kind", "lang", "checkworthiness", "state", "verdict", "quote", "sentence", "article_id", "url", "published"})
	for _, it := range items {
		for _, ap := range it.Appearances {
			cw.Write([]string{it.ID, ap.RecordID, it.Speaker, it.SpeakerType, ap.Kind, it.Lang, strconv.FormatFloat(it.Checkworthiness, 'f', 3, 64),
				string(it.State), it.Verdict, sheets.CSVSafe(ap.Quote), sheets.CSVSafe(ap.Sentence), ap.ArticleID, ap.URL, ap.Published})
		}
	}
	cw.Flush()
	return cw.Error()
}

// exportClaimReview writes schema.org Claim objects as JSON-LD.
func exportClaimReview(w io.Writer, items []queue.Item) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		doc := map[string]any{
			"@context":   "https://schema.org",
			"@type":      "Claim",
			"@id":        "urn:whosaid:claim:" + it.ID,
			"text":       it.Text,
			"inLanguage": it.Lang,
		}
		if it.FirstSeen != "" {
			doc["datePublished"] = it.FirstSeen
		}
		if it.Speaker != "" {
			typ := "Person"
			if it.SpeakerType == string(models.Organization) || it.SpeakerType == string(models.Group) {
				typ = "Organization"
			}
			doc["author"] = map[string]any{"@type": typ, "name": it.Speaker}
		}
		var works []map[string]any
		for _, ap := range it.Appearances {
			work := map[string]any{"@type": "CreativeWork"}
			if ap.URL != "" {
				work["url"] = ap.URL
			} else {
				work["identifier"] = ap.ArticleID
			}
			if ap.Title != "" {
				work["headline"] = ap.Title
			}
			if ap.Published != "" {
				work["datePublished"] = ap.Published
			}
			works = append(works, work)
		}
		if len(works) > 0 {
			doc["appearance"] = works
			doc["firstAppearance"] = works[0]
		}
		if err := enc.Encode(doc); err != nil {
			return err
		}
	}
	return nil
}

func newSheets() *cobra.Command {
	var q queueFlags
	var out string
	cmd := &cobra.Command{
		Use:   "sheets --out DIR",
		Short: "Write the quote sheets: one page per speaker",
		Long: `sheets writes one quote sheet per speaker from the database: a static HTML site
(an index of speakers with counts, languages and last-seen date, and a page
per speaker with their statements grouped by article and date), the same in
Markdown, and a CSV of every statement. whosaid run writes them too.`,
		Example: `  whosaid sheets --out public/sheets --db news.db`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := q.open(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			items, err := st.All(cmd.Context(), queue.Filter{})
			if err != nil {
				return err
			}
			n, err := sheets.Write(out, items)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "whosaid: %d speakers in %s\n", n, out)
			return nil
		},
	}
	q.register(cmd, false)
	cmd.Flags().StringVar(&out, "out", "sheets", "the `DIR` to write")
	return cmd
}
