"""Closed classes of French that the rules read: articles, prepositions, pronouns, auxiliaries.

These lists are grammar, not news vocabulary: they do not grow with new articles, so they are
named constants here rather than data files (the open lists, which do grow, are the .txt and
.tsv files beside this module). Forms are lower case; both apostrophes are listed. The words
of grammatical person (« je », « vous », « mon ») are ``grammatical_person``'s.
"""

from __future__ import annotations

# --- determiners
ARTICLES_POSSESSIVES = frozenset({"le", "la", "les", "son", "sa", "ses", "leur", "leurs"})
DETERMINERS = ARTICLES_POSSESSIVES | {"l'", "l’", "ce", "cet", "cette"}
DEFINITE = frozenset({"le", "la", "l'", "l’", "les"})
DEFINITE_SINGULAR = DEFINITE - {"les"}
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
SINGULAR_DEMONSTRATIVES = DEMONSTRATIVES - {"ces"}  # before one: « ce », « cet », « cette »
# what a short form or initials of one role follow: « la PM », « cette DRH », « le SG »
SINGULAR_LEADS = DEFINITE_SINGULAR | SINGULAR_DEMONSTRATIVES
INDEFINITE = frozenset({"un", "une"})
# what opens an apposition that may be about any noun before it: « Nous avons vu le
# responsable, a dit X, un conseiller du ministre. » (detect/incise_asides.py)
INDEFINITE_PLAIN = INDEFINITE | {"des"}
# the articles as a text's words read without their apostrophe: « l » of « l'usine »
ARTICLE_WORDS = INDEFINITE | {"le", "la", "les", "l", "des"}
# before a noun of more than one: "les", "des", "ces", "ses", "nos"
PLURAL_DETERMINERS = frozenset({"les", "des", "ces", "mes", "ses", "nos", "vos", "leurs"})
# a topic set before the clause its pronoun subject stands for: "Quant à X, elle a dit que"
TOPIC_MARKERS = ("quant à", "quant au", "quant aux")
FEMININE_ARTICLES = frozenset({"la", "une", "cette", "sa"})  # before a role noun
MASCULINE_ARTICLES = frozenset({"le", "un", "ce", "cet", "du", "au"})
# « il y a (eu) », « il y avait »: the presentative before a colon (attribute/intro._presents)
THERE_IS = frozenset({"a", "avait", "aura", "aurait", "eut"})
KIN_OWNERS = frozenset({"son", "sa", "ses", "leur", "leurs", "les"})  # "ses trois enfants"
# one owner's, whom the one named last may be: « un de ses proches », not « un de leurs proches »
OWNER_POSSESSIVES = frozenset({"son", "sa", "ses"})
POSSESSIVES = OWNER_POSSESSIVES | {"leur", "leurs"}  # "son avocat": someone's
# before the group « un de » names one of: « un de ses avocats », « l'une de nos élues »
GROUP_POSSESSIVES = POSSESSIVES | {"mes", "tes", "nos", "vos"}
ELIDED_ARTICLE = ("l’", "l'", "L’", "L'")
# a masculine adjective the same in the plural (« portugais », « niçois », « religieux »)
INVARIABLE_ENDINGS = ("ais", "ois", "eux", "oux")
ONE = frozenset({"un", "une", "l'un", "l’un", "l'une", "l’une"})  # a single anonymous source
ONE_OF = ("l'un", "l’un", "l'une", "l’une")  # "l'un d'entre eux"

# --- nouns
# endings of French nouns for people: the agent and origin suffixes ("retraité", "habitante",
# "syndicaliste", "pharmacien", "fonctionnaire", "Lyonnaise"), and the nouns of a person as such
PERSON_ENDINGS = ("é", "ée", "eur", "euse", "rice", "ant", "ante", "iste", "ien", "ienne",
                  "ier", "ière", "aire", "ois", "oise", "ain", "aine", "logue")
