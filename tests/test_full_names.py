"""The speaker's name as the article gives it in full.

Each mechanism has rows that fire and rows that must not (made-up sentences, invented names):
- one part of a double surname (« Lenz », « Anne Roy ») names the one person of the article
  whose surname it is part of (« Anne Roy-Lenz »); a first name that disagrees, or someone
  bearing that surname alone, keeps them apart;
- a full name that is the first words of another (« Ana Ruiz » and « Ana Ruiz Vidal », a
  surname of two words cut after its first) is one person named by the longer form, and a
  titled surname (« Mme Ruiz ») names them; a relative's name (« son fils Paul Ortega Vela »)
  and other first names keep two people;
- a name the recogniser cut after a hyphen (« Hélène Marsac-|Dolin| ») is made whole, with the
  first name before it; a name after a place's preposition is no first name;
- one word alone of a full name, neither its first name alone nor its surname (« Dorji » of
  « Dorji Wangmo Tshering », « Kawa » of « Pedro Kawa da Fonseca »), names the one person of
  the article whose full name holds it, with that person's role and gender; not a word of two
  people's names, nor a known first name (a middle name, someone else's first name), nor the
  word after « ben » (the father's), nor a word with a noun of its own (« son coéquipier
  Júnior »), a place's, or one of the name of someone told a relative (« X, fils de … »);
- a company's shorter name (« AgroNova ») is its longer run only where the article gives that
  run as an actor, not only as a complement (« le directeur de AgroNova Foods Canada »);
- a past participle glued after the noun of the source a « selon » names (« selon une note
  transmise lundi », « d'après les gardiens postés sur le quai ») is not part of the speaker's
  words; a participle that names an office (« délégué ») or an appointment (« élu ») stays.
"""

import pytest
from conftest import labelled, quote_said

from quotes.attribute.name_spans import name_span, no_ones_name
from quotes.attribute.names import leading, named_by, parse, same_person

DOUBLE = [
    # one part of the double surname, alone, after the full name
    ("La ministre Anne Roy-Lenz a visité le port. « Nous tiendrons bon », a écrit Lenz.",
     "Nous tiendrons bon", "Anne Roy-Lenz"),
    # the first name and the first part of the surname
    ("Le député Marc Oller-Vidal était à Lyon. « Le texte passera », a assuré Marc Oller.",
     "Le texte passera", "Marc Oller-Vidal"),
]

APART = [
    # someone else bearing one part as their whole surname: the exact surname wins
    ("Le maire Paul Lenz a reçu la ministre Anne Roy-Lenz. « Le pont sera refait », a dit "
     "M. Lenz.", "Le pont sera refait", "Paul Lenz"),
    # a first name that disagrees: two people
    ("Le juge Luc Oller-Vidal a été cité. « Je témoignerai », a déclaré Sophie Oller.",
     "Je témoignerai", "Sophie Oller"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), DOUBLE + APART)
def test_part_of_a_double_surname(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Anne Roy", "Anne Roy-Lenz", True),
    ("Anne Lenz", "Anne Roy-Lenz", True),
    ("Paul Lenz", "Anne Roy-Lenz", False),  # first names disagree
    ("Anne Roy", "Anne Royer", False),  # no part of a double surname
    ("Jean Marie", "Jean-Marie Roy", False),  # a double first name is no surname
])
def test_same_person_by_a_part_of_the_surname(a, b, same):
    one, other = parse(a), parse(b)
    assert one is not None and other is not None
    assert same_person(one, other) is same


def test_a_bare_part_names_the_double_surname_only_when_nobody_bears_it():
    lenz, roy_lenz, paul = parse("Lenz"), parse("Anne Roy-Lenz"), parse("Paul Lenz")
    assert lenz is not None and roy_lenz is not None and paul is not None

    class P:
        def __init__(self, parts):
            self.parts = parts

    double, bare = P(roy_lenz), P(paul)
    assert named_by(lenz, [double]) == [double]
    assert named_by(lenz, [double, bare]) == [bare]
    assert named_by(parse("Marie"), [P(parse("Jean-Marie Roy"))]) == []
    # a part that is a first name: never a part of someone's surname
    assert named_by(parse("Martin"), [P(parse("Luc Saint-Martin"))]) == []
    martin = P(parse("Martin Roux"))
    assert named_by(parse("Martin"), [P(parse("Anne Saint-Martin")), martin]) == [martin]


