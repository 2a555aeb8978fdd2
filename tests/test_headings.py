"""Headings that carry someone's words in marks: a quote with no cue, its speaker the colon's
name or whoever says the same words in the article, else nobody; a heading with marked
words inside a title, a title in marks or a two-word term gives none. Made-up sentences."""

import pytest
from conftest import beside_its_own_quote, quote_said, quotes_of

FIRE = ("Le gymnase de Vernay a brûlé dans la nuit de lundi.\n\n")

HEADING_QUOTES = [
    # the whole line in marks, the same words said again below: that speaker
    ("« Nous reconstruirons la salle »\n\nLe maire de Vernay, Paul Morin, a visité le chantier "
     "mardi. « Nous reconstruirons la salle avant la rentrée », a-t-il promis.",
     "Nous reconstruirons la salle", "Paul Morin"),
    # with no verb, when the words come back in marks
    ("Le bon choix pour toute la ville\n\n« C'est le bon choix pour toute la ville », a "
     "estimé l'adjointe Claire Valois.",
     None, None),
    ("« Le bon choix pour toute la ville »\n\n« C'est le bon choix pour toute la ville », a "
     "estimé l'adjointe Claire Valois.",
     "Le bon choix pour toute la ville", "Claire Valois"),
    # a blank line ends the sentence: no cue reaches back over it to the heading's words
    ("« Nous ne céderons pas »\n\n, a-t-elle ajouté.", "Nous ne céderons pas", None),
    # the name before a colon
    ("Morin : « Le chantier prendra du temps »\n\nLe maire de Vernay, Paul Morin, a visité le "
     "chantier mardi.",
     "Le chantier prendra du temps", "Paul Morin"),
    # a name and a colon before two words with no verb: that person's words
    ("Paul Morin : « Un moment de gravité »\n\nLe maire de Vernay, Paul Morin, a parlé "
     "mardi devant le conseil.", "Un moment de gravité", "Paul Morin"),
    # a subheading nobody says again: a quote, nobody named
    (FIRE + "« Le quartier perd son cœur »\n\nLes pompiers sont restés sur place "
     "jusqu'au matin.",
     "Le quartier perd son cœur", None),
    (FIRE + "Un quartier sous le choc : « Nous avons perdu notre salle »\n\nLes pompiers sont "
     "restés sur place jusqu'au matin.",
     "Nous avons perdu notre salle", None),
    # the whole line in marks with no verb: someone's words all the same, a work's title aside
    (FIRE + "« Vraiment dommage »\n\nLes pompiers sont restés sur place jusqu'au matin.",
     "Vraiment dommage", None),
    (FIRE + "« Touchée par tant de messages »\n\nLes pompiers sont restés sur place.",
     "Touchée par tant de messages", None),
    (FIRE + "« Peine immense »\n\nLe maire Paul Morin est venu mardi. « C'est une peine "
     "immense pour nous tous », a-t-il déclaré.", "Peine immense", "Paul Morin"),
    # remarks, no capital past the first word, used nowhere else as a name: someone's words
    (FIRE + "« Très inquiets »\n\nLes voisins ont passé la nuit dehors. Ils attendent des "
     "nouvelles du maire.", "Très inquiets", None),
    (FIRE + "« Plus jamais ça »\n\nLes pompiers sont restés sur place jusqu'au matin.",
     "Plus jamais ça", None),
    (FIRE + "« Mission impossible »\n\nLe maire Paul Morin est venu mardi. « Rouvrir avant "
     "l'été, c'est mission impossible », a-t-il reconnu.", "Mission impossible", "Paul Morin"),
    # a title in two parts: the marks end theirs on « ? »; their words, no verb, said again
    # inside longer marks below (GUIDELINES "Headings")
    ("Morin : « Le cœur du quartier » ? Le maire s'explique\n\nLe gymnase de Vernay a brûlé "
     "lundi. « C'est le cœur du quartier qui part en fumée », a déclaré le maire Paul Morin.",
     "Le cœur du quartier", "Paul Morin"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), HEADING_QUOTES)
