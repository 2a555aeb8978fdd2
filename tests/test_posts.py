"""Posts of a social network embedded in a page: the words above the line that signs them.

Sentences written for these tests; a signature is « — Name (@handle) date ».
"""

import pytest
from conftest import beside_its_own_quote, found_quotes, quote_said

SIGNED = [
    # the post on a line of its own, its picture link left out
    ("Le maire a réagi sur les réseaux sociaux.\nUne pensée pour les familles des victimes, "
     "nous sommes à leurs côtés pic.twitter.com/AbC123\n— Anne Roy (@anneroy) 3 mai 2024\n"
     "La préfecture a ouvert une cellule de crise.",
     "Une pensée pour les familles des victimes, nous sommes à leurs côtés", "Anne Roy"),
    # the post and its signature on one line
    ("Bravo aux bénévoles pour leur travail formidable ce week-end pic.twitter.com/xYz — "
     "Paul Brun (@paulbrun) 12 juin 2023",
     "Bravo aux bénévoles pour leur travail formidable ce week-end", "Paul Brun"),
    # a signature of initials closing the post is not its words
    ("Les messages se sont multipliés.\nMerci à tous pour ce soutien immense AnR\n"
     "— Anne Roy (@anneroy) 3 mai 2024",
     "Merci à tous pour ce soutien immense", "Anne Roy"),
    # the text clipped inside the handle: still a signature, at the very end of the text
    ("Le maire a réagi sur les réseaux sociaux :\n\nUne pensée pour les familles des victimes, "
     "nous sommes à leurs côtés.\n\n— Anne Roy (@anne",
     "Une pensée pour les familles des victimes, nous sommes à leurs côtés.", "Anne Roy"),
    # an account that is no person's, named by the article in its own text
    ("Le média Ouest Foot, très suivi par les supporters, a vivement critiqué l'arbitre.\n\n"
     "Quel scandale, cet arbitrage a gâché la finale de tout un peuple. — Ouest Foot "
     "(@ouestfoot) May 3, 2024",
     "Quel scandale, cet arbitrage a gâché la finale de tout un peuple.", "Ouest Foot"),
    # an outlet relaying the news signs its post, as anyone does, when the article names it
    ("La régate a été suivie de près, relayée par le compte InfoVoile sur les réseaux "
     "sociaux.\n\nLe bateau de tête a chaviré au large de Kerlouan, l'équipage est sain et "
     "sauf pic.twitter.com/AbC\n\n— InfoVoile (@infovoile) 3 mai 2024",
     "Le bateau de tête a chaviré au large de Kerlouan, l'équipage est sain et sauf",
     "InfoVoile"),
    # an acronym the article gives a body it names: that body
    ("L'Agence spatiale bretonne (ASB) a salué le lancement.\n\nThe satellite has reached its "
     "orbit after a perfect launch pic.twitter.com/xyz\n\n— ASB (@asb) June 2, 2024",
     "The satellite has reached its orbit after a perfect launch", "Agence spatiale bretonne"),
    # an account named nowhere else whose handle spells its name: its own words, whatever it is
    ("La nouvelle a vite circulé.\nLe club change d'entraîneur après la défaite de dimanche "
     "https://t.co/abc\n— InfoCalcio (@infocalcio) 3 mai 2024",
     "Le club change d'entraîneur après la défaite de dimanche", "InfoCalcio"),
    ("La séance a duré tard.\n\nLe budget est adopté à une voix près, annonce la maire de "
     "Vernac pic.twitter.com/Ab12\n\n— Radio Vernac (@RadioVernac) 30 janvier 2018",
     "Le budget est adopté à une voix près, annonce la maire de Vernac", "Radio Vernac"),
    # a pictograph after the signing name is none of it
    ("La nouvelle a vite circulé.\n\nLe club change d'entraîneur après la défaite de dimanche "
     "soir à domicile https://t.co/abc\n\n— Radio Vernac ✅ (@RadioVernac) 3 mai 2024",
     "Le club change d'entraîneur après la défaite de dimanche soir à domicile", "Radio Vernac"),
    ("La course a été suivie de près par l'équipe de Vernac Course.\n\nUne victoire de prestige "
     "pour notre capitaine ce dimanche\n\n— 🚴 Vernac Course 🏆 (@vernac_course_club) 3 mai 2024",
     "Une victoire de prestige pour notre capitaine ce dimanche", "Vernac Course"),
    # pictographs before and after the words of a post on one line are none of its words
    ("La course a été suivie par des milliers de fans.\n\n💛 Les premiers mots de la "
     "gagnante, c'est par ici 👇 pic.twitter.com/80ued — Club Vernac Course "
     "(@ClubVernacCourse) August 3, 2025",
     "Les premiers mots de la gagnante, c'est par ici", "Club Vernac Course"),
    # a handle closed before more text: a signature (left open there, none: UNSIGNED below)
    ("La nouvelle a vite circulé.\nLe club change d'entraîneur après la défaite de dimanche\n"
     "— Anne Roy (@anneroy)\nLa préfecture a ouvert une cellule de crise.",
     "Le club change d'entraîneur après la défaite de dimanche", "Anne Roy"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), SIGNED)