INNER = [
    # a given name that is no first name alone (« Dorji Wangmo »), then that word alone
    ("« Le réseau tient bon », a affirmé Rinzin Kesang Dorji, directeur de l'Agence "
     "himalayenne de l'eau. Mais Kesang a ajouté que « la saison sera longue ».",
     "« la saison sera longue »", "Rinzin Kesang Dorji",
     "directeur de l'Agence himalayenne de l'eau", "male"),
    # the name a man is known by, between his first names and his surname
    ("Le président Pedro Kawa da Fonseca est arrivé à Lunda. « Nous reconstruirons tout », a "
     "déclaré Kawa devant la presse.", "Nous reconstruirons tout", "Pedro Kawa da Fonseca",
     "président", "male"),
]

INNER_APART = [
    # must not: the word is in two people's names, so neither is taken for it
    ("Le président Pedro Kawa da Fonseca a reçu la ministre Ana Kawa Ribeiro. « Nous "
     "reconstruirons tout », a déclaré Kawa devant la presse.", "Nous reconstruirons tout",
     "Kawa", None, None),
    # must not: a middle name that is a known first name is someone else's first name alone
    ("Le juge Paul Marie Ferrand a ouvert l'audience. « Je n'ai rien vu », a raconté Marie, "
     "une voisine.", "Je n'ai rien vu", "Marie", None, "female"),
    # must not: the word after « ben » is the father's name
    ("L'émir Tamim ben Hamad Al Thani a reçu les ministres à Doha. Son père, l'ancien émir, "
     "était présent. « Le Golfe doit rester uni », a dit Hamad.", "Le Golfe doit rester uni",
     "Hamad", None, None),
    # must not: the word alone has a noun of its own, someone else's
    ("L'attaquant Carlos Eduardo Júnior Ferreira a marqué deux buts. Son coéquipier Júnior a "
     "déclaré : « Nous avons souffert jusqu'au bout. »", "Nous avons souffert jusqu'au bout.",
     "Júnior", None, None),
    # must not: the bearer is told someone's son, his father may bear the word
    ("Joaquim Nkosi Bamba Tavares, fils de l'ancien président, a été entendu par les juges. "
     "L'ancien chef de l'État a réagi dans la soirée. « Je n'ai jamais touché un centime », a "
     "affirmé Bamba.", "Je n'ai jamais touché un centime", "Bamba", "ancien chef de l'État",
     "male"),
    # must not: the recogniser reads the word as a place's
    ("Le maire Aboubacar Tombouctou Maïga a visité le quartier. « La ville manque d'eau », a "
     "reconnu Tombouctou.", "La ville manque d'eau", "Tombouctou", None, None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), INNER + INNER_APART)