def test_a_heading_in_marks_is_a_quote(nlp, text, quote, speaker):
    found = {q.span.text: q for q in quotes_of(nlp, text) if q.type == "direct"}
    if quote is None:  # a line with no marks stays a heading
        assert all(q.cue is not None for q in found.values()), list(found)
        assert found, "the words in marks below the heading are found"
        return
    assert quote in found, list(found)
    cue = found[quote].cue
    assert cue is None or cue.type == "colon"  # no verb: nothing, or the colon as elsewhere
    assert found[quote].speaker.name == speaker


# (text, words of a quote below the heading, found: so an empty output fails)
NOT_HEADING_QUOTES = [
    # marked words inside a title: no quote of their own
    ("Le « grand soir » du club de Vernay\n\nLe club a fêté son titre samedi soir. « Nous "
     "sommes fiers », a dit le président.", "Nous sommes fiers"),
    ("Les agents du port votent une « grève sans fin »\n\nLe port est resté fermé mardi. « Nous "
     "ne céderons pas », a déclaré un délégué.", "Nous ne céderons pas"),
    # a title in marks, its words said nowhere else
    ("« Chronique d'un hiver annoncé »\n\nLa neige est tombée sur la vallée toute la nuit. "
     "« Les routes sont coupées », a indiqué le préfet.", "Les routes sont coupées"),
    ("« Le Roman d'une vallée »\n\nLa neige est tombée sur la vallée toute la nuit. "
     "« Les routes sont coupées », a indiqué le préfet.", "Les routes sont coupées"),
    # a whole line in marks with no verb that names a work, a person or a movement: a capital
    # past the first word (« Les Choristes », « Astérix et Obélix »), or the same words used
    # elsewhere after an article or « de », or as the newsroom's own (GUIDELINES « Headings »)
    ("« Les Choristes »\n\nLa chorale du collège a chanté samedi. « Nous avons répété tout "
     "l'hiver », a dit la directrice.", "Nous avons répété tout l'hiver"),
    ("« La Grande Vadrouille »\n\nLe cinéma du village rouvre ses portes. « Nous avons choisi "
     "un vieux film », a dit la gérante.", "Nous avons choisi un vieux film"),
    ("« Astérix et Obélix »\n\nLe parc a accueilli mille visiteurs dimanche. « Les enfants "
     "étaient ravis », a dit le directeur.", "Les enfants étaient ravis"),
    ("« Gilets jaunes »\n\nLe mouvement des gilets jaunes a défilé samedi à Vernay. « Nous "
     "reviendrons », a promis un manifestant.", "Nous reviendrons"),
    ("« Zéro artificialisation nette »\n\nLa commune applique l'objectif de zéro "
     "artificialisation nette. « Nous ne bâtirons plus », a dit le maire.",
     "Nous ne bâtirons plus"),
    ("« Gilets jaunes »\n\nLes « gilets jaunes » ont défilé samedi à Vernay. « Nous "
     "reviendrons », a promis un manifestant.", "Nous reviendrons"),
    # two words with no verb: a term, even when they come back
    ("Ecoles : « forte affluence »\n\nLes écoles ont connu « une forte affluence » lundi, selon "
     "la mairie.", "forte affluence"),
    # two words after a place and a colon: no one's, the two-word rule is a person's name's
    ("Marseille : « Nuit blanche »\n\nLes habitants du quartier ont passé la nuit dehors après "
     "l'effondrement d'un immeuble. « Nous avons tout perdu », a dit une habitante.",
     "Nous avons tout perdu"),
]


@pytest.mark.parametrize(("text", "below"), NOT_HEADING_QUOTES)
def test_a_heading_with_no_words_said_is_no_quote(nlp, text, below):
    lines = [p for p in text.split("\n") if p.strip()]
    heading = lines[0]
    quotes = quotes_of(nlp, text)
    found = [q.span.text for q in quotes if q.type == "direct" and q.span.start < len(heading)]
    assert found == []
    assert any(below in q.span.text and q.span.start > len(heading) for q in quotes)


