"""A town's inhabitant or a nationality made a noun (« la Rémoise », « la Française ») and a
demonstrative with its relative clause (« celle qui … ») stand for a person of the article:
made-up sentences, one row a case.

- an age apposed after the two words (« La Rémoise, 33 ans, … ») leaves them a description,
  as « de 33 ans » does, never a body's name (speakers.py); a capitalised article opening
  the paragraph opens the sentence, whatever the parser made of it (names.py);
- a nationality or an inhabitant's name that no one named before can restate goes to the
  one person of its known gender the article names after it, paragraphs on, as a clause's
  subject (a word of the name the subject of a verb outside it, were the name's head a root of
  its own), given no role and no other origin; to no one when it names two (described.py); a
  pronoun after it goes on with that one;
- an adjunct between the cue and « celle qui … » (« a admis avec lucidité celle qui … ») is
  skipped to the demonstrative, not to a noun of its clause, unless a preposition ties it, it
  is joined or compared to the adjunct's noun, or a person's name follows it
  (detect/skips.py).
"""

import pytest
from conftest import quote_said

SAID = "J'ai mis la barre très haut cette année"
FILLER = ("Le public a chanté longtemps sur la place du village et les bénévoles ont rangé les "
          "barrières avant la nuit. Les organisateurs ont annoncé une nouvelle édition pour "
          "l'année prochaine, avec un parcours plus long et plus de montagne. Les coureuses "
          "devront aussi affronter deux contre-la-montre. Le départ sera donné à Brest et "
          "l'arrivée jugée à Paris, sur les Champs-Élysées, au terme de neuf étapes.")
OPENS = f"« {SAID} », jubile la Française, première à gagner le Tour.\n\n{FILLER}\n\n"
LOST = "Elle était trop forte"
NONE = None

# (text, words said, speaker, gender)
ROWS = [
    # fire: an age apposed after a town's inhabitant, the capitalised article opening the
    # sentence: the one woman named before, not a body named « Rémoise »
    ("Léa Fontaine a gagné mardi à Nice. « Je suis heureuse », a-t-elle dit.\n\nLa Rémoise, "
     "33 ans, avait d'abord « envie de profiter du moment ».", "envie de profiter du moment",
     "Léa Fontaine", "female"),
    # fire: the capitalised article opens its paragraph, the parser running the sentence on
    # from the marks before the line break
    ("Léa Fontaine a gagné mardi à Nice. Elle a remercié ses parents : «Sans eux, je ne serais "
     "pas là où j'en suis aujourd'hui.»\n\nLa Rémoise avait ensuite «envie de profiter du "
     "moment».", "envie de profiter du moment", "Léa Fontaine", "female"),
    # must not: two women it could restate: someone the article does not say
    ("Anne Roux a battu Marie Lenoir. La Lyonnaise, 30 ans, a ensuite déclaré : « Le vent a "
     "tout changé. »", "Le vent a tout changé.", NONE, "female"),
    # fire: a nationality no one named before restates: the one woman the article names
    # after it, paragraphs on
    (f"{OPENS}Aujourd'hui Léa Fontaine veut se reposer.", SAID, "Léa Fontaine", "female"),
    # must not: two women named after it
    (f"{OPENS}Aujourd'hui Léa Fontaine veut se reposer, et Anne Petit aussi.", SAID, NONE,
     "female"),
    # must not: the one man named after it, not of its gender
    (f"{OPENS}Aujourd'hui Paul Roux veut se reposer.", SAID, NONE, "female"),
    # must not: a noun that says no origin (« la championne ») names no one so far ahead
    (f"{OPENS.replace('la Française', 'la championne')}Aujourd'hui Léa Fontaine veut se "
     "reposer.", SAID, NONE, "female"),
    # fire: « celle qui … » after an adjunct: the demonstrative, a pronoun for the one named
    (f"Léa Fontaine a perdu jeudi. « {LOST} », a admis avec lucidité celle qui disputait son "
     "premier Grand Chelem.", LOST, "Léa Fontaine", "female"),
    ("Paul Roux a perdu jeudi. « Il était trop fort », a reconnu devant la presse celui qui "
     "jouait son premier Grand Chelem.", "Il était trop fort", "Paul Roux", "male"),
    # near miss (the same without the change): no adjunct between them
    (f"Léa Fontaine a perdu jeudi. « {LOST} », a admis celle qui disputait son premier Grand "
     "Chelem.", LOST, "Léa Fontaine", "female"),
    # must not: a name after the adjunct stays the subject, the relative apposed to it
    (f"Léa Fontaine a perdu jeudi face à Anne Petit. « {LOST} », a admis avec lucidité Anne "
     "Petit, celle qui disputait son premier tournoi.", LOST, "Anne Petit", "female"),
]


