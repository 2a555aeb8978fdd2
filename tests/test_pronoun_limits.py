"""Where a pronoun at a cue stops: a dative clitic the parse gave as the subject of a second
verb (« … et leur a demandé ») is no subject, the verb's own subject is; an indefinite « on »
stands for no one of the cast; a subject pronoun never stands for one the words said name
(« Il a dit que Paul Roux … » is not Paul Roux's); nor for one named after it in a later
paragraph; nor for a place the narration sets something in (« à Vallorbe », « en Bretagne »),
whatever took it for a speaker. Unresolved beats wrong.
"""

import pytest
from conftest import quote_said, quotes_of

# (text, words said, speaker, roles, gender)
DATIVE = [
    # fire: « leur » after « et », « puis », « ou »: the first verb's subject speaks
    ("Le maire Paul Roux passait par là. Il s'est arrêté et leur a demandé de reprendre les "
     "déchets.", "reprendre les déchets", "Paul Roux", ["maire"], "male"),
    ("La directrice Anne Roy a reçu les élèves. Elle est entrée et leur a expliqué que le cours "
     "était annulé.", "le cours était annulé", "Anne Roy", ["directrice"], "female"),
    ("Le maire Paul Roux passait par là. Il s'est arrêté puis leur a demandé de reprendre les "
     "déchets.", "reprendre les déchets", "Paul Roux", ["maire"], "male"),
    ("Le maire Paul Roux a reçu les familles. Il s'est tu ou leur a expliqué que l'école "
     "rouvrirait.", "l'école rouvrirait", "Paul Roux", ["maire"], "male"),
    # « lui » after « mais », « et », « puis », « ou »: the clitic, not the stressed subject
    ("La directrice Anne Roy a reçu le ministre. Elle l'a écouté mais lui a répété que l'école "
     "fermerait.", "l'école fermerait", "Anne Roy", ["directrice"], "female"),
    ("La directrice Anne Roy a reçu le ministre. Elle l'a écouté et lui a répété que l'école "
     "fermerait.", "l'école fermerait", "Anne Roy", ["directrice"], "female"),
    ("Le maire Paul Roux a reçu le préfet. Il l'a salué puis lui a assuré que la route "
     "rouvrirait.", "la route rouvrirait", "Paul Roux", ["maire"], "male"),
    ("Le maire Paul Roux a reçu le préfet. Il l'a écouté ou lui a assuré que la route "
     "rouvrirait.", "la route rouvrirait", "Paul Roux", ["maire"], "male"),
    # must not: « leur » with its subject before it, « Leur » a determiner, « Lui » alone
    ("Le maire Paul Roux a reçu les familles. Il leur a assuré que l'école rouvrirait.",
     "l'école rouvrirait", "Paul Roux", ["maire"], "male"),
    ("Les parents ont écrit au maire Paul Roux. Leur avocate a affirmé que la ville mentait.",
     "la ville mentait", None, ["avocate"], "female"),
    ("Le maire Paul Roux est arrivé. Lui a toujours dit que la ville paierait.",
     "la ville paierait", "Paul Roux", ["maire"], "male"),
]

ON = [
    # fire: a bare « on » after someone named: no one of the cast
    ("La ministre Anne Roy a visité le port lundi. Les travaux dureront deux ans, a-t-on "
     "indiqué.", "Les travaux dureront deux ans", None, [], None),
    ("Le maire Paul Roux a parlé lundi. On estime que la route rouvrira en mai, a-t-on précisé.",
     "la route rouvrira en mai", None, [], None),
    # must not: « on » names its source; « elle » still goes to the one before
    ("Le maire Paul Roux a parlé lundi. Le chantier durera deux ans, a-t-on appris de source "
     "policière.", "Le chantier durera deux ans", "source policière", [], None),
    ("La directrice Anne Roy a parlé lundi. « Nous rouvrirons en mai », a-t-elle précisé.",
     "Nous rouvrirons en mai", "Anne Roy", ["directrice"], "female"),
]

NAMED_IN_WORDS = [
    # fire: the one the pronoun would stand for is named in the words said
    ("Le maire Paul Roux est mort lundi. La garde à vue du chauffeur a été prolongée. Il aurait "
     "reconnu avoir heurté Paul Roux.", "avoir heurté Paul Roux", None, [], None),
    ("Le maire Paul Roux est mort lundi. Un voisin a parlé. Il a dit que Paul Roux était aimé.",
     "Paul Roux était aimé", None, [], None),
    ("La juge Anne Roy a reçu le préfet. Elle a indiqué que la juge Anne Roy serait absente.",
     "la juge Anne Roy serait absente", None, [], None),
    # must not: the words name someone else
    ("Le maire Paul Roux a parlé lundi. Il a dit que Marc Petit mentait.",
     "Marc Petit mentait", "Paul Roux", ["maire"], "male"),
    ("Anne Roy, la préfète, a reçu le maire Paul Roux. Elle a affirmé que Paul Roux partirait.",
     "Paul Roux partirait", "Anne Roy", ["préfète"], "female"),
]

