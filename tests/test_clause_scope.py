"""Where reported words end and start, and who is told: made-up sentences, one row a case.

- a cue inside a relative clause on a noun of the content (after « que », « dont », « où »), or
  a present participle glued to that noun, says more of that noun: the content goes on over it;
- a compound past coordinated with no comma after a cue in the simple present is the
  content's, not the narrator's;
- words a fronted « selon X, » / « d'après X, » gives are X's: a cue after them relays them;
- the narrator's lead-in before a colon is no part of what « selon X » gives;
- a cue fronted as a present participle or inside a subordinate clause opening the sentence
  reports words that end where the main clause's subject starts, after a comma;
- reported words end at marks whose words end on a stop when a capital or marks follow them;
- an object noun before a colon, then a clause holding marks: the clause is what is said;
- a pluperfect coordinated after a cue in another tense goes on the content, as does any
  coordinated verb after « selon » / « d'après », which has no verb of its own;
- a source named inside a relative clause set off by commas, no comma before it, speaks for
  that clause only;
- « nous » and « vous » before a postposed cue are whom it tells, unless the verb is theirs;
- « parler de « … » »: the marked words right after the preposition are a direct quote, with
  an indefinite article before them a mixed one; a gerund after them is the narrator's; marks
  inside a longer object, or after a definite article, are a topic; so are marks a subject
  that cannot speak (« le film ») speaks of;
- a heading in marks whose words stand as they are inside longer marked words is a pull
  quote, however few its words;
- a cue in a relative clause opened by « dont » after the words of another cue ends them at
  the pronoun, and its subject is the noun phrase after « dont ».
"""

import pytest
from conftest import beside_its_own_quote, quotes_of

SAID = [
    # a cue inside a relative clause of the content
    ("Le maire a rappelé que la mairie refuserait tout projet qu'elle jugerait trop coûteux "
     "pour les habitants.",
     "la mairie refuserait tout projet qu'elle jugerait trop coûteux pour les habitants"),
    # a relative clause opened by « où » on a noun of the content, a cue in it
    ("L'avocate de Paul Roy a souligné que la peine court depuis le 3 mai, le jour où la "
     "décision a été annoncée par la fédération.",
     "la peine court depuis le 3 mai, le jour où la décision a été annoncée par la fédération"),
    ("La juge a rappelé que le pont a cédé la nuit où le maire a annoncé sa démission.",
     "le pont a cédé la nuit où le maire a annoncé sa démission"),
    # a present participle glued to a noun of the content
    ("Le directeur a déclaré que les analyses du béton révèlent des fissures profondes "
     "suggérant un défaut ancien.",
     "les analyses du béton révèlent des fissures profondes suggérant un défaut ancien"),
    ("La police a indiqué que le témoin a remis des relevés indiquant une fuite.",
     "le témoin a remis des relevés indiquant une fuite"),
    # a compound past after a cue in the simple present, no comma: the content's
    ("Le parquet indique que le suspect est né en 1990 à Lyon et a été « condamné à plusieurs "
     "reprises ».",
     "le suspect est né en 1990 à Lyon et a été « condamné à plusieurs reprises »"),
    ("Le maire explique que la digue est ancienne et a été abîmée par la crue.",
     "la digue est ancienne et a été abîmée par la crue"),
    # a pluperfect after a cue in the perfect; any verb after « d'après »
    ("Le directeur a indiqué que la saison était un succès et avait attiré deux mille "
     "visiteurs.", "la saison était un succès et avait attiré deux mille visiteurs"),
    ("D'après les gendarmes, le camion roulait trop vite et a percuté la barrière.",
     "le camion roulait trop vite et a percuté la barrière"),
    # the last clause a postposed source speaks for
    ("Les gendarmes ont arrêté un passant, qui portait un sac selon un témoin.",
     "qui portait un sac"),
    ("Un bateau, à bord duquel se trouvaient dix pêcheurs selon la police, a coulé.",
     "à bord duquel se trouvaient dix pêcheurs"),
    # whom the cue tells
    ("Le pont restera fermé tout l'été, nous explique le maire de Valdor, Paul Renaud.",
     "Le pont restera fermé tout l'été"),
]


