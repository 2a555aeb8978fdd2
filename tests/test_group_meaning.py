"""Two quotes whose wordings match but for a word that turns the statement (an alternative
swapped for another, a negation on one side, another number or date) are two statements:
grouping must not show them to a fact-checker as one (``similarity.meaning_differs``)."""


import pytest

from quotes.group.grouping import group_quotes
from quotes.group.similarity import alternatives, normalize, swapped
from quotes.lexicon import table
from quotes.model import ArticleRef, Quote, Span, Speaker


def rec(qid: str, article: str, text: str, speaker: str = "Anne Roy", kind: str = "direct"
        ) -> Quote:
    span = Span(0, len(text), text)
    return Quote(id=qid, article=ArticleRef(article, article), type=kind, span=span,
                 sentence=span, cue=None,
                 speaker=Speaker(speaker, None, None, "person", "explicit", confidence=0.93))


def together(a: str, b: str, kinds: tuple[str, str] = ("direct", "direct")) -> bool:
    grouped, _ = group_quotes([rec("q1", "a1", a, kind=kinds[0]),
                               rec("q2", "a2", b, kind=kinds[1])])
    return grouped[0].group_id == grouped[1].group_id is not None


# one row of the lexicon's exclusive_words each: (an entry of one column, one of another,
# a sentence, the same with the second word for the first)
SWAPS = [
    ("licenci*", "recrut*", "Il y aura des licenciements dans nos deux ateliers du Jura dès "
     "cet automne", "Il y aura des recrutements dans nos deux ateliers du Jura dès cet automne"),
    ("ferm*", "ouvr*", "Nous allons fermer la piscine municipale du quartier pendant tout "
     "l’hiver", "Nous allons ouvrir la piscine municipale du quartier pendant tout l’hiver"),
    ("accept*", "refus*", "Le conseil a accepté le projet de parc éolien présenté par la "
     "commune", "Le conseil a refusé le projet de parc éolien présenté par la commune"),
    ("victoire*", "defaite*", "C’est une victoire pour toutes les familles qui attendaient ce "
     "jugement", "C’est une défaite pour toutes les familles qui attendaient ce jugement"),
    ("gagn*", "perd*", "Nous avons gagné beaucoup de terrain auprès des électeurs des "
     "campagnes", "Nous avons perdu beaucoup de terrain auprès des électeurs des campagnes"),
    ("autoris*", "interdi*", "La préfecture a autorisé la manifestation des agriculteurs "
     "devant la mairie", "La préfecture a interdit la manifestation des agriculteurs devant "
     "la mairie"),
    ("pour", "contre", "Je voterai pour ce budget lors de la séance du conseil régional",
     "Je voterai contre ce budget lors de la séance du conseil régional"),
    ("plus", "moins", "Il y aura plus de trains entre les deux villes pendant les vacances",
     "Il y aura moins de trains entre les deux villes pendant les vacances"),
    ("avant", "apres", "Les travaux du pont commenceront avant les élections municipales du "
     "printemps", "Les travaux du pont commenceront après les élections municipales du "
     "printemps"),
    ("premier*", "dernier*", "C’est la première fois que notre club joue une finale devant "
     "son public", "C’est la dernière fois que notre club joue une finale devant son public"),
    ("vrai", "faux", "Tout ce qui a été dit sur le financement du stade est vrai selon nous",
     "Tout ce qui a été dit sur le financement du stade est faux selon nous"),
    ("hier", "demain", "Les négociateurs des deux camps se sont vus hier à la préfecture de "
     "Lille", "Les négociateurs des deux camps se sont vus demain à la préfecture de Lille"),
    ("matin", "soir", "Le ministre recevra les représentants des taxis ce matin place Beauvau",
     "Le ministre recevra les représentants des taxis ce soir place Beauvau"),
    ("lundi", "jeudi", "Le conseil des ministres examinera le texte lundi prochain avant le "
     "vote", "Le conseil des ministres examinera le texte jeudi prochain avant le vote"),
    ("mars", "avril", "La réunion avec les éleveurs aura lieu le 12 mars à la chambre "
     "d’agriculture", "La réunion avec les éleveurs aura lieu le 12 avril à la chambre "
     "d’agriculture"),
    ("deux", "trois", "Nous fermerons deux lignes de bus dans les quartiers du sud de la ville",
     "Nous fermerons trois lignes de bus dans les quartiers du sud de la ville"),
]


