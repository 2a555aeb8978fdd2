"""Interviews laid out as questions and answers: turns found only when the layout repeats."""

import pytest

from quotes.detect.context import make_context
from quotes.detect.interviews import interview_turns
from quotes.detect.marks import find_marked, paragraphs

INTERVIEW = (
    "La chercheuse a répondu à nos questions.\n\n"
    "Radio Nord : Comment avez-vous appris la nouvelle ?\n\n"
    "Anne Vidal : J’ai reçu un appel ce matin. J’étais très émue.\n\n"
    "Vous vous y attendiez ?\n\n"
    "Anne Vidal : Pas du tout. Personne ne s’y attendait."
)


def turns(nlp, text):
    paras = list(paragraphs(text))
    marked, _ = find_marked(text, paras)
    ctx = make_context(nlp(text), marked, paras)
    return [
        (text[t.start : t.end], text[t.label[0] : t.label[1]] if t.label else None, t.question)
        for t in interview_turns(ctx)
    ]


def test_answers_take_their_label_and_questions_the_label_that_asked_first(nlp):
    assert turns(nlp, INTERVIEW) == [
        ("Comment avez-vous appris la nouvelle ?", "Radio Nord", True),
        ("J’ai reçu un appel ce matin. J’étais très émue.", "Anne Vidal", False),
        ("Vous vous y attendiez ?", "Radio Nord", True),
        ("Pas du tout. Personne ne s’y attendait.", "Anne Vidal", False),
    ]


# an outlet that writes its name in lower case labels its questions so, when it is named in
# the article's own text too (« sur radionord »)
LOWER_LABEL = (
    "La chercheuse Anne Vidal a réagi mercredi sur radionord.\n\n"
    "radionord : Comment avez-vous appris la nouvelle ?\n\n"
    "Anne Vidal : J’ai reçu un appel ce matin. J’étais très émue.\n\n"
    "Vos étudiants le savaient-ils ?\n\n"
    "Anne Vidal : Non. Je leur ai dit après le cours."
)


def test_a_label_in_lower_case_the_article_writes_elsewhere_asks_the_questions(nlp):
    assert turns(nlp, LOWER_LABEL) == [
        ("Comment avez-vous appris la nouvelle ?", "radionord", True),
        ("J’ai reçu un appel ce matin. J’étais très émue.", "Anne Vidal", False),
        ("Vos étudiants le savaient-ils ?", "radionord", True),
        ("Non. Je leur ai dit après le cours.", "Anne Vidal", False),
    ]


def test_a_word_in_lower_case_the_article_writes_nowhere_else_labels_nothing(nlp):
    text = LOWER_LABEL.replace(" sur radionord", "")
    assert ("Comment avez-vous appris la nouvelle ?", "radionord", True) not in turns(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le musée sous le choc : trois voleurs ont emporté six tableaux dimanche.",
        "résultat : les délégués négociaient encore.\n\nLa séance a repris.\n\nrésultat : rien.",
        "Problème : à cet instant, les délégués négociaient encore.\n\nLa séance a repris.",
        "Paul Morel n’élude rien : les parloirs sont une bouffée d’oxygène.\n\nQue faire ?",
        "Le bilan : trois morts et dix blessés.\n\nLes secours sont sur place.",
        # a live blog's update label, twice and nowhere else, on no question: no one asks
        "Le direct de la rédaction sur la tempête Ciaran, qui frappe la Bretagne depuis "
        "mercredi soir.\n\nmàj : le bilan s'alourdit à trois morts dans le Finistère.\n\n"
        "Les vents ont atteint 207 km/h à la pointe du Raz.\n\nmàj : plus de 700 000 foyers "
        "sont privés d'électricité, selon Enedis.",
    ],
)
def test_a_label_used_once_with_no_question_beside_it_is_narration(nlp, text):
    assert turns(nlp, text) == []


