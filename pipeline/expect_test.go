package pipeline_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/models"
	"github.com/whosaid/whosaid/pipeline"
)

// run extracts one text and returns its claims.
func run(t *testing.T, text string) []models.Claim {
	t.Helper()
	var claims []models.Claim
	sink := pipeline.SinkFunc(func(it *pipeline.Item) error {
		if it.Err != nil {
			t.Fatalf("%s: %v", it.Name(), it.Err)
		}
		claims = append(claims, it.Claims...)
		return nil
	})
	src := pipeline.Articles{&models.Article{ID: "t", Text: text}}
	if _, err := pipeline.Run(context.Background(), src, pipeline.Stages(resources()), sink, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	return claims
}

// TestAttribution holds the sieve to hand-written cases, one per way of
// reporting speech, in English and French.
func TestAttribution(t *testing.T) {
	for _, tc := range []struct {
		name    string
		text    string
		quote   string // a part of the claim's quote
		speaker string // "" for no speaker
		kind    models.Kind
		rule    string // the start of resolved_by
	}{
		{"an aside on how the source came to speak, a pronoun after the cue", "Harbour\n\nMayor Dana Whitfield, asked about it on Monday, said it would reopen in May.", "would reopen", "Dana Whitfield", models.Indirect, "cue-before"},
		{"an aside on how the source came to speak, after the quote", "Harbour\n\nThe polls have tightened.\n\n“We will see,” Hale, when pressed on the point, said.", "We will see", "Hale", models.Direct, "adjacent-after"},
		{"the two: the pair named just before", "Harbour\n\nDana Whitfield and Tom Hale met on Monday. The two said the deal was close.", "deal was close", "Dana Whitfield and Tom Hale", models.Indirect, "cue-before+pronoun"},
		{"both, opening the sentence: the pair", "Harbour\n\nAnn Lee and Bob Ray spoke again. Both said the vote would be tight.", "vote would be tight", "Ann Lee and Bob Ray", models.Indirect, "cue-before+pronoun"},
		{"the two with no pair before names nobody", "Harbour\n\nThe council met on Monday. The two said the budget was late.", "budget was late", "The two", models.Indirect, "cue-before+unresolved"},
		{"both opening a noun phrase is no pair phrase", "Harbour\n\nThe poll showed both Dana Whitfield and Tom Hale losing ground.", "both Dana Whitfield and Tom Hale losing ground", "The poll", models.Indirect, "cue-before"},
		{"fr les deux : la paire nommée juste avant", "Accord\n\nMarc Dubois et Paul Girard se sont rencontrés lundi. Les deux ont affirmé que l'accord était proche.", "accord était proche", "Marc Dubois et Paul Girard", models.Indirect, "cue-before+pronoun"},
		{"fr toutes les deux après la citation", "Accord\n\nAnne Roux et Marie Blanc ont parlé ensuite. « Nous sommes proches », ont déclaré toutes les deux.", "Nous sommes proches", "Anne Roux et Marie Blanc", models.Direct, "adjacent-after+pronoun"},
		{"then after a comma joins a second cue to the subject's first verb", "Harbour\n\nMayor Dana Whitfield praised the plan on Monday, then said it would cost too much.", "would cost too much", "Dana Whitfield", models.Indirect, "cue-before"},
		{"a description no list knows, between the quote and its cue", "Harbour\n\nDana Whitfield and Tom Hale praised the plan.\n\n“This plan makes the harbour a choice about work,” the progressive heavyweights wrote in a joint statement.", "makes the harbour", "the progressive heavyweights", models.Direct, "adjacent-after+noun"},
		{"a description no list knows after an inverted cue", "Harbour\n\nVolunteers handed out slate sheets.\n\n“Vote for the harbour plan and nothing else,” said the printed slate card.", "Vote for the harbour", "the printed slate card", models.Direct, "adjacent-after+noun"},
		{"a name inside a description no list knows stays in the description", "Harbour\n\nDana Whitfield met the mayor.\n\n\"I have such great respect for the dockers,\" this Whitfield look-alike declared in the port.", "great respect", "this Whitfield look-alike", models.Direct, "adjacent-after+noun"},
		{"a cue that may be the description's own noun", "Harbour\n\nThe committee met on Monday. “The ferry was hacked by a foreign government,” the congressional report said.", "ferry was hacked", "the congressional report", models.Direct, "sentence-cue"},
		{"fr une description qu'aucune liste ne connaît, après un verbe inversé", "Port\n\nDes tracts ont été distribués samedi.\n\n« Votez pour le projet du port et rien d'autre », a proclamé la carte imprimée.", "Votez pour le projet", "la carte imprimée", models.Direct, "adjacent-after+noun"},
		{"a quote with a cue of its own takes no speaker from the next sentence", "Harbour\n\n“We are still looking for the boat,” one in ten said. The coast guard said the search would resume at dawn.", "still looking", "", models.Direct, ""},
		{"a person and how many children they have, not the next sentence's source", "Harbour\n\n“We are still looking for the boat,” a 45-year-old mother of two said. The coast guard said the search would resume at dawn.", "still looking", "a 45-year-old mother of two", models.Direct, "adjacent-after+noun"},
		{"a sentence with a capitalised place is no title", "Fort Pierce\n\n\"This has taken us aback,\" said Linda Hudson, the mayor of Fort Pierce. \"This could be Anywhere U.S.A.\"", "Anywhere U.S.A.", "Linda Hudson", models.Direct, "continuation"},
		{"a possessive owner before the source after the quote", "Europe\n\nMany conservative politicians admire the candidate. \"Go Dana Whitfield, go!!!,\" Italy's Northern League leader Marco Vitale wrote on Facebook.", "Go Dana Whitfield", "Marco Vitale", models.Direct, "adjacent-after"},
		{"barked is a cue", "Rally\n\nThe anchor kept asking about the harbour.\n\n“Go back to your studio,” Dana Whitfield barked and a guard escorted him out.", "Go back", "Dana Whitfield", models.Direct, "adjacent-after"},
		{"a participle after a listener is the subject's", "Wall\n\nDana Whitfield spoke on Monday. She sent a memo to The Harbour Gazette in April explaining that the plan would cost “$5 billion.”", "plan would cost", "Dana Whitfield", models.Partial, "cue-before+pronoun"},
		{"a participle after a name of its own is the name's", "Wall\n\nDana Whitfield spoke on Monday. She received a letter from Sen. Tom Hale explaining that the plan would cost $5 billion.", "plan would cost", "Tom Hale", models.Indirect, "cue-before"},
		{"a heckler is a person", "Rally\n\n\"Apparently there's a young man who's having some problems,\" Tom Hale said as the heckler yelled: \"You lie!\"", "You lie", "the heckler", models.Direct, "adjacent-before"},
		{"a surname that is a modal, alone after a quote", "Column\n\nColumnist Dana Will urged voters to abandon outsider candidates.\n\n“The harbour plan is a reminder that the process matters,” Will wrote.", "reminder", "Dana Will", models.Direct, "adjacent-after"},
		{"a surname that is a month, alone after a quote", "Harbour\n\nPrime Minister Ann May spoke on Monday.\n\n“We will leave the harbour,” May said.", "leave the harbour", "Ann May", models.Direct, "adjacent-after"},
		{"a description named in an apposition is its name for a pronoun", "Harvest\n\nA farmer, John Smith, said the rain came late. “We lost half the crop,” he said.", "half the crop", "John Smith", models.Direct, "adjacent-after+pronoun"},
		{"a pronoun after initials written together", "Harbour\n\n“The pier is safe,” said J.M. Berger, a fellow at the institute. He added that the ferry would run on Sunday.", "ferry would run", "J.M. Berger", models.Indirect, "cue-before+pronoun"},
		{"a person before where they work is the subject", "Polls\n\nDana Moss of the University of Riverton said the ferry vote would be close.", "would be close", "Dana Moss", models.Indirect, "cue-before"},
		{"a description whose name qualifies its title", "Leaks\n\nJulian Assange, the WikiLeaks founder, spoke on Monday. Later, the WikiLeaks founder said the files were real.", "files were real", "Julian Assange", models.Indirect, "cue-before+description"},
		{"a description whose place picks among holders of its title", "Race\n\nFlorida Sen. Marco Rubio spoke in Ohio on Monday. Texas Sen. Ted Cruz spoke too.\n\nThe Florida senator is predicting that he will win the nomination.", "will win the nomination", "Marco Rubio", models.Indirect, "cue-before+description"},
		{"a description no title agrees with stands for itself", "Race\n\nSen. Marco Rubio spoke in Ohio on Monday.\n\nThe Florida senator sought to calm his supporters, saying the party must unite.", "party must unite", "The Florida senator", models.Indirect, "cue-before+noun"},
		{"a place before a surname is no part of the name", "Sanders\n\nSen. Bernie Sanders spoke in Concord. Tom Giancola, a fellow New Hampshire Sanders veteran, explained the plan.\n\n“We can win,” Sanders said.", "We can win", "Bernie Sanders", models.Direct, "adjacent-after"},
		{"a title's holder keeps the fuller name given that title", "Obama\n\nPresident Barack Obama spoke on Monday. Michelle Obama joined him later.\n\nPresident Obama thanked the crowd. “We are not done,” the president said.", "We are not done", "Barack Obama", models.Direct, "adjacent-after+description"},
		{"a fuller name given only later is someone else", "Obama\n\nPresident Obama is rolling out a new message. Michelle Obama will campaign too.\n\nThe president told voters that their turnout mattered.", "turnout mattered", "Obama", models.Indirect, "cue-before+description"},
		{"a former holder of a title is not the one the title stands for", "Harbour\n\nGov. Dana Whitfield spoke on Monday. Ann Porter, the former governor, said the plan was wrong. Whitfield defended the plan. “I believe it is the best plan we have,” the governor said.", "best plan we have", "Dana Whitfield", models.Direct, "adjacent-after"},
		{"fr une ancienne titulaire n'est pas celle que le titre désigne", "Port\n\nLa maire Claire Dubois a présenté le projet lundi. Anne Morel, l'ancienne maire, a jugé le projet trop cher. « Ce projet est le meilleur que nous ayons », a répondu la maire.", "meilleur que nous ayons", "Claire Dubois", models.Direct, "adjacent-after"},
		{"people around a holder of a title are not its holder", "Harbour\n\nVice President Dana Whitfield spoke on Monday. At times last year, people close to the vice president said, the mere mention of the plan could make her fume.", "mere mention", "people close to the vice president", models.Indirect, "cue-after"},
		{"a campaign is no one's title", "Harbour\n\nCampaign spokesman Tom Hale spoke to reporters. Dana Whitfield will call for more spending on the harbour, the campaign told the Gazette.", "more spending", "the campaign", models.Indirect, "cue-after"},
		{"a possessive and a noun for an organization are the owner's", "Harbour\n\nDana Whitfield toured the docks on Monday. Her campaign said she had raised more than $2 million in March.", "raised more than", "Dana Whitfield's campaign", models.Indirect, "cue-before+pronoun"},
		{"a possessive and people in the plural are the owner's", "Harbour\n\nTom Hale was questioned on Monday. His lawyers said the charges would be dropped.", "charges would be dropped", "Tom Hale's lawyers", models.Indirect, "cue-before+pronoun"},
		{"fr un possessif et un nom de groupe sont au possesseur", "Procès\n\nÉmilie Renard a été entendue mardi. Ses avocats ont affirmé que la procédure était irrégulière.", "procédure était irrégulière", "avocats d'Émilie Renard", models.Indirect, "cue-before+pronoun"},
		{"fr un possessif et un nom d'organisation", "Municipales\n\nMarc Vidal a lancé sa campagne samedi. Son parti a assuré que la liste serait complète en janvier.", "liste serait complète", "parti de Marc Vidal", models.Indirect, "cue-before+pronoun"},
		{"a country is not the one organization a description stands for", "Harbour\n\nU.S. harbour traffic is rising, and Dana Whitfield wants to act. On Tuesday she will call for more spending on the docks, the campaign told the Gazette.", "more spending", "the campaign", models.Indirect, "cue-after"},
		{"a surname that is a title word after a courtesy title", "Harbour\n\nTom King hosts a show on the harbour channel. The network airs Mr. King's Harbour Today programming every night. “I have never been edited,” Mr. King, 82, told me.", "never been edited", "Tom King", models.Direct, "adjacent-after"},
		{"fr a narrative infinitive goes on with the last speaker", "Santé\n\nLa ministre de la Santé, Agnès Dupuis, a défendu la réforme devant les députés. « Nous avons tenu nos engagements », a-t-elle affirmé mardi. Et d'ajouter : « Personne ne sera laissé sur le bord de la route. » Plusieurs élus de l'opposition ont critiqué le texte.", "bord de la route", "Agnès Dupuis", models.Direct, "narrative"},
		{"fr a narrative infinitive goes on with the subject of the sentence before", "Écoles\n\nLe préfet Jean Mercier a rencontré les maires du département jeudi. Et de conclure : « Nous ne fermerons aucune école cette année. »", "aucune école", "Jean Mercier", models.Direct, "narrative"},
		{"fr a name after a role whose complement holds a quoted name", "Toulouse\n\nPlusieurs centaines de personnes ont défilé dimanche. « Il faut que la majorité silencieuse se fasse entendre », plaide l'initiateur de la « Marche des citoyens », Laurent Soulié.", "majorité silencieuse", "Laurent Soulié", models.Direct, "adjacent-after"},
		{"fr pour qui after a name is an opinion's source", "Réforme\n\nPlusieurs ministres se sont exprimés mardi, notamment la ministre du Travail, Agnès Dupuis, pour qui la réforme « ne remet pas en cause le droit de grève ». Le texte sera examiné jeudi.", "droit de grève", "Agnès Dupuis", models.Partial, "according-to"},
		{"fr a name before a role whose closing comma is left out", "Cagnotte\n\nLes policiers sont en colère, tandis que Marc Vidal, secrétaire général adjoint du syndicat Alliance police a demandé le « retrait immédiat de la cagnotte ».", "retrait immédiat", "Marc Vidal", models.Partial, "adjacent-before"},
		{"fr a plural pronoun stands for the people opening the sentence before", "Pouvoir d'achat\n\nLe gouvernement a présenté mardi ses mesures. Les syndicats les ont jugées insuffisantes. Selon eux, « rien ne change pour les salariés ».", "rien ne change", "Les syndicats", models.Partial, "according-to+pronoun"},
		{"they stands for the people opening the sentence before", "Plan\n\nThe government unveiled its plan on Tuesday. The unions rejected it within hours. \"Nothing changes for workers,\" they said.", "Nothing changes", "The unions", models.Direct, "adjacent-after+pronoun"},
		{"fr twitter spelt with an i is a cue", "Cagnotte\n\nD'autres membres du gouvernement se sont exprimés, notamment le secrétaire d'État au Numérique, Mounir Dahbi, qui a twitté : « ça rapporte de frapper un policier. » Des réactions à l'unisson des syndicats de policiers qui ont réclamé la fermeture de la cagnotte.", "frapper un policier", "Mounir Dahbi", models.Direct, "adjacent-before"},
		{"fr a quote paragraph after a paragraph whose subject describes the last speaker", "Nomades\n\nSelon l'expert Marc Bordigoni, les élections de 2026 expliquent le durcissement du ton. « Les maires vont tout faire pour ne pas donner l'impression d'agir », dit-il.\n\nL'anthropologue rappelle que le racisme envers les nomades demeure répandu. Même si rares sont ceux qui oseront le dire.\n\n« On aime bien voir les musiciens à la télévision, mais pas leurs cousins en bas de la porte. »", "cousins en bas", "Marc Bordigoni", models.Direct, "continuation"},
		{"fr a sentence that refers back to the quote names its source", "(Nantes) « Ces gens-là n'ont rien à faire chez nous. » C'est en ces termes que le maire d'une petite ville de l'Ouest a parlé des nomades la semaine dernière, une déclaration qui a choqué.\n\nLes associations ont porté plainte.", "rien à faire chez nous", "le maire d'une petite ville de l'Ouest", models.Partial, "next-sentence"},
		{"a sentence that refers back to the quote names its source", "Valley\n\n\"We will never give up this valley.\" Those were the words of Senator Alan Pike on Monday.", "give up this valley", "Alan Pike", models.Direct, "next-sentence"},
		{"a dotted acronym inside a description is no name, and someone unnamed is a noun", "Inquiry\n\nThe case drew attention.\n\nPetraeus \"was handled so lightly for his offense there isn't a whole lot you can do,\" said a former U.S. law enforcement official who oversaw the inquiry.", "handled so lightly", "a former U.S. law enforcement official", models.Partial, "adjacent-after+noun"},
		{"fr a description that opens a sentence ends before its verb", "Urgences\n\nLe maire de la ville, Nicolas Sansu, ne décolère pas. « C'est une honte », a-t-il lancé. L'élu communiste entend saisir le tribunal administratif. Et de prévenir : « Nous irons jusqu'au bout. »", "jusqu'au bout", "Nicolas Sansu", models.Direct, "narrative+description"},
		{"fr a pronoun after a sentence opened by a role left unnamed is its holder's", "Procès\n\nLe procès s'est ouvert lundi. Le propriétaire, Gérard Lemoine, a contesté les conclusions. « Je n'ai rien su », a-t-il assuré. Le procureur, lui, a requis trois ans de prison. « Il y a eu une négligence grave », a-t-il estimé.", "négligence grave", "Le procureur", models.Direct, "adjacent-after+pronoun"},
		{"a pronoun after a sentence opened by a role left unnamed is its holder's", "Trial\n\nThe trial opened on Monday. The owner, Gerald Lemon, disputed the findings. \"I knew nothing,\" he said. The prosecutor asked for three years in prison. \"There was gross negligence,\" he said.", "gross negligence", "The prosecutor", models.Direct, "adjacent-after+pronoun"},
		{"fr a name apposed to a noun no list holds after an inverted cue", "Inflation\n\nLa Banque de France revoit sa prévision. « Le pic est derrière nous », a déclaré jeudi son grand argentier, François Villard, sur France Inter.", "derrière nous", "François Villard", models.Direct, "adjacent-after"},
		{"fr pour qui after an inverted source and its apposition", "Salaires\n\nLes syndicats dénoncent une illusion. « Les salaires n'ont pas suivi », tacle Sophie Berthet, secrétaire générale de la CGT, pour qui « les ménages continuent de s'appauvrir ».", "s'appauvrir", "Sophie Berthet", models.Partial, "according-to"},
		{"a role with its complement before the name after an inverted cue", "Rally\n\nThe crowd cheered.\n\n\"We will win this state,\" said former secretary of state Nora Quill.", "win this state", "Nora Quill", models.Direct, "adjacent-after"},
		{"fr a party's acronym after pour", "Pensions\n\nLe débat continue. Pour le PS, la réforme « doit tenir compte des métiers pénibles ».", "métiers pénibles", "PS", models.Partial, "according-to"},
		{"fr an ampersand inside a party's name", "Pensions\n\nLe débat continue. Pour le CD&V, la réforme « doit tenir compte des métiers pénibles ».", "métiers pénibles", "CD&V", models.Partial, "according-to"},
		{"fr on speaks for the people around someone named before it", "Retraites\n\nLe Premier ministre a reçu les syndicats. Dans l'entourage du chef du gouvernement, on se dit toutefois « ouvert à des aménagements ».", "aménagements", "l'entourage du chef du gouvernement", models.Partial, "sentence-cue+pronoun"},
		{"fr a demonstrative before a word for where one lives stands for the person last named", "Rond-point\n\nPierre Morel et Julie Roux sont venus de Rouen. Julie est restée dans la voiture. « On ne lâchera rien », lance cette Rouennaise.", "lâchera rien", "Julie", models.Direct, "sentence-cue+description"},
		{"fr peut-on lire dans a document is its author's", "Loi\n\nBoris Vallaud annonce un recours. « Nous saisirons le Conseil constitutionnel », dit-il.\n\n« Le texte ne change rien pour les salariés », peut-on lire dans un communiqué de la CGT publié mercredi.", "ne change rien", "CGT", models.Direct, "adjacent-after"},
		{"a role with its complement that no list holds after an inverted cue", "Rally\n\nThe crowd cheered.\n\n\"Welcome, everyone, to the new library,\" said master of ceremonies Asab Tarin, a local engineer.", "new library", "Asab Tarin", models.Direct, "adjacent-after"},
		{"fr a couple speaks as a group", "Tempête\n\nLa grange s'est effondrée dans la nuit. « On a tout perdu », explique le couple.", "tout perdu", "le couple", models.Direct, "adjacent-after+noun"},
		{"a cue after a question that introduces the next quote is not the question's", "Emails\n\nClinton responds to Mills with, \"Why now? That was on my way to Libya?\" Mills then writes back, \"You look cute.\"", "Why now", "Clinton", models.Direct, "adjacent-before"},
		{"a cue after a question that goes on with the same sentence is the question's", "Debate\n\n\"Are you kidding me?\" Trump asked, \"and why me?\"", "kidding", "Trump", models.Direct, "adjacent-after"},
		{"a description and a name before a colon opening its sentence", "Hearing\n\nRep. Ann Gowen (R-S.C.):\"Who told you that?\"\n\nFormer secretary of state Helen Marsh:\"We learned that from the department.\"", "We learned", "Helen Marsh", models.Direct, "colon"},
		{"a question asked in the passive is its agent's", "Debate night\n\nMoreno was asked by host Bill Marsh, who backs Moreno, “Are you tired of hearing about the emails?”", "tired of hearing", "Bill Marsh", models.Direct, "sentence-cue"},
		{"fr une question au passif est celle de l'agent", "Budget\n\nLe ministre a été interpellé par la députée Claire Vasseur : « Où sont les moyens promis ? »", "moyens promis", "Claire Vasseur", models.Direct, "colon"},
		{"appositions in a row after the name", "Court ruling\n\nJane Roe, a lawyer, former judge and mother of three, said the law was “cruel.”", "cruel", "Jane Roe", models.Partial, "cue-before"},
		{"fr des appositions à la suite du nom", "Justice\n\nMarie Lenoir, avocate, ancienne juge et mère de trois enfants, a estimé que la loi était « cruelle ».", "cruelle", "Marie Lenoir", models.Partial, "cue-before"},
		{"fr a role with an adjective before its complement", "Énergie\n\nÀ Alger, le ministre algérien de l'Énergie a assuré que les prix du gaz resteraient stables.", "prix du gaz", "le ministre algérien de l'Énergie", models.Indirect, "cue-before+noun"},
		{"fr a role whose complement names another place is someone else", "Nomades\n\nGilles Bernier, maire de Cholet, a tenu des propos choquants.\n\nEn mai, le maire de la petite ville de Montévrain a appelé ses citoyens à se mobiliser contre « l'invasion sauvage » des nomades.", "invasion sauvage", "le maire de la petite ville de Montévrain", models.Partial, "sentence-cue+noun"},
		{"a noun for a woman is no antecedent of he", "Debate\n\nRuiz took the stage with a tight smile. His wife had warned him not to get too nasty, to act \"presidential,\" but Ruiz said he responded: \"When you have incoming, you can't be too presidential.\"", "When you have incoming", "Ruiz", models.Direct, "adjacent-before+pronoun"},
		{"fr wali is a title, and the name apposed after the role speaks", "Tipaza\n\nPour sa part, le wali de Tipaza, Abou Bakr Boucetta, a indiqué que la wilaya avait bénéficié de 12 000 logements depuis 2020.", "12 000 logements", "Abou Bakr Boucetta", models.Indirect, "cue-before"},
		{"fr an aside between commas inside a compound cue, and faire état de", "Chantiers\n\nUn responsable de l'Office a, de son côté, fait état de « retards dus à la pénurie de ciment ».", "pénurie de ciment", "Un responsable de l'Office", models.Partial, "adjacent-before+noun"},
		{"a petition is a document that speaks", "Lawsuit\n\nLena Ortiz filed a petition on Tuesday to stop the arbitration. The petition accuses the campaign of \"attempting to bully Ms. Ortiz into silence.\"", "bully Ms. Ortiz", "The petition", models.Partial, "sentence-cue+noun"},
		{"a name after a dash, then a colon", "Primaries\n\nThe interplay has been important for Republican contests - Paula Lind: “Two weeks ago, the strongest territory had been the South.”", "strongest territory", "Paula Lind", models.Direct, "colon"},
		{"a participle right after a quote has no source after it", "Club\n\nDana Boreing said the members will still meet, but said, “It is time we change how we do it,” promising the Friends of Abe will return to its roots.", "time we change", "Dana Boreing", models.Direct, "adjacent-after"},
		{"fr someone not named opening the sentence before is the pronoun's antecedent", "Rond-point\n\nSon collègue renchérit : « On ne demande pas la charité. »\n\nVers midi, une retraitée apporte des sandwichs. « Mes enfants sont au chômage, alors je viens pour eux », dit-elle simplement.", "Mes enfants", "une retraitée", models.Direct, "adjacent-after+pronoun"},
		{"fr a name followed by an age is a person's", "Rond-point\n\nIls sont une trentaine autour d'un brasero. Christelle, 52 ans, aide à domicile, est là depuis le premier jour. « Le carburant, c'est devenu un luxe », témoigne-t-elle.", "carburant", "Christelle", models.Direct, "adjacent-after+pronoun"},
		{"fr a role before de la and its organization is the role", "Retraites\n\nLe président de la CFDT a estimé que le mouvement devait rester massif et pacifique.", "rester massif", "Le président de la CFDT", models.Indirect, "cue-before+noun"},
		{"the answers of a questions-and-answers interview are its person's", "Q&A: The mayor on buses, budgets and the bridge\n\nMayor Dana Whitfield sat down with the Courier on Monday.\n\nQ: The bridge has been closed for eight months. When will it reopen?\n\nA: We expect it to reopen in May.\n\nQ: Critics say the bus cuts hurt the poorest neighbourhoods.\n\nA: I understand the frustration. But we had a $40 million hole in the budget.", "I understand the frustration", "Dana Whitfield", models.Direct, "interview"},
		{"fr les réponses d'un entretien en questions et réponses", "Entretien : la maire face aux critiques\n\nLa maire de Lille, Martine Aubry, a reçu La Voix du Nord lundi.\n\nQ : Le pont est fermé depuis huit mois. Quand rouvrira-t-il ?\n\nR : Nous espérons une réouverture en mai.\n\nQ : Et les bus ?\n\nR : Nous avons dû faire des choix difficiles.", "choix difficiles", "Martine Aubry", models.Direct, "interview"},
		{"fr an infinitive cue after a governing verb takes the sentence's subject", "Grève\n\nLa ministre Élise Caron a tenu à rappeler que « le service minimum devait être respecté ».", "service minimum", "Élise Caron", models.Partial, "adjacent-before"},
		{"fr an object pronoun before an inverted cue is the listener", "Agriculture\n\n« On travaille à perte depuis deux ans », nous a expliqué Jacques Moreau, éleveur dans le Cantal.", "perte", "Jacques Moreau", models.Direct, "adjacent-after"},
		{"fr an inverted cue past a prepositional phrase that a name completes", "Réactions\n\n« C'est une faute politique », lance au micro de France Inter le ministre Paul Durand.", "faute politique", "Paul Durand", models.Direct, "adjacent-after"},
		{"fr an inverted cue past a platform of one letter", "Bilan\n\n« Une honte », a réagi sur X la députée Anne Leroy.", "honte", "Anne Leroy", models.Direct, "adjacent-after"},
		{"fr an interview's title names who speaks", "Entretien avec Nicolas Mayer-Rossignol : « La gauche doit se réinventer »\n\nLe maire de Rouen détaille son projet.", "se réinventer", "Nicolas Mayer-Rossignol", models.Direct, "colon"},
		{"the possessor of a relation named after it is no antecedent", "Team Ruiz sees the race tightening.\n\nOn the opening night, Ruiz's wife, Melania, is scheduled to speak. She is often by her husband's side. At a rally this spring, she said, “When you attack him, he will punch back.”", "punch back", "Melania", models.Direct, "adjacent-before+pronoun"},
		{"fr a particle before a first name keeps the name whole", "VTC\n\nBrahim Ben Ali a déclaré que les chauffeurs étaient en colère.", "colère", "Brahim Ben Ali", models.Indirect, "cue-before"},
		{"a transcript's turn without quotation marks is its speaker's own words", "Jake Tapper spoke with Donald Trump on Sunday.\n\nTRUMP: The deaths in Louisiana and Minnesota make clear how much work we have to do.", "The deaths in Louisiana", "Donald Trump", models.Direct, "transcript"},
		{"a transcript's label in capitals is written as a name", "Clinton campaign says no to debate.\n\nJOEL BENENSON: This is a man who said he would never run a negative campaign.", "never run a negative campaign", "Joel Benenson", models.Direct, "transcript"},
		{"fr a place completing a court is no person", "Justice\n\nLa cour d'appel d'Aix-en-Provence a confirmé jeudi la condamnation de Christian Estrosi. L'ancien ministre, qui a toujours clamé son innocence, a annoncé un pourvoi.\n\n« Je suis victime d'un acharnement judiciaire », a-t-il réagi.", "acharnement", "Christian Estrosi", models.Direct, "adjacent-after+pronoun"},
		{"a full name opening its sentence before a verb is a person's", "Angel Mendoza regularly visited the harbour shelters as a student. David Seacord runs one of them.\n\nGrowing up in El Paso, Mendoza saw families arrive every week.\n\n\"The centers are a disgrace,\" he said.", "disgrace", "Mendoza", models.Direct, "adjacent-after+pronoun"},
		{"a long apposition makes a person, a state's abbreviation does not", "Joseph Murray II, a onetime lawyer for the ultra-conservative Harbour Family Association, based in Tupelo, Miss., later came out as gay. He married in Mississippi last year.\n\n\"The politics are just so blatant,\" he said in an interview.", "blatant", "Murray", models.Direct, "adjacent-after+pronoun"},
		{"fr an inverted auxiliary with a participle no list holds", "Budget\n\nInterrogé sur le 49.3, Antoine Armand a refusé de se prononcer. « Chaque chose en son temps », a-t-il éludé.", "Chaque chose", "Antoine Armand", models.Direct, "adjacent-after+pronoun"},
		{"fr a passive participle, the quote and its agent", "Budget\n\nBercy table sur une croissance de 1,1 %, une prévision jugée « optimiste » par le Haut Conseil des finances publiques.", "optimiste", "Haut Conseil des finances publiques", models.Partial, "agent"},
		{"fr a participle, an elided particle, the quote and its agent", "Budget\n\nLe texte a été qualifié d'« historique » par la ministre Agnès Roux.", "historique", "Agnès Roux", models.Partial, "agent"},
		{"fr a relation opening the sentence before is the pronoun's antecedent", "Barrage\n\n« Je ne sais pas si je pourrai transmettre la ferme », confie Sylvie, 45 ans. À côté d'elle, son mari hoche la tête. « Les normes nous étouffent », lâche-t-il.", "normes", "son mari", models.Direct, "adjacent-after+pronoun"},
		{"fr a clause after a place's comma makes it no person", "Barrage\n\nSur le barrage de l'A64, l'ambiance restait bon enfant. « Les normes européennes nous étouffent », lâche-t-il.", "normes", "il", models.Direct, "adjacent-after+unresolved"},
		{"fr a plural noun for people after its determiner is a source", "Paris\n\nLes écologistes ont jugé la campagne de la candidate « agressive et caricaturale ».", "agressive", "Les écologistes", models.Partial, "sentence-cue+noun"},
		{"fr an inverted source with a noun for a person", "Le PSG éliminé\n\n« Ils ne méritent pas ce maillot », lâchait un abonné du virage Auteuil.", "méritent", "abonné", models.Direct, "adjacent-after+noun"},
		{"fr décrire est un verbe de parole, et la citation suivante continue", "Incendie rue Roux\n\nLe commandant Paul Roux, qui dirigeait les opérations, décrit « une intervention extrêmement difficile ». « Les escaliers étaient déjà impraticables quand nous sommes arrivés. »", "Les escaliers", "Paul Roux", models.Direct, "continuation"},
		{"fr a role with its organization is not the organization", "Horizons en campagne\n\nLe président d'Horizons a déclaré que la dette était « insoutenable ».", "insoutenable", "président d'Horizons", models.Partial, "cue-before"},
		{"fr a relative after an inverted role with its complement", "Horizons en campagne\n\n« La dette est insoutenable », martèle le président d'Horizons, qui plaide pour « une règle d'or budgétaire ».", "règle d'or", "président d'Horizons", models.Partial, "adjacent-before"},
		{"fr a name after a plural determiner is a group's", "Selon ses proches, Jean Morel « y pense sérieusement ».\n\nLes Insoumis, de leur côté, menacent de partir seuls. « Nous ne voterons pas pour lui », préviennent-ils dans un communiqué.", "Nous ne voterons pas", "Insoumis", models.Direct, "adjacent-after+pronoun"},
		{"a relative clause after the age and hometown of an inverted source", "\"Both candidates scare me,\" Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.", "Both candidates scare me", "Harry Bond", models.Direct, "adjacent-after"},
		{"a relative clause after an inverted source", "\"He is a circus act,\" Eric Levine, who has given money to Tom Ruiz, said on Monday.", "circus act", "Eric Levine", models.Direct, "adjacent-after"},
		{"a long prepositional opener before the subject of a participle cue", "Amid calls from some readers to publish a list of names, the Courier’s Matt Walsh defended the idea, saying it is necessary to “remember their names.”", "remember their names", "Matt Walsh", models.Partial, "cue-before"},
		{"the writer's words between two parts of a quote name no speaker", "Rosa Klein's pollster, Tom Ruiz, says she has the money to win.\n\n“I don't think the old view” — that Klein is a city liberal — “is going to last,” he says.", "is going to last", "Tom Ruiz", models.Direct, "adjacent-after+pronoun"},
		{"she is never a church", "Debbie Kepler, the organist at the Midway Baptist Church, which is on the same street as the mosque, remembered the old days.\n\n“We don't go over there,” she said.", "We don't go over there", "Debbie Kepler", models.Direct, "adjacent-after+pronoun"},
		{"said X after", "The bridge will close for repairs next month. “It is simply not safe any more,” said Laura Brennan, the city engineer.", "not safe", "Laura Brennan", models.Direct, "adjacent-after"},
		{"X said after", "Traffic will be diverted. “Expect delays for weeks,” Laura Brennan said on Monday.", "Expect delays", "Laura Brennan", models.Direct, "adjacent-after"},
		{"X said: before", "The engineer was blunt. Laura Brennan said: “The steel is rusted through.”", "rusted", "Laura Brennan", models.Direct, "adjacent-before"},
		{"pronoun", "Laura Brennan inspected the bridge on Friday.\n\n“I would not let my children cross it,” she said.", "children", "Laura Brennan", models.Direct, "adjacent-after+pronoun"},
		{"pronoun gender", "Laura Brennan met Tom Hale, the contractor, on Friday.\n\n“We start in May,” he said.", "start in May", "Tom Hale", models.Direct, "adjacent-after+pronoun"},
		{"pronoun picks the fuller name of its gender", "Laura Hale and Tom Hale own the yard. Hale spoke first.\n\n“We will not sell,” she said.", "not sell", "Laura Hale", models.Direct, "adjacent-after+pronoun"},
		{"fr pronoun picks the fuller name of its gender", "Léa Roux et Marc Roux dirigent la ferme. Roux a pris la parole.\n« Nous ne vendrons pas », a-t-elle dit.", "vendrons", "Léa Roux", models.Direct, "adjacent-after+pronoun"},
		{"title with its complement", "White House Chief of Staff Denis McDonough arrived late.\n\n“We are ready,” he said.", "ready", "Denis McDonough", models.Direct, "adjacent-after+pronoun"},
		{"time before the cue", "The harbour board on Tuesday said the ferry would stop running in January.", "ferry would stop", "harbour board", models.Indirect, ""},
		{"role with an adjective before an inverted source", "“I have not made up my mind,” said undecided Republican voter Stephanie Hooton.", "made up my mind", "Stephanie Hooton", models.Direct, "adjacent-after"},
		{"description with a place name", "Sooner or later, the New Jersey governor told reporters, “it starts to pay off.”", "pay off", "New Jersey governor", models.Partial, "adjacent-before"},
		{"participle telling", "Mayor Helen Okafor seemed relaxed, telling the crowd, “Nobody is closing a library.”", "Nobody is closing", "Helen Okafor", models.Direct, "adjacent-before"},
		{"relative who", "The endorsement came from Senator Alan Pike, who declared in the lobby, “It is time to unite.”", "time to unite", "Alan Pike", models.Direct, "adjacent-before"},
		{"fr relative qui", "Le soutien est venu d'Anne Joly, qui a déclaré : « Il est temps de nous rassembler. »", "rassembler", "Anne Joly", models.Direct, ""},
		{"issued a statement", "Within the hour, Mayor Helen Okafor issued a statement, “The pool will reopen in spring.”", "reopen in spring", "Helen Okafor", models.Direct, "adjacent-before"},
		{"pronoun skips a name in the opening phrase", "Like Tom Hale, the former contractor, Dan Pryce lost his savings.\n\n“I am 76 and I will not go to court again,” he said.", "not go to court", "Dan Pryce", models.Direct, "adjacent-after+pronoun"},
		{"pronoun takes the opening phrase's name when it is the only one", "During the debate with Tom Hale, the audience cheered.\n\n“I am 76 and I will not go to court again,” he said.", "not go to court", "Tom Hale", models.Direct, "adjacent-after+pronoun"},
		{"fr pronoun skips a name in the opening phrase", "Comme Marc Roux, l'ancien maire, Paul Dumas a tout perdu.\n« Je ne retournerai pas au tribunal », a-t-il dit.", "tribunal", "Paul Dumas", models.Direct, "adjacent-after+pronoun"},
		{"affiliation tag with its stop", "Convention week.\n\n“Nonstop!” Rep. Dana Whitfield, R-Pa., said of the week's schedule.", "Nonstop", "Dana Whitfield", models.Direct, "adjacent-after"},
		{"indefinite inverted source with a complement", "“The money is already spent,” said one Republican familiar with the budget talks, who asked not to be named.", "already spent", "one Republican", models.Direct, "adjacent-after+noun"},
		{"inverted narrator", "The new advert ran on Sunday.\n\n“Prices go up, wages stay flat,” says a narrator.", "wages stay flat", "a narrator", models.Direct, "adjacent-after+noun"},
		{"pronoun takes the source of a reported clause", "Whether the Hale or Pryce plan is cheaper will be decided by the board, said Omar Reyes, an auditor.\n\n“Nobody has seen the real numbers,” he said.", "real numbers", "Omar Reyes", models.Direct, "adjacent-after+pronoun"},
		{"pronoun subject after a name in an opening participle phrase", "The newest volunteer is Wayne Ortiz, a retired nurse. Inspired by his memory of Tom Hale's campaign, he is knocking on doors.\n\n“People are listening this time,” he said.", "listening", "Wayne Ortiz", models.Direct, "adjacent-after+pronoun"},
		{"fr a demonstrative description points back", "Au guichet, Odile Carrel, 71 ans, patiente depuis l'aube. « On nous renvoie d'un bureau à l'autre. Personne ne sait rien », soupire cette retraitée de Vierzon.", "Personne ne sait", "Odile Carrel", models.Direct, "sentence-cue+description"},
		{"fr an inverted description ends before a prepositional phrase", "Le maire, Paul Dumas, a présenté le budget mardi. « Aucun impôt n'augmentera », a lancé l'élu centriste devant le conseil.", "Aucun impôt", "Paul Dumas", models.Direct, "adjacent-after+description"},
		{"fr an as-clause before a quote names its source", "Les retraites en débat.\n\nComme l'explique l'économiste Claire Morel, « le système est déséquilibré depuis des années ».", "déséquilibré", "Claire Morel", models.Partial, "adjacent-before"},
		{"fr a named subject stops a run of quotes", "Le capitaine Marc Roux était furieux. « On a perdu deux points bêtement », pestait-il.\n\nPaolo Venturi, lui, préférait retenir « une première mi-temps parfaite ».", "mi-temps parfaite", "Paolo Venturi", models.Partial, "subject"},
		{"fr an occupation after savourer", "Alexandre Lacazette a marqué deux fois. « On n'a rien lâché », savourait l'attaquant au micro de Prime Video.", "rien lâché", "Alexandre Lacazette", models.Direct, "adjacent-after+description"},
		{"fr a possessive relation names someone else", "Sur la plage, Yannick Le Gall constate les dégâts. « Notre cabane a été emportée », soupire-t-il. « On va reconstruire », ajoute sa femme.", "reconstruire", "sa femme", models.Direct, "adjacent-after+noun"},
		{"fr an inverted occupation noun points back", "Sous un soleil de plomb, Jean-Marc Roca arpente ses parcelles. « En trente ans, je n'ai jamais vu ça », lâche l'exploitant, installé à Elne depuis 1994.", "jamais vu", "Jean-Marc Roca", models.Direct, "adjacent-after+description"},
		{"fr an institution is a source", "Le budget est présenté.\n\nDans son avis, l'institution estime que « les risques sont orientés à la baisse ».", "orientés", "l'institution", models.Partial, "adjacent-before+noun"},
		{"fr a role with its complement after aux", "La grève se durcit.\n\nLa ministre déléguée aux Sports s'est dite « inquiète » pour les compétitions.", "inquiète", "ministre déléguée aux Sports", models.Partial, "adjacent-before+noun"},
		{"fr elle for the organization that opens the sentence", "La grève se durcit.\n\nLa RATP a demandé aux usagers de différer leurs trajets. « Le trafic restera très perturbé », prévient-elle.", "très perturbé", "RATP", models.Direct, "adjacent-after+pronoun"},
		{"a name that completes a relative clause is no apposition", "Voters are restless.\n\nMara Quinn, who farms outside the county seat, Millbrook, said she still “hopes the plant stays open.”", "plant stays open", "Mara Quinn", models.Partial, ""},
		{"a participle after a reported statement's cue", "The talks resume.\n\nHale and Pryce will meet next week, Dana Whitfield said, adding, “They need to sit down and talk.”", "sit down", "Dana Whitfield", models.Direct, "adjacent-before"},
		{"a participle phrase between the source and its cue", "The talks resume.\n\nAnother source speaking to KXTV said, “The agents are looking at the donations.”", "agents are looking", "Another source", models.Direct, "adjacent-before+noun"},
		{"a dateline with a date and its agency; a role after a possessor ends before the verb", "Campaign news.\n\nRIVERTON, Dec. 8 (UPI) — In response to the plan, Dana Whitfield's campaign chairman rallied supporters, saying: “We have to be ready to stop him.”", "ready to stop", "campaign chairman", models.Direct, "adjacent-before"},
		{"fr an inverted common noun with its organization", "La grève continue.\n« On a tout essayé », confie de son côté un cadre de la SNCF sous couvert d'anonymat.", "tout essayé", "un cadre de la SNCF", models.Direct, "adjacent-after+noun"},
		{"an inverted common noun for a person", "The line closed on Monday.\n\n“We were never told,” said a cashier at the station.", "never told", "a cashier", models.Direct, "adjacent-after+noun"},
		{"a past participle opening the sentence is no name", "The rally ran late.\n\nPreceded at the lectern by Tom Hale, the county sheriff, Dan Pryce spoke for an hour, calling the plan “a betrayal of every family in the valley.”", "betrayal of every family", "Dan Pryce", models.Partial, ""},
		{"a short sentence with a capitalised noun after a cue is no title", "The vote came late.\n\n“We did our job,” Dana Whitfield said. “Now the House has to act.”", "House has to act", "Dana Whitfield", models.Direct, "continuation"},
		{"a party-and-state tag between commas is no name", "The bill passed.\n\nSen. Marcus Bell, R-Texas, who voted against it, called the measure “a blank check for more of the same.”", "blank check", "Marcus Bell", models.Partial, ""},
		{"a description ends after its complement, before the verb", "The mayor of Riverton vetoed a rent freeze on Tuesday, saying it would “choke off the construction the city needs.”", "choke off", "mayor of Riverton", models.Partial, ""},
		{"fr a prepositional phrase with its complement between the cue and the inverted source", "Le verdict est tombé jeudi.\n« C'est une décision qui reconnaît notre souffrance », a réagi à la sortie de l'audience Nadia Saïdi.", "reconnaît notre souffrance", "Nadia Saïdi", models.Direct, "adjacent-after"},
		{"fr a first name alone is a person of its gender", "Titre.\n\nSandrine, qui préfère taire son nom, a accepté de raconter.\n\n« Au début, on pensait que c'étaient des chamailleries », explique-t-elle.", "chamailleries", "Sandrine", models.Direct, "adjacent-after+pronoun"},
		{"fr a role with its complement opening the sentence is the pronoun's antecedent", "Jean-Pierre Bellon, spécialiste, a parlé lundi.\n\nLe ministre de l'Intérieur a annoncé l'envoi de renforts. « Nous serons là dès mercredi », a-t-il déclaré.", "dès mercredi", "ministre de l'Intérieur", models.Direct, "adjacent-after+pronoun"},
		{"pronoun skips a name in an opening subordinate clause", "While Tom Hale pledged to work with both parties, Dan Pryce insisted that change needs a revolution.\n\n“Nothing real will happen without one,” he said.", "Nothing real", "Dan Pryce", models.Direct, "adjacent-after+pronoun"},
		{"a letter alone in a party-and-state tag is no name", "Intro.\n\nIn a statement, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news.\n\n“It should shock the conscience of every decent American,” he added.", "shock the conscience", "Hakeem Jeffries", models.Direct, "adjacent-after+pronoun"},
		{"fr l'homme stands for the man last named", "Le blocage continue.\n\n« On travaille 70 heures par semaine », lance Jérôme Bayle, éleveur. Le jeune homme prévient que le blocage durera « aussi longtemps qu'il le faudra ».", "aussi longtemps", "Jérôme Bayle", models.Partial, ""},
		{"pronoun chain", "Maria Costa, a teacher from the valley, will not vote this year. She says Senator Laura Brennan ignored the school.\n\n“Nobody listens to us,” she said.", "Nobody listens", "Maria Costa", models.Direct, "adjacent-after+pronoun"},
		{"the target of called is not the source", "Maria Costa spoke for an hour, calling Senator Alan Pike “a danger to the valley.”", "danger to the valley", "Maria Costa", models.Partial, ""},
		{"description", "Foreign Minister José Valencia met the envoy on Tuesday. The talks went well, the minister said later: “We agreed on a timetable.”", "timetable", "José Valencia", models.Direct, ""},
		{"according to", "The dam is safe, according to the regional water authority, which called the cracks “cosmetic damage.”", "cosmetic", "regional water authority", models.Partial, ""},
		{"dash", "“Nobody told us anything.” — Maria Costa, a resident of the valley.", "Nobody told", "Maria Costa", models.Direct, "dash"},
		{"mixed statement", "Senator Alan Pike said the proposal was “dead on arrival” in the Senate.", "dead on arrival", "Alan Pike", models.Partial, "cue-before"},
		{"partial", "Senator Alan Pike called the proposal “dead on arrival” in the Senate.", "dead on arrival", "Alan Pike", models.Partial, "sentence-cue"},
		{"continuation", "“We have the votes,” said Senator Alan Pike.\n\n“And we will use them.”", "use them", "Alan Pike", models.Direct, "continuation"},
		{"organization it", "The utility apologised on Monday. “We got this wrong,” it said in a statement.", "got this wrong", "utility", models.Direct, "adjacent-after+pronoun"},
		{"parenthetical", "“This is a good day,” Rep. Jane Doyle (D-Ore.) said.", "good day", "Jane Doyle", models.Direct, "adjacent-after"},
		{"title is not a claim", "Burton reviewed the novel “The Long Harbour Road” last week.", "", "", "", ""},
		{"the second half of a quote a cue interrupts is direct", "Trade\n\n\"The gains are small,\" Jared Bern said, \"and the losers are real.\"", "and the losers are real.", "Jared Bern", models.Direct, "adjacent-before"},
		{"fr la seconde moitié d'une citation coupée par l'incise est directe", "Commerce\n\nJean Morel est prudent. « Les gains sont faibles », a-t-il dit, « et les perdants sont bien réels ».", "et les perdants sont bien réels", "Jean Morel", models.Direct, "sentence-cue"},
		{"scare quote is not a claim", "The company called it a “temporary” measure.", "temporary", "company", models.Partial, ""},
		{"fr inverted pronoun", "Claire Dumas a visité l'usine mardi.\n« Nous garderons tous les emplois », a-t-elle déclaré.", "emplois", "Claire Dumas", models.Direct, "adjacent-after+pronoun"},
		{"fr inverted name", "« La décision est prise », a annoncé le maire de Lyon, Pierre Martin.", "décision", "Pierre Martin", models.Direct, "adjacent-after"},
		{"fr colon", "Le ministre de la Santé, Paul Girard, a affirmé : « Les hôpitaux tiendront. »", "hôpitaux", "Paul Girard", models.Direct, "adjacent-before"},
		{"fr selon", "Selon Marie Leclerc, la réforme est « une erreur historique ».", "erreur historique", "Marie Leclerc", models.Partial, "according-to"},
		{"fr narrow nbsp", "«\u202fC’est une victoire\u202f», estime-t-il. Jean Roux sourit.", "victoire", "", models.Direct, "adjacent-after"},
		{"fr new verbs", "« Il faut rester calme », a exhorté Claire Martin, en visite à Nancy.", "rester calme", "Claire Martin", models.Direct, "adjacent-after"},
		{"fr adverb inside the cue", "« Qui paiera la facture ? », a aussi questionné Louise Perrin (LFI).", "facture", "Louise Perrin", models.Direct, "adjacent-after"},
		{"fr participle takes an object", "« Ce n'est pas la bonne méthode », a renchéri Hugo Lambert, dénonçant une décision « inégalitaire ».", "inégalitaire", "Hugo Lambert", models.Partial, ""},
		{"fr compound title", "« Nous allons reconstruire », écrit le vice-Premier ministre Marco Bellini sur son blog.", "reconstruire", "Marco Bellini", models.Direct, "adjacent-after"},
		{"fr role and apposed name", "« Les secours partent », plaide l'organisatrice de la marche, Julie Morel.", "secours", "Julie Morel", models.Direct, "adjacent-after"},
		{"fr interview phrase", "Le ministre Marc Dubois interrogé par CNews a déclaré : « Il n'y a pas de victime. »", "victime", "Marc Dubois", models.Direct, "adjacent-before"},
		{"fr time words take no object", "« La réouverture aura lieu jeudi », a annoncé vendredi soir Ferrero France.", "réouverture", "Ferrero France", models.Direct, "adjacent-after"},
		{"fr preposition takes an object", "« La réouverture aura lieu jeudi », a annoncé dans un communiqué la société Ferrero France.", "réouverture", "Ferrero France", models.Direct, "adjacent-after"},
		{"fr gerund takes the clause's subject", "Il y a un an, Jacques Morin avait préconisé l'interdiction des feux en soulignant les « risques disproportionnés » qu'ils font courir.", "risques", "Jacques Morin", models.Partial, ""},
		{"fr a clause between commas is no apposition", "« Environ 80 tombes » du cimetière, en Alsace (est de la France), ont été découvertes profanées, a annoncé la préfecture du département.", "80 tombes", "la préfecture du département", models.Direct, "sentence-cue"},
		{"fr agency before the name", "« Ça ne s’arrête plus », a indiqué à l’AFP Maurice Dahan, président du consistoire.", "arrête", "Maurice Dahan", models.Direct, "adjacent-after"},
		{"fr a person noun with a clitic", "Le président a visité le village, tandis qu’un villageois lui disait : « On est touchés au cœur. »", "touchés", "un villageois", models.Direct, "adjacent-before"},
		{"question asked by", "“Asking a delegate to give up power?” asked Sen. Barbara Mikulski of Maryland, who wants a commission.", "Asking a delegate", "Barbara Mikulski", models.Direct, "adjacent-after"},
		{"any noun after an inverted cue", "“It is hard to come back to work,” said the designer, who works for another brand.", "come back", "the designer", models.Direct, "adjacent-after"},
		{"age as a person", "“Donald is an amazing leader,” said the 46-year-old.", "amazing leader", "the 46-year-old", models.Direct, "adjacent-after"},
		{"role words before a first-named name", "“I am not going to say it is a mistake,” said retired neurosurgeon Ben Carson, asked about his claims.", "mistake", "Ben Carson", models.Direct, "adjacent-after"},
		{"a common word ending a name", "Judicial Watch stated in a release Tuesday that the declaration “suggests the hidden email was found in September.”", "hidden email", "Judicial Watch", models.Partial, "cue-before"},
		{"participle after a comma", "Kerpen needled the network's reporter, saying, “A reporter who tweets on request!”", "tweets on request", "Kerpen", models.Direct, ""},
		{"an earlier quote's source outranks other names", "Trump's sources may be “strategic,” said Jeffery Hemsley, a professor at Syracuse.\n\n“Each candidate talks to the base,” he said.", "Each candidate", "Jeffery Hemsley", models.Direct, "adjacent-after+pronoun"},
		{"a noun after a mid-sentence cue is its object", "WikiLeaks has used its Twitter account to promote polls that apparently indicate the Democratic nominee is “entitled, uncool and unaware of it,” and to offer a bounty.", "uncool", "WikiLeaks", models.Partial, "sentence-cue"},
		{"the reported clause's subject pronoun", "Caucus day.\n\nHarry Reid caucused in Nevada on Saturday and says he voted “uncommitted.”", "uncommitted", "Harry Reid", models.Partial, "sentence-cue+pronoun"},
		{"an account as a source: its owner", "WikiLeaks’ Twitter account initially blamed a “state actor” for the move, but on Monday Ecuadorian officials admitted that it was behind the action.", "state actor", "WikiLeaks", models.Partial, "adjacent-before"},
		{"fr reflexive before an inverted cue", "« Si on nous les retire, personne ne voudra y aller », se défend un responsable policier.", "retire", "un responsable policier", models.Direct, "adjacent-after"},
		{"capitalised adjective before a role", "“It's hard to dispute the rising negatives,” said Democratic pollster Stan Greenberg.", "rising negatives", "Stan Greenberg", models.Direct, "adjacent-after"},
		{"adverb before the cue", "Trump jokingly said, “I hate to say it, I'm becoming mainstream.”", "mainstream", "Trump", models.Direct, "adjacent-before"},
		{"participle: subject past conjunctions", "And then Trump went fully on the attack, saying, “Is the president going to finally mention the words?”", "finally mention", "Trump", models.Direct, "adjacent-before"},
		{"participle: subject past an opening clause", "On Thursday, after remaining neutral throughout the primary, Warren appeared on television and endorsed Clinton, saying, “I think having a fighter in the lead is what this country needs.”", "fighter", "Warren", models.Direct, "adjacent-before"},
		{"a sentence with another subject ends a continuation", "The senators debated labor.\n\n“It's time for low-wage workers to organize,” Sanders said.\n\nClinton touted her credentials as a co-sponsor of the bill. “We need to find ways to support workers.”", "support workers", "Clinton", models.Direct, "previous-sentence"},
		{"fr incise inside the quote", "Sophie Gleize est aveugle depuis ses vingt ans.\n\n« Quand j’ai obtenu mon chien guide, ça m’a donné envie de devenir éducatrice, raconte-t-elle. Même cette formation, je me la suis payée seule ! »", "chien guide", "Sophie Gleize", models.Direct, "incise+pronoun"},
		{"a place is never he", "Kazakhstan's foreign minister, Erlan Idrissov, plays down concerns. China may outnumber the Kazakh population by 80 to 1, but its growth is good news, he says.\n\n“Our philosophy is simple,” he said.", "philosophy", "Erlan Idrissov", models.Direct, "adjacent-after+pronoun"},
		{"fr common-noun complement", "« C'est une erreur », ont affirmé les élus de l'opposition dans un communiqué.", "erreur", "les élus de l'opposition", models.Direct, "adjacent-after"},
		{"the author of a statement after according to", "According to a statement from the White House, “the strike was lawful.”", "lawful", "White House", models.Partial, "according-to"},
		{"fr where on speaks", "« Nous tiendrons bon », affirme-t-on à l'Élysée.", "tiendrons", "Élysée", models.Direct, "adjacent-after"},
		{"fr an indefinite description is someone new", "Le parti socialiste se réunit.\n\n« Personne ne veut de cette loi », explique au Monde un cadre du parti.", "Personne", "un cadre du parti", models.Direct, "adjacent-after+noun"},
		{"fr an adjective between commas", "Le conseil a voté.\n\n« C'est une trahison », résume, amer, un élu local.", "trahison", "un élu local", models.Direct, "adjacent-after+noun"},
		{"fr a parenthetical inside a role", "« La ville est prête », reconnaît le maire (LR) de Nice, Christian Estrosi.", "ville", "Christian Estrosi", models.Direct, "adjacent-after"},
		{"fr a phrase inside the cue", "Le président a de son côté affirmé que « rien n'est joué ».", "rien", "Le président", models.Partial, ""},
		{"fr the determiner tells the gender", "« Les routes sont dégagées », rappelle la préfète dans un communiqué. « Elles resteront ouvertes », a-t-elle ajouté, après le maire de la ville.", "resteront", "la préfète", models.Direct, "adjacent-after+pronoun"},
		{"fr a participle phrase ends the reported clause", "Marine Le Pen a pour sa part estimé que le dispositif revenait déjà « à autoriser la consommation », dénonçant une « hypocrisie ».", "hypocrisie", "Marine Le Pen", models.Partial, "adjacent-before"},
		{"fr more verbs", "La grève continue.\n\n« On ne peut pas continuer comme ça », soupire Nathalie Roux, infirmière à Lyon.", "continuer", "Nathalie Roux", models.Direct, "adjacent-after"},
		{"fr a poll as a source", "Selon un sondage Ifop, 68 % des Français soutiennent le mouvement.", "68 %", "Ifop", models.Indirect, "according-to"},
		{"a full stop and a capital end a quote's clause", "Lawmakers return.\n\nHouse Speaker Nancy Pelosi said Tuesday that the bill “will pass this week.” She added that Republicans had no plan.", "pass this week", "Nancy Pelosi", models.Partial, "cue-before"},
		{"a noun is no cue inside a role", "White House press secretary Jen Psaki told reporters the president “remains optimistic.”", "optimistic", "Jen Psaki", models.Partial, "cue-before"},
		{"the people, not the place", "Officials in Ohio, who asked not to be named, said the count “could take weeks.”", "take weeks", "Officials", models.Partial, "cue-before"},
		{"fr a long role in apposition links its description", "Le Conseil publie un rapport.\n\nLa commissaire aux droits de l’homme du Conseil de l’Europe, Dunja Mijatovic, a appelé les autorités à agir.\n\nDans un rapport, la commissaire a invité les autorités à « mieux respecter les droits ».", "mieux respecter", "Dunja Mijatovic", models.Partial, "sentence-cue+description"},
		{"words quoted in passing are the named subject's", "The race heats up.\n\nDonald Trump waved to the “silent majority” at a rally in Ohio.", "silent majority", "Donald Trump", models.Partial, "subject"},
		{"an age and a hometown between commas", "Voters weigh in.\n\nBrianne Stone, 29, of Huntsville, Ala., says her biggest concern is “global warming.”", "global warming", "Brianne Stone", models.Partial, "cue-before"},
		{"a name qualifying a role is no antecedent", "Obama consultant Cornell Belcher picked up a similar thread at the time. “African-Americans have a lot in common with white voters,” he said.", "in common", "Cornell Belcher", models.Direct, "adjacent-after+pronoun"},
		{"a dash line under the quote", "The debate.\n\n“I will certainly look into it.”\n\n- Hillary Clinton.\n\nClinton has been looking into it.", "look into it", "Hillary Clinton", models.Direct, "dash"},
		{"a relative as the source", "Friends paid tribute.\n\n“He was the reason I work in mining,” his colleague wrote on Facebook.", "mining", "his colleague", models.Direct, "adjacent-after"},
		{"a coordinated cue takes the sentence's subject", "Retired Army Col. Lawrence Wilkerson started the rant when he brought up the bombing and later said, “It’s not just Muslims shooting people.”", "shooting people", "Lawrence Wilkerson", models.Direct, "adjacent-before"},
		{"a participle after a comma takes the clause's subject, not the noun before it", "Here in Columbia, Sanders stepped up his emphasis on criminal justice issues, saying, “We have got to achieve the day when young men can walk the streets.”", "walk the streets", "Sanders", models.Direct, "adjacent-before"},
		{"an age after a name is skipped", "Appearing before cheering supporters Monday morning at the party headquarters, Suu Kyi, 70, said it was “too early to congratulate winners.”", "too early", "Suu Kyi", models.Partial, ""},
		{"a dateline is not the subject", "Judge blocks law.\n\nJACKSON, Miss. — Judge Carlton Reeves issued an injunction on Thursday, saying the law “cannot stand.”", "cannot stand", "Carlton Reeves", models.Partial, ""},
		{"a cue in an opening subordinate clause reports no further than its comma", "While not everything Trump says is true, Kathleen Jamieson said Trump is “telling his supporters what they want to believe.”", "telling his supporters", "Kathleen Jamieson", models.Partial, ""},
		{"a cue followed by a clause is not a trailing cue", "Voters speak.\n\nWhen asked about Social Security reform, Ann Lee said Joe Biden had her vote.", "had her vote", "Ann Lee", models.Indirect, "cue-before"},
		{"a relative clause after an age and a hometown", "Emily Driscoll, 24, from Manchester, who said Sanders is best suited to get corporate money out of politics, voted early.", "best suited", "Emily Driscoll", models.Indirect, "cue-before"},
		{"fr a reflexive participle takes the noun before it", "Les députés ont voté le texte, la ministre s'engageant aussi à créer « par voie réglementaire » une contravention.", "voie réglementaire", "la ministre", models.Partial, ""},
		{"fr an elided particle holds on to the name", "La campagne commence.\n\n« Je serai candidat », a déclaré Valéry Giscard d’Estaing.", "candidat", "Valéry Giscard d’Estaing", models.Direct, "adjacent-after"},
		{"fr any proper-noun phrase after selon is a source", "La terre a tremblé.\n\nD'après l'Observatoire des séismes alpins, la secousse a été suivie de deux répliques plus faibles.", "deux répliques", "Observatoire des séismes alpins", models.Indirect, "according-to"},
		{"a surname that is a common word", "Brexit talks resume.\n\n“We will leave,” Theresa May said on Tuesday.", "We will leave", "Theresa May", models.Direct, "adjacent-after"},
		{"a month is no first name", "At a June Trump campaign event in Ohio, 62-year-old Brenda Johnson also railed against immigrants. “They should speak English in public,” she said.", "speak English", "Brenda Johnson", models.Direct, "adjacent-after+pronoun"},
		{"fr a pronoun carried by an inverted cue chains on", "Le congrès du parti.\n\nLe député de Gouin, Gabriel Nadeau-Dubois, estime que le monde est dans une « fin de cycle ».\n\nAu Québec, a-t-il dit, c’est François Legault qui a réussi à incarner le changement. « Mais le jour où il ne trouvera plus d’excuses, on sera là », a-t-il lancé.", "trouvera plus", "Gabriel Nadeau-Dubois", models.Direct, "adjacent-after+pronoun"},
		{"fr a role with its complement links to the name given that role", "Le gouvernement réagit.\n\nLe ministre de l'Intérieur, Gérald Darmanin, a visité Rouen.\n\n« Nous serons fermes », a déclaré le ministre de l'Intérieur.", "fermes", "Gérald Darmanin", models.Direct, "adjacent-after+description"},
		{"fr a role's complement is no name", "Le gouvernement réagit.\n\n« Rouen est prête », a assuré le maire de Rouen.", "prête", "le maire de Rouen", models.Direct, "adjacent-after+noun"},
		{"fr a name after a role and its complement", "La crise coûte cher.\n\n« La crise coûte cher », a déploré dimanche le ministre de l'Economie Bruno Le Maire.", "coûte cher", "Bruno Le Maire", models.Direct, "adjacent-after"},
		{"fr a relation noun and its complement", "Le procès s'ouvre.\n\nInterrogée par Le Parisien, la mère de la victime a confié : « Je veux seulement la vérité. »", "la vérité", "la mère de la victime", models.Direct, "adjacent-before"},
		{"fr pour with a description", "Le procès s'ouvre.\n\nPour la défense, il s'agit d'« une erreur judiciaire ».", "erreur judiciaire", "la défense", models.Partial, "according-to"},
		{"a plural opening the sentence is no name", "Markets fall.\n\nShares of Acme Corp. fell 12% after the company warned that profits would miss forecasts.", "profits would miss", "Acme Corp", models.Indirect, "cue-before"},
		{"people familiar with the matter", "The deal is near.\n\nPeople familiar with the matter said the deal could be announced “as soon as Monday.”", "as soon as Monday", "People familiar with the matter", models.Partial, "cue-before"},
		{"interview phrase", "Senator Ruth Ames interviewed by CNN said: “We have the votes.”", "the votes", "Ruth Ames", models.Direct, "adjacent-before"},
		{"fr document", "« Vous avez bloqué internet, nous vous bloquerons la communication ! », lit-on dans un tweet publié par Anonymous.", "bloquerons", "Anonymous", models.Direct, "adjacent-after"},
		{"adjectives between commas", "Ruth Adeyemi served two terms.\n\n“Housing was my first priority,” the soft-spoken, 64-year-old mayor said in an interview.", "first priority", "the soft-spoken, 64-year-old mayor", models.Direct, "adjacent-after"},
		{"a panel speaks", "The inquiry ended on Friday.\n\nThat, the panel said, “would help avoid confusion for everyone.”", "avoid confusion", "the panel", models.Partial, "adjacent-before"},
		{"a participle after an object", "Within the hour, the Greer campaign sent a text message to supporters saying: “We won the county tonight.”", "won the county", "Greer campaign", models.Direct, "adjacent-before"},
		{"a participle after a document", "The council emailed a news article reporting that the plant was “running at a loss for years.”", "running at a loss", "council", models.Partial, ""},
		{"fr a noun that stands for the last name", "Le directeur du site, Paul Lemoine, s'est voulu rassurant. Le dirigeant a ajouté que l'activité reprendrait « dans quelques semaines ».", "quelques semaines", "Paul Lemoine", models.Partial, "cue-before+description"},
		{"fr l'élu after a name", "Interrogé par la radio, le maire, Jacques Le Goff, s'est dit inquiet. « C'est le premier employeur de la commune », a rappelé l'élu.", "premier employeur", "Jacques Le Goff", models.Direct, "adjacent-after+description"},
		{"fr a feminine noun passes a man", "Anne Véron a rencontré Paul Lemoine. « Nous resterons mobilisés », a assuré la dirigeante.", "mobilisés", "Anne Véron", models.Direct, "adjacent-after+description"},
		{"fr a role with its complement", "La séance a été levée à midi.\n\nLa représentante de l'État a précisé qu'une cellule d'écoute serait ouverte.", "cellule d'écoute", "La représentante de l'État", models.Indirect, "cue-before"},
		{"fr an insert between the cue and its source", "Le maire est inquiet.\n\n« Nous attendons des réponses précises », insiste de son côté l'avocate des riverains, Me Claire Dubois.", "réponses précises", "Claire Dubois", models.Direct, "adjacent-after"},
		{"fr a role with a complement right after the name", "Son collègue Thomas Girard, lui, défend le projet. « Il faut avoir le courage de réformer », juge le député du Nord.", "courage", "Thomas Girard", models.Direct, "adjacent-after+description"},
		{"fr a relative after a complement", "Un chiffre contesté par l'entourage du président du groupe, qui évoque « tout au plus cinq ou six défections ».", "défections", "l'entourage du président du groupe", models.Partial, "adjacent-before"},
		{"fr an apposition after pour X", "Pour Marine Dupuis, politologue à Sciences Po, « la majorité paie le prix de sa méthode ».", "la majorité paie", "Marine Dupuis", models.Partial, "according-to"},
		{"fr a stressed pronoun after the subject", "Le gouvernement se félicite de la décision.\n\nL'opposition, elle, dénonce une « décision politique ».", "décision politique", "L'opposition", models.Partial, "adjacent-before"},
		{"a participle opening the sentence is no name", "The count ended late.\n\nAppearing before cheering supporters at the party office, Ana Ruiz, 70, said: “I think you all know the result.”\n\n“Victory or defeat, that is not what matters,” she said.", "not what matters", "Ana Ruiz", models.Direct, "adjacent-after+pronoun"},
		{"the state after a town is no subject", "Reyes has attacked Hale for weeks.\n\nSpeaking at a town hall event in Salem, New Hampshire, Paul Reyes went after Hale, calling him “a total stiff.”", "total stiff", "Paul Reyes", models.Partial, "adjacent-before"},
		{"a member of a named body", "The firm was paid in March.\n\n“If I were a donor, I would want answers,” said a prominent Republican National Committee member who supports the mayor.", "want answers", "Republican National Committee member", models.Direct, "adjacent-after"},
		{"a user", "The posts spread fast.\n\n“It is not correct to say so,” tweeted a German user from Hanover.", "not correct", "German user", models.Direct, "adjacent-after"},
		{"a name before its apposition is the subject", "Dottie Deans, the chairwoman of the county party, backs the mayor and in a statement credited him for “an exciting campaign.”", "exciting campaign", "Dottie Deans", models.Partial, "subject"},
		{"a sentence opening after a closing quote mark", "Senator Ted Ruiz spoke in Ames. “It is a dead heat.” But Ruiz said on Monday that “the only way to win is to ask for every vote.”", "every vote", "Ted Ruiz", models.Partial, ""},
		{"a first name that is a common word opens a sentence", "“We have to win the county,” said one organizer. “It is the whole race.” Will Estrada, the county chairman, agreed: “Nobody wins without it.”", "Nobody wins", "Will Estrada", models.Direct, ""},
		{"fr ce dernier is the latter", "Paul Roux a rencontré Marc Petit.\n\n« Nous avons avancé », a assuré ce dernier à la sortie.", "avancé", "Marc Petit", models.Direct, "adjacent-after+pronoun"},
		{"fr cette dernière as a subject", "Paul Roux a rencontré Anne Véron.\n\nCette dernière a affirmé que « rien n'est décidé ».", "rien n'est décidé", "Anne Véron", models.Partial, "adjacent-before+pronoun"},
		{"fr celle-ci", "De son côté, la députée Nathalie Perrin a dénoncé « une justice à deux vitesses ». Celle-ci, qui avait porté plainte en 2019, juge que « les Français ne comprennent plus rien ».", "ne comprennent plus", "Nathalie Perrin", models.Partial, "adjacent-before+pronoun"},
		{"fr a reported sentence between two speakers' quotes", "« Nous ne partirons pas », a lancé Jean Morel.\n\nSelon l'expert Marc Blanc, le ton se durcit. Les élus veulent capitaliser sur cette peur, dit-il. « Les maires vont tout faire pour être réélus. »", "Les maires", "Marc Blanc", models.Direct, ""},
		{"a prepositional phrase between subject and cue", "The rejection was complete when Paul Reyes in his announcement speech called the migrants from Mexico “rapists” and promised a wall.", "rapists", "Paul Reyes", models.Partial, "sentence-cue"},
		{"fr a title modifier makes another title", "À en croire le ministre des Comptes publics, Thomas Roussel, le déficit baissera.\n\nLa Première ministre ne dit pas autre chose : « Nous devons faire des économies. »", "économies", "La Première ministre", models.Direct, ""},
		{"fr a sports role with an age", "Auteur d'un doublé, Alexandre Lacazette savourait. « Ce genre de match, on le joue pour vivre ces émotions-là », a confié l'attaquant de 33 ans.", "émotions-là", "Alexandre Lacazette", models.Direct, "adjacent-after+description"},
		{"fr a name in apposition after a role with its complement", "Interrogé sur son avenir, le président de l'OM, Pablo Longoria, a assuré qu'il « ne démissionnera pas ».", "ne démissionnera pas", "Pablo Longoria", models.Partial, "cue-before"},
		{"fr an adjective after the noun", "Le président du club, Pablo Longoria, est resté calme.\n\n« Il faudra tirer les leçons de ce match », a ajouté le dirigeant espagnol.", "leçons", "Pablo Longoria", models.Direct, "adjacent-after+description"},
		{"fr la magistrate after a named prosecutor", "« Aucune piste n'est écartée », a indiqué la procureure de la République, Carole Etienne. La magistrate a précisé qu'une autopsie serait pratiquée « dès lundi ».", "dès lundi", "Carole Etienne", models.Partial, "cue-before+description"},
		{"upon saying", "Sarah Silverman, herself a supporter, drew boos upon saying, “Hillary heard the passion of the people.”", "passion of the people", "Sarah Silverman", models.Direct, ""},
		{"fr a subject pronoun that is also a stressed form", "La secrétaire générale, Marylise Léon, a réuni son bureau.\n\nElle a dit que le syndicat « ne signera rien en l'état ».", "ne signera rien", "Marylise Léon", models.Partial, "cue-before+pronoun"},
		{"fr a subject pronoun after an opening phrase", "La secrétaire générale, Marylise Léon, a réuni son bureau.\n\nÀ l'issue de la réunion, elle a expliqué que le syndicat « ne signera rien ».", "ne signera rien", "Marylise Léon", models.Partial, "cue-before+pronoun"},
		{"fr a role with a du complement is the source", "Le ministre du Travail, lui, se dit « ouvert au dialogue ».", "ouvert au dialogue", "Le ministre du Travail", models.Partial, "adjacent-before"},
		{"fr a person described by an organization is a person", "Le ministre du Travail, lui, se dit « ouvert au dialogue ».\n\nUn conseiller de l'Élysée, qui a requis l'anonymat, estime que « la CFDT joue sa crédibilité ». « Ils ne peuvent pas reculer maintenant », ajoute-t-il.", "reculer", "conseiller de l'Élysée", models.Direct, "adjacent-after+pronoun"},
		{"fr impersonal on is no one named before", "« C'est une réforme juste », résume la ministre, Catherine Vautrin.\n\nOn dit souvent que « le pire n'est jamais sûr ».", "le pire", "On", models.Partial, "sentence-cue+unresolved"},
		{"fr on speaks for the side opening the sentence", "« C'est une réforme juste », résume la ministre, Catherine Vautrin.\n\nDu côté du patronat, on se félicite d'une réforme « attendue depuis longtemps ».", "attendue depuis longtemps", "patronat", models.Partial, ""},
		{"fr tacler", "La réforme divise.\n\n« Les entreprises ont besoin de bras », tacle Patrick Martin, président du Medef.", "besoin de bras", "Patrick Martin", models.Direct, "adjacent-after"},
		{"an abbreviated title stands for its role word", "Sen. Alan Pike spoke in Ames on Monday.\n\n“We will win Iowa,” the senator said.", "win Iowa", "Alan Pike", models.Direct, "adjacent-after+description"},
		{"fr Me stands for l'avocate", "Me Claire Dubois défend les riverains.\n\n« Nous irons jusqu'au bout », a prévenu l'avocate.", "jusqu'au bout", "Claire Dubois", models.Direct, "adjacent-after+description"},
		{"fr a role with a complement after a pronoun's quote is someone new", "Michel-Édouard Leclerc, président du comité stratégique, a alerté. « Nous n'avons plus de marge », a-t-il déclaré sur RTL.\n\nLe ministre de l'Économie, interrogé à l'Assemblée, a de son côté assuré que « le gouvernement suit la situation de près ».", "suit la situation", "Le ministre de l'Économie", models.Partial, "adjacent-before"},
		{"fr elle stands for an organization of her gender", "Son collègue Antoine, aide-soignant, acquiesce. « Certains soirs, on a quarante patients sur des brancards », raconte-t-il.\n\nLa direction de l'hôpital reconnaît « une situation tendue ». Dans un communiqué, elle assure que « des renforts seront déployés ».", "renforts", "La direction de l'hôpital", models.Partial, ""},
		{"fr mais pour X", "Le directeur s'est voulu rassurant. Mais pour Julie Moreau, « ce sont des promesses qu'on a déjà entendues ».", "promesses", "Julie Moreau", models.Partial, "according-to"},
		{"fr selon lui before a quote", "Paul Roux défend la réforme.\n\nSelon lui, « la majorité tiendra ».", "majorité tiendra", "Paul Roux", models.Partial, "according-to+pronoun"},
		{"fr a quote paragraph after its speaker's sentence", "Gérald Darmanin, le ministre de l'Intérieur, s'est rendu à Calais.\n\nLe ministre a visité le port avec les habitants.\n\n« Nous ne céderons pas face aux passeurs. »", "passeurs", "Gérald Darmanin", models.Direct, "previous-subject"},
		{"a document a possessive determiner gives an owner", "Ivana Reyes spoke at the convention. The next day, her Twitter account posted: “Shop the look from the speech.”", "Shop the look", "Ivana Reyes", models.Direct, ""},
		{"a connective adverb opening a sentence is no name", "The report was long.\n\nLikewise, the Brookings Institution wrote: “Families from the top half would receive more.”", "top half", "Brookings Institution", models.Direct, ""},
		{"fr a noun of origin stands for the person last named", "Jacline Mouraud, l'une des figures du mouvement, reste sceptique. « Ce sont des miettes », a réagi la Bretonne sur Facebook.", "miettes", "Jacline Mouraud", models.Direct, "adjacent-after+description"},
		{"fr a phrase between commas after pour X before a quote", "Pour Priscillia Ludosky, à l'origine de la pétition, « le compte n'y est pas ».", "le compte", "Priscillia Ludosky", models.Partial, "according-to"},
		{"an apposed name with a parenthetical", "Tuesday, after winning Ohio in the Republican primary, Gov. John Kasich (R-OH), said, “I am getting ready to rent a covered wagon.”", "covered wagon", "John Kasich", models.Direct, "adjacent-before"},
		{"fr a document with no author is the subject's", "Le parquet national financier, qui avait requis sept ans, « prend acte » de la décision, selon un communiqué.", "prend acte", "parquet", models.Partial, "according-to"},
		{"a paragraph about the last speaker", "“We have the votes,” said Senator Paul Greer.\n\nGreer is confident about Tuesday, in part because he sees the mayor as a uniter.\n\n“Not only can she win, she is the one with the best chance.”", "best chance", "Paul Greer", models.Direct, "continuation"},
		{"a paragraph about the speaker's words is not about the speaker", "“We have the votes,” said Senator Paul Greer.\n\nGreer’s plan is a familiar one for the party.\n\n“Not only can she win, she is the one with the best chance.”", "best chance", "", models.Direct, ""},
		{"two names joined before the cue speak together", "Harbour\n\nDana Whitfield and Tom Hale toured the docks. “The harbour is ours,” Whitfield and Hale said in a joint statement.", "harbour is ours", "Dana Whitfield and Tom Hale", models.Direct, "sentence-cue"},
		{"two names joined after an inverted cue", "Harbour\n\n“The harbour is ours,” said Dana Whitfield and Tom Hale.", "harbour is ours", "Dana Whitfield and Tom Hale", models.Direct, "adjacent-after"},
		{"two names joined as the subject of a reported clause", "Harbour\n\nDana Whitfield and Tom Hale said the harbour would reopen in May.", "would reopen", "Dana Whitfield and Tom Hale", models.Indirect, "cue-before"},
		{"a byline after a headline's dash: two names", "Polls\n\nPOLLS NOT WRONG, JUST TOO EARLY - Dana Whitfield and Tom Hale: “The polls ended too early to see the shift.”", "too early to see", "Dana Whitfield and Tom Hale", models.Direct, "colon"},
		{"a byline after a dash, past a speech verb in the headline", "Polls\n\nThe count went on.\n\nPollsters agree - Tom Hale: “One of the biggest lessons was the late shift.”", "biggest lessons", "Tom Hale", models.Direct, "colon"},
		{"more from two names after a dash", "Polls\n\nThe count went on.\n\nSigns of a shift were there all along - More from Whitfield and Hale: “Our data confirm both trends.”", "data confirm", "Whitfield and Hale", models.Direct, "colon"},
		{"a source named after a marker speaks: she is her", "Harbour\n\nMayor Hale toured the site on Monday. The works will last two years, according to a post from Orlaith Brennan.\n\n“We will keep to the schedule,” she wrote.", "keep to the schedule", "Orlaith Brennan", models.Direct, "adjacent-after+pronoun"},
		{"fr la source d'un marqueur parle : elle est elle", "Le port\n\nLe maire Girard a visité le chantier lundi. Les travaux dureront deux ans, selon un communiqué de Zélinda Marchetti.\n\n« Nous tiendrons les délais », a-t-elle écrit.", "tiendrons les délais", "Zélinda Marchetti", models.Direct, "adjacent-after+pronoun"},
		{"a person by the first of two roles in apposition", "Harbour\n\nFormer Mayor Tom Hale agreed with the plan.\n\nOrlan Pettifer, a harbour consultant and the host of a long Sunday morning radio show on the coast, is a Leeds resident who voted for Hale in the primary. “If the vote had come in May, the plan would have failed,” he said in 2008.", "plan would have failed", "Orlan Pettifer", models.Direct, "adjacent-after+pronoun"},
		{"a title before a determiner is no title of the name after it", "Comedy\n\nLast week the actor Orlan Pettifer spoke about his new play. Since then, the actor discussed the absence of Armenians in history books. “Just imagine you are a kid,” he said.", "imagine you are a kid", "Orlan Pettifer", models.Direct, "adjacent-after+pronoun"},
		{"a titled name before a colon", "Polls\n\nThe timing of the surge does not surprise Republican pollster Dana Whitfield: “Lesser-known candidates have seen the biggest boost.”", "biggest boost", "Dana Whitfield", models.Direct, "colon"},
		{"a titled name after a preposition before a colon is not the source", "Polls\n\nMayor Tom Hale wrote a letter to pollster Dana Whitfield: “Lesser-known candidates have seen the biggest boost.”", "biggest boost", "Tom Hale", models.Direct, "colon"},
		{"a modified title after a preposition before a colon is not the source", "Polls\n\nMayor Tom Hale had a message for former pollster Dana Whitfield: “Lesser-known candidates have seen the biggest boost.”", "biggest boost", "Tom Hale", models.Direct, "colon"},
		{"fr un nom et son titre avant le deux-points", "Sondage\n\nLa poussée du candidat ne surprend pas le sondeur Paul Girard : « Les candidats peu connus progressent toujours après les primaires. »", "peu connus", "Paul Girard", models.Direct, "colon"},
		{"an apposition's relative clause with its closing comma missing", "Polls\n\n“Voters have made up their minds,” Dana Whitfield, the polling expert who founded the survey tweeted on Wednesday.", "made up their minds", "Dana Whitfield", models.Direct, "adjacent-after"},
		{"fr deux noms joints après une incise inversée", "Port\n\n« Nous irons jusqu'au bout », ont déclaré Marine Roux et Paul Girard.", "jusqu'au bout", "Marine Roux et Paul Girard", models.Direct, "adjacent-after"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			claims := run(t, tc.text)
			if tc.quote == "" {
				for _, c := range claims {
					if c.Kind == models.Direct {
						t.Errorf("no direct claim expected, got %q", c.Quote)
					}
				}
				return
			}
			var c *models.Claim
			for i := range claims {
				if strings.Contains(claims[i].Quote, tc.quote) {
					c = &claims[i]
				}
			}
			if c == nil {
				if tc.kind == models.Partial && tc.name == "scare quote is not a claim" {
					return
				}
				t.Fatalf("no claim holds %q; claims: %+v", tc.quote, claims)
			}
			if c.Kind != tc.kind {
				t.Errorf("kind %s, want %s", c.Kind, tc.kind)
			}
			switch {
			case tc.speaker == "" && tc.name == "fr narrow nbsp":
				// "il" before any name: a pronoun with no antecedent stays a pronoun
				if c.Speaker == nil || c.Speaker.Name != "il" {
					t.Errorf("speaker %+v, want the unresolved pronoun", c.Speaker)
				}
			case tc.speaker == "":
				if c.Speaker != nil {
					t.Errorf("speaker %q (%s), want none", c.Speaker.Name, c.Speaker.ResolvedBy)
				}
			case c.Speaker == nil:
				t.Errorf("no speaker, want %q", tc.speaker)
			case !strings.Contains(c.Speaker.Name, tc.speaker):
				t.Errorf("speaker %q (%s), want %q", c.Speaker.Name, c.Speaker.ResolvedBy, tc.speaker)
			case tc.rule != "" && !strings.HasPrefix(c.Speaker.ResolvedBy, tc.rule):
				t.Errorf("resolved by %q, want %q", c.Speaker.ResolvedBy, tc.rule)
			}
		})
	}
}

