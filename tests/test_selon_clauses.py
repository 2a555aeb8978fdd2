"""« selon X » inside a clause (detect/selon.py, selon_lists.py): made-up sentences, one row a
case, each checking the words, the source, its role and gender.

- set off by commas between an auxiliary and its participle, the clause runs on around the
  aside and is X's whole; a time, or no verb, after the source leaves the clause before it
  whole on its own;
- « même si » before « selon X », with or without a comma, is a concession of the narrator's
  (lexicon/concessive_openers.txt): the words after the source are X's, and a que-clause before
  ends there; a condition (« si ») is none; when the conjunction opens the sentence, X's words
  end with its clause, before the main clause (``fronted_clause_end``);
- a source with no comma after it ends on a stressed pronoun (« selon eux la route … ») unless a
  coordinator follows it (« selon elle et son mari, … »); any other ends where ``np_after``'s
  walk over tags stops (a finite verb, punctuation, ``np_stops``), a name after a lower-case
  article included (« selon l'hebdomadaire le Furet »), or before a determiner right after its
  noun, which opens the subject after it (« selon la préfecture les crues reviendront »), not
  after « tous » (« selon tous les syndicats ») nor before a superlative's « plus »; or before
  « des », « du » opening the subject of a finite verb right after its noun (« selon la
  préfecture des crues sont possibles »);
- a fronted clause keeps its closing marks and brackets (« … sont « presque finis », la … »).

Known failures, the same before « même si » was read: a word other than a participle or an
infinitive right after the aside's comma, an aside before marks or before a later cue. The
verb's own object or argument after « , selon X, » right after the verb keeps the clause whole
(« Le maire a signé, selon ses adjoints, la convention »); a time after it does not.
"""

import pytest
from conftest import quote_said, quotes_of


def known(reason, *row):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


