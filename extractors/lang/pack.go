package lang

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractors/token"
)

// Pack is everything whosaid knows about one language, ready for lookups.
// A Pack is read-only once built and safe for concurrent use.
type Pack struct {
	Code string // ISO 639-1
	Name string

	// Quotes maps each opening mark to the marks that may close it.
	Quotes map[string][]string
	// SingleQuotes are used only where an article's primary marks are single.
	SingleQuotes map[string][]string
	// Closers are the double marks that may close a quote: Quotes' values.
	Closers map[string]bool

	Abbreviations map[string]bool

	// SpeechVerbs are reporting cues; CognitionVerbs are belief cues.
	SpeechVerbs    *Phrases
	CognitionVerbs *Phrases
	// ObjectClaims are verbs whose object is itself what the subject
	// stated, read where nothing else in the sentence reports or before a
	// statement of the same subject: "criticized the deal", "accused Clinton of lying", "urged voters to
	// stay home". A pack may list none (French does).
	ObjectClaims *Phrases
	// IntentionVerbs report only an infinitive, the subject's stated
	// plan: "plans to raise rates", "wants to repeal the law", « prévoit
	// de fermer l'usine » — never a clause or an object ("a rally planned
	// for Thursday", "what voters wanted in a president").
	IntentionVerbs *Phrases
	// ObjectRelatives open a relative clause whose verb is reported by a
	// cue inside it ("policies, which he said could not be corrupted", "a
	// race that it says will reward Rubio"): the clause keeps the verb's
	// auxiliary and negation. Those that are complementizers too ("that")
	// are read so only after a noun. A pack may list none (French does).
	ObjectRelatives map[string]bool
	// ContractedAuxiliaries are auxiliaries contracted onto a pronoun, a
	// token of their own ("'s" of "he's", "'ll" of "they'll"): after a
	// pronoun they make a clause, like an auxiliary.
	ContractedAuxiliaries map[string]bool
	// StanceNegations before an object claim's verb deny the stance: "did
	// not endorse", "hasn't attacked", « n'a pas critiqué ».
	StanceNegations map[string]bool
	// SourceMarkers come before the source: "according to X".
	SourceMarkers *Phrases
	// EvidenceMarkers open a phrase that names a document the clause
	// after it reports ("In the latest poll, …"); EvidenceNouns are the
	// documents: poll, survey, study, sondage.
	EvidenceMarkers map[string]bool
	EvidenceNouns   map[string]bool
	// QuantifierSubjects stand alone for people before a cue: "Most
	// believe that …", "many think".
	QuantifierSubjects map[string]bool
	// InvertedAuxiliaries are the auxiliaries with an inverted subject
	// pronoun ("a-t-il" → "il"): after a quote, with any participle, a
	// cue ("« … », a-t-il éludé").
	InvertedAuxiliaries map[string]string
	// PastParticiples are the reporting verbs' past participles in every
	// agreement ("jugée"): before a quote and an agent, a passive cue
	// ("une prévision jugée « optimiste » par le Haut Conseil").
	PastParticiples map[string]bool
	// RelativeOpeners open a relative clause about a thing between commas
	// ("The World Food Programme, which co-authored the report, said"):
	// skipped like an apposition, never a source themselves.
	RelativeOpeners map[string]bool
	// NounCompounds open with a reporting verb's form but are nouns:
	// "speaking fees", "talking points" — no cue.
	NounCompounds *Phrases
	// OpinionMarkers open a sentence before the source: "Pour X, ...".
	OpinionMarkers *Phrases

	DocumentWords     map[string]bool
	OrganizationWords map[string]bool
	GroupWords        map[string]bool
	Pronouns          map[string]Pronoun
	Titles            map[string]bool
	// PersonTitles are titles and role nouns only a person holds.
	PersonTitles   map[string]bool
	GenderedTitles map[string]byte
	// TitleEquivalents are the role words an abbreviated title stands
	// for: "Sen. Alan Pike" … "the senator".
	TitleEquivalents map[string][]string
	Determiners      map[string]bool
	Stopwords        map[string]bool
	// VerbModifiers may stand between a subject and its verb ("also").
	VerbModifiers map[string]bool
	// NameParticles are lower-case words inside names (de, van).
	NameParticles map[string]bool
	// AffiliationParticles join a person's name to a place or employer
	// that is not part of it: "Bernie Sanders of Vermont".
	AffiliationParticles map[string]bool
	// AsideOpeners open an aside between commas that names examples of
	// the subject before it: "the biggest hawks, like Rubio and Bush, say".
	AsideOpeners *Phrases
	// InfinitiveEndings end a language's infinitives ("arriver",
	// "vouloir"), and NegationAdverbs complete its negations ("ne plus"):
	// a speech verb right before an infinitive reports it ("elle dit ne
	// plus arriver à payer ses factures").
	InfinitiveEndings []string
	NegationAdverbs   map[string]bool
	// NounCueSources join a noun cue to whose words they are: "comments
	// from Leon Panetta that “…”".
	NounCueSources map[string]bool
	// Presenters open a sentence that presents the source of the quote
	// after its colon: "Here's Clinton in December 1992: “…”".
	Presenters *Phrases
	// NarrativeOpeners open a sentence whose verb is an infinitive with
	// no subject of its own, which goes on with the last speaker: « Et
	// d'ajouter : … », « Et de conclure : … ».
	NarrativeOpeners *Phrases
	// NamingWords give a name, which the quoted words after them are, not
	// anyone's statement: "a plan codenamed “…”", « une plate-forme baptisée
	// « Rousseau » ».
	NamingWords map[string]bool
	// StandaloneRoles are roles a story often gives no name, whose holder
	// a pronoun after a sentence they open refers to: "Le procureur a
	// requis … « … », a-t-il estimé", "The prosecutor asked … he said".
	StandaloneRoles map[string]bool
	// BackReferences open a sentence that names the source of the quote
	// before it, right after them: « C'est en ces termes que le maire
	// … », "Those were the words of …".
	BackReferences *Phrases
	// Partitives take a part of the people described after them: "one
	// of the victims said" is one victim, not the victims.
	Partitives *Phrases
	// PairPhrases stand for two people named together before them: "The
	// two said …", "Both said …", « Les deux ont affirmé … ».
	PairPhrases *Phrases
	// InstitutionWords name public bodies, never a company, a party or a
	// campaign: "the company" is not "the Senate".
	InstitutionWords map[string]bool
	// EmployerPrepositions join a role to whom it speaks for: "a
	// spokesman for the campaign", "an official with the agency".
	EmployerPrepositions map[string]bool
	// AffiliationPrefixes open a party-and-place tag written as one word
	// after a name ("R-Texas", "D-Calif."): an apposition, not a name.
	AffiliationPrefixes []string
	// NounCues are cue words far more often nouns than verbs: a plain noun
	// before them is never their subject.
	NounCues map[string]bool
	// ObjectPronouns are the pronouns that are never subjects (him, her).
	ObjectPronouns map[string]bool
	// AdverbSuffixes end adverbs that may stand between a subject and its
	// verb ("jokingly").
	AdverbSuffixes []string
	// Places are names of countries, regions and cities (folded): never a
	// person, so never what "he" or "she" stands for.
	Places map[string]bool
	// PluralDeterminers make the name after them a group's: "Les
	// Insoumis … préviennent-ils".
	PluralDeterminers map[string]bool
	// GenderedDeterminers carry the gender of the noun they open ('m' or
	// 'f'): "le maire", "la ministre".
	GenderedDeterminers map[string]byte
	// GenderedNouns is set for languages whose every noun has a gender:
	// there "il" and "elle" also stand for an organization of their
	// gender ("la direction … elle assure").
	GenderedNouns bool
	// StressedPronouns are the forms a pronoun takes after a source
	// marker, each with the subject pronoun it stands for: "selon lui"
	// (il), "according to her" (she).
	StressedPronouns map[string]string
	// PossessiveDeterminers name the owner of what follows by the pronoun
	// that stands for them: "her Twitter account" is hers (she).
	PossessiveDeterminers map[string]string
	// OwnerDeterminers are every possessive determiner of the third
	// person, those of PossessiveDeterminers and those whose owner's
	// gender they do not tell (French "sa", "son"): "sa femme" is someone
	// else than the person it belongs to.
	OwnerDeterminers map[string]bool
	// Owned names a speaker given by a possessive determiner and a noun
	// for an organization, a group or a document once the owner is known
	// ("his campaign said" is Donald Trump's campaign).
	Owned OwnedSpeaker
	// PronounPhrases are word groups that stand for a pronoun, its
	// Pronoun field set: "ce dernier" (il), "cette dernière" (elle). Like
	// "the latter", they refer to the last name that agrees, not the
	// first.
	PronounPhrases *Phrases
	// ImpersonalPlaces introduce, right after an impersonal cue, where
	// the impersonal speaker speaks: "affirme-t-on à l'Élysée".
	ImpersonalPlaces map[string]bool
	// ComplementParticles join a noun to its complement ("de", "du",
	// "of"), unlike an article: "dans un communiqué la préfecture".
	ComplementParticles map[string]bool
	// Clitics are the word endings the tokenizer splits off as tokens of
	// their own ("he" + "'s"), folded.
	Clitics map[string]bool
	// ObjectClitics are object pronouns written between a subject and its
	// verb: "Le préfet nous a indiqué que …", "…, nous a expliqué X".
	ObjectClitics map[string]bool
	// SectionLabels name a kind of article before a title's colon, never
	// its source: "Interview: …", "Entretien : …", "Opinion: …".
	SectionLabels map[string]bool
	// QuestionLabels and AnswerLabels open the turns of an interview
	// written as questions and answers ("Q:", "A:"; "Q :", "R :").
	QuestionLabels, AnswerLabels map[string]bool
	// AgeWords may follow a number that gives someone's age between
	// commas after a name: "Christelle, 52 ans,".
	AgeWords map[string]bool
	// OriginMarkers open where someone is from, between commas after a
	// name: "Brianne Stone, 29, of Huntsville, says".
	OriginMarkers map[string]bool
	// Coordinators join a cue to an earlier verb of the same subject:
	// "X started … and later said".
	Coordinators map[string]bool
	// NameJoiners join two names into one source that speaks together:
	// "Trump and Pence said", "Mark Blumenthal and Jon Cohen: “…”".
	NameJoiners map[string]bool
	// Subordinators open a clause that a comma closes before the main one:
	// "While not everything Trump says is true, Jamieson said …".
	Subordinators map[string]bool
	// ContinuationVerbs carry on before an infinitive marker and a cue,
	// which is then their subject's own: "He went on to say that …".
	ContinuationVerbs *Phrases
	// SourceComplements follow a source and tell what it knows: "a person
	// familiar with the talks", "people close to the campaign".
	SourceComplements *Phrases
	// CueInserts are the adverbs and phrases that may stand inside a
	// cue or between a cue and its inverted source: "a de son côté
	// affirmé", "insiste de son côté l'avocate".
	CueInserts *Phrases
	// PluralSuffixes end plural nouns: a plural opening a sentence before
	// "of" is no name ("Shares of Acme").
	PluralSuffixes []string
	// RelationNouns name someone by their tie to another: "la mère de la
	// victime", "the widow of the officer".
	RelationNouns map[string]bool
	// AnaphoricNouns, after a definite determiner, stand for the person
	// last named when no name was given them as a title: "l'élu", "le
	// dirigeant", "the billionaire".
	AnaphoricNouns map[string]bool
	// Demonstratives open a description that always points back to the
	// person last named, whatever noun it holds: "soupire cette
	// retraitée de Créteil".
	Demonstratives map[string]bool
	// RoleParticles, besides the name particles, join a role to its
	// complement: "le ministre délégué aux Transports".
	RoleParticles map[string]bool
	// ShareWords make a share of people that may say something, with the
	// numbers around them: "About 4 in 10 say …", "26 % déclarent …".
	ShareWords map[string]bool
	// FurnitureMarkers open the page's own lines, not the article's:
	// "LIRE AUSSI - …", "Read more: …". Nothing in them is a claim.
	FurnitureMarkers *Phrases
	// CreditMarkers open the credit line in brackets that ends a wire
	// story: "(Reporting by …; Editing by …)".
	CreditMarkers *Phrases
	// SideMarkers open a sentence whose impersonal subject speaks for
	// what follows them: "Du côté du patronat, on se félicite …".
	SideMarkers *Phrases
	// ImpersonalPronouns stand for no one in particular ("on"): never
	// resolved to an earlier name.
	ImpersonalPronouns map[string]bool
	// AsMarkers open a cue that attributes the clause after it: "As
	// Trump put it, …", "Comme l'a rappelé la Cour, …".
	AsMarkers map[string]bool
	// TitleModifiers make another title of the one they qualify: "la
	// Première ministre" is not "le ministre"; "the deputy director" is
	// not "the director".
	TitleModifiers map[string]bool
	// Prepositions cannot open a reported clause: "said into the phone",
	// "spoke about her father" report none.
	Prepositions map[string]bool
	// TimeHeads and TimeModifiers make the time phrases that may stand
	// between a subject and its cue: "Trump at the time said", "the
	// department less than two weeks ago said".
	TimeHeads, TimeModifiers map[string]bool
	// Indefinites open a description of someone not named before: "a
	// spokesman", "un cadre du parti".
	Indefinites map[string]bool
	// Reflexives stand before a reflexive verb: "se défend".
	Reflexives map[string]bool
	// PersonSuffixes end words that name a person: "the 46-year-old".
	PersonSuffixes []string
	// AgentMarkers introduce the author of a document: "a tweet by X",
	// "un tweet publié par X".
	AgentMarkers map[string]bool
	// AbsoluteMarkers open a noun with a participle of its own: "with
	// 30 percent of voters saying …" — the voters say it, not the
	// sentence's subject.
	AbsoluteMarkers map[string]bool
	// Honorifics stand before a surname, so the word after one is a name
	// whatever other list holds it: "Mr. King", "Dr. Bishop", "Me Juge".
	Honorifics map[string]bool
	// PassiveAuxiliaries before a reporting verb's participle, and a
	// PassiveAgents marker after it, make its agent the source: "Rubio
	// was asked by moderator Gerard Baker whether …".
	PassiveAuxiliaries, PassiveAgents map[string]bool
	// InterviewParticiples, with an agent marker, make a phrase that may
	// stand between a source and its cue: "X interrogé par CNews a
	// déclaré", "X, interviewed by CNN, said".
	InterviewParticiples map[string]bool
	// InfinitiveMarkers stand before a verb that has no subject of its
	// own: "to criticize", "de dénoncer".
	InfinitiveMarkers map[string]bool
	// BareInfinitiveMarkers stand before a verb's bare infinitive:
	// "helped found the group" has no cue.
	BareInfinitiveMarkers map[string]bool
	// DegreeWords between a cue and its complementizer make a clause of
	// result, not a report: "voters feel so beleaguered that …".
	DegreeWords map[string]bool
	// RelativePronouns stand for the name before them as a verb's
	// subject: "Mike Lee, who declared …", "Anne Joly, qui a affirmé …".
	RelativePronouns map[string]bool
	// ParticipleSuffix ends a present participle ("-ing", "-ant"): a
	// cue in that form has no subject after it, only an object
	// ("…, citing the police", "…, dénonçant une décision").
	ParticipleSuffix string
	// ParticipleMarkers introduce a participle whose subject is the
	// clause's: "en soulignant", "by saying".
	ParticipleMarkers map[string]bool
	// Auxiliaries build compound tenses ("a", "ont"): a clause between
	// commas that holds one is no apposition.
	Auxiliaries map[string]bool
	// GenericOrgWords stand for the organization last named ("the
	// company", "la chaîne").
	GenericOrgWords map[string]bool
	// Complementizers open a reported clause after its cue ("that").
	Complementizers map[string]bool
	// QuestionVerbs report questions, which are not claims.
	QuestionVerbs map[string]bool
	// ObjectVerbs are cues whose object is usually a noun phrase: they
	// report a clause only after a complementizer.
	ObjectVerbs map[string]bool
	// BareClauseVerbs take a clause with no complementizer even in a
	// restrictive relative clause: "voters who say the law is …".
	BareClauseVerbs map[string]bool
	// TopicVerbs are cues whose statement is a topic after one of the
	// TopicPrepositions ("spoke about the need to …", "spoke favorably
	// of Mr. Putin"), keyed by the cue's first word; with neither a
	// complementizer nor such a preposition after them they report
	// nothing ("spoke at a memorial service", "spoke Hebrew").
	TopicVerbs        map[string]bool
	TopicPrepositions map[string]bool
	// NamingVerbs are stance cues that name their object ("called the
	// deal a disaster", "dubbed him “Little Marco”"): a stance only with a
	// complement after the object, never alone ("called the police");
	// VerbParticles are the words after a verb's object that make it
	// another verb ("called her back").
	NamingVerbs   map[string]bool
	VerbParticles map[string]bool
	// PluralNounCues are cue forms read more often as plural nouns
	// ("Rust Belt states that …", "his remarks"): a cue only after a
	// source that is plainly one.
	PluralNounCues map[string]bool
	// AddresseeVerbs are cues followed by the listener ("told Reuters"):
	// the source is never read after them.
	AddresseeVerbs map[string]bool
	// NarratorPronouns are the writer's and the reader's ("I think …"):
	// never the source of reported speech.
	NarratorPronouns map[string]bool
	// NarratorPossessives make the writer the source: "selon nos
	// informations", "according to our reporting" report no one's words.
	NarratorPossessives map[string]bool
	// ClauseNeedsComplementizer: a reported clause after its cue always
	// opens with a complementizer in this language (French "que").
	ClauseNeedsComplementizer bool
	// ClauseInfinitives open an infinitive that reports a claim right
	// after a speech verb, with no complementizer: "affirme avoir
	// repoussé une attaque", "assure n'avoir rien su".
	ClauseInfinitives map[string]bool
	// Negations are the particles that may stand before such an
	// infinitive ("n'avoir").
	Negations map[string]bool
	// CommitmentVerbs are the forms of verbs of promise, agreement and
	// offer whose infinitive is the claim: "vowed to repeal the law",
	// "agreed to release the records", « a promis de baisser les impôts »;
	// InfinitiveNegations may stand before its marker ("pledged not to
	// raise taxes").
	CommitmentVerbs, InfinitiveNegations map[string]bool
	// Checkworthy holds the check-worthiness cue lists by name
	// (comparatives, quantities, opinion, money, percent).
	Checkworthy map[string]map[string]bool
	// Possessives are the clitics that mark a possessor ("'s"):
	// "Clinton's campaign", "NBC's Dante Chinni".
	Possessives map[string]bool
	// SignatureWords are frequent words of this language found in no
	// other language the detector knows: enough of them decide the
	// language without the full detector.
	SignatureWords map[string]bool
	// CueFillers may stand between an inverted cue and its source: time
	// words and the prepositions of CuePrepositions.
	CueFillers map[string]bool
	// CuePrepositions are the fillers that take an object ("à l'AFP",
	// "on CNN"); the others stand alone ("vendredi soir", "Tuesday").
	CuePrepositions map[string]bool
	// FirstNames gives the usual gender ('m' or 'f') of a first name.
	FirstNames map[string]byte

	tokOpts token.Options
}