// TestSpeakerNames: the canonical name holds the name alone — no title,
// no role, no affiliation — but keeps the particles that belong to it.
func TestSpeakerNames(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Un autre membre du gouvernement juge au contraire que « la société civile a toute sa place ».", "Un autre membre du gouvernement"},
		{"Espagne\n\nLe chef du Parti populaire (PP, droite), Alberto Núñez Feijóo, a salué une décision qui « donne la parole aux Espagnols ».", "Alberto Núñez Feijóo"},
		{"Canicule\n\nSelon la Fédération hospitalière de France, 40 % des établissements manquent de pièces climatisées.", "Fédération hospitalière de France"},
		{"Canicule\n\nLa Fédération hospitalière de France a estimé que 40 % des établissements manquaient de pièces climatisées.", "Fédération hospitalière de France"},
		{"Budget\n\nLe Bureau fédéral du Plan a estimé que le déficit atteindrait 4,6 % du PIB l'an prochain.", "Bureau fédéral du Plan"},
		{"Justice\n\nLe Conseil d'État a estimé que le décret du 12 mars était illégal et devait être annulé.", "Conseil d'État"},
		{"Budget\n\nLe Figaro a révélé que le déficit atteindrait 4,6 % du PIB l'an prochain.", "Le Figaro"},
		{"Report\n\nOfficials in Ohio said that the bridge would reopen in May after repairs.", "Officials"},
		{"Flint\n\nMichigan Gov. Rick Snyder, whose administration has been criticized for its handling of the crisis, said in an interview that the state had spent $234 million.", "Rick Snyder"},
		{"Grève\n\nLa secrétaire générale de la CGT locale, Nadia Khelifi, dénonce « une stratégie de la tension ».", "Nadia Khelifi"},
		{"Budget\n\nLe député socialiste Romain de Sainte Marie dénonce « une politique d'austérité déguisée ».", "Romain de Sainte Marie"},
		{"Budget\n\n« Qui va payer ? », s'interroge Pascal Blache, élu de l'opposition.", "Pascal Blache"},
		{"Transports\n\nPascal Blache, élu LR, est contre.\n\nPour l'association des usagers, c'est « un premier pas ».", "l'association des usagers"},
		{"Harbour history\n\nHere’s Rosa Klein in December 1992: “Our new direction must rest on the harbour.”", "Rosa Klein"},
		{"Harbour history\n\nThe email contradicts 2013 comments from former harbour master Leon Pratt that “time and distance prevented a response.”", "Leon Pratt"},
		{"Budget\n\nLe premier ministre François Legault est arrivé à Ottawa.\n\nÀ Alger, le ministre de l'Intérieur a indiqué, dans une déclaration à l'APS, que les élections se tiendraient à la date prévue.", "le ministre de l'Intérieur"},
		{"Chômage\n\nMarylise Léon, secrétaire générale de la CFDT, est arrivée lundi. La responsable syndicale estime que « les plus fragiles vont payer ».", "Marylise Léon"},
		{"Harbour news\n\nA spokeswoman for the ferry company said that the boats would run on Sunday.", "A spokeswoman for the ferry company"},
		{"Budget talks stall in the Senate\n\nThe company reported a loss of $3 million in the quarter.", "The company"},
		{"Harbour news\n\nMany speakers at the service said the death was painful at a time of division.", "Many speakers at the service"},
		{"Grève\n\nLe ministre des Transports, Clément Morel, est arrivé lundi à Lyon.\n\nLa ministre a reconnu que la colère des cheminots était « profonde ».", "La ministre"},
		{"Enquête\n\n« La situation est sous contrôle », affirme dans un communiqué la préfecture du Nord.", "préfecture du Nord"},
		{"Enquête\n\nLe parquet de Marseille a indiqué que l'enquête pour homicide involontaire se poursuivait.", "parquet de Marseille"},
		{"Canicule\n\n« Les nuits tropicales sont les plus dangereuses », prévient le prévisionniste François Gourand.", "François Gourand"},
		{"Procès\n\nLes avocats de Marine Le Pen ont annoncé qu'ils déposeraient un recours.", "Les avocats de Marine Le Pen"},
		{"Le président du club, Nasser al-Khelaïfi, a assuré qu'aucune décision ne serait prise avant l'été.", "Nasser al-Khelaïfi"},
		{"Jared Sexton, a writing professor, spoke at the rally.\n\n(See Sexton’s full notes below.)\n\n“It was an outlet for anger,” Sexton said.", "Jared Sexton"},
		{"Whatever Rosa Klein decides, the harbour will stay open.\n\n“We are ready for her,” said Tom Ruiz.", "Tom Ruiz"},
		{"The two lawmakers said the rule was “unworkable from the start.”", "The two lawmakers"},
		{"« Les Français ont été trahis », estime la députée Renaissance Sacha Houlié.", "Sacha Houlié"},
		{"“We will win this state,” said Senator Laura Brennan of Vermont.", "Laura Brennan"},
		{"“I have not decided,” said undecided Republican voter Stephanie Hooton of Derry.", "Stephanie Hooton"},
		{"White House Chief of Staff Denis McDonough arrived.\n\n“We are ready,” he said.", "Denis McDonough"},
		{"“The union will decide,” said Joint Chiefs of Staff.", "Joint Chiefs of Staff"},
		{"“It will be close,” said a New Hampshire Democrat.", "New Hampshire Democrat"},
		{"« Nous tiendrons », a déclaré Charles de Gaulle.", "Charles de Gaulle"},
		{"Selon la direction de la SNCF, un train sur trois circulait mercredi en Île-de-France.", "SNCF"},
		{"Her lawyer, David E. Kendall, wrote in a court file that such a request was futile.", "David Kendall"},
		{"“We will hire more,” said Google’s chief human resources executive.", "Google’s chief human resources executive"},
		{"« Nous tiendrons », a déclaré ce dernier.", "ce dernier"},
		{"Intro line.\n\n“We act today,” the European Union’s competition chief, Margrethe Larsen, said.", "Margrethe Larsen"},
		{"The chief executive posted the news on X.\n\nAnalysts said the company would appeal the ruling.", "Analysts"},
		{"“The ferry will be late,” said Dana Moss of Riverton University.", "Dana Moss"},
		{"“The ferry will be late,” said J.M. Berger, a fellow at the harbour institute.", "J.M. Berger"},
		{"“We are still looking,” the F.B.I. said in a statement on Friday.", "F.B.I."},
		{"Harbour\n\nOne of the ferry captains said the north pier had been unsafe for years.", "One of the ferry captains"},
		{"“We are still looking,” one of the three investigators said on Friday.", "one of the three investigators"},
		{"Senator Ruth Alder spoke in Ohio.\n\nMany of her aides said the ferry plan was dead.", "Ruth Alder's aides"},
		{"Port\n\nL'un des manifestants a affirmé que le port resterait fermé jusqu'à lundi.", "L'un des manifestants"},
		{"“We will appeal the ruling,” said the N.A.A.C.P. in a statement.", "N.A.A.C.P."},
		{"Harbour\n\nSen. Sherrod Brown of Ohio said the ferry vote would fail.", "Sherrod Brown"},
		{"“It will not pass,” said Rep. Ryan of Wisconsin.", "Ryan"},
		{"Harbour\n\nThe Armenians of Israel said the church would stay open.", "Armenians of Israel"},
		{"Harbour\n\nThe ferries ran late.\n\nLater, Speaker Paul D. Ryan said the plan would fail.", "Paul Ryan"},
		{"Harbour\n\nLater, J. Gerald Hebert said the plan would fail.", "J. Gerald Hebert"},
	} {
		if sp := oneSpeaker(t, tc.text); sp != nil && sp.Name != tc.want {
			t.Errorf("%s: speaker %q, want %q", tc.text, sp.Name, tc.want)
		}
	}
}

