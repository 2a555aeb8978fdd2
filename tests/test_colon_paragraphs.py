"""A paragraph that ends in a colon after a reporting verb, then marks that open the next
paragraph: the verb is their cue and its subject who speaks, across the break; the later
paragraphs of the same quote keep that speaker with no cue. Nothing is carried from a
participle, a verb that reports nothing, a clause that already reported, a heading or a name
with no verb, nor to marks that have a cue of their own or that do not open their paragraph.
Every row goes through ``Extractor().text``, as a user's text does.

Sentences written for these tests; names and places are invented.
"""

import pytest

from quotes.api import Extractor


def found(nlp, text, words):
    """The quote of ``text`` whose words are ``words``; fails where there is none."""
    quotes = Extractor(nlp=nlp).text(text)
    match = [q for q in quotes if q.span.text == words]
    assert match, [q.span.text for q in quotes]
    return match[0]


CARRIED = [
    # a name, an adjunct between the verb and the colon
    ("Le maire de Vernac, Paul Roux, a annoncé la nouvelle lundi en ces termes :\n\n"
     "« Nous fermerons l'école du bourg dès la rentrée prochaine. »",
     "Nous fermerons l'école du bourg dès la rentrée prochaine.", "Paul Roux", "a annoncé"),
    # a pronoun for the woman named the sentence before, an adverb inside the group
    ("La ministre Anne Vidal est arrivée à Brenac mardi. Elle a ensuite expliqué :\n\n"
     "« Le pont sera rouvert aux voitures avant la fin du mois. »",
     "Le pont sera rouvert aux voitures avant la fin du mois.", "Anne Vidal",
     "a ensuite expliqué"),
    # a present tense and an inverted speaker's pronoun
    ("Le capitaine Hugo Brun a quitté le terrain en boitant. Il confie au sujet du match :\n\n"
     "« Nous avons manqué de rigueur en mêlée pendant toute la seconde période. »",
     "Nous avons manqué de rigueur en mêlée pendant toute la seconde période.", "Hugo Brun",
     "confie"),
    # the same pronoun again in the sentence before, after the name it stands for
    ("La ministre Anne Vidal est arrivée lundi et elle a salué les agents. Elle a expliqué :\n\n"
     "« Nous allons rouvrir le guichet de la gare dès le mois prochain. »",
     "Nous allons rouvrir le guichet de la gare dès le mois prochain.", "Anne Vidal",
     "a expliqué"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "cue"), CARRIED)
def test_the_colon_paragraph_gives_cue_and_speaker(nlp, text, quote, speaker, cue):
    q = found(nlp, text, quote)
    assert (q.speaker.name, q.cue.text if q.cue else None) == (speaker, cue)


def test_the_next_paragraphs_keep_the_speaker_not_the_cue(nlp):
    text = ("La présidente Claire Morvan a déclaré devant le conseil :\n\n"
            "« Nous voterons le budget de la commune avant la fin du mois.\n\n"
            "« Les travaux de la salle des fêtes commenceront en avril. »")
    first = found(nlp, text, "Nous voterons le budget de la commune avant la fin du mois.")
    then = found(nlp, text, "Les travaux de la salle des fêtes commenceront en avril.")
    assert (first.speaker.name, first.cue.text if first.cue else None) == (
        "Claire Morvan", "a déclaré")
    assert (then.speaker.name, then.cue) == ("Claire Morvan", None)