@pytest.mark.parametrize(("one", "other", "said", "swap"), SWAPS, ids=[r[0] for r in SWAPS])
def test_a_word_swapped_for_its_alternative_makes_two_statements(one, other, said, swap):
    assert swapped(alternatives(normalize(said)), alternatives(normalize(swap)))
    assert not together(said, swap)
    # the same wording carried by two outlets is one statement
    assert together(said, said)


# the other entries of exclusive_words: (an entry, one of another column of its row, a short
# wording, the same with the second word for the first); each must be said where it stands
ENTRIES = [
    ("embauch*", "licenci*", "Il y aura des embauches", "Il y aura des licenciements"),
    ("ouvert*", "ferm*", "La piscine restera ouverte", "La piscine restera fermée"),
    ("rejet*", "accept*", "Le conseil a rejeté le projet", "Le conseil a accepté le projet"),
    ("vraie", "fausse", "Cette histoire est vraie", "Cette histoire est fausse"),
    ("vrais", "faux", "Ces chiffres sont vrais", "Ces chiffres sont faux"),
    ("vraies", "fausses", "Ces rumeurs sont vraies", "Ces rumeurs sont fausses"),
    ("mardi", "lundi", "Le vote aura lieu mardi", "Le vote aura lieu lundi"),
    ("mercredi", "jeudi", "Le vote aura lieu mercredi", "Le vote aura lieu jeudi"),
    ("vendredi", "samedi", "Le vote aura lieu vendredi", "Le vote aura lieu samedi"),
    ("dimanche", "lundi", "Le vote aura lieu dimanche", "Le vote aura lieu lundi"),
    ("janvier", "fevrier", "Le vote aura lieu le 3 janvier", "Le vote aura lieu le 3 février"),
    ("mai", "juin", "Le vote aura lieu le 3 mai", "Le vote aura lieu le 3 juin"),
    ("juillet", "aout", "Le vote aura lieu le 3 juillet", "Le vote aura lieu le 3 août"),
    ("septembre", "octobre", "Le vote aura lieu le 3 septembre",
     "Le vote aura lieu le 3 octobre"),
    ("novembre", "decembre", "Le vote aura lieu le 3 novembre",
     "Le vote aura lieu le 3 décembre"),
    ("un", "six", "Nous garderons un atelier", "Nous garderons six ateliers"),
    ("une", "sept", "Nous garderons une usine", "Nous garderons sept usines"),
    ("quatre", "cinq", "Nous garderons quatre usines", "Nous garderons cinq usines"),
    ("huit", "neuf", "Nous garderons huit usines", "Nous garderons neuf usines"),
    ("dix", "onze", "Nous garderons dix usines", "Nous garderons onze usines"),
    ("douze", "quinze", "Nous garderons douze usines", "Nous garderons quinze usines"),
    ("vingt", "trente", "Nous garderons vingt usines", "Nous garderons trente usines"),
    ("quarante", "cinquante", "Nous garderons quarante usines",
     "Nous garderons cinquante usines"),
    ("soixante", "cent", "Nous garderons soixante emplois", "Nous garderons cent emplois"),
    ("cents", "mille", "Nous garderons deux cents emplois", "Nous garderons deux mille emplois"),
    ("million", "milliard", "Le chantier coûtera un million", "Le chantier coûtera un milliard"),
    ("millions", "milliards", "Le chantier coûtera deux millions",
     "Le chantier coûtera deux milliards"),
]