// TestRepeatedQuote holds a headline's quote, repeated in the body, to
// the body quote's speaker.
func TestRepeatedQuote(t *testing.T) {
	claims := run(t, "« On nous traite comme des pestiférés » : le cri de colère des chauffeurs\n\n"+
		"À ses côtés, Fatou ne décolère pas. « On nous traite comme des pestiférés. La plateforme baisse les prix », lance-t-elle.")
	if len(claims) != 2 {
		t.Fatalf("%d claims, want the headline's and the body's: %+v", len(claims), claims)
	}
	if sp := claims[0].Speaker; sp == nil || sp.Name != "Fatou" || !strings.HasPrefix(sp.ResolvedBy, "repeated") {
		t.Errorf("headline quote's speaker %+v, want Fatou by repeated", sp)
	}
	// a headline's colon names the topic as often as the source: the
	// body's source is surer
	claims = run(t, "Procès de l'ancien maire de Valmont : « J'ai toujours agi dans l'intérêt de la commune »\n\n"+
		"L'ancien maire de Valmont, Gérard Pasquier, comparaissait mardi devant le tribunal.\n\n"+
		"« J'ai toujours agi dans l'intérêt de la commune », a déclaré l'ancien édile à la barre.")
	if len(claims) != 2 {
		t.Fatalf("%d claims, want the headline's and the body's: %+v", len(claims), claims)
	}
	if sp := claims[0].Speaker; sp == nil || sp.Name != "Gérard Pasquier" || !strings.HasPrefix(sp.ResolvedBy, "repeated") {
		t.Errorf("headline quote's speaker %+v, want Gérard Pasquier by repeated", sp)
	}
}

