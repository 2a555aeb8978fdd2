"""Pull quotes in no marks, signed by the name of who said them (detect/pull_quotes.py).

Sentences written for these tests: the words, then the name after a dash on their line, on a
line with no verb after their last sentence, or on the next line alone.
"""

import pytest
from conftest import beside_its_own_quote, quote_said

SIGNED = [
    # a dash and the name at the end of the line; « on » says it is someone's words
    ("Le ministre a visité l'usine de Vernac lundi. Paul Morel a passé une heure avec les "
     "anciens salariés.\n\nOn s'est parfois fait avoir collectivement - Paul Morel\n\n"
     "Un échange en petit comité.",
     "On s'est parfois fait avoir collectivement", "Paul Morel", "ministre", "male"),
    # a line with no verb after the last sentence: the name, then where it was said
    ("Sur la radio, la ministre de la Recherche Anne Vidal se dit fière de cette "
     "récompense.\n\nCela montre la qualité de nos formations en physique. Anne Vidal, sur "
     "Radio Nord\n\nLe prix sera remis en décembre.",
     "Cela montre la qualité de nos formations en physique.", "Anne Vidal",
     "ministre de la Recherche", "female"),
    # the words alone, the name and a role on the next line
    ("La séance s'est achevée dans la confusion. Marie Roux a quitté la salle.\n\n"
     "Nous ne voulions pas interrompre la séance, mais nous sommes déçus.\n\n"
     "Marie Roux, présidente de l'association\n\nLe vote aura lieu demain.",
     "Nous ne voulions pas interrompre la séance, mais nous sommes déçus.", "Marie Roux",
     "présidente de l'association", "female"),
    # the words alone with no stop, a clause with its verb, the name on the next line
    ("Le maire Paul Morel a rencontré le ministre mardi.\n\nJe veux bien faire confiance au "
     "gouvernement, mais il faut des actes\n\nPaul Morel, maire de Vernac\n\nLe ministre "
     "reviendra en mai.",
     "Je veux bien faire confiance au gouvernement, mais il faut des actes", "Paul Morel",
     "maire de Vernac", "male"),
    # « M. » in the signature ends no sentence: the words stop at « sécurité. »
    ("Une fuite a été détectée jeudi à l'usine de Lacq. Le directeur du site, Henri Dufresne, "
     "a assuré qu'il n'y avait aucun danger.\n\nNous avons respecté toutes les procédures de "
     "sécurité. M. Henri Dufresne, directeur de l'usine\n\nUne enquête a été ouverte.",
     "Nous avons respecté toutes les procédures de sécurité.", "Henri Dufresne",
     "directeur du site", "male"),
    # a closing mark before the dash whose opening the page lost one paragraph up: the words
    # inside it
    ("Le maire Paul Morel a réagi lundi. \"On a demandé des réponses, explique Paul Morel. Elles "
     "sont tombées\"\n\nOn attend depuis huit ans. Ça fait long\" - Paul Morel, le maire\n\n"
     "Il reconnaît que les familles attendaient autre chose.",
     "On attend depuis huit ans. Ça fait long", "Paul Morel", "maire", "male"),
    # ... or opened there and never closed (a quote run on over the paragraph break)
    ("Renaud Pinoit, président de l'association des riverains de la rocade, attend une réponse "
     "de l'Etat depuis 2016. \"On a demandé des réunions, des études, des comptes rendus. Rien "
     "n'est venu.\n\nOn attend depuis huit ans. Ça fait long\" - Renaud Pinoit, président de "
     "l'association\n\nLa préfecture promet une décision avant l'été.",
     "On attend depuis huit ans. Ça fait long", "Renaud Pinoit",
     "président de l'association des riverains de la rocade", "male"),
    # « J'ai » is two words, « j' » a first person
    ("La skieuse Camille Roche a remporté samedi le slalom de Courchevel.\n\nJ'ai tout donné "
     "pendant quinze ans - Camille Roche\n\nElle s'élancera mardi dans le géant.",
     "J'ai tout donné pendant quinze ans", "Camille Roche", "skieuse", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), SIGNED)