# beyond the 400 characters the next name is looked for in: the whole-article fallback
FAR = ("Le public a longuement applaudi sous un soleil de plomb, et les organisateurs se sont "
       "félicités d'une affluence record sur l'ensemble de la semaine. Les tribunes étaient "
       "pleines dès le matin, les buvettes ont été prises d'assaut et les navettes ont circulé "
       "sans interruption jusqu'au soir. La prochaine édition devrait se tenir à la même "
       "période, avec un village élargi, davantage de places assises et un parcours modifié "
       "pour limiter l'attente aux entrées.")
HIGH = "J'ai mis la barre très haut"
SAYS = f"« {HIGH} », jubile la Française après son titre.\n\n{FAR}\n\n"
DREAMT = "Je rêvais de ce maillot."
CONFIDES = (f"« {HIGH} », savoure la Française après son titre.\n\nElle confie : « {DREAMT} »"
            f"\n\n{FAR}\n\n")

# (text, words said, speaker, gender)
FAR_ROWS = [
    # fire: the one woman named after it, the subject of her clause
    (f"{SAYS}Aujourd'hui Léa Fontaine veut se reposer.", HIGH, "Léa Fontaine", "female"),
    # fire: named with the same word
    (f"{SAYS}La Française Léa Fontaine veut se reposer.", HIGH, "Léa Fontaine", "female"),
    # fire: an inhabitant's name with an apposed age
    ("« C'est une page qui se tourne », a commenté la Rennaise, 33 ans, après l'annonce de sa "
     f"retraite.\n\n{FAR}\n\nJulie Perrin a disputé 212 matchs sous le maillot rennais.",
     "C'est une page qui se tourne", "Julie Perrin", "female"),
    # must not: another country before her name
    ("« J'ai tout donné jusqu'au bout », a reconnu la Française après sa défaite en "
     f"demi-finale.\n\n{FAR}\n\nLa Croate Ana Kovac, tête de série numéro 3, affrontera "
     "samedi une joueuse qualifiée.", "J'ai tout donné jusqu'au bout", NONE, "female"),
    # must not: a role the article gives her (« la ministre »)
    ("« Nous avons eu très peur », raconte la Française, en vacances à Phuket au moment du "
     f"séisme.\n\n{FAR}\n\nLa ministre des Affaires étrangères, Claire Duval, a annoncé "
     "l'ouverture d'une cellule de crise.", "Nous avons eu très peur", NONE, "female"),
    # must not: « l' » says no gender (and the coach has a role)
    ("« Je ne m'y attendais pas du tout », a souri l'Italienne après sa victoire à Rome.\n\n"
     f"{FAR}\n\nSon entraîneur, Marco Bellini, n'a pas caché sa joie devant la presse.",
     "Je ne m'y attendais pas du tout", NONE, NONE),
    # must not: « l' » says no gender, though one woman, the subject, is named after it
    ("« Je ne m'y attendais pas du tout », a souri l'Italienne après sa victoire à Rome.\n\n"
     f"{FAR}\n\nAujourd'hui Chiara Rossi veut se reposer.", "Je ne m'y attendais pas du tout",
     NONE, NONE),
    # must not: the guide, given a role
    (f"« Il m'a sauvé la vie », a raconté le Belge, rescapé de l'avalanche.\n\n{FAR}\n\nLe "
     "guide, Marc Dupuis, a été hélitreuillé vers l'hôpital de Grenoble.",
     "Il m'a sauvé la vie", NONE, NONE),
    # must not: a newspaper's name; the deputy has a role
    ("« Le maire savait tout », a révélé la Marseillaise dans son édition de mardi.\n\n"
     f"{FAR}\n\nL'adjointe à l'urbanisme, Nadia Benali, a démenti toute irrégularité.",
     "Le maire savait tout", NONE, "female"),
    # must not: the coach, given a role, speaking of her
    ("« C'était un match très dur », a réagi la Française après sa qualification.\n\n"
     f"{FAR}\n\n« Elle a été remarquable », a salué sa sélectionneuse, Anne Petit.",
     "C'était un match très dur", NONE, "female"),
    # must not: the préfet, given a role
    ("« Nous ne partirons pas », a prévenu le Lyonnais, propriétaire d'un des commerces "
     f"touchés.\n\n{FAR}\n\nLe préfet, Jean Moreau, a promis des indemnisations rapides.",
     "Nous ne partirons pas", NONE, NONE),
    # must not: named by a complement (« par Chloé Martin »), never a clause's subject
    (f"« Le vent a tout changé », a expliqué la Lyonnaise à l'arrivée.\n\n{FAR}\n\nLa course "
     "a été remportée par Chloé Martin, qui devance de peu la Lyonnaise.",
     "Le vent a tout changé", NONE, "female"),
    (f"{SAYS}Le trophée a été remis à Léa Fontaine.", HIGH, NONE, "female"),
    # must not: one whose gender the article does not say, for a known gender or none
    (f"{SAYS}Aujourd'hui Dominique Sarr veut se reposer.", HIGH, NONE, "female"),
    ("« J'ai mis la barre très haut », a souri l'Italienne après sa victoire.\n\n"
     f"{FAR}\n\nAujourd'hui Dominique Sarr veut se reposer.", HIGH, NONE, NONE),
    # fire: the parser hangs the hyphen of her compound name on the verb as its subject and
    # leaves her first name a root of its own: the subject still
    (f"{SAYS}Aujourd'hui Claire Dumas-Prévot veut juste « souffler un peu ».", HIGH,
     "Claire Dumas-Prévot", "female"),
    # fire: the pronoun after the nationality, no one named before either, goes on with her
    (f"{CONFIDES}Aujourd'hui Claire Dumas-Prévot veut juste « souffler un peu ».", DREAMT,
     "Claire Dumas-Prévot", "female"),
    # must not: two women named after them, the nationality and its pronoun name no one
    # (« Elle » still says her gender)
    (f"{CONFIDES}Aujourd'hui Claire Dumas-Prévot veut juste « souffler un peu », et Anne "
     "Petit aussi.", DREAMT, NONE, "female"),
    # must not: the one man named after them
    (f"{CONFIDES}Aujourd'hui Paul Dumas veut se reposer.", DREAMT, NONE, "female"),
    # must not: her compound name the complement of a noun, the parser making its last part
    # the subject of the verb (the coach, the sister, the husband is the subject)
    (f"{SAYS}L'entraîneur de Sophie Lebrun-Matéi prépare déjà la saison prochaine.", HIGH,
     NONE, "female"),
    (f"{SAYS}La sœur de Sophie Lebrun-Matéi était dans les tribunes.", HIGH, NONE, "female"),
    (f"{SAYS}Le mari de Claire Fontaine-Roux applaudissait en tribune.", HIGH, NONE, "female"),
    # fire: « Le Grec, 50 ans »: the age apposed, the two words read alone: the surname of
    # the one named before, not a Greek of two men
    ("Yann Le Grec et Paul Roux ont fini ensemble.\n\nLe Grec, 50 ans, a ensuite déclaré : "
     "« Le vent a tout changé. »", "Le vent a tout changé.", "Yann Le Grec", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), ROWS + FAR_ROWS)