// TestInterviewAnswers holds the answers of an interview whose title names
// its person, written without quotation marks after each question, to
// that person; the questions are no claims.
func TestInterviewAnswers(t *testing.T) {
	for name, tc := range map[string]struct{ text, person string }{
		"plain paragraphs": {"Entretien avec Nicolas Roux : « La gauche doit se réinventer »\n\n" +
			"Le maire de Riverton détaille son projet.\n\n" +
			"Pourquoi vous présentez-vous ?\n\n" +
			"Parce que le parti ne peut plus se contenter de survivre. Nous devons redevenir une force qui gagne.\n\n" +
			"Que reprochez-vous à la direction ?\n\n" +
			"Sa stratégie d'alliance nous a affaiblis.", "Nicolas Roux"},
		// dialogue dashes, a short first sentence, and a question whose
		// inverted verb is no name ("Allez-vous")
		"dialogue dashes": {"Entretien avec Nicolas Roux : « La gauche doit se réinventer »\n\n" +
			"Le maire de Riverton répond à nos questions.\n\n" +
			"— Le gouvernement vous a-t-il entendu ?\n\n" +
			"— Pas encore. Nous avons fait des propositions, elles sont restées sans réponse.\n\n" +
			"— Allez-vous appeler à la grève ?\n\n" +
			"— Ce n'est pas exclu. Mais la grève n'est pas une fin en soi.", "Nicolas Roux"},
		"labelled turns": {"Senator Jane Roe sat down with the Courier on Monday. Here is an edited transcript.\n\n" +
			"Q: What do you make of the budget?\n\n" +
			"A: It is the worst budget in 40 years. We will vote against it.\n\n" +
			"Q: Will the president veto it?\n\n" +
			"A: I expect he will.", "Jane Roe"},
	} {
		t.Run(name, func(t *testing.T) { interviewAnswers(t, tc.text, tc.person) })
	}
}

