"""Witnesses named by a first name, « ce dernier », and antecedents that say nothing.

Fait-divers and sport news name a witness by a first name alone, often one the recogniser
misses, with a description set beside it (« à l'image de Loïc, un éleveur du plateau »,
« », raconte Loïc, un maraîcher »), then stand for them by « ce dernier » or « il ». Only a
first name of the lexicon, or a word the recogniser labels nothing whose own apposition is a
human noun, becomes a person: never a place, a club, a title, a product, an animal or a ship
(« Le maire de Vernac, un agriculteur », « a réagi Marseille, un rival historique »). A verb
of memory flagged in the lexicon is a cue in the inverted incise (« « … », se rappelle
Mathilde Roux »), no other reflexive (« s'appelle », « se relève »); « ce dernier » read as
the verb's determiner is its subject; a description is a name's only where the parse hangs
it on the name (not « Quand la police a interrogé Paul Roux, un témoin est arrivé »); a
pronoun never stands for a document and words with no cue are never carried to one of a
group of things (« l'un des silos »); « il » after « l'un d'eux », « elle » after « l'une
d'elles », stand for that one. Every name, place and sentence is made up.
"""

from __future__ import annotations

import pytest
from conftest import ANY, quote_said

# (text, the words said, speaker (None: no speaker), gender, cue)
ROWS = [
    # ---- a listed verb used reflexively right after the marks: the place makes it a cue
    ("Le village a été inondé. « L'eau est montée en une heure », se rappelle Maëlys, "
     "toujours choquée.", "L'eau est montée en une heure", "Maëlys", "female", "se rappelle"),
    ("Le village a été inondé. « L'eau est montée en une heure », se rappelle Mathilde Roux.",
     "L'eau est montée en une heure", "Mathilde Roux", "female", "se rappelle"),
    ("La digue a cédé. « Nous avons tout perdu », se rappelait le maire de Valbrune, Paul Texier.",
     "Nous avons tout perdu", "Paul Texier", "male", "se rappelait"),
    # near miss: reflexive away from the marks stays no cue (« rappeler » bars « se »)
    ("Le village a été inondé. Elle se rappelle que l'eau est montée en une heure.",
     None, None, None, None),
    # ---- a reporting verb the tagger reads as a noun or an adjective before a first name
    ("Le village a été inondé. « L'eau est montée en une heure », raconte Tristan, un "
     "habitant du hameau.", "L'eau est montée en une heure", "Tristan", "male", "raconte"),
    ("Le village a été inondé. « L'eau est montée en une heure », raconte Tristan.",
     "L'eau est montée en une heure", "Tristan", "male", "raconte"),
    ("La crue a tout emporté. « Nous avons tout perdu », témoigne Océane, une commerçante du "
     "bourg.", "Nous avons tout perdu", "Océane", "female", "témoigne"),
    # ---- a first name alone the lexicon lacks, introduced by a description: one of the cast
    ("La foire aux bestiaux a repris, à l'image de Loïc, un éleveur du plateau. Ce dernier "
     "dit espérer « une bonne saison ».", "espérer « une bonne saison »", "Loïc", "male", "dit"),
    ("La fête des battages a repris, à l'image de Maelwenn, une potière de Trédarzec. Cette "
     "dernière dit vouloir « revenir l'an prochain ». « Les stands étaient pleins », "
     "ajoute-t-elle.", "Les stands étaient pleins", "Maelwenn", ANY, "ajoute-t-elle"),
    # with no « Cette dernière » between: the pronoun of the description's gender
    ("La fête des battages a repris, à l'image de Maelwenn, une potière de Trédarzec. "
     "« Les stands étaient pleins », ajoute-t-elle.",
     "Les stands étaient pleins", "Maelwenn", "female", "ajoute-t-elle"),
    # ---- « ce dernier » after a comma that sets off no apposition: the description
    ("Quand la police a interrogé Paul Roux, un témoin est arrivé. Ce dernier affirme que « la "
     "voiture roulait vite ».", "« la voiture roulait vite »", "un témoin", ANY, "affirme"),
    ("Après avoir salué Paul Roux, un pompier du village a pris la parole. Ce dernier dit "
     "avoir vu « les flammes ».", "avoir vu « les flammes »", "un pompier du village", ANY,
     "dit"),
    # the description apposed to a name is that person's whatever its noun's gender
    ("Nous avons rencontré Léa Caron, un témoin clé de l'accident. Ce dernier dit avoir vu "
     "« une voiture rouge ».", "avoir vu « une voiture rouge »", "Léa Caron", "female", "dit"),
    # ---- a reflexive verb of memory or of speech in the incise is a cue; no other is
    ("La grange a brûlé. « Les vaches hurlaient », se souvient Mathilde Roux.",
     "Les vaches hurlaient", "Mathilde Roux", "female", "se souvient"),
    ("Le stade a explosé. « Quelle soirée ! », s'exclame Paul Roux.", "Quelle soirée !",
     "Paul Roux", "male", "s'exclame"),
    ("La mairie a fermé la piscine. « Pourquoi maintenant ? », s'interroge Léa Caron.",
     "Pourquoi maintenant ?", "Léa Caron", "female", "s'interroge"),
    ("La mairie a fermé la piscine. « Personne ne nous a consultés », s'étonne Léa Caron.",
     "Personne ne nous a consultés", "Léa Caron", "female", "s'étonne"),
    ("« Le Grand Bleu », s'appelle le bateau de Paul Roux, amarré au port.",
     None, None, None, None),
    ("« C'était la fin », s'assure Paul Roux en fermant la porte.", None, None, None, None),
    ("« Nous avons gagné ce soir », se relève Paul Roux, le poing levé.",
     "Nous avons gagné ce soir", "Paul Roux", "male", None),
    ("« Le match est fini depuis longtemps », se poursuit la chronique de Paul Roux.",
     "Le match est fini depuis longtemps", None, None, None),
    # near miss: a place before a description that is the verb's subject is no one
    ("Près de Morlec, un habitant a vu l'eau monter. « C'était terrible », dit-il.",
     "C'était terrible", "un habitant", ANY, "dit-il"),
    # ---- « ce dernier » the tagger hangs on the verb as its determiner: still its subject
    ("Le jury a reçu Tristan Roux, un boulanger de Pleubian. Ce dernier dit vouloir "
     "« faire un pain meilleur ».", "vouloir « faire un pain meilleur »", "Tristan Roux",
     "male", "dit"),
    ("Le maire a reçu Lise Caron. Cette dernière dit ressentir « une grande colère ».",
     "ressentir « une grande colère »", "Lise Caron", "female", "dit"),
    # the description set off after the name is that person's, not a thing with an agent's
    # ending (« un café ») nor the description's own words
    ("Le concours a sacré Tristan Roux, un meunier de Pleubian qui possède un moulin. Ce "
     "dernier dit vouloir « faire un pain meilleur ».", "vouloir « faire un pain meilleur »",
     "Tristan Roux", "male", "dit"),
    # near miss: the one named last, no apposition, stays the description
    ("Le maire a reçu le préfet. Ce dernier affirme que « le pire est passé ».",
     "« le pire est passé »", None, None, "affirme"),
    # ---- a pronoun never stands for a document (« dernier » is no agent noun there)
    ("Selon le dernier bilan, trois personnes sont mortes. « L'eau est montée en une heure », "
     "raconte-t-il.", "L'eau est montée en une heure", None, None, "raconte-t-il"),
    ("Selon le nouveau rapport, la digue était fragile. « Nous avions prévenu », dit-elle.",
     "Nous avions prévenu", None, None, "dit-elle"),
    # ... its noun elided (``noun_kinds.names_a_document``)
    ("Selon l'enquête, le maire savait. « Je n'ai rien caché », a-t-il affirmé.",
     "Je n'ai rien caché", None, None, "a-t-il affirmé"),
    # near miss: the man named since the document is the pronoun's
    ("Le chantier reprendra lundi, d'après une courte note envoyée par le porte-parole de la "
     "mairie, Paul Texier. « Les grues sont déjà montées », a-t-il précisé.",
     "Les grues sont déjà montées", "Paul Texier", "male", "a-t-il précisé"),
    # near miss: an anonymous source whose noun is a person's still agrees
    ("Un agriculteur, qui préfère taire son nom, parle. « L'eau est montée en une heure », "
     "raconte-t-il.", "L'eau est montée en une heure", "un agriculteur", ANY, "raconte-t-il"),
    # « il » after « l'un d'eux » (one of a group of men or of any sex) is that one, « elle »
    # after « l'une d'elles » that one, before a person named earlier
    ("Le maire Paul Roux a réagi : « C'est une honte. » Du côté des membres du syndicat, l'un "
     "d'eux déclare : « On nous a menti. » Dans la vidéo, il lance : « Le site va fermer. »",
     "Le site va fermer.", "l'un des membres du syndicat", None, "lance"),
    ("Le maire Paul Roux a réagi : « C'est une honte. » Les infirmières du service sont "
     "épuisées. L'une d'elles a affirmé que les lits manquaient. Dans la vidéo, elle lance : « Le "
     "service va fermer. »", "Le service va fermer.", "l'une des infirmières du service",
     "female", "lance"),
    # near miss: a pronoun of the other gender goes on to the person named before
    ("La maire Anne Roux a réagi : « C'est une honte. » Du côté des membres du syndicat, l'un "
     "d'eux déclare : « On nous a menti. » Dans la vidéo, elle lance : « Le site va fermer. »",
     "Le site va fermer.", "Anne Roux", "female", "lance"),
    ("Le maire Paul Roux a réagi : « C'est une honte. » Les infirmières du service sont "
     "épuisées. L'une d'elles a affirmé que les lits manquaient. Dans la vidéo, il lance : « Le "
     "service va fermer. »", "Le service va fermer.", "Paul Roux", "male", "lance"),
    # near miss: « il » after one of a group who said nothing goes to the man named before
    ("Le préfet de la Loire, Marc Durand, a reçu les manifestants. L'un d'eux l'a interrogé sur "
     "le calendrier. « Nous tiendrons nos engagements », a-t-il répondu.",
     "Nous tiendrons nos engagements", "Marc Durand", "male", "a-t-il répondu"),
    # ---- words with no cue are never carried to one of a group of things
    ("La tempête a frappé le port. L'un des silos de la coopérative a cédé près de la criée. "
     "« Tout le monde criait ».", "Tout le monde criait", None, None, None),
    # near miss: one of a group of people is still carried
    ("L'un des pompiers de la caserne est arrivé. « Nous avons eu très peur ».",
     "Nous avons eu très peur", "l'un des pompiers de la caserne", ANY, None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender", "cue"), ROWS)
def test_witnesses(nlp, text, said, speaker, gender, cue):
    if said is None:  # no words said at all
        from conftest import beside_its_own_quote

        assert beside_its_own_quote(nlp, text) == []
        return
    q = quote_said(nlp, text, said)
    assert (q.speaker.name if q.speaker.resolution != "unresolved" else None) == speaker
    if gender is not ANY:
        assert q.speaker.gender == gender
    assert (q.cue.text if q.cue else None) == cue


# (text, the words said, speaker (None: no speaker), kind, role): no place, club, title,
# product, animal or ship becomes a person by the description after it
NOT_PERSONS = [
    ("Le maire de Vernac, un agriculteur de 60 ans, a réagi. Ce dernier dit attendre « des "
     "réponses ».", "attendre « des réponses »", None, "person", "maire de Vernac"),
    ("Le président de Lorient, un homme discret, a réagi. Ce dernier affirme que « rien "
     "n'est perdu ».", "« rien n'est perdu »", None, "person", "président de Lorient"),
    ("La saison de Marseille, un rival historique, déçoit. « On attendait beaucoup mieux », "
     "regrette-t-il.", "On attendait beaucoup mieux", None, "unknown", None),
    ("« Nous avons mérité cette victoire », a réagi Marseille, un rival historique du PSG.",
     "Nous avons mérité cette victoire", "Marseille", "organization", None),
    ("Marseille, un rival historique du PSG, s'est imposé dimanche. Ce dernier affirme avoir "
     "« tout donné ».", "avoir « tout donné »", None, "unknown", None),
    ("La victoire de Lorient, un adversaire coriace, a surpris. « Ils ont mérité », "
     "confie-t-il.", "Ils ont mérité", None, "unknown", None),
    ("Le tournage de Vaurien, un policier noir, commence lundi. « Ce sera un film sombre », "
     "prévient-il.", "Ce sera un film sombre", None, "unknown", None),
    ("Le succès de Nova, un assistant vocal conçu à Rennes, surprend. « C'est une "
     "révolution », estime-t-il.", "C'est une révolution", None, "unknown", None),
    ("Le chien Rex veille sur la maison, à l'image de Tornade, un berger allemand. Ce dernier "
     "dit avoir « tout vu ».", "avoir « tout vu »", None, "unknown", None),
    ("Les marins se souviennent de Korrigan, un chalutier de vingt mètres. Ce dernier dit "
     "avoir « tout donné ».", "avoir « tout donné »", None, "unknown", None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role"), NOT_PERSONS)
def test_not_persons(nlp, text, said, speaker, kind, role):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.kind, q.speaker.role) == (speaker, kind, role)


# (text, the capitalised words alone ``given_names`` finds, the recogniser's entities
# cleared or, after a tab, one labelled so)
GIVEN = [
    ("La foire a repris, à l'image de Loïc, un éleveur du plateau.", ["Loïc"]),
    ("La foire a repris, à l'image de Gurvan, un potier du bourg.", ["Gurvan"]),
    ("Nous avons dîné avec Gurvan, un voisin du bourg.", ["Gurvan"]),
    ("« Nous revenons de loin », raconte Loïc, un maraîcher du coin.", ["Loïc"]),
    # a word not a first name of the lexicon takes no cue's subject for its apposition
    ("« Nous revenons de loin », raconte Kerwan, un maraîcher du coin.", []),
    # a description that is the verb's subject, no apposition
    ("Avec Loïc, un voisin a réparé le toit.", []),
    ("Près de Gurvan, un voisin a réparé le toit.", []),
    # the description of the noun the word completes (« saison », « maire »): not its
    ("La saison de Loïc, un coureur discret, déçoit.", []),
    ("Le maire de Gurvan, un agriculteur de 60 ans, a réagi.", []),
    # no human noun: an animal, a ship; a title after an article
    ("Le chien de la ferme veille, à l'image de Max, un berger allemand.", []),
    ("Les marins se souviennent de Gurvan, un chalutier de vingt mètres.", []),
    ("Le public adore le Vaurien, un policier noir.", []),
    # the recogniser's person is its own already; its place is never one
    ("La foire a repris, à l'image de Loïc, un éleveur du plateau.\tLoïc PER", []),
    ("La foire a repris, à l'image de Gurvan, un potier du bourg.\tGurvan LOC", []),
]


@pytest.mark.parametrize(("text", "names"), GIVEN)
def test_given_names(nlp, text, names):
    from spacy.tokens import Span

    from quotes.attribute.given import given_names

    text, _, label = text.partition("\t")
    doc = nlp(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label=label.split()[1])
                for t in doc if label and t.text == label.split()[0]]
    assert [span.text for span, _ in given_names(doc, lambda _: True)] == names


def test_memory_verb_lemma(nlp):
    """The cue of a verb of memory in the incise takes the lexicon's lemma (the tagger gives
    none)."""
    q = quote_said(nlp, "La grange a brûlé. « Les vaches hurlaient », se rappelait Paul Roux.",
                   "Les vaches hurlaient")
    assert (q.cue.text, q.cue.lemma) == ("se rappelait", "rappeler")


# lexicon/showing_nouns.txt, read on lemmas (the stanza backend's documents carry them; spaCy's
# pipeline runs no lemmatizer): one row an entry, a stanza-style document built by hand where
# the parse hangs the apposition « un habitant » on the noun the name completes, not on the name
SHOWING = [("image", "À", "l'"), ("exemple", "À", "l'"), ("cas", "Dans", "le"),
           ("témoignage", "Selon", "le"), ("récit", "Selon", "le")]


def _shown(nlp, prep, det, noun, lemmas=True):
    """« À l'image de Karim, un habitant du quartier, beaucoup ont fui. » with ``prep``, ``det``
    and ``noun`` for « À », « l' » and « image »: the name completes the noun, the apposition
    hangs on the noun."""
    from spacy.tokens import Doc

    words = [prep, det, noun, "de", "Karim", ",", "un", "habitant", "du", "quartier", ",",
             "beaucoup", "ont", "fui", "."]
    spaces = [True, det != "l'", True, True, False, True, True, True, True, False, True, True,
              True, False, False]
    heads = [2, 2, 13, 4, 2, 7, 7, 2, 9, 7, 2, 13, 13, 13, 13]
    deps = ["case", "det", "obl:mod", "case", "nmod", "punct", "det", "appos", "case", "nmod",
            "punct", "nsubj", "aux:tense", "ROOT", "punct"]
    pos = ["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PUNCT",
           "ADV", "AUX", "VERB", "PUNCT"]
    lemma = [prep.lower(), "le", noun, "de", "Karim", ",", "un", "habitant", "de le",
             "quartier", ",", "beaucoup", "avoir", "fuir", "."]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
               lemmas=lemma if lemmas else [""] * len(words))


@pytest.mark.parametrize(("entry", "prep", "det"), SHOWING, ids=[r[0] for r in SHOWING])
def test_a_showing_noun_gives_its_name_the_description(nlp, entry, prep, det):
    from quotes.attribute.given import _introduced

    doc = _shown(nlp, prep, det, entry)
    assert doc[4].text == "Karim" and doc[4].head.lemma_ == entry and _introduced(doc[4])


@pytest.mark.parametrize(("prep", "det", "noun", "lemmas"), [
    ("À", "l'", "image", False),  # no lemmas (spaCy): the noun is not read
    ("À", "la", "place", True),  # a noun that shows no one
    ("Dans", "le", "quartier", True),
])
def test_no_showing_noun_leaves_the_description_the_nouns(nlp, prep, det, noun, lemmas):
    from quotes.attribute.given import _introduced

    assert _introduced(_shown(nlp, prep, det, noun, lemmas)[4]) is False


def test_every_showing_noun_has_a_row():
    from quotes.lexicon import words

    assert {r[0] for r in SHOWING} == set(words("showing_nouns"))