ROWS = [
    # an auxiliary before the aside and a participle after it: the clause runs on around it
    ("L'homme était, selon ses voisins, parti pêcher sur la rivière avec deux amis.",
     "L'homme était, selon ses voisins, parti pêcher sur la rivière avec deux amis",
     "ses voisins", None, None),
    known("the aside is set off only with a participle or an infinitive right after its comma "
          "(_set_off_aside), and « tout » comes first: the clause before it stands alone",
          "Le maire a, selon ses adjoints, tout fait pour sauver l'usine.",
          "Le maire a, selon ses adjoints, tout fait pour sauver l'usine", "adjoints", None,
          None),
    # « être » before the aside, its attribute after it: the clause runs on around it
    ("Le maire Paul Girard a été, selon la préfète Anne Lory, « très clair » sur ce point.",
     "Le maire Paul Girard a été, selon la préfète Anne Lory, « très clair » sur ce point",
     "Anne Lory", "préfète", "female"),
    # the verb's object after the source: the clause runs on around it (« ses adjoints », a bare
    # plural of a role: the role is the bare noun, as GUIDELINES give « ses deux avocats »)
    ("Le maire a signé, selon ses adjoints, la convention le 3 mai.",
     "Le maire a signé, selon ses adjoints, la convention le 3 mai", "adjoints", "adjoint", None),
    known("the incise of another cue after the attribute is taken into the clause around the "
          "aside (« …, très clair, a rapporté le journal »)",
          "Le maire était, selon la préfète Anne Lory, très clair, a rapporté le journal.",
          "Le maire était, selon la préfète Anne Lory, très clair", "Anne Lory", "préfète",
          "female"),
    # a time, or a clause of its own, after the source: the clause before stands alone
    ("Le chantier a été abandonné, selon ses voisins, le mois dernier.",
     "Le chantier a été abandonné", "ses voisins", None, None),
    ("Le maire est venu, selon ses adjoints, le soir même.", "Le maire est venu", "adjoints",
     "adjoint", None),
    ("Le ministre a démissionné, selon le journal, le président ne l'ayant pas retenu.",
     "Le ministre a démissionné", "le journal", None, None),
    ("Le maire a été élu, selon la mairie, le 3 mai.", "Le maire a été élu", "mairie", None,
     None),
    # « même si, selon X, »: X's words after the source, with or without commas
    ("La piscine rouvrira en mai, même si, selon le maire Paul Girard, les artisans manquent.",
     "les artisans manquent", "Paul Girard", "maire", "male"),
    ("Le maire Paul Girard a dit que tout irait bien, même si, selon la préfecture, la saison "
     "est perdue.", "la saison est perdue", "préfecture", None, None),
    ("Le maire Paul Girard a dit que tout irait bien, même si, selon la préfecture, la saison "
     "est perdue.", "tout irait bien", "Paul Girard", "maire", "male"),
    ("Le maire Paul Girard a assuré que la piscine rouvrirait en mai, même si selon lui les "
     "artisans manquent.", "les artisans manquent", "Paul Girard", "maire", "male"),
    ("La préfète Anne Lory a expliqué que le feu était éteint, même si selon elle la vigilance "
     "reste de mise.", "la vigilance reste de mise", "Anne Lory", "préfète", "female"),
    # a concession or a cause opening the sentence: X's words end with its clause, before
    # the main clause after its comma
    ("Même si, selon le maire Paul Girard, les artisans manquent, la piscine rouvrira en mai.",
     "les artisans manquent", "Paul Girard", "maire", "male"),
    ("Bien que, selon le syndicat, les salaires restent bloqués, la grève a cessé.",
     "les salaires restent bloqués", "syndicat", None, None),
    ("Pourtant, même si, selon la préfecture, la saison est perdue, les hôteliers restent "
     "confiants.", "la saison est perdue", "préfecture", None, None),
    ("Même si, d'après la préfète Anne Lory, les routes sont sûres, les écoles resteront "
     "fermées.", "les routes sont sûres", "Anne Lory", "préfète", "female"),
    ("Parce que, selon le maire Paul Girard, les artisans manquent, la piscine restera fermée.",
     "les artisans manquent", "Paul Girard", "maire", "male"),
    # its closing marks and brackets stay with it
    ("Même si, selon la maire Léa Fontaine, les travaux sont « presque finis », la piscine "
     "restera fermée.", "les travaux sont « presque finis »", "Léa Fontaine", "maire", "female"),
    ("Même si, selon la maire Léa Fontaine, les artisans « manquent cruellement », la piscine "
     "rouvrira en mai.", "les artisans « manquent cruellement »", "Léa Fontaine", "maire",
     "female"),
    ("Même si, selon la maire Léa Fontaine, les travaux sont finis (ou presque), la piscine "
     "restera fermée.", "les travaux sont finis (ou presque)", "Léa Fontaine", "maire",
     "female"),
    # a conjunction of the narrator's before the comma of « , selon X, »
    ("La grève continue, parce que, selon le syndicat, les salaires restent bloqués.",
     "les salaires restent bloqués", "syndicat", None, None),
    # a noun source with no comma after it ends where the parse ends it
    ("Le préfet Marc Roux a assuré que les routes rouvriraient, même si selon les gendarmes "
     "la circulation restera difficile.", "la circulation restera difficile", "gendarmes",
     None, None),
    ("Selon la préfecture les crues reviendront.", "les crues reviendront", "préfecture", None,
     None),
    ("Selon la préfecture du Var les crues reviendront.", "les crues reviendront",
     "préfecture du Var", None, None),
    # « des », « du » after the source's noun, then a finite verb with no other subject: they
    # open that subject (« des crues », « du travail »), the source ends before them
    ("Selon la préfecture des crues sont possibles dès jeudi.",
     "des crues sont possibles dès jeudi", "préfecture", None, None),
    ("Selon le syndicat du travail reste à faire.", "du travail reste à faire", "syndicat",
     None, None),
    ("Selon le maire Paul Girard des travaux sont prévus.", "des travaux sont prévus",
     "Paul Girard", "maire", "male"),
    # must not fire: a complement, another subject after it
    ("Selon le service des crues la rivière montera.", "la rivière montera",
     "service des crues", None, None),
    # ... nor a verb of another number than the noun, one whose subject comes after it (a
    # determiner or a numeral past its adverbs), nor a « selon » after a subject set off
    ("Selon le syndicat des cheminots reste un doute sur la reprise du trafic à Vernay.",
     "reste un doute sur la reprise du trafic à Vernay", "syndicat des cheminots", None, None),
    ("Selon le directeur du musée viendront cet été dix mille visiteurs à Vernay.",
     "viendront cet été dix mille visiteurs à Vernay", None, "directeur du musée", None),
    ("Selon la direction des hôpitaux manquent encore trente infirmiers à Vernay.",
     "manquent encore trente infirmiers à Vernay", "direction des hôpitaux", None, None),
    ("La digue, selon le service du port tiendra jusqu'à jeudi.",
     "La digue", "service du port", None, None),
    ("La route restera fermée selon le maire de la commune voisine.", "La route restera fermée",
     None, "maire de la commune voisine", None),
    ("Les travaux dureront un an selon le directeur du chantier Paul Girard.",
     "Les travaux dureront un an", "Paul Girard", "directeur du chantier", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_selon_inside_a_clause(nlp, text, said, speaker, role, gender):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)


# (sentence, words said, the source as written): a stressed pronoun with no comma after it is
# the whole source, unless a coordinator joins it to more; a noun's ends before a determiner
# right after it; an outlet's name after a lower-case article stays in it
SOURCES = [
    ("La route est fermée selon eux la circulation reprendra lundi.", "La route est fermée",
     "eux"),
    ("La piscine ne rouvrira pas en mai selon lui les artisans manquent.",
     "La piscine ne rouvrira pas en mai", "lui"),
    ("Selon elle et son mari, la maison sera vendue au printemps.",
     "la maison sera vendue au printemps", "elle et son mari"),
    ("Selon le maire Paul Girard les artisans manquent.", "les artisans manquent",
     "le maire Paul Girard"),
    ("D'après les pompiers le feu est maîtrisé.", "le feu est maîtrisé", "les pompiers"),
    ("Selon le syndicat ses adhérents refusent l'accord.", "ses adhérents refusent l'accord",
     "le syndicat"),
    ("Le maire va démissionner selon l'hebdomadaire le Furet, qui cite ses proches.",
     "Le maire va démissionner", "l'hebdomadaire le Furet"),
    ("Le maire va démissionner selon le magazine les Échos du val, qui cite ses proches.",
     "Le maire va démissionner", "le magazine les Échos du val"),
    # an article after « tous » is its own, one before « plus » or « moins » a superlative's;
    # « aucun » opens a phrase as an article does
    ("Selon tous les syndicats, la grève continuera.", "la grève continuera",
     "tous les syndicats"),
    ("La grève continuera, selon tous les syndicats.", "La grève continuera",
     "tous les syndicats"),
    ("D'après toutes les études, le risque est faible.", "le risque est faible",
     "toutes les études"),
    ("Selon tous les témoins le bus roulait trop vite.", "le bus roulait trop vite",
     "tous les témoins"),
    ("Selon le témoin le plus proche de la scène, le conducteur roulait vite.",
     "le conducteur roulait vite", "le témoin le plus proche de la scène"),
    ("Selon le médecin le moins optimiste, le patient ne survivra pas.",
     "le patient ne survivra pas", "le médecin le moins optimiste"),
    ("Selon un responsable syndical aucun accord n'a été trouvé.",
     "aucun accord n'a été trouvé", "un responsable syndical"),
]


@pytest.mark.parametrize(("text", "said", "source"), SOURCES)
def test_source_without_comma(nlp, text, said, source):
    mention = quote_said(nlp, text, said).speaker.mention
    assert mention is not None
    assert mention.text == source


# (sentence, words said, the source as written, speaker): a name after the source's comma
# whose words open on a finite verb is that verb's subject, no part of the source; words in no
# marks keep it, marked ones are the marks
CLAUSE_SUBJECTS = [
    # … and the description is never the name its words say (none of the cast else, or the
    # préfet named before)
    pytest.param("Le conseil a voté lundi. D'après le ministre, Paul Ferrand, soutien de Luc "
                 "Garnier, « joue la provocation ».", "joue la provocation", "le ministre", None,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a name apposed to the « d'après » source, an appositive, then marks "
                     "opening on a verb: the name is either the source's (« selon "
                     "l'entraîneur, Karim Belmadi, « nous … » ») or that verb's subject outside "
                     "the marks, and nothing in the parse tells which; the cast also gives "
                     "Paul Ferrand the role « le ministre »"))),
    ("Le conseil a voté lundi. Selon le préfet, Paul Ferrand, allié de Luc Garnier, ne joue pas "
     "le jeu.", "Paul Ferrand, allié de Luc Garnier, ne joue pas le jeu", "le préfet", None),
    ("Le conseil a voté lundi. Selon le préfet, Paul Roux, le maire de la ville, a menti aux "
     "habitants.", "Paul Roux, le maire de la ville, a menti aux habitants", "le préfet", None),
    ("Le préfet Marc Vidal a réagi lundi. Selon le préfet, Paul Roux, le maire de la ville, a "
     "menti aux habitants.", "Paul Roux, le maire de la ville, a menti aux habitants",
     "le préfet", "Marc Vidal"),
    # a name or a noun phrase right before marked words, no comma between: what the source
    # speaks of, whatever the parse makes of the first marked word (« ment » read as a noun)
    ("La maire Anne Roy a visité le chantier mardi. Selon elle, Marc Petit « ment depuis le "
     "début ».", "ment depuis le début", "elle", "Anne Roy"),
    ("La maire Anne Roy a visité le chantier mardi. D'après elle, Marc Petit « ment depuis le "
     "début ».", "ment depuis le début", "elle", "Anne Roy"),
    ("Le procureur Paul Morel a parlé mardi. Selon lui, l'architecte Marc Petit « a commis des "
     "erreurs ».", "a commis des erreurs", "lui", "Paul Morel"),
    # must not: an apposed name, then the clause's own subject
    ("Le conseil a voté lundi. Selon le ministre, Paul Ferrand, la crise durera.",
     "la crise durera", "le ministre, Paul Ferrand", "Paul Ferrand"),
    # must not: a subject pronoun opens the marked words: the name is the source's
    ("Le club a perdu lundi. Selon l'entraîneur, Karim Belmadi, « nous avons manqué de "
     "rigueur ».", "nous avons manqué de rigueur", "l'entraîneur, Karim Belmadi",
     "Karim Belmadi"),
    # the minister named before is who « le ministre » is
    pytest.param("Le ministre de l'Intérieur Marc Vidal a réagi lundi. D'après le ministre, Paul "
                 "Ferrand, soutien de Luc Garnier, « joue la provocation ».",
                 "joue la provocation", "le ministre", "Marc Vidal",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the cast reads « le ministre, Paul Ferrand, » as Paul Ferrand's role "
                     "(attribute), so the description names him: whether the name is the "
                     "source's or the marked verb's subject, nothing in the parse tells"))),
]


