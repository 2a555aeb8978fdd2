"""A name whose own act sets the description's noun beside them is not the one it describes
(noun_again.py): « C'est Marc Petit qui a remis la médaille au nageur » announces no « nageur »
in Marc Petit (announced.py), and in the sentence right before the description he is not « le
nageur » either (described.py); a noun apposed to the name, in another clause than the name's
act, or plural says nothing of the kind."""

import pytest
from conftest import quote_said

FILL = (
    "Les épreuves se sont déroulées devant un public nombreux, venu de toute la région pour "
    "assister aux finales. Les conditions étaient excellentes, l'eau à bonne température et le "
    "bassin rénové depuis l'an dernier. Les organisateurs se sont félicités de l'affluence et "
    "de la qualité des courses tout au long de la semaine.\n\n"
    "Les résultats de la soirée confirment la bonne forme de l'équipe de France avant les "
    "prochaines échéances internationales. Plusieurs records nationaux sont tombés au cours de "
    "la compétition, qui se termine dimanche soir par les relais.\n\n"
    "Le programme de la dernière journée prévoit les finales du sprint et du demi-fond, puis "
    "la cérémonie de clôture au bord du bassin. Les billets sont vendus depuis plusieurs "
    "semaines et les tribunes devraient être pleines. La télévision publique retransmettra "
    "les épreuves en direct à partir de dix-huit heures.\n\n"
)
TOP = "Paul Morel a remporté mardi son troisième titre mondial sur 400 mètres.\n\n"
SAID = "Je suis très fier de cette médaille"
ROWS = [
    # fire: the noun again after the name, in its own sentence: the nageur is someone beside him
    (TOP + FILL + "La victoire n'a surpris personne, tant le nageur s'était préparé. C'est Marc "
     f"Petit qui a remis la médaille au nageur. « {SAID} », a réagi le nageur.", SAID,
     "Paul Morel", "nageur", "male"),
    (TOP + FILL + "Le succès était attendu, tant le nageur dominait la saison. Marc Petit a "
     f"ensuite félicité le nageur. « {SAID} », a réagi le nageur.", SAID,
     "Paul Morel", "nageur", "male"),
    # must not: no role noun again in the name's sentence: the description announces him
    (TOP + FILL + "Le porte-parole de la fédération a répondu aux questions. « " + SAID +
     " », a écrit Marc Petit.", SAID, "Marc Petit", "porte-parole de la fédération", "male"),
    # must not: another noun in the name's sentence (« le champion »), not the description's
    (TOP + FILL + "Le porte-parole de la fédération a répondu aux questions. C'est Marc Petit "
     f"qui a remis la médaille au champion. « {SAID} », a écrit Marc Petit.", SAID,
     "Marc Petit", "porte-parole de la fédération", "male"),
    # must not: the noun again in a later sentence, not the one naming him
    (TOP + FILL + "Le porte-parole de la fédération a répondu aux questions. « " + SAID +
     " », a écrit Marc Petit. Le porte-parole a ensuite quitté la salle.", SAID,
     "Marc Petit", "porte-parole de la fédération", "male"),
]
SHORT = "Paul Morel a remporté mardi son troisième titre mondial sur 400 mètres. "
ROWS += [  # the description right after the sentence naming him
    # fire: the sentence right before names Marc Petit and, in his own act, the nageur
    (SHORT + "C'est Marc Petit qui a remis la médaille au nageur. « " + SAID + " », a réagi "
     "le nageur.", SAID, "Paul Morel", "nageur", "male"),
    # must not: the noun is his own title (apposed): he is the nageur
    (SHORT + "Marc Petit, le nageur, a terminé deuxième. « " + SAID + " », a réagi le nageur.",
     SAID, "Marc Petit", "nageur", "male"),
    # must not: the noun in another clause than his act (« alors que le nageur … »)
    (SHORT + "Marc Petit est arrivé alors que le nageur montait sur le podium. « " + SAID +
     " », a réagi le nageur.", SAID, "Paul Morel", "nageur", "male"),
    # must not: the description says more than the noun in his act (« le nouveau capitaine »
    # is the one who replaced « le capitaine »)
    (SHORT + "Marc Petit a remplacé le capitaine. « " + SAID + " », a réagi le nouveau "
     "capitaine.", SAID, "Marc Petit", "nouveau capitaine", "male"),
    # must not: the noun for a group (« aux nageurs »)
    (SHORT + "C'est Marc Petit qui a remis les médailles aux nageurs. « " + SAID + " », a "
     "réagi le nageur.", SAID, "Marc Petit", "nageur", "male"),
]