// Pronoun is a personal pronoun's gender ('m', 'f', 'n' or 'x' for any)
// and number ('s' or 'p').
type Pronoun struct {
	Gender, Number byte
}

// Tokenize splits text with this language's rules (elisions, possessives).
func (p *Pack) Tokenize(text string) []token.Token {
	return token.Tokenize(text, &p.tokOpts)
}

// file is the YAML layout of a pack.
type file struct {
	Code                  string              `yaml:"code"`
	Name                  string              `yaml:"name"`
	Quotes                map[string][]string `yaml:"quotes"`
	SingleQuotes          map[string][]string `yaml:"single_quotes"`
	Abbreviations         []string            `yaml:"abbreviations"`
	SpeechVerbs           []string            `yaml:"speech_verbs"`
	CognitionVerbs        []string            `yaml:"cognition_verbs"`
	ObjectClaims          []string            `yaml:"object_claims"`
	IntentionVerbs        []string            `yaml:"intention_verbs"`
	ObjectRelatives       []string            `yaml:"object_relatives"`
	ContractedAuxiliaries []string            `yaml:"contracted_auxiliaries"`
	StanceNegations       []string            `yaml:"stance_negations"`
	Copulas               []string            `yaml:"copulas"`
	StanceAdjectives      []string            `yaml:"stance_adjectives"`
	Auxiliaries           []string            `yaml:"auxiliaries"`
	InversionPronouns     []string            `yaml:"inversion_pronouns"`
	ParticipleRule        map[string]string   `yaml:"participle_rule"`
	SourceMarkers         []string            `yaml:"source_markers"`
	NounCompounds         []string            `yaml:"noun_compounds"`
	RelativeOpeners       []string            `yaml:"relative_openers"`
	QuantifierSubjects    []string            `yaml:"quantifier_subjects"`
	EvidenceMarkers       []string            `yaml:"evidence_markers"`
	EvidenceNouns         []string            `yaml:"evidence_nouns"`
	OpinionMarkers        []string            `yaml:"opinion_markers"`
	DocumentWords         []string            `yaml:"document_words"`
	Pronouns              map[string]string   `yaml:"pronouns"`
	Titles                []string            `yaml:"titles"`
	PersonTitles          []string            `yaml:"person_titles"`
	GenderedTitles        map[string]string   `yaml:"gendered_titles"`
	TitleEquivalents      map[string][]string `yaml:"title_equivalents"`
	Determiners           []string            `yaml:"determiners"`
	Stopwords             []string            `yaml:"stopwords"`
	Elisions              []string            `yaml:"elisions"`
	Clitics               []string            `yaml:"clitics"`
	AgentMarkers          []string            `yaml:"agent_markers"`
	AbsoluteMarkers       []string            `yaml:"absolute_markers"`
	Honorifics            []string            `yaml:"honorifics"`
	PassiveAuxiliaries    []string            `yaml:"passive_auxiliaries"`
	PassiveAgents         []string            `yaml:"passive_agents"`
	PersonSuffixes        []string            `yaml:"person_suffixes"`
	Reflexives            []string            `yaml:"reflexives"`
	Indefinites           []string            `yaml:"indefinites"`
	RelationNouns         []string            `yaml:"relation_nouns"`
	AnaphoricNouns        []string            `yaml:"anaphoric_nouns"`
	Demonstratives        []string            `yaml:"demonstratives"`
	RoleParticles         []string            `yaml:"role_particles"`
	ShareWords            []string            `yaml:"share_words"`
	SideMarkers           []string            `yaml:"side_markers"`
	FurnitureMarkers      []string            `yaml:"furniture_markers"`
	CreditMarkers         []string            `yaml:"credit_markers"`
	ImpersonalPronouns    []string            `yaml:"impersonal_pronouns"`
	AsMarkers             []string            `yaml:"as_markers"`
	TitleModifiers        []string            `yaml:"title_modifiers"`
	Prepositions          []string            `yaml:"prepositions"`
	TimeHeads             []string            `yaml:"time_heads"`
	TimeModifiers         []string            `yaml:"time_modifiers"`
	PluralSuffixes        []string            `yaml:"plural_suffixes"`
	SourceComplements     []string            `yaml:"source_complements"`
	ContinuationVerbs     []string            `yaml:"continuation_verbs"`
	Subordinators         []string            `yaml:"subordinators"`
	Coordinators          []string            `yaml:"coordinators"`
	NameJoiners           []string            `yaml:"name_joiners"`
	OriginMarkers         []string            `yaml:"origin_markers"`
	AgeWords              []string            `yaml:"age_words"`
	QuestionLabels        []string            `yaml:"question_labels"`
	SectionLabels         []string            `yaml:"section_labels"`
	ObjectClitics         []string            `yaml:"object_clitics"`
	ComplementParticles   []string            `yaml:"complement_particles"`
	AnswerLabels          []string            `yaml:"answer_labels"`
	ImpersonalPlaces      []string            `yaml:"impersonal_places"`
	GenderedDets          map[string]string   `yaml:"gendered_determiners"`
	PluralDets            []string            `yaml:"plural_determiners"`
	GenderedNouns         bool                `yaml:"gendered_nouns"`
	StressedPronouns      map[string]string   `yaml:"stressed_pronouns"`
	PronounPhrases        map[string]string   `yaml:"pronoun_phrases"`
	PossessiveDets        map[string]string   `yaml:"possessive_determiners"`
	OwnerDets             []string            `yaml:"owner_determiners"`
	Owned                 struct {
		Name   string            `yaml:"name"`
		Elided string            `yaml:"elided"`
		Before string            `yaml:"elided_before"`
		Owners map[string]string `yaml:"owners"`
	} `yaml:"owned_speaker"`
	Places                []string            `yaml:"places"`
	AdverbSuffixes        []string            `yaml:"adverb_suffixes"`
	ObjectPronouns        []string            `yaml:"object_pronouns"`
	NounCues              []string            `yaml:"noun_cues"`
	InterviewParts        []string            `yaml:"interview_participles"`
	InfinitiveMarkers     []string            `yaml:"infinitive_markers"`
	BareInfinitiveMarkers []string            `yaml:"bare_infinitive_markers"`
	DegreeWords           []string            `yaml:"degree_words"`
	RelativePronouns      []string            `yaml:"relative_pronouns"`
	ParticipleSuffix      string              `yaml:"participle_suffix"`
	ParticipleMarkers     []string            `yaml:"participle_markers"`
	CueInserts            []string            `yaml:"cue_inserts"`
	CueFillers            []string            `yaml:"cue_fillers"`
	CuePrepositions       []string            `yaml:"cue_prepositions"`
	GenericOrgWords       []string            `yaml:"generic_organization_words"`
	SignatureWords        []string            `yaml:"signature_words"`
	SentenceModel         string              `yaml:"sentence_model"`
	Possessives           []string            `yaml:"possessives"`
	Complementizers       []string            `yaml:"complementizers"`
	QuestionVerbs         []string            `yaml:"question_verbs"`
	ObjectVerbs           []string            `yaml:"object_verbs"`
	BareClauseVerbs       []string            `yaml:"bare_clause_verbs"`
	AddresseeVerbs        []string            `yaml:"addressee_verbs"`
	TopicVerbs            []string            `yaml:"topic_verbs"`
	TopicPrepositions     []string            `yaml:"topic_prepositions"`
	NamingVerbs           []string            `yaml:"naming_verbs"`
	VerbParticles         []string            `yaml:"verb_particles"`
	PluralNounCues        []string            `yaml:"plural_noun_cues"`
	NarratorPronouns      []string            `yaml:"narrator_pronouns"`
	NarratorPossessives   []string            `yaml:"narrator_possessives"`
	NeedsComp             bool                `yaml:"clause_needs_complementizer"`
	ClauseInfinitives     []string            `yaml:"clause_infinitives"`
	CommitmentVerbs       []string            `yaml:"commitment_verbs"`
	InfinitiveNegations   []string            `yaml:"infinitive_negations"`
	Negations             []string            `yaml:"negations"`
	Checkworthy           map[string][]string `yaml:"checkworthy"`
	OrganizationWords     []string            `yaml:"organization_words"`
	VerbModifiers         []string            `yaml:"verb_modifiers"`
	NameParticles         []string            `yaml:"name_particles"`
	AffiliationParts      []string            `yaml:"affiliation_particles"`
	EmployerPreps         []string            `yaml:"employer_prepositions"`
	InstitutionWords      []string            `yaml:"institution_words"`
	Presenters            []string            `yaml:"presenters"`
	NarrativeOpeners      []string            `yaml:"narrative_openers"`
	NamingWords           []string            `yaml:"naming_words"`
	StandaloneRoles       []string            `yaml:"standalone_roles"`
	BackReferences        []string            `yaml:"back_references"`
	Partitives            []string            `yaml:"partitives"`
	PairPhrases           []string            `yaml:"pair_phrases"`
	NounCueSources        []string            `yaml:"noun_cue_sources"`
	InfinitiveEndings     []string            `yaml:"infinitive_endings"`
	NegationAdverbs       []string            `yaml:"negation_adverbs"`
	AsideOpeners          []string            `yaml:"aside_openers"`
	AffiliationPrefixes   []string            `yaml:"affiliation_prefixes"`
	MaleNames             []string            `yaml:"male_names"`
	FemaleNames           []string            `yaml:"female_names"`
	GroupWords            []string            `yaml:"group_words"`
}

