package pipeline_test

import "testing"

// paragraphs are news-like paragraphs in the languages around English and
// French, written for this test.
var paragraphs = []struct{ lang, text string }{
	{"en", "The city council voted on Tuesday to close two libraries after a long debate about the budget. The mayor said that the decision was painful but that there was no other way to balance the accounts this year, and she promised to reopen them when the money is there."},
	{"en", "Police said they had arrested three men in connection with the robbery, which took place on Friday night. A spokesman for the force said the investigation was continuing and asked anyone with information to come forward."},
	{"en", "Shares in the company fell sharply after it warned that profits would be lower than expected. Analysts said the warning was a surprise, and that it would put pressure on the board."},
	{"fr", "Le conseil municipal a voté mardi la fermeture de deux bibliothèques après un long débat sur le budget. La maire a déclaré que la décision était douloureuse mais qu'il n'y avait pas d'autre moyen d'équilibrer les comptes cette année."},
	{"fr", "Selon la police, trois hommes ont été interpellés dans le cadre de l'enquête sur le vol, qui a eu lieu vendredi soir. Un porte-parole a indiqué que les investigations se poursuivaient et a lancé un appel à témoins."},
	{"fr", "Les actions de l'entreprise ont chuté après qu'elle a averti que ses bénéfices seraient inférieurs aux prévisions. Pour les analystes, cette annonce est une surprise et elle mettra la direction sous pression."},
	{"de", "Der Stadtrat hat am Dienstag beschlossen, zwei Bibliotheken zu schließen. Die Bürgermeisterin sagte, die Entscheidung sei schmerzhaft, aber es gebe keinen anderen Weg, den Haushalt in diesem Jahr auszugleichen."},
	{"es", "El ayuntamiento votó el martes el cierre de dos bibliotecas tras un largo debate sobre el presupuesto. La alcaldesa dijo que la decisión era dolorosa, pero que no había otra forma de equilibrar las cuentas este año."},
	{"it", "Il consiglio comunale ha votato martedì la chiusura di due biblioteche dopo un lungo dibattito sul bilancio. La sindaca ha detto che la decisione è stata dolorosa ma che non c'era altro modo per far quadrare i conti quest'anno."},
	{"pt", "A câmara municipal votou na terça-feira o encerramento de duas bibliotecas depois de um longo debate sobre o orçamento. A presidente disse que a decisão foi dolorosa, mas que não havia outra forma de equilibrar as contas este ano."},
	{"nl", "De gemeenteraad heeft dinsdag besloten twee bibliotheken te sluiten na een lang debat over de begroting. De burgemeester zei dat het besluit pijnlijk was, maar dat er geen andere manier was om de rekening dit jaar sluitend te krijgen."},
}

// TestDetectorAccuracy checks the chosen detector configuration, cheap
// first test included, on the paragraph set.
func TestDetectorAccuracy(t *testing.T) {
	det := resources().Detector
	for _, p := range paragraphs {
		if got, conf := det.Detect(p.text, ""); got != p.lang {
			t.Errorf("%s paragraph detected as %q (%.2f): %.50s…", p.lang, got, conf, p.text)
		}
	}
}