COLON_AFTER = [
    # the name after the colon
    ("« Nous tiendrons jusqu'au bout » : Paul Morin\n\nLe maire de Vernay a parlé mardi "
     "devant le conseil.", "Nous tiendrons jusqu'au bout", "Paul Morin"),
    # words after the colon that name no one: nobody
    (FIRE + "« Nous avons tout perdu » : un quartier sous le choc\n\nLes "
     "pompiers sont restés sur place.", "Nous avons tout perdu", None),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), COLON_AFTER)
def test_a_name_after_the_colon_speaks(nlp, text, quote, speaker):
    found = {q.span.text: q for q in quotes_of(nlp, text) if q.type == "direct"}
    assert quote in found, list(found)
    assert found[quote].speaker.name == speaker


# (text, words of a quote below the heading, found: so an empty output fails; the heading's
# quotes): a cue in a heading reports only the words it gives in marks (« Non merci »), none
# of its own; a title line may end on « ! » or « ? »
CUES_IN_HEADINGS = [
    ("Le ministre appelle à cesser la grève, le syndicat répond « Non merci » !\n\nLe "
     "syndicat a refusé mardi. « Nous continuerons », a déclaré sa secrétaire Anne Roy.",
     "Nous continuerons", ["Non merci"]),
    ("Le conseil demande-t-il de fermer l'école ?\n\nLe conseil s'est réuni lundi. « Rien "
     "n'est décidé », a déclaré le maire Paul Morin.", "Rien n'est décidé", []),
    (FIRE + "Le maire demande de rouvrir la salle, l'opposition demande de la raser\n\nLe "
     "conseil a débattu mardi. « Nous rebâtirons », a promis le maire Paul Morin.",
     "Nous rebâtirons", []),
]


@pytest.mark.parametrize(("text", "below", "marked"), CUES_IN_HEADINGS)
def test_a_cue_in_a_heading_reports_nothing(nlp, text, below, marked):
    lines = [p for p in text.split("\n") if p.strip()]
    heading = text.index(lines[1 if text.startswith(FIRE) else 0])
    end = heading + len(lines[1 if text.startswith(FIRE) else 0])
    quotes = quotes_of(nlp, text)
    assert [q.span.text for q in quotes if heading <= q.span.start < end] == marked
    assert any(q.span.text == below for q in quotes), [q.span.text for q in quotes]


# a heading reports no words but those in marks (GUIDELINES "Headings"): a que-clause
# with a subject then an object clitic before the cue is a title's words; the marked words a
# cue in a heading gives, with nothing else after it, stay a quote
HEADED_CLAUSES = [
    ("Tours : L’hôpital les informe que leur fille est guérie\n\nLa patiente a quitté le "
     "centre hospitalier Marcel-Vaudier lundi. « Elle va bien », a dit son père Marc Arnal.",
     "Elle va bien"),
    ("Bourg-en-Bresse : Le club lui annonce que son contrat est rompu\n\nLe joueur attend. "
     "« Je suis surpris », a réagi Hugo Lenoir.", "Je suis surpris"),
]


@pytest.mark.parametrize(("text", "below"), HEADED_CLAUSES)
def test_a_que_clause_in_a_heading_is_no_quote(nlp, text, below):
    end = text.index("\n")
    quotes = quotes_of(nlp, text)
    assert [q.span.text for q in quotes if q.span.start < end] == []
    assert any(q.span.text == below for q in quotes), [q.span.text for q in quotes]


def test_marked_words_a_cue_in_a_heading_gives_stay(nlp):
    text = ("Le syndicat lui répond « Nous tiendrons bon »\n\nLe conseil s'est réuni lundi. La "
            "secrétaire Anne Roy a parlé.")
    said = [(q.span.text, q.type) for q in quotes_of(nlp, text)]
    assert said == [("Nous tiendrons bon", "direct")]


# a body paragraph that ends on « ! » keeps its quote: only the text's first line is a title
def test_an_exclamation_in_the_body_is_no_title(nlp):
    text = ("Le conseil s'est réuni lundi.\n\nLe maire Paul Morin appelle à rouvrir la salle !"
            "\n\nLe vote aura lieu mardi.")
    said = [(q.span.text, q.speaker.name) for q in quotes_of(nlp, text)]
    assert said == [("rouvrir la salle", "Paul Morin")]