func build(f *file) (*Pack, error) {
	if f.Code == "" {
		return nil, fmt.Errorf("no code")
	}
	p := &Pack{
		Code:                 f.Code,
		Name:                 f.Name,
		Quotes:               f.Quotes,
		SingleQuotes:         f.SingleQuotes,
		Abbreviations:        set(f.Abbreviations),
		DocumentWords:        set(f.DocumentWords),
		OrganizationWords:    set(f.OrganizationWords),
		GroupWords:           set(f.GroupWords),
		Titles:               set(f.Titles),
		PersonTitles:         set(f.PersonTitles),
		Determiners:          set(f.Determiners),
		Stopwords:            set(f.Stopwords),
		VerbModifiers:        set(f.VerbModifiers),
		NameParticles:        set(f.NameParticles),
		AffiliationParticles: set(f.AffiliationParts),
		EmployerPrepositions: set(f.EmployerPreps),
		InstitutionWords:     set(f.InstitutionWords),
		InfinitiveEndings:    f.InfinitiveEndings,
		NounCueSources:       set(f.NounCueSources),
		NegationAdverbs:      set(f.NegationAdverbs),
		AffiliationPrefixes:  f.AffiliationPrefixes,
		FirstNames:           map[string]byte{},
		Pronouns:             map[string]Pronoun{},
		GenderedTitles:       map[string]byte{},
	}
	for _, n := range f.MaleNames {
		p.FirstNames[token.Fold(n)] = 'm'
	}
	for _, n := range f.FemaleNames {
		// a name on both lists (Dominique, Jean in English news) has no gender
		if p.FirstNames[token.Fold(n)] == 'm' {
			p.FirstNames[token.Fold(n)] = 'x'
			continue
		}
		p.FirstNames[token.Fold(n)] = 'f'
	}
	p.tokOpts.Elisions = set(f.Elisions)
	p.Clitics = map[string]bool{}
	for _, c := range f.Clitics {
		p.tokOpts.Clitics = append(p.tokOpts.Clitics, token.Fold(c))
		p.Clitics[token.Fold(c)] = true
	}
	p.AgentMarkers = set(f.AgentMarkers)
	p.AbsoluteMarkers = set(f.AbsoluteMarkers)
	p.Honorifics = set(f.Honorifics)
	p.PassiveAuxiliaries, p.PassiveAgents = set(f.PassiveAuxiliaries), set(f.PassiveAgents)
	p.PersonSuffixes = f.PersonSuffixes
	p.Reflexives = set(f.Reflexives)
	p.Indefinites = set(f.Indefinites)
	p.RelationNouns = set(f.RelationNouns)
	p.AnaphoricNouns = set(f.AnaphoricNouns)
	p.Demonstratives = set(f.Demonstratives)
	p.RoleParticles = set(f.RoleParticles)
	p.ShareWords = set(f.ShareWords)
	p.AsMarkers = set(f.AsMarkers)
	p.TitleModifiers = set(f.TitleModifiers)
	p.Prepositions = set(f.Prepositions)
	p.TimeHeads, p.TimeModifiers = set(f.TimeHeads), set(f.TimeModifiers)
	p.PluralSuffixes = f.PluralSuffixes
	p.SourceComplements = p.phrases(f.SourceComplements)
	p.ContinuationVerbs = p.phrases(f.ContinuationVerbs)
	p.AsideOpeners = p.phrases(f.AsideOpeners)
	p.Presenters = p.phrases(f.Presenters)
	p.NarrativeOpeners = p.phrases(f.NarrativeOpeners)
	p.NamingWords = set(f.NamingWords)
	p.StandaloneRoles = set(f.StandaloneRoles)
	p.BackReferences = p.phrases(f.BackReferences)
	p.Partitives = p.phrases(f.Partitives)
	p.PairPhrases = p.phrases(f.PairPhrases)
	p.Subordinators = set(f.Subordinators)
	p.Coordinators = set(f.Coordinators)
	p.NameJoiners = set(f.NameJoiners)
	p.OriginMarkers = set(f.OriginMarkers)
	p.AgeWords = set(f.AgeWords)
	p.QuestionLabels, p.AnswerLabels = set(f.QuestionLabels), set(f.AnswerLabels)
	p.SectionLabels = set(f.SectionLabels)
	p.ObjectClitics = set(f.ObjectClitics)
	p.ComplementParticles = set(f.ComplementParticles)
	p.ImpersonalPlaces = set(f.ImpersonalPlaces)
	p.PluralDeterminers = set(f.PluralDets)
	p.GenderedDeterminers = map[string]byte{}
	p.GenderedNouns = f.GenderedNouns
	for w, g := range f.GenderedDets {
		if g != "m" && g != "f" {
			return nil, fmt.Errorf("gendered determiner %q: want m or f, got %q", w, g)
		}
		p.GenderedDeterminers[token.Fold(w)] = g[0]
	}
	p.Places = set(f.Places)
	p.AdverbSuffixes = f.AdverbSuffixes
	p.ObjectPronouns = set(f.ObjectPronouns)
	p.NounCues = set(f.NounCues)
	p.InterviewParticiples = set(f.InterviewParts)
	p.InfinitiveMarkers = set(f.InfinitiveMarkers)
	p.BareInfinitiveMarkers = set(f.BareInfinitiveMarkers)
	p.DegreeWords = set(f.DegreeWords)
	p.RelativePronouns = set(f.RelativePronouns)
	p.ParticipleSuffix = f.ParticipleSuffix
	p.ParticipleMarkers = set(f.ParticipleMarkers)
	p.Auxiliaries = set(f.Auxiliaries)
	p.CuePrepositions = set(f.CuePrepositions)
	p.CueFillers = set(append(f.CueFillers, f.CuePrepositions...))
	p.GenericOrgWords = set(f.GenericOrgWords)
	p.SignatureWords = set(f.SignatureWords)
	p.Possessives = set(f.Possessives)
	p.Complementizers = set(f.Complementizers)
	p.QuestionVerbs = set(f.QuestionVerbs)
	p.ObjectVerbs = set(f.ObjectVerbs)
	p.BareClauseVerbs = set(f.BareClauseVerbs)
	p.AddresseeVerbs = set(f.AddresseeVerbs)
	p.TopicVerbs = set(f.TopicVerbs)
	p.TopicPrepositions = set(f.TopicPrepositions)
	p.NamingVerbs = set(f.NamingVerbs)
	p.VerbParticles = set(f.VerbParticles)
	p.PluralNounCues = set(f.PluralNounCues)
	p.NarratorPronouns = set(f.NarratorPronouns)
	p.NarratorPossessives = set(f.NarratorPossessives)
	p.ClauseNeedsComplementizer = f.NeedsComp
	p.ClauseInfinitives = set(f.ClauseInfinitives)
	p.Negations = set(f.Negations)
	p.StanceNegations = set(f.StanceNegations)
	p.CommitmentVerbs = set(f.CommitmentVerbs)
	p.ObjectRelatives = set(f.ObjectRelatives)
	p.ContractedAuxiliaries = set(f.ContractedAuxiliaries)
	p.InfinitiveNegations = set(f.InfinitiveNegations)
	p.Checkworthy = map[string]map[string]bool{}
	for name, words := range f.Checkworthy {
		p.Checkworthy[name] = set(words)
	}
	if f.SentenceModel != "" {
		abbrevs, err := modelAbbreviations(f.SentenceModel)
		if err != nil {
			return nil, fmt.Errorf("sentence_model: %w", err)
		}
		for _, a := range abbrevs {
			p.Abbreviations[a] = true
		}
	}
	if len(p.Quotes) == 0 {
		return nil, fmt.Errorf("no quotation marks")
	}
	p.Closers = map[string]bool{}
	for _, closers := range p.Quotes {
		for _, c := range closers {
			p.Closers[c] = true
		}
	}
	for w, gn := range f.Pronouns {
		fs := strings.Fields(gn)
		if len(fs) != 2 || len(fs[0]) != 1 || len(fs[1]) != 1 {
			return nil, fmt.Errorf("pronoun %q: want \"gender number\", got %q", w, gn)
		}
		p.Pronouns[token.Fold(w)] = Pronoun{Gender: fs[0][0], Number: fs[1][0]}
	}
	var err error
	if p.StressedPronouns, err = p.pronounMap("stressed pronoun", f.StressedPronouns); err != nil {
		return nil, err
	}
	if p.PossessiveDeterminers, err = p.pronounMap("possessive determiner", f.PossessiveDets); err != nil {
		return nil, err
	}
	p.OwnerDeterminers = set(f.OwnerDets)
	for d := range p.PossessiveDeterminers {
		p.OwnerDeterminers[d] = true
	}
	p.Owned = OwnedSpeaker{name: f.Owned.Name, elided: f.Owned.Elided, before: f.Owned.Before, owners: p.PossessiveDeterminers}
	if f.Owned.Owners != nil {
		if p.Owned.owners, err = p.pronounMap("owner", f.Owned.Owners); err != nil {
			return nil, err
		}
	}
	if p.Owned.name != "" && (!strings.Contains(p.Owned.name, "{owner}") || !strings.Contains(p.Owned.name, "{noun}")) {
		return nil, fmt.Errorf("owned_speaker name %q lacks {owner} or {noun}", p.Owned.name)
	}
	phrases, err := p.pronounMap("pronoun phrase", f.PronounPhrases)
	if err != nil {
		return nil, err
	}
	p.PronounPhrases = newPhrases()
	for phrase, pr := range phrases {
		p.PronounPhrases.add(p.words(phrase), pr)
	}
	p.PronounPhrases.sort()
	p.TitleEquivalents = map[string][]string{}
	for w, eqs := range f.TitleEquivalents {
		for _, eq := range eqs {
			p.TitleEquivalents[token.Fold(w)] = append(p.TitleEquivalents[token.Fold(w)], token.Fold(eq))
		}
	}
	for w, g := range f.GenderedTitles {
		if len(g) != 1 {
			return nil, fmt.Errorf("gendered title %q: want m or f, got %q", w, g)
		}
		p.GenderedTitles[token.Fold(w)] = g[0]
	}
	inv := inversion{aux: f.Auxiliaries, pronouns: f.InversionPronouns, fromImperfect: f.ParticipleRule["imperfect"],
		participle: f.ParticipleRule["participle"], inner: map[string]bool{}}
	p.InvertedAuxiliaries = map[string]string{}
	for _, aux := range f.Auxiliaries {
		if strings.ContainsAny(aux, " '") {
			continue
		}
		for _, pr := range f.InversionPronouns {
			p.InvertedAuxiliaries[token.Fold(invert(aux, pr))] = pr
		}
	}
	for _, ins := range f.CueInserts {
		if words := p.words(ins); len(words) > 1 {
			inv.innerSeqs = append(inv.innerSeqs, words)
		} else if len(words) == 1 {
			inv.inner[words[0]] = true
		}
	}
	p.PastParticiples = map[string]bool{}
	if p.SpeechVerbs, err = p.verbs(f.SpeechVerbs, inv); err != nil {
		return nil, fmt.Errorf("speech_verbs: %w", err)
	}
	// a belief held as a state: "is confident that", "remained convinced that"
	cognition := slices.Clone(f.CognitionVerbs)
	for _, c := range f.Copulas {
		for _, adj := range f.StanceAdjectives {
			cognition = append(cognition, c+" "+adj)
		}
	}
	if p.CognitionVerbs, err = p.verbs(cognition, inv); err != nil {
		return nil, fmt.Errorf("cognition_verbs: %w", err)
	}
	if p.ObjectClaims, err = p.verbs(f.ObjectClaims, inv); err != nil {
		return nil, fmt.Errorf("object_claims: %w", err)
	}
	if p.IntentionVerbs, err = p.verbs(f.IntentionVerbs, inv); err != nil {
		return nil, fmt.Errorf("intention_verbs: %w", err)
	}
	p.SourceMarkers = p.phrases(f.SourceMarkers)
	p.NounCompounds = p.phrases(f.NounCompounds)
	p.RelativeOpeners = set(f.RelativeOpeners)
	p.QuantifierSubjects = set(f.QuantifierSubjects)
	p.EvidenceMarkers = set(f.EvidenceMarkers)
	p.EvidenceNouns = set(f.EvidenceNouns)
	p.SideMarkers = p.phrases(f.SideMarkers)
	p.FurnitureMarkers = p.phrases(f.FurnitureMarkers)
	p.CreditMarkers = p.phrases(f.CreditMarkers)
	p.ImpersonalPronouns = set(f.ImpersonalPronouns)
	p.CueInserts = p.phrases(f.CueInserts)
	p.OpinionMarkers = p.phrases(f.OpinionMarkers)
	return p, nil
}

