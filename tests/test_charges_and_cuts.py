"""Marks that name a charge after a proceeding's « pour » (its article between them, the
proceeding the verb above them) or after « du chef de » are no one's words; reported words the
end of a cut-off text stops inside their clause are no quote (a quotation in marks cut the same
way stays one); « fait savoir » with an adverb before it is a cue; « se déclarer » with marked
words after it reports them, as « se dire » does."""

import pytest

from quotes.model import Article
from quotes.pipeline import extract_doc

CHARGE = "name of a charge: after a proceeding's « pour » or « du chef de »"
CUT = "reported words cut by the end of the text"


def _result(nlp, text):
    return extract_doc(Article("t", text), nlp(text))


SET_ASIDE = [
    ("Le parquet de Lille a ouvert une enquête pour « mise en danger de la vie d'autrui » "
     "lundi.", "mise en danger de la vie d'autrui", CHARGE),
    ("La maire Anne Roux a déposé plainte pour « dégradation de biens publics » après les "
     "faits.", "dégradation de biens publics", CHARGE),
    ("Le gérant a été mis en examen du chef d'« escroquerie en bande organisée ».",
     "escroquerie en bande organisée", CHARGE),
    ("L'enquête a été confiée à la gendarmerie du chef de « vol aggravé et recel de biens ».",
     "vol aggravé et recel de biens", CHARGE),
    ("Le jeune homme a été placé en garde à vue samedi pour « outrage et rébellion envers "
     "des agents ».", "outrage et rébellion envers des agents", CHARGE),
    # the charge's article between « pour » and the marks
    ("Une enquête a été ouverte pour des « faits de harcèlement » au collège de Vernoux.",
     "faits de harcèlement", CHARGE),
    # the proceeding's verb far before « pour », the sentence's verb the parse hangs it on
    ("Le maire de Vernoux a été condamné à six mois de prison avec sursis pour des « violences "
     "commises sur un agent » en mars dernier.", "violences commises sur un agent", CHARGE),
    ("Le maire de Vernoux a été condamné par le tribunal de Lunel (Gard) à une amende de mille "
     "euros pour des violences et pour « envoi répété de messages malveillants » à son voisin.",
     "envoi répété de messages malveillants", CHARGE),
    # a list of charges: each after the first is one too
    ("Les deux gérants ont été condamnés lundi à Lyon pour « escroquerie aggravée » et « abus "
     "de biens sociaux » et devront rembourser leurs clients.", "abus de biens sociaux", CHARGE),
    ("Le tribunal a condamné la société Verdal pour « escroquerie aggravée » ainsi qu'« abus de "
     "biens sociaux » à une forte amende.", "abus de biens sociaux", CHARGE),
    ("Le gérant a été condamné lundi pour « faux en écriture », « abus de confiance » à "
     "Vernoux.", "abus de confiance", CHARGE),
    ("L'élu pourrait être poursuivi pour « prise illégale d'intérêts » ou « favoritisme » dans "
     "ce dossier.", "favoritisme", CHARGE),
    ("Le conseil a voté le budget. La maire Anne Roux a annoncé que les travaux du gymnase "
     "seraient confiés à la soci", "les travaux du gymnase seraient confiés à la soci", CUT),
    ("Les routes restent fermées. Selon la préfecture du Jura, les chasse-neige ne passeront "
     "pas avant le lendem", "les chasse-neige ne passeront pas avant le lendem", CUT),
]


@pytest.mark.parametrize("text, words, reason", SET_ASIDE)
def test_a_charge_in_marks_or_words_cut_by_the_text_end_are_no_quote(nlp, text, words, reason):
    result = _result(nlp, text)
    assert [q.span.text for q in result.quotes] == []
    assert (words, reason) in [(text[r.start : r.end], r.reason) for r in result.rejected]