# the marked words are found, but no cue reaches them from the paragraph before
NOT_CARRIED = [
    # a participle on a noun: the text presented is the chanteuse's, no verb of hers speaks
    ("Voici le message de la chanteuse Léa Fontaine annonçant l'annulation de sa tournée :\n\n"
     "« Je suis désolée de vous décevoir encore une fois cette année. »",
     "Je suis désolée de vous décevoir encore une fois cette année."),
    # a verb that reports nothing
    ("Le maire Paul Roux a reçu une lettre des parents jeudi :\n\n"
     "« Nous refusons la fermeture de la classe de nos enfants. »",
     "Nous refusons la fermeture de la classe de nos enfants."),
    # the clause already reported its que-clause
    ("Le maire Paul Roux a déclaré que l'école fermerait, avant de conclure :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    # the verb already reported its que-clause or its infinitive
    ("Le maire Paul Roux a déclaré qu'il quitterait ses fonctions en juin :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    ("Le maire Paul Roux a promis de partir en juin :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    # a reporting verb after the marks in their paragraph: theirs, whoever it names
    ("Le maire Paul Roux a annoncé la fermeture de l'école :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. » C'est ce qu'a déclaré "
     "ensuite son adjointe Anne Vidal.", "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    ("Le maire Paul Roux a annoncé la fermeture de l'école :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. » Son adjointe Anne Vidal a "
     "ensuite confirmé la nouvelle.", "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    # a name and a colon with no verb: the introduction, no cue (``attribute.intro``)
    ("Paul Roux (maire de Vernac) :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
    # a heading
    ("Les réactions :\n\n« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment."),
]


@pytest.mark.parametrize(("text", "quote"), NOT_CARRIED)
def test_no_cue_from_a_paragraph_that_does_not_report(nlp, text, quote):
    assert found(nlp, text, quote).cue is None


def test_marks_with_a_cue_of_their_own_keep_it(nlp):
    text = ("Le maire Paul Roux a annoncé la fermeture de l'école :\n\n"
            "« Nous ne pouvons plus payer le chauffage de ce bâtiment », a précisé son adjointe "
            "Anne Vidal.")
    q = found(nlp, text, "Nous ne pouvons plus payer le chauffage de ce bâtiment")
    assert (q.speaker.name, q.cue.text if q.cue else None) == ("Anne Vidal", "a précisé")


def test_marks_after_words_of_the_narrator_take_nothing(nlp):
    text = ("Le maire Paul Roux a annoncé la fermeture de l'école :\n\n"
            "Selon lui, « nous ne pouvons plus payer le chauffage de ce bâtiment ».")
    q = found(nlp, text, "nous ne pouvons plus payer le chauffage de ce bâtiment")
    assert q.cue is None or q.cue.text != "a annoncé"


def test_a_colon_inside_the_paragraph_carries_nothing(nlp):
    text = ("Le maire Paul Roux a annoncé une décision : la cantine fermera.\n\n"
            "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »")
    assert found(nlp, text, "Nous ne pouvons plus payer le chauffage de ce bâtiment.").cue is None


def said(q):
    """(name, role, gender, kind, cue) of a quote, as plain strings."""
    def v(x):
        return getattr(x, "value", x)
    return (q.speaker.name, q.speaker.role, v(q.speaker.gender), v(q.speaker.kind),
            q.cue.text if q.cue else None)


# the review's sentences that the rule now gets right: (text, quote, (name, role, gender,
# kind, cue))
REVIEWED_RIGHT = [
    ("La préfète de l’Aude, Martine Lecoq, a déclaré mercredi soir :\n\n"
     "« Les routes départementales resteront fermées jusqu’à nouvel ordre. »",
     "Les routes départementales resteront fermées jusqu’à nouvel ordre.",
     ("Martine Lecoq", "préfète de l’Aude", "female", "person", "a déclaré")),
    ("La CGT a réagi dans la soirée :\n\n"
     "« Cette réforme est une provocation pour tous les salariés du secteur. »",
     "Cette réforme est une provocation pour tous les salariés du secteur.",
     ("CGT", None, None, "organization", "a réagi")),
    ("Le ministre aurait confié à ses proches :\n\n"
     "« Je ne serai plus là après le remaniement de l’automne. »",
     "Je ne serai plus là après le remaniement de l’automne.",
     (None, "ministre", None, "person", "aurait confié")),
    ("La juge d’instruction, Claire Bastide, a écrit dans son ordonnance :\n\n"
     "« Les charges réunies contre le mis en examen sont insuffisantes. »",
     "Les charges réunies contre le mis en examen sont insuffisantes.",
     ("Claire Bastide", "juge d’instruction", "female", "person", "a écrit")),
    ("Le porte-parole de la SNCF, M. Dupont, a expliqué :\n\n"
     "« Le trafic reprendra progressivement dans la journée de demain. »",
     "Le trafic reprendra progressivement dans la journée de demain.",
     ("Dupont", "porte-parole de la SNCF", "male", "person", "a expliqué")),
    ("Au tribunal, l’avocat de la famille, Me Sarah Klein, a plaidé :\n\n"
     "« Cet homme n’a jamais montré le moindre remords pour ses actes. »",
     "Cet homme n’a jamais montré le moindre remords pour ses actes.",
     ("Sarah Klein", "avocat de la famille", "female", "person", "a plaidé")),
    ("Au micro de France Bleu, l’agriculteur Yves Morin, 54 ans, s’emporte :\n\n"
     "« On nous demande de produire plus avec moins d’eau chaque année. »",
     "On nous demande de produire plus avec moins d’eau chaque année.",
     ("Yves Morin", "agriculteur", "male", "person", "s’emporte")),
    ("Emmanuelle Garnier a raconté son histoire :\n\n"
     "« J’avais dix-sept ans quand j’ai quitté la maison de mes parents. »",
     "J’avais dix-sept ans quand j’ai quitté la maison de mes parents.",
     ("Emmanuelle Garnier", None, "female", "person", "a raconté")),
    # a pronoun for a body named the sentence before
    ("Le gouvernement a tranché dans la nuit. Il annonce :\n\n"
     "« Le prix du gaz sera gelé jusqu’au printemps. »",
     "Le prix du gaz sera gelé jusqu’au printemps.",
     ("gouvernement", None, None, "organization", "annonce")),
    ("Sur les réseaux sociaux, la députée Nadia Cherif s’est indignée :\n\n"
     "« Ce vote est une honte pour notre assemblée. »",
     "Ce vote est une honte pour notre assemblée.",
     ("Nadia Cherif", "députée", "female", "person", "s’est indignée")),
    # a pronoun for the man named as the subject of the sentence before, after marks
    ("« Je pars », a déclaré le maire Paul Roux. Il a ajouté :\n\n"
     "« Je reviendrai peut-être un jour dans cette commune. »",
     "Je reviendrai peut-être un jour dans cette commune.",
     ("Paul Roux", "maire", "male", "person", "a ajouté")),
    # the first paragraph of a quote, then a second quote with its own cue
    ("Le ministre Pierre Aubry a déclaré :\n\n"
     "« Nous tiendrons nos engagements sur les retraites. »\n\n"
     "« C’est un mensonge de plus », a répliqué la députée Nadia Cherif.",
     "Nous tiendrons nos engagements sur les retraites.",
     ("Pierre Aubry", "ministre", "male", "person", "a déclaré")),
    ("Le ministre Pierre Aubry a déclaré :\n\n"
     "« Nous tiendrons nos engagements sur les retraites. »\n\n"
     "« C’est un mensonge de plus », a répliqué la députée Nadia Cherif.",
     "C’est un mensonge de plus",
     ("Nadia Cherif", "députée", "female", "person", "a répliqué")),
    # the second of two colon paragraphs
    ("La ministre Anne Vidal a déclaré :\n\n« Le texte sera examiné en juin. »\n\n"
     "Le député Marc Lenoir a déclaré :\n\n« Nous voterons contre ce texte. »",
     "Nous voterons contre ce texte.",
     ("Marc Lenoir", "député", "male", "person", "a déclaré")),
    # a quote on two paragraphs: the cue on the first only
    ("Le ministre Pierre Aubry a déclaré :\n\n"
     "« Nous tiendrons nos engagements sur les retraites.\n\n"
     "« Et nous le ferons sans augmenter les impôts. »",
     "Nous tiendrons nos engagements sur les retraites.",
     ("Pierre Aubry", "ministre", "male", "person", "a déclaré")),
    ("Le ministre Pierre Aubry a déclaré :\n\n"
     "« Nous tiendrons nos engagements sur les retraites.\n\n"
     "« Et nous le ferons sans augmenter les impôts. »",
     "Et nous le ferons sans augmenter les impôts.",
     ("Pierre Aubry", "ministre", "male", "person", None)),
]


@pytest.mark.parametrize(("text", "quote", "expected"), REVIEWED_RIGHT)
def test_reviewed_sentences_the_rule_gets_right(nlp, text, quote, expected):
    assert said(found(nlp, text, quote)) == expected


def test_initials_stay_in_the_name_before_the_colon(nlp):
    """The parse's sentence, not a full stop, bounds the clause: « J.-P. » does not cut it."""
    text = ("Le député J.-P. Garnier a lancé à l’Assemblée :\n\n"
            "« Vous avez menti aux Français sur le coût de cette réforme. »")
    q = found(nlp, text, "Vous avez menti aux Français sur le coût de cette réforme.")
    assert said(q) == ("J.-P. Garnier", "député", "male", "person", "a lancé")
    assert q.speaker.mention is not None and q.speaker.mention.text == "Le député J.-P. Garnier"


def test_a_group_named_before_the_colon_speaks(nlp):
    """Name and cue only: whether a plural group is a person is not settled here."""
    text = ("Dans une lettre ouverte, les médecins de l’hôpital de Vienne écrivent :\n\n"
            "« Nous ne pouvons plus soigner correctement nos patients. »")
    q = found(nlp, text, "Nous ne pouvons plus soigner correctement nos patients.")
    assert (q.speaker.name, q.cue.text if q.cue else None) == (
        "médecins de l’hôpital de Vienne", "écrivent")


# nothing carried: no cue, and the speaker as without the rule where it is checked (text,
# quote, (name or ANY, cue))
ANY = "*"
CARRIES_NOTHING = [
    # a pronoun for a thing: the law's text, no speaker
    ("La loi est entrée en vigueur le 1er janvier. Elle précise :\n\n"
     "« Tout contrevenant s’expose à une amende de 1 500 euros. »",
     "Tout contrevenant s’expose à une amende de 1 500 euros.", (None, None)),
    # a pronoun for a report: the Cour des comptes found without the rule stays
    ("Le rapport de la Cour des comptes a été publié jeudi. Il conclut :\n\n"
     "« La dépense publique en matière de logement manque de pilotage. »",
     "La dépense publique en matière de logement manque de pilotage.",
     ("Cour des comptes", None)),
    # a pronoun of the other gender than the subject before: no one named for it
    ("L’ancien président a toujours refusé de répondre. Elle demande :\n\n"
     "« Pourquoi personne ne m’a jamais présenté d’excuses ? »",
     "Pourquoi personne ne m’a jamais présenté d’excuses ?", (None, None)),
    # a subject that is a thing
    ("Le texte de loi précise :\n\n« Tout contrevenant s'expose à une amende de 1 500 euros. »",
     "Tout contrevenant s'expose à une amende de 1 500 euros.", (ANY, None)),
    # the verb's object is another's words
    ("Le ministre de l’Intérieur a rappelé les mots de son prédécesseur :\n\n"
     "« L’ordre républicain ne se négocie pas. »",
     "L’ordre républicain ne se négocie pas.", (None, None)),
    # a negated verb that says nothing
    ("Le directeur de l’usine, Bernard Huet, ne dit rien :\n\n"
     "« Nous attendons les chiffres du trimestre avant toute annonce. »",
     "Nous attendons les chiffres du trimestre avant toute annonce.", ("Bernard Huet", None)),
    ("Le maire Paul Roux n'a pas dit un mot :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment.", (ANY, None)),
    # a participle with no auxiliary is no finite verb
    ("Le maire Paul Roux, expliquant sa décision aux parents :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment.", (ANY, None)),
    # the verb's words stand in marks in its clause: it reported them
    ("Le maire Paul Roux a repris à son compte le slogan « Sauvons l'école » :\n\n"
     "« Nous ne pouvons plus payer le chauffage de ce bâtiment. »",
     "Nous ne pouvons plus payer le chauffage de ce bâtiment.", (ANY, None)),
    # marks that do not open their paragraph
    ("Le maire Paul Roux a annoncé la fermeture de l'école :\n\n"
     "Les parents restent inquiets. « Nous ne savons pas où inscrire nos enfants l'an "
     "prochain. »", "Nous ne savons pas où inscrire nos enfants l'an prochain.",
     (ANY, None)),
    # marks that hold no sentence
    ("Le maire Paul Roux a annoncé la fermeture de l'école :\n\n"
     "« une décision brutale et injuste » pour les parents d'élèves, qui manifesteront samedi.",
     "une décision brutale et injuste", (ANY, None)),
]


@pytest.mark.parametrize(("text", "quote", "expected"), CARRIES_NOTHING)
def test_no_cue_carried_and_the_speaker_as_before(nlp, text, quote, expected):
    q = found(nlp, text, quote)
    name, cue = expected
    assert q.cue is None if cue is None else q.cue.text == cue
    assert name == ANY or q.speaker.name == name


def test_a_clause_with_two_reporting_verbs_carries_neither(nlp):
    """« a souri puis a déclaré »: not the first verb's cue."""
    text = ("Le maire Paul Roux a souri puis a déclaré :\n\n"
            "« Nous irons jusqu’au bout de ce projet. »")
    q = found(nlp, text, "Nous irons jusqu’au bout de ce projet.")
    assert (q.speaker.name, q.cue.text if q.cue else None) == ("Paul Roux", None)