// pronounMap folds a data file's map of words to pronouns, each of which
// must be one of the pack's pronouns.
func (p *Pack) pronounMap(what string, m map[string]string) (map[string]string, error) {
	out := make(map[string]string, len(m))
	for w, pr := range m {
		if _, ok := p.Pronouns[token.Fold(pr)]; !ok {
			return nil, fmt.Errorf("%s %q: %q is not one of the pronouns", what, w, pr)
		}
		out[token.Fold(w)] = token.Fold(pr)
	}
	return out, nil
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[token.Fold(w)] = true
	}
	return m
}

func (p *Pack) phrases(list []string) *Phrases {
	ph := newPhrases()
	for _, s := range list {
		ph.add(p.words(s), "")
	}
	ph.sort()
	return ph
}

// words tokenizes a phrase from the data file the way article text is.
// Phrases are plain words, so splitting at spaces and at elisions gives
// what the tokenizer would, at a fraction of its cost (the French pack
// generates tens of thousands of verb forms).
func (p *Pack) words(s string) []string {
	if strings.ContainsAny(s, ".,;:!?()\"«»“”") {
		toks := p.Tokenize(s)
		out := make([]string, len(toks))
		for i, t := range toks {
			out[i] = t.Lower
		}
		return out
	}
	fields := strings.Fields(token.Fold(s))
	out := make([]string, 0, len(fields)+1)
	for _, f := range fields {
		if k := strings.IndexByte(f, '\''); k > 0 && k < len(f)-1 && p.tokOpts.Elisions[f[:k]] {
			out = append(out, f[:k+1], f[k+1:])
			continue
		}
		out = append(out, f)
	}
	return out
}