def test_one_word_of_a_full_name(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


def test_inner_word():
    class P:
        def __init__(self, name):
            self.parts = parse(name)

    kawa, ribeiro = P("Pedro Kawa da Fonseca"), P("Ana Kawa Ribeiro")
    assert named_by(parse("Kawa"), [kawa], inner=True) == [kawa]
    assert named_by(parse("Kawa"), [kawa, ribeiro], inner=True) == []  # two people's word
    assert named_by(parse("da"), [kawa], inner=True) == []  # a particle
    assert named_by(parse("Marie"), [P("Paul Marie Ferrand")], inner=True) == []  # first name
    assert named_by(parse("Hamad"), [P("Tamim ben Hamad Al Thani")], inner=True) == []  # father
    assert named_by(parse("Kawa"), [kawa]) == []  # by default, no word inside a name


LEADING = [
    # the longer form first, the shorter one after, then a titled surname: one woman
    ("Ana Ruiz a visité le port. La présidente de la région, Ana Ruiz Vidal, était à Vigo. "
     "« Nous tiendrons bon », a affirmé Mme Ruiz.",
     "Nous tiendrons bon", "Ana Ruiz Vidal", "présidente de la région", "female"),
    ("Le président du Paraguay Carlos Ortega Vela a parlé à la radio. Carlos Ortega, qui "
     "gouverne depuis 2019, a été réélu. « Le pays est calme », poursuit M. Ortega.",
     "Le pays est calme", "Carlos Ortega Vela", "président du Paraguay", "male"),
]

LEADING_APART = [
    # a son named after a kin noun is not his father
    ("Le maire Paul Ortega a reçu son fils Paul Ortega Vela. « Le pont sera refait », a dit "
     "Paul Ortega.", "Le pont sera refait", "Paul Ortega", "maire", "male"),
    # another first name: two people
    ("La juge Sofia Ortega Vela a reçu l'avocat Carlos Ortega. « Le dossier est vide », a "
     "déclaré Carlos Ortega.", "Le dossier est vide", "Carlos Ortega", "avocat", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), LEADING + LEADING_APART)
def test_a_name_and_its_first_words(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Ana Ruiz", "Ana Ruiz Vidal", True),
    ("Ana Ruiz Vidal", "Ana Ruiz", True),
    ("Ana Ruiz", "Ana Ruiz", False),  # the same name: ``same_person`` says so
    ("A. Ruiz", "Ana Ruiz Vidal", False),  # an initial
    ("Ana Ruiz", "Sofia Ruiz Vidal", False),
    ("Ruiz", "Ana Ruiz Vidal", False),  # a surname alone
])
def test_leading_words(a, b, same):
    one, other = parse(a), parse(b)
    assert one is not None and other is not None
    assert leading(one, other) is same


@pytest.mark.parametrize(("text", "cut", "whole"), [
    ("La ministre de la Culture, Hélène Marsac-Dolin, a dénoncé la décision.", "Dolin",
     "Hélène Marsac-Dolin"),
    ("Le maire Marsac-Dolin a dénoncé la décision.", "Dolin", "Marsac-Dolin"),
    # a first name the recogniser reads as a place (« Florence », below), after a comma: hers
    ("La ministre des Sports, Florence Marsac-Dolin, a dénoncé la décision.", "Dolin",
     "Florence Marsac-Dolin"),
    # after a preposition that is no place's, the first name is the person's
    ("Selon Hélène Marsac-Dolin, le projet avance.", "Dolin", "Hélène Marsac-Dolin"),
    ("Le rapport a été remis par Hélène Marsac-Dolin.", "Dolin", "Hélène Marsac-Dolin"),
    ("Le maire a parlé avec Hélène Marsac-Dolin.", "Dolin", "Hélène Marsac-Dolin"),
    # must not fire: a hyphen with spaces is a dash, a name after « à » or « dans » no first
    # name's, nor after « par » a word the recogniser reads as a place
    ("Le maire a parlé - Dolin a dénoncé la décision.", "Dolin", "Dolin"),
    ("Il est allé à Florence Marsac-Dolin.", "Dolin", "Marsac-Dolin"),
    ("Il a dormi dans Florence Marsac-Dolin.", "Dolin", "Marsac-Dolin"),
    ("Le car est passé par Florence Marsac-Dolin.", "Dolin", "Marsac-Dolin"),
])
def test_a_name_cut_after_a_hyphen(nlp, text, cut, whole):
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == cut)
    ents = [doc[start : start + 1].char_span(0, len(cut), label="PER")]
    if "Florence" in text:  # a first name the recogniser reads as a place
        ents.insert(0, next(doc[t.i : t.i + 1] for t in doc if t.text == "Florence"))
        ents[0].label_ = "LOC"
    doc.ents = ents
    assert name_span(doc.ents[-1]).text == whole