# (text, the heading's words, speaker, gender): the words come back in marks below that are
# no quote of their own, in the sentence of someone's quote; or the heading has words of its
# own before marks of three words or more said below
HEADINGS_SAID_BELOW = [
    ("Le maire de Vernay, Paul Morin, a visité le chantier mardi.\n\n« Des jours et des "
     "nuits »\n\nIl a parlé de la salle. Des mois avec « des jours et des nuits », mais une "
     "certitude : « Nous reconstruirons la salle avant la rentrée. »",
     "Des jours et des nuits", "Paul Morin", "male"),
    ("La maire de Vernay, Claire Valois, quittera son poste en juin.\n\nPréparer « un départ "
     "en douceur »\n\nClaire Valois dit vouloir préparer « un départ en douceur » avec son "
     "adjoint.",
     "un départ en douceur", "Claire Valois", "female"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "gender"), HEADINGS_SAID_BELOW)
def test_a_heading_takes_who_says_its_words_below(nlp, text, quote, speaker, gender):
    found = {q.span.text: q for q in quotes_of(nlp, text) if q.type == "direct"}
    assert quote in found, list(found)
    assert found[quote].cue is None
    assert found[quote].speaker.name == speaker
    assert found[quote].speaker.gender == gender


# (text, the heading's words, speaker, gender, evidence): the words come back below as the
# quote of a person the text describes but does not name; the heading is that person's,
# unnamed, with the gender the description shows; a named speaker of the same words, or of
# the sentence holding them in marks, comes first; words said below by no one the text shows,
# or by no person (a banner read by « on »), leave the heading unresolved
HEADINGS_SAID_BY_UNNAMED = [
    ("L'ancienne compagne du suspect a réagi dimanche.\n\n« Je ne le reconnais plus »\n\n"
     "« Je ne le reconnais plus, c'est terrible », a commenté la jeune femme.",
     "Je ne le reconnais plus", None, "female", "heading-same-words"),
    ("Une marche blanche a eu lieu samedi à Vernay.\n\n« Elle aimait la musique »\n\n« Léa "
     "était une enfant joyeuse. Elle aimait la musique », raconte le beau-père de Léa.",
     "Elle aimait la musique", None, "male", "heading-same-words"),
    ("Un incendie a détruit une grange à Vernay.\n\n« Tout est parti en fumée »\n\n« Tout est "
     "parti en fumée en dix minutes », a confié Paul Morin, le propriétaire. « Tout est parti "
     "en fumée », a répété la jeune femme.",
     "Tout est parti en fumée", "Paul Morin", "male", "heading-same-words"),
    ("Le boulanger de Lussac prend sa retraite après quarante ans.\n\n« Des joies et des "
     "peines »\n\nQuarante ans avec « des joies et des peines », mais : « Je ne regrette rien "
     "», a dit Paul Morin vendredi. « Des joies et des peines, il y en a eu », sourit sa fille.",
     "Des joies et des peines", "Paul Morin", "male", "heading-same-sentence"),
    ("Une marche blanche a eu lieu samedi à Vernay.\n\n« Elle aimait la musique »\n\nSur les "
     "pancartes, des mots simples. « Léa était joyeuse. Elle aimait la musique. »",
     "Elle aimait la musique", None, None, "no-speaker"),
    ("La maternité de Vernay doit fermer en juin.\n\n« Sauvons notre maternité »\n\n« Sauvons "
     "notre maternité », pouvait-on lire sur une banderole.",
     "Sauvons notre maternité", None, None, "no-speaker"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "gender", "evidence"),
                         HEADINGS_SAID_BY_UNNAMED)
def test_a_heading_takes_an_unnamed_person_who_says_its_words(nlp, text, quote, speaker,
                                                               gender, evidence):
    heading = text.index(f"« {quote} »") + 2
    (found,) = [q for q in quotes_of(nlp, text) if q.span.start == heading]
    assert (found.speaker.name, found.speaker.gender) == (speaker, gender)
    assert found.speaker.kind == ("person" if gender else "unknown")
    assert found.evidence[-1] == evidence