# the ones a noun for a woman may end with, after « une » or « la » (« une habitante », « une
# journaliste »): « une rumeur », « une société » end as a man's noun would, and are none
FEMININE_PERSON_ENDINGS = ("ée", "euse", "rice", "ante", "ienne", "ière", "oise", "aine", "iste",
                           "aire", "logue", "ine", "ente")
# endings of adjectives of nationality, folded: "ivoirien", "français", "chinois", "américain",
# "allemande", "espagnol", "russe", "belge", "saoudite" ("-ique" is also "économique")
NATIONALITY_ENDINGS = ("ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "and",
                       "ande", "ol", "ole", "sse", "lge", "ite")
# how long a role has been held, which ends it: "Sage-femme depuis vingt ans, X"
DURATIONS = frozenset({"depuis", "pendant", "durant"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
# after an incise's speaker, what ends the narrator's words: « …, explique X avant d'ajouter :
# B » (detect/incises.py)
NARRATOR_STOPS = SENTENCE_ENDS | {";", ":"}
# a question or an exclamation an incise may follow: « A ? s'interroge X. B »
ASKING_ENDS = frozenset({"?", "!"})
# a prize, not a function, after "élu", "sacré": "élue meilleure joueuse du match"
DISTINCTIONS = frozenset({"meilleur", "meilleure", "meilleurs", "meilleures"})
PERSON_NOUNS = frozenset({"homme", "femme", "garçon", "fille", "personne", "star", "témoin"})
# a surname after one names a family, none of its members: « un membre de la famille Roux »
FAMILY_NOUNS = frozenset({"famille", "clan", "dynastie"})
# folded: a function or a candidacy that is over, « ancien maire », « ex-candidate »
FORMER = frozenset({"ancien", "ancienne", "ex"})
TO_COME = frozenset({"futur", "future"})  # folded: still to come, « le futur maire »
NEW = frozenset({"nouveau", "nouvel", "nouvelle"})  # folded: « le nouveau maire »
# folded, before the head of a distinction or a function: « ancien numéro 1 mondial »,
# « double champion du monde », « ex-lauréat »
HEAD_MODIFIERS = FORMER | {"double", "triple", "quadruple", "multiple"}
# folded, with its value: the number of a rank, « numéro 1 mondial », « numéro un », and of a
# group, « les trois loueurs »
NUMBER_VALUES = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                 "sept": 7, "huit": 8, "neuf": 9, "dix": 10}
NUMBER_WORDS = frozenset(NUMBER_VALUES)
QUANTITIES = NUMBER_WORDS | {"quelques", "plusieurs"}  # "quelques heures après"

# --- prepositions and conjunctions
DE = frozenset({"de", "d'", "d’"})
ELIDED_DE = ("d'", "d’")
DE_CONTRACTED = DE | {"du", "des"}
# after a role noun, before the one it serves: "avocate de Paul Morel", "analyste chez Alcyon"
ROLE_LINKS = DE_CONTRACTED | {"chez"}
DE_DU = frozenset({"de", "du"})
# folded, as a split at every sign leaves them (« l'élu »: « l », « elu »): the definite
# articles, « de » and its contractions, the words a role's words are compared without
# (attribute/spelling_evidence.py: « le maire de Vernac » and « maire de Vernac » alike)
# « de » and a definite article, as one writes them before a noun: « du ministère »
OF_ARTICLE = {"le": "du ", "la": "de la ", "l'": "de l’", "l’": "de l’", "les": "des "}
DEFINITE_BARE = frozenset({"le", "la", "les", "l"})
DE_BARE = frozenset({"de", "du", "des", "d"})
ROLE_WORD_LINKS = DEFINITE_BARE | DE_BARE | INDEFINITE | {"au", "aux"}
# folded: words between a role noun and its « de » that are no adjective of it: « avocat au
# barreau de Paris », « vice-présidente chargée de l'éducation » are no single office's
NOT_ROLE_ADJECTIVES = frozenset({"a", "au", "aux", "en", "pour", "chez", "sur", "dans", "aupres",
                                 "charge", "chargee", "par", "avec"})
PARTITIVE = frozenset({"de", "du", "d'", "d’"})  # "« … » de M. X": the words of someone
NAME_LINKS = DE_CONTRACTED | {"la", "l'", "l’", "le", "les"}  # inside a name or a role
# folded, the small words of a body's name its acronym may leave out (« Office national des
# forêts (ONF) »), the one in another language always (« Institut nordique pour la
# recherche polaire (NPRI) », « Office européen à la recherche (EOR) »)
SPELLING_LINKS = NAME_LINKS | {"et", "pour", "a", "au", "aux", "en", "sur"}
A = frozenset({"à", "au", "aux"})
# « à » and « de » fused with « le »: « au nageur », « du nageur »
CONTRACTED_SINGULAR = frozenset({"au", "du"})
# before the one words are said to: « a lancé au ministre », « a déploré auprès de Paul Roux »
TO_WHOM = A | {"auprès"}
# before where or to whom words were given: "sur RTL", "à l'AFP", "auprès de Reuters"
MEDIUM_PREPOSITIONS = frozenset({"sur", "à", "au", "auprès", "dans", "via"})
# of those, the ones no role's complement opens: "président du club |dans un communiqué", while
# "journaliste à l'AFP" and "chroniqueur sur RTL" say where the person works
GIVEN_IN = frozenset({"dans", "via"})
IN_A_WORK = frozenset({"dans"})  # « a joué dans « … » »: marks after it hold a work's title
A_OR_DE = frozenset({"à", "de", "d'", "d’"})  # before an infinitive object: "invité à avancer"
# "le maire garde malgré tout espoir": no role's complement opens with these, a verb's may
VERB_PREPOSITIONS = frozenset({"malgré"})
# after a role's complement, what the narration says of its holder: "entraîneur du club |après
# la défaite", "maire de Lyon |lors de la visite"
OCCASIONS = frozenset({"après", "avant", "lors", "concernant", "quant"})
# before « de » + infinitive, an aim or a time of the narrator's, no verb's complement: « afin
# de », « avant de » (« a appelé X à la barre avant de lire … »)
AIMS_DE = frozenset({"afin", "avant"})
# after « à » or « en » and before « de », right after the role noun too: its subject, or the
# moment or occasion of what the holder did ("|à propos de", "|au sujet de", "|à l'issue de",
# "|au cours de", "|en début de séance", "|en marge du sommet", "|à la sortie du Conseil"), never
# the role's own complement ("ministre en charge de", "président en exercice":
# lexicon/role_complements.txt)
TOPIC_NOUNS = frozenset({"propos", "sujet", "issue", "lendemain", "veille", "suite", "cours",
                         "terme", "occasion", "début", "fin", "milieu", "marge", "ouverture",
                         "clôture", "arrivée", "sortie"})
TOPIC_LEADS = A | {"en"}  # before a noun of TOPIC_NOUNS: "|à l'issue de", "|en marge de"
AGENT = frozenset({"par"})  # "cité par le maire": a passive participle's agent
BEFORE_INFINITIVE = DE | {"à", "pour", "sans"} | AGENT  # an infinitive after these is no speech
# before an attribute: "s'est dite tellement désolée"
DEGREE = frozenset({"très", "si", "tellement", "trop", "plutôt", "assez", "fort", "bien"})
# "faisant craindre …", "laisse redouter …": the subject causes the feeling, it says nothing
CAUSATIVE = frozenset({"faire", "fait", "faits", "faite", "font", "faisant", "faisait", "faisaient",
                       "fera", "ferait", "fit", "laisser", "laisse", "laissent", "laissé",
                       "laissant", "laissait", "laissera", "laisserait"})
PURPOSE = frozenset({"pour", "sans", "afin"})  # "pour évoquer …": the narrator's aim, no cue
QUE = frozenset({"que", "qu'", "qu’", "qu"})  # "qu" when a space parts it from its apostrophe
# what opens a participle's clause: a comma (« …, jugeant ») or a gerund's « en » (« en appelant »)
GERUND = "en"
PARTICIPLE_OPENINGS = frozenset({",", GERUND})
# before « que », an addition or a comparison, no clause: « ainsi que de la fondation »,
# « plus que jamais »
COMPARING = frozenset({"ainsi", "plus", "moins", "autant"})
SI = frozenset({"si", "s'", "s’"})  # « si », elided before « il(s) »: « s'il »
# words that open an indirect question, the object clause of a verb: "examiner comment …"
INTERROGATIVES = frozenset({"comment", "pourquoi", "combien", "quand", "où"}) | SI
ELIDED_QUE = ("qu'", "qu’")
# right after a reporting verb, an adverb of the verb, not part of a subordinator: "doutent même
# que …", "assure même que …" (but "alors même que": the narrator's clause)
INTENSIFIERS = frozenset({"même"})
COORDINATORS = frozenset({"et", "mais", "ou", "car", "donc", "or", "puis"})  # "…, mais selon X, …"
REASON_CONJUNCTIONS = frozenset({"car"})  # opens the reason of the words before, not the narrator's
# the narrator's only words, with time and punctuation, between two marked clauses it joins
JOINING_CONJUNCTIONS = frozenset({"et", "mais"})
# alone before the marks of a postposed cue, the narrator's link: « Mais « … », a lancé X »
LINKING_CONJUNCTIONS = JOINING_CONJUNCTIONS | {"or"}
LIST_JOINS = frozenset({"et", "ou"})  # before a list's last item: « « … », « … » et « … » »
# between two marked stretches of one cue's series: « « … », mais aussi « … » »
SERIES_JOINS = LIST_JOINS | {"mais aussi"}
COORDINATED = (" et", " mais", " puis", " ou", " en")  # the narrator goes on after a clause
# a relative or a que-clause of the narrator opened right where reported content stops:
# "« sidérée » par la décision, qu'elle a dit avoir apprise …", "… à Lyon, où elle a affirmé …"
# "…, ce que X a contesté", "…, avant d'ajouter que …": a pronoun or an elided « de » ends none
# "… en mai, quand X a affirmé …": a conjunction of time opens the narrator's clause
# "… « victoire » alors que X a loué …": a conjunction of the narrator before que goes with it
# (a concession, "… en mars, même si selon X …", ends it too: content.trim_end, from
# lexicon/concessive_openers.txt)
DANGLING = (*(f" {c} {q}" for c in ("alors", "tandis", "bien") for q in ("que", "qu'", "qu’")),
            " que", " qu'", " qu’", " qui", " dont", " où", " ce", " avant de", " avant d'",
            " avant d’", " d'", " d’", " quand")
# the adverb of a gerund (« tout en condamnant … »): part of it, no word of the clause before
GERUND_LEADS = frozenset({"tout"})
SELON = frozenset({"selon", "après"})  # "selon X", "d'après X"
# before a text its clause's subject speaks in or acts with: « dans un communiqué, la mairie
# souligne », « la mairie a répondu par un communiqué », « a réagi avec un message », « à travers
# un communiqué, la mairie annonce »
IN_TEXT = frozenset({"dans", "par", "via", "avec", "à travers"})
# before « selon X, »: a condition or a comparison (« si selon X », « comme selon X »), no
# clause of the narrator's that leaves the words after the source to X
CONDITION_OR_COMPARISON = SI | {"comme"}
RELATIVE_SELON = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "quoi"})

