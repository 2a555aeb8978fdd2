"""One person of the article whatever the spelling of their first name.

Each mechanism has rows that fire and rows that must not (made-up sentences, invented names),
each checking the speaker, the role and the gender:
- two full names with one surname and first names spelled two ways (two letters swapped,
  « Gaëtna » for « Gaëtan », or a letter doubled, « Isabele » for « Isabelle ») are one person,
  named by the form written most often (the first on a tie), and a bare surname names them;
  two first names that are two names (« Louis », « Louise »), or short ones, stay two people;
  so are one first name and a surname spelled two ways (« Castagnol », « Castganol »; a letter
  doubled, named by the longer form), not another first name or a short surname (« Ruiz »);
- where a mention ends: a person's name the recogniser ran into the acronym of the agency
  before it (« à Reuters-AFP Marc Dutoit ») is the person's; a body named after a person
  (« la Fondation Jean Morel ») stays whole; a company's run of capitalised words stops
  before a person's name (« le directeur de Voltaris France Paul Morel »); a bracket closing
  or left open at the end of a mention (« les dirigeants du syndicat (UGT) ») is no part of it;
- a first name alone set apart by commas before a description of a person (« Plus loin,
  Maëlle, une voisine, ») is a person's, with the first name's gender, whatever the
  recogniser tagged; a place described so (« Florence, la capitale, ») is no one;
- two names joined by « et » and the second one's role with its complement (« X et le
  ministre de l'Intérieur Y ») are one plural speaker (GUIDELINES: a group under its members'
  names joined as written, no role, no gender); a name after a preposition (« accompagné de »,
  « avec ») stays out.
"""

import re

import pytest
from conftest import lacking, quote_said

from quotes.attribute.cast import Registry
from quotes.attribute.name_shape import shaped
from quotes.attribute.names import compound_part, parse, respelled, same_person, written_most
from quotes.lexicon import words

VARIANTS = [
    # two letters swapped in the second full name; the bare surname after it is the same man
    ("Le maire de Colmar, Gaëtan Rivoire, a inauguré le pont. Plus tard, Gaëtna Rivoire a "
     "salué les ouvriers. « Le chantier est fini », a déclaré Rivoire.",
     "Le chantier est fini", "Gaëtan Rivoire", "maire de Colmar", "male"),
    # a letter doubled in one form: one woman
    ("La sénatrice Isabelle Morin a visité l'usine. « Il faut agir vite », a dit Isabele Morin.",
     "Il faut agir vite", "Isabelle Morin", "sénatrice", "female"),
    # the typo comes first, the right spelling twice after it: the form written most wins
    ("Nicolsa Ferrand, le directeur du port, est arrivé tôt. Nicolas Ferrand a visité les quais."
     " « Les grues tournent », a affirmé Nicolas Ferrand.",
     "Les grues tournent", "Nicolas Ferrand", "directeur du port", "male"),
    # two letters swapped in the second writing: one mayor, named as first written
    ("Le maire de Vernac, Hervé Castagnol, a visité l'école. Le maire de Vernac, Hervé "
     "Castganol, a déclaré : « Les travaux seront finis en mai. »",
     "Les travaux seront finis en mai.", "Hervé Castagnol", "maire de Vernac", "male"),
    # a letter doubled in a double surname: one prosecutor, named by the longer form, as two
    # forms of one name as often written are (``names.written_most``)
    ("La procureure de Brenac, Odile Carnet-Vidal, a tenu une conférence. « L'enquête avance »,"
     " a précisé Odile Carnett-Vidal, procureure de Brenac.",
     "L'enquête avance", "Odile Carnett-Vidal", "procureure de Brenac", "female"),
    # the later part of a hyphenated given name alone, of the same gender: one prosecutor,
    # named by the fuller form
    ("La procureure de Brenac, Anne-Claire Vasseur, a parlé lundi. L'enquête est close, a dit "
     "Claire Vasseur. « Nous avons fini », a-t-elle ajouté.",
     "Nous avons fini", "Anne-Claire Vasseur", "procureure de Brenac", "female"),
]