def answers(nlp, text):
    """(words, speaker) of every quote extracted from ``text``."""
    from quotes.model import Article
    from quotes.pipeline import extract_doc

    found = extract_doc(Article("t", text), nlp(text)).quotes
    return [(q.span.text, q.speaker.name) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # dashes, one turn a paragraph
            "Le cycliste Marc Aubert a raccroché le vélo.\n\n— Pourquoi arrêter maintenant ?\n\n"
            "— Mon corps ne suit plus. Je le sens depuis un an.\n\n— Des regrets ?\n\n"
            "— Aucun, je pars heureux.",
            [("Mon corps ne suit plus. Je le sens depuis un an.", "Marc Aubert"),
             ("Aucun, je pars heureux.", "Marc Aubert")],
            id="dashes",
        ),
        pytest.param(  # question and answer after dashes on one line
            "La nageuse Inès Caron revient des championnats. Interview.\n\n"
            "— Fatiguée ? — Un peu. J'ai nagé six courses en trois jours.\n\n"
            "— Et la suite ? — Des vacances, puis je reprends en septembre.",
            [("Un peu. J'ai nagé six courses en trois jours.", "Inès Caron"),
             ("Des vacances, puis je reprends en septembre.", "Inès Caron")],
            id="dashes-on-one-line",
        ),
        pytest.param(  # « Q. » / « R. »
            "Le boulanger Denis Faure ferme sa boutique après trente ans.\n\n"
            "Q. Qu'allez-vous faire ?\n\nR. Du jardin, enfin. Ma femme m'attend depuis "
            "longtemps.\n\nQ. Un repreneur ?\n\nR. Pas encore, mais nous cherchons.",
            [("Du jardin, enfin. Ma femme m'attend depuis longtemps.", "Denis Faure"),
             ("Pas encore, mais nous cherchons.", "Denis Faure")],
            id="q-r",
        ),
        pytest.param(  # « Question : » / « Réponse : », no « vous », no first person
            "La préfète Claire Brun a répondu à nos questions.\n\n"
            "Question : La route rouvrira-t-elle lundi ?\n\nRéponse : Si la pluie cesse, oui.\n\n"
            "Question : Et le pont ?\n\nRéponse : Les experts l'inspectent mardi.",
            [("Si la pluie cesse, oui.", "Claire Brun"),
             ("Les experts l'inspectent mardi.", "Claire Brun")],
            id="question-reponse",
        ),
        pytest.param(  # questions alone on their line, the interviewee in the standfirst
            "Nous avons rencontré le chef Hugo Masson. Entretien.\n\n"
            "Que cuisinez-vous chez vous ?\n\nDes pâtes, surtout. Je n'ai plus le temps.\n\n"
            "Votre plat préféré ?\n\nLe pot-au-feu de ma grand-mère.\n\n"
            "Je le refais chaque hiver, avec les mêmes légumes.\n\nUn conseil ?\n\n"
            "Goûter tout le temps.",
            [("Des pâtes, surtout. Je n'ai plus le temps.", "Hugo Masson"),
             ("Le pot-au-feu de ma grand-mère.", "Hugo Masson"),
             ("Je le refais chaque hiver, avec les mêmes légumes.", "Hugo Masson"),
             ("Goûter tout le temps.", "Hugo Masson")],
            id="plain-questions",
        ),
        pytest.param(  # a label on the first answer only names the one who answers the rest
            "Le skipper répond à nos questions.\n\nQuand partez-vous ?\n\n"
            "Yves Tanguy : Dimanche, si le vent tourne. Je suis prêt.\n\nVous avez peur ?\n\n"
            "Un peu, comme à chaque départ.",
            [("Dimanche, si le vent tourne. Je suis prêt.", "Yves Tanguy"),
             ("Un peu, comme à chaque départ.", "Yves Tanguy")],
            id="first-label-only",
        ),
        pytest.param(  # a short paragraph without « ? » between two answers is a question
            "Entretien avec la juge Alice Morel.\n\nVous quittez la magistrature. Pourquoi ?\n\n"
            "J'ai fait le tour de ce métier.\n\nVos collègues sont surpris.\n\n"
            "Je leur ai expliqué ma décision.\n\nEt demain ?\n\nJ'enseignerai le droit.",
            [("J'ai fait le tour de ce métier.", "Alice Morel"),
             ("Je leur ai expliqué ma décision.", "Alice Morel"),
             ("J'enseignerai le droit.", "Alice Morel")],
            id="question-without-mark",
        ),
        pytest.param(  # an answer over two paragraphs, the second without « je »
            "Entretien avec l'architecte Léon Vidal.\n\nPourquoi ce musée ?\n\n"
            "J'ai voulu un lieu ouvert.\n\nLa lumière entre de partout, même en hiver.\n\n"
            "Et le budget ?\n\nIl a été tenu.",
            [("J'ai voulu un lieu ouvert.", "Léon Vidal"),
             ("La lumière entre de partout, même en hiver.", "Léon Vidal"),
             ("Il a été tenu.", "Léon Vidal")],
            id="answer-over-two-paragraphs",
        ),
        pytest.param(  # dashes, an answer going on in a paragraph without one
            "Le cycliste Marc Aubert arrête.\n\n— Pourquoi maintenant ?\n\n— Mon genou.\n\n"
            "Je ne pouvais plus suivre.\n\n— Et demain ?\n\n— Je vais entraîner.",
            [("Mon genou.", "Marc Aubert"), ("Je ne pouvais plus suivre.", "Marc Aubert"),
             ("Je vais entraîner.", "Marc Aubert")],
            id="dashes-and-a-plain-paragraph",
        ),
        pytest.param(  # an answer that reports someone's words: « me », outside the marks
            "Entretien avec l'historien Paul Roux.\n\nQu'avez-vous trouvé ?\n\n"
            "Des lettres. Comme me l'a dit un archiviste, « tout est là ».\n\nEt après ?\n\n"
            "J'écris un livre.",
            [("Des lettres. Comme me l'a dit un archiviste, « tout est là ».", "Paul Roux"),
             ("J'écris un livre.", "Paul Roux")],
            id="answer-reporting-words",
        ),
        pytest.param(  # a radio's labelled question, then questions it asks without a label
            "La chercheuse Anne Vidal a répondu à la radio.\n\n"
            "Radio Nord : Comment avez-vous appris la nouvelle ?\n\n"
            "Anne Vidal : J'ai reçu un appel ce matin.\n\nVous vous y attendiez ?\n\n"
            "Pas du tout. Je ne le savais pas.\n\nEt maintenant ?\n\n"
            "Je retourne au laboratoire.",
            [("Comment avez-vous appris la nouvelle ?", "Radio Nord"),
             ("J'ai reçu un appel ce matin.", "Anne Vidal"),
             ("Vous vous y attendiez ?", "Radio Nord"),
             ("Pas du tout. Je ne le savais pas.", "Anne Vidal"),
             ("Et maintenant ?", "Radio Nord"), ("Je retourne au laboratoire.", "Anne Vidal")],
            id="asked-by-a-label",
        ),
        pytest.param(  # a labelled answer over two paragraphs, up to the next turn
            "La chercheuse Anne Vidal a répondu à la radio.\n\n"
            "Radio Nord : Comment l'avez-vous appris ?\n\nAnne Vidal : Par un appel.\n\n"
            "C'était tôt ce matin.\n\nRadio Nord : Et ensuite ?\n\n"
            "Anne Vidal : J'ai pleuré de joie.\n\nLe prix lui sera remis en décembre.",
            [("Comment l'avez-vous appris ?", "Radio Nord"), ("Par un appel.", "Anne Vidal"),
             ("C'était tôt ce matin.", "Anne Vidal"), ("Et ensuite ?", "Radio Nord"),
             ("J'ai pleuré de joie.", "Anne Vidal")],
            id="labelled-answer-over-two-paragraphs",
        ),
    ],
)
def test_an_interview_layout_gives_its_answers_to_the_interviewee(nlp, text, expected):
    assert answers(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # each answer a paragraph the marks hold whole: the words inside them
            "Entretien avec la skieuse Léa Garnier.\n\nAvez-vous douté ?\n\n« Jamais. Je savais "
            "que je pouvais gagner. »\n\nEt la suite ?\n\n« Je prends des vacances, puis je "
            "reprends l'entraînement. »",
            [("Jamais. Je savais que je pouvais gagner.", "Léa Garnier"),
             ("Je prends des vacances, puis je reprends l'entraînement.", "Léa Garnier")],
            id="answers-in-marks",
        ),
        pytest.param(  # two people in the introduction, the one the questions call by name;
            # the introduction alone would give the answers to its subject, Julie Caron
            "Julie Caron et Léa Garnier se sont affrontées en finale dimanche.\n\n"
            "Léa Garnier, qu'est-ce qui vous a manqué aujourd'hui ?\n\n« Un peu de fraîcheur. "
            "Je n'avais plus de jambes à la fin. »\n\nAvez-vous des regrets ?\n\n« Non, je "
            "suis fière de mon tournoi. »",
            [("Un peu de fraîcheur. Je n'avais plus de jambes à la fin.", "Léa Garnier"),
             ("Non, je suis fière de mon tournoi.", "Léa Garnier")],
            id="called-by-name",
        ),
    ],
)
def test_answers_in_marks_are_the_interviewees(nlp, text, expected):
    assert answers(nlp, text) == expected