// inversion holds what a language needs to build compound and inverted
// verb forms (French: "a déclaré", "a-t-il déclaré", "dit-elle").
type inversion struct {
	aux      []string
	pronouns []string
	// fromImperfect and participle derive the present participle from the
	// imperfect: the form ending in fromImperfect gets participle instead.
	fromImperfect, participle string
	// inner words and word sequences may stand between an auxiliary and
	// its participle.
	inner     map[string]bool
	innerSeqs [][]string
}

// verbs reads verb entries. An entry is either a plain form ("said") or a
// conjugation line "infinitive: simple forms | participle", from which every
// compound and inverted form is generated.
func (p *Pack) verbs(entries []string, inv inversion) (*Phrases, error) {
	ph := newPhrases()
	for _, e := range entries {
		head, rest, ok := strings.Cut(e, ":")
		if !ok {
			ph.add(p.words(e), "")
			continue
		}
		simple, participle, ok := strings.Cut(rest, "|")
		if !ok {
			return nil, fmt.Errorf("%q: no participle after |", head)
		}
		// the infinitive, after a verb that governs it: "a tenu à rappeler
		// que « … »", "n'a pas manqué de dénoncer « … »"
		ph.add(p.words(strings.TrimSpace(head)), "")
		for _, form := range strings.Fields(simple) {
			form = strings.ReplaceAll(form, "_", " ") // met_en_garde: one form of three words
			ph.add(p.words(form), "")
			if inv.fromImperfect != "" && strings.HasSuffix(form, inv.fromImperfect) {
				ph.add(p.words(strings.TrimSuffix(form, inv.fromImperfect)+inv.participle), "")
			}
			for _, pr := range inv.pronouns {
				ph.add(p.words(invert(form, pr)), pr)
			}
		}
		part := strings.TrimSpace(participle)
		if part == "" {
			continue
		}
		partWords := strings.Fields(part)
		for _, agreed := range agreements(partWords[0]) {
			if len(partWords) == 1 && p.PastParticiples != nil {
				p.PastParticiples[token.Fold(agreed)] = true
			}
			pw := append([]string{agreed}, partWords[1:]...)
			for _, aux := range inv.aux {
				ph.add(p.words(aux+" "+strings.Join(pw, " ")), "")
				if strings.Contains(aux, " ") || strings.Contains(aux, "'") {
					continue
				}
				for _, pr := range inv.pronouns {
					ph.add(p.words(invert(aux, pr)+" "+strings.Join(pw, " ")), pr)
				}
			}
		}
	}
	ph.inner, ph.innerSeqs = inv.inner, inv.innerSeqs
	ph.sort()
	return ph, nil
}

