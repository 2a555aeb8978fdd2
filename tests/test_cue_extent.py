"""The cue as written: the preposition of a non-finite cue and a compound form's object
pronoun stay in it; whom it is said to, a bare form's neighbours and the preposition of the
complement a cue of several words is found with stay out."""

from dataclasses import replace

import pytest

from quotes.api import extract_text
from quotes.detect.cue_extent import carried_cues, written_start
from quotes.model import Span


def _cue(sentence: str, cut: str) -> str:
    """The cue written whole, from the verb group the frames cut (``cut``, its last
    occurrence)."""
    a = sentence.rindex(cut)
    return sentence[written_start(sentence, a, a + len(cut)) : a + len(cut)]


@pytest.mark.parametrize(("sentence", "cut", "cue"), [
    # « de » + infinitive, « avant de », pronouns between
    ("Le maire a-t-il tort de dire que la piscine fermera ?", "dire", "de dire"),
    ("Et la juge d'en conclure que le dossier est vide.", "conclure", "d'en conclure"),
    ("Il a visité l'atelier avant de nous glisser : « Tout est neuf. »", "glisser",
     "avant de nous glisser"),
    ("Elle a souri, avant d’ajouter : « Nous verrons bien. »", "ajouter", "avant d’ajouter"),
    # « pour » + infinitive: the purpose infinitive that governs the words keeps its « pour »
    ("Le maire a pris la parole pour dénoncer « un budget injuste ».", "dénoncer",
     "pour dénoncer"),
    ("L'entraîneuse est intervenue pour leur rappeler qu'« une saison est longue ».",
     "rappeler", "pour leur rappeler"),
    ("Pour dire que « rien ne change », il a pris la parole.", "dire", "Pour dire"),
    # « Et » opening a sentence before « de » + infinitive: the narrative infinitive, whole
    ("« Le site fermera », a écrit la directrice. Et de préciser : « Pas avant l'été. »",
     "préciser", "Et de préciser"),
    ("Elle a salué les bénévoles.\nEt d’ajouter « leur courage ».", "ajouter",
     "Et d’ajouter"),
    # « en » + gerund, pronouns between
    ("Le maire a répondu, en leur reprochant « une grande légèreté ».", "reprochant",
     "en leur reprochant"),
    ("Tout en se déclarant « très serein », le directeur a quitté la salle.", "se déclarant",
     "en se déclarant"),
    ("Le club a protesté en qualifiant la décision d'« injuste ».", "qualifiant",
     "en qualifiant"),
    # an object pronoun before a compound form
    ("La mairie les a prévenus que l'école restera fermée.", "a prévenus", "les a prévenus"),
    ("Le syndicat en a averti ses adhérents mardi.", "a averti", "en a averti"),
    ("Les deux clubs l’ont confirmé dans un communiqué.", "ont confirmé", "l’ont confirmé"),
    # « en » before a bare form: part of the verb, never whom it is said to
    ("Le syndicat en appelle à une grève dès lundi.", "appelle", "en appelle"),
    # the « ne » of a finite form's negation, before its pronouns or its auxiliary
    ("L'élue n’en a pas moins rappelé que le budget était voté.", "en a pas moins rappelé",
     "n’en a pas moins rappelé"),
    ("Le juge n'a jamais affirmé que le dossier était clos.", "a jamais affirmé",
     "n'a jamais affirmé"),
    ("La directrice ne dit pas que l'usine fermera.", "dit", "ne dit"),
    # « avoir beau » and its infinitive: one verb form, its negation too
    ("La ministre avait beau assurer qu'elle resterait, le parti a voté.", "assurer",
     "avait beau assurer"),
    ("Les élus ont beau répéter que la ligne est sûre, personne ne les croit.", "répéter",
     "ont beau répéter"),
    # a semi-auxiliary and its « à » (semi_auxiliaries.tsv), with its auxiliary, adverbs,
    # reflexive and negation: one entry a row
    ("La ministre a tenu à saluer « le courage des pompiers ».", "saluer", "a tenu à saluer"),
    ("Le juge a tenu à lui rappeler qu'il risque gros.", "rappeler", "a tenu à lui rappeler"),
    ("Le préfet a aussi tenu à remercier les secours.", "remercier",
     "a aussi tenu à remercier"),
    ("L'entraîneur se borne à préciser que le match aura lieu.", "préciser",
     "se borne à préciser"),
    ("La directrice s’est bornée à rappeler que l'usine restera ouverte.", "rappeler",
     "s’est bornée à rappeler"),
    ("Les élus se limitent à affirmer que le budget tiendra.", "affirmer",
     "se limitent à affirmer"),
    ("La capitaine a trouvé à redire sur l'arbitrage : « Rien n'allait. »", "redire",
     "a trouvé à redire"),
    ("Le maire n'a rien trouvé à redire au projet du port.", "redire",
     "n'a rien trouvé à redire"),
])
def test_written_whole(sentence: str, cut: str, cue: str) -> None:
    assert _cue(sentence, cut) == cue