# a heading with words of its own before marks: two words are a term, and marks said nowhere
# else are no quote
HEADINGS_NOT_SAID = [
    "La maire de Vernay quittera son poste.\n\nPréparer « la suite »\n\nClaire Valois veut "
    "préparer « la suite » avec son adjoint.",
    "La maire de Vernay quittera son poste.\n\nPréparer « un départ en douceur »\n\nClaire "
    "Valois a remercié les habitants.",
]


@pytest.mark.parametrize("text", HEADINGS_NOT_SAID)
def test_a_titles_marks_said_nowhere_else_are_no_quote(nlp, text):
    heading = text.split("\n\n")[1]
    found = [q for q in beside_its_own_quote(nlp, text) if heading.find(q.span.text) >= 0
             and text.find(heading) <= q.span.start < text.find(heading) + len(heading)]
    assert found == []


# Words in marks that hold a paragraph of their own right under a heading, no cue, nothing
# carried over the heading: the person the next paragraph opens on, when that one spoke
# before; one first named there, a narrator's sentence beside the marks, or no heading above
# (a speaker the carry cannot name ends it) give no one
STRIKE = ("« Nous sommes tous sous le choc », a déclaré le délégué syndical Marc Petit lundi. "
          "La direction a annoncé la fermeture du site.\n\n")
RESUMED = [
    (STRIKE + "« Trois cents emplois perdus »\n\n« Pour nous, il fallait garder l'usine. "
     "Jamais on n'avait pensé que tout irait si vite. »\n\nMarc Petit regrette le manque de "
     "dialogue avec la direction.",
     "Pour nous, il fallait garder l'usine. Jamais on n'avait pensé que tout irait si vite.",
     "Marc Petit", "male"),
    (STRIKE + "Un plan social contesté\n\n« Nous allons nous battre jusqu'au bout. Les "
     "salariés ne lâcheront rien. »\n\nMarc Petit doit rencontrer le préfet jeudi.",
     "Nous allons nous battre jusqu'au bout. Les salariés ne lâcheront rien.", "Marc Petit",
     "male"),
    # a heading naming the same person, by name or by a role of theirs, still gives them
    (STRIKE + "Le point de vue de Marc Petit\n\n« Nous allons nous battre jusqu'au bout. Les "
     "salariés ne lâcheront rien. »\n\nMarc Petit doit rencontrer le préfet jeudi.",
     "Nous allons nous battre jusqu'au bout. Les salariés ne lâcheront rien.", "Marc Petit",
     "male"),
    (STRIKE + "La colère du délégué syndical\n\n« Nous allons nous battre jusqu'au bout. Les "
     "salariés ne lâcheront rien. »\n\nMarc Petit doit rencontrer le préfet jeudi.",
     "Nous allons nous battre jusqu'au bout. Les salariés ne lâcheront rien.", "Marc Petit",
     "male"),
]
NOT_RESUMED = [
    # the one the next paragraph opens on speaks nowhere before: a witness, maybe not hers
    (STRIKE + "« Trois cents emplois perdus »\n\n« Pour nous, il fallait garder l'usine. "
     "Jamais on n'avait pensé que tout irait si vite. »\n\nLucie Garnier travaille à "
     "l'emballage depuis vingt ans.",
     "Pour nous, il fallait garder l'usine. Jamais on n'avait pensé que tout irait si vite."),
    # the narrator's words beside the marks in their paragraph
    (STRIKE + "« Trois cents emplois perdus »\n\n« Pour nous, il fallait garder l'usine », "
     "lit-on sur une banderole.\n\nMarc Petit regrette le manque de dialogue.",
     "Pour nous, il fallait garder l'usine"),
    # the one the next paragraph opens on speaks, but only after the words: no one
    (STRIKE + "Un reclassement promis\n\n« Nous proposerons un reclassement à chacun. »\n\n"
     "Marc Lenoir, le directeur, reçoit les syndicats jeudi. « Nous avons tout tenté », "
     "a-t-il dit.", "Nous proposerons un reclassement à chacun."),
    # no heading above, a long paragraph of the narrator's: the carry's business, not this rule
    (STRIKE + "La tension monte dans l'usine depuis des semaines et les salariés se relaient "
     "jour et nuit devant les grilles.\n\n« On tiendra aussi longtemps qu'il le faudra. »\n\n"
     "Marc Petit attend un geste.", "On tiendra aussi longtemps qu'il le faudra."),
]
# a heading naming someone else, a body or a person (a role, a name): the words may be theirs,
# the next paragraph's subject only reacting to them
ANSWERED = "\n\n« Le site n'est plus rentable. Nous n'avons pas le choix. »\n\n"
NOT_RESUMED += [
    (STRIKE + "La réponse de la direction" + ANSWERED + "Marc Petit dénonce un mensonge.",
     "Le site n'est plus rentable. Nous n'avons pas le choix."),
    (STRIKE + "Le point de vue du préfet" + ANSWERED + "Marc Petit dénonce un mensonge.",
     "Le site n'est plus rentable. Nous n'avons pas le choix."),
    (STRIKE + "Le maire répond" + ANSWERED + "Marc Petit dénonce un mensonge.",
     "Le site n'est plus rentable. Nous n'avons pas le choix."),
    (STRIKE + "La réponse de Julien Vasseur" + ANSWERED + "Marc Petit dénonce un mensonge.",
     "Le site n'est plus rentable. Nous n'avons pas le choix."),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), RESUMED)