@pytest.mark.parametrize(("one", "other", "said", "swap"), ENTRIES, ids=[r[0] for r in ENTRIES])
def test_each_exclusive_entry_is_said(one, other, said, swap):
    assert swapped(alternatives(normalize(said)), alternatives(normalize(swap)))


def test_every_exclusive_entry_has_a_row():
    entries = {entry for row in table("exclusive_words") for cell in row for entry in cell.split()}
    assert {w for row in SWAPS + ENTRIES for w in row[:2]} == entries


def test_every_exclusive_row_has_a_row():
    rows = {entry: n for n, row in enumerate(table("exclusive_words"))
            for cell in row for entry in cell.split()}
    assert sorted({rows[one] for one, *_ in SWAPS}) == list(range(len(table("exclusive_words"))))
    assert all(rows[one] == rows[other] for one, other, *_ in SWAPS)


_PLANTS = "Il y aura des licenciements dans les deux usines du groupe avant la fin de l’année"


@pytest.mark.parametrize(("a", "b", "grouped"), [
    # must split: an alternative swapped, a negation on one side, another number, another date
    (_PLANTS, _PLANTS.replace("licenciements", "recrutements"), False),
    (_PLANTS, _PLANTS.replace("Il y aura", "Il n’y aura aucun").replace("des ", "", 1), False),
    (_PLANTS, _PLANTS.replace("deux", "trois"), False),
    ("Le site de Vierzon fermera ses portes le 30 juin avec ses 140 salariés",
     "Le site de Vierzon fermera ses portes le 30 juillet avec ses 140 salariés", False),
    ("Le site de Vierzon fermera ses portes le 30 juin avec ses 140 salariés",
     "Le site de Vierzon fermera ses portes le 20 juin avec ses 140 salariés", False),
    # must still group: an inflection, a cut, a typo, « ne … plus » written without « ne »
    (_PLANTS, _PLANTS.replace("licenciements", "licenciement"), True),
    (_PLANTS, "des licenciements dans les deux usines du groupe", True),
    (_PLANTS, _PLANTS.replace("licenciements", "licenciemnets"), True),
    ("Les salariés ne veulent plus travailler le dimanche dans ces magasins du centre",
     "Les salariés veulent plus travailler le dimanche dans ces magasins du centre", True),
    # a swap and a negation in one edit say the statement again
    ("Je refuse ce projet de réforme des retraites tel qu’il est présenté",
     "Je n’accepte pas ce projet de réforme des retraites tel qu’il est présenté", True),
    # a word and its alternative both said by each wording swap nothing
    ("Il y aura des recrutements ici et des licenciements là-bas dans le groupe",
     "Il y aura des recrutements ici et des licenciements là-bas dans tout le groupe", True),
])
def test_what_turns_a_statement(a, b, grouped):
    assert together(a, b) == grouped


@pytest.mark.parametrize(("said", "rendering", "grouped"), [
    # a rendering that negates what the quote says, or says what it negates: two statements
    # (as a paraphrase, or as a wording that starts with other words)
    ("Je serai candidat à l’élection présidentielle de l’an prochain sans la moindre hésitation",
     "elle ne sera pas candidate à l’élection présidentielle", False),
    ("Je suis candidate à la présidence du conseil départemental pour un second mandat",
     "elle n’est pas candidate à la présidence du conseil départemental", False),
    # both negated, or neither: the rendering joins
    ("Je ne serai pas candidate à l’élection présidentielle de l’an prochain, c’est fini",
     "elle ne sera pas candidate à l’élection présidentielle", True),
    ("Je suis candidate à la présidence du conseil départemental pour un second mandat",
     "elle est candidate à la présidence du conseil départemental", True),
    # a word that opens with « in », « im » is no negation of the word after them: an
    # indirect rendering that says « imposera » for « ne posera pas » says the opposite
    ("Bruxelles ne posera pas de conditions à cette aide pour les agriculteurs français",
     "Bruxelles imposera des conditions à cette aide pour les agriculteurs français", False),
    ("Nous ne formerons pas les bénévoles de l’association avant la rentrée",
     "elle informera les bénévoles de l’association avant la rentrée", False),
])
def test_a_paraphrase_keeps_the_negation(said, rendering, grouped):
    assert together(said, rendering, ("direct", "indirect")) == grouped