def test_a_signed_pull_quote_is_the_signers_direct_quote_with_no_cue(
        nlp, text, said, speaker, role, gender):
    q = quote_said(nlp, text, said)
    assert (q.type, q.speaker.name, q.speaker.role, q.speaker.gender, q.cue) == (
        "direct", speaker, role, gender, None)


UNSIGNED = [
    # a byline: the name is written nowhere else in the article
    "Le conseil municipal a voté le budget lundi soir après un long débat.\n\n"
    "Nous reviendrons sur ce dossier dans notre prochaine édition - Jean Roux",
    # the narrator's words, no first person nor « on », before a name line
    "Le conseil municipal a voté le budget lundi soir. Anne Vidal a défendu le projet.\n\n"
    "Le projet a été adopté à une large majorité.\n\nAnne Vidal, maire de Vernac",
    # a heading after a paragraph: the line holds a verb
    "Nous avons attendu trois heures devant la mairie. Paul Morel était là aussi.\n\n"
    "Paul Morel prend la parole",
    # words in marks are the narrator quoting: their cue decides, no signature
    "Paul Morel a visité l'usine.\n\n« Nous serons là » - Paul Morel, ministre",
    # a place, no person's name, after the words
    "Le maire Paul Morel a parlé aux habitants. Ils attendent des réponses.\n\n"
    "Nous attendons des réponses depuis des mois. Vernac, le 3 mai",
    # a lone closing mark before the dash, no speaker's word in the words before it
    "Paul Morel a visité l'usine.\n\nLe projet de loi sera voté demain\" - Paul Morel",
    # a lone closing mark before the dash, but no marks opened one paragraph up (the paragraph
    # above closed its own, or has none): no opening was lost, the mark is no pull quote's
    "La coureuse Julie Ferrand a abandonné dimanche au 30e kilomètre. \"J'avais mal depuis le "
    "départ\", a-t-elle confié.\n\nNous avons contacté la fédération\" - Julie Ferrand",
    "La skieuse Léa Chastan a pris sa retraite dimanche. Elle a parlé longuement à la "
    "presse.\n\nJe n'ai aucun regret, j'ai tout donné\" - Léa Chastan",
    # one word alone signed by a name: a caption
    "Paul Morel a visité l'usine.\n\nNous - Paul Morel",
    # a byline whose surname the rapporteur shares: « Par » opens no name, and the whole name
    # is written nowhere else
    "Les députés ont adopté le projet de loi sur l'énergie. Le rapporteur, Paul Morel, s'est "
    "félicité d'un « texte équilibré ».\n\nNous avons pu consulter la version finale du texte, "
    "qui doit encore passer au Sénat.\n\nPar Thomas Morel",
    # a photographer's credit whose surname the captain shares
    "Les supporters ont envahi la pelouse. Le capitaine Hugo Faure a soulevé le trophée.\n\n"
    "On les voit ici célébrer le titre devant la tribune nord - Jérôme Faure\n\n"
    "Le club n'avait plus été champion depuis 1998.",
    # a sentence of the narrator's with no first person, then one with « nous », before a
    # heading that names a candidate
    "Plusieurs candidats se présentent à la mairie de Vernac en mars. Nous avons rencontré "
    "chacun d'eux cette semaine.\n\nPaul Morel, le sortant\n\nLe maire sortant Paul Morel "
    "brigue un troisième mandat.",
    # a reporter's sign-off, a newsroom role, his name only on the dateline besides
    "De notre envoyé spécial Julien Marchand\n\nLe chef du village, Mykola Petrenko, nous "
    "accueille. « Ils sont partis en mars », raconte-t-il.\n\nNous avons traversé trois "
    "villages entièrement vides avant d'arriver ici.\n\nJulien Marchand, envoyé spécial à "
    "Kherson",
    # a name on the dateline only, no role after it: written nowhere the story speaks of her
    "De notre envoyée spéciale Anne Roy\n\nLe chef du village, Mykola Petrenko, nous "
    "accueille.\n\nNous avons traversé trois villages entièrement vides avant d'arriver "
    "ici.\n\nAnne Roy, à Kherson",
    # an editor's note signed with her newsroom role, a namesake candidate in the story
    "Vous êtes arrivés nombreux sur notre site ce week-end pour suivre les élections. Merci à "
    "vous.\n\nLucie Martin, rédactrice en chef\n\nLa candidate Lucie Martin, sans lien avec "
    "notre rédactrice en chef, a été élue à Nantes.",
    # an interviewer's question, then the header naming who answers it
    "Entretien. La navigatrice Léa Garnier revient sur sa victoire.\n\nPourquoi vous "
    "êtes-vous lancée dans cette course en solitaire ?\n\nLéa Garnier\n\nPour me prouver "
    "que j'en étais capable.",
    "Entretien. La navigatrice Léa Garnier revient sur sa victoire.\n\nQu'avez-vous ressenti "
    "en franchissant la ligne d'arrivée ?\n\nLéa Garnier\n\nUne immense joie.",
    # a heading with no stop and no verb, though it says « nos », before a name line
    "La maire Anne Vidal a présenté son programme lundi.\n\nNos propositions pour la ville "
    "de demain\n\nAnne Vidal, maire de Vernac\n\nLe vote aura lieu en mars.",
    # a list of signatories: another name after the comma
    "L'association a tenu son assemblée générale. Son président, Gérard Lenoir, a été réélu, "
    "tout comme la trésorière Odile Fabre.\n\nNous remercions tous les bénévoles pour leur "
    "engagement.\n\nGérard Lenoir, Odile Fabre, Pierre Lambert",
    # two signatories, each with a role: another name further after the comma
    "Nous voulons que la ligne de bus soit rétablie dès la rentrée.\n\nJean Roux, maire de "
    "Ribes, et Claire Dumas, sénatrice\n\nJean Roux et Claire Dumas ont signé cette lettre.",
]