// interviewAnswers checks that the two answers of an interview text are
// direct claims of its person, with the confidence of a rule that seldom
// errs, and no question is.
func interviewAnswers(t *testing.T, text, person string) {
	claims := run(t, text)
	answers := 0
	for _, c := range claims {
		if c.Speaker != nil && c.Speaker.ResolvedBy == "interview" {
			answers++
			if c.Speaker.Name != person || c.Kind != models.Direct {
				t.Errorf("answer %q: %s by %q, want a direct claim by %s", c.Quote, c.Kind, c.Speaker.Name, person)
			}
			if strings.Contains(c.Quote, "?") {
				t.Errorf("a question is no answer: %q", c.Quote)
			}
			// PolNeAR's conventions score this rule 0 of 11: too few
			// claims for a measure, so it keeps its prior
			if c.Confidence < 0.8 {
				t.Errorf("answer %q: confidence %v, want at least 0.8", c.Quote, c.Confidence)
			}
		}
	}
	if answers != 2 {
		t.Errorf("%d answers, want 2: %+v", answers, claims)
	}
}

// oneSpeaker runs the pipeline on a text that makes one claim and returns
// its speaker, or nil after reporting that it does not.
func oneSpeaker(t *testing.T, text string) *models.ClaimSpeaker {
	t.Helper()
	claims := run(t, text)
	if len(claims) != 1 || claims[0].Speaker == nil {
		t.Errorf("%s: %d claims, want one with a speaker", text, len(claims))
		return nil
	}
	return claims[0].Speaker
}

