"""The gender a role noun shows of its holder when the lexicon lacks the noun's other form.

An agent noun apposed to a name says the person's gender by its ending (« trésorière »,
« éleveur »); a determiner before the noun decides for an epicene one (« la journaliste »);
an agreement in the text, Mme / M. and, against a masculine form, a woman's first name win
over the ending. An unnamed person's masculine noun says nothing (fixtures/gold/GUIDELINES.md).
One row: text -> the quote, then speaker, gender and kind.
"""

import pytest
from conftest import ANY

from quotes.attribute.gender import ending_gender
from quotes.lexicon import agent_lookalike
from quotes.lexicon.roles import distinct_gender
from quotes.model import Article
from quotes.pipeline import extract_doc

ROWS = [
    # ---- a feminine agent ending apposed to a name whose first name says nothing
    ("« Les caisses sont pleines », a assuré Dominique Ferrand, trésorière de la fanfare.",
     "Les caisses sont pleines", "Dominique Ferrand", "female", "person"),
    ("« Les agneaux sont nés tôt », a estimé Claude Besson, éleveuse de chèvres dans le Tarn.",
     "Les agneaux sont nés tôt", "Claude Besson", "female", "person"),
    ("« Le programme est bouclé », a déclaré Sacha Levasseur, coordinatrice du salon.",
     "Le programme est bouclé", "Sacha Levasseur", "female", "person"),
    ("« Les mesures concordent », explique Alix Dumoulin, chercheuse au CNRS.",
     "Les mesures concordent", "Alix Dumoulin", "female", "person"),
    ("« Les ordonnances ont doublé », raconte Camille Perrot, pharmacienne à Vesoul.",
     "Les ordonnances ont doublé", "Camille Perrot", "female", "person"),
    ("« Les ventes repartent », affirme Dominique Aubry, enseignante à Dijon.",
     "Les ventes repartent", "Dominique Aubry", "female", "person"),
    # it wins over a man's first name: the text shows her
    ("« La saison sera courte », prévient Maxime Leclerc, saisonnière à Biarritz.",
     "La saison sera courte", "Maxime Leclerc", "female", "person"),
    # ---- its masculine form beside a name says a man
    # a first name given to both: the masculine, anyone's, says nothing
    ("« Les caisses sont pleines », a assuré Dominique Ferrand, trésorier de la fanfare.",
     "Les caisses sont pleines", "Dominique Ferrand", None, "person"),
    ("« Le programme est bouclé », a déclaré Sacha Levasseur, coordinateur du salon.",
     "Le programme est bouclé", "Sacha Levasseur", None, "person"),
    ("« Les mesures concordent », explique Alix Dumoulin, chercheur au CNRS.",
     "Les mesures concordent", "Alix Dumoulin", None, "person"),
    ("« Les ordonnances ont doublé », raconte Camille Perrot, pharmacien à Vesoul.",
     "Les ordonnances ont doublé", "Camille Perrot", None, "person"),
    ("« Les ventes repartent », affirme Dominique Aubry, enseignant à Dijon.",
     "Les ventes repartent", "Dominique Aubry", None, "person"),
    ("« Les gardes commencent plus tôt », constatait Claude Vernier, président du syndicat.",
     "Les gardes commencent plus tôt", "Claude Vernier", None, "person"),
    ("« Nous fermerons en août », a dit Dominique Rabier, directeur de l'école.",
     "Nous fermerons en août", "Dominique Rabier", None, "person"),
    # its feminine form says a woman
    ("« Les gardes commencent plus tôt », constatait Claude Vernier, présidente du syndicat.",
     "Les gardes commencent plus tôt", "Claude Vernier", "female", "person"),
    ("« Nous fermerons en août », a dit Dominique Rabier, directrice de l'école.",
     "Nous fermerons en août", "Dominique Rabier", "female", "person"),
    # the masculine noun at the first mention leaves the gender open for what the text shows
    # later (« a-t-elle », « Mme », an agreement), and the pronoun finds her
    ("« Le texte est prêt », a dit Camille Roux, rapporteur du projet de loi. « Nous le "
     "voterons », a-t-elle ajouté.", "Nous le voterons", "Camille Roux", "female", "person"),
    ("« Le texte est prêt », a dit Camille Roux, rapporteur du projet de loi. « Nous le "
     "voterons », a-t-elle ajouté.", "Le texte est prêt", "Camille Roux", "female", "person"),
    ("« Les élèves progressent », a dit Dominique Roux, directeur de l'école. Mme Roux quittera "
     "son poste en juin.", "Les élèves progressent", "Dominique Roux", "female", "person"),
    ("Dominique Roux, directeur de l'école, quittera son poste en juin. « Je pars sereine », a "
     "confié Mme Roux.", "Je pars sereine", ANY, "female", "person"),
    ("Claude Vernier, président du syndicat, est arrivée lundi. « Nous tiendrons », a-t-elle "
     "dit.", "Nous tiendrons", "Claude Vernier", "female", "person"),
    # an epicene noun says nothing by itself beside a name given to both; its adjective does
    ("« Le dossier est clos », a dit Claude Vernier, juge à Dole.",
     "Le dossier est clos", "Claude Vernier", None, "person"),
    ("« Le dossier est clos », a dit Claude Vernier, ministre de la Mer.",
     "Le dossier est clos", "Claude Vernier", None, "person"),
    ("« Le dossier est clos », a dit Camille Vernier, nouvelle secrétaire du club.",
     "Le dossier est clos", "Camille Vernier", "female", "person"),
    # a noun the lexicon lists in both forms is read the same way, after the agreements and
    # the first name
    ("Claude Roux, directeur du club, est arrivée lundi. « Nous tiendrons », a dit Claude "
     "Roux.", "Nous tiendrons", "Claude Roux", "female", "person"),
    ("« Les cours reprennent », affirme Marie Roux, professeur à Lyon.",
     "Les cours reprennent", "Marie Roux", "female", "person"),
    ("« Les cours reprennent », affirme Paul Roux, directeur de l'école.",
     "Les cours reprennent", "Paul Roux", "male", "person"),
    ("« Les cours reprennent », affirme Kwabena Roux, directeur de l'école.",
     "Les cours reprennent", "Kwabena Roux", "male", "person"),
    ("« Les ventes repartent », affirme Kwabena Aubry, enseignant à Dijon.",
     "Les ventes repartent", "Kwabena Aubry", "male", "person"),
    # ---- a noun of either gender: the adjective after it inside the role agrees with it, so
    # with the person it names (« secrétaire générale »); the masculine says a man beside a
    # name as the noun's masculine form does, not beside a first name given to both or a woman's
    ("« Le préavis est maintenu », a prévenu Dominique Morand, secrétaire générale du "
     "syndicat.", "Le préavis est maintenu", "Dominique Morand", "female", "person"),
    ("« Le préavis est maintenu », a prévenu Kwabena Roux, secrétaire général du syndicat.",
     "Le préavis est maintenu", "Kwabena Roux", "male", "person"),
    ("« Le recours est rejeté », a tranché Kwabena Roux, juge fédéral à Berne.",
     "Le recours est rejeté", "Kwabena Roux", "male", "person"),
    ("« Le préavis est maintenu », a prévenu Dominique Morand, secrétaire général du syndicat.",
     "Le préavis est maintenu", "Dominique Morand", None, "person"),
    ("« Le préavis est maintenu », a prévenu Marie Morand, secrétaire général du syndicat.",
     "Le préavis est maintenu", "Marie Morand", "female", "person"),
    # must not fire: an adjective of the complement is not the role noun's
    ("« Le préavis est maintenu », a prévenu Dominique Morand, secrétaire du comité général.",
     "Le préavis est maintenu", "Dominique Morand", None, "person"),
    ("« Le bilan est lourd », explique Naya Gorce, économiste principale à la banque.",
     "Le bilan est lourd", "Naya Gorce", "female", "person"),
    # must not fire: an adjective of the quote the parse hangs on the role noun is not the
    # role's (« longue », « lent » are the file's and the sorting's)
    ("« La file est longue », explique Kelig Trévise, stagiaire recruté en mai.",
     "La file est longue", "Kelig Trévise", None, "person"),
    ("« Le tri est lent », explique Nalia Trévise, stagiaire payée au lance-pierre.",
     "Le tri est lent", "Nalia Trévise", None, "person"),
    ("« La file est longue », explique Nalia Trévise, stagiaire.",
     "La file est longue", "Nalia Trévise", None, "person"),
    # ---- « -drice » / « -deur »: « ambassadrice » says a woman, « ambassadeur » a man
    ("« Nous sommes en deuil », a réagi Dominique Morand, ambassadrice du Canada.",
     "Nous sommes en deuil", "Dominique Morand", "female", "person"),
    ("« Nous sommes en deuil », a réagi Kwabena Roux, ambassadeur du Canada.",
     "Nous sommes en deuil", "Kwabena Roux", "male", "person"),
    ("« Nous sommes en deuil », a réagi Dominique Morand, ambassadeur du Canada.",
     "Nous sommes en deuil", "Dominique Morand", None, "person"),
    # ---- must not fire: an epicene noun alone says nothing, its determiner decides
    ("« Le bilan est prêt », a indiqué Camille Roux, secrétaire de l'amicale.",
     "Le bilan est prêt", "Camille Roux", None, "person"),
    ("« Le bilan est prêt », a indiqué Camille Roux, journaliste à Rennes.",
     "Le bilan est prêt", "Camille Roux", None, "person"),
    ("« Le bilan est prêt », a indiqué la journaliste Camille Roux.",
     "Le bilan est prêt", "Camille Roux", "female", "person"),
    ("« Le bilan est prêt », a indiqué le journaliste Camille Roux.",
     "Le bilan est prêt", "Camille Roux", "male", "person"),
    # ---- agreement and titles win over the ending
    ("Claude Roux, trésorier de la fanfare, est arrivée en retard. « Le bilan est prêt », "
     "a-t-elle dit.", "Le bilan est prêt", "Claude Roux", "female", "person"),
    ("« Le bilan est prêt », a indiqué Mme Roux, chercheur au CNRS.",
     "Le bilan est prêt", "Roux", "female", "person"),
    # a woman's first name wins over a masculine form, which women hold too
    ("« Le bilan est prêt », a indiqué Marie Roux, trésorier de la fanfare.",
     "Le bilan est prêt", "Marie Roux", "female", "person"),
    # ---- an unnamed person: the feminine form with its determiner says a woman, the
    # masculine one nothing
    ("« Le bilan est prêt », a indiqué une chercheuse de l'Inserm.",
     "Le bilan est prêt", "une chercheuse de l'Inserm", "female", "anonymous"),
    ("« Le bilan est prêt », a indiqué un chercheur de l'Inserm.",
     "Le bilan est prêt", "un chercheur de l'Inserm", None, "anonymous"),
    ("« Le bilan est prêt », a indiqué une journaliste présente sur place.",
     "Le bilan est prêt", "une journaliste présente", "female", "anonymous"),
    ("« Le bilan est prêt », a indiqué un journaliste présent sur place.",
     "Le bilan est prêt", "un journaliste présent", None, "anonymous"),
    # ---- must not fire: a noun of no person, whatever its ending (after « selon », a noun of
    # no person nor body is a finding: an anonymous source named as written, no gender)
    ("« Le bilan est prêt », a indiqué une entreprise du secteur.",
     "Le bilan est prêt", "une entreprise du secteur", None, "anonymous"),
    ("« Le bilan est prêt », affiche la vitrine du magasin.",
     "Le bilan est prêt", ANY, None, "unknown"),
    ("« Le bilan est prêt », a indiqué Dominique Roux, à la lumière des résultats.",
     "Le bilan est prêt", "Dominique Roux", None, "person"),
    ("« Le bilan est prêt », a indiqué Dominique Roux, devant la vitrine du magasin.",
     "Le bilan est prêt", "Dominique Roux", None, "person"),
    ("« Le bilan est prêt », a indiqué Dominique Roux, entreprise du secteur.",
     "Le bilan est prêt", "Dominique Roux", None, "person"),
    # a feminine noun of an agent ending whose other gender is no word (« barrier »,
    # « matier », « cicateur », « agrafeur », « persien ») names no one
    ("« Le bilan est prêt », a indiqué Dominique Roux, barrière en main.",
     "Le bilan est prêt", "Dominique Roux", None, "person"),
    ("« Le bilan est prêt », a indiqué Dominique Roux, bannière à la main.",
     "Le bilan est prêt", "Dominique Roux", None, "person"),
    ("« Le bilan est prêt », a indiqué Dominique Roux, cicatrice au front.",
     "Le bilan est prêt", "Dominique Roux", None, "person"),
    ("« Le bilan est prêt », a indiqué Dominique Roux, agrafeuse à la main.",
     "Le bilan est prêt", "Dominique Roux", None, "person"),
    ("« Le bilan est prêt », selon la matière du rapport.",
     "Le bilan est prêt", "la matière du rapport", None, "anonymous"),
    ("« Le bilan est prêt », selon l'antienne du gouvernement.",
     "Le bilan est prêt", "l'antienne du gouvernement", None, "anonymous"),
    ("« Le bilan est prêt », selon la frontière du rapport.",
     "Le bilan est prêt", "la frontière du rapport", None, "anonymous"),
    # ---- keep firing: a feminine agent noun of no list whose other gender is a word
    ("« Le bilan est prêt », a indiqué Dominique Roux, trésorière de la fanfare.",
     "Le bilan est prêt", "Dominique Roux", "female", "person"),
    ("« Le bilan est prêt », a indiqué Dominique Roux, soudeuse de métier.",
     "Le bilan est prêt", "Dominique Roux", "female", "person"),
    ("« Le bilan est prêt », a indiqué Dominique Roux, pâtissière à Tours.",
     "Le bilan est prêt", "Dominique Roux", "female", "person"),
    ("« Le bilan est prêt », a indiqué une trésorière de l'amicale.",
     "Le bilan est prêt", ANY, "female", "anonymous"),
    ("« Le bilan est prêt », a indiqué une soudeuse de l'atelier.",
     "Le bilan est prêt", ANY, "female", "anonymous"),
    ("« Le bilan est prêt », a indiqué une chercheuse du CNRS.",
     "Le bilan est prêt", ANY, "female", "anonymous"),
    ("« Le bilan est prêt », a indiqué une éleveuse du village.",
     "Le bilan est prêt", ANY, "female", "anonymous"),
    ("« Le bilan est prêt », a indiqué une pâtissière du quartier.",
     "Le bilan est prêt", ANY, "female", "anonymous"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "gender", "kind"), ROWS)