def test_told_cue_and_direct_object(nlp):
    q = next(q for q in quotes_of(nlp, "« Nous reconstruirons l'école », nous a-t-elle confié.")
             if q.span.text == "Nous reconstruirons l'école")
    assert q.cue is not None and q.cue.text == "nous a-t-elle confié"
    # « parler de « … » » (its lexicon row: tests/test_lexicon.py TOPIC_VERBS), after « d’ »
    text = "« Nous partons », a déclaré Paul Roy, qui parle d’« un jour sombre pour le village »."
    q = next(q for q in quotes_of(nlp, text) if q.span.text == "un jour sombre pour le village")
    assert q.type == "direct" and q.cue is not None and q.cue.text == "parle"
    assert q.speaker is not None and q.speaker.name == "Paul Roy"


# « parler de « … » »: an indefinite article, a gerund after the marks
TOPICS = [
    ("La juge Léa Morin parle d'une « épreuve très difficile » en quittant le tribunal de "
     "Vernoux.", "mixed", "une « épreuve très difficile »", "Léa Morin"),
    ("Le maire Paul Roy parle de « coup dur » en quittant la salle du conseil.", "direct",
     "coup dur", "Paul Roy"),
    # a subject that can speak: a plural noun of people, a pronoun
    ("Les riverains parlent d'une « trahison pure et simple ».", "mixed",
     "une « trahison pure et simple »", "riverains"),
    ("La juge Léa Morin est arrivée à Vernoux. Elle parle d'une « époque formidable ».",
     "mixed", "une « époque formidable »", "Léa Morin"),
]


@pytest.mark.parametrize(("text", "kind", "said", "speaker"), TOPICS)
def test_topic_words(nlp, text, kind, said, speaker):
    (q,) = quotes_of(nlp, text)
    assert (q.type, q.span.text) == (kind, said)
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_noun_of_the_seeds_that_speak(nlp):
    """« Le témoin parle d'une « … » »: a noun of someone who speaks (lexicon/noun_kinds.tsv),
    unnamed."""
    (q,) = quotes_of(nlp, "Le témoin parle d'une « scène de chaos ».")
    assert (q.type, q.span.text) == ("mixed", "une « scène de chaos »")
    assert q.speaker is not None and (q.speaker.name, q.speaker.mention.text) == (None, "Le témoin")


@pytest.mark.parametrize("text", [
    "Le film parle d'une « génération sacrifiée » en suivant trois lycéens.",
    "Le livre parle d'une « époque formidable ».",
    "Le livre parle de « époque formidable ».",
])
def test_a_thing_speaks_of_no_ones_words(nlp, text):
    """« Le film parle d'une « … » »: what a work is about, marked words no one says."""
    assert beside_its_own_quote(nlp, text) == []


def test_definite_article_names_a_topic(nlp):
    """« parle de la « réforme » »: what is spoken of, set aside as a topic."""
    from quotes.model import Article
    from quotes.pipeline import extract_doc

    text = "La juge Léa Morin parle de la « réforme »."
    result = extract_doc(Article("t", text), nlp(text))
    assert not result.quotes
    assert ("réforme", "marked words in what a verb speaks of, not its object: a topic") in [
        (text[r.start : r.end], r.reason) for r in result.rejected]