# particles inside a surname, folded: "Le Pen", "de Rugy", "van der Leyen", "da Silva", "Abou
# Sahel", "Ould Abdallah"; the French ones also open a complement (« le ministère de la
# Santé »), the others only a name (« la chaîne al Nour »)
FRENCH_NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "le", "la"})
FOREIGN_NAME_PARTICLES = frozenset(
    {"di", "da", "del", "della", "dos", "das", "van", "von", "der", "den", "ten", "ter", "mc",
     "ben", "bin", "ibn", "abou", "ould", "el", "al"}
)
NAME_PARTICLES = FRENCH_NAME_PARTICLES | FOREIGN_NAME_PARTICLES
# particles of filiation, folded: the word after them is the father's name (« Tamim ben Hamad »)
FILIATION_PARTICLES = frozenset({"ben", "bin", "ibn", "bint", "ould"})

# --- pronouns
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
PERSONAL_SUBJECTS = SUBJECT_PRONOUNS | {"on"}  # a pronoun the carry resolves to someone
# the subject « on » that names no one (« on a appris que … », « l'on rappelle que … »)
INDEFINITE_SUBJECTS = frozenset({"on", "-on", "l'on", "l’on"})
# before a finite verb, a clause with a subject of its own: "il y a deux ans", "c'est"
CLITIC_SUBJECTS = SUBJECT_PRONOUNS | {"on", "je", "j'", "j’", "tu", "ce", "c'", "c’"}
# a clitic subject that is a determiner as often (« ce chiffre est à 3 % »): no sure subject
DETERMINER_SUBJECTS = frozenset({"ce"})
IMPERSONAL = frozenset({"il", "elle"})  # "il a été rapporté que" (expl:subj)
INVERTED = frozenset({"-il", "-elle", "-ils", "-elles", "-on"})  # "a-t-il ajouté"
REFLEXIVE = frozenset({"se", "s'", "s’"})
OBJECT_CLITICS = REFLEXIVE | {"lui", "leur", "les", "la", "le"}
# whom an incise's speaker answers: "« … », l'a interrompue le président", "lui a répondu X"
# (not « nous », « vous »: a subject too, "…, nous confions")
INCISE_OBJECTS = OBJECT_CLITICS - REFLEXIVE | {"l'", "l’", "m'", "m’", "me"}
# between a subject and its verb: "il l'a dit", "elle s'est exprimée"
PREVERBAL_CLITICS = INCISE_OBJECTS | REFLEXIVE
# a verb's direct object before it: "l'a accusé de « … »", "s'est inquiétée de « … »"
DIRECT_CLITICS = PREVERBAL_CLITICS - {"lui", "leur"}
# right before a verb only, whatever the parse calls the word after: « Je me sens », « nous
# voulons » (detect/incise_asides.py: the words before an incise stop on a verb)
BEFORE_VERB = CLITIC_SUBJECTS | REFLEXIVE | {"me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}
# before an infinitive: "s'être préparé", "l'avoir vu", "en avoir assez", "y être allé"
INFINITIVE_CLITICS = OBJECT_CLITICS | {
    "l'", "l’", "en", "y", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}
# a negated infinitive: "dit ne pas savoir", "appelle à ne plus attendre", "n'en rien dire"
INFINITIVE_NEGATION = frozenset({"ne", "n'", "n’", "pas", "plus", "jamais", "rien"})
NEGATION_START = frozenset({"ne", "n'", "n’"})
NORMAL_NEGATION_START = frozenset({"ne", "n"})  # the same in a normalised wording (« n a »)
# a pronoun before a cue's bare form that is part of it (« en appelle à »); not « les prévient »
BARE_FORM_CLITICS = frozenset({"en"})
# the second word of a negation after the verb: « n'est pas », « n'était plus »
NEGATION_END = frozenset({"pas", "plus", "jamais", "point", "guère"})
# a quantifier alone for a group named before (« Tous ont salué … »): no one's name
FLOATING_QUANTIFIERS = frozenset({"tous", "toutes", "chacun", "chacune"})
# a copula true from now on, whatever its tense: « le directeur sera désormais Marc Petit »
FROM_NOW = frozenset({"désormais"})
# a negative subject names nobody: « rien n'indique que … », « personne ne dit que … », and
# the determiners of one (« aucun expert n'a affirmé que … »)
NOBODY = frozenset({"rien", "personne", "nul", "nulle", "aucun", "aucune"})
NONE_OF = frozenset({"aucun", "aucune"})  # a determiner of no one (« aucun accord »)
TOUT = frozenset({"tout", "toute", "tous", "toutes"})  # before an article: « tous les syndicats »
SUPERLATIVES = frozenset({"plus", "moins", "mieux"})  # after an article: « le plus proche »
# what a negation may deny someone could do: « n'a pas pu », « n'est pas en mesure de »
# (lemmas, and « pu » as written: the lemma table lacks the participle)
ABILITY = frozenset({"pouvoir", "pu", "mesure", "capable"})
STRESSED = frozenset({"lui", "elle", "eux", "elles", "l'un", "l’un"})  # may stand as a subject
DATIVES = frozenset({"lui", "leur"})  # "X lui a répondu": the parse may call both subjects
DATIVE_LEADS = frozenset({"et", "puis", "mais", "ou"})  # "… et lui a dit": « lui » a clitic
SUBJECT_RELATIVE = "qui"  # « c'est Marc Petit qui a remis … »: a relative as subject
NOT_SUBJECTS = QUE | {"qui", "ce", "c'", "c’", "cela", "ça"}  # relative and demonstrative
CE = frozenset({"c'", "c’"})
# pronouns that open a relative clause set off by commas: « X, qui …, », « X, où joue Y, »
SET_OFF_RELATIVES = frozenset({"qui", "où", "dont"})
# after a demonstrative, a relative that leaves it a person a cue's subject can be: « celle qui
# … », « celui que … » (not « celui dont le club … »)
DEMONSTRATIVE_RELATIVES = QUE | {"qui"}
# relative pronouns whose clause describes the noun before it: « selon X, qui …, », « dont … »
DESCRIBING_RELATIVES = frozenset({"qui", "dont"})
# a relative pronoun right after « selon X, »: the source's own (« selon le préfet, qui … »),
# not the words of the clause « selon » sits in (detect/selon, detect/selon_relative)
SOURCE_RELATIVES = DESCRIBING_RELATIVES | QUE
# relative pronouns that link a noun to the clause they open ("un conflit qui, selon X, …")
LINKING_RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "lesquels",
                               "lesquelles"})