LEROUX = "Le syndicaliste Hugo Leroux a répondu à nos questions.\n\n"
STREET = ("\n\n« Non. Elle n'a écouté personne. »\n\nQue ferez-vous lundi ?\n\n« Nous serons "
          "dans la rue. »")
LEROUX_ANSWERS = [("Non. Elle n'a écouté personne.", "Hugo Leroux"),
                  ("Nous serons dans la rue.", "Hugo Leroux")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name, a comma, then words set off after it or a question about « elle »: the
        # question is about that person, not put to her; the answers stay the introduction's
        pytest.param(LEROUX + "Marine Dupont, la ministre du Travail, a-t-elle eu raison ?"
                     + STREET, LEROUX_ANSWERS, id="apposition-after-the-name"),
        pytest.param(LEROUX + "Marine Dupont, qui a signé le décret, peut-elle reculer ?" + STREET,
                     LEROUX_ANSWERS, id="relative-after-the-name"),
        pytest.param(LEROUX + "Marine Dupont, selon vous, a-t-elle menti ?" + STREET,
                     LEROUX_ANSWERS, id="aside-after-the-name"),
        pytest.param(LEROUX + "Marine Dupont a-t-elle eu raison ?" + STREET, LEROUX_ANSWERS,
                     id="asked-about-no-comma"),
        # … and near-misses that trip one guard each: a comma further on (an aside), words the
        # parse sets off after the name (an apposition), « elle » in the question
        pytest.param(LEROUX + "Marine Dupont, selon vous, a eu raison ?" + STREET,
                     LEROUX_ANSWERS, id="only-a-second-comma"),
        pytest.param(LEROUX + "Marine Dupont, ministre du Travail : quel bilan ?" + STREET,
                     LEROUX_ANSWERS, id="only-an-apposition"),
        pytest.param(LEROUX + "Marine Dupont, a-t-elle eu raison ?" + STREET, LEROUX_ANSWERS,
                     id="only-elle"),
        # fire: a name, a comma, the question put to her with no « vous » in it (the
        # introduction's subject is the other player)
        pytest.param("Julie Caron et Léa Garnier se sont affrontées en finale dimanche.\n\n"
                     "Léa Garnier, qu'est-ce qui a fait la différence aujourd'hui ?\n\n« Un peu "
                     "de fraîcheur. Je n'avais plus de jambes. »\n\nAvez-vous des regrets ?"
                     "\n\n« Non, je suis fière de mon tournoi. »",
                     [("Un peu de fraîcheur. Je n'avais plus de jambes.", "Léa Garnier"),
                      ("Non, je suis fière de mon tournoi.", "Léa Garnier")],
                     id="called-without-vous"),
        # names before a colon in a question of a layout whose answers name nobody: whom it is
        # about; neither that question nor the next one is anybody's quote
        pytest.param("Entretien avec le syndicaliste Hugo Leroux.\n\nMarine Dupont, Luc Favre : "
                     "qui croire ?\n\n« Ni l'un ni l'autre. »\n\nQue ferez-vous lundi ?\n\n"
                     "« Nous serons dans la rue. »",
                     [("Ni l'un ni l'autre.", "Hugo Leroux"),
                      ("Nous serons dans la rue.", "Hugo Leroux")], id="names-before-a-colon"),
    ],
)
def test_a_question_about_a_person_does_not_call_her(nlp, text, expected):
    assert answers(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(  # marks that open the paragraph but hold part of it: no answer
            "Entretien avec la skieuse Léa Garnier.\n\nAvez-vous douté ?\n\n« Jamais, pas "
            "une seconde », a-t-elle répondu. Elle repart lundi.\n\nEt la suite ?\n\n« Je "
            "pars en vacances au soleil » : la phrase a fait le tour du club.",
            id="marks-holding-part",
        ),
        pytest.param(  # a question about a person, calling no one, and no one person in the
            # introduction: no one to give the answers to
            "Battue par Julie Caron en finale, Léa Garnier et son entraîneur Marc Petit ont "
            "quitté Paris.\n\nJulie Caron a-t-elle trop forcé ?\n\n« Nous verrons demain. "
            "Je ne sais pas encore. »\n\nQui jouera samedi ?\n\n« Je l'ignore, je vous "
            "le dirai. »",
            id="asked-about-not-called",
        ),
    ],
)
def test_marks_after_questions_that_answer_no_interview(nlp, text):
    from quotes.model import Article
    from quotes.pipeline import extract_doc

    found = extract_doc(Article("t", text), nlp(text)).quotes
    assert found and not any("interview" in q.evidence for q in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # rhetorical questions and the narration after them, the narrator's « nous »
            "La piscine municipale est fermée depuis mars.\n\nFaut-il la rénover ?\n\n"
            "La mairie hésite encore. Nous avons consulté le devis.\n\n"
            "Qui paiera les travaux ?\n\nNotre enquête montre que le département se retire.",
            [], id="rhetorical",
        ),
        pytest.param(  # a marker, but what follows the questions tells, in the third person
            "Dans une interview, la maire Julie Faure a promis des économies.\n\n"
            "Faut-il éteindre les lampadaires ?\n\nLes habitants se sont partagés.\n\n"
            "Et les écoles ?\n\nUn audit sera lancé à l'automne.",
            [], id="marker-and-narration",
        ),
        pytest.param(  # a list after dashes, no question
            "Le plan compte trois mesures.\n\n— un gel des loyers ;\n\n— une aide de 100 euros ;"
            "\n\n— un guichet unique.",
            [], id="dash-list",
        ),
        pytest.param(  # a dialogue after dashes, neither « vous » nor the first person
            "Au marché, deux vendeurs se disputent.\n\n— Il est frais, ce poisson ?\n\n"
            "— Depuis ce matin.\n\n— Et ces tomates ?\n\n— D'Espagne.",
            [], id="dash-dialogue",
        ),
        pytest.param(  # « R. » as an initial, and no « Q. »
            "R. Dumas a été élu maire.\n\nR. Dumas a promis un audit.\n\nLa séance est levée.",
            [], id="initial",
        ),
        pytest.param(  # after each question, a paragraph whose reporting verb names its speaker
            "Entretien.\n\nQue faire ?\n\nIl faut attendre, a estimé le maire, Paul Roux. Nous "
            "verrons.\n\nEt après ?\n\nLe préfet Jean Vidal a estimé que nous devions agir.",
            [("Il faut attendre", "Paul Roux"), ("nous devions agir", "Jean Vidal")],
            id="told",
        ),
        pytest.param(  # two interviewees and no label: nobody to give the answers to
            "Entretien avec Paul Roux et Marie Caron.\n\nQue pensez-vous du projet ?\n\n"
            "Nous le soutenons.\n\nEt le coût ?\n\nNous l'avons chiffré.",
            [], id="two-interviewees-unlabelled",
        ),
        pytest.param(  # after the last answer, a line of narration and the journalist's « nous »
            "Entretien avec la juge Alice Morel.\n\nVous partez ?\n\nJ'ai fait le tour.\n\n"
            "Et demain ?\n\nJ'enseignerai le droit.\n\nLe livre sort jeudi.\n\n"
            "Nous en publierons des extraits.",
            [("J'ai fait le tour.", "Alice Morel"), ("J'enseignerai le droit.", "Alice Morel")],
            id="narration-after-the-last-answer",
        ),
        pytest.param(  # between two exchanges, a paragraph whose verb names its speaker
            "Entretien avec l'architecte Léon Vidal.\n\nPourquoi ce musée ?\n\n"
            "J'ai voulu un lieu ouvert.\n\nLe maire, Paul Roux, a assuré que le chantier "
            "finirait en mai.\n\nEt le budget ?\n\nIl a été tenu.",
            [("J'ai voulu un lieu ouvert.", "Léon Vidal"),
             ("le chantier finirait en mai", "Paul Roux"), ("Il a été tenu.", "Léon Vidal")],
            id="told-between-exchanges",
        ),
        pytest.param(  # a reader's guide: questions to « vous », answers that say « nous »
            "La ministre Sarah Benhamou a présenté une aide.\n\nY avez-vous droit ?\n\n"
            "Notre simulateur vous le dit en deux minutes.\n\nComment la demander si vous êtes "
            "locataire ?\n\nNos lecteurs nous ont signalé des délais.",
            [], id="readers-guide",
        ),
        pytest.param(  # « je » inside the marks is the quoted speaker's, not an answer's
            "Entretien.\n\nQue faire ?\n\nLe maire Paul Roux a dit : « Je ne sais pas ».\n\n"
            "Et après ?\n\nLa préfète Anne Roy a répondu : « J'attends le rapport ».",
            [("Je ne sais pas", "Paul Roux"), ("J'attends le rapport", "Anne Roy")],
            id="first-person-inside-marks",
        ),
        pytest.param(  # one exchange after dashes in a report: a scene, not an interview
            "Le maire Paul Roux a rouvert le marché samedi.\n\n— Vous revenez ? — Oui, je "
            "reviens chaque semaine.\n\nLes commerçants, eux, attendent la fin des travaux.",
            [], id="one-dashed-exchange",
        ),
    ],
)
def test_questions_in_narration_make_no_answers(nlp, text, expected):
    assert answers(nlp, text) == expected