@pytest.mark.parametrize(("a", "b"), [
    # a verb that opens with « in », « im » is no negation of the verb after them: opposite
    # statements, which must never join (« ne posera pas » / « imposera »)
    ("Bruxelles ne posera pas de conditions à cette aide pour les agriculteurs français",
     "Bruxelles imposera des conditions à cette aide pour les agriculteurs français"),
    ("Nous ne formerons pas les bénévoles de l’association avant la rentrée",
     "Nous informerons les bénévoles de l’association avant la rentrée"),
    # ... nor a noun after « pas de » or « pas la » (« information », « formation »)
    ("Nous ne voulons pas de formation des agents de la commune avant l’hiver", "Nous voulons "
     "une information des agents de la commune avant l’hiver"),
    ("Nous ne voulons pas la formation des agents de la commune avant l’hiver", "Nous voulons "
     "l’information des agents de la commune avant l’hiver"),
])
def test_a_prefixed_word_is_no_negation_of_the_word(a, b):
    from quotes.group.similarity import meaning_differs

    assert meaning_differs([normalize(a)], [normalize(b)])
    assert meaning_differs([normalize(b)], [normalize(a)])
    assert not together(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Nous recruterons", "Nous ne licencierons personne"),  # both: each says one end
])
def test_alternatives_of_two_wordings(a, b):
    assert swapped(alternatives(normalize(a)), alternatives(normalize(b)))
    assert not swapped(alternatives(normalize(a + " et licencierons")),
                       alternatives(normalize(b)))


_VOTE = "Le vote organisé ce matin s’est tenu en violation ouverte de nos statuts"


@pytest.mark.parametrize(("a", "b", "differs"), [
    # one wording goes on with a sentence of its own that says « aucun »; the other ends on
    # other words, and a stop word both say (« des ») is no place where they meet again
    (_VOTE + ". Aucun des choix faits ce matin n’engage le club.",
     _VOTE.replace("de nos", "des") + " des adhérents", False),
    (_VOTE + ". Aucun des choix faits ce matin n’engage le club.", _VOTE, False),
    # a negation between words of content both say still turns the statement
    (_VOTE, _VOTE.replace("s’est tenu", "ne s’est pas tenu"), True),
    (_VOTE + " des adhérents", _VOTE.replace("s’est tenu", "ne s’est pas tenu")
     + " des adhérents", True),
    ("Il n’y aura aucun licenciement dans nos usines", "Il y aura un licenciement dans nos "
     "usines", True),
])
def test_a_negation_past_the_last_shared_word(a, b, differs):
    from quotes.group.similarity import meaning_differs

    assert meaning_differs([normalize(a)], [normalize(b)]) is differs
    assert meaning_differs([normalize(b)], [normalize(a)]) is differs


def test_a_passage_that_goes_on_with_a_negation_is_still_the_passage():
    assert together(_VOTE + ". Aucun des choix faits ce matin n’engage le club.",
                    _VOTE.replace("de nos", "des") + " des adhérents")


_MANDATE = "Vu la crise, je ne peux {} la mission pour laquelle les adhérents du club m’ont élu"