# a mother and her daughter, the daughter's given name the later part of her mother's
BAKERY = ("Marie-Claire Dubois et sa fille Claire Dubois tiennent la boulangerie depuis vingt "
          "ans. « On se lève à trois heures », explique Claire Dubois. Sa mère ajoute : « Mais on "
          "aime ça. »")

APART = [
    # a father and his daughter: « Louise » is another name than « Louis »
    ("L'agriculteur Louis Berthier et sa fille Louise Berthier ont témoigné. « La récolte est "
     "perdue », a dit Louise Berthier.",
     "La récolte est perdue", "Louise Berthier", None, "female"),
    # a couple: « André » and « Andrée » are a man's name and a woman's
    ("Le pharmacien André Lacombe et son épouse Andrée Lacombe ont répondu. « Nous restons "
     "ouverts », a indiqué Andrée Lacombe.",
     "Nous restons ouverts", "Andrée Lacombe", None, "female"),
    # short first names are too close to tell: two brothers, « Ivan » and « Ivna »
    ("Le boulanger Ivan Sorel a reçu son frère Ivna Sorel. « Le four est neuf », a expliqué "
     "Ivan Sorel.",
     "Le four est neuf", "Ivan Sorel", "boulanger", "male"),
    # another first name: a brother, not a slip
    ("Le maire de Vernac, Hervé Castagnol, a reçu son frère Pierre Castganol. « Nous "
     "partirons demain », a dit Pierre Castganol.",
     "Nous partirons demain", "Pierre Castganol", None, "male"),
    # the first part of a hyphenated given name alone is another name: a father and his son
    ("L'éleveur Jean-Paul Mercier et son fils Jean Mercier ont témoigné. « Le troupeau est "
     "sauvé », a dit Jean Mercier.",
     "Le troupeau est sauvé", "Jean Mercier", None, "male"),
    # a later part of another gender: « Marie » is not « Jean-Marie »
    ("Le viticulteur Jean-Marie Favier et sa sœur Marie Favier ont répondu. « La vendange est "
     "bonne », a dit Marie Favier.",
     "La vendange est bonne", "Marie Favier", None, "female"),
    # the later part of a hyphenated given name of the same gender, but the article describes
    # the short form as someone else: a younger sister (a kin noun before it), a son (a kin
    # noun before the first mention, the later one bare), a daughter with a role of her own,
    # a namesake with a role and « sans lien de parenté », a daughter joined to her mother
    # (who keeps her own quote)
    ("Les deux sœurs de la victime ont pris la parole. « Notre mère nous manque », a déclaré "
     "Marie-Anne Leroy, l'aînée.\n\nSa sœur cadette, Anne Leroy, a ajouté : « Nous voulons "
     "seulement la vérité. »",
     "Nous voulons seulement la vérité.", "Anne Leroy", None, "female"),
    ("Le viticulteur Jean-Pierre Garnier a repris le domaine en 1990. Son fils Pierre Garnier, "
     "28 ans, travaille avec lui.\n\n« La grêle a tout détruit en dix minutes », raconte Pierre "
     "Garnier. Son père est plus optimiste : « Nous replanterons », assure Jean-Pierre Garnier.",
     "La grêle a tout détruit en dix minutes", "Pierre Garnier", None, "male"),
    ("La maire de Valbrune, Anne-Sophie Durand, a présenté son budget lundi. Sa fille, Sophie "
     "Durand, conseillère municipale d'opposition, a voté contre.\n\n« Ce budget sacrifie la "
     "jeunesse », a lancé Sophie Durand en séance.",
     "Ce budget sacrifie la jeunesse", "Sophie Durand", "conseillère municipale d'opposition",
     "female"),
    ("Le PDG de Vendimo, Pierre-Yves Martin, a annoncé des suppressions de postes.\n\nLe délégué "
     "syndical Yves Martin, sans lien de parenté avec le dirigeant, a dénoncé « un plan de "
     "casse sociale ».",
     "un plan de casse sociale", "Yves Martin", "délégué syndical", "male"),
    (BAKERY, "On se lève à trois heures", "Claire Dubois", None, "female"),
    (BAKERY, "Mais on aime ça.", "Marie-Claire Dubois", None, "female"),
    # a short surname: « Ruiz » and « Riuz » are too close to tell
    ("L'ingénieur Marc Ruiz a rencontré le juge Marc Riuz. « Le dossier est clos », a dit "
     "Marc Riuz.",
     "Le dossier est clos", "Marc Riuz", "juge", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), VARIANTS + APART)
