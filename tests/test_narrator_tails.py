"""The narrator's words at a quote's edges and the cue as written (fixtures/gold/GUIDELINES.md,
« Spans » and « The cue »).

- after the last closing mark, whatever mark closes it (‹ › as « » and " "), a last comma
  segment that says why, how or where the words were given is cut;
- with no comma, an infinitive of the narrator's aim after marks that hold a noun phrase
  (« … » pour justifier …) is no part of the quote, which is then the marked words alone;
- an adverbial phrase inside a compound form (« a pour sa part affirmé », « avait dans un
  premier temps assuré ») stays in the cue, from the auxiliary on, and a passive past such a
  phrase (« est d'ores et déjà appelée à ») is still a passive, no cue;
- clauses in marks the narrator joins with verbless words (« « A » et « B », a ajouté X ») are
  one direct quote each; lone marked words, or stretches a narrator's verb ties, stay one.

Every sentence is made up; offsets are checked (text[start:end] == quote).
"""

import pytest
from conftest import beside_its_own_quote, quotes_of


def _found(nlp, text):
    out = []
    for q in quotes_of(nlp, text):
        assert text[q.span.start : q.span.end] == q.span.text
        out.append(q)
    return out


# the tail after a closing ‹ › is cut as after « » (lexicon/marked_tails.txt, a medium)
CLOSING_TAILS = [
    ("L'entraîneuse Lise Barrot a confié que l'équipe restait ‹ soudée ›, comme pour calmer "
     "les supporters.", "l'équipe restait ‹ soudée ›"),
    ("Le ministre Hervé Lacaze a répété que ‹ rien n'était décidé ›, mardi sur Instagram.",
     "‹ rien n'était décidé ›"),
]
# a segment that goes on with the reported words stays
CLOSING_TAILS_KEPT = [
    ("Le guide Yann Perrin a prévenu que le sentier serait ‹ glissant ›, si la neige tombe.",
     "le sentier serait ‹ glissant ›, si la neige tombe"),
    ("D'après Nina Valet, la crue emporte ‹ des arbres entiers ›, des voitures et des "
     "barrières.", "la crue emporte ‹ des arbres entiers ›, des voitures et des barrières"),
]


@pytest.mark.parametrize(("text", "quote"), CLOSING_TAILS + CLOSING_TAILS_KEPT)
def test_tail_after_any_closing_mark(nlp, text, quote):
    assert quote in [q.span.text for q in _found(nlp, text)]


# the marked noun phrase is what is said; the infinitive says what the saying was for
AIMS = [
    ("La directrice Claire Dumont met en avant « une baisse des ventes » pour justifier le "
     "départ.", "une baisse des ventes"),
    ("Le maire Paul Girard a évoqué « une saison difficile » avant de quitter la salle.",
     "une saison difficile"),
    ("Le syndicat de Marc Olier réclame « une vraie négociation » afin de sortir du conflit.",
     "une vraie négociation"),
]
# a preposition with no infinitive, words before the marks, or a clause in marks whose verb
# the infinitive can go with: the record stays mixed
AIMS_WOVEN = [
    ("Le maire Paul Girard réclame des moyens « rapides » pour aider les familles.",
     "des moyens « rapides » pour aider les familles"),
    ("La ministre Anne Roy s'est dite « inquiète » pour la santé des élèves.",
     "« inquiète » pour la santé des élèves"),
    ("« Il faut gagner samedi » pour rester en première division, a assuré Paul Girard.",
     "« Il faut gagner samedi » pour rester en première division"),
]


@pytest.mark.parametrize(("text", "quote"), AIMS)
def test_aim_after_marks_is_the_narrators(nlp, text, quote):
    found = [(q.type, q.span.text) for q in _found(nlp, text)]
    assert ("direct", quote) in found


@pytest.mark.parametrize(("text", "quote"), AIMS_WOVEN)
def test_words_after_marks_that_stay(nlp, text, quote):
    found = [(q.type, q.span.text) for q in _found(nlp, text)]
    assert ("mixed", quote) in found


# the cue runs from the auxiliary across an adverbial phrase inside the compound form
COMPOUND_CUES = [
    ("Paul Girard a pour sa part affirmé que la piscine rouvrira en mai.",
     "la piscine rouvrira en mai", "a pour sa part affirmé"),
    ("Claire Dumont avait dans un premier temps assuré qu'elle resterait au club.",
     "elle resterait au club", "avait dans un premier temps assuré"),
    ("Marc Olier a d'ores et déjà annoncé qu'il se présentera en juin.",
     "il se présentera en juin", "a d'ores et déjà annoncé"),
    ("Le directeur Luc Ferrand a à plusieurs reprises déclaré que l'usine fermerait.",
     "l'usine fermerait", "a à plusieurs reprises déclaré"),
]
# another verb's object between them: the cue is the participle alone
COMPOUND_CUES_NOT = [
    ("Paul Girard a reçu les élus puis déclaré que la route rouvrira.",
     "la route rouvrira", "déclaré"),
    ("Anne Roy a écrit une lettre et annoncé qu'elle quittait le club.",
     "elle quittait le club", "annoncé"),
]