# relative pronouns after a preposition, for a person or a body: « X, pour qui … », « pour
# laquelle … » (detect/pour_edges)
PREPOSED_RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
# words that never name a speaker on their own: personal, relative, indefinite pronouns
NOT_NAMES = frozenset(
    {"je", "j'", "j’", "tu", "nous", "vous", "moi", "toi", "rien", "personne", "cela", "ça",
     "ceci", "qui", "que", "quoi", "dont", "où", "celui", "celle", "ceux", "celles"}
)
# a singular subject pronoun's gender (« Elle se repose »: a woman)
SUBJECT_GENDERS = {"il": "m", "elle": "f"}
# gender (m/f, None when unmarked) and number (s/p) of the pronouns a speaker can be
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "il": ("m", "s"),
    "elle": ("f", "s"),
    "ils": ("m", "p"),
    "elles": ("f", "p"),
    "on": (None, "s"),
    "lui": ("m", "s"),
    "eux": ("m", "p"),
    # "X avait lui-même évoqué ce voyage : « … »": the emphatic stands for X
    "lui-meme": ("m", "s"),
    "elle-meme": ("f", "s"),
    "eux-memes": ("m", "p"),
    "elles-memes": ("f", "p"),
    # « a confié celui qui … »: the demonstrative of a relative clause stands for someone
    "celui": ("m", "s"),
    "celle": ("f", "s"),
    "ceux": ("m", "p"),
    "celles": ("f", "p"),
}
# « ce dernier » and its forms, folded: the one named last before it, gender and number
LATTER: dict[str, tuple[str, str]] = {
    "ce dernier": ("m", "s"),
    "cette derniere": ("f", "s"),
    "ces derniers": ("m", "p"),
    "ces dernieres": ("f", "p"),
    # « celui-ci » and its forms point to the one named last too
    "celui-ci": ("m", "s"),
    "celle-ci": ("f", "s"),
    "ceux-ci": ("m", "p"),
    "celles-ci": ("f", "p"),
}
# the demonstrative a « -ci » ends, which the tokenizer cuts off it: « Celui » « - » « ci »
DEMONSTRATIVE_HEADS = frozenset({"celui", "celle", "ceux", "celles"})