def test_inhabitants_and_demonstratives(nlp, text, said, speaker, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name if sp else None, sp.gender if sp else None) == (speaker, gender)


# (words, an inhabitant's or a nationality's word)
WORDS = [
    ("Française", True),
    ("Rémoise", True),
    ("Dijonnaise", True),
    # must not: lower case, two words, a noun of no origin
    ("française", False),
    ("la Française", False),
    ("championne", False),
]


@pytest.mark.parametrize(("words", "expected"), WORDS)
def test_inhabitant_word(words, expected):
    from quotes.lexicon.nominal import inhabitant_word

    assert inhabitant_word(words) is expected


# (the words after the cue, the adjunct's first word, the word the subject starts at)
ADJUNCTS = [
    # fire: the demonstrative with « qui » or « que » is the subject
    ("a admis avec lucidité celle qui disputait son premier Grand Chelem.", "avec", "celle"),
    ("a reconnu devant la presse celui que tout le village appelle le Patron.", "devant",
     "celui"),
    # must not: a preposition ties it
    ("a répondu dans la salle à celle qui l'interrogeait.", "dans", "dans"),
    # must not: joined or compared to the adjunct's noun
    ("a plaidé devant les députés pour les victimes et celles qui les accompagnent.", "devant",
     "devant"),
    ("a insisté devant les élus ainsi que ceux qui manifestaient.", "devant", "devant"),
    ("a répondu devant la presse comme celui qui l'avait précédé.", "devant", "devant"),
    ("a lancé devant la presse pour tous ceux qui doutent.", "devant", "devant"),
    # must not: a person's name after it is the subject
    ("a lancé devant la presse celui qui doute encore le ministre Paul Roux.", "devant", "le"),
    ("a répondu devant la presse celle qui l'avait nommée la ministre Anne Petit.", "devant",
     "devant"),
    # must not: « dont »: a noun of its clause, not the demonstrative
    ("a rappelé au micro de France Bleu celui dont le club fête ses cent ans.", "au", "le"),
]