def test_one_person_whatever_the_spelling(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Noémie Vasseur", "Noéime Vasseur", True),  # two letters swapped
    ("Philippe Garnier", "Philipe Garnier", True),  # a letter doubled
    ("Louis Garnier", "Louise Garnier", False),  # another name
    ("Marion Garnier", "Mairon Garnier", True),
    ("Anna Garnier", "Nana Garnier", False),  # short names: too close to tell
    ("Martin Garnier", "Marina Garnier", False),  # more than one change
])
def test_respelled_first_names(a, b, same):
    one, other = parse(a), parse(b)
    assert one is not None and other is not None
    assert same_person(one, other) is same


@pytest.mark.parametrize(("a", "b", "part"), [
    # the later part of a hyphenated given name, of the same gender; not its first part, nor
    # a part of another gender, nor an unknown one. Never ``same_person`` by itself: only where
    # the article describes the short form no way of its own (attribute/part_names)
    ("Marie-Hélène Garnier", "Hélène Garnier", True),
    ("Pierre-Yves Garnier", "Yves Garnier", True),
    ("Pierre-Yves Garnier", "Pierre Garnier", False),
    ("Jean-Marie Garnier", "Marie Garnier", False),
    ("Marie-Zakhor Garnier", "Zakhor Garnier", False),
])
def test_the_later_part_of_a_hyphenated_given_name(a, b, part):
    one, other = parse(a), parse(b)
    assert one is not None and other is not None and one.first_key and other.first_key
    assert not same_person(one, other)
    assert compound_part(one.first_key.split(), other.first_key.split()) is part


_MAN = ("L'éleveur Jean-Pierre Garnier a témoigné lundi. « Le troupeau est sauvé », a dit {}"
        "Pierre Garnier{}.")
_WOMAN = ("La viticultrice Marie-Anne Leroy a témoigné lundi. « La vendange est bonne », a dit "
          "{}Anne Leroy{}.")


def _kin(entry: str, before: str = "", after: str = "") -> tuple[str, str, str, str, str]:
    """The row of a kin noun ``before`` the short form (« son fils Pierre Garnier ») or ``after``
    it (« Pierre Garnier, son neveu »): a son's words, or a daughter's."""
    before += " " if before else ""
    if entry in ("fils", "frère", "père", "mari", "neveu"):
        return (entry, _MAN.format(before, after), "Le troupeau est sauvé", "Pierre Garnier",
                "male")
    return entry, _WOMAN.format(before, after), "La vendange est bonne", "Anne Leroy", "female"


# name_kin.txt: (entry, sentence, quote, the relative who says it, gender): a kin noun before
# the short form or beside it makes it a relative's, not the later part of the hyphenated
# given name of the one named before (``part_names``); without the entry, that person
NAME_KIN = [
    _kin("fils", "son fils"), _kin("frère", "son frère"), _kin("père", "son père"),
    _kin("mari", "son mari"), _kin("neveu", after=", son neveu"),
    _kin("fille", "sa fille"), _kin("sœur", "sa sœur"), _kin("mère", "sa mère"),
    _kin("épouse", "son épouse"), _kin("nièce", after=", sa nièce"),
]


def test_every_name_kin_noun_has_a_row():
    entries = [row[0] for row in NAME_KIN]
    assert len(entries) == len(set(entries)) and set(entries) == set(words("name_kin"))