AHEAD = [
    # fire: the first one of the pronoun's gender named after it is in the next paragraph
    ("« Tout a tremblé d'un coup », raconte un voisin. « Je n'ai rien pu faire », ajoute-t-elle."
     "\nLe lendemain, la maire Anne Roux a visité le quartier.", "Je n'ai rien pu faire", None,
     [], None),
    ("« Le pont tiendra », affirme-t-il.\nLe maire Paul Morel a visité le chantier mardi.",
     "Le pont tiendra", None, [], None),
    # must not: named after it in its own paragraph
    ("« Nous resterons jusqu'au bout », assure-t-elle. Anne Roux, la maire du village, évoque "
     "aussi le budget.", "Nous resterons jusqu'au bout", "Anne Roux", ["maire du village"],
     "female"),
    ("« Le pont tiendra », affirme-t-il. Le maire Paul Morel a visité le chantier mardi.",
     "Le pont tiendra", "Paul Morel", ["maire"], "male"),
]

_EMUE = ("La ministre Anne Roy a démissionné. Visiblement émue, la voix cassée, la dirigeante de "
         "52 ans, qui faisait trembler le gouvernement régional en portant inlassablement la "
         "cause autonomiste, a annoncé devant la presse {} qu'elle céderait son poste dès que le "
         "parti aurait désigné son successeur. « Ce travail est un privilège », a-t-elle "
         "souligné.")

PLACE = [
    # fire: the place a long subject's sentence is set in was taken for its speaker; « elle »
    # goes to the woman, never to the place (« à », « en »: lexicon/place_prepositions.txt);
    # « la dirigeante de 52 ans » gives her function, the age dropped (GUIDELINES « Ages »)
    (_EMUE.format("à Vallorbe"), "Ce travail est un privilège", "Anne Roy",
     ["ministre", "dirigeante"], "female"),
    (_EMUE.format("en Bretagne"), "Ce travail est un privilège", "Anne Roy",
     ["ministre", "dirigeante"], "female"),
    # must not: « chez » is no place preposition: a company after it stays a body a pronoun
    # may stand for
    ("La société Valtor a fermé son usine. Les syndicats ont été reçus mardi chez Valtor. "
     "« Nous reclasserons chaque salarié », a-t-elle assuré.", "Nous reclasserons chaque salarié",
     "Valtor", [], None),
    # must not: a body named beside a place, or a place in a person's title, is the antecedent
    ("La société Valtor a fermé son usine à Vallorbe. « Nous reclasserons chaque salarié », "
     "a-t-elle assuré.", "Nous reclasserons chaque salarié", "Valtor", [], None),
    ("La compagnie Aerlis a annoncé à Vallorbe qu'elle supprimerait trois lignes. « Ces lignes "
     "perdent de l'argent », a-t-elle expliqué.", "Ces lignes perdent de l'argent", "Aerlis", [],
     None),
    ("Le maire de Vallorbe, Paul Roux, a reçu les familles. « Nous reconstruirons l'école », "
     "a-t-il promis.", "Nous reconstruirons l'école", "Paul Roux", ["maire de Vallorbe"],
     "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "roles", "gender"),
                         DATIVE + ON + NAMED_IN_WORDS + AHEAD + PLACE)
def test_where_a_pronoun_at_a_cue_stops(nlp, text, said, speaker, roles, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, [r.text for r in who.roles], who.gender) == (speaker, roles, gender)


# a place or a company before « qu'elle … » is no inverted subject of the cue (detect/
# postposed.py): the narration before the cue is no quote of theirs, nor do they stand for the
# « elle » of the next cue (a company after « chez » needs no place preposition for that)
@pytest.mark.parametrize("where", ["à Lorient", "à Paris Saint-Germain", "chez Renault"])
def test_a_place_before_the_que_clause_speaks_no_words(nlp, where):
    found = quotes_of(nlp, _EMUE.format(where))
    said = [q.span.text.split()[:2] for q in found]
    assert said == [["elle", "céderait"], ["Ce", "travail"]]
    assert [q.speaker.name for q in found] == ["Anne Roy", "Anne Roy"]