ROWS += [  # must not: a « de » complement of the act's object (« le trophée de la joueuse »,
    # « l'écharpe du maire ») names the subject's own position; one who succeeds « au
    # président » is the president now
    ("Sophie Blanc a reçu le trophée de la meilleure joueuse du tournoi samedi à Lyon. « C'est "
     "une immense fierté pour tout le groupe », a réagi la joueuse.",
     "C'est une immense fierté pour tout le groupe", "Sophie Blanc", "joueuse", "female"),
    ("Julien Morel a battu le record du nageur australien sur 200 mètres. « Je n'y croyais "
     "plus », a confié le nageur.", "Je n'y croyais plus", "Julien Morel", "nageur", "male"),
    ("Anne Roy a enfilé pour la première fois le costume de la présidente lundi soir. « Nous "
     "allons travailler dans la transparence », a promis la présidente.",
     "Nous allons travailler dans la transparence", "Anne Roy", "présidente", "female"),
    ("Didier Lamy a succédé au président sortant à la tête du club. « Je veux remettre de "
     "l'ordre », a déclaré le président.", "Je veux remettre de l'ordre", "Didier Lamy",
     "président", "male"),
    ("Marc Durand a pris le siège du maire après un vote serré au conseil municipal. « La "
     "ville mérite mieux », a lancé le maire.", "La ville mérite mieux", "Marc Durand", "maire",
     "male"),
    ("Le jeune Hugo Perrin a endossé le rôle du capitaine en l'absence du titulaire. « On a "
     "montré du caractère », a estimé le capitaine.", "On a montré du caractère",
     "Hugo Perrin", "capitaine", "male"),
    ("Claire Fabre a retrouvé le fauteuil de la directrice qu'elle avait quitté en 2019. « Je "
     "reviens avec des idées neuves », a assuré la directrice.",
     "Je reviens avec des idées neuves", "Claire Fabre", "directrice", "female"),
    ("Nadia Koné a signé le meilleur temps de la nageuse française cette saison. « Je suis sur "
     "la bonne voie », a dit la nageuse.", "Je suis sur la bonne voie", "Nadia Koné",
     "nageuse française", "female"),
    ("Paul Vidal a revêtu l'écharpe du maire pour la cérémonie du 11-Novembre. « Nous "
     "n'oublions pas », a déclaré le maire.", "Nous n'oublions pas", "Paul Vidal", "maire",
     "male"),
    ("Le Français Yann Le Bihan a décroché mardi le titre du champion du monde de la "
     "spécialité. « Je l'ai attendu dix ans », a lancé le champion.", "Je l'ai attendu dix ans",
     "Yann Le Bihan", None, "male"),
    # must not: named two sentences before the description, whom the noun named then, no more
    # (« lui a succédé »: he is the president now)
    ("Marc Petit a longtemps conseillé le président de la fédération. Il lui a succédé en mars "
     "après un vote serré. « Je veux remettre de l'ordre », a déclaré le président.",
     "Je veux remettre de l'ordre", "Marc Petit", "président de la fédération", "male"),
    # fire: « à » opens a noun above the « de » complement: the nageur is someone beside him
    (SHORT + "C'est Marc Petit qui a passé la médaille au cou du nageur. « " + SAID + " », a "
     "réagi le nageur.", SAID, "Paul Morel", "nageur", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_one_whose_act_sets_the_noun_beside_them_is_not_described_by_it(
        nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


def test_the_noun_counts_only_before_the_description(nlp):
    """``noun_after``'s ``until``: the noun written after the description's place is no one the
    name's act set beside them before it."""
    from quotes.attribute.noun_again import noun_after

    text = "C'est Marc Petit qui a remis le dossier au ministre."
    doc = nlp(text)
    at, noun = text.index("Marc"), text.index("ministre")
    assert noun_after(doc, at, "ministre")
    assert noun_after(doc, at, "ministre", until=noun + 1)
    assert not noun_after(doc, at, "ministre", until=noun)


def test_a_climb_up_the_parse_stops_at_a_root_that_is_no_verb(nlp):
    """spaCy makes a new ``Token`` at every ``head``: the climb compares positions, never
    identities, or a verbless heading (a noun at its root) never ends."""
    from quotes.attribute.noun_again import _given_to, _verb_of

    doc = nlp("Hommage au cou du nageur")
    nageur = next(t for t in doc if t.lower_ == "nageur")
    assert doc[nageur.i].head.i != nageur.i and not any(t.pos_ in ("VERB", "AUX") for t in doc)
    assert _verb_of(nageur) is None
    assert _given_to(nageur) is True