@pytest.mark.parametrize("text", UNSIGNED)
def test_no_pull_quote_without_a_speakers_words_signed_by_a_name_of_the_article(nlp, text):
    quotes = beside_its_own_quote(nlp, text)
    assert not [q for q in quotes if "signed-line" in q.evidence], [
        (q.span.text, q.speaker.name) for q in quotes]


def test_a_pull_quote_with_no_other_trigger_is_found_through_the_whole_pipeline(nlp):
    """No mark, no cue word: ``passages.plan`` still parses the article for its signature."""
    from quotes.model import Article
    from quotes.pipeline import extract

    text = ("Une fuite a été détectée jeudi à l'usine de Lacq. Le directeur du site, Henri "
            "Dufresne, a réuni les salariés.\n\nNous ne fermerons pas le site, quoi qu'il "
            "arrive.\n\nM. Henri Dufresne, directeur de l'usine\n\nLes riverains restent "
            "inquiets.")
    (res,) = list(extract([Article("t", text)], nlp))
    assert [(q.span.text, q.speaker.name, q.speaker.role, q.speaker.gender, q.cue)
            for q in res.quotes] == [("Nous ne fermerons pas le site, quoi qu'il arrive.",
                                      "Henri Dufresne", "directeur du site", "male", None)]


def test_the_signers_voice_goes_on_after_a_pull_quote(nlp):
    # another spoke last before the pull quote; its signer, a person of the story, is whom
    # the uncued words after the signature carry on (a post's signer would not be)
    text = ("Le maire Paul Morel a rencontré mardi le ministre Marc Petit. « Nous ne fermerons "
            "pas le site », a assuré Marc Petit.\n\nJe veux bien faire confiance au "
            "gouvernement, mais il faut des actes\n\nPaul Morel, maire de Vernac\n\nLa balle "
            "est dans le camp du gouvernement. « Des négociations sont en cours et nous "
            "espérons qu'elles aboutiront. »")
    q = quote_said(nlp, text, "Des négociations sont en cours et nous espérons qu'elles "
                   "aboutiront.")
    assert q.speaker.name == "Paul Morel"