def test_role_gender(nlp, text, quote, speaker, gender, kind):
    (q,) = [q for q in extract_doc(Article("t", text), nlp(text)).quotes if q.span.text == quote]
    if speaker is not ANY:
        assert q.speaker.name == speaker
    assert (q.speaker.gender, q.speaker.kind) == (gender, kind)


@pytest.mark.parametrize(
    ("noun", "gender"),
    [
        ("trésorière", "f"), ("coordinatrice", "f"), ("éleveuse", "f"), ("pharmacienne", "f"),
        ("gérante", "f"), ("professeure", "f"),
        ("trésorier", "m"), ("coordinateur", "m"), ("éleveur", "m"), ("pharmacien", "m"),
        ("gérant", "m"), ("ambassadrice", "f"), ("ambassadeur", "m"),
        # endings of either gender, or none: nothing
        ("secrétaire", None), ("journaliste", None), ("capitaine", None), ("confrère", None),
        ("diplomate", None), ("vitrine", None),
    ],
)
def test_the_gender_an_agent_ending_shows(noun, gender):
    assert ending_gender(noun) == gender


@pytest.mark.parametrize(
    ("noun", "lookalike"),
    [
        # a feminine agent ending, the other gender no word: no person's noun by its ending
        ("barrière", True), ("matière", True), ("lumière", True), ("bannière", True),
        ("frontières", True), ("persienne", True), ("antienne", True), ("cicatrice", True),
        ("agrafeuse", True), ("centrifugeuse", True),
        # the other gender a word (« -eux » too): a person's noun
        ("trésorière", False), ("pâtissière", False), ("chercheuse", False),
        ("soudeuse", False), ("éleveuse", False), ("religieuse", False), ("gérante", False),
        ("pharmacienne", False), ("coordinatrice", False), ("tante", False),
        ("cantatrice", False), ("dilettante", False),
    ],
)
def test_a_feminine_agent_ending_whose_other_gender_is_no_word(noun, lookalike):
    assert agent_lookalike(noun) is lookalike


@pytest.mark.parametrize(("noun", "gender"), [
    # a feminine form: a woman's
    ("présentatrice", "f"), ("avocate", "f"), ("animatrice", "f"),
    # a masculine whose feminine is another word: a man's
    ("animateur", "m"), ("présentateur", "m"), ("directeur", "m"),
    # … past a prefix of lexicon/role_prefixes.txt
    ("ex-animateur", "m"), ("ex-présentatrice", "f"),
    # must not: a masculine French also writes for a woman (its feminine adds an « e »), an
    # epicene noun, a word that is no role noun
    ("professeur", None), ("auteur", None), ("avocat", None), ("procureur", None),
    # … its feminine listed as a role noun of its own (« adjointe », « préfète », « experte »)
    ("adjoint", None), ("préfet", None), ("expert", None),
    ("ministre", None), ("journaliste", None), ("maison", None),
])
def test_distinct_gender(noun, gender):
    assert distinct_gender(noun) == gender