# --- verbs
AVOIR = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient"})
# « avoir beau » + infinitive, a concession in one verb form: « avait beau assurer que … »
IN_VAIN = "beau"
PASSIVE_AUX = frozenset({"été", "sont", "est", "sera", "seront", "était", "étaient"})
# « être » whose attribute follows: « X est, selon Y, la cause », « X serait, selon Y, fermé »
COPULA_BE = PASSIVE_AUX | {"serait", "seraient"}
# participles the press often leaves unagreed with a woman (« elle s'est dit ouverte »): their
# masculine form says nothing, the attribute after them says it
UNAGREED_PARTICIPLES = frozenset({"dit"})
# the endings by which an adjective's feminine differs from its masculine (« émue », « ravie »,
# « heureuse », « ouverte »), where « -e » alone ends adjectives of both (« jeune », « fidèle »)
# or « -ère », « -ite », « -ile » (« sincère », « hypocrite », « fragile »); « -enne » holds
# « -ienne », « -ise » holds « -aise » and « -oise » (« parisienne », « française »)
FEMININE_ADJ_ENDINGS = ("ée", "ie", "ue", "ive", "euse", "rice", "enne", "onne", "elle", "ette",
                        "ière", "ante", "ente", "rte", "ète", "ise", "aine", "ale", "rête")