@pytest.mark.parametrize(("text", "said", "source", "speaker"), CLAUSE_SUBJECTS)
def test_the_clause_subject_after_the_source(nlp, text, said, source, speaker):
    q = quote_said(nlp, text, said)
    assert q.speaker.mention is not None
    assert q.speaker.mention.text == source
    assert q.speaker.name == speaker


# (text, the record's words, source): « selon X » set off right after the clause's verb, the
# verb's own object or argument after it (selon_asides.py): the clause runs on around it
AFTER_THE_VERB = [
    ("Le gel a contraint, selon la préfecture, la moitié des vignerons à tailler plus tard.",
     "Le gel a contraint, selon la préfecture, la moitié des vignerons à tailler plus tard",
     "préfecture"),
    ("La crise a poussé, d'après la mairie, de nombreuses familles à partir.",
     "La crise a poussé, d'après la mairie, de nombreuses familles à partir", "mairie"),
    # must not change: a time after the source, the clause ends with the source, the source's
    # own relative follows, an auxiliary before the aside
    ("Le prix a baissé, selon l'Observatoire des loyers, depuis mars.", "Le prix a baissé",
     "Observatoire des loyers"),
    ("Le feu est éteint, selon les pompiers.", "Le feu est éteint", "pompiers"),
    ("Le feu a été maîtrisé, selon les pompiers, qui sont restés sur place.",
     "Le feu a été maîtrisé", "pompiers"),
    ("Ils auraient, selon la radio, quitté la ville.",
     "Ils auraient, selon la radio, quitté la ville", "la radio"),
    # a form of « être » (grammar.COPULA_BE) before the aside, its attribute after it: « est »
    # alone says nothing, the clause runs on around the aside
    ("Cet effondrement est, selon les experts, la conséquence d'une corrosion des câbles.",
     "Cet effondrement est, selon les experts, la conséquence d'une corrosion des câbles",
     "experts"),
    ("Cette rupture était, d'après la préfecture, le résultat d'une erreur de calcul.",
     "Cette rupture était, d'après la préfecture, le résultat d'une erreur de calcul",
     "préfecture"),
    ("La cause de la panne sera, selon les enquêteurs, connue dans un mois.",
     "La cause de la panne sera, selon les enquêteurs, connue dans un mois", "enquêteurs"),
    ("Les écoles seraient, d'après le rectorat, fermées jusqu'à lundi.",
     "Les écoles seraient, d'après le rectorat, fermées jusqu'à lundi", "rectorat"),
    ("Les deux suspects sont, selon la police, des habitants du quartier.",
     "Les deux suspects sont, selon la police, des habitants du quartier", "police"),
    ("Le gardien du stade de Rieux a été, selon le club, un témoin précieux.",
     "Le gardien du stade de Rieux a été, selon le club, un témoin précieux", "club"),
    # ... a negation before the aside (« n'est pas, », « n'est, … qu'une »), the source's
    # description or an incise after it (« , qui s'exprimait mardi, », « , et malgré …, »)
    ("Le projet n'est pas, selon les syndicats, une priorité pour la direction.",
     "Le projet n'est pas, selon les syndicats, une priorité pour la direction", "syndicats"),
    ("Ce n'était pas, d'après plusieurs témoins, la première fois.",
     "Ce n'était pas, d'après plusieurs témoins, la première fois", "plusieurs témoins"),
    ("Cette décision n'est, selon l'avocate Léa Martin, qu'une manœuvre dilatoire.",
     "Cette décision n'est, selon l'avocate Léa Martin, qu'une manœuvre dilatoire",
     "Léa Martin"),
    ("La situation est, selon un rapport publié mardi, extrêmement préoccupante.",
     "La situation est, selon un rapport publié mardi, extrêmement préoccupante", "un rapport"),
    ("La facture sera, selon le maire, qui s'exprimait mardi, très lourde pour la commune.",
     "La facture sera, selon le maire, qui s'exprimait mardi, très lourde pour la commune",
     None),
    ("Le suspect est, selon les enquêteurs, et malgré ses dénégations, l'auteur des tirs.",
     "Le suspect est, selon les enquêteurs, et malgré ses dénégations, l'auteur des tirs",
     "enquêteurs"),
    # ... up to a clause the narrator coordinates to it with its own subject and verb
    ("Le blessé serait, selon les pompiers, hors de danger, mais il reste hospitalisé à Rieux.",
     "Le blessé serait, selon les pompiers, hors de danger", "pompiers"),
    ("Le stade est, selon les supporters, trop petit, et la pelouse est en mauvais état.",
     "Le stade est, selon les supporters, trop petit", "les supporters"),
    ("Le blessé est, selon les pompiers, hors de danger mais il reste hospitalisé.",
     "Le blessé est, selon les pompiers, hors de danger", "pompiers"),
    ("Le maire a signé, selon ses adjoints, la convention, et le préfet l'a approuvée.",
     "Le maire a signé, selon ses adjoints, la convention", "adjoints"),
    # must not change: « être » ends the clause before a conjunction or the source's relative
    ("Le pont est fermé, selon les pompiers, qui restent sur place.", "Le pont est fermé",
     "pompiers"),
    # ... « être » at the end of its clause, another clause after the source (no attribute,
    # no incise closed by a comma: selon_asides._attribute_after)
    ("Personne ne sait où il est, selon sa mère, et la police le cherche.",
     "Personne ne sait où il est", None),
]