@pytest.mark.parametrize(("entry", "text", "said", "speaker", "gender"), NAME_KIN)
def test_a_kin_noun_keeps_the_short_form_a_relative(nlp, tmp_path, entry, text, said, speaker,
                                                    gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.gender) == (speaker, gender)
    whole = re.search(r"[A-Z]\w+-[A-Z]\w+ [A-Z]\w+", text)  # « Jean-Pierre Garnier »
    assert whole is not None
    with lacking(tmp_path, "name_kin", entry):
        assert quote_said(nlp, text, said).speaker.name == whole.group()


def test_two_genders_are_two_names():
    assert not respelled("andre", "andree")  # a man's name and a woman's
    assert not respelled("gabriele", "gabrielle")
    assert respelled("mohammed", "mohamed")
    assert respelled("alexander", "alexandre")
    assert not respelled("dominique", "dominique")  # the same name is no respelling


def test_the_form_written_most_often():
    forms = [parse(t) for t in ("Nicolsa Roy", "Nicolas Roy", "Nicolas Roy")]
    assert all(forms)
    assert written_most(forms).text == "Nicolas Roy"  # type: ignore[arg-type]
    tie = [parse(t) for t in ("Gaëtan Roy", "Gaëtna Roy")]
    assert written_most(tie).text == "Gaëtan Roy"  # type: ignore[arg-type]
    assert written_most([parse("Roy"), parse("Paul Roy")]).text == "Paul Roy"  # type: ignore[list-item]


EXTENT = [
    # a bracket after a group's mention: the words before it
    ("Les dirigeants de la Fédération agricole du Nord (FAN) affirment que la récolte sera "
     "maigre.", "la récolte sera maigre", "dirigeants de la Fédération agricole du Nord",
     None, None),
    ("Les délégués du Syndicat des marins (SDM) estiment que le port restera fermé.",
     "le port restera fermé", "délégués du Syndicat des marins", None, None),
]

KEPT_WHOLE = [
    # a body named after a person: no acronym before the first name, no person
    ("« Nous financerons l'étude », a annoncé la Fondation Lucien Arnaud.",
     "Nous financerons l'étude", "Fondation Lucien Arnaud", None, None),
    # a bracket inside the mention, words after it: kept
    ("Le porte-parole (CGT) du port, Marc Lenoir, affirme que les grues sont à l'arrêt.",
     "les grues sont à l'arrêt", "Marc Lenoir", "porte-parole (CGT) du port", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), EXTENT + KEPT_WHOLE)