STOPS = [
    # the narrator's own verb in the cue's tense still ends the content
    ("Le directeur avait indiqué que la saison était un succès et avait ajouté qu'elle "
     "durerait.", "la saison était un succès"),
    ("Le maire a dit que la route était fermée et a ajouté qu'elle rouvrirait lundi.",
     "la route était fermée"),
    # the narrator's verb in the present cue's tense, or after a comma, or its participle
    ("Le maire explique que la route est fermée et ajoute qu'elle rouvrira lundi.",
     "la route est fermée"),
    ("Le maire explique que la route est fermée, et a porté plainte contre l'entreprise.",
     "la route est fermée"),
    ("Le maire a dit que la route était fermée, ajoutant qu'elle rouvrirait lundi.",
     "la route était fermée"),
    ("Le maire a dit que la route était fermée en annonçant des travaux.",
     "la route était fermée"),
    # clauses joined by « et », a relative closed before the verb: the whole sentence
    ("Les prix ont augmenté, et le chômage a baissé, selon l'institut.",
     "Les prix ont augmenté, et le chômage a baissé"),
    ("Le bus a heurté trois voitures, dont deux ont pris feu, selon les pompiers.",
     "Le bus a heurté trois voitures, dont deux ont pris feu"),
    ("Le maire, qui est âgé, a démissionné, selon la radio locale.",
     "Le maire, qui est âgé, a démissionné"),
    # the narrator's lead-in before a colon is no part of what a « selon » source gives
    ("Un sérieux revers toutefois: la sonde pourrait ne pas avoir atteint son orbite, selon "
     "l'agence Orbis, qui cherchait encore à comprendre.",
     "la sonde pourrait ne pas avoir atteint son orbite"),
    ("On en sait plus sur les blessés: il s'agirait de deux hommes de 40 ans, selon le maire "
     "Paul Vernet.", "il s'agirait de deux hommes de 40 ans"),
    # a cue fronted before the main clause (a present participle, a subordinate clause): the
    # main clause's subject, after a comma, ends what it reports
    ("Estimant que M. Roy avait fait montre d'une « légèreté coupable », le tribunal a prononcé "
     "une peine lourde.", "M. Roy avait fait montre d'une « légèreté coupable »"),
    ("Soulignant que la route était dangereuse, le maire de Valdor a fermé le pont.",
     "la route était dangereuse"),
    ("Deux jours après que Paul R. a reconnu avoir volé la statue, une oeuvre de 1890, le "
     "procureur de Valdor a tenu une conférence.", "avoir volé la statue, une oeuvre de 1890"),
    # a clause of the content (« si A, B », « A, B et C ») after the fronted cue: the LAST
    # subject after a comma opens the main clause
    ("Estimant que si la digue cède, les maisons seront inondées, le maire de Valdor a ordonné "
     "l'évacuation.", "si la digue cède, les maisons seront inondées"),
    ("Estimant que s'il pleut, la digue cédera, le maire de Valdor Paul Roy a ordonné "
     "l'évacuation.", "s'il pleut, la digue cédera"),
    ("Soulignant que la digue est fragile, la route est coupée et les écoles sont fermées, le "
     "maire de Valdor Paul Roy a demandé de l'aide.",
     "la digue est fragile, la route est coupée et les écoles sont fermées"),
    ("Après que la ministre Léa Morin a assuré que le budget est prêt, les écoles sont sauvées "
     "et les postes sont créés, les syndicats ont salué l'annonce.",
     "le budget est prêt, les écoles sont sauvées et les postes sont créés"),
    ("Rappelant que, si la digue cède, les maisons seront inondées, le préfet Marc Lenoir a "
     "fermé la route.", "si la digue cède, les maisons seront inondées"),
    ("Jugeant que quand les prix montent, les clients partent, la gérante Léa Morin a baissé "
     "ses tarifs.", "quand les prix montent, les clients partent"),
    ("Lorsque la ministre Léa Morin a annoncé que si le budget baisse, les écoles fermeront, les "
     "parents ont manifesté.", "si le budget baisse, les écoles fermeront"),
    ("Après que le maire Paul Roy a assuré que lorsque les pluies cesseront, les travaux "
     "reprendront, les habitants ont applaudi.",
     "lorsque les pluies cesseront, les travaux reprendront"),
    # marks whose words end on a stop, then a capital: the narrator's next sentence
    ("Le président a dit avoir « du mal à comprendre comment une réunion puisse causer ce "
     "départ, alors que tout allait bien. » Visiblement non, le club doit trouver un successeur.",
     "avoir « du mal à comprendre comment une réunion puisse causer ce départ, alors que tout "
     "allait bien. »"),
    # the same with other marks after, or after marks a colon opens
    ("Le délégué Paul Roy explique qu'il attend du ministre un « changement de cap. Les agents "
     "n'en peuvent plus des réformes. » « Il y a un malaise profond », ajoute-t-il.",
     "il attend du ministre un « changement de cap. Les agents n'en peuvent plus des réformes. »"),
    ("Les grévistes ont accueilli le directeur en scandant : « Dehors, dehors, démission… » Paul "
     "Vernet et Léa Morin restent bloqués dans leur bureau.", "Dehors, dehors, démission…"),
    # the point of a title or an initial, a title's « ? » the sentence goes on after: no end
    ("Le maire Paul Roy a expliqué que la lettre de « M. » Lenoir était arrivée lundi.",
     "la lettre de « M. » Lenoir était arrivée lundi"),
    ("Le maire Paul Roy a raconté que l'auteur de la lettre, signée « Marc L. » Lenoir de son "
     "vrai nom, avait été identifié.",
     "l'auteur de la lettre, signée « Marc L. » Lenoir de son vrai nom, avait été identifié"),
    ("Le maire Paul Roy a affirmé que l'émission « Qui veut gagner ? » France 2 l'avait "
     "déprogrammée.", "l'émission « Qui veut gagner ? » France 2 l'avait déprogrammée"),
    ("Le réalisateur Paul Roy a expliqué que son film « Où vas-tu, Léa ? » Cannes l'avait refusé "
     "en mai.", "son film « Où vas-tu, Léa ? » Cannes l'avait refusé en mai"),
    # a cry's « ! » before the narrator's next sentence, names first: still an end
    ("Le maire Paul Roy a expliqué que les habitants avaient scandé « Démission ! » Marc Lenoir "
     "et Léa Morin sont restés dans la mairie.",
     "les habitants avaient scandé « Démission ! »"),
]


