package pipeline_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/models"
)

// TestReportedSpeech holds reported speech to hand-written cases in both
// languages: what is a claim, its span (the clause, not the cue), its
// speaker, and what is not reported speech.
func TestReportedSpeech(t *testing.T) {
	for _, tc := range []struct {
		name    string
		text    string
		clause  string // the claim's exact quote; "" when no indirect claim is expected
		speaker string
		kind    models.Kind
	}{
		{"a relative clause's statement ends at its comma", "Dana Reyes, who says the bridge tax is too high, voted against the budget on Monday.", "the bridge tax is too high", "Dana Reyes", models.Indirect},
		{"after a relative clause's statement, the main clause's own", "Dana Reyes, who says the bridge tax is too high, said the ferry would be cheaper for the valley.", "the ferry would be cheaper for the valley", "Dana Reyes", models.Indirect},
		{"a relative cue with a prepositional phrase reports nothing", "The official, who spoke on condition of anonymity because the talks were private, said the ferry would run again in May.", "the ferry would run again in May", "The official", models.Indirect},
		{"fr la proposition d'une relative s'arrête à sa virgule", "Anne Joly, qui estime que la taxe est trop lourde, a voté contre le budget lundi.", "la taxe est trop lourde", "Anne Joly", models.Indirect},
		{"a participle after a comma inside the closing quote mark ends the statement", "Senator Ann Reyes said the plan was “a disaster for families,” adding that she would vote against it.", "the plan was “a disaster for families,”", "Ann Reyes", models.Partial},
		{"fr de l'aveu même de X, CLAUSE", "Grève\n\nDe l'aveu même d'un cadre de la SNCF, la direction a sous-estimé la colère des cheminots.", "la direction a sous-estimé la colère des cheminots", "un cadre de la SNCF", models.Indirect},
		{"fr an object pronoun between the subject and its cue", "Neige\n\nLe préfet nous a indiqué que les routes seraient rouvertes dans la soirée.", "les routes seraient rouvertes dans la soirée", "Le préfet", models.Indirect},
		{"a belief held as a state", "Budget\n\nSome analysts remain convinced that the ferry tax will be repealed before 2027.", "the ferry tax will be repealed before 2027", "analysts", models.Indirect},
		{"a naming stance: the object and the name given it", "Harbour\n\nSenator Ruth Alder called the ferry contract a disaster for island families.", "the ferry contract a disaster for island families", "Ruth Alder", models.Indirect},
		{"a naming stance: a pronoun and an adjective", "Harbour\n\nSenator Ruth Alder called him dishonest about the cost of the new pier.", "him dishonest about the cost of the new pier", "Ruth Alder", models.Indirect},
		{"a naming verb with no name given reports nothing", "Harbour\n\nThe harbour master called the coast guard on Tuesday evening.", "", "", models.Indirect},
		{"a naming verb with no name given reports nothing: an event", "Harbour\n\nThe harbour master called a press conference for Friday morning.", "", "", models.Indirect},
		{"a naming verb with a particle reports nothing", "Harbour\n\nThe harbour master called her back an hour after the storm.", "", "", models.Indirect},
		{"a naming verb with an adverb reports nothing", "Harbour\n\nMayor Lina Park called Omar Haddad shortly after the results were declared.", "", "", models.Indirect},
		{"a plural noun that is also a cue reports nothing", "Harbour\n\nThe ferry vote was held in Maine and Oregon, Pacific Rim states that have lost most of their winter crossings.", "", "", models.Indirect},
		{"a cue that is also a plural noun after a person named in full", "Harbour\n\nGary Holt wrote the harbour report. In it, Holt states that the pier was unsafe for a decade.", "the pier was unsafe for a decade", "Gary Holt", models.Indirect},
		{"a participle before its agent is a passive, auxiliary or not", "Harbour\n\nThe pier is not licensed for ferries — a fact first reported by Dana Moss, a reporter for the Riverton Star.", "", "", models.Indirect},
		{"a listener's programme after its owner", "Harbour\n\nMayor Lina Park told WRVN’s “Harbour Hour” that the north pier would reopen in May.", "the north pier would reopen in May", "Lina Park", models.Indirect},
		{"quoted words ending a clause before its cue make one mixed statement", "Harbour\n\nThe new ferry schedule is “a gift to commuters on the north shore,” Mayor Lina Park said.", "The new ferry schedule is “a gift to commuters on the north shore,”", "Lina Park", models.Partial},
		{"a quote after one word of the writer's is the quote's own claim", "Harbour\n\nBut “we will win,” Lina Park said.", "", "", models.Indirect},
		{"the writer's complementizer before the quote keeps the writer's words out", "Harbour\n\nThe council sent a clear message that its top priority ''is the north pier,'' Lina Park said.", "", "", models.Indirect},
		{"an interjected source and companions", "Harbour\n\nThe contrast with the old pier, said Lina Park and others, would be clear to every commuter.", "The contrast with the old pier, said Lina Park and others, would be clear to every commuter", "Lina Park", models.Indirect},
		{"an object coordinated after a listed verb is no interjected source", "Harbour\n\nLina Park complained about the tone but defended the mayor as a careful manager, mocked the harbour board and its chairman, and made it clear that the pier would reopen in May.", "about the tone but defended the mayor as a careful manager, mocked the harbour board and its chairman, and made it clear that the pier would reopen in May", "Lina Park", models.Indirect},
		{"a clause in brackets starts inside them", "Harbour\n\n(The islanders are big fans of the night ferry, Omar Haddad said.)", "The islanders are big fans of the night ferry", "Omar Haddad", models.Indirect},
		{"a verb that carries on to the cue", "Harbour\n\nLina Park spoke at the pier. She went on to say that the councillors are angry at the mayor.", "the councillors are angry at the mayor", "Lina Park", models.Indirect},
		{"a verb that carries on to the cue and a bare clause", "Harbour\n\nEven after the audit, Omar Haddad continued to insist he had never seen the pier report.", "he had never seen the pier report", "Omar Haddad", models.Indirect},
		{"a verb that carries on to a cue with no clause reports nothing", "Harbour\n\nOmar Haddad has continued to needle his critics, even those whose votes he needs.", "", "", models.Indirect},
		{"a long phrase between commas before the complementizer", "Harbour\n\nThe mayor continues to insist, most recently in a Monday interview with the Harbour Gazette, that the pier will reopen in May.", "the pier will reopen in May", "The mayor", models.Indirect},
		{"an adjective that carries on to the cue", "Harbour\n\nAides were quick to point out that the mayor had voted for the pier.", "the mayor had voted for the pier", "Aides", models.Indirect},
		{"a poll's comparative that carries on to the cue", "Harbour\n\nIsland voters were more likely to say the ferry should run all night.", "the ferry should run all night", "voters", models.Indirect},
		{"a negation written as one word is no part of the source", "Harbour\n\nOmar Haddad cannot believe the pier is still closed.", "the pier is still closed", "Omar Haddad", models.Indirect},
		{"a listener named with a bare apostrophe", "Harbour\n\nThe ferry union wrote to Mayor Jones' office that the night crossings were unsafe.", "the night crossings were unsafe", "ferry union", models.Indirect},
		{"a that inside a bare clause is no complementizer", "Harbour\n\nLina Park said she had heard that account.", "she had heard that account", "Lina Park", models.Indirect},
		{"a subject before an aside set off by double hyphens", "Harbour\n\nThe harbour master -- who has fought the mayor over the pier for years -- said she regretted the delay.", "she regretted the delay", "harbour master", models.Indirect},
		{"a participle's phrase set off before the cue is no clause", "Harbour\n\nJudge Omar Haddad, writing for the majority in the 2-1 ruling, said the ferry tax was lawful.", "the ferry tax was lawful", "Omar Haddad", models.Indirect},
		{"a lawsuit's claim", "Harbour\n\nAlong with other allegations, the suit claims that the harbour board hid the pier report.", "the harbour board hid the pier report", "suit", models.Indirect},
		{"a listener's possessor is not the whole listener", "Harbour\n\nAfter Omar Haddad accused her of neglect, she warned, \"The pier will reopen,\" Lina Park told NBC's Today show when asked about the storm.", "her of neglect", "Omar Haddad", models.Indirect},
		{"a stance adjective before a preposition reports nothing", "Budget\n\nThe mayor was concerned about the ferry tax and its effect on the islands.", "", "", models.Indirect},
		{"fr une conviction tenue comme un état", "Budget\n\nLes habitants des îles attendent depuis des années. La ministre Anne Joly reste persuadée que la taxe sera supprimée avant 2027.", "la taxe sera supprimée avant 2027", "Anne Joly", models.Indirect},
		{"a promise is its infinitive", "Senator Rosa Klein vowed on Monday to repeal the ferry tax within a year.", "to repeal the ferry tax within a year", "Rosa Klein", models.Indirect},
		{"a promise with a negation", "Rosa Klein pledged not to raise taxes on families earning less than $100,000.", "not to raise taxes on families earning less than $100,000", "Rosa Klein", models.Indirect},
		{"a threat's relative clause is part of it, not a clause after that", "Governor Dana Moss threatened to veto the bill that allows new tolls on the bridge.", "to veto the bill that allows new tolls on the bridge", "Dana Moss", models.Indirect},
		{"a stance: pointed to", "Harbour\n\nThe harbour master pointed to a 40 percent rise in winter storms since 2010.", "a 40 percent rise in winter storms since 2010", "harbour master", models.Indirect},
		{"support as a noun is no stance", "Harbour\n\nThe mayor's local support is six points below her rival's in the new poll.", "", "", models.Indirect},
		{"a relative clause's verb keeps its auxiliary and negation", "Harbour\n\nDana Moss praised the new ferry tolls, which she said would not be raised again before 2030.", "would not be raised again before 2030", "Dana Moss", models.Indirect},
		{"a stance after a quote's cue", "Harbour\n\n“The winter timetable is a disgrace,” Dana Moss said, citing three cancelled crossings in one week.", "three cancelled crossings in one week", "Dana Moss", models.Indirect},
		{"a bare clause after a quote's cue", "Harbour\n\n“That is the real question,” Dana Moss said, noting she would support any plan that kept the ferry running.", "she would support any plan that kept the ferry running", "Dana Moss", models.Indirect},
		{"a relative clause about a quote's source is no stance", "Harbour\n\n“We need the ferry,” said Dana Moss, who endorsed Lina Park on Tuesday.", "", "", models.Indirect},
		{"an intention is its infinitive", "Harbour\n\nThe Harbour Trust plans to raise ferry fares by 12 percent in January.", "to raise ferry fares by 12 percent in January", "Harbour Trust", models.Indirect},
		{"an intention without an infinitive reports nothing", "Harbour\n\nMayor Lina Park has a rally planned for Thursday evening at the north pier.", "", "", models.Indirect},
		{"an intention with quoted words in its phrase is no mixed statement", "Harbour\n\nDana Moss planned to hold a dinner that included “a full exchange of views,” a spokeswoman for the harbour said on Monday.", "", "", models.Indirect},
		{"a passive expectation is nobody's intention", "Harbour\n\nMayor Lina Park is expected to announce the new ferry fares on Monday.", "", "", models.Indirect},
		{"a source and its apposition before a cue after the clause", "Harbour\n\nThe ferry will stop at the north pier from May, a spokeswoman, Lina Park, said on Monday.", "The ferry will stop at the north pier from May", "Lina Park", models.Indirect},
		{"a named source and its role before a cue after the clause", "Harbour\n\nThe ferry will stop at the north pier from May, Lina Park, a spokeswoman for the trust, said.", "The ferry will stop at the north pier from May", "Lina Park", models.Indirect},
		{"an apposed source before told and its listener", "Harbour\n\nThe trust will keep the winter timetable, its director, Omar Haddad, told the Harbour Gazette.", "The trust will keep the winter timetable", "Omar Haddad", models.Indirect},
		{"an apposition before a verb that is no cue reports nothing", "Harbour\n\nThe mayor met Lina Park, a spokeswoman, and Omar Haddad on Monday.", "", "", models.Indirect},
		{"modifiers before a titled source", "Harbour\n\nTwo crossings were cancelled on Friday, harbour trust spokesman Omar Haddad said.", "Two crossings were cancelled on Friday", "Omar Haddad", models.Indirect},
		{"coordinated modifiers before a plural source", "Harbour\n\nThe trust is likely to raise fares again, current and former officials said.", "The trust is likely to raise fares again", "officials", models.Indirect},
		{"a subordinate clause that qualifies the clause before it", "Harbour\n\nThe ferry has run late all winter, when the storms closed the north pier, the harbour master said.", "The ferry has run late all winter, when the storms closed the north pier", "harbour master", models.Indirect},
		{"an inverted source with whom the role speaks for", "Harbour\n\nThe pier will stay closed until June, said a spokesman for Riverton's Harbour Trust.", "The pier will stay closed until June", "Harbour Trust", models.Indirect},
		{"a cue after the clause before a semicolon", "Harbour\n\nThe trust needs a third of the votes to win, analysts say; in 2019 it won a quarter.", "The trust needs a third of the votes to win", "analysts", models.Indirect},
		{"a pronoun and a name coordinated before a cue after the clause", "Harbour\n\nThe ferry is not only about tourists, she and Omar Haddad said.", "The ferry is not only about tourists", "Omar Haddad", models.Indirect},
		{"a clause after the cue's comma whose auxiliary is contracted", "Harbour\n\nMayor Lina Park says, win or lose in May, she's staying on the council.", "win or lose in May, she's staying on the council", "Lina Park", models.Indirect},
		{"a title-case headline with a contracted auxiliary", "Lina Park Says She’s Staying On The Harbour Council.\n\nThe mayor spoke to reporters at the pier on Monday.", "She’s Staying On The Harbour Council", "Lina Park", models.Indirect},
		{"a topic after spoke about", "Harbour\n\nMayor Lina Park spoke about the need for a second ferry on the north route.", "the need for a second ferry on the north route", "Lina Park", models.Indirect},
		{"a topic after talked about, an adverb between", "Harbour\n\nOmar Haddad talked openly about raising the winter fares by a third.", "raising the winter fares by a third", "Omar Haddad", models.Indirect},
		{"spoke at a place reports nothing", "Harbour\n\nMayor Lina Park spoke at a memorial service for the crew of the lost trawler.", "", "", models.Indirect},
		{"spoke for a time reports nothing", "Harbour\n\nMayor Lina Park spoke for forty minutes, and the crowd began to drift away.", "", "", models.Indirect},
		{"spoke a language reports nothing", "Harbour\n\nMayor Lina Park spoke Portuguese, thanked the crews and visited the old customs house.", "", "", models.Indirect},
		{"as X spoke is a time, not a source", "Harbour\n\nAs the mayor spoke in the hall of the customs house, protesters gathered outside the pier gates.", "", "", models.Indirect},
		{"a cognition verb with a reflexive object reports nothing", "Harbour\n\nThe Harbour Trust has found itself at the centre of the town's budget dispute.", "", "", models.Indirect},
		{"a topic after talking in a when-clause ends at its comma", "Harbour\n\nIn a year when the mayor is talking about closing the north pier, Omar Haddad said the ferry would keep running.", "the ferry would keep running", "Omar Haddad", models.Indirect},
		{"a bare infinitive after help is no cue", "Harbour\n\nOmar Haddad, who helped found the ferry cooperative in 2009, now runs the north pier.", "", "", models.Indirect},
		{"a clause of result after so is no report", "Harbour\n\nThe mayor is betting that islanders feel so abandoned that they will back the new toll.", "", "", models.Indirect},
		{"a verb that takes no clause before an auxiliary reports nothing", "Harbour\n\nThe account the mayor retweeted was set up by a rival a year ago.", "", "", models.Indirect},
		{"a relative's verb after a cue that takes a clause", "Harbour\n\nThe mayor blamed what she said was a decade of neglect by the trust.", "a decade of neglect by the trust", "", models.Indirect},
		{"an aside's cue before a place or a time reports nothing", "Harbour\n\nThe ferry, as Mayor Lina Park said in a speech at the pier in April, has never run on time.", "", "", models.Indirect},
		{"easier said than done is no cue", "Harbour\n\nClosing the north pier before the summer is easier said than done for the trust.", "", "", models.Indirect},
		{"declining to comment states nothing", "Harbour\n\nThe ferry operator's owner, Dana Moss, declined to comment on the new fares.", "", "", models.Indirect},
		{"fr une intention, son infinitif", "Budget\n\nLe gouvernement envisage de relever la TVA sur les billets d'avion en 2027.", "de relever la TVA sur les billets d'avion en 2027", "gouvernement", models.Indirect},
		{"a threat to a noun phrase is no claim", "Analysts said little. The new toll threatens the extensive work that engineers did on the bridge.", "", "", models.Indirect},
		{"fr une promesse, son infinitif", "Budget\n\nLes habitants des îles attendent depuis des années. La ministre Anne Joly a promis de supprimer la taxe sur les ferries d'ici un an.", "de supprimer la taxe sur les ferries d'ici un an", "Anne Joly", models.Indirect},
		{"fr un engagement avec une négation", "Budget\n\nLa ministre Anne Joly s'est engagée à ne pas augmenter la TVA en 2026.", "à ne pas augmenter la TVA en 2026", "Anne Joly", models.Indirect},
		{"fr un infinitif de narration et sa proposition", "Santé\n\nLa ministre de la Santé, Agnès Dupuis, a défendu la réforme devant les députés mardi. Et d'ajouter que le texte sera voté avant l'été.", "le texte sera voté avant l'été", "Agnès Dupuis", models.Indirect},
		{"fr un infinitif de narration après une citation", "Santé\n\n« Nous avons tenu nos engagements », a affirmé mardi la ministre Agnès Dupuis. Et d'ajouter que le texte sera voté avant l'été.", "le texte sera voté avant l'été", "Agnès Dupuis", models.Indirect},
		{"fr une relative après la source d'une citation rapporte sa proposition", "Brest\n\nLe maire a présenté son bilan. « Nous construirons 1 500 logements », a promis le candidat, qui estime que la ville « a changé de visage » en douze ans.", "la ville « a changé de visage » en douze ans", "le candidat", models.Partial},
		{"fr ne … que n'ouvre pas de proposition", "Crise\n\nLa ministre ne s'est exprimée qu'en de très rares occasions depuis le début du mouvement.", "", "", models.Indirect},
		{"according to X, a participle and its agent, CLAUSE", "Harbour\n\nAccording to the review, prepared by the engineering firm Halvorsen & Birch, dredging costs alone have doubled since 2022.", "dredging costs alone have doubled since 2022", "the review", models.Indirect},
		{"fr selon X, un participe et son agent, CLAUSE", "Budget\n\nSelon le rapport, publié mardi par la Cour des comptes, les coûts ont doublé depuis 2022.", "les coûts ont doublé depuis 2022", "le rapport", models.Indirect},
		{"a court ruled that", "Harbour\n\nJudge Dana Moss ruled that the ferry tax was unconstitutional.", "the ferry tax was unconstitutional", "Dana Moss", models.Indirect},
		{"made clear that", "Harbour\n\nMayor Lina Park made clear that she would not raise the ferry tax again.", "she would not raise the ferry tax again", "Lina Park", models.Indirect},
		{"signaled that", "Harbour\n\nThe Harbour Trust has signaled that it will close the north pier in May.", "it will close the north pier in May", "Harbour Trust", models.Indirect},
		{"learned that, a cognition cue", "Harbour\n\nWhen Dana Moss learned that the pier would close, she called the council.", "the pier would close", "Dana Moss", models.Indirect},
		{"left no doubt that", "Harbour\n\nLina Park left no doubt that she would run for mayor again.", "she would run for mayor again", "Lina Park", models.Indirect},
		{"another source's cue ends the clause", "Harbour\n\nSo when the Harbour Trust said last summer that it would sell the pier to Dana Moss, Mr. Reyes said, “we were stunned.”", "it would sell the pier to Dana Moss", "Harbour Trust", models.Indirect},
		{"rules as a noun cue nothing", "Harbour\n\nThe new harbour rules require ferries to dock before midnight.", "", "", models.Indirect},
		{"fr a fait comprendre que", "Budget\n\nLa ministre Anne Joly a fait comprendre que la taxe ne serait pas supprimée.", "la taxe ne serait pas supprimée", "Anne Joly", models.Indirect},
		{"fr soupçonner que, une conviction", "Enquête\n\nLe juge Paul Roux soupçonne que les fonds ont quitté le pays en mars.", "les fonds ont quitté le pays en mars", "Paul Roux", models.Indirect},
		{"said that", "The finance minister, Rosa Klein, said that the deficit had halved since 2024.", "the deficit had halved since 2024", "Rosa Klein", models.Indirect},
		{"said without that", "Rosa Klein said the deficit had halved since 2024.", "the deficit had halved since 2024", "Rosa Klein", models.Indirect},
		{"told reporters that", "Rosa Klein told reporters on Monday that the deficit had halved.", "the deficit had halved", "Rosa Klein", models.Indirect},
		{"cue after", "The deficit has halved since 2024, Rosa Klein said on Monday.", "The deficit has halved since 2024", "Rosa Klein", models.Indirect},
		{"fr selon X, a role, CLAUSE", "Selon Paul Roux, ancien ministre, le chômage a baissé de 2 % en un an.", "le chômage a baissé de 2 % en un an", "Paul Roux", models.Indirect},
		{"according to any noun phrase", "About 42 million borrowers owe $1.3 trillion in student debt, according to data from the Department of Education.", "About 42 million borrowers owe $1.3 trillion in student debt", "Department of Education", models.Indirect},
		{"according to the results", "Lee received 37 percent and Ortiz had 36 percent, according to the results.", "Lee received 37 percent and Ortiz had 36 percent", "the results", models.Indirect},
		{"according to a document from its author", "Judge Dana Moss made her ruling over objections from the county, according to a press release from the Harbour Trust.", "Judge Dana Moss made her ruling over objections from the county", "Harbour Trust", models.Indirect},
		{"according to a document is not the clause's subject", "Judge Dana Moss made her ruling over objections from the county, according to a court filing.", "Judge Dana Moss made her ruling over objections from the county", "court filing", models.Indirect},
		{"according to X, a clause opening with names", "According to the FBI summary, Lina Park and another aide asked the clerk to delete the files.", "Lina Park and another aide asked the clerk to delete the files", "FBI summary", models.Indirect},
		{"fr selon un document, une proposition", "La juge Dana Moss a rendu sa décision malgré les objections du département, selon un communiqué.", "La juge Dana Moss a rendu sa décision malgré les objections du département", "un communiqué", models.Indirect},
		{"a title that names its source before a colon", "Pike: The Valley Will Get Its Bridge Back Within a Year.\n\nSenator Alan Pike spoke in Hale on Monday.", "The Valley Will Get Its Bridge Back Within a Year", "Pike", models.Indirect},
		{"fr un titre qui nomme sa source", "Anne Joly : la ville investira 20 millions dans ses écoles\n\nLa maire a présenté son budget lundi.", "la ville investira 20 millions dans ses écoles", "Anne Joly", models.Indirect},
		{"a colon after a common noun in the body is no source", "The bridge reopened on Monday.\n\nThe result: after the vote, drivers must travel three hours to reach the valley.", "", "", models.Indirect},
		{"a section label before a colon is no source", "Opinion: The City's Housing Plan Is a Step in the Right Direction\n\nThe council votes on Monday.", "", "", models.Indirect},
		{"fr un genre d'article avant le deux-points n'est pas une source", "Entretien : la maire face aux critiques de l'opposition\n\nLa maire de Lille a reçu La Voix du Nord lundi.", "", "", models.Indirect},
		{"a colon after a place is no source", "Iowa: Voters Head to the Polls in the Snow on Monday.\n\nThe caucuses open at seven.", "", "", models.Indirect},
		{"told a listener, then a clause", "Rosa Klein told the Financial Times the deficit had halved since 2024.", "the deficit had halved since 2024", "Rosa Klein", models.Indirect},
		{"told a listener with a time phrase before that", "Rosa Klein told a Senate panel on Wednesday that the deficit had halved.", "the deficit had halved", "Rosa Klein", models.Indirect},
		{"a clause, then told a listener", "The ferry was never safe, a harbour official told the Island Courier on Friday.", "The ferry was never safe", "harbour official", models.Indirect},
		{"a restrictive relative clause reports for the people it restricts", "The poll counts the independent voters who say the new bridge tax is too high.", "the new bridge tax is too high", "independent voters", models.Indirect},
		{"a restrictive relative with a noun-phrase object reports nothing", "The council quoted several engineers who have found no evidence of cracks in the bridge.", "", "", models.Indirect},
		{"a restrictive relative before a preposition reports nothing", "It was Rosa Klein who had argued for a new name for the harbour trust in 2019.", "", "", models.Indirect},
		{"a clause ends before a second cue of its subject", "Rosa Klein said the deficit had halved since 2024 and added, \"We are not done.\"", "the deficit had halved since 2024", "Rosa Klein", models.Indirect},
		{"as a possessor's source said", "As the Courier's Rosa Klein said, the harbour trust has become the least trusted body in the county.", "the harbour trust has become the least trusted body in the county", "Rosa Klein", models.Indirect},
		{"a mixed statement with a short subject of the writer's", "Rosa Klein said that her family \"came out of the harbour office dead broke, but in debt.\"", "her family \"came out of the harbour office dead broke, but in debt.\"", "Rosa Klein", models.Partial},
		{"a noun that opens with a cue's form is no cue", "Challenged by Tom Ruiz on her past speaking fees, Rosa Klein said that the fees paid for the harbour school.", "the fees paid for the harbour school", "Rosa Klein", models.Indirect},
		{"a participle after an apposition to the object reports for the subject", "Senator Tom Ruiz visited the Courier to discuss his rival, Rosa Klein, saying that she would be a better mayor than any of the others.", "she would be a better mayor than any of the others", "Tom Ruiz", models.Indirect},
		{"an organization named after its description", "A group of rabbis called for a boycott, and the civil rights organization the Harbour League denounced the plan and said it would return the donations.", "it would return the donations", "Harbour League", models.Indirect},
		{"a participle after an opening subordinate clause reports for the main clause's subject", "In a debate, while most of his rivals called for a bigger effort to rebuild the harbour, Tom Ruiz held to the mayor's plan, noting that the harbour trust had no money left.", "the harbour trust had no money left", "Tom Ruiz", models.Indirect},
		{"a participle after a closing subordinate clause reports for its subject", "It was a blow from the two best-known members of the council, as Rosa Klein echoed the criticism, saying that the mayor had misled the harbour trust for years.", "the mayor had misled the harbour trust for years", "Rosa Klein", models.Indirect},
		{"a day's name in a time between the source and the cue", "Rosa Klein on Sunday night said that the harbour trust had misled the council.", "the harbour trust had misled the council", "Rosa Klein", models.Indirect},
		{"a cognition verb before a preposition reports no clause", "Many residents are worried about the harbour's growing debt and the cost of the new bridge.", "", "", models.Indirect},
		{"a title-case headline whose cue names its source", "Mayor Rosa Klein Says The Harbour Bridge Will Reopen In May\n\nThe mayor spoke on Monday.", "The Harbour Bridge Will Reopen In May", "Rosa Klein", models.Indirect},
		{"a poll opening the sentence reports the clause after its comma", "In the latest Courier poll, conducted March 11-13, 40 percent of voters back the harbour plan.", "40 percent of voters back the harbour plan", "Courier poll", models.Indirect},
		{"fr un sondage ouvre la phrase", "Réforme du port : les habitants divisés\n\nDans un sondage Ifop publié dimanche, 62 % des habitants se disent opposés au projet du port.", "62 % des habitants se disent opposés au projet du port", "sondage", models.Indirect},
		{"a cue of its own wins over a document opening the sentence", "In a statement, the ministry said the deficit had halved since 2024.", "the deficit had halved since 2024", "ministry", models.Indirect},
		{"fr une institution nommée avec son complément", "Budget : la Cour des comptes sévère\n\nLa Cour des comptes estime que le déficit dépassera 5 % en 2025.", "le déficit dépassera 5 % en 2025", "Cour des comptes", models.Indirect},
		{"fr un titre dont le sujet est un thème n'a pas de source", "Incendie de Marseille : le parquet ouvre une enquête\n\nLe parquet de Marseille a ouvert une enquête lundi.", "", "", models.Indirect},
		{"fr un sujet mis en relief n'est pas une source après la virgule", "Incendie rue Roux\n\nLes riverains, eux, dénoncent l'état de l'immeuble depuis des années.", "", "", models.Indirect},
		{"a name's suffix with its stop before the cue", "Vice President Joseph R. Biden Jr. said the mayor's remarks had already put the harbour plan in danger.", "the mayor's remarks had already put the harbour plan in danger", "Joseph", models.Indirect},
		{"expressed concern that", "Rosa Klein expressed concern that the harbour trust was hiding its debts.", "the harbour trust was hiding its debts", "Rosa Klein", models.Indirect},
		{"a cognition participle after a comma", "The boat owners are rushing to sell their boats, fearing that the new tax could ruin them.", "the new tax could ruin them", "boat owners", models.Indirect},
		{"a quantifier standing for people before a cue", "Most believe that the harbour plan has already failed.", "the harbour plan has already failed", "Most", models.Indirect},
		{"fr un quantificateur sujet", "Réforme du port\n\nBeaucoup estiment que la réforme du port est injuste.", "la réforme du port est injuste", "Beaucoup", models.Indirect},
		{"a quantifier before a noun-like cue is a determiner", "Some states remained too close to call on Tuesday night.", "", "", models.Indirect},
		{"fr un sujet et son aparté ne font pas une proposition avant le verbe", "Ukraine\n\nLes États-Unis, de leur côté, ont promis une nouvelle aide militaire.", "", "", models.Indirect},
		{"fr pour X, interrogé par un média, CLAUSE", "Ukraine\n\nPour l'ancien ambassadeur Michel Duclos, interrogé par France Info, la situation est la plus grave depuis le début de l'hiver.", "la situation est la plus grave depuis le début de l'hiver", "Michel Duclos", models.Indirect},
		{"fr une initiale seule avant un mot-outil finit la phrase", "Procès\n\nJordan Bardella a apporté son soutien. « C'est la démocratie qui est exécutée », a réagi le président du parti sur X. Selon lui, les juges ont « outrepassé leur rôle ».", "les juges ont « outrepassé leur rôle »", "Jordan Bardella", models.Partial},
		{"a finding after its subject ends the sentence", "The harbour trust has 60 days to respond to the council, court records show.", "The harbour trust has 60 days to respond to the council", "court records", models.Indirect},
		{"a participle with a noun-phrase object reports no clause", "The mayor spoke at the harbour on Monday, thanking the volunteers for their work during the storm.", "", "", models.Indirect},
		{"an interjected cue before a subordinate clause reports what came before", "A storm knocked out power to 300,000 homes on Tuesday, officials said, as crews struggled to clear the roads.", "A storm knocked out power to 300,000 homes on Tuesday", "officials", models.Indirect},
		{"a cue after a possessive is a noun", "The senator's show was cancelled after a two-year run on the harbour channel.", "", "", models.Indirect},
		{"a passive cue with its agent reports nothing", "Her death was confirmed by the harbour trust she founded in 1975.", "", "", models.Indirect},
		{"a cue before as reports no clause", "The mayor responded as if he had been deeply hurt by the harbour trust.", "", "", models.Indirect},
		{"a pronoun's clitic is no possessive", "He's predicting that the competition for the harbour will become fierce.", "the competition for the harbour will become fierce", "He", models.Indirect},
		{"they stands for two people joined by a coordinator", "Judge Richard Posner of the Harbour Court and William Landes, a law professor at the Riverton college, wrote an assessment of the court. In it, they conclude that four of the judges favour the harbour trust.", "four of the judges favour the harbour trust", "Richard Posner and William Landes", models.Indirect},
		{"an object after a cue is no inverted source", "Judge Richard Posner and William Landes, a law professor at the Riverton college, wrote an assessment of the court.", "", "", models.Indirect},
		{"fr selon un document, consulté par un média, CLAUSE", "Justice\n\nSelon l'arrêt, consulté par l'AFP, l'élu a attribué un marché public à une entreprise amie.", "l'élu a attribué un marché public à une entreprise amie", "l'arrêt", models.Indirect},
		{"a single letter's turn names no speaker", "The senator spoke with us.\n\nA: No, no one did. No one checked up. No one called.", "", "", models.Direct},
		{"a label the article names nowhere else is no speaker", "The court ruled on Monday.\n\nUPDATE: The company said it would fight the ruling in court.", "", "", models.Direct},
		{"recall with a noun-phrase object reports no clause", "Carmaker recalls 1.2 million vehicles over faulty airbags\n\nThe recall covers SUVs and pickup trucks.", "", "", models.Indirect},
		{"the company is the one a company word names", "Ridgeway Motors is recalling about 1.2 million SUVs.\n\nThe company said it was not aware of any injuries linked to the defect.", "it was not aware of any injuries linked to the defect", "Ridgeway Motors", models.Indirect},
		{"an interjected finding with its subject", "The plan will add 12,000 units by 2030, the city's planning department estimates, as the population grows.", "The plan will add 12,000 units by 2030", "planning department", models.Indirect},
		{"fr d'après les chiffres d'un institut publiés un jour, CLAUSE", "Chômage\n\nD'après les chiffres de l'Insee publiés mardi, le chômage a légèrement reculé au troisième trimestre, à 7,3 %.", "le chômage a légèrement reculé au troisième trimestre, à 7,3 %", "Insee", models.Indirect},
		{"fr CLAUSE, a-t-on appris de source judiciaire", "Lyon\n\nUn adolescent de 16 ans a été mis en examen pour meurtre, a-t-on appris vendredi de source judiciaire.", "Un adolescent de 16 ans a été mis en examen pour meurtre", "source judiciaire", models.Indirect},
		{"according to inside brackets", "Skateboarders face fines. (According to the Riverton Police Department, it does not keep statistics on such fines.)", "it does not keep statistics on such fines", "Riverton Police Department", models.Indirect},
		{"a clause, a dash and according to", "In 2014, Riverton had 115 violent crimes — according to the most recent data available from the FBI.", "In 2014, Riverton had 115 violent crimes", "FBI", models.Indirect},
		{"a clause and according to with no comma", "The mayor leads the race by 12 points according to a count by the Riverton Courier.", "The mayor leads the race by 12 points", "Riverton Courier", models.Indirect},
		{"a noun cue before a cue is a noun", "Hunger rose for the fifth year in a row, a United Nations report said on Wednesday.", "Hunger rose for the fifth year in a row", "United Nations report", models.Indirect},
		{"a title-case headline with a full stop, a paragraph of its own", "The ferry strike.\n\nMayor Rosa Klein Says The Harbour Bridge Will Reopen In May.\n\nThe mayor spoke on Monday.", "The Harbour Bridge Will Reopen In May", "Rosa Klein", models.Indirect},
		{"a sentence of names with a full stop is no headline", "Harbour Trust Chair Rosa Klein said the Bridge Authority had agreed.", "the Bridge Authority had agreed", "Rosa Klein", models.Indirect},
		{"a headline with a noun cue before a cue reports nothing", "UN report warns of record hunger in conflict zones\n\nHunger rose again last year.", "", "", models.Indirect},
		{"a relative clause about a thing between the source and its cue", "The World Food Programme, which co-authored the report, said it had been forced to cut rations in several countries.", "it had been forced to cut rations in several countries", "World Food Programme", models.Indirect},
		{"fr d'après X, CLAUSE, a fait savoir Y: the clause ends before the second cue", "Espagne\n\nD'après les derniers sondages, le PP arriverait en tête mais aurait besoin de Vox, a fait savoir un politologue de l'université Complutense.", "le PP arriverait en tête mais aurait besoin de Vox", "sondages", models.Indirect},
		{"a short subject before an interjected cue belongs to the statement", "Inflation, she noted, remains above the bank's 2% target.", "Inflation, she noted, remains above the bank's 2% target", "she", models.Indirect},
		{"an adverbial opener before an interjected cue does not", "At one point, she said, she was considering a run for the harbour board.", "she was considering a run for the harbour board", "she", models.Indirect},
		{"a time after a parenthetical before the cue", "Senator Rosa Klein (D-Vt.) last week said the harbour trust was not the source of the leak.", "the harbour trust was not the source of the leak", "Rosa Klein", models.Indirect},
		{"a cue after an article is a noun", "The only thing keeping him in the race is the hope that the delegates will defy the vote.", "", "", models.Indirect},
		{"an opening participle is no cue", "Speaking on the radio last week, Tom Ruiz said his band had written a host of new songs.", "his band had written a host of new songs", "Tom Ruiz", models.Indirect},
		{"a possessive before a noun cue keeps the claim", "Reporters kept coming back to her claim that she had never sent classified information.", "she had never sent classified information", "her", models.Indirect},
		{"told someone to do something is an order", "The mayor told Rosa Klein to sit down during the hearing on the budget.", "", "", models.Indirect},
		{"a listener alone is no clause", "Rosa Klein told The New York Times.", "", "", models.Indirect},
		{"fr pour X, a relative clause, CLAUSE", "Pour le parquet, qui avait requis trois ans, la responsabilité du propriétaire ne faisait aucun doute.", "la responsabilité du propriétaire ne faisait aucun doute", "le parquet", models.Indirect},
		{"a coordinated cue reports a second statement, its pronoun the first subject", "Meteorologists say a wet winter could ease conditions, but they warned that one season would not be enough to refill the aquifers.", "one season would not be enough to refill the aquifers", "Meteorologists", models.Indirect},
		{"fr une seconde déclaration coordonnée", "Les syndicats estiment que la réforme est injuste, mais ils ont ajouté qu'ils resteraient ouverts au dialogue.", "ils resteraient ouverts au dialogue", "syndicats", models.Indirect},
		{"fr the subject of a coordinated cue after a quoted object", "Le budget a été présenté jeudi.\nL'institution juge la prévision « optimiste » et estime que l'objectif de déficit est « fragile ».", "l'objectif de déficit est « fragile »", "institution", models.Partial},
		{"fr a perfect infinitive after a speech verb", "Les combats continuent.\n\nL'armée ukrainienne affirme avoir repoussé une attaque près de Koupiansk.", "avoir repoussé une attaque près de Koupiansk", "armée ukrainienne", models.Indirect},
		{"fr a negated perfect infinitive", "Le ministre assure n'avoir jamais été informé du projet.", "n'avoir jamais été informé du projet", "ministre", models.Indirect},
		{"a pronoun after a clause never stands for a name inside it", "Superintendent Rachel Owens spoke first.\n\nResearch shows teenagers who start school later sleep more, she said.", "Research shows teenagers who start school later sleep more", "Rachel Owens", models.Indirect},
		{"a short clause before a cue and a participle", "Sales were great this year, he said, wiping his face.", "Sales were great this year", "he", models.Indirect},
		{"a prepositional phrase before that", "Rosa Klein said at a Saturday rally in Texas that the border should close.", "the border should close", "Rosa Klein", models.Indirect},
		{"a cue after a relative clause is no cue after the clause", "The council does not understand the farmers, said Paul Reyes, who runs the co-operative.", "The council does not understand the farmers", "Paul Reyes", models.Indirect},
		{"a coordinated cue", "The company runs an oil field in Kazakhstan and says it has set up a fund for the region.", "it has set up a fund for the region", "The company", models.Indirect},
		{"fr selon lui", "Paul Roux défend la réforme.\n\nSelon lui, une vingtaine d'élus pourraient s'abstenir mardi.", "une vingtaine d'élus pourraient s'abstenir mardi", "Paul Roux", models.Indirect},
		{"fr mais selon lui, at the end", "Paul Roux défend la réforme.\n\nLa réforme passera sans difficulté à l'Assemblée, selon lui.", "La réforme passera sans difficulté à l'Assemblée", "Paul Roux", models.Indirect},
		{"according to her", "Ana Ruiz ran the clinic for ten years.\n\nBut according to her, the clinic lost money every winter.", "the clinic lost money every winter", "Ana Ruiz", models.Indirect},
		{"a subject named before its apposition, then and said", "Donald Reyes, her rival, toured the plant and said he thought the plant would close by spring.", "he thought the plant would close by spring", "Donald Reyes", models.Indirect},
		{"a time phrase between subject and cue", "Officials met.\n\nThe State Department less than two weeks ago said that secret intelligence had passed through the server.", "secret intelligence had passed through the server", "State Department", models.Indirect},
		{"at the time", "Officials met.\n\nRosa Klein at the time said she would look into paying the fees.", "she would look into paying the fees", "Rosa Klein", models.Indirect},
		{"an opening prepositional phrase is no subject", "In an interview with the Tribune, Rosa Klein doubled down and said the judge had a conflict of interest.", "the judge had a conflict of interest", "Rosa Klein", models.Indirect},
		{"an adverb and a place are no clause", "“Hello, how are you today?” Miller said pleasantly into the phone.", "", "", models.Indirect},
		{"fr a dialogue dash is no part of the claim", "— Vous attendiez-vous à cet appel ?\n— Oui, nous nous y attendions depuis le premier jour, répond Hervé Dumas.", "Oui, nous nous y attendions depuis le premier jour", "Hervé Dumas", models.Indirect},
		{"an interjected cue after an opening clause", "If the law conflicts with the charter, Rubio said, the council must ignore the law.", "the council must ignore the law", "Rubio", models.Indirect},
		{"an interjected cue after a subject: the sentence around it", "Cutting the budget too soon, a wide array of economists say, limited the recovery.", "Cutting the budget too soon, a wide array of economists say, limited the recovery", "economists", models.Indirect},
		{"an interjected cue after a long subject, then its verb", "Harbour\n\nAnd the first step to mending the ferry timetable, the mayor's allies say, will be a new pier.", "And the first step to mending the ferry timetable, the mayor's allies say, will be a new pier", "allies", models.Indirect},
		{"an interjected cue after a clause: what follows", "Harbour\n\nThe ferry may not run every hour, they say, but it is still the fastest way across.", "but it is still the fastest way across", "", models.Indirect},
		{"a statement in the main clause after one in a subordinate clause", "While Comey has said that he regularly makes recommendations, Lewandowski said he does not do them publicly.", "he does not do them publicly", "Lewandowski", models.Indirect},
		{"as X put it", "Officials met.\n\nAs Tom Ridge, a former secretary of homeland security, put it, the barbarians are no longer at the gate.", "the barbarians are no longer at the gate", "Tom Ridge", models.Indirect},
		{"fr comme l'a rappelé X", "Comme l'a rappelé la Cour des comptes dans son dernier rapport, la dette a dépassé 3 000 milliards d'euros.", "la dette a dépassé 3 000 milliards d'euros", "Cour des comptes", models.Indirect},
		{"fr aux yeux de X", "Le ministre vise un déficit de 5 %.\n\nAux yeux de l'opposition, cet objectif est irréaliste.", "cet objectif est irréaliste", "l'opposition", models.Indirect},
		{"fr a-t-on appris auprès de X", "Un homme de 45 ans est mort dans l'incendie de son appartement, a-t-on appris auprès des pompiers.", "Un homme de 45 ans est mort dans l'incendie de son appartement", "pompiers", models.Indirect},
		{"fr selon nos informations is the writer's", "D'après nos informations, la victime vivait seule depuis des années.", "", "", ""},
		{"according to our reporting is the writer's", "According to our reporting, the mayor knew of the cracks in March.", "", "", ""},
		{"fr a phrase between commas before que", "Le président du Sénat estime, dans un entretien au Figaro, que la réforme est mal préparée.", "la réforme est mal préparée", "Le président du Sénat", models.Indirect},
		{"fr laisser entendre", "La Première ministre a laissé entendre que des amendements seraient acceptés.", "des amendements seraient acceptés", "Première ministre", models.Indirect},
		{"a phrase between commas before that", "The governor said, in an interview with the Tribune, that the plant would reopen in May.", "the plant would reopen in May", "governor", models.Indirect},
		{"a phrase opened by any preposition before that", "The State Department acknowledged for the first time Friday that secret information had passed through the server.", "secret information had passed through the server", "State Department", models.Indirect},
		{"fr a page's line reports no one", "Le cortège a défilé.\n\nLIRE AUSSI - Le Premier ministre affirme que le dialogue reste ouvert\n\nLa police a compté 8 000 manifestants.", "", "", ""},
		{"a sentence opening with a furniture word is the article's", "The vote was close.\n\nRelated issues were raised at every hearing, said Ana Ruiz.", "Related issues were raised at every hearing", "Ana Ruiz", models.Indirect},
		{"a restrictive relative clause between the people and the cue", "Activists who want to close the harbour said the vote had changed nothing.", "the vote had changed nothing", "Activists", models.Indirect},
		{"a relative clause with a subject of its own is no subject's", "The latest is Rep. Ann Lee, the Dover congresswoman who gained attention in 2009 when she said the port was unsafe.", "the port was unsafe", "Ann Lee", models.Indirect},
		{"a figure in the phrase before that", "Harbour workers say by 55%-41% that the new shifts are unfair.", "the new shifts are unfair", "Harbour workers", models.Indirect},
		{"a bare role closing a phrase after the people", "Supporters of Dana Whitfield for mayor say that the harbour plan is fair.", "the harbour plan is fair", "Supporters of Dana Whitfield", models.Indirect},
		{"a long parenthetical after the source", "Sen. Ann Lee (a Dover Democrat so young she has been mistaken for an intern) says the port was badly run for years.", "the port was badly run for years", "Ann Lee", models.Indirect},
		{"a relative clause whose own commas set off a place and a date", "Rachel Stone, who lost her shop during the flood in Dover, Delaware, in July 2012, said that the county had ignored her.", "the county had ignored her", "Rachel Stone", models.Indirect},
		{"a participle after the object of a subject opened by a title", "Mrs. Whitfield tried to explain her plan, saying that the harbour should lead.", "the harbour should lead", "Whitfield", models.Indirect},
		{"a participle with a subject of its own after with", "Mrs. Whitfield has gained ground, with 30 percent of voters saying they trust her.", "they trust her", "30 percent of voters", models.Indirect},
		{"a name with a middle initial in apposition", "In opposing the request, her personal lawyer, David E. Kendall, wrote in a court file that such a request was futile.", "such a request was futile", "David", models.Indirect},
		{"a pronoun with a contracted has", "Look at Speaker Paul Ryan. He's said he gets his ideas about monetary policy from a speech.", "he gets his ideas about monetary policy from a speech", "Paul Ryan", models.Indirect},
		{"a participle after an object in reported speech", "Bernie Sanders started out their ninth debate saying Clinton has the qualifications to be president.", "Clinton has the qualifications to be president", "Bernie Sanders", models.Indirect},
		{"an adverb between a noun subject and its cue", "Many party donors quietly say that the governor cannot win in November.", "the governor cannot win in November", "party donors", models.Indirect},
		{"a contraction between subject and cue", "Officials met.\n\nMayor Ana Ruiz hasn’t hidden that jobs are at risk, and she’d warned that the plant could close.", "the plant could close", "Ana Ruiz", models.Indirect},
		{"a dateline is no part of the claim", "Storm hits.\n\nMIAMI (AP) — Hurricane warnings were issued Tuesday for much of the coast, the National Hurricane Center said.", "Hurricane warnings were issued Tuesday for much of the coast", "National Hurricane Center", models.Indirect},
		{"plural sources", "The storm's maximum winds were near 110 mph, forecasters said.", "The storm's maximum winds were near 110 mph", "forecasters", models.Indirect},
		{"a source's complement", "The two sides are close to an agreement, according to a person familiar with the talks.", "The two sides are close to an agreement", "a person", models.Indirect},
		{"a description with its hometown between commas", "Rachel Stone, a teacher from Huntsville, Alabama, said Thursday's vote had changed her mind.", "Thursday's vote had changed her mind", "Rachel Stone", models.Indirect},
		{"a relative cue after a quote and its cue", "“I am voting for the first time,” said Nora Finch, 24, from Dover, who said the bus fare was the issue that decided her.", "the bus fare was the issue that decided her", "Nora Finch", models.Indirect},
		{"the quote's own cue reports nothing more", "“We are going to fix the roads,” the mayor said, repeating a familiar line.", "", "", ""},
		{"an adverbial clause is no statement", "Some in the crowd cheered, and when the mayor thanked the nurses and said the hospital would stay open, a man shouted at him.", "the hospital would stay open", "mayor", models.Indirect},
		{"state is a noun", "Ms. Ortiz, a former state senator who now runs a charity, spent the weekend at the fair in Dover.", "", "", ""},
		{"people named by a complement are the source, not the name", "Two of the lawyers for Dana Whitfield said the appeal would be filed on Monday.", "the appeal would be filed on Monday", "lawyers for Dana Whitfield", models.Indirect},
		{"a possessive apostrophe alone", "Tom Hollis’ campaign says it raised more than $2 million in March.", "it raised more than $2 million in March", "Tom Hollis’ campaign", models.Indirect},
		{"a listener with a title before the complementizer", "Dana Whitfield told Mr. Ortiz on Tuesday that the bridge would reopen.", "the bridge would reopen", "Dana Whitfield", models.Indirect},
		{"a party and state tag with stops before the cue", "Rep. Ann Lee (D-N.Y.) said the caucus wanted members to be “closely coordinated.”", "the caucus wanted members to be “closely coordinated.”", "Ann Lee", models.Partial},
		{"a dateline with its agency", "Riverton (AFP) – Mayor Dana Whitfield has rejected the plan, saying that the dam is safe.", "the dam is safe", "Dana Whitfield", models.Indirect},
		{"a clause between commas is no apposition of the source", "In an interview with KXTV, Tom Hale continued to question the budget, saying the county could not afford a new jail.", "the county could not afford a new jail", "Tom Hale", models.Indirect},
		{"a phrase a place ends between commas", "Dana Whitfield, during a town hall meeting in Dover, Delaware, said that the plant would close in May.", "the plant would close in May", "Dana Whitfield", models.Indirect},
		{"a participle after a possessive is an adjective", "Asked about her speaking fees, Dana Whitfield said that she had given them to charity.", "she had given them to charity", "Dana Whitfield", models.Indirect},
		{"a final according-to with a relative clause after its source", "The county is examining the contract for the new bridge, according to two officials who spoke to the Riverton Gazette.", "The county is examining the contract for the new bridge", "officials", models.Indirect},
		{"a long source phrase before the comma", "According to early results of the exit poll conducted for the Gazette and two radio stations, nearly half of the voters were under forty.", "nearly half of the voters were under forty", "early results", models.Indirect},
		{"a share of people as the subject", "In the same survey, about 4 in 10 say they want lower taxes.", "they want lower taxes", "4 in 10", models.Indirect},
		{"fr a share of people as the subject", "Dans ce sondage, 26 % estiment que la situation va empirer.", "la situation va empirer", "26 %", models.Indirect},
		{"a second statement after a subordinator of contrast", "After the rally, several supporters said the mayor had made a good case, while other voters said they had not heard anything new.", "they had not heard anything new", "other voters", models.Indirect},
		{"an inverted source with a relative clause", "Defending the harbour is squarely within the mayor's strengths, said a handful of senators who point to her record on the docks.", "Defending the harbour is squarely within the mayor's strengths", "senators", models.Indirect},
		{"an aside in dashes between the subject and its cue", "On Tuesday, Joyce — who is listed as an attorney in Riverton but does not practise — told the Courier he is not planning an appeal.", "he is not planning an appeal", "Joyce", models.Indirect},
		{"an aside in hyphens and the writer as listener", "Ed Murphy - after a knock-on-wood gesture - told me he has had a tragedy-free life.", "he has had a tragedy-free life", "Ed Murphy", models.Indirect},
		{"an aside in dashes with quoted words", "The spokesman - his brand is pitched as \"the destination for harbour workers\" - noted that the company offers eight weeks of paid leave.", "the company offers eight weeks of paid leave", "spokesman", models.Indirect},
		{"a clause after the cue's comma", "Harbour candidate Rosa Klein says, win or lose in Tuesday's primary, she is staying in the race.", "win or lose in Tuesday's primary, she is staying in the race", "Rosa Klein", models.Indirect},
		{"a noun after a preposition is no subject of a clause after a comma", "Also after great thought, I would like to announce my departure from the harbour board.", "", "", ""},
		{"a cue after a clause, its source with a long apposition and a relative clause", "It is the first time a candidate has made the harbour a major campaign issue, said Robert Egge, executive director of the Riverton Harbour Movement, whose advocates lean on all the campaigns to take up the issue.", "It is the first time a candidate has made the harbour a major campaign issue", "Robert Egge", models.Indirect},
		{"an aside of examples between commas", "The biggest hawks, like Lee and Ortiz, say the bulk of harbour patrols should be local crews.", "the bulk of harbour patrols should be local crews", "biggest hawks", models.Indirect},
		{"fr un aparté d'exemples entre virgules", "Les syndicats, dont la CGT et FO, estiment que la réforme du port est injuste.", "la réforme du port est injuste", "syndicats", models.Indirect},
		{"a listener with a place before that", "Retired surgeon Ben Carson told a crowded banquet hall at a hotel in downtown Riverton that he is not giving up.", "he is not giving up", "Ben Carson", models.Indirect},
		{"fr a cue, its own phrase between commas, then que", "À Alger, le ministre de l'Intérieur a indiqué, dans une déclaration à l'APS, que les élections se tiendraient à la date prévue.", "les élections se tiendraient à la date prévue", "ministre de l'Intérieur", models.Indirect},
		{"fr dit ne plus + infinitif", "Nathalie Roux est aide-soignante. Elle dit ne plus arriver à payer ses factures.", "ne plus arriver à payer ses factures", "Nathalie Roux", models.Indirect},
		{"fr a side before on is no clause", "Le texte est adopté.\n\nDu côté du patronat, on se félicite.", "", "", ""},
		{"fr a déclaré à l'AFP que", "Sophie Marin a déclaré à l'AFP que le gouvernement refusait toute négociation.", "le gouvernement refusait toute négociation", "Sophie Marin", models.Indirect},
		{"fr an organization named with its article after an inverted cue", "La grève continue.\n\nLe trafic reprendra progressivement, indique la SNCF dans un communiqué.", "Le trafic reprendra progressivement", "SNCF", models.Indirect},
		{"a relative that after a listener is no clause", "On Tuesday, he was speaking to a party that had just adopted a new harbour platform.", "", "", ""},
		{"but, according to X,", "But, according to the harbour poll, 46 percent of voters remain undecided about the ferry.", "46 percent of voters remain undecided about the ferry", "harbour poll", models.Indirect},
		{"according to a long source", "According to early results of exit polls conducted by Edison Research for the Associated Press and two networks, voters describe Lee as honest.", "voters describe Lee as honest", "exit polls", models.Indirect},
		{"according to a source with a slash", "According to an online University of Riverton/Riverton Courier poll out Thursday, the two candidates each have 27 percent.", "the two candidates each have 27 percent", "Riverton", models.Indirect},
		{"according to X (a remark)", "Lee won 54 percent of union households in the county, according to exit polls (a sizable margin, but smaller than expected).", "Lee won 54 percent of union households in the county", "exit polls", models.Indirect},
		{"according to a book and its title", "In the 1980s, he paid $8 million for a Boeing 727, according to his memoir \"The Art of the Ferry.\"", "In the 1980s, he paid $8 million for a Boeing 727", "memoir", models.Indirect},
		{"according to after a colon", "And it has not gone unnoticed: According to recent polls, Lee holds only 14 percent of the harbour vote.", "Lee holds only 14 percent of the harbour vote", "recent polls", models.Indirect},
		{"according to a person close to a process, between commas", "The decision, according to a person close to the harbour board, is to turn any attack into a counterattack.", "The decision, according to a person close to the harbour board, is to turn any attack into a counterattack", "person close to the harbour board", models.Indirect},
		{"according to mid-sentence before a coordinated clause", "Entering the final contests, Lee leads Ortiz by 271 delegates according to a count by the Riverton Courier, but the race is not over.", "Entering the final contests, Lee leads Ortiz by 271 delegates", "Riverton Courier", models.Indirect},
		{"a cue after its clause, then a time phrase", "Consumer sentiment has been higher than in any year since 2004, the University of Riverton reported last week.", "Consumer sentiment has been higher than in any year since 2004", "University of Riverton", models.Indirect},
		{"a cue after its clause, an adjective before the source's name", "The harbour deficit will end this year, the nonpartisan Riverton Budget Office said.", "The harbour deficit will end this year", "Riverton Budget Office", models.Indirect},
		{"a cue after its clause, two sources coordinated", "Support is strong among the most active teachers, teachers and union officials told the Courier.", "Support is strong among the most active teachers", "union officials", models.Indirect},
		{"as reported by X", "As reported by the Riverton Courier, the harbour board lost 2,200 files last year.", "the harbour board lost 2,200 files last year", "Riverton Courier", models.Indirect},
		{"a cue that ends in that, then an aside", "Franklin added that, in Riverton, the harbour coalition consists of disaffected voters.", "in Riverton, the harbour coalition consists of disaffected voters", "Franklin", models.Indirect},
		{"wrote to a listener with a possessive that", "The Harbour Legion wrote to Lee's Senate office that it did not have permission to use the emblem.", "it did not have permission to use the emblem", "Harbour Legion", models.Indirect},
		{"as X from a year noted", "As another Pew study from 2011 noted, the average age of harbour workers was 48.", "the average age of harbour workers was 48", "Pew study", models.Indirect},
		{"a finding in a named poll at the end", "Lee achieved 45 percent support among harbour voters in a new Riverton Courier poll released Thursday.", "Lee achieved 45 percent support among harbour voters", "Riverton Courier poll", models.Indirect},
		{"a phrase of time and place before a cue is no clause", "At a rally that night in Riverton, Lee called Ortiz, a former county chairman, onto the stage.", "", "", ""},
		{"in the polls is no source", "Mr. Lee sits at single digits in the polls.", "", "", ""},
		{"according to first", "According to the police, 40 people were arrested overnight.", "40 people were arrested overnight", "police", models.Indirect},
		{"according to last", "Forty people were arrested overnight, according to the police.", "Forty people were arrested overnight", "police", models.Indirect},
		{"according to in the middle", "The company, according to two analysts, lost $2 billion last year.", "The company, according to two analysts, lost $2 billion last year", "analysts", models.Indirect},
		{"interjected cue", "Otherwise, she said, countries may simply steal growth from one another. Janet Yellen spoke in Jackson Hole.", "countries may simply steal growth from one another", "", models.Indirect},
		{"cue after an apposition", "The strategy failed in every county, said Mark Jones, a political scientist at Rice University.", "The strategy failed in every county", "Mark Jones", models.Indirect},
		{"short clause", "The bureau said it would cooperate.", "it would cooperate", "bureau", models.Indirect},
		{"mixed statement", "Mayor Tom Hale said the city would “pay for every repair” before winter.", "the city would “pay for every repair” before winter", "Tom Hale", models.Partial},
		{"fr selon", "Selon le gouvernement, le chômage a baissé de 2 % en un an.", "le chômage a baissé de 2 % en un an", "gouvernement", models.Indirect},
		{"fr a affirmé que", "La ministre Claire Dumas a affirmé mardi que les trains circuleront normalement.", "les trains circuleront normalement", "Claire Dumas", models.Indirect},
		{"fr inverted after", "Les trains circuleront normalement dès jeudi, a-t-elle assuré. Claire Dumas est confiante.", "Les trains circuleront normalement dès jeudi", "", models.Indirect},
		{"passive is not speech", "The bridge is said to be the oldest in the county and it is still in use.", "", "", ""},
		{"question is not a claim", "The senator asked whether the plan would cost more than the old one.", "", "", ""},
		{"a stance's object is its claim", "The senator criticized the new plan for the harbour and the roads.", "the new plan for the harbour and the roads", "The senator", models.Indirect},
		{"accused X of Y", "Harbour\n\nMayor Lina Park accused the Harbour Trust of hiding the cost of the new pier.", "the Harbour Trust of hiding the cost of the new pier", "Lina Park", models.Indirect},
		{"urged X to Y", "Harbour\n\nDana Moss urged the council to delay the vote until the audit is finished.", "the council to delay the vote until the audit is finished", "Dana Moss", models.Indirect},
		{"called for Y", "Harbour\n\nThe ferry workers' union called for a ban on night crossings in winter.", "a ban on night crossings in winter", "union", models.Indirect},
		{"a stance in a participle after a comma", "Harbour\n\nDana Moss left the meeting early on Tuesday, accusing the board of wasting public money.", "the board of wasting public money", "Dana Moss", models.Indirect},
		{"a statement in the sentence comes before a stance", "Harbour\n\nDana Moss criticized the board and said the pier would cost twice as much as planned.", "the pier would cost twice as much as planned", "Dana Moss", models.Indirect},
		{"a share in number words", "Harbour\n\nThe survey asked 600 residents. One in three said the ferry tax was too high for families.", "the ferry tax was too high for families", "One in three", models.Indirect},
		{"a second share's statement after a comma and a coordinator", "Harbour\n\nTwo in three said they would vote in May, and nearly three in five said the ferry tax was too high.", "the ferry tax was too high", "three in five", models.Indirect},
		{"a position supported", "Harbour\n\nIn 2019 Dana Moss supported the plan to build a second pier north of the ferry terminal.", "the plan to build a second pier north of the ferry terminal", "Dana Moss", models.Indirect},
		{"a base form is no stance", "Harbour\n\nThe ferry operators went on to buy back their own shares in the spring.", "", "", ""},
		{"a stance's object owned by a time word", "Harbour\n\nDana Moss criticized Tuesday's decision to close the north pier for the winter.", "Tuesday's decision to close the north pier for the winter", "Dana Moss", models.Indirect},
		{"a passive stance is none", "Harbour\n\nThe new pier was also criticized by engineers from three counties.", "", "", ""},
		{"a denied stance is none", "Harbour\n\nThe ferry workers' union did not endorse any of the candidates for mayor.", "", "", ""},
		{"a gerund is no stance", "Harbour\n\nLina Park was thanked for defending the ferry workers during the strike.", "", "", ""},
		{"a noun that is also a verb is no stance", "Harbour\n\nThe Riverton attacks on the ferry terminal left three people injured.", "", "", ""},
		{"quoted words in a stance's object keep their own claim", "Harbour\n\nDana Moss criticized the board for its “reckless spending” on the pier.", "", "", ""},
		{"fr noun object", "L'Insee estime son impact à 0,1 point de croissance sur le trimestre.", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			claims := run(t, tc.text)
			var got *models.Claim
			for i := range claims {
				if claims[i].Kind == models.Indirect || len(claims[i].Quoted) > 0 {
					got = &claims[i]
				}
			}
			if tc.clause == "" {
				if got != nil {
					t.Fatalf("no reported speech expected, got %q", got.Quote)
				}
				return
			}
			if got == nil {
				t.Fatalf("no reported speech found; claims %+v", claims)
			}
			if got.Quote != tc.clause || got.Kind != tc.kind {
				t.Errorf("claim %q (%s), want %q (%s)", got.Quote, got.Kind, tc.clause, tc.kind)
			}
			if tc.speaker != "" && (got.Speaker == nil || !strings.Contains(got.Speaker.Name, tc.speaker)) {
				t.Errorf("speaker %+v, want %q", got.Speaker, tc.speaker)
			}
			if tc.kind == models.Partial {
				// one claim for the statement, the quoted words listed
				// inside it and claimed by nothing else
				if len(got.Quoted) != 1 {
					t.Errorf("mixed statement: quoted %v, want one passage", got.Quoted)
				}
				for _, c := range claims {
					if c.ID != got.ID && c.Start < got.End && got.Start < c.End {
						t.Errorf("mixed statement also claimed as %q (%s)", c.Quote, c.Kind)
					}
				}
			}
		})
	}
}

