"""Initials an article writes for a role it writes out (« le SG » after « le Secrétaire
général X ») are that role: a description by them names the one who holds it; initials that
spell no role of the article, or two, stay as they were."""

import pytest
from conftest import quote_said

from quotes.attribute.role_initials import role_initials
from quotes.lexicon.short_forms import Written, article_initials, written_out


@pytest.mark.parametrize(("text", "initials"), [
    # fire: the first letters of the role's content words, a compound's parts each
    ("Le Secrétaire général de l'ONU, Paul Roux, a parlé. Le SG a salué les diplomates.",
     {"SG": Written("Secrétaire général", "onu")}),
    # … a capitalised role's words capitalised too
    ("Le Secrétaire Général de l'ONU, Paul Roux, a parlé. Le SG a salué les diplomates.",
     {"SG": Written("Secrétaire Général", "onu")}),
    ("Le président-directeur général de Valtor, Marc Petit, a parlé. Le PDG a signé.",
     {"PDG": Written("président-directeur général", "valtor")}),
    ("La directrice des ressources humaines, Anne Morel, a parlé. Cette DRH a signé.",
     {"DRH": Written("directrice des ressources humaines", None)}),
    # … four and five letters
    ("Le directeur général des services techniques, Paul Roux, a parlé. Le DGST a signé.",
     {"DGST": Written("directeur général des services techniques", None)}),
    ("La directrice générale adjointe des services techniques, Anne Morel, a parlé. La DGAST "
     "a signé.", {"DGAST": Written("directrice générale adjointe des services techniques",
                                    None)}),
    # … the role in its two genders is one role, its body written twice one holder
    ("Le directeur général de Ventis, Paul Roux, a parlé. La directrice générale de Ventis l'a "
     "remplacé. Le DG a signé.", {"DG": Written("directeur général", "ventis")}),
    # must not: two holders of the role, by their bodies or their names
    ("Le directeur général de Ventis, Marc Aubry, a rencontré la directrice générale de "
     "Solvane, Inès Carré. Le DG a signé.", {}),
    ("Le directeur général Paul Roux a nommé la directrice générale Anne Morel. Le DG a signé.",
     {}),
    ("Le directeur général de Ventis a signé. Le directeur général de Solvane a refusé. Le DG "
     "a tranché.", {}),
    # must not: a name or a body inside the role's words, or a party's adjective
    ("Le président du Sénat, Gérard Lenoir, a critiqué le texte. Le PS a dénoncé.", {}),
    ("Le procureur Simon Garnier a requis. Le PS a réagi.", {}),
    ("Le directeur de Greenpeace, Paul Roux, a parlé. Le DG a répondu.", {}),
    ("La présidente de la région Grand Est, Anne Morel, a parlé. Le PRG a réagi.", {}),
    ("Le ministre Dupont a visité l'usine. Le MD a promis.", {}),
    ("Le président écologiste de la région, Jean Lemaire, a parlé. Le PE a dénoncé.", {}),
    # fire: the initials are unaccented (« état-major »)
    ("La chef d'état-major, Anne Morel, a parlé. La CEM a signé.",
     {"CEM": Written("chef d'état-major", None)}),
    # must not: a party's acronym, though a role spells it
    ("Le président du syndicat, Paul Roux, a parlé. Le PS a réagi.", {}),
    ("Le premier secrétaire du parti, Paul Roux, a parlé. Le PS a réagi.", {}),
    # must not: a determiner of the other gender (the direction, not its head)
    ("Le directeur général de la santé, Paul Roux, a parlé. La DGS a indiqué.", {}),
    # must not: initials of a body, no role noun opens the words (« Confédération »)
    ("La Confédération générale du travail a appelé à la grève. La CGT a manifesté.", {}),
    # must not: letters that spell two roles of other words
    ("Le secrétaire général Paul Roux a reçu le sélectionneur gallois Marc Petit. Le SG a "
     "parlé.", {}),
    # must not: no determiner before the capitals, or the role's body is no part of it
    ("Le secrétaire général Paul Roux a parlé. SG a signé.", {}),
    ("Le président de la FFF, Paul Roux, a parlé. Le PF a signé.", {}),
    # must not: a role noun and its rank alone (« chef adjoint »: CA, most often a body) …
    ("Le chef adjoint de la police, Paul Roux, a parlé. Le CA a tranché.", {}),
    ("La cheffe adjointe de la police, Anne Morel, a parlé. La CA a tranché.", {}),
    ("Le directeur délégué de Ventis, Paul Roux, a parlé. Le DD a signé.", {}),
    ("La directrice déléguée de Ventis, Anne Morel, a parlé. La DD a signé.", {}),
    # … fire: unless the article writes them beside the role; a rank after another word
    ("Le chef adjoint (CA) de la police, Paul Roux, a parlé. Le CA a tranché.",
     {"CA": Written("chef adjoint", None)}),
    ("La directrice générale adjointe, Anne Morel, a parlé. La DGA a signé.",
     {"DGA": Written("directrice générale adjointe", None)}),
])
def test_role_initials(text, initials):
    read = {k: Written(w.words, w.body) for k, w in role_initials(text).items() if w.words}
    assert read == initials