// invert builds an inverted form: "a"+"il" → "a-t-il", "dit"+"elle" →
// "dit-elle", "met en garde"+"il" → "met-il en garde".
func invert(verb, pronoun string) string {
	if head, rest, ok := strings.Cut(verb, " "); ok {
		return invert(head, pronoun) + " " + rest
	}
	if strings.HasSuffix(verb, "a") || strings.HasSuffix(verb, "e") {
		return verb + "-t-" + pronoun
	}
	return verb + "-" + pronoun
}

// agreements returns a past participle with its gender and number endings.
func agreements(part string) []string {
	if strings.HasSuffix(part, "s") {
		return []string{part, part + "e", part + "es"}
	}
	return []string{part, part + "e", part + "s", part + "es"}
}

// matchAt matches words at toks[i:], letting up to two inner words
// stand after the first, and returns the number of tokens spanned.
func (ph *Phrases) matchAt(toks []token.Token, i int, words []string) (int, bool) {
	j, skipped := i+1, 0
	for k := 1; k < len(words); k++ {
		if k == 1 {
			j += ph.commaInsertAt(toks, j) // "a, pour sa part, assuré"
		}
		for k == 1 && skipped < 2 && j < len(toks) && toks[j].Kind == token.Word && toks[j].Lower != words[k] {
			if ph.inner[toks[j].Lower] {
				j++
				skipped++
				continue
			}
			n := ph.innerSeqAt(toks, j)
			if n == 0 {
				break
			}
			j += n
			skipped++
		}
		if j >= len(toks) || toks[j].Kind != token.Word || toks[j].Lower != words[k] {
			return 0, false
		}
		j++
	}
	return j - i, true
}