@pytest.mark.parametrize(("words", "adjunct", "subject"), ADJUNCTS)
def test_the_adjunct_is_skipped_to_a_demonstrative_subject(nlp, words, adjunct, subject):
    from quotes.detect.skips import skip_adjunct

    doc = nlp(words)
    at = next(t.i for t in doc if t.text == adjunct)
    assert doc[skip_adjunct(doc, at, len(doc))].text == subject


# the same, whole: a name after the demonstrative's clause is the subject; its clause still
# swallows it, on main as here
@pytest.mark.xfail(strict=True, reason="the subject after a demonstrative's clause the skip "
                   "leaves is not found")
@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("« Il faut les protéger », a plaidé devant les députés pour les victimes et celles qui les "
     "accompagnent la présidente de l'association, Anne Petit.", "Il faut les protéger",
     "Anne Petit"),
    ("« Il faut les écouter », a insisté devant les élus ainsi que ceux qui manifestaient la "
     "maire Claire Duval.", "Il faut les écouter", "Claire Duval"),
    ("« On doit tout aux bénévoles », a rappelé au micro de France Bleu celui dont le club fête "
     "ses cent ans.", "On doit tout aux bénévoles", NONE),
])
def test_a_name_after_the_demonstratives_clause(nlp, text, said, speaker):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name if sp else None) == speaker


def test_a_name_whose_hyphen_the_parser_made_the_subject(nlp):
    """The frozen parse of « Hier Léa Dumas - Roux part »: « Léa » a root, the hyphen the
    subject of « part »; « Léa Dumas - Roux » heads a clause, « Dumas » alone does not."""
    from spacy.tokens import Doc

    from quotes.attribute.named_after import heads_a_clause

    doc = Doc(nlp.vocab, words=["Hier", "Léa", "Dumas", "-", "Roux", "part"],
              heads=[1, 1, 1, 5, 3, 5], deps=["advmod", "ROOT", "flat:name", "nsubj",
                                               "flat:name", "ROOT"])
    assert heads_a_clause(doc[1:5])
    assert not heads_a_clause(doc[2:3])