PASSIVE_BE = frozenset({"est", "sont"})  # "X est nommé", before the participle
HAVE = frozenset({"a", "ont", "avait", "avaient"})  # "X a été nommé", "X a succédé à Y"
PLUPERFECT_AUXILIARIES = frozenset({"avait", "avaient"})  # "et avait attiré"
# « être » in a cleft, after « c' » before a vowel, else « ce »: « c'est X qui », « c'était X
# que », « ce sont eux qui », « ce fut lui qui » (detect/content, narrator_subjects, selon_relative)
CLEFT_BE = frozenset({"est", "était", "sont", "fut"})
# a role said of a name: "X est le maire", "X, qui était alors ministre", "X reste présidente";
# "devenu" after "est"/"était" ("X est devenue directrice")
ROLE_COPULAS = frozenset({"est", "était", "reste", "restait", "demeure", "devient", "devenait"})
BECOME = frozenset({"devenu", "devenue"})
# an apposition that says what the name is made, or in what capacity it acts: "X, devenue
# ministre en 2020,", "X, élu maire en mars,", "X, en tant que président du club,"
ROLE_INTRODUCERS = BECOME | {"nommé", "nommée", "élu", "élue", "réélu", "réélue", "promu",
                             "promue", "désigné", "désignée"}
# folded: before a role noun, what ranks its holder among others ("le premier pape né …"),
# or says they are the only one ("la seule plaignante"); after it, the words of a state, not a
# function ("présente à l'audience", "né aux États-Unis"): see attribute/ranks.py
RANKS = frozenset({"premier", "premiere", "dernier", "derniere"})
# folded, after an article and a word or unit of time: a time gone or to come (« la semaine
# dernière », « l'an prochain », « le mois passé »)
TIME_SIDES = frozenset({"dernier", "derniere", "prochain", "prochaine", "passe", "passee"})
# folded: what says when an office is held, not which one (« le maire démissionnaire » is the
# « maire de Dole » the article names)
TENURE = frozenset({"demissionnaire", "sortant", "sortante"})
# what opens a period an office is held for (lexicon/period_nouns.txt), lower case: « pour la
# saison », « durant l'exercice »
PERIOD_LINKS = frozenset({"pour", "durant", "pendant", "sur", "de", "du"})
ONLY = frozenset({"seul", "seule"})
STATES = frozenset({"ne", "nee", "nes", "nees", "present", "presente", "presents", "presentes"})
# what opens a complement of time or circumstance, which a role's complement never runs into
# ("sélectionneur de l'équipe après la défaite", "maire lors de la crue"); lower case, « ' »
CIRCUMSTANCES = ("après", "avant", "lors de", "lors d'", "pendant", "durant", "depuis", "dès",
                 "à la suite de", "à la suite d'", "à l'issue de", "à l'issue d'", "au lendemain")