def test_where_a_mention_ends(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


RUNS = [
    # the person after the company: the run stops before the first name
    ("« Le site fermera », détaille le directeur général de Nestlé Suisse Marc Dubois.",
     "Nestlé Suisse"),
    ("« Le site fermera », précise le patron du groupe Danone France Pierre Vidal.",
     "Danone France"),
    # no first name after the company: the run stays whole
    ("« Le site fermera », précise le patron du groupe Danone France Nord.",
     "Danone France Nord"),
    ("« Le site fermera », a annoncé la direction de Nestlé Suisse Romande.",
     "Nestlé Suisse Romande"),
]


@pytest.mark.parametrize(("text", "company"), RUNS)
def test_a_company_run_stops_before_a_person(nlp, text, company):
    from quotes.attribute.companies import companies

    doc = nlp(text)
    assert company in [c.name for c in companies(doc, lambda _: True)]


SIGNED = [
    # the recogniser ran the name into the agency's acronym: the name is the person's
    ("«Tout est calme», a indiqué à Keystone-ATS Marc Vidal, le porte-parole.",
     "Keystone-ATS Marc Vidal", "Marc Vidal", "PER"),
    ("«Le site fermera», a confié à l'agence RTB-AFP Romain Castel hier.",
     "RTB-AFP Romain Castel", "Romain Castel", "PER"),
]


def _shaped_thing(nlp, text, tagged):
    """The text and label ``shaped`` gives the words ``tagged`` of ``text`` tagged a thing."""
    doc = nlp(text)
    start = text.index(tagged)
    span = doc.char_span(start, start + len(tagged), label="MISC")
    assert span is not None
    out = shaped(span)
    return out.text, out.label_


@pytest.mark.parametrize(("text", "tagged", "name", "label"), SIGNED)
def test_a_name_run_into_an_acronym(nlp, text, tagged, name, label):
    assert _shaped_thing(nlp, text, tagged) == (name, label)


KEPT_RUNS = [
    # a body named after a person: as it is; the same name after an agency's acronym is cut
    ("«Nous financerons l'étude», a annoncé la Fondation Lucien Arnaud.",
     "Fondation Lucien Arnaud",
     "«Nous financerons l'étude», a annoncé l'agence AFP Lucien Arnaud.",
     "AFP Lucien Arnaud", "Lucien Arnaud"),
    # a run with no first name after the acronym: as it is; a person's name there is cut
    ("«Le site fermera», a annoncé le groupe BMW Group France.", "BMW Group France",
     "«Le site fermera», a annoncé au groupe BMW Group France Pierre Vidal.",
     "BMW Group France Pierre Vidal", "Pierre Vidal"),
]


@pytest.mark.parametrize(("text", "tagged", "near", "near_tagged", "name"), KEPT_RUNS)
def test_a_run_with_no_person_is_kept_whole(nlp, text, tagged, near, near_tagged, name):
    assert _shaped_thing(nlp, text, tagged) == (tagged, "MISC")
    # the near row is cut: the kept row fails if the cut stops working, not only if it overreaches
    assert _shaped_thing(nlp, near, near_tagged) == (name, "PER")


def test_the_person_run_into_the_agency_is_cast(nlp):
    doc = nlp("«Difficile de dire si les grévistes sont plus nombreux», a indiqué à Keystone-ATS "
              "Nora Bellaz, la présidente du syndicat SSP-Jura.")
    people = [(p.name, p.role_texts(), p.gender) for p in Registry(doc).people]
    assert people == [("Nora Bellaz", ["présidente du syndicat SSP-Jura"], "f")]


DESCRIBED = [
    ("Plus loin, Maëlle, une voisine du garage, s'inquiète.", [("Maëlle", [], "f")]),
    # a student's standing is a role (lexicon/occupations.txt, « Louis, élève de terminale »)
    ("Sur la place, Jade, une étudiante en droit, distribue des tracts.",
     [("Jade", ["étudiante en droit"], "f")]),
    ("Plus loin, Capucine, une habitante, compte ses pièces.", [("Capucine", [], "f")]),
    # a place, a town: no person
    ("À la sortie, Florence, la capitale, attend les touristes.", []),
    ("Au nord, Valence, une ville de cheminots, se mobilise.", []),
]


@pytest.mark.parametrize(("text", "people"), DESCRIBED)
def test_a_first_name_before_a_description_of_a_person(nlp, text, people):
    cast = Registry(nlp(text)).people
    assert [(p.name, p.role_texts(), p.gender) for p in cast] == people


def test_the_described_first_name_speaks(nlp):
    sp = quote_said(nlp, "Plus loin, Maëlle, une voisine du garage, s'inquiète : « Le bruit ne "
                    "cesse jamais. »", "Le bruit ne cesse jamais.").speaker
    assert (sp.name, sp.role, sp.gender, sp.kind) == ("Maëlle", None, "female", "person")


JOINED = [
    ("Le maire Paul Morel et le ministre de l'Intérieur Anne Roy ont déclaré que le pont "
     "rouvrira lundi.", "le pont rouvrira lundi", "Paul Morel et Anne Roy", None, None),
    ("Les syndicalistes Paul Morel et le secrétaire général adjoint chargé de la presse Anne "
     "Roy ont déclaré que le pont rouvrira lundi.", "le pont rouvrira lundi",
     "Paul Morel et Anne Roy", None, None),
    # the second name a preposition's complement: the first speaks alone
    ("Le maire Paul Morel et son adjoint accompagné de Anne Roy ont déclaré que le pont "
     "rouvrira lundi.", "le pont rouvrira lundi", "Paul Morel", "maire", "male"),
    ("Le maire Paul Morel et son adjoint venu avec Anne Roy ont déclaré que le pont rouvrira "
     "lundi.", "le pont rouvrira lundi", "Paul Morel", "maire", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), JOINED)
def test_two_names_joined_past_a_role(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