@pytest.mark.parametrize(("text", "said", "source"), AFTER_THE_VERB)
def test_selon_after_the_verb_leaves_the_clause_whole(nlp, text, said, source):
    found = [(q.span.text, q.speaker.name) for q in quotes_of(nlp, text) if q.cue and q.cue.text
             in ("selon", "d'après")]
    assert found == [(said, source)]


# a description source whose phrase runs on past its noun before its comma (« selon le
# candidat investi dimanche par le parti, X a … »): the name after the comma is the subject of
# the words said, never the one described (``described._subject_after``). Text, words,
# speaker, role.
SUBJECT_PAST_THE_PHRASE = [
    ("« Le budget est solide », a déclaré Paul Roux. Paul Roux a défendu son bilan lundi devant "
     "Luc Morin. Selon le candidat investi dimanche par le parti, Paul Roux a « menti aux "
     "habitants ».",
     "Paul Roux a « menti aux habitants »", "Luc Morin", "candidat investi"),
    # must not change: the comma right after the noun, as before
    ("« Le budget est solide », a déclaré Paul Roux. Paul Roux a défendu son bilan lundi devant "
     "Luc Morin. Selon le candidat, Paul Roux a « menti aux habitants ».",
     "Paul Roux a « menti aux habitants »", "Luc Morin", "candidat"),
    # must not: a name the words said do not name is no subject of theirs
    ("« Le budget est solide », a déclaré Paul Roux. Paul Roux a défendu son bilan lundi. Selon "
     "le préfet nommé en mars par le gouvernement, la route rouvrira lundi.",
     "la route rouvrira lundi", "Paul Roux", "préfet"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), SUBJECT_PAST_THE_PHRASE)
