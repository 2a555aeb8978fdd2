"""A title of address written as a word before a surname (« Madame Morel », « Monsieur Garnier »,
« Docteur Lenoir »; lexicon/spelled_titles.txt) is no word of the name, as « Mme » and « M. »
are not: the speaker is the fullest name the article gives (name_spans._spelled_off); after a
noun of an occupation, a group or a company it is a word of the name, and it never makes a
body's name a person's.
Made-up sentences."""

import pytest
from conftest import ANY, assert_speaker_fields, quote_said

from quotes.attribute.names import parse

# the title cut off the person's name, in the words around it (name_spans._spelled_off)
CUT = [
    ("« Nous ferons appel », a déclaré Monsieur Fabre à la sortie de l'audience.",
     "Nous ferons appel", "Fabre", None, "person"),
    ("« Nous ne céderons pas », a déclaré Madame Sylvie Roche, maire de Bassac.",
     "Nous ne céderons pas", "Sylvie Roche", "maire de Bassac", "person"),
    ("« Je ne suis pas un voleur », a affirmé Mademoiselle Lucie Arnaud devant les juges.",
     "Je ne suis pas un voleur", "Lucie Arnaud", None, "person"),
    # must not: after a noun of an occupation, a group or a company the title is a word of a
    # stage or company name; a body's name the recogniser tags no person stays the body's
    ("« Je reviens sur scène en mars », a annoncé le rappeur Monsieur Kazoo sur les réseaux "
     "sociaux.", "Je reviens sur scène en mars", "Monsieur Kazoo", "rappeur", "person"),
    ("Le chanteur Monsieur Nadir publiera un album en mai. « C'est mon disque le plus "
     "personnel », confie-t-il.", "C'est mon disque le plus personnel", "Monsieur Nadir",
     "chanteur", "person"),
    ("« Nous sommes fiers de ce disque », a déclaré le duo Madame Monsieur à la presse.",
     "Nous sommes fiers de ce disque", "Madame Monsieur", None, ANY),
    ("« Nos magasins resteront ouverts », a annoncé l'enseigne Monsieur Meuble dans un "
     "communiqué.", "Nos magasins resteront ouverts", "Monsieur Meuble", None, ANY),
    ("« La demande a doublé depuis janvier », selon la société Mademoiselle Gourmande.",
     "La demande a doublé depuis janvier", "Mademoiselle Gourmande", None, "organization"),
    ("« Nos rendez-vous en ligne ont triplé », selon la plateforme Docteur Clic.",
     "Nos rendez-vous en ligne ont triplé", "Docteur Clic", None, "organization"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "kind"), CUT)
def test_a_spelled_title_is_no_word_of_a_person_s_name(nlp, text, said, speaker, role, kind):
    assert_speaker_fields(nlp, text, said, speaker, kind, role)