// commaInsertAt returns the length of an inner word or sequence set off by
// commas at toks[j] (", de son côté,"), or 0.
func (ph *Phrases) commaInsertAt(toks []token.Token, j int) int {
	if j+2 >= len(toks) || toks[j].Lower != "," {
		return 0
	}
	n := ph.innerSeqAt(toks, j+1)
	if n == 0 && toks[j+1].Kind == token.Word && ph.inner[toks[j+1].Lower] {
		n = 1
	}
	if n == 0 || j+1+n >= len(toks) || toks[j+1+n].Lower != "," {
		return 0
	}
	return n + 2
}

// innerSeqAt returns the length of the inner word sequence at toks[j], or 0.
func (ph *Phrases) innerSeqAt(toks []token.Token, j int) int {
	for _, seq := range ph.innerSeqs {
		if j+len(seq) > len(toks) {
			continue
		}
		ok := true
		for i, w := range seq {
			if toks[j+i].Kind != token.Word || toks[j+i].Lower != w {
				ok = false
				break
			}
		}
		if ok {
			return len(seq)
		}
	}
	return 0
}

// IsParticiple reports whether a cue is a single present participle
// ("saying", "déclarant").
func (p *Pack) IsParticiple(ph Phrase) bool {
	return len(ph.Words) == 1 && ph.Pronoun == "" && p.ParticipleWord(ph.Words[0])
}