def test_words_under_a_heading_are_the_next_paragraphs_speaker(nlp, text, said, speaker,
                                                                gender):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.gender) == (speaker, gender)
    assert "speaker-from-next" in q.evidence


@pytest.mark.parametrize(("text", "said"), NOT_RESUMED)
def test_words_under_a_heading_stay_unresolved_without_a_voice_after(nlp, text, said):
    assert quote_said(nlp, text, said).speaker.name is None


# (text, the heading's quotes: words, speaker, cue): a verb of saying in a heading with its
# subject gives the words it holds in marks, the rest of its object the title's
# (``unquoted.heading_words``)
HEADING_CUE_MARKS = [
    ("La CFDT réclame un vote « sans délai »\n\nLe conseil s'est réuni lundi. « Nous "
     "attendons », a déclaré sa secrétaire Anne Roy.", [("sans délai", "CFDT", "réclame")]),
    ("Le maire Paul Morin dénonce un « abandon » de l'État\n\nLe conseil s'est réuni lundi. "
     "« Nous attendons », a déclaré sa secrétaire Anne Roy.",
     [("abandon", "Paul Morin", "dénonce")]),
    # must not fire: no verb of saying, a « pour » of a holder, a title in marks
    ("Le maire Paul Morin a reporté son discours sur le « grand projet »\n\nLe conseil s'est "
     "réuni lundi. « Nous attendons », a déclaré sa secrétaire Anne Roy.", []),
    ("Les travaux « pas finis » pour le maire\n\nLe conseil s'est réuni lundi. « Nous "
     "attendons », a déclaré sa secrétaire Anne Roy.", []),
    # must not fire: a que-clause in a heading is the title's, whatever marks it holds
    ("Le club annonce que le « grand stade » ouvrira en mai\n\nLe conseil s'est réuni lundi. "
     "« Nous attendons », a déclaré sa secrétaire Anne Roy.", []),
    # must not fire: a « selon » in a heading names a source, no verb of saying
    ("Selon le maire Paul Morin, la ville va « mieux »\n\nLe conseil s'est réuni lundi. "
     "« Nous attendons », a déclaré sa secrétaire Anne Roy.", []),
]


@pytest.mark.parametrize(("text", "marked"), HEADING_CUE_MARKS)
def test_a_cue_in_a_heading_gives_its_marks(nlp, text, marked):
    end = text.index("\n")
    quotes = quotes_of(nlp, text)
    assert [(q.span.text, q.speaker.name, q.cue.text if q.cue else None)
            for q in quotes if q.span.start < end] == marked
    assert any(q.span.text == "Nous attendons" for q in quotes), [q.span.text for q in quotes]