COMPANIES = [
    # the longer run only as a complement: the name the mention gives
    ("Le directeur de AgroNova Foods Canada a parlé. AgroNova précise qu'« aucun départ n'aura "
     "lieu avant 2026 ».", "AgroNova"),
    # must not fire: the longer run as an actor too
    ("Le site ferme. AgroNova Foods Canada a annoncé la fin de l'usine. Le directeur de AgroNova "
     "Foods Canada s'est exprimé. AgroNova précise qu'« aucun départ n'aura lieu avant 2026 ».",
     "AgroNova Foods Canada"),
]


@pytest.mark.parametrize(("text", "speaker"), COMPANIES)
def test_a_company_named_as_the_mention_names_it(nlp, text, speaker):
    sp = quote_said(nlp, text, "« aucun départ n'aura lieu avant 2026 »").speaker
    assert (sp.name, sp.kind, sp.role, sp.gender) == (speaker, "organization", None, None)


GLUED = [
    # a participle before a time word: the note, not what happened to it
    ("Selon une note d’information transmise lundi à la presse, le maire a démissionné.",
     "le maire a démissionné", "une note d’information"),
    # a participle before a relative pronoun
    ("L'incendie a pris vers minuit selon les secouristes arrivés qui ont évacué l'immeuble.",
     "L'incendie a pris vers minuit", "secouristes"),
    # « d'après », a participle before a preposition that ends the phrase
    ("D'après les gardiens postés sur le quai, le navire a quitté le port à l'aube.",
     "le navire a quitté le port à l'aube", "gardiens"),
]

KEPT = [
    # a participle naming an office stays
    ("Selon le ministre délégué, le budget sera tenu.",
     "le budget sera tenu", "ministre délégué"),
    # an appointment participle stays
    ("Selon le maire élu dimanche, la piscine rouvrira en juin.",
     "la piscine rouvrira en juin", "maire élu"),
    # a participle right after a determiner is the noun itself
    ("Selon les blessés, le car roulait trop vite.", "le car roulait trop vite", "blessés"),
]


@pytest.mark.parametrize(("text", "said", "words"), GLUED + KEPT)
def test_participle_glued_after_the_source(nlp, text, said, words):
    q = quote_said(nlp, text, said)
    mention = q.speaker.mention.text if q.speaker.mention else ""
    assert mention.endswith(words), mention


MISREAD = [
    # a first name the recogniser tagged alone as a place, its surname in no entity: one name,
    # which a pronoun after it stands for
    ("La maire de Lyon, Amélie Oudéa-Roux, a estimé que « la situation est grave ».",
     "« la situation est grave »", "Amélie Oudéa-Roux"),
    ("La maire de Lyon, Amélie Oudéa-Roux, a estimé que « la situation est grave ». Elle a "
     "ajouté : « Nous allons agir. »", "Nous allons agir.", "Amélie Oudéa-Roux"),
    # its glued part in capitals or another entity is the name's; every capitalised word after
    # it that no entity holds too
    ("La maire de Lyon, Amélie Oudéa-VERNAY, a estimé que « la situation est grave ».",
     "« la situation est grave »", "Amélie Oudéa-VERNAY"),
    ("« La situation est grave », a estimé Nancy Oudéa Lagrange, ministre des Sports.",
     "La situation est grave", "Nancy Oudéa Lagrange"),
    # must not: a name the recogniser found whole stays as it is
    ("La maire de Lyon, Amélie Roux, a estimé que « la situation est grave ».",
     "« la situation est grave »", "Amélie Roux"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), MISREAD)
def test_first_name_tagged_alone(nlp, text, said, speaker):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.kind) == (speaker, "person")


# (sentence, words the recogniser tags a person, whether they name no one): a word in capitals
# is a party's only right after a role noun (« le sénateur RN »); after any other word it is a
# surname written in capitals
CAPITALS = [
    ("Le sénateur RN a parlé.", "RN", True),
    # must not: after a verb, the capitals are a person's surname
    ("Le juge a entendu MORIN mardi.", "MORIN", False),
]


@pytest.mark.parametrize(("text", "words", "none"), CAPITALS)
def test_capitals_after_a_role_noun_name_a_party(nlp, text, words, none):
    assert no_ones_name(labelled(nlp, text, (words, "PER")).ents[0]) is none