@pytest.mark.parametrize(("sentence", "cut", "cue"), [
    # an infinitive or a gerund with no preposition of its own
    ("Le maire, estimant que « tout va bien », est reparti.", "estimant", "estimant"),
    ("Elle se disant « épuisée », la réunion a été reportée.", "se disant", "se disant"),
    # « pour » with no infinitive of its own just before the cue; « et » inside a sentence
    ("Il a voté pour, disant que « rien ne change ».", "disant", "disant"),
    ("Elle a pris le micro et de dire que « tout va bien ».", "dire", "de dire"),
    ("« Tout va bien », et de préciser que le site restera ouvert.", "préciser",
     "de préciser"),
    # whom it is said to, cut by the frames with a finite form: out of the cue
    ("« Courage ! » leur dit la capitaine.", "leur dit", "dit"),
    ("« Merci », lui a écrit la chanteuse.", "lui a écrit", "a écrit"),
    # « Lui » with its capital is a subject, no clitic: kept
    ("Son frère a refusé. Lui a dit qu'il viendrait.", "Lui a dit", "Lui a dit"),
    # whom it is said to, before a compound form; a pronoun before a bare form
    ("Le préfet lui a répondu que la route restera fermée.", "a répondu", "a répondu"),
    ("Le ministre nous a assuré que rien ne changerait.", "a assuré", "a assuré"),
    ("Le directeur les prévient que le site fermera.", "prévient", "prévient"),
    ("« Nous partons », nous indique le capitaine.", "indique", "indique"),
    ("Comme le rapporte la radio locale, le pont restera fermé.", "rapporte", "rapporte"),
    # « en » as a preposition before a gerund's own « en » is no pronoun of a bare form;
    # « ne » of an infinitive's negation is no part of the infinitive's cue
    ("Elle a réagi, tout en précisant que rien n'était joué.", "en précisant", "en précisant"),
    ("Le maire dit ne pas vouloir commenter l'enquête.", "dit", "dit"),
    # « à » after a verb that is the cue itself, or a narrator's, or an adjective: no
    # semi-auxiliary, the infinitive as cut
    ("Le syndicat a appelé à manifester contre la réforme.", "manifester", "manifester"),
    ("Le maire a commencé à dire que rien ne changeait.", "dire", "dire"),
    ("La ministre est prête à affirmer que la loi passera.", "affirmer", "affirmer"),
    ("La borne à côté a dit « stop ».", "a dit", "a dit"),
    # « beau » as an adjective, after « être » or a determiner: no part of the cue
    ("Il est beau de dire que rien ne change.", "dire", "de dire"),
    ("Le discours est beau, dire que la ville change ne suffit pas.", "dire", "dire"),
    # « beau » after a verb that is no « avoir »: an attribute, no part of the cue
    ("Les élus trouvent beau répéter que la ville change.", "répéter", "répéter"),
    # « né » is no « ne »: the negation is read as written, accents kept
    ("Le mouvement tout juste né réclame que la loi soit retirée.", "réclame", "réclame"),
    # a word glued to the cue, and a determiner before a noun, are no pronouns
    ("La présidente a déclaré que la séance était levée.", "a déclaré", "a déclaré"),
    ("Le rapport de la commission dit que les comptes sont justes.", "dit", "dit"),
])
def test_not_written_whole(sentence: str, cut: str, cue: str) -> None:
    assert _cue(sentence, cut) == cue


