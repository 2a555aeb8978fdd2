"""Who speaks when the cue gives no subject (issue 9): a heading that opens on a person's name
(quotes/detect/heading_subjects.py, quotes/attribute/headed.py), a gerund or a participle whose
clause's subject the parse hid behind words in marks that open it (quotes/detect/lost.py,
quotes/detect/fronted.py), and words on a placard (quotes/attribute/displayed.py)."""

import pytest
from conftest import quote_said

# (text, words said, speaker, roles, gender); speaker None: no one
ROWS = [
    # a heading that opens on a name and its topic or a colon names who speaks words in the
    # first person under it, when the body names that person as a person (a title, a cue)
    ("Le club a fêté ses cent ans.\n\nPaul Morel sur son arrivée\n\n« J'avais un rêve et je "
     "l'ai réalisé. »\n\n« J'ai tout donné. »\n\nL'entraîneur Paul Morel quittera le club en "
     "juin.", "J'avais un rêve et je l'ai réalisé.", "Paul Morel", ["entraîneur"], "male"),
    ("Le club a fêté ses cent ans.\n\nPaul Morel sur son arrivée\n\n« J'avais un rêve et je "
     "l'ai réalisé. »\n\n« J'ai tout donné. »\n\nL'entraîneur Paul Morel quittera le club en "
     "juin.", "J'ai tout donné.", "Paul Morel", ["entraîneur"], "male"),
    ("Le club a fêté ses cent ans.\n\nPaul Morel sur son arrivée\n\n« J'avais un rêve et je "
     "l'ai réalisé. »\n\n« Le public m'a porté », a ajouté Paul Morel.",
     "J'avais un rêve et je l'ai réalisé.", "Paul Morel", [], "male"),
    ("La saison a repris lundi.\n\nAnne Roy face aux critiques\n\n« Je ne changerai rien à ma "
     "méthode. »\n\nL'entraîneuse Anne Roy a pris l'équipe en 2019.",
     "Je ne changerai rien à ma méthode.", "Anne Roy", ["entraîneuse"], "female"),
    ("La saison a repris lundi.\n\nAnne Roy : les débuts\n\n« Je suis arrivée sans rien "
     "connaître. »\n\nL'entraîneuse Anne Roy a pris l'équipe en 2019.",
     "Je suis arrivée sans rien connaître.", "Anne Roy", ["entraîneuse"], "female"),
    # near misses: a heading that names someone as its object, a cue of another, a body that
    # never names the heading's person as a person, words about that person (« il », « lui »)
    ("Le club a fêté ses cent ans.\n\nHommage à Luc Fabre\n\n« Il nous a tout appris. »\n\n"
     "Le stade était plein.", "Il nous a tout appris.", None, [], None),
    ("Le club a fêté ses cent ans.\n\nPaul Morel sur son arrivée\n\n« Il nous a tout appris », "
     "a déclaré Anne Roy.\n\nLe stade était plein.", "Il nous a tout appris", "Anne Roy", [],
     "female"),
    ("Le club a fêté ses cent ans.\n\nPaul Morel sur son arrivée\n\n« J'avais un rêve et je "
     "l'ai réalisé. »\n\nLe stade était plein.", "J'avais un rêve et je l'ai réalisé.", None,
     [], None),
    ("Le club de Vernac traverse une crise.\n\nPaul Morel sur le départ\n\n« Il faudra lui "
     "trouver un successeur avant l'été. »\n\nLe président Luc Fabre a réuni les joueurs lundi.",
     "Il faudra lui trouver un successeur avant l'été.", None, [], None),
    ("Le club de Vernac traverse une crise.\n\nPaul Morel sur le départ\n\n« Je lui dois tout, "
     "il m'a fait confiance. »\n\nL'entraîneur Paul Morel quittera le club en juin.",
     "Je lui dois tout, il m'a fait confiance.", None, [], None),
    ("Le club de Vernac traverse une crise.\n\nPaul Morel sur le départ\n\n« Morel m'a tout "
     "appris. »\n\nL'entraîneur Paul Morel quittera le club en juin.", "Morel m'a tout appris.",
     None, [], None),
    ("Le conseil d'administration s'est réuni mardi.\n\nPaul Morel sur la sellette\n\n« Il "
     "devra s'expliquer devant les actionnaires. »\n\nLe président du club n'a pas répondu.",
     "Il devra s'expliquer devant les actionnaires.", None, [], None),
    ("Le procès s'est terminé mardi.\n\nPaul Morel : la chute\n\n« Il a trahi la confiance de "
     "ses électeurs. »\n\nLe tribunal rendra sa décision en juin.",
     "Il a trahi la confiance de ses électeurs.", None, [], None),
    ("Les cours ont été suspendus mardi.\n\nVictor Hugo : le lycée fermé\n\n« Nous n'avons pas "
     "été prévenus. »\n\nLes parents d'élèves ont manifesté devant la grille.",
     "Nous n'avons pas été prévenus.", None, [], None),
    ("Le trafic aérien a été perturbé mardi.\n\nCharles de Gaulle : les vols annulés\n\n« Nous "
     "attendons depuis six heures. »\n\nDes centaines de passagers sont restés bloqués.",
     "Nous attendons depuis six heures.", None, [], None),
    ("Le procès s'est ouvert lundi.\n\nPaul Morel face à sa victime\n\n« Je n'ai jamais pu "
     "oublier ce jour-là. »\n\nLa jeune femme a témoigné pendant deux heures.",
     "Je n'ai jamais pu oublier ce jour-là.", None, [], None),
    ("Le festival a ouvert ses portes vendredi.\n\nAnne Roy sur le tapis rouge\n\n« Nous avons "
     "voulu un festival ouvert à tous. »\n\nLa directrice du festival, Claire Dubois, a présenté "
     "le programme.", "Nous avons voulu un festival ouvert à tous.", None, [], None),
    # « nous » is not one person's, even when the body gives the heading's person a title;
    # nor words that speak of someone before them (« le », « sa »)
    ("Le conseil d'administration s'est réuni mardi.\n\nPaul Morel sur la sellette\n\n« Nous "
     "attendons des résultats rapides. »\n\nL'entraîneur Paul Morel n'a gagné qu'un match.",
     "Nous attendons des résultats rapides.", None, [], None),
    ("Le club traverse une crise.\n\nPaul Morel sur le départ\n\n« Nous devons tourner la "
     "page. »\n\nL'entraîneur Paul Morel quittera le club en juin, a annoncé le président.",
     "Nous devons tourner la page.", None, [], None),
    ("Le conseil a voté lundi.\n\nPaul Morel : la colère des habitants\n\n« Nous ne voulons "
     "pas de cette usine. »\n\nLe maire Paul Morel a défendu le projet.",
     "Nous ne voulons pas de cette usine.", None, [], None),
    ("Le procès s'est ouvert lundi.\n\nPaul Morel face à ses victimes\n\n« Nous attendons des "
     "excuses depuis dix ans. »\n\nL'ancien maire Paul Morel est jugé pour fraude.",
     "Nous attendons des excuses depuis dix ans.", None, [], None),
    ("Le conseil d'administration s'est réuni mardi.\n\nPaul Morel sur la sellette\n\n« Je le "
     "soutiens, mais j'attends sa démission. »\n\nL'entraîneur Paul Morel n'a gagné qu'un "
     "match.", "Je le soutiens, mais j'attends sa démission.", None, [], None),
    # a gerund after its clause: the clause's subject, behind words in marks that open it,
    # whichever of the two parses (the marks' word as the verb's subject, or as the root the
    # clause and the gerund hang on)
    ("Un autobus a percuté un mur vendredi à Vaubel. « Bouleversé », le maire de Vaubel s'est "
     "rendu sur place, en promettant d'aider les familles. Le maire de Vaubel Paul Morel a "
     "confirmé que l'enquête était ouverte.", "aider les familles", "Paul Morel",
     ["maire de Vaubel"], "male"),
    ("Un autobus a percuté un mur vendredi. « Bouleversé », le maire de Vernac s'est rendu sur "
     "place, en promettant d'aider les familles.", "aider les familles", None,
     ["maire de Vernac"], None),
    ("Un autobus a percuté un mur vendredi. « Bouleversé », le préfet du Gard s'est rendu sur "
     "place, en promettant d'aider les familles.", "aider les familles", None,
     ["préfet du Gard"], None),
    ("Un autobus a percuté un mur vendredi. « Bouleversé », le directeur de l'école s'est rendu "
     "sur place, en promettant d'aider les familles.", "aider les familles", None,
     ["directeur de l'école"], None),
    ("Un autobus a percuté un mur vendredi. « Très ému », le maire de Lyon s'est rendu sur "
     "place, en promettant d'aider les familles.", "aider les familles", None,
     ["maire de Lyon"], None),
    ("Un camion a heurté un pont lundi à Vaubel. « Très émue », la préfète Anne Roy s'est rendue "
     "sur place, en promettant d'indemniser les riverains.", "indemniser les riverains",
     "Anne Roy", ["préfète"], "female"),
    # near miss: a gerund after its subject, no marks before it, as before
    ("Un autobus a percuté un mur vendredi. Le maire Paul Morel s'est rendu sur place, en "
     "promettant d'aider les familles.", "aider les familles", "Paul Morel", ["maire"], "male"),
    # a gerund that opens its sentence with words in marks (after « Et » too): the main
    # clause's subject
    ("Un autobus a percuté un mur vendredi à Vernac. En se disant « bouleversé », le maire de "
     "Vernac Paul Morel a confirmé que l'enquête était ouverte.", "bouleversé", "Paul Morel",
     ["maire de Vernac"], "male"),
    ("Un camion a heurté un pont lundi. En se disant « très inquiète », la préfète Anne Roy a "
     "annoncé que la route serait fermée.", "très inquiète", "Anne Roy", ["préfète"], "female"),
    ("Un camion a heurté un pont lundi. En se disant « très inquiète », la préfète Anne Roy a "
     "annoncé que la route serait fermée.", "la route serait fermée", "Anne Roy", ["préfète"],
     "female"),
    ("« Il faut agir vite », a lancé le député Marc Petit. Et en se disant « très inquiète », la "
     "ministre Anne Roy a quitté la salle.", "très inquiète", "Anne Roy", ["ministre"], "female"),
    # words on a placard are those of who holds it (lexicon/holding_verbs.tsv, one row each),
    # not the voice quoted before: the verb's subject, the noun its participle hangs on (after
    # an inverted subject too), the antecedent of « qui », a participle's agent
    ("Le ministre Paul Morel a défendu la réforme mardi. Des députés de gauche ont manifesté "
     "devant l'Assemblée, brandissant des pancartes « 64 ans, c'est non ».", "64 ans, c'est non",
     "des députés de gauche", [], None),
    ("La ministre Anne Roy a présenté le budget. Les infirmières ont défilé dans la ville, "
     "portant des banderoles « Pas un lit de moins ».", "Pas un lit de moins", "infirmières", [],
     None),
    ("Le maire Paul Morel a fermé l'école. Les parents d'élèves ont manifesté devant la mairie, "
     "brandissant des écriteaux « Nous voulons garder notre école ».",
     "Nous voulons garder notre école", "parents d'élèves", [], None),
    ("La ministre Anne Roy a présenté le budget. Des agriculteurs ont bloqué la route, affichant "
     "des slogans « Nos fermes vont mourir » sur leurs tracteurs.", "Nos fermes vont mourir",
     "des agriculteurs", [], None),
    ("La ministre Anne Roy a présenté le budget. Des agriculteurs tenaient des pancartes « Nos "
     "fermes vont mourir » devant la préfecture.", "Nos fermes vont mourir", "des agriculteurs",
     [], None),
    ("Le ministre Paul Morel a défendu la réforme. Des salariés arboraient des banderoles "
     "« Touche pas à ma retraite » devant l'usine.", "Touche pas à ma retraite", "des salariés",
     [], None),
    ("Le ministre Paul Morel a défendu la réforme. Des grévistes agitaient des pancartes « Nous "
     "ne lâcherons rien » devant l'usine.", "Nous ne lâcherons rien", "des grévistes", [], None),
    ("Le ministre Paul Morel a défendu la réforme. Les syndicats ont déployé une banderole « Nous "
     "ne lâcherons rien » sur la façade.", "Nous ne lâcherons rien", "syndicats", [], None),
    ("Le ministre Paul Morel a défendu la réforme. Des manifestants ont accroché une banderole "
     "« Nous ne lâcherons rien » sur les grilles de la préfecture.", "Nous ne lâcherons rien",
     "des manifestants", [], None),
    ("« C'est inacceptable », a dénoncé le maire Paul Morel devant des manifestants brandissant "
     "des pancartes « Non à la fermeture ». ", "Non à la fermeture", "des manifestants", [],
     None),
    ("Le ministre Paul Morel a défendu la réforme. Des manifestants qui brandissaient des "
     "pancartes « Retrait de la réforme » ont été interpellés.", "Retrait de la réforme",
     "des manifestants", [], None),
    ("Le maire Paul Morel a fait retirer mardi les banderoles « Non au projet de rocade » "
     "accrochées par des opposants.", "Non au projet de rocade", "des opposants", [], None),
    ("« Nous ne céderons pas », a assuré la ministre Anne Roy, face à des grévistes portant des "
     "banderoles « Retrait de la réforme maintenant ».", "Retrait de la réforme maintenant",
     "des grévistes", [], None),
    ("Le ministre Paul Morel a défendu la réforme. Des pancartes « Retraite à soixante ans pour "
     "tous » ont été brandies par des milliers de manifestants venus de toute la région.",
     "Retraite à soixante ans pour tous", "des milliers de manifestants venus de toute la région",
     [], None),
    ("Le ministre Paul Morel a défendu la réforme. La banderole « Non au nucléaire dans la "
     "vallée » était tenue par des militants écologistes.", "Non au nucléaire dans la vallée",
     "des militants écologistes", [], None),
    ("La ministre Anne Roy est arrivée à l'Assemblée. Des députés de gauche ont entonné une "
     "Marseillaise et brandi des panneaux « Nous ne voterons jamais ce texte ».",
     "Nous ne voterons jamais ce texte", "des députés de gauche", [], None),
    ("La ministre Anne Roy a parlé à 15 heures mais elle a été interrompue par des députés qui "
     "ont entonné la Marseillaise et brandi des panneaux « Nous ne voterons jamais ce texte ».",
     "Nous ne voterons jamais ce texte", "des députés", [], None),
    # who holds it with the cue of the words before, when the parse took the cue's subject for
    # its object; who holds it when the parse took the placard for the subject of its words
    ("« Nous ne partirons pas », a lancé la déléguée syndicale Anne Roy, brandissant une "
     "pancarte « Sauvez nos emplois à Vernac ».", "Sauvez nos emplois à Vernac", "Anne Roy",
     ["déléguée syndicale"], "female"),
    ("Le ministre Paul Morel a brandi devant les députés une pancarte « Nous tiendrons nos "
     "promesses jusqu'au bout ».", "Nous tiendrons nos promesses jusqu'au bout", "Paul Morel",
     ["ministre"], "male"),
    # near misses: who seizes, removes or photographs a placard did not write it, nor does
    # « où »; the voice before does not go on over it: no one
    ("« Nous tiendrons », a dit le ministre Luc Fabre. Les policiers ont saisi des banderoles "
     "« Mort aux patrons de Vernac » à la fin du cortège.", "Mort aux patrons de Vernac", None,
     [], None),
    ("« Nous tiendrons », a dit le ministre Luc Fabre. Le maire Paul Morel a fait retirer mardi "
     "les banderoles « Nous ne voulons pas de rocade » devant la mairie.",
     "Nous ne voulons pas de rocade", None, [], None),
    ("Un photographe a pris en photo une pancarte « Anne Roy, rendez-nous nos emplois » devant "
     "l'usine.", "Anne Roy, rendez-nous nos emplois", None, [], None),
    ("Le ministre Paul Morel est arrivé sur la place où se massaient les grévistes avec leurs "
     "pancartes « Retrait de la réforme ».", "Retrait de la réforme", None, [], None),
    # near miss: marks after a noun that shows no words carry on the voice before, as before
    ("Le ministre Paul Morel a défendu la réforme mardi. « Nous tiendrons bon. » Des députés de "
     "gauche ont manifesté devant l'Assemblée. « Ce texte doit passer. »",
     "Ce texte doit passer.", "Paul Morel", ["ministre"], "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "roles", "gender"), ROWS)
def test_who_speaks_when_the_cue_gives_no_subject(nlp, text, said, speaker, roles, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, [r.text for r in who.roles], who.gender) == (speaker, roles, gender)


# an order told in the present inside an account (« Les agents lui demandent de s'arrêter ») is
# a request the events hold, not the agents' voice: the marks after it go on with the account's
# teller (``carry_voices.request``)
def test_an_account_goes_on_with_its_teller(nlp):
    text = ("Le procureur Paul Morel a détaillé les faits samedi. Les policiers repèrent la "
            "voiture vers 8 h. Les agents lui demandent de s'arrêter. Puis « le véhicule a été "
            "contraint de s'arrêter en raison d'un embouteillage ».")
    said = "le véhicule a été contraint de s'arrêter en raison d'un embouteillage"
    assert quote_said(nlp, text, said).speaker.name == "Paul Morel"