def test_the_subject_after_a_long_description_source(nlp, text, said, speaker, role):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)


# « selon » and a pronoun with no comma on either side, inside the que-clause or the infinitive
# of a cue before it (selon_asides.own_aside): the cue's speaker's own aside, the words the
# cue's whole, no « selon » record (text, words, speaker, role, gender, cue)
OWN_ASIDES = [
    ("Le maire Paul Girard a annoncé avoir ouvert deux gymnases pour des familles qui selon lui "
     "ne pourront pas rentrer chez elles.",
     "avoir ouvert deux gymnases pour des familles qui selon lui ne pourront pas rentrer chez "
     "elles", "Paul Girard", "maire", "male", "a annoncé"),
    ("La préfète Anne Lory a affirmé que les routes qui selon elle sont dangereuses resteront "
     "fermées.", "les routes qui selon elle sont dangereuses resteront fermées", "Anne Lory",
     "préfète", "female", "a affirmé"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender", "cue"), OWN_ASIDES)
def test_selon_and_a_pronoun_inside_a_cues_words_is_its_own_aside(
        nlp, text, said, speaker, role, gender, cue):
    q = quote_said(nlp, text, said)
    assert (q.cue.text, q.speaker.name, q.speaker.role, q.speaker.gender) == (
        cue, speaker, role, gender)
    assert "selon" not in [x.cue.text for x in quotes_of(nlp, text) if x.cue]


# must not: no cue's que-clause or infinitive before « selon » (an object), so « selon elle »
# gives its own words (text, words)
NOT_OWN_ASIDES = [
    ("La maire Anne Lory a annoncé la fermeture des écoles, qui selon elle ne sont pas sûres.",
     "ne sont pas sûres"),
]


@pytest.mark.parametrize(("text", "said"), NOT_OWN_ASIDES)
def test_selon_after_a_cues_object_keeps_its_record(nlp, text, said):
    assert quote_said(nlp, text, said).cue.text == "selon"


# must not either: a pronoun that cannot stand for the cue's subject (selon_asides._stands_for:
# « eux », « elles » for a singular subject, « elle » for a masculine one) is another's view;
# the cue's words stop before « , qui » / « qui » and « selon » keeps a record of its own
# (text, the cue's words, its cue)
OTHERS_ASIDES = [
    ("Le maire de Dinan, Pierre Allain, a promis d'aider les commerçants du centre, qui selon "
     "eux ont tout perdu dans l'incendie.", "aider les commerçants du centre", "a promis"),
    ("Le député Marc Olivier a affirmé vouloir rencontrer les infirmières qui selon elles "
     "manquent de tout.", "vouloir rencontrer les infirmières", "a affirmé"),
    known("« a été mal informée par la préfecture » after « selon elle » is read as a cue of "
          "its own (« informer »): the relative is that verb's clause, so the « selon » record "
          "takes the words before it, the cue's with them, as on main",
          "Le ministre de l'Intérieur, Gérald Morin, a déclaré vouloir soutenir la maire de "
          "Nantes, qui selon elle a été mal informée par la préfecture.",
          "vouloir soutenir la maire de Nantes", "a déclaré"),
]


@pytest.mark.parametrize(("text", "said", "cue"), OTHERS_ASIDES)
def test_selon_and_anothers_pronoun_is_no_own_aside(nlp, text, said, cue):
    assert quote_said(nlp, text, said).cue.text == cue
    assert "selon" in [q.cue.text for q in quotes_of(nlp, text) if q.cue]


# « Selon X, A : « B » »: a colon before marks that end the words starts a record of its own;
# A and the marks are two records of X's, both cued « Selon » (leads.colon_parts). Text, the
# records' words, speaker, role, gender
COLON_PARTS = [
    ("Le maire Paul Girard a parlé lundi. Selon lui, cette décision « triste » n'a qu'une "
     "explication : « Ils ont voulu me viser. »",
     ["cette décision « triste » n'a qu'une explication", "Ils ont voulu me viser."],
     "Paul Girard", "maire", "male"),
    ("Selon la préfète Anne Lory, la route n'a qu'un défaut : « elle est trop étroite ».",
     ["la route n'a qu'un défaut", "elle est trop étroite"], "Anne Lory", "préfète", "female"),
    # must not split: words of the narrator's after the marks, the clause goes on
    ("Selon la préfète Anne Lory, la route a un défaut : « trop étroite » pour les camions.",
     ["la route a un défaut : « trop étroite » pour les camions"], "Anne Lory", "préfète",
     "female"),
    # ... nor marks that hold no clause (no finite verb): one record, as before
    ("Le ministre Paul Girard a parlé lundi. Selon le ministre, deux options restent sur la "
     "table : « la négociation ou la loi ».",
     ["deux options restent sur la table : « la négociation ou la loi »"], "Paul Girard",
     "ministre", "male"),
    ("Le président de la fédération, Jean Morel, a tiré le bilan de la saison. Selon lui, la "
     "priorité est claire : « l'emploi ».", ["la priorité est claire : « l'emploi »"],
     "Jean Morel", "président de la fédération", "male"),
]


@pytest.mark.parametrize(("text", "parts", "speaker", "role", "gender"), COLON_PARTS)
def test_marks_after_a_colon_close_a_selon_clause_as_a_record_of_their_own(
        nlp, text, parts, speaker, role, gender):
    found = [(q.span.text, q.speaker.name, q.speaker.role, q.speaker.gender)
             for q in quotes_of(nlp, text) if q.cue and q.cue.text.lower() == "selon"]
    assert found == [(p, speaker, role, gender) for p in parts]


# « selon X » right after the « que » of a cue before it (``selon_opens.selon_in_que_clause``): the
# clause, « selon X » with it, is the cue's; « selon » gives no record of the cue's own words.
# A pronoun after « selon » / « d'après » with no comma inside a cue's que-clause stands for its
# speaker (``selon_asides.own_aside``): the clause stays whole. Text, words, speaker, cue
INSIDE_REPORTED = [
    ("Le procureur Paul Morel a parlé lundi. Le procureur a précisé que, selon les images de la "
     "caméra du hall, « on voit un homme entrer seul ».",
     "selon les images de la caméra du hall, « on voit un homme entrer seul »", "Paul Morel",
     "a précisé"),
    ("La juge Anne Lory a parlé lundi. Elle estime que la décision se justifie d'après elle par "
     "la « difficulté de prouver les faits ».",
     "la décision se justifie d'après elle par la « difficulté de prouver les faits »",
     "Anne Lory", "estime"),
    ("Le maire Paul Girard a parlé lundi. Le maire estime que la fermeture est due selon lui à "
     "la « baisse des effectifs ».",
     "la fermeture est due selon lui à la « baisse des effectifs »", "Paul Girard", "estime"),
]

# must not: a « selon » after a narrator's conjunction's « que » opens the source's clause; a
# pronoun that cannot stand for the cue's subject, or after a conjunction, is another's view
INSIDE_NOT = [
    ("Le maire a fermé l'école parce que, selon les inspecteurs, le toit menace de tomber.",
     "le toit menace de tomber", "les inspecteurs"),
    ("Le maire Paul Girard estime que les travaux dureront, même si selon elle tout est prêt.",
     "tout est prêt", "elle"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), INSIDE_REPORTED)
def test_selon_inside_a_cue_s_clause_leaves_it_the_cue_s(nlp, text, said, speaker, cue):
    found = [(q.span.text, q.speaker.name, q.cue.text if q.cue else None)
             for q in quotes_of(nlp, text)]
    assert found == [(said, speaker, cue)]


@pytest.mark.parametrize(("text", "said", "source"), INSIDE_NOT)
def test_selon_after_a_conjunction_keeps_its_own_clause(nlp, text, said, source):
    q = quote_said(nlp, text, said)
    assert q.cue is not None and q.cue.text.lower() == "selon"
    assert q.speaker.mention is None or source in q.speaker.mention.text


# a proper name right after a noun of figures is whose they are: the source (« selon les
# estimations Ipsos pour … »); with none, the figures only relay (no record)
FIGURES = [
    ("La liste de Paul Morel arrive en tête avec 41 % des voix, selon les estimations "
     "Ipsos-Sopra Steria pour France 2.",
     "La liste de Paul Morel arrive en tête avec 41 % des voix", "Ipsos-Sopra Steria"),
    ("La liste arrive en tête, selon le sondage Ifop publié lundi.", "La liste arrive en tête",
     "Ifop"),
    # a foreign word the tagger reads as one, hyphens joining the parts (``name_after``)
    ("Le candidat arrive en tête avec 38 % des voix, selon les estimations Harris "
     "Interactive-Agence Lumo pour LCI.", "Le candidat arrive en tête avec 38 % des voix",
     "Harris Interactive-Agence Lumo"),
]


@pytest.mark.parametrize(("text", "said", "source"), FIGURES)
def test_figures_named_after_their_institute(nlp, text, said, source):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == source


def test_figures_with_no_name_give_no_record(nlp):
    text = "La liste arrive en tête, selon les chiffres officiels publiés lundi."
    assert [q.span.text for q in quotes_of(nlp, text)] == []

