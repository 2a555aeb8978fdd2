"""A role on every quote of a person the article or the batch gives one.

A plural role set off after a list of names (« Paul Morel et Jean Dutel, les avocats de Marc
Fabre ») is each one's in the singular, complement kept (`avocat de Marc Fabre`; a participle of
charge after it agrees with the noun: `adjoint au maire chargé de la culture`; a title each holds
of one body, « les maires de Vernac et de Saint-Aubin », is the bare `maire`), on the pair's
quote and on each one's later quotes, explicit, carried or by a pronoun; another article of the
batch lends it to a quote whose article gives none. A role ends before the setting of the
function (« sous les couleurs … », « depuis … ») and runs on over a « chargé de … » complement.
A role's setting ends it only at its end and outside a body's name. Must not change: kin nouns
after a list (no role), a singular role after a list (the last name's only), a plural role with
no name before it (a group, no role), a name's own title before it, a list that is the object
of the clause before the role's subject, a name set off after another (« Le fils de X, Y, »).

One row: text -> the quote, then speaker, role and gender.
"""

import pytest
from conftest import quote_said

from quotes.api import Extractor, group_batch
from quotes.attribute.listed_roles import one_holder
from quotes.model import Article, Named, Quote

ROWS = [
    # ---- a plural apposition after a list of names: the pair's quote, each one's later
    ("« Nous sommes satisfaits », ont déclaré Paul Morel et Jean Dutel, les avocats de Marc "
     "Fabre.", "Nous sommes satisfaits", "Paul Morel et Jean Dutel", "avocat de Marc Fabre", None),
    ("« Nous sommes satisfaits », ont déclaré Paul Morel et Jean Dutel, les avocats de Marc "
     "Fabre. « Le verdict est juste », a ajouté Paul Morel.", "Le verdict est juste",
     "Paul Morel", "avocat de Marc Fabre", "male"),
    ("Paul Morel et Jean Dutel, les avocats de Marc Fabre, sont sortis de la salle. « Nous "
     "ferons appel », a déclaré Jean Dutel.", "Nous ferons appel", "Jean Dutel",
     "avocat de Marc Fabre", "male"),
    ("Paul Morel et Jean Dutel, les avocats de Marc Fabre, sont sortis de la salle. « Nous "
     "ferons appel », a déclaré Paul Morel.", "Nous ferons appel", "Paul Morel",
     "avocat de Marc Fabre", "male"),
    # both genders; three names; a count before the noun; an adjective in -aux
    ("Claire Morel et Sophie Dutel, les avocates de la partie civile, ont plaidé. « La peine est "
     "lourde », a dit Claire Morel.", "La peine est lourde", "Claire Morel",
     "avocate de la partie civile", "female"),
    ("Claire Morel, Sophie Dutel et Léa Fabre, les avocates générales du parquet, ont requis. "
     "« La peine est juste », a dit Sophie Dutel.", "La peine est juste", "Sophie Dutel",
     "avocate générale du parquet", "female"),
    ("Anne Roy et Luc Varin, deux enquêteurs de la brigade de Vernac, ont témoigné. « La porte "
     "était ouverte », a raconté Anne Roy.", "La porte était ouverte", "Anne Roy",
     "enquêteur de la brigade de Vernac", "female"),
    ("« Nous irons au bout », ont annoncé Luc Varin et Marc Fabre, les conseillers municipaux "
     "de Vernac.", "Nous irons au bout", "Luc Varin et Marc Fabre",
     "conseiller municipal de Vernac", None),
    # ---- a carried quote and a pronoun's quote get the role an explicit one would
    ("Paul Morel et Jean Dutel, les avocats de Marc Fabre, ont parlé à la sortie. « Nous "
     "ferons appel », a dit Paul Morel. « Le dossier est vide. »", "Le dossier est vide.",
     "Paul Morel", "avocat de Marc Fabre", "male"),
    ("Paul Morel et Jean Dutel, les avocats de Marc Fabre, sont sortis. « Le verdict est "
     "juste », a ajouté Jean Dutel. Il a ensuite quitté le tribunal. « Nous ferons appel », "
     "a-t-il dit.", "Nous ferons appel", "Jean Dutel", "avocat de Marc Fabre", "male"),
    ("Le maire de Vernac, Paul Morel, a pris la parole. « Nous reconstruirons l'école. » Il a "
     "ajouté : « Le chantier commencera lundi. »", "Le chantier commencera lundi.",
     "Paul Morel", "maire de Vernac", "male"),
    ("La préfète de l'Orne, Claire Vasseur, a visité le site. « Le danger est écarté », "
     "a-t-elle déclaré.", "Le danger est écarté", "Claire Vasseur", "préfète de l'Orne",
     "female"),
    # ---- the role's end: its setting is no part of it, a « chargé de » complement is
    ("« La course sera longue », a prévenu Luc Varin, mécanicien de l'équipe sous les ordres "
     "du directeur sportif.", "La course sera longue", "Luc Varin", "mécanicien de l'équipe",
     "male"),
    ("« Le dossier est clos », a déclaré Anne Roy, secrétaire d'État sous deux présidents.",
     "Le dossier est clos", "Anne Roy", "secrétaire d'État", "female"),
    ("« Les stocks baissent », a averti Michel Roux, directeur adjoint chargé du plan de "
     "prévention des inondations de la région.", "Les stocks baissent", "Michel Roux",
     "directeur adjoint chargé du plan de prévention des inondations de la région", "male"),
    ("« Le budget tiendra », a assuré Anne Roy, adjointe au maire chargée des finances.",
     "Le budget tiendra", "Anne Roy", "adjointe au maire chargée des finances", "female"),
    # ---- must not change: a role with « sous- » inside it, a duration, a comma before
    # « chargé de famille », a plain « chargée de mission »
    ("« Rien ne change », a dit le sous-préfet de Vernac, Paul Morel.", "Rien ne change",
     "Paul Morel", "sous-préfet de Vernac", "male"),
    ("« Nous jouerons le maintien », a dit Paul Morel, entraîneur du club depuis trois saisons.",
     "Nous jouerons le maintien", "Paul Morel", "entraîneur du club", "male"),
    ("Michel Roux, directeur du port, chargé de famille, a parlé. « Rien ne bouge », a-t-il "
     "dit.", "Rien ne bouge", "Michel Roux", "directeur du port", "male"),
    # the participle may be the complement's noun's (both masculine): not the role's
    ("« Nous arrivons à midi », a dit Luc Varin, conducteur du bus chargé de touristes.",
     "Nous arrivons à midi", "Luc Varin", "conducteur du bus", "male"),
    ("« Le dossier avance », a dit Anne Roy, chargée de mission à la préfecture.",
     "Le dossier avance", "Anne Roy", "chargée de mission à la préfecture", "female"),
    # ---- after the complement, a participle of charge agrees with the role noun; a plural in
    # -aux, a participle of charge as the noun, an invariable noun after a count
    ("Anne Roy et Luc Varin, les adjoints au maire chargés de la culture, ont présenté le "
     "budget. « Le festival est sauvé », a dit Luc Varin.", "Le festival est sauvé", "Luc Varin",
     "adjoint au maire chargé de la culture", "male"),
    ("Anne Roy et Claire Vidal, adjointes au maire chargées de la culture, ont parlé. « Nous "
     "tiendrons », a dit Anne Roy.", "Nous tiendrons", "Anne Roy",
     "adjointe au maire chargée de la culture", "female"),
    ("Marc Delorme et Alain Fabre, les généraux de l'armée de terre, sont arrivés. « La relève "
     "est prête », a assuré Marc Delorme.", "La relève est prête", "Marc Delorme",
     "général de l'armée de terre", "male"),
    ("Laura Petit et Nadia Haddad, chargées de communication de la mairie, ont répondu. « Le "
     "festival aura lieu », a assuré Laura Petit.", "Le festival aura lieu", "Laura Petit",
     "chargée de communication de la mairie", "female"),
    ("Anne Roy et Paul Morel, les deux porte-parole du gouvernement, sont arrivés. « Rien n'est "
     "décidé », a dit Anne Roy.", "Rien n'est décidé", "Anne Roy", "porte-parole du gouvernement",
     "female"),
    # ---- a title each holds of one body: the bare noun, for the pair and for each one
    ("« Nous refusons cette fusion », ont déclaré les maires de Vernac et de Saint-Aubin, Anne "
     "Roy et Paul Morel.", "Nous refusons cette fusion", "Anne Roy et Paul Morel", "maire", None),
    ("Anne Roy et Paul Morel, les présidents des deux clubs, ont signé l'accord. « Rien n'est "
     "joué », a ajouté Paul Morel.", "Rien n'est joué", "Paul Morel", "président", "male"),
    # ---- a name's own title stays its own; the list's apposition is the others'
    ("La ministre Anne Roy et Paul Morel, les deux négociateurs français, sont arrivés à "
     "Bruxelles. « Nous resterons », a dit Anne Roy.", "Nous resterons", "Anne Roy", "ministre",
     "female"),
    ("La ministre Anne Roy et Paul Morel, les deux négociateurs français, sont arrivés à "
     "Bruxelles. « Nous resterons », a dit Paul Morel.", "Nous resterons", "Paul Morel",
     "négociateur français", "male"),
    # ---- the setting: not inside a body's name, only at the role's end
    ("« Nous manquons de moyens », a dit Paul Morel, président de l'association Enfants sous "
     "protection.", "Nous manquons de moyens", "Paul Morel",
     "président de l'association Enfants sous protection", "male"),
    ("« Les inscriptions sont closes », a dit Paul Morel, directeur de l'école Jeanne Sous Bois.",
     "Les inscriptions sont closes", "Paul Morel", "directeur de l'école Jeanne Sous Bois",
     "male"),
    ("« Nous avons tenu bon », a dit Marc Vidal, ministre de l'Intérieur sous Jacques Chirac.",
     "Nous avons tenu bon", "Marc Vidal", "ministre de l'Intérieur", "male"),
    ("« Nous avons trouvé des traces », a expliqué Paul Morel, officier sous contrat dans "
     "l'armée de terre.", "Nous avons trouvé des traces", "Paul Morel",
     "officier sous contrat dans l'armée de terre", "male"),
    ("« Le chantier est en retard », a dit Anne Roy, ingénieure sous contrat avec la SNCF.",
     "Le chantier est en retard", "Anne Roy", "ingénieure sous contrat avec la SNCF", "female"),
    # ---- must not change: a list that is the object of the clause before the plural role's
    # subject; a name before another set off by commas (« Le fils de X, Y, »), no list
    ("Après avoir interrogé Paul Morel et Jean Dutel, les enquêteurs de la brigade ont relâché "
     "Marc Fabre. « Je suis soulagé », a dit Paul Morel.", "Je suis soulagé", "Paul Morel", None,
     "male"),
    ("Le fils de Marc Fabre, Paul Fabre, les deux avocats de la famille et le maire sont venus. "
     "« Nous ferons appel », a dit Marc Fabre.", "Nous ferons appel", "Marc Fabre", None, "male"),
    # ---- must not change: kin nouns after a list (no role); a singular role after a list is
    # the last name's only; a plural role with no name names no one; « l'un des avocats »
    ("Paul Morel et Claire Morel, les parents de Marc Morel, sont venus. « Il est innocent », "
     "a dit Claire Morel.", "Il est innocent", "Claire Morel", None, "female"),
    ("Paul Morel et Jean Dutel, avocat de Marc Fabre, sont sortis. « Nous ferons appel », a "
     "dit Paul Morel.", "Nous ferons appel", "Paul Morel", None, "male"),
    ("Paul Morel et Jean Dutel, avocat de Marc Fabre, sont sortis. « Nous ferons appel », a "
     "dit Jean Dutel.", "Nous ferons appel", "Jean Dutel", "avocat de Marc Fabre", "male"),
    ("« Nous ferons appel », ont déclaré les avocats de la défense.", "Nous ferons appel",
     "avocats de la défense", None, None),
    ("« Rien n'est joué », a dit Paul Morel, l'un des avocats de Marc Fabre.", "Rien n'est joué",
     "Paul Morel", "avocat de Marc Fabre", "male"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role", "gender"), ROWS)
def test_a_role_on_every_quote_of_a_person_given_one(nlp, text, quote, speaker, role, gender):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


@pytest.mark.parametrize(("role", "one"), [
    ("notaires d'Émile Garnier", "notaire d'Émile Garnier"),
    ("deux enquêteurs de la brigade", "enquêteur de la brigade"),
    ("délégués syndicaux de l'usine", "délégué syndical de l'usine"),
    ("avocates générales du parquet", "avocate générale du parquet"),
    ("chefs cuisiniers du Grand Hôtel", "chef cuisinier du Grand Hôtel"),
    # the participle of charge after the complement agrees with the noun; a plural in -aux;
    # a participle of charge as the noun; an invariable noun loses its count
    ("adjoints au maire chargés de la culture", "adjoint au maire chargé de la culture"),
    ("adjointes au maire chargées de la culture", "adjointe au maire chargée de la culture"),
    ("généraux de l'armée de terre", "général de l'armée de terre"),
    ("chargées de communication de la mairie", "chargée de communication de la mairie"),
    ("deux porte-parole du gouvernement", "porte-parole du gouvernement"),
    # a complement that names two bodies or more: the bare noun
    ("maires de Vernac et de Saint-Aubin", "maire"),
    ("présidents de la région et du département", "président"),
    ("présidents des deux clubs", "président"),
    # must not change: a singular role, a listed noun in -s, the complement's plurals, one
    # complement with « et » inside the charge, kin nouns
    ("avocat de Marc Fabre", "avocat de Marc Fabre"),
    ("commis de cuisine", "commis de cuisine"),
    ("avocat des parties civiles", "avocat des parties civiles"),
    ("adjoints au maire chargés de la culture et du patrimoine",
     "adjoint au maire chargé de la culture et du patrimoine"),
    ("parents de la victime", "parents de la victime"),
    ("avocats de Marc et Julie Fabre", "avocat de Marc et Julie Fabre"),
])
def test_one_holder_of_a_plural_role(role, one):
    assert one_holder(role) == one


BATCH = [
    # the article gives Jean Dutel no role: the other article of the story gives each lawyer one
    (("« Nous ferons appel », ont déclaré Paul Morel et Jean Dutel, les avocats de Marc Fabre, "
      "après le verdict de la cour d'assises de Vernac.",
      "Marc Fabre a été condamné par la cour d'assises de Vernac. « Le dossier était vide », a "
      "regretté Jean Dutel."), "Le dossier était vide", ("Jean Dutel", "avocat de Marc Fabre")),
    # must not change: a role of its own article stays
    (("« Nous ferons appel », ont déclaré Paul Morel et Jean Dutel, les avocats de Marc Fabre, "
      "après le verdict de la cour d'assises de Vernac.",
      "Marc Fabre a été condamné par la cour d'assises de Vernac. « Le dossier était vide », a "
      "regretté Jean Dutel, bâtonnier de Vernac."), "Le dossier était vide",
     ("Jean Dutel", "bâtonnier de Vernac")),
]


@pytest.mark.parametrize(("texts", "words", "expected"), BATCH)
def test_a_listed_role_serves_the_batch(nlp, texts, words, expected):
    articles = [Article(f"a{n}", t) for n, t in enumerate(texts, 1)]
    named: dict[str, list[Named]] = {}
    quotes, _ = group_batch(list(Extractor(nlp=nlp).records(articles, named=named)),
                            named=named)
    found = [q for q in quotes if isinstance(q, Quote) and q.span.text == words]
    assert found, [q.span.text for q in quotes if isinstance(q, Quote)]
    assert (found[0].speaker.name, found[0].speaker.role) == expected
