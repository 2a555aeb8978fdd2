"""The cue as written: the preposition of a non-finite cue and a compound form's object
pronoun stay in it; whom it is said to, a bare form's neighbours and the preposition of the
complement a cue of several words is found with stay out."""

import pytest

from quotes.api import extract_text
from quotes.detect.cue_extent import written_start


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
    ("Le ministre est venu très vite pour dire que « tout va bien ».", "dire", "pour dire"),
    ("La ministre est là depuis lundi pour affirmer que la loi passera.", "affirmer",
     "pour affirmer"),
    # « là pour » after a verb that is no « être »: a purpose all the same
    ("Le maire est venu là pour dire que tout va bien.", "dire", "pour dire"),
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
    # a participle's auxiliary is reached past any adverb, a phrase set off by commas (as
    # GUIDELINES keeps `a, pour sa part, réagi`) or an inverted subject
    ("Le maire a même tenu à saluer « un travail exemplaire » des pompiers.", "saluer",
     "a même tenu à saluer"),
    ("La députée a d'ailleurs tenu à rappeler que le budget tiendra.", "rappeler",
     "a d'ailleurs tenu à rappeler"),
    ("Le préfet a longuement tenu à expliquer que la route fermera.", "expliquer",
     "a longuement tenu à expliquer"),
    ("Le ministre a aujourd'hui trouvé à redire : « Rien ne va. »", "redire",
     "a aujourd'hui trouvé à redire"),
    ("Le maire a, ce matin, tenu à saluer « un travail exemplaire ».", "saluer",
     "a, ce matin, tenu à saluer"),
    ("Le maire a ce matin tenu à saluer « un travail exemplaire ».", "saluer",
     "a ce matin tenu à saluer"),
    ("Aussi le ministre a-t-il tenu à rappeler que rien ne change.", "rappeler",
     "a-t-il tenu à rappeler"),
    # « en » with the reflexive: « s'en tenir »
    ("Le maire s'en tient à répéter que tout va bien.", "répéter", "s'en tient à répéter"),
    ("La porte-parole s'en est tenue à affirmer que tout va bien.", "affirmer",
     "s'en est tenue à affirmer"),
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
    ("« Tout va bien » et de préciser que le site restera ouvert.", "préciser",
     "de préciser"),
    # a capital « Et » inside a sentence, after a comma, opens none
    ("Elle a salué les bénévoles, Et de préciser que tout va bien.", "préciser",
     "de préciser"),
    # « pour » that opens no purpose clause after a verb: a consequence after a degree, a
    # presence after « être là », a reputation (reputation_words.txt, one row an entry), a
    # compound infinitive (a cause): the infinitive as cut
    ("Il est trop tôt pour affirmer que « la crise est finie », a estimé le ministre Jean "
     "Dulac.", "affirmer", "affirmer"),
    ("Le texte est assez clair pour dire que « rien ne change ».", "dire", "dire"),
    ("La preuve est suffisamment solide pour affirmer que tout va bien.", "affirmer",
     "affirmer"),
    ("Il n'est pas là pour dire que « tout va bien », a prévenu le maire Paul Roux.", "dire",
     "dire"),
    ("Nous sommes ici pour rappeler que la loi passera.", "rappeler", "rappeler"),
    ("La chanteuse est connue pour dire que « tout va bien ».", "dire", "dire"),
    ("Le juge, réputé pour répéter que la loi est dure, a parlé.", "répéter", "répéter"),
    ("Ces deux élus sont célèbres pour affirmer que « tout va bien ».", "affirmer",
     "affirmer"),
    ("Le joueur a été sanctionné pour avoir dit que « l'arbitre triche ».", "avoir dit",
     "avoir dit"),
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
    # a semi-auxiliary's form after a determiner is a noun: the infinitive is the cue
    ("Le polémiste n'a aucune limite à dire que « tout va mal ».", "dire", "dire"),
    ("Il n'y a pas de limite à dire que « tout va mal ».", "dire", "dire"),
    ("Elle fixe la limite à dire que la loi passera.", "dire", "dire"),
    ("Il s'est donné une limite à dire que la loi passera.", "dire", "dire"),
    # a participle with no auxiliary to reach: the cue as cut, not a bare participle
    ("Tenu à rappeler que « rien ne change », le maire est reparti.", "rappeler", "rappeler"),
    ("Le préfet, tenu à expliquer que la route fermera, a répondu.", "expliquer", "expliquer"),
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
])
def test_record_cue(text: str, quote: str, cue: str) -> None:
    found = {q.span.text: q for q in extract_text(text)}
    got = found[quote].cue
    assert got is not None and got.text == cue