def test_unread_initials_keep_the_bodies_of_the_roles_they_spell():
    text = ("Le directeur général de Ventis, Marc Aubry, a rencontré la directrice générale de "
            "Solvane, Inès Carré. Le DG a signé.")
    assert role_initials(text) == {"DG": Written("", None, frozenset({"ventis", "solvane"}))}



@pytest.mark.parametrize(("words", "written"), [
    ("le DG", "le directeur général"),
    ("DG du groupe", "directeur général du groupe"),
    ("SG de l'ONU", "secrétaire général de l'ONU"),  # the role's own body, elided
    # must not: another body named after the initials says whose role it is, as written
    ("SG de la CFDT", "SG de la CFDT"),
    ("SG de l'UNSA", "SG de l'UNSA"),
    ("SG d'Airbus", "SG d'Airbus"),
    ("DG de l'entreprise", "DG de l'entreprise"),
    ("DG par intérim", "DG par intérim"),  # someone else
    ("le DG sortant", "le directeur général sortant"),  # tenure: the one holding it
    ("le PDG", "le PDG"),  # initials the article does not write out
])
def test_written_out(words, written):
    with article_initials({"DG": Written("directeur général", "groupe", frozenset({"groupe"})),
                           "SG": Written("secrétaire général", "onu", frozenset({"onu"})),
                           "PDG": Written("", None, frozenset({"valtor"}))}):
        assert written_out(words) == written