// TestContinuationStopsAtAnotherSubject: a quote with no cue of its own
// continues the last speaker's quotes, but not in a sentence whose subject
// is someone else.
func TestContinuationStopsAtAnotherSubject(t *testing.T) {
	text := "“We have the votes,” said Senator Alan Pike.\n\n“And we will use them.”\n\nMaria Costa had nothing but scorn for the “fantasy budget” of the mayor."
	var sawUse bool
	for _, c := range run(t, text) {
		name := speakerName(c)
		switch {
		case strings.Contains(c.Quote, "fantasy budget") && name == "Alan Pike":
			t.Errorf("%q given to Alan Pike", c.Quote)
		case strings.Contains(c.Quote, "use them"):
			sawUse = true
			if name != "Alan Pike" {
				t.Errorf("%q by %q, want Alan Pike", c.Quote, name)
			}
		}
	}
	if !sawUse {
		t.Error("the continued quote is missing")
	}
}

// TestLanguages: articles are tagged with their language, and a language
// without rules is skipped with its name, not run through English rules.
func TestLanguages(t *testing.T) {
	arts := pipeline.Articles{
		{ID: "en", Text: "The council met on Tuesday evening and approved the new parking rules after a long debate about the cost to shop owners."},
		{ID: "fr", Text: "Le conseil municipal s'est réuni mardi soir et a approuvé les nouvelles règles de stationnement après un long débat."},
		{ID: "es", Text: "El ayuntamiento se reunió el martes por la noche y aprobó las nuevas normas de aparcamiento tras un largo debate."},
	}
	got := map[string]*pipeline.Item{}
	sink := pipeline.SinkFunc(func(it *pipeline.Item) error { got[it.Article.ID] = it; return nil })
	if _, err := pipeline.Run(context.Background(), arts, pipeline.Stages(resources()), sink, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"en": "en", "fr": "fr", "es": "es"} {
		if got[id].Article.Lang != want || got[id].Article.LangConfidence <= 0 {
			t.Errorf("%s: lang %q (%.2f), want %q", id, got[id].Article.Lang, got[id].Article.LangConfidence, want)
		}
	}
	if got["es"].Skipped != "language es has no extraction rules" {
		t.Errorf("es: skipped = %q", got["es"].Skipped)
	}
}