@pytest.mark.parametrize(("a", "b", "differs"), [
    # « ne » both wordings say before the verb negates with « pas » or without it: the
    # written negation of « pouvoir », « oser », « savoir », « cesser »
    (_MANDATE.format("accomplir"), _MANDATE.format("pas remplir"), False),
    ("Je n’ose le dire devant les salariés de l’usine", "Je n’ose pas le dire devant les "
     "salariés de l’usine", False),
    ("Nous ne savons répondre aux familles des victimes", "Nous ne savons pas répondre aux "
     "familles des victimes", False),
    # « n’ » both say, then one wording's « anticipez pas » where the other's verb comes
    # before its own « pas »: both negate
    ("Ne surinterprétez pas, n’anticipez pas, ne faites pas de pronostics, je serai moi-même",
     "Ne surinterprétez pas, n’essayez pas de deviner mes intentions, je serai moi-même",
     False),
    # « ne » both say just before the edit, but no negation word after the bare side's verb
    # (an expletive « ne »): the side with « pas » says the other statement
    ("Je crains qu’il ne parte pas ce soir avec les documents", "Je crains qu’il ne vienne ce "
     "soir avec les documents", True),
    # « ne » on one side only: the other says the statement, not its negation
    ("Je serai candidat aux élections régionales du printemps", "Je ne serai pas candidat "
     "aux élections régionales du printemps", True),
    ("Nous pouvons accepter ce texte tel qu’il est rédigé", "Nous ne pouvons pas accepter ce "
     "texte tel qu’il est rédigé", True),
    # one row per entry of lexicon bare_ne_verbs (pouvoir, oser, savoir above), and a
    # conditional form
    ("Nous ne cessons de le répéter aux élus du département", "Nous ne cessons pas de le "
     "répéter aux élus du département", False),
    ("Je ne saurais dire combien de temps durera la grève", "Je ne saurais pas dire combien "
     "de temps durera la grève", False),
    # ... and a « que » far after the edit, in another clause
    (_MANDATE.format("accomplir") + ", et je sais que les adhérents le comprendront",
     _MANDATE.format("pas remplir") + ", et je sais que les adhérents le comprendront", False),
    # a « que » far before the « ne » opens another clause: the « ne » still negates
    ("Il faut dire que malgré la crise et les départs les élus ne peuvent accepter ce plan",
     "Il faut dire que malgré la crise et les départs les élus ne peuvent pas accepter ce "
     "plan", False),
    # « ne … que » restricts: it is no negation of the verb
    ("Je ne veux que la paix pour les habitants du quartier", "Je ne veux pas la paix pour "
     "les habitants du quartier", True),
    # ... nor when its « que » comes after the edit, in the words both say
    ("Je ne fais que mon travail de maire, rien de plus", "Je ne fais pas que mon travail de "
     "maire, rien de plus", True),
    ("Le club ne peut compter que sur ses supporters pour boucler le budget", "Le club ne "
     "peut pas compter que sur ses supporters pour boucler le budget", True),
    ("Nous ne pouvons accepter qu’une partie des demandes", "Nous ne pouvons pas accepter "
     "qu’une partie des demandes", True),
    # an expletive « ne » (after « craindre que », « à moins que », « redouter que »)
    # negates nothing: the side with « pas » says the other statement
    ("Je crains que la direction ne ferme le site de Vénissieux avant la fin de l’année",
     "Je crains que la direction ne ferme pas le site de Vénissieux avant la fin de l’année",
     True),
    ("Nous irons jusqu’au bout du mouvement, à moins que le gouvernement ne recule sur la "
     "réforme des retraites", "Nous irons jusqu’au bout du mouvement, à moins que le "
     "gouvernement ne recule pas sur la réforme des retraites", True),
    ("Je redoute que l’État ne tienne ses engagements envers les agriculteurs du département",
     "Je redoute que l’État ne tienne pas ses engagements envers les agriculteurs du "
     "département", True),
    ("Nous irons jusqu’au bout, à moins que le président de la région et ses alliés du "
     "conseil ne reculent sur le projet", "Nous irons jusqu’au bout, à moins que le président "
     "de la région et ses alliés du conseil ne reculent pas sur le projet", True),
    # ... even before a listed verb (« oser »: its subjunctive is its indicative)
    ("Je redoute que le préfet n’ose fermer l’école du village", "Je redoute que le préfet "
     "n’ose pas fermer l’école du village", True),
    # the « ne » must stand just before the verb: one earlier in the wording negates
    # another verb
    ("Je ne sais si je peux accepter ce texte", "Je ne sais si je ne peux pas accepter ce "
     "texte", True),
    # a pronoun between « ne » and the verb: the verb still ends the words both say
    ("Je ne le saurais dire aux salariés de l’usine", "Je ne le saurais pas dire aux salariés "
     "de l’usine", False),
    # ... and a verb no list gives, with no « si »: the bare « ne » is not read as a negation
    ("Je ne le dirai aux salariés de l’usine", "Je ne le dirai pas aux salariés de l’usine",
     True),
    # in a clause « si » opens, a bare « ne » negates whatever the verb (the written
    # negation of a condition): « s'il n'y avait eu » is « s'il n'y avait pas eu »
    ("Je serais resté au conseil s’il n’y avait eu cette dispute avec le maire",
     "Je serais resté au conseil s’il n’y avait pas eu cette dispute avec le maire", False),
    ("Nous aurions signé si vous n’aviez changé le texte la veille", "Nous aurions signé si "
     "vous n’aviez pas changé le texte la veille", False),
    # ... not a « ne » with no « si » before its subject (an expletive one, or no negation)
    ("Je partirai avant qu’il n’y ait eu un accord avec la direction", "Je partirai avant "
     "qu’il n’y ait pas eu un accord avec la direction", True),
    # ... nor « si … ne … que », which restricts
    ("Je serais parti s’il n’y avait eu que cette dispute avec le maire", "Je serais parti "
     "s’il n’y avait pas eu que cette dispute avec le maire", True),
    # ... even with its « que » far after the edit: to the end of the wording
    ("Je refuserai de signer si elle ne propose aux ouvriers de l’usine de Cléon que des "
     "primes", "Je refuserai de signer si elle ne propose pas aux ouvriers de l’usine de "
     "Cléon que des primes", True),
    # ... nor a « si » of degree before a noun subject: the subject must be a pronoun
    ("La hausse est si forte que les familles ne paient leurs factures", "La hausse est si "
     "forte que les familles ne paient pas leurs factures", True),
    # both negative, and a word swapped for its alternative: two statements still
    ("Je ne peux accepter ce budget en l’état", "Je ne peux pas refuser ce budget en l’état",
     True),
])
def test_ne_without_pas_is_a_negation(a, b, differs):
    from quotes.group.similarity import meaning_differs

    assert meaning_differs([normalize(a)], [normalize(b)]) is differs
    assert meaning_differs([normalize(b)], [normalize(a)]) is differs