# a title of address written out in lower case before a name inverted after a cue (« maître »,
# « monsieur »): the name speaks (``speaker_phrases._spelled_before_name``); the title alone is
# no one's name (« le maître de maison »)
INVERTED = [
    ("« C’est un soulagement », a réagi maître Paul Roux, l’avocat des familles.",
     "C’est un soulagement", "Paul Roux", "person", "avocat des familles"),
    ("« C’est un soulagement », a réagi maître Roux, l’avocat des familles.",
     "C’est un soulagement", "Roux", "person", "avocat des familles"),
    ("« C’est un soulagement », a réagi monsieur Paul Roux, l’avocat des familles.",
     "C’est un soulagement", "Paul Roux", "person", "avocat des familles"),
    # must not: the noun with no name after it names no person
    ("« C’est un soulagement », a réagi le maître de maison.", "C’est un soulagement",
     "maître de maison", "unknown", None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role"), INVERTED)
def test_a_written_title_before_an_inverted_name(nlp, text, said, speaker, kind, role):
    assert_speaker_fields(nlp, text, said, speaker, kind, role)


# parse leaves the title to the words around the name (« le duo Madame Monsieur »)
@pytest.mark.parametrize(("tagged", "name"), [
    ("Madame Monsieur", "Madame Monsieur"), ("Madeleine Morel", "Madeleine Morel"),
    ("Monsieur", "Monsieur"), ("Marie Docteur", "Marie Docteur")])
def test_parse_keeps_a_spelled_title(tagged, name):
    assert parse(tagged).text == name


SPOKEN = [
    # the title, then the surname of someone named in full before: that person
    ("Claudia Morel a été élue présidente de la région dimanche.\n\nMadame Morel succédera à "
     "son mentor le 1er octobre. « Je ne vous décevrai pas », a-t-elle promis.",
     "Je ne vous décevrai pas", "Claudia Morel", "female"),
    ("Paul Garnier a été réélu maire de Vernac.\n\nMonsieur Garnier a remercié ses électeurs. "
     "« Nous continuerons », a-t-il déclaré.", "Nous continuerons", "Paul Garnier", "male"),
    # the title, the surname alone in the whole article: the surname
    ("Madame Morel a été élue dimanche. « Je ne vous décevrai pas », a-t-elle promis.",
     "Je ne vous décevrai pas", "Morel", "female"),
    # must not: another person of the same surname named with another title of their own; a
    # title inside the quote names no one who speaks
    ("Claudia Morel a été élue dimanche. « Nous sommes fiers », a déclaré M. Morel, son mari.",
     "Nous sommes fiers", "Morel", "male"),
    ("Paul Garnier a été réélu maire. « Monsieur Lenoir a tort », a-t-il déclaré.",
     "Monsieur Lenoir a tort", "Paul Garnier", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), SPOKEN)
def test_the_speaker_is_named_without_the_title(nlp, text, said, speaker, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.gender) == (speaker, gender)


@pytest.mark.parametrize("title", ["Madame", "Mme"])
def test_a_title_never_names_the_other_bearer_of_the_surname(nlp, title):
    """Must not: where a man bears the surname too, the woman's title never gives him."""
    text = (f"Paul Morel et Anne Morel ont été élus dimanche. {title} Morel a promis : « Je ne "
            "vous décevrai pas. »")
    sp = quote_said(nlp, text, "Je ne vous décevrai pas.").speaker
    assert sp.name in ("Anne Morel", "Morel")


@pytest.mark.xfail(strict=True, reason="the written « Madame » gives no gender to the title "
                   "(grammar FEMALE_TITLES holds « Mme », « Mlle »): the surname stays alone")
def test_the_written_title_chooses_by_gender_as_the_abbreviation_does(nlp):
    text = ("Paul Morel et Anne Morel ont été élus dimanche. Madame Morel a promis : « Je ne "
            "vous décevrai pas. »")
    assert quote_said(nlp, text, "Je ne vous décevrai pas.").speaker.name == "Anne Morel"


@pytest.mark.parametrize(("text", "said", "speaker", "kind"), [
    # must not: a title word that opens an outlet's or a body's own name stays in it, and the
    # outlet an interview is given to is not the speaker
    ("Le magasin va fermer, selon Madame Figaro.", "Le magasin va fermer", "Madame Figaro",
     "organization"),
    ("Anne Vidal sort un nouvel album. « Je suis prête », a confié la chanteuse à Madame Figaro.",
     "Je suis prête", "Anne Vidal", "person"),
])
def test_a_title_word_in_a_body_s_name_stays(nlp, text, said, speaker, kind):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.kind) == (speaker, kind)


@pytest.mark.xfail(strict=True, reason="a company named with a title word and no company noun "
                   "before it (« Monsieur Bricolage ») is read as a person, with the title before "
                   "this rule and without it after: nothing in the words tells it from « Madame "
                   "Morel »")
@pytest.mark.parametrize(("text", "said", "name"), [
    ("« Nous restons confiants », a déclaré Monsieur Bricolage dans un communiqué.",
     "Nous restons confiants", "Monsieur Bricolage"),
    ("« Les ventes progressent depuis le printemps », indique Madame Voyages dans un "
     "communiqué.", "Les ventes progressent depuis le printemps", "Madame Voyages"),
])
def test_a_company_named_with_a_title_word_is_the_company(nlp, text, said, name):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.kind) == (name, "organization")