// TestHTML takes the article out of a page with its boilerplate.
func TestHTML(t *testing.T) {
	out, sum := extract(t, "../testdata/articles/en/court-ruling.html")
	if sum.Extracted != 1 {
		t.Fatalf("summary %+v", sum)
	}
	s := string(out)
	for _, want := range []string{"A public utility cannot treat a public hearing as a formality", "Miriam Castellanos"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for _, boiler := range []string{"Ferry timetable", "All rights reserved"} {
		if strings.Contains(s, boiler) {
			t.Errorf("boilerplate %q in the claims", boiler)
		}
	}
	if _, err := os.Stat("../testdata/articles/en/court-ruling.html"); err != nil {
		t.Fatal(err)
	}
}

// TestNounCues: words that are far more often nouns ("swing states") are
// no cues for a plain noun before them, so no claim is made of them.
func TestNounCues(t *testing.T) {
	text := "Which swing state is Hillary Clinton going to win with her message of gun control and Republicans as the “enemy”?\n\n" +
		"The first four states that vote hold only 4% of the delegates, while the March states “better reflect the true diversity of the party,” Mook wrote."
	claims := run(t, text)
	if len(claims) != 1 || claims[0].Speaker == nil || claims[0].Speaker.Name != "Mook" {
		t.Fatalf("want one claim, by Mook; got %+v", claims)
	}
}

// TestListenerIsNoSource: after a cue that takes a listener ("a appelé
// les autorités à …"), the listener is never read as an inverted source.
func TestListenerIsNoSource(t *testing.T) {
	for _, c := range run(t, "Le Conseil publie un rapport.\n\nLa commissaire aux droits de l’homme, Dunja Mijatovic, a appelé les autorités à mieux respecter les droits.") {
		if c.Speaker != nil && strings.Contains(c.Speaker.Name, "autorités") {
			t.Errorf("%q attributed to the listener %q", c.Quote, c.Speaker.Name)
		}
	}
}

// TestNotClaims: quoted words that are no one's statement make no claim
// (a reported clause around them stays one).
func TestNotClaims(t *testing.T) {
	for _, tc := range []struct{ name, text, words string }{
		{"a nickname inside a name", "Wyoming\n\nIn Casper, his campaign was represented by Gov. C.L. \"Butch\" Otter, who states the party is \"united.\"", "Butch"},
		{"fr un surnom dans un nom", "Meeting\n\nAu meeting, Jean « Jeannot » Dupont a affirmé que la ville était « morte ».", "Jeannot"},
		{"a few quoted words after someone's quotes", "“We have the votes,” said Senator Alan Pike.\n\nThe plan, known as the “harbour deal”, goes to a vote on Friday.", "harbour deal"},
		{"fr quelques mots après les citations de quelqu'un", "« Nous avons les voix », a déclaré Alain Pic.\n\nLe projet, surnommé « plan port », sera voté vendredi.", "plan port"},
		{"a time after spoke is no reported clause", "The rally ran late.\n\nDan Pryce spoke for an hour, calling the plan a betrayal of every family in the valley.", "for an hour"},
		{"wrote on a platform names no source", "Intro line.\n\nThe chief executive, Daniel Ek, wrote on X.", "Daniel Ek"},
		{"fr a role and the name apposed to it before a verb are no clause", "Le trafic reprend.\n\nLa porte-parole du syndicat, Inès Morel, a défendu le mouvement.", "Inès Morel"},
		{"fr a topic before a colon is no source", "Agriculture : les éleveurs bloquent l'autoroute A64\n\nPlusieurs centaines d'agriculteurs ont bloqué jeudi l'autoroute.", "les éleveurs bloquent"},
		{"fr a topic named again only inside a role is no source", "Santé : les urgences ferment la nuit\n\nLa ministre de la Santé a promis des renforts. « Nous ne fermerons aucun service », a-t-elle assuré.", "les urgences ferment"},
		{"fr a subject and its apposition before a verb are no clause", "Le mouvement s'étend.\n\nLa FNSEA, premier syndicat agricole, soutient le mouvement.", "premier syndicat agricole"},
		{"a show's title after told", "Officials met.\n\n“We will win Ohio,” Paul Reyes told “Fox News Sunday.”", "Fox News Sunday"},
		{"a show's title with its full stop inside the marks", "Sunday shows\n\n\"We should change that,\" Christie said on ABC's \"This Week with George Stephanopoulos.\"", "This Week"},
		{"a show's title after a preposition", "Appearing on “Meet the Press,” Tom Hale said the tax would rise.", "Meet the Press"},
		{"fr a page's LIRE AUSSI line", "Plusieurs milliers de manifestants ont défilé samedi.\n\nLIRE AUSSI - « Gilets jaunes » : Macron promet « un grand débat »\n\nLe cortège s'est dispersé dans le calme.", "grand débat"},
		{"a wire story's credit line", "The deal was signed on Monday, officials said.\n\n(Reporting by Ann Lee; Additional reporting by Tom Hale in Boston; Editing by Dan Pryce)", "Tom Hale"},
		{"a page's Read more line", "The vote was close.\n\nRead more: Senator says “the deal is dead”\n\nThe count went on.", "deal is dead"},
		{"fr un terme que l'article cite sans cesse", "Les « gilets jaunes » bloquent le port.\n\nLe préfet a dénoncé les « gilets jaunes » venus de Lyon. Le maire a reçu les « gilets jaunes » lundi, a-t-il indiqué.", "gilets jaunes"},
		{"a piece's title before its byline", "SHORT READS:\n\n—\"Posthumous books could come with a lot of dollar signs,\" by the Riverton Globe's Joseph Kahn: http://bit.ly/1ICP930.", "Posthumous books"},
		{"a term the article keeps quoting", "Harbour pass\n\nThe mayor defended the \"harbour pass\" on Monday. Critics said the \"harbour pass\" cost too much. Lee called the \"harbour pass\" a success, he said.", "harbour pass"},
		{"fr des mots cités dans l'apposition du sujet", "Manifestation\n\nEric Drouet, autre figure des « gilets jaunes », était également présent samedi.", "gilets jaunes"},
		{"fr un nom donné après baptisée", "Soutien\n\nLe chef du parti a offert l'aide de sa plate-forme internet, baptisée « Rousseau », aux manifestants, a-t-il écrit.", "Rousseau"},
		{"fr un nom cité après son article dans la source", "Toulouse\n\n« Il faut que la majorité silencieuse se fasse entendre », plaide l'initiateur de la « Marche des citoyens », Laurent Soulié.", "Marche des citoyens"},
		{"fr une organisation nommée en titre puis comme lieu n'est pas une source", "Hôpital de Vierzon : les urgences fermeront la nuit dès janvier\n\nL'agence régionale de santé a confirmé mercredi la fermeture nocturne des urgences de l'hôpital de Vierzon.", "les urgences fermeront"},
		{"fr une relative sur la source après une incise", "Urgences\n\nL'agence a confirmé mercredi la fermeture. Une décision « temporaire », assure l'agence, qui invoque le manque de médecins.", "qui invoque"},
		{"fr un complément après une incise n'est pas une proposition", "Croissance\n\nLe gouverneur, François Villard, s'est montré prudent. Celle-ci « restera modeste », a-t-il prévenu, autour de 0,8 %.", "autour de 0,8"},
		{"a chant after someone's quotes", "“We have the votes,” said Senator Alan Pike.\n\nThe crowd chanted. “Four more years”", "Four more years"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, c := range run(t, tc.text) {
				if strings.Contains(c.Quote, tc.words) && (len(c.Quoted) == 0 || strings.Trim(c.Quote, "«» “”\"") == tc.words) {
					t.Errorf("claim %q (%s), want none", c.Quote, c.Kind)
				}
			}
		})
	}
}