# what a role never ends on: a determiner, or a preposition a cut left (lower case, « ' »)
LOOSE_ENDS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux",
                        "à", "contre", "par", "pour", "sur", "avec", "en", "et", "jusqu'"})
# a time adjunct between a copula and its role: "X est depuis 2019 le maire", "dès mars"
TIME_PREPOSITIONS = frozenset({"depuis", "dès", "en"})
# a circumstance a role a verb gives never runs into: "directrice du musée après le départ de Y".
# Not ``CIRCUMSTANCES``: these are single tokens looked at one by one as the role is grown
# (attribute/predicates.py), and they hold the agent « par » ("nommée directrice par le
# conseil") and « jusqu' », which may end a role a verb gives but not the complement of a role
# noun cut from text (attribute/functions.py: « directeur par intérim »); « depuis », « dès » are
# ``TIME_PREPOSITIONS`` there
CIRCUMSTANCE_PREPOSITIONS = frozenset({"après", "avant", "lors", "pendant", "par", "jusqu'",
                                       "jusqu’"})
# the beginnings (folded) of the forms of the verbs of succession: « X succède à Y comme
# directrice », « X a remplacé Y au poste de directeur » give X the role after « comme » or
# « au poste de » (attribute/predicates.py)
SUCCESSION_STEMS = ("remplac", "succed")
# the beginnings (folded) of the forms of verbs whose object is a role the subject has or gets:
# "il devient le maire", "il reste le maire", "il a remplacé le maire" (he is the new one)
ROLE_VERB_STEMS = ("devien", "devenu", "devenai", "deviend", "reste", "restai", "restera",
                   "demeur", "elu", "reelu", "nomm", "designe", *SUCCESSION_STEMS)
# the labels of an interview's questions and answers, as written (« Q. », « Réponse : »): case
# tells a label from a word (« question : » opens a sentence); a label starting with « Q »
# asks, any other answers (detect/exchanges.py)
EXCHANGE_LABELS = ("Q", "R", "Question", "QUESTION", "Réponse", "RÉPONSE", "REPONSE")
MONTHS = frozenset({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                    "septembre", "octobre", "novembre", "décembre"})  # "élue en mars"
DATE_PLACERS = frozenset({"prochain", "prochaine", "dernier", "dernière"})  # « le 3 mai dernier »

# --- nouns that name a source whatever its kind
SOURCE_NOUNS = frozenset({"source", "sources"})
FEMALE_TITLES = frozenset({"Mme", "Mlle"})
TITLE_WORDS = frozenset({"maître", "me", "mme", "m.", "mlle", "dr", "pr", "mgr"})  # before a name
MALE_TITLES = frozenset({"M."})