@pytest.mark.parametrize(("text", "quote", "cue"), COMPOUND_CUES + COMPOUND_CUES_NOT)
def test_cue_inside_a_compound_form(nlp, text, quote, cue):
    found = {q.span.text: q.cue.text if q.cue else None for q in _found(nlp, text)}
    assert found.get(quote) == cue


# a passive past an adverb or an adverbial phrase is a passive: no one is said to speak
PASSIVES = [
    "Sophie Morel est d'ores et déjà appelée à diriger le club.",
    "Sophie Morel est déjà appelée à présider le club.",
]
# a reflexive form past an adverb is no passive: its attribute is reported
NOT_PASSIVES = [
    ("L'avocate Anne Roy s'est également dite « soulagée » par le verdict.",
     "« soulagée » par le verdict"),
    ("Le maire Paul Girard s'est pour sa part dit « très inquiet » pour les familles.",
     "« très inquiet » pour les familles"),
]


@pytest.mark.parametrize("text", PASSIVES)
def test_passive_past_an_adverbial(nlp, text):
    assert beside_its_own_quote(nlp, text) == []


@pytest.mark.parametrize(("text", "quote"), NOT_PASSIVES)
def test_reflexive_past_an_adverbial(nlp, text, quote):
    assert quote in [q.span.text for q in _found(nlp, text)]


# words in marks with no cue of their own, straight after the same speaker's words and their
# cue, take that cue (« Cue, continued »)
CARRIED = [
    ("« Nous avons gagné ce soir », a déclaré l'entraîneur Paul Girard. « Les joueurs ont tout "
     "donné. »", "Les joueurs ont tout donné.", "a déclaré"),
    ("« La saison commence bien », sourit Claire Dumont à propos de ce premier match. « Nous "
     "verrons la suite. »", "Nous verrons la suite.", "sourit"),
    ("Le préfet Marc Olier a expliqué que la digue avait cédé dans la nuit.\n\n« Nous évacuons "
     "le quartier. »", "Nous évacuons le quartier.", "a expliqué"),
    # the point of a title is no stop
    ("Paul Girard a parlé. « Le pont rouvrira lundi », a précisé M. Girard. « Les bus suivront "
     "mardi. »", "Les bus suivront mardi.", "a précisé"),
]
# a sentence of the narrator's between, or a cue of their own: no cue carried over
NOT_CARRIED = [
    ("« Nous avons gagné ce soir », a déclaré l'entraîneur Paul Girard. Le capitaine Luc "
     "Ferrand était ravi. « Les joueurs ont tout donné. »", "Les joueurs ont tout donné.", None),
    ("« Nous avons gagné », a déclaré Paul Girard. « Les joueurs ont tout donné », a ajouté "
     "Claire Dumont.", "Les joueurs ont tout donné", "a ajouté"),
    # a comma after the marks: a cue of its own comes there, read or not
    ("« Le pont est fermé », a déclaré Paul Girard. « Nous attendons les experts », balance "
     "Paul Girard.", "Nous attendons les experts", None),
]


@pytest.mark.parametrize(("text", "quote", "cue"), CARRIED + NOT_CARRIED)
def test_cue_carried_to_the_words_that_go_on(nlp, text, quote, cue):
    found = {q.span.text: q.cue.text if q.cue else None for q in _found(nlp, text)}
    assert quote in found
    assert found[quote] == cue


# marks that open the words before a postposed cue and hold a sentence of their own: what
# follows them to the cue, with no marks and no finite verb, tells when, where or how the
# words were given, and is the narrator's (leads.own_sentence_end); the quote is the marks
OWN_SENTENCE_MARKS = [
    ("« Quand nous sommes arrivés, la grange brûlait déjà », dans la nuit de lundi à mardi, a "
     "déclaré le capitaine Hugo Marlot.", "Quand nous sommes arrivés, la grange brûlait déjà"),
    ("« Les secours sont arrivés trop tard », à l'issue de la réunion publique, a regretté le "
     "maire Gaëtan Ferrier.", "Les secours sont arrivés trop tard"),
    ("« Le rapport sera prêt » (au printemps), a-t-elle répondu à la presse. La directrice Léa "
     "Vornier était à Lyon.", "Le rapport sera prêt"),
    ('"La cour va rendre une décision ferme." D\'une voix douce mais ferme, la présidente de la '
     "cour, Mireille Castan, prévient Paul Morin, son frère et son associé, les yeux dans les "
     "yeux.", "La cour va rendre une décision ferme."),
]