// TestMentions: the speaker's mention is the words that name them nearest
// the quote, an agency or a cue's preposition before them aside.
func TestMentions(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"« Les ménages modestes sont les premiers touchés », a estimé auprès de l'AFP Olivier Dauvers, spécialiste de la distribution.", "Olivier Dauvers"},
		{"« Nous demandons un remboursement », a déclaré à l'AFP Maurice Dahan.", "Maurice Dahan"},
		// people and what they stand for, not the last noun before the cue
		{"Harbour\n\nCritics of the new ferry tax say the fares will drive families off the islands.", "Critics of the new ferry tax"},
		{"Harbour\n\nIndeed, proponents of more controls on ferry pricing here say the fares have doubled since 2019.", "proponents of more controls on ferry pricing"},
		{"Harbour\n\nAlthough the plan lacks a sponsor, elected officials from both parties say the ferry will keep running.", "elected officials from both parties"},
		// an object pronoun is never the source
		{"Harbour\n\nWhile Mayor Lina Park has defended the tolls, the groups who wrote to her on Thursday say the fares are unfair to islanders.", "the groups"},
		// a description is not read on into its verb
		{"Harbour\n\nThe Riverton senator survived two recall votes and says the ferry tax will be repealed.", "The Riverton senator"},
	} {
		if sp := oneSpeaker(t, tc.text); sp != nil && sp.Mention != tc.want {
			t.Errorf("%s: mention %q, want %q", tc.text, sp.Mention, tc.want)
		}
	}
}

// TestSpeakerTypes: a person's title before a name makes a person, whatever
// organization qualifies the title.
func TestSpeakerTypes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want models.SpeakerType
	}{
		{"Harbour\n\nFBI Director James Comey said the ferry would be late.", models.Person},
		{"Harbour\n\nCBC Chairman G.K. Butterfield said the ferry would be late.", models.Person},
		{"Harbour\n\nThe Harbour Authority said the pier would close.", models.Organization},
		{"Harbour\n\nPresidential candidate Dana Whitfield's campaign said the bus would run.", models.Organization},
		{"Harbour\n\nThe Justice Department's own published guidelines say the ferry must stop.", models.Organization},
	} {
		if sp := oneSpeaker(t, tc.text); sp != nil && sp.Type != tc.want {
			t.Errorf("%s: speaker %q of type %s, want %s", tc.text, sp.Name, sp.Type, tc.want)
		}
	}
}