@pytest.mark.parametrize(("text", "quote", "cue"), [
    ("La direction du lycée les a informés que les cours reprendront lundi.",
     "les cours reprendront lundi", "les a informés"),
    ("Le ministre de la Culture a-t-il raison de dire qu'« aucun musée ne fermera » ?",
     "« aucun musée ne fermera »", "de dire"),
    ("« Nous partirons demain », a-t-il annoncé aux habitants.", "Nous partirons demain",
     "a-t-il annoncé"),
    # a semi-auxiliary stays in the cue of its infinitive
    ("La ministre Anne Roux a tenu à saluer « le courage des pompiers ».",
     "le courage des pompiers", "a tenu à saluer"),
    # « appeler à » is the cue itself: its infinitive is what is said, no semi-auxiliary
    ("Le syndicat CGT a appelé à manifester jeudi.", "manifester jeudi", "a appelé"),
    # a cue of several words keeps the words it is found with that are no preposition
    ("Le préfet Paul Morin a mis en garde que « la digue reste fragile ».",
     "« la digue reste fragile »", "a mis en garde"),
    # an incise inside one quotation: the part after its comma takes its cue
    ("La maire Anne Roux a pris la parole. « Nous cherchons la cause », a-t-elle dit en fin "
     "de soirée, « je ne peux rien exclure pour l'instant ». La séance a repris.",
     "je ne peux rien exclure pour l'instant", "a-t-elle dit"),
    ("« Nous cherchons la cause », a déclaré la maire Anne Roux devant la presse, « et nous "
     "la trouverons ».", "et nous la trouverons", "a déclaré"),
    # a speaker the cast holds no name for: the marks after her cue's sentence take its cue
    ("« Je ne sais pas ce qui s'est passé », a commenté la jeune femme sous couvert "
     "d'anonymat. « Il était très gentil. »", "Il était très gentil.", "a commenté"),
    ("« La déception est immense », a ajouté la défenseure après le match.\n\n« Après le "
     "poteau, on revient. »", "Après le poteau, on revient.", "a ajouté"),
    # marks after the comma with a cue of their own keep it
    ("« Tout est prêt », a dit le maire Paul Roux lundi, « rien ne manque », a répondu la "
     "préfète Anne Morel.", "rien ne manque", "a répondu"),
])
def test_record_cue(text: str, quote: str, cue: str) -> None:
    found = {q.span.text: q for q in extract_text(text)}
    assert found[quote].cue is not None and found[quote].cue.text == cue


@pytest.mark.parametrize(("text", "quote"), [
    # a sentence of the narrator between: the unnamed voice's cue stops there
    ("« Je ne sais pas ce qui s'est passé », a commenté la jeune femme. Le silence est tombé "
     "sur la place. « Il était très gentil. »", "Il était très gentil."),
    # marks a named speaker took: no unnamed voice's cue
    ("« Je ne sais pas ce qui s'est passé », a commenté la jeune femme. Le maire Paul Roux "
     "est arrivé ensuite. « Il était très gentil. »", "Il était très gentil."),
])
def test_an_unnamed_voice_carries_no_cue_past_the_narrator(text: str, quote: str) -> None:
    found = {q.span.text: q for q in extract_text(text)}
    assert found[quote].cue is None


def test_a_cue_before_the_words_is_not_carried_over_a_comma() -> None:
    """A cue before the words (« a dit que A ») carries to the next marks over a stop only: the
    comma is an incise's, after a cue that follows the words (« A », a-t-elle dit, « b »)."""
    text = "Le maire Paul Roux a dit que tout va bien, « rien ne manque »."
    (q,) = extract_text(text)
    said = replace(q, type="indirect", span=Span(29, 41, "tout va bien"))
    marks = replace(q, type="direct", cue=None, span=Span(45, 59, "rien ne manque"))
    assert text[45:59] == "rien ne manque" and said.cue is not None and said.cue.start < 29
    assert carried_cues(text, [said, marks])[1].cue is None