FOUND = [
    # « pour » with no word of a proceeding before it: the marks are still someone's words
    ("Paul Roux s'est engagé pour « une école ouverte à tous, sans exception », a rappelé "
     "son adjointe Anne Vidal.", "mixed",
     "Paul Roux s'est engagé pour « une école ouverte à tous, sans exception »"),
    # a charge in marks inside words a cue reports stays in them: the words are mixed
    ("Anne Roux a annoncé avoir porté plainte pour « diffamation » contre le journal.",
     "mixed", "avoir porté plainte pour « diffamation » contre le journal"),
    # a one-line text with no period is no page cut short: its reported words stay
    ("Grèves : la direction annonce que les trains rouleront lundi", "indirect",
     "les trains rouleront lundi"),
    # a quotation in marks that the end of the text cuts stays one, as far as it goes
    ("La maire Anne Roux a déclaré : « Les travaux commenceront en mars et dureront jus",
     "direct", "Les travaux commenceront en mars et dureront jus"),
    # whole reported words at the end of a text are kept
    ("La maire Anne Roux a annoncé que les travaux du gymnase commenceraient en mars.",
     "indirect", "les travaux du gymnase commenceraient en mars"),
    # an adverb between the auxiliary and « fait savoir »
    ("La préfète Claire Dunand a également fait savoir qu'elle se rendrait sur place.",
     "indirect", "elle se rendrait sur place"),
    ("Le syndicat avait aussi fait valoir que les horaires changeraient en mai.",
     "indirect", "les horaires changeraient en mai"),
    # « se déclarer » and marked words: they are what was said, with their complement
    ("Le chercheur Marc Vidal s'est déclaré « très fier » de recevoir ce prix.",
     "mixed", "« très fier » de recevoir ce prix"),
    ("Anne Roux s'est déclarée « profondément choquée » par la décision du jury.",
     "mixed", "« profondément choquée » par la décision du jury"),
]


@pytest.mark.parametrize("text, kind, said", FOUND)
def test_the_words_are_found(nlp, text, kind, said):
    result = _result(nlp, text)
    assert [(q.type, q.span.text) for q in result.quotes] == [(kind, said)]


# marks joined by « et » to marks that name no charge stay words, whatever came before
AFTER_WORDS = [
    ("Le maire Paul Roux a été condamné pour « diffamation ». Il a répondu « nous ferons "
     "appel » et « nous gagnerons ».", ["« nous ferons appel » et « nous gagnerons »"],
     "Paul Roux"),  # one cue's series: one record (GUIDELINES)
    # no cue holds them: the list is read back to marks that are no charge, and stops there
    ("Le maire Paul Roux a été condamné pour « diffamation ». « Une cabale montée de toutes "
     "pièces » et « une honte pour la ville » : le maire ne décolère pas.",
     ["Une cabale montée de toutes pièces", "une honte pour la ville"], "Paul Roux"),
]


@pytest.mark.parametrize("text, said, speaker", AFTER_WORDS)
def test_marks_after_words_are_no_charge(nlp, text, said, speaker):
    quotes = _result(nlp, text).quotes
    assert [(q.span.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        (words, speaker) for words in said]


# a word of a proceeding above the marks, but a verb of their own between: no charge, a
# quote of the one the verb's subject is (which words its span holds is not asked here)
OWN_VERB = [
    ("La condamnation du maire Paul Roux, qui milite pour des « villes enfin libérées des "
     "voitures », a surpris ses électeurs.", "villes enfin libérées des voitures", "Paul Roux"),
    ("Condamné en mars, le maire Paul Roux plaide pour des « mesures de bon sens » dans la "
     "commune.", "mesures de bon sens", "Paul Roux"),
]


@pytest.mark.parametrize("text, marked, speaker", OWN_VERB)
def test_marks_under_a_verb_of_their_own_are_no_charge(nlp, text, marked, speaker):
    (q,) = _result(nlp, text).quotes
    assert marked in q.span.text and q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(("text", "found"), [
    ("Marc Vidal s'est déclaré prêt à discuter avec la direction.", []),
    ("Marc Vidal s'est déclaré « prêt à discuter » avec la direction.",
     [("mixed", "« prêt à discuter » avec la direction")]),
])
def test_an_unmarked_attribute_after_se_declarer_reports_nothing(nlp, text, found):
    """« s'est déclaré prêt à … » with no marks: a stance, as « se déclarer » reads without
    marks; only the marks show words were said (the same sentence with marks reports them)."""
    result = _result(nlp, text)
    assert [(q.type, q.span.text) for q in result.quotes] == found