def test_a_compound_name_complement_of_a_noun_heads_no_clause(nlp):
    """The frozen parse of « La sœur de Léa Dumas - Roux part »: « sœur » a root, « Léa »
    hanging on it (nmod), the hyphen the subject of « part »: the name is a complement, no
    subject."""
    from spacy.tokens import Doc

    from quotes.attribute.named_after import heads_a_clause

    doc = Doc(nlp.vocab, words=["La", "sœur", "de", "Léa", "Dumas", "-", "Roux", "part"],
              heads=[1, 1, 3, 1, 3, 7, 5, 7], deps=["det", "ROOT", "case", "nmod",
                                                     "flat:name", "nsubj", "flat:name",
                                                     "ROOT"])
    assert not heads_a_clause(doc[3:7])


# two of its gender named before it, neither a subject nor a speaker, as often each: the
# order they were named in alone does not tell which one it restates
MATCH = "La demi-finale a opposé Léa Fontaine à Anne Petit jeudi soir."
ADMITS = ("\n\nEn conférence de presse, la Dijonnaise de 22 ans a admis : « Je n'ai pas pu "
          "jouer mon jeu, c'était trop dur pour moi. »")
PLAYED = "Je n'ai pas pu jouer mon jeu, c'était trop dur pour moi."
TIED_ROWS = [
    # must not: named once each, the order alone between them
    (f"{MATCH}\n\n{FAR}{ADMITS}", PLAYED, NONE, "female"),
    # fire: last named in two sentences, the one named last (the fresher)
    (f"Léa Fontaine a gagné mardi. Anne Petit a perdu jeudi.\n\n{FAR}{ADMITS}", PLAYED,
     "Anne Petit", "female"),
    # fire: named twice, the one the article is about so far
    (f"{MATCH} La victoire de Léa Fontaine était attendue.\n\n{FAR}{ADMITS}", PLAYED,
     "Léa Fontaine", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), TIED_ROWS)
def test_a_description_two_fit_as_well_names_no_one(nlp, text, said, speaker, gender):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.gender) == (speaker, gender)


# a known loss (the description tie): an age given with each name that tells the two apart is
# not read (ages are stripped, not matched to a description)
SEMI = ("\n\nLe public, venu nombreux malgré la pluie, a longuement applaudi les deux joueuses à "
        "la sortie du court central, avant la remise des trophées.\n\nDevant la presse, la "
        "Nantaise de 24 ans a reconnu : « J'ai manqué de lucidité. »")


@pytest.mark.xfail(strict=True, reason="ages beside the names are not matched to a description")
def test_an_age_tells_two_described_apart(nlp):
    text = ("La demi-finale a opposé Camille Roche, 31 ans, à Inès Morel, 24 ans, mercredi "
            "soir." + SEMI)
    assert quote_said(nlp, text, "J'ai manqué de lucidité.").speaker.name == "Inès Morel"


# a pronoun right after a description that named no one stands for that one: no one either;
# one of its gender named since it is the pronoun's (the ordinary rule)
def test_a_pronoun_after_an_unresolved_description_names_no_one(nlp):
    text = ("La demi-finale a opposé Camille Roche à Inès Morel mercredi soir." + SEMI
            + " Elle a ajouté : « Je reviendrai plus forte. »")
    assert quote_said(nlp, text, "J'ai manqué de lucidité.").speaker.name is None
    assert quote_said(nlp, text, "Je reviendrai plus forte.").speaker.name is None


def test_a_pronoun_after_an_unresolved_description_and_a_name_since(nlp):
    text = ("La demi-finale a opposé Camille Roche à Inès Morel mercredi soir." + SEMI
            + " Sa rivale Camille Roche a salué le public. Elle a ajouté : « Je reviendrai "
            "plus forte. »")
    assert quote_said(nlp, text, "Je reviendrai plus forte.").speaker.name == "Camille Roche"