// TestSameSubjectCue checks every reported clause of sentences where a
// second cue shares the subject of the first, or where a cue interjected
// between two clauses reports both: each clause is its own claim, ending
// before the next cue, with the same speaker.
func TestSameSubjectCue(t *testing.T) {
	for _, tc := range []struct {
		name, text, speaker string
		clauses             []string
	}{
		{"a participle after a quote's cue", "\"We will hold,\" said Paul Morel, adding that the harbour strike would last.", "Paul Morel",
			[]string{"the harbour strike would last"}},
		{"fr un participe après l'incise d'une citation", "« Nous tiendrons », a assuré Paul Morel, ajoutant que la grève du port allait durer.", "Paul Morel",
			[]string{"la grève du port allait durer"}},
		{"but cautioned that", "The utility said it expected most customers to have power back by Thursday, but cautioned that some rural areas could wait longer.", "utility",
			[]string{"it expected most customers to have power back by Thursday", "some rural areas could wait longer"}},
		{"and added that", "The governor said the harbour plan was too expensive and added that the state could not afford it.", "governor",
			[]string{"the harbour plan was too expensive", "the state could not afford it"}},
		{"a participle with that", "Senator Ruth Alder said the bill would cut taxes for most families, adding that the deficit would shrink by 2030.", "Ruth Alder",
			[]string{"the bill would cut taxes for most families", "the deficit would shrink by 2030"}},
		{"after a noun object", "The ferry company reported a loss in the quarter, and said it expected sales to recover next year.", "ferry company",
			[]string{"a loss in the quarter", "it expected sales to recover next year"}},
		{"a verb that takes no bare clause reports nothing more", "Senator Ruth Alder said the count was over, conceding the race to her rival.", "Ruth Alder",
			[]string{"the count was over"}},
		{"fr et a ajouté que", "La ministre Claire Dumas a affirmé que les trains circuleront normalement et a ajouté qu'aucune grève n'était prévue.", "Claire Dumas",
			[]string{"les trains circuleront normalement", "aucune grève n'était prévue"}},
		{"a clause of its own before an interjected cue", "The ferry had no licence, the harbour office added, and had failed two safety checks since May.", "harbour office",
			[]string{"The ferry had no licence", "and had failed two safety checks since May"}},
		{"a clause opened by a subject pronoun before an interjected cue", "She also kept the ferry accounts for years, the harbour office says, and she checked every crossing herself.", "harbour office",
			[]string{"She also kept the ferry accounts for years", "and she checked every crossing herself"}},
		{"fr une proposition avant une incise", "Les trains étaient vides, a ajouté la ministre Claire Dumas, et les gares sont restées fermées.", "Claire Dumas",
			[]string{"Les trains étaient vides", "et les gares sont restées fermées"}},
		{"a stance before a participle's statement", "Senator Ruth Alder called for an audit of the harbour accounts, saying the trust had hidden its losses.", "Ruth Alder",
			[]string{"an audit of the harbour accounts", "the trust had hidden its losses"}},
		{"a stance before a coordinated cue", "Senator Ruth Alder criticized the harbour audit and said the trust had hidden its losses.", "Ruth Alder",
			[]string{"the harbour audit", "the trust had hidden its losses"}},
		{"an intention before a participle's statement", "The harbour trust plans to close the north pier in May, saying the quay is no longer safe.", "harbour trust",
			[]string{"to close the north pier in May", "the quay is no longer safe"}},
		{"a statement in a when-clause inside a phrase, then the main clause's", "In a year when the mayor is talking about closing the north pier, Omar Haddad said the ferry would keep running.", "",
			[]string{"closing the north pier", "the ferry would keep running"}},
		{"a naming stance before a coordinated stance", "The harbour union called the mayor a threat to every ferry job on the coast, and urged her to resign.", "harbour union",
			[]string{"the mayor a threat to every ferry job on the coast", "her to resign"}},
		{"a name in quotation marks is the quote's; the stance after it stands", "Senator Ruth Alder called the harbour board “a closed shop” and proposed an audit of the pier accounts.", "Ruth Alder",
			[]string{"an audit of the pier accounts"}},
		{"a short naming stance leaves the next cue its own", "Senator Ruth Alder called him reckless and accused him of hiding the pier accounts.", "Ruth Alder",
			[]string{"him of hiding the pier accounts"}},
		{"a noun cue after a possessive opens no clause with a coordinator", "Dana Moss regretted her remarks and promised to stay out of the pier dispute.", "Dana Moss",
			[]string{"to stay out of the pier dispute"}},
		{"a subordinate clause before an interjected cue is no statement of its own", "When the pier was closed, the harbour office said, ferries docked at the north quay for a month.", "harbour office",
			[]string{"ferries docked at the north quay for a month"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range run(t, tc.text) {
				if c.Kind != models.Indirect {
					continue
				}
				got = append(got, c.Quote)
				if c.Speaker == nil || !strings.Contains(c.Speaker.Name, tc.speaker) {
					t.Errorf("%q: speaker %+v, want %q", c.Quote, c.Speaker, tc.speaker)
				}
			}
			if !slices.Equal(got, tc.clauses) {
				t.Errorf("clauses %q, want %q", got, tc.clauses)
			}
		})
	}
}