# (text, words said, speaker, role, gender)
DESCRIBED = [
    # fire: initials with the role's body, then the pronoun after them
    ("Le Secrétaire général de l'ONU, Paul Roux, a parlé jeudi à New York. Le SG de l'ONU a "
     "salué les efforts des diplomates. « Nos soldats restent en poste », a-t-il déclaré.",
     "Nos soldats restent en poste", "Paul Roux", "SG de l'ONU", "male"),
    # fire: bare initials after the quote: the role the article gives them is shown
    ("Le directeur général de Valtor, Marc Petit, a reçu les syndicats. « Nous paierons », "
     "a dit le DG.", "Nous paierons", "Marc Petit", "directeur général de Valtor", "male"),
    ("La directrice des ressources humaines, Anne Morel, a reçu les syndicats. « Nous "
     "paierons », a dit la DRH.", "Nous paierons", "Anne Morel",
     "directrice des ressources humaines", "female"),
    ("Le président-directeur général de Valtor, Marc Petit, a reçu les syndicats. « Nous "
     "paierons », a dit le PDG.", "Nous paierons", "Marc Petit",
     "président-directeur général de Valtor", "male"),
    ("Le directeur général de Ventis, Marc Aubry, quittera ses fonctions. Son successeur, Luc "
     "Berger, arrive de Lyon. « Je pars serein », a confié le DG sortant.", "Je pars serein",
     "Marc Aubry", "directeur général de Ventis", "male"),
    # fire: initials of four letters
    ("Le directeur général des services techniques, Paul Roux, a reçu les élus. « Les travaux "
     "finiront en mai », a dit le DGST.", "Les travaux finiront en mai", "Paul Roux",
     "directeur général des services techniques", "male"),
    # fire: bare initials are shown as the role the article writes out
    ("Le directeur des ressources humaines, Hugo Lenoir, a reçu les délégués. Ce DRH a promis "
     "un plan. « Personne ne sera laissé de côté », a-t-il ajouté.",
     "Personne ne sera laissé de côté", "Hugo Lenoir", "directeur des ressources humaines",
     "male"),
    # must not: the role's body is never its holder; two holders: the initials unread
    ("Le directeur général de Ventis, Marc Aubry, a rencontré la directrice générale de "
     "Solvane, Inès Carré. « Nous fusionnerons », a annoncé le DG.", "Nous fusionnerons", "DG",
     None, None),
    ("Le directeur général de Ventis, Marc Aubry, a signé. Le directeur général de Solvane, "
     "Luc Berger, a refusé. « Jamais », a tranché le DG.", "Jamais", "DG", None, None),
    # must not: initials the article does not write out are not its director's (as before)
    ("Le directeur de Greenpeace, Paul Roux, a dénoncé le projet. « Nous sommes prêts à "
     "négocier », a répondu le DG.", "Nous sommes prêts à négocier", "DG", None, None),
    ("« Nous ne céderons pas », a martelé le DG. Le directeur général de Ventis, Marc Aubry, "
     "recevait les syndicats.", "Nous ne céderons pas", None, "directeur général", None),
    ("Le directeur général de Ventis, Marc Aubry, a reçu les syndicats. « Nous voulons des "
     "garanties », a répondu le DG de l'Urssaf.", "Nous voulons des garanties", None,
     "DG de l'Urssaf", None),
    ("Le président-directeur général de Valtor, Marc Petit, a présenté ses vœux. « Nous "
     "rachèterons nos concurrents », a lancé le PDG d'Airbus.",
     "Nous rachèterons nos concurrents", None, "PDG d'Airbus", None),
    # must not: the initials name another body than the role's, elided or not
    ("Le Secrétaire général de l'ONU, Paul Roux, a reçu son homologue. « L'Alliance est "
     "unie », a affirmé le SG de l'Otan.", "L'Alliance est unie", None, "SG de l'Otan", None),
    ("La directrice générale du FMI, Anne Morel, s'est exprimée. « Le risque est réel », a "
     "averti la DG de l'OMC.", "Le risque est réel", None, "DG de l'OMC", "female"),
    # must not: a party's acronym is the party, not the role spelled by the same letters
    ("Le président du Sénat, Gérard Lenoir, a critiqué le texte. « Ce projet est bâclé », a "
     "dénoncé le PS.", "Ce projet est bâclé", "PS", None, None),
    ("Le président socialiste de la région, Jean Lemaire, a présenté son budget. « Ce budget "
     "sacrifie les lycées », a dénoncé le PS.", "Ce budget sacrifie les lycées", "PS", None,
     None),
    ("La présidente de la région Grand Est, Anne Morel, a présenté le plan. « C'est de la "
     "communication », a réagi le PRG.", "C'est de la communication", "PRG", None, None),
    # must not: another body than the role's, or no role of the article
    ("Le secrétaire général de la CGT, Paul Roux, a parlé. « Nous irons », a dit le SG de la "
     "CFDT.", "Nous irons", None, "SG de la CFDT", None),
    # must not: the initials of a role noun and its rank alone are not read (« le CA »)
    ("Le chef adjoint de la police, Paul Roux, a présenté le dispositif. « Le budget ne suit "
     "pas », a tranché le CA.", "Le budget ne suit pas", "CA", None, None),
    # fire: a name apposed to the initials, or right after them, is the one they describe …
    ("Le directeur général de Ventis, Marc Aubry, a démissionné. « Je regrette son départ », a "
     "réagi le DG par intérim, Luc Berger.", "Je regrette son départ", "Luc Berger",
     "DG par intérim", "male"),
    ("Le directeur général de Ventis, Marc Aubry, a démissionné. « Je regrette son départ », a "
     "réagi le DG Luc Berger.", "Je regrette son départ", "Luc Berger", "directeur général",
     "male"),
    # … must not: a name in the next sentence is no apposition
    ("Le directeur général de Ventis, Marc Aubry, a reçu les syndicats. « Nous paierons », a "
     "dit le DG. Luc Berger était absent.", "Nous paierons", "Marc Aubry",
     "directeur général de Ventis", "male"),
    # must not: letters that spell no role the article writes out
    ("Le président de la FFF, Paul Roux, a reçu les syndicats. « Nous paierons », a dit le DG.",
     "Nous paierons", "DG", None, None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), DESCRIBED)
def test_speaker_role_gender(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