// ParticipleWord reports whether a lower-case word has the language's
// present-participle ending ("wiping", "dénonçant").
func (p *Pack) ParticipleWord(w string) bool {
	return p.ParticipleSuffix != "" && len(w) > len(p.ParticipleSuffix)+2 && strings.HasSuffix(w, p.ParticipleSuffix)
}

// Phrases is a set of word sequences looked up by their first word.
type Phrases struct {
	byFirst map[string][]Phrase
	seen    map[string]bool // while building: the phrases added, joined
	// inner words and word sequences may stand between a phrase's words
	// without breaking it: "a aussi déclaré", "a de son côté affirmé".
	inner     map[string]bool
	innerSeqs [][]string
	longest   int // the most words in one phrase
}

// Phrase is one cue: its words (lower case) and, for an inverted verb form,
// the subject pronoun it carries ("a-t-il dit" → "il").
type Phrase struct {
	Words   []string
	Pronoun string
}

func newPhrases() *Phrases { return &Phrases{byFirst: map[string][]Phrase{}, seen: map[string]bool{}} }

func (ph *Phrases) add(words []string, pronoun string) {
	if len(words) == 0 {
		return
	}
	key := strings.Join(words, "\x00")
	if ph.seen[key] {
		return
	}
	ph.seen[key] = true
	ph.longest = max(ph.longest, len(words))
	ph.byFirst[words[0]] = append(ph.byFirst[words[0]], Phrase{Words: words, Pronoun: pronoun})
}

func (ph *Phrases) sort() {
	ph.seen = nil // built
	for _, list := range ph.byFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].Words) > len(list[j].Words) })
	}
}

// EndingAt returns where the longest phrase that ends right before
// toks[end] starts, at from or after it, or -1 when none does: "went on"
// before the "to" of "went on to say".
func (ph *Phrases) EndingAt(toks []token.Token, from, end int) int {
	for s := max(end-ph.longest, from, 0); s < end; s++ {
		if _, n, ok := ph.Match(toks, s); ok && s+n == end {
			return s
		}
	}
	return -1
}

// Len is the number of phrases.
func (ph *Phrases) Len() int {
	n := 0
	for _, l := range ph.byFirst {
		n += len(l)
	}
	return n
}

// Match returns the longest phrase that starts at toks[i] (word tokens
// only, punctuation never inside a phrase) and the number of tokens it
// spans.
func (ph *Phrases) Match(toks []token.Token, i int) (Phrase, int, bool) {
	if ph == nil || i < 0 || i >= len(toks) || toks[i].Kind != token.Word {
		return Phrase{}, 0, false
	}
	for _, cand := range ph.byFirst[toks[i].Lower] {
		if i+len(cand.Words) > len(toks) {
			continue
		}
		if n, ok := ph.matchAt(toks, i, cand.Words); ok {
			return cand, n, true
		}
	}
	return Phrase{}, 0, false
}

// AdverbForm reports whether w (lower case) ends like an adverb
// ("jokingly", "shortly"), with at least four letters before the ending.
func (p *Pack) AdverbForm(w string) bool {
	for _, suf := range p.AdverbSuffixes {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// Affiliation reports whether w (lower case) is a party-and-place tag:
// one of the pack's affiliation prefixes and a word after it ("r-texas").
func (p *Pack) Affiliation(w string) bool {
	for _, pre := range p.AffiliationPrefixes {
		if len(w) > len(pre)+1 && strings.HasPrefix(w, pre) {
			return true
		}
	}
	return false
}

// OwnedSpeaker writes the name of a speaker given by a possessive
// determiner and a noun ("his campaign", "ses avocats") once the owner is
// known.
type OwnedSpeaker struct {
	name, elided string // templates with {owner} and {noun}; elided when the owner opens with a letter of before
	before       string
	owners       map[string]string // possessive determiner → the pronoun for its owner
}

// Owner returns the pronoun that stands for the owner a possessive
// determiner names, if the language writes such speakers.
func (o OwnedSpeaker) Owner(det string) (string, bool) {
	pr, ok := o.owners[det]
	return pr, ok && o.name != ""
}

// Name writes the speaker: "Donald Trump's campaign", "avocats
// d'Emmanuel Macron".
func (o OwnedSpeaker) Name(noun, owner string) string {
	t := o.name
	if r, _ := utf8.DecodeRuneInString(token.Fold(owner)); o.elided != "" && strings.ContainsRune(o.before, r) {
		t = o.elided
	}
	return strings.NewReplacer("{owner}", owner, "{noun}", noun).Replace(t)
}