PULL_QUOTES = [
    ("La grève a touché les ports du pays.\n\n« En position de force »\n\n« Si la grève "
     "réussit, les syndicats seront en position de force pour négocier », a prédit le "
     "politologue Jean Dupré.", "En position de force"),
    # two content words: a pull quote by its words inside the longer quote alone
    ("Le maire a parlé.\n\n« Journée noire »\n\n« Pour nous, c'est une journée noire "
     "que personne n'oubliera », a confié le maire Paul Roy.", "Journée noire"),
]


@pytest.mark.parametrize(("text", "said"), SAID + STOPS + PULL_QUOTES)
def test_reported_words(nlp, text, said):
    assert said in [q.span.text for q in quotes_of(nlp, text)]


NOTHING = [
    "Les travaux sont finis, nous avons appris hier.",  # « nous » the subject: no cue
    "Le maire parle de son « combat » contre la pollution.",
    "Le maire parle souvent de son village.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_quote(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


# a line wholly in marks is someone's words whether or not they come back below (GUIDELINES
# « Headings »: the marks hold the whole line; tests/test_headings.py), cue null
WHOLE_LINE_HEADINGS = [
    ("« Force et position »\n\n« Si la grève réussit, les syndicats seront en position de "
     "force », a prédit Jean Dupré.", "Force et position",
     "Si la grève réussit, les syndicats seront en position de force"),
    ("Le bilan\n\n« Une route fermée »\n\nLe maire a dit que la route restait fermée.",
     "Une route fermée", "la route restait fermée"),
]


@pytest.mark.parametrize(("text", "heading", "said"), WHOLE_LINE_HEADINGS)
def test_heading_wholly_in_marks(nlp, text, heading, said):
    found = {q.span.text: q for q in quotes_of(nlp, text)}
    assert heading in found and found[heading].cue is None, list(found)
    assert said in found


NOT_PULL_QUOTES = [
    # marks after a label and a colon, their words not found as they stand
    ("Lycées : « forte affluence »\n\nLe rectorat « constate une forte affluence dans les "
     "classes ».", "forte affluence", "constate une forte affluence dans les classes"),
]


@pytest.mark.parametrize(("text", "heading", "said"), NOT_PULL_QUOTES)
def test_heading_that_is_no_pull_quote(nlp, text, heading, said):
    found = [q.span.text for q in quotes_of(nlp, text)]
    assert heading not in found
    assert said in found  # the words of the text still found: no pass on empty output


DONT = [
    ("« Nous réagirons », a déclaré la ministre devant les sénateurs, avant d'annoncer, en "
     "retour, la « suspension des échanges » avec Minsk et le renvoi de douze diplomates "
     "du pays, dont le Danemark dit qu'ils sont « des agents ».",
     "en retour, la « suspension des échanges » avec Minsk et le renvoi de douze "
     "diplomates du pays", "ils sont « des agents »", "Danemark"),
    ("Le ministre Paul Roy a annoncé l'« expulsion » de vingt diplomates, dont le gouvernement "
     "dit qu'ils sont des espions.", "l'« expulsion » de vingt diplomates",
     "ils sont des espions", "gouvernement"),
]


@pytest.mark.parametrize(("text", "before", "said", "speaker"), DONT)
def test_cue_after_dont(nlp, text, before, said, speaker):
    spans = {q.span.text: q for q in quotes_of(nlp, text)}
    assert before in spans, list(spans)
    q = spans.get(said)
    assert q is not None, list(spans)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.speaker.kind == "organization" and q.speaker.role is None
    assert q.speaker.gender is None


SOURCE_THEN_RELAY = [
    # text, words, speaker, kind, role, gender, cue
    ("D'après les gendarmes, le camion roulait trop vite, rapporte Le Courrier de l'Ouest.",
     "le camion roulait trop vite", "gendarmes", "person", None, None, "D'après"),
    ("Selon la préfecture, la digue a cédé dans la nuit, indique le journal.",
     "la digue a cédé dans la nuit", "préfecture", "organization", None, None, "Selon"),
    # the clause after the colon, not the noun the verb speaks of before it
    ("La ministre Claire Moreau a annoncé une nouvelle importante : les contrôles faits sur "
     "l'eau ont montré « des traces de plomb ».",
     "les contrôles faits sur l'eau ont montré « des traces de plomb »", "Claire Moreau",
     "person", "ministre", "female", "a annoncé"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role", "gender", "cue"),
                         SOURCE_THEN_RELAY)
def test_source_before_relay(nlp, text, said, speaker, kind, role, gender, cue):
    quotes = quotes_of(nlp, text)
    assert [q.span.text for q in quotes] == [said]
    q = quotes[0]
    assert q.speaker is not None and q.speaker.name == speaker
    assert (q.speaker.kind, q.speaker.role, q.speaker.gender) == (kind, role, gender)
    assert q.cue is not None and q.cue.text == cue


# « selon » and a pronoun restate who speaks: the cue after the words names them
RESTATED = [
    ("Le texte a été voté mardi. Selon nous, cette loi est injuste, affirme le syndicat des "
     "enseignants.", "syndicat des enseignants", "organization", None, None),
    ("Le texte a été voté mardi. Selon lui, cette loi est injuste, affirme le maire de Valdor, "
     "Paul Renaud.", "Paul Renaud", "person", "maire de Valdor", "male"),
]


@pytest.mark.parametrize(("text", "speaker", "kind", "role", "gender"), RESTATED)
def test_pronoun_source_before_cue(nlp, text, speaker, kind, role, gender):
    found = [q for q in quotes_of(nlp, text) if q.span.text.endswith("cette loi est injuste")]
    assert len(found) == 1
    q = found[0]
    assert q.speaker is not None and q.speaker.name == speaker
    assert (q.speaker.kind, q.speaker.role, q.speaker.gender) == (kind, role, gender)
    assert q.cue is not None and q.cue.text == "affirme"