def test_a_signed_post_is_a_direct_quote_of_its_signer(nlp, text, quote, speaker):
    q = quote_said(nlp, text, quote)
    assert (q.type, q.speaker.name, q.cue) == ("direct", speaker, None)
    assert "post" in q.evidence


UNSIGNED = [
    # a dash and a name with no handle: a byline
    "La commune a voté le budget mardi soir à une large majorité.\n— Jean Roux",
    # a handle in the narration, no dash before it
    "Sur son compte (@anneroy), la maire a publié une photo du chantier.",
    # an outlet relaying news, named nowhere else in the article, its handle no spelling of
    # its name, signs no one's words
    "La nouvelle a vite circulé.\nLe club change d'entraîneur après la défaite de dimanche "
    "https://t.co/abc\n— InfoCalcio (@calcio_news) 3 mai 2024",
    # an account the article names only inside the post's own words signs nothing
    "La nouvelle a vite circulé.\n\nLe club change d'entraîneur, InfoVoile confirme la "
    "nouvelle après la défaite de dimanche\n\n— InfoVoile (@voile_info) 3 mai 2024",
    # a signature of pictographs only names no one
    "La nouvelle a vite circulé.\n\nLe club change d'entraîneur après la défaite de dimanche "
    "soir\n\n— ✅ (@RadioVernac) 3 mai 2024",
    # a handle left open before more text is no signature (closed, it is one: SIGNED above)
    "La nouvelle a vite circulé.\nLe club change d'entraîneur après la défaite de dimanche\n"
    "— Anne Roy (@anneroy a écrit\nLa préfecture a ouvert une cellule de crise.",
    # a signature line with nothing above it
    "— Anne Roy (@anneroy) 3 mai 2024\nLa préfecture a ouvert une cellule de crise.",
]