# after a comma, more of what is said (no preposition first) stays with the marks
OWN_SENTENCE_MARKS_KEPT = [
    ("« Cette nuit, l'ennemi a tiré une dizaine de roquettes », ainsi que deux obus, a indiqué "
     "le colonel Marc Tessier.",
     "« Cette nuit, l'ennemi a tiré une dizaine de roquettes », ainsi que deux obus"),
    # a preposition alone is no circumstance: what it opens goes on with what is said
    ("« L'ennemi a tiré une dizaine de roquettes », avec deux obus de mortier, a indiqué le "
     "colonel Bastien Lurat.",
     "« L'ennemi a tiré une dizaine de roquettes », avec deux obus de mortier"),
    ("« Les cantines rouvriront lundi », pour les écoles et les collèges de la ville, a précisé "
     "le maire Gaëtan Ferrier.",
     "« Les cantines rouvriront lundi », pour les écoles et les collèges de la ville"),
    ("« Nous voulons un cessez-le-feu », sans conditions, a répété la ministre Odile Sarrazin.",
     "« Nous voulons un cessez-le-feu », sans conditions"),
]


@pytest.mark.parametrize(("text", "quote", "kind"), [
    *((text, quote, "direct") for text, quote in OWN_SENTENCE_MARKS),
    *((text, quote, "mixed") for text, quote in OWN_SENTENCE_MARKS_KEPT)])
def test_narrator_words_after_marks_that_are_a_sentence(nlp, text, quote, kind):
    found = {q.span.text: q.type for q in _found(nlp, text)}
    assert found.get(quote) == kind, found


# marked clauses the narrator joins with verbless words (« et », « lundi, mais ») and no cue:
# one direct quote per marked stretch, the narrator's words in neither
# (detect/joined_marks.py); under one cue they are one series, tests/test_series.py
JOINED_MARKS = [
    ("Le maire « a appris la nouvelle de manière officielle à midi » lundi, mais « ce n'est pas "
     "une surprise pour lui ».",
     ["a appris la nouvelle de manière officielle à midi", "ce n'est pas une surprise pour lui"]),
]

# lone words in marks, or stretches a verb of the narrator ties, stay one mixed quote
JOINED_MARKS_KEPT = [
    ("Le ministre s'est dit « piégé » et « victime d'un guet-apens », a rapporté Le Monde.",
     "« piégé » et « victime d'un guet-apens »"),
    ("Paul Roy sera « toujours là » en ayant « toujours envie de jouer pour son club ».",
     "« toujours là » en ayant « toujours envie de jouer pour son club »"),
    # no conjunction of the narrator's: the second stretch goes on the first one's sentence
    ("« Quand le fleuve monte, la digue tient » d'ordinaire, « et les maisons restent sèches », "
     "explique la maire de Valdor, Lise Fabre.",
     "« Quand le fleuve monte, la digue tient » d'ordinaire, « et les maisons restent sèches »"),
    # a negation of the narrator's between the marks: B is what the speaker rejects
    ("« Nous voulons la paix » et non « nous voulons la guerre », a corrigé le maire de Valdor, "
     "Paul Roy.", "« Nous voulons la paix » et non « nous voulons la guerre »"),
    ("« Je reste » mais pas « je me représenterai », a précisé le maire de Valdor, Paul Roy.",
     "« Je reste » mais pas « je me représenterai »"),
    ("« Le pont sera rouvert » et jamais « il ne sera détruit », a promis le maire de Valdor, "
     "Paul Roy.", "« Le pont sera rouvert » et jamais « il ne sera détruit »"),
    ("« Le pont tiendra » et surtout pas « il faut le fermer », a tranché le maire de Valdor, "
     "Paul Roy.", "« Le pont tiendra » et surtout pas « il faut le fermer »"),
    # another person named between the marks: B is that person's
    ("« Nous irons jusqu'au bout » et, pour son adjoint Marc Lenoir, « il n'y a plus rien à "
     "négocier », a déclaré le maire de Valdor, Paul Roy.",
     "« Nous irons jusqu'au bout » et, pour son adjoint Marc Lenoir, « il n'y a plus rien à "
     "négocier »"),
]


@pytest.mark.parametrize(("text", "quotes"), JOINED_MARKS)
def test_marked_clauses_joined_by_the_narrator(nlp, text, quotes):
    found = {q.span.text: q.type for q in _found(nlp, text)}
    assert all(found.get(q) == "direct" for q in quotes), found


@pytest.mark.parametrize(("text", "quote"), JOINED_MARKS_KEPT)
def test_marked_words_that_stay_one_quote(nlp, text, quote):
    found = {q.span.text: q.type for q in _found(nlp, text)}
    assert found.get(quote) == "mixed", found