@pytest.mark.parametrize(("a", "b", "joined"), [
    (_MANDATE.format("accomplir"), _MANDATE.format("pas remplir"), True),
    pytest.param(_MANDATE.format("accomplir"),
                 _MANDATE.format("accomplir").replace(" ne peux", " peux"), False,
                 marks=pytest.mark.xfail(strict=True, reason="a « ne » alone on one side is "
                                         "no negation word: neither negates, the words join")),
    (_MANDATE.format("que remplir"), _MANDATE.format("pas remplir"), False),
    ("Le club ne peut compter que sur ses supporters pour boucler le budget", "Le club ne "
     "peut pas compter que sur ses supporters pour boucler le budget", False),
    ("Je crains que la direction ne ferme le site de Vénissieux avant la fin de l’année",
     "Je crains que la direction ne ferme pas le site de Vénissieux avant la fin de l’année",
     False),
    # a condition's bare « ne » and its rendering with « pas », a cut at the start: one
    # statement
    ("J’étais fâché, mais je serais resté au conseil s’il n’y avait eu cette dispute avec "
     "le maire devant les agents", "Je serais resté au conseil s’il n’y avait pas eu cette "
     "dispute avec le maire devant les agents", True),
    ("Je serais resté au conseil s’il n’y avait eu que cette dispute avec le maire devant "
     "les agents", "Je serais resté au conseil s’il n’y avait pas eu que cette dispute avec "
     "le maire devant les agents", False),
])
def test_a_written_negation_joins_its_rendering_with_pas(a, b, joined):
    assert together(a, b) is joined