@pytest.mark.parametrize("text", UNSIGNED)
def test_no_post_without_a_signature_and_words(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


# a signature owns the post it closes and no other words: the quotes around it are not the
# signer's (the one who answers, the question no cue gives anyone)
AROUND_A_POST = [
    ("Le ministre a visité une boulangerie de Vernoux samedi.\n\nVIDÉO - Le ministre à un "
     "jeune boulanger qui cherche un emploi pic.twitter.com/abc123 — Lucie Marchal "
     "(@luciemarchal) 3 mai 2024\n\n«Vous voulez travailler dans quel secteur ?» Le jeune "
     "homme hésite.",
     "Vous voulez travailler dans quel secteur ?"),
    ("«Je passe la porte, je vous en donne» : la petite phrase a suscité lundi une vague de "
     "réactions.\n\nVIDÉO - Le ministre à un jeune boulanger qui cherche un emploi "
     "pic.twitter.com/abc123 — Lucie Marchal (@luciemarchal) 3 mai 2024\n\n«J'ai 30 ans, "
     "j'ai beau envoyer des lettres, ça ne donne rien», a lancé samedi au ministre Paul "
     "Ferrand ce jeune homme. «Boulangerie», lui répond son interlocuteur.",
     "Boulangerie"),
]


@pytest.mark.parametrize(("text", "said"), AROUND_A_POST)
def test_the_signer_of_a_post_speaks_no_quote_outside_it(nlp, text, said):
    post = quote_said(nlp, text, "VIDÉO - Le ministre à un jeune boulanger qui cherche un emploi")
    assert post.speaker.name == "Lucie Marchal"
    assert quote_said(nlp, text, said).speaker.name is None


# a post left out of the timeline breaks no carry: words no cue gives anyone after the post go
# on with its signer's voice when the signer spoke last before it
def test_the_signer_who_spoke_last_goes_on_past_the_post(nlp):
    text = ("« Nous irons jusqu'au bout », a déclaré lundi Claire Vasseur devant l'Assemblée.\n\n"
            "Nous ne voterons pas ce texte, il trahit les agriculteurs pic.twitter.com/Qw12 — "
            "Claire Vasseur (@cvasseur) 5 mai 2024\n\n« Ce budget est une provocation. »")
    assert quote_said(nlp, text, "Ce budget est une provocation.").speaker.name == "Claire Vasseur"


# the name that signs a post is no mention a pronoun or a description stands for; the post
# stays the signer's
SIGNATURE_NO_MENTION = [
    ("« Je ne reviendrai pas », a-t-il lancé aux journalistes.", None),
    ("« Je ne reviendrai pas », a lancé l'élu aux journalistes.", "élu"),
]


@pytest.mark.parametrize(("after", "role"), SIGNATURE_NO_MENTION)
def test_a_signature_is_no_mention(nlp, after, role):
    text = ("Scène tendue à l'Assemblée mardi.\n\nVIDÉO - Un député quitte l'hémicycle "
            "pic.twitter.com/Ab12 — Paul Ferrand (@pferrand) 3 mai 2024\n\n" + after)
    post = quote_said(nlp, text, "VIDÉO - Un député quitte l'hémicycle")
    assert (post.speaker.name, post.speaker.role) == ("Paul Ferrand", None)
    assert quote_said(nlp, text, "Je ne reviendrai pas").speaker.name is None


# a post of several paragraphs that opens on the account it addresses: a record for each
# paragraph from that one to the signed one, the signer's
ADDRESSED = [
    ("« Nous tiendrons », a déclaré la ministre Lina Morel.\n\nCher @Paul_Ferrand, tu as été "
     "un maire d'une grande constance. Ton engagement restera un exemple.\n\nNous te devons "
     "beaucoup.\n\nMerci pour tout. pic.twitter.com/Ab12 — Lina Morel (@linamorel) 3 mai 2024"
     "\n\nLa séance a repris l'après-midi.",
     ["Cher @Paul_Ferrand, tu as été un maire d'une grande constance. Ton engagement restera "
      "un exemple.", "Nous te devons beaucoup.", "Merci pour tout."], "Lina Morel"),
    # the handle first, then a comma
    ("Le club a annoncé le départ de son capitaine.\n@hugo_brun, quel parcours, quelle "
     "fidélité envers nos couleurs !\nBonne route à toi, capitaine.\n— Marc Dutour "
     "(@mdutour) 2 juin 2023",
     ["@hugo_brun, quel parcours, quelle fidélité envers nos couleurs !",
      "Bonne route à toi, capitaine."], "Marc Dutour"),
    # the handle first, then a greeting (lexicon/greetings.txt) and words to « toi »
    ("Le député Paul Ferrand a salué le travail de sa collègue.\n\n@linamorel Bravo à toi."
     "\n\nQuel combat, mené jusqu'au bout pic.twitter.com/Qq1 — Paul Ferrand (@paulferrand) "
     "3 mai 2024",
     ["@linamorel Bravo à toi.", "Quel combat, mené jusqu'au bout"], "Paul Ferrand"),
    # a greeting before the handle; the next paragraph speaks to « vous »
    ("Elle a reçu de nombreux messages.\n\nChers @amis_du_port, merci pour votre fidélité."
     "\n\nVous avez été nombreux à venir samedi.\n\nRendez-vous l'an prochain pour la fête "
     "du port pic.twitter.com/Qq1 — Lina Morel (@linamorel) 3 mai 2024",
     ["Chers @amis_du_port, merci pour votre fidélité.",
      "Vous avez été nombreux à venir samedi.",
      "Rendez-vous l'an prochain pour la fête du port"], "Lina Morel"),
    # the greeting alone addresses: no first or second person needed in that paragraph
    ("La ministre Lina Morel a réagi.\nCher @Paul_Ferrand, merci pour ces années de travail "
     "commun.\nÀ très bientôt sur le terrain pic.twitter.com/Qq1 — Lina Morel (@linamorel) "
     "3 mai 2024",
     ["Cher @Paul_Ferrand, merci pour ces années de travail commun.",
      "À très bientôt sur le terrain"], "Lina Morel"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ADDRESSED)
def test_an_addressed_post_runs_over_its_paragraphs(nlp, text, said, speaker):
    for words in said:
        q = quote_said(nlp, text, words)
        assert (q.type, q.speaker.name, q.cue) == ("direct", speaker, None)


# must not: narration above the post, a paragraph with marks, or no handle opening it
NOT_THE_POST = [
    ("La ministre Lina Morel a réagi sur les réseaux sociaux.\n\nMerci à tous pour ce soutien "
     "immense pic.twitter.com/Ab12 — Lina Morel (@linamorel) 3 mai 2024",
     "La ministre Lina Morel a réagi sur les réseaux sociaux."),
    ("Chère @annroy, la ministre a répondu « nous verrons » à la maire.\n\nMerci à tous pour "
     "ce soutien immense pic.twitter.com/Ab12 — Lina Morel (@linamorel) 3 mai 2024",
     "Chère @annroy, la ministre a répondu « nous verrons » à la maire."),
]


@pytest.mark.parametrize(("text", "above"), NOT_THE_POST)
def test_the_paragraphs_above_a_post_stay_the_narrators(nlp, text, above):
    posts = [q.span.text for q in found_quotes(nlp, text) if "post" in q.evidence]
    assert "Merci à tous pour ce soutien immense" in posts  # a post found: the next can fail
    assert above not in posts


# must not: narration above a post that names an account, each paragraph on its own: a source
# or a channel opening it, a handle the parse makes a subject or an agent, no first or second
# person, the signer named; the narrator's quotes there stay as they were (``quotes``: the
# words and speaker of each quote that paragraph must keep)
NARRATED_ABOVE = [
    ("Le bilan s'est alourdi dans la nuit.\n\nSelon @prefet35, deux personnes sont encore "
     "hospitalisées.\n\nPensées pour les familles des victimes pic.twitter.com/Ab12 — Sophie "
     "Caron (@sophiecaron) 12 juin 2024",
     ["Selon @prefet35, deux personnes sont encore hospitalisées."],
     [("deux personnes sont encore hospitalisées", "@prefet35", "Selon")]),
    ("Le ministre Paul Aubert a fait le déplacement.\n\nD'après @franceinfo, il a promis des "
     "moyens supplémentaires aux secours.\n\nTout l'État est mobilisé aux côtés des sinistrés "
     "pic.twitter.com/Cd3 — Paul Aubert (@paulaubert) 12 juin 2024",
     ["D'après @franceinfo, il a promis des moyens supplémentaires aux secours."],
     [("il a promis des moyens supplémentaires aux secours", "@franceinfo", "D'après")]),
    ("Interpellée par @hugo_brun lors du débat, la maire Sophie Caron est restée silencieuse."
     "\n\nSon entourage affirme qu'elle répondra par écrit.\n\nJe ne démissionnerai pas, je "
     "me battrai pic.twitter.com/Ab12 — Sophie Caron (@sophiecaron) 12 juin 2024",
     ["Interpellée par @hugo_brun lors du débat, la maire Sophie Caron est restée silencieuse.",
      "Son entourage affirme qu'elle répondra par écrit."],
     [("elle répondra par écrit", "l’entourage de Sophie Caron", "affirme")]),
    ("La ministre Lina Morel a démissionné lundi.\n\n@Paul_Ferrand a publié dimanche un long "
     "message de soutien à sa collègue.\n\nMerci à tous pour ce soutien immense "
     "pic.twitter.com/Ab12 — Lina Morel (@linamorel) 3 mai 2024",
     ["@Paul_Ferrand a publié dimanche un long message de soutien à sa collègue."], []),
    ("Sur X, @Paul_Ferrand, député de la Somme, a réagi dans la soirée.\n\nMerci à tous pour "
     "ce soutien immense pic.twitter.com/Ab12 — Lina Morel (@linamorel) 3 mai 2024",
     ["Sur X, @Paul_Ferrand, député de la Somme, a réagi dans la soirée."], []),
    ("Le club a officialisé le départ de son capitaine.\n\nVia @ouestfoot, le club a confirmé "
     "la nouvelle en fin de journée.\n\nMerci pour tout capitaine, bonne route à toi "
     "pic.twitter.com/Ab3 — Marc Dutour (@mdutour) 2 juin 2023",
     ["Via @ouestfoot, le club a confirmé la nouvelle en fin de journée."], []),
    ("La séance a été suspendue à 18 heures.\n\n@Paul_Ferrand et @linamorel, les deux élus, "
     "ont quitté l'hémicycle ensemble.\n\nLes huissiers ont ensuite fait évacuer les "
     "tribunes.\n\nUne honte pour la démocratie pic.twitter.com/Zz7 — Lina Morel "
     "(@linamorel) 3 mai 2024",
     ["@Paul_Ferrand et @linamorel, les deux élus, ont quitté l'hémicycle ensemble.",
      "Les huissiers ont ensuite fait évacuer les tribunes."], []),
]


@pytest.mark.parametrize(("text", "narrated", "quotes"), NARRATED_ABOVE)
def test_narration_above_a_post_is_no_post(nlp, text, narrated, quotes):
    found = found_quotes(nlp, text)
    posts = [q.span.text for q in found if "post" in q.evidence]
    assert len(posts) == 1  # the signed words alone
    assert not set(narrated) & set(posts)
    for words, speaker, cue in quotes:
        q = quote_said(nlp, text, words)
        assert (q.speaker.name, q.cue.text if q.cue else None) == (speaker, cue)


# a handle cut by the text's end spells nothing whole: an account named nowhere else signs nothing
def test_a_clipped_handle_spells_no_account(nlp):
    text = ("« Nous attendons », a dit Luc Bernard.\n\nLe club change d'entraîneur après la "
            "défaite de dimanche\n\n— InfoCalcio (@infocalcio")
    assert [q.span.text for q in found_quotes(nlp, text)] == ["Nous attendons"]


# A post only its spelled handle signs leaves its words to a colon the layout reads (a label
# heading each post, « Football : … », or « Name … : » before marks): the label is no word of the
# post, the marks the labelled name's (quotes/attribute/signed.py), as for a signer the article
# names; with no colon there the post keeps its words (SIGNED above: InfoCalcio, Radio Vernac)
LABELLED = [
    ("Le club a changé d'entraîneur.\n\nFootball : Le club remercie son ancien capitaine "
     "https://t.co/abc\n— InfoCalcio (@infocalcio) 3 mai 2024\n\nLe match a eu lieu à Vernac."
     "\n\nFootball : La saison reprendra dès le mois d'août https://t.co/xyz\n— Vernac Sport "
     "(@vernacsport) 3 mai 2024",
     "Le club remercie son ancien capitaine https://t.co/abc", "InfoCalcio", "organization"),
    ("Paul Ferrand a quitté le club lundi.\n\nPaul Ferrand sur son départ : \"Je garde de très "
     "bons souvenirs de cette saison\" https://t.co/abc — InfoCalcio (@infocalcio) 3 mai 2024"
     "\n\nLe match a eu lieu à Vernac.",
     "Je garde de très bons souvenirs de cette saison", "Paul Ferrand", "person"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"), LABELLED)
def test_a_spelled_signature_leaves_a_labelled_post_to_its_colon(nlp, text, quote, speaker, kind):
    q = quote_said(nlp, text, quote)
    assert (q.speaker.name, q.speaker.kind) == (speaker, kind)
    assert not any("post" in f.evidence for f in found_quotes(nlp, text))


# Words in marks right after a label's colon, in a post a person the article names signs: the
# signer relays them, the label says who spoke; a labelled post with no marks, or marks the
# label's colon does not open, stays the signer's (SIGNED above: a post with no label is too)
RELAYED = [
    ("La candidate a reconnu sa défaite mercredi soir.\n\nAnne Vidal: « Je reconnais ce "
     "résultat, mais je ne renonce pas au combat » pic.twitter.com/abcDEF\n\n— Paul Roux "
     "(@paulroux) November 6, 2024\n\nPaul Roux suit la campagne.",
     "Je reconnais ce résultat, mais je ne renonce pas au combat", "Anne Vidal", "female"),
    ("Le maire a parlé jeudi soir devant les parents.\n\nMarc Petit: « Je rouvrirai cette "
     "école à la rentrée, mais je ne promets rien de plus » pic.twitter.com/abcDEF\n\n— Lucie "
     "Marchal (@luciemarchal) November 6, 2024\n\nLucie Marchal est journaliste.",
     "Je rouvrirai cette école à la rentrée, mais je ne promets rien de plus", "Marc Petit",
     "male"),
]
NOT_RELAYED = [
    ("Le maire a parlé jeudi.\n\nÉcole : nous rouvrirons les classes à la rentrée "
     "https://t.co/abc\n— Lucie Marchal (@luciemarchal) 3 mai 2024\n\nLucie Marchal est "
     "journaliste.",
     "École : nous rouvrirons les classes à la rentrée", "Lucie Marchal"),
    # the last answer of a labelled interview, signed: a quote the label's colon gives, but
    # no marks after that colon, so the post stays its signer's
    ("La chercheuse Anne Vidal a répondu à la radio.\n\nRadio Nord : Comment avez-vous appris "
     "la nouvelle ?\n\nAnne Vidal : J'ai reçu un appel ce matin.\n\nRadio Nord : Et "
     "maintenant ?\n\nAnne Vidal : Je retourne au laboratoire, je suis très heureuse "
     "pic.twitter.com/abcDEF\n\n— Paul Roux (@paulroux) November 6, 2024\n\nPaul Roux suit "
     "la recherche.",
     "Anne Vidal : Je retourne au laboratoire, je suis très heureuse", "Paul Roux"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "gender"), RELAYED)
def test_a_label_in_a_relayed_post_says_who_spoke(nlp, text, quote, speaker, gender):
    q = quote_said(nlp, text, quote)
    assert (q.speaker.name, q.speaker.gender) == (speaker, gender)
    assert "post" not in q.evidence


@pytest.mark.parametrize(("text", "quote", "speaker"), NOT_RELAYED)
def test_a_label_with_no_marks_leaves_the_post_to_its_signer(nlp, text, quote, speaker):
    q = quote_said(nlp, text, quote)
    assert q.speaker.name == speaker and "post" in q.evidence
