package sheets

import (
	"testing"

	"github.com/whosaid/whosaid/pipeline/queue"
)

func TestSurnamesMergeConservatively(t *testing.T) {
	item := func(id, speaker string) queue.Item {
		return queue.Item{ID: id, Speaker: speaker, SpeakerType: "person", Lang: "en",
			Appearances: []queue.Appearance{{ArticleID: "a" + id, Quote: "Statement " + id}}}
	}
	sheets := Build([]queue.Item{item("1", "Ana Ruiz"), item("2", "Ruiz"), item("3", "Hillary Clinton"), item("4", "Bill Clinton"), item("5", "Clinton")})
	count := map[string]int{}
	for _, sp := range sheets {
		count[sp.Name] = sp.Statements
	}
	if count["Ana Ruiz"] != 2 || count["Ruiz"] != 0 {
		t.Errorf("Ruiz did not join Ana Ruiz: %v", count)
	}
	if count["Clinton"] != 1 || count["Hillary Clinton"] != 1 || count["Bill Clinton"] != 1 {
		t.Errorf("Clinton was merged though two Clintons speak: %v", count)
	}
}
