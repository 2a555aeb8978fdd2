"""One spelling per person and body across a batch (quotes/attribute/batch_spellings.py)."""

import pytest

from quotes.api import Extractor, group_batch
from quotes.attribute.people import apply_people, load_people
from quotes.attribute.spelling_forms import doubled, inner, near
from quotes.model import Article, Named, Quote

# a mayor three outlets quote, one misspelling his first name (a letter doubled)
MAYOR = (
    "« Nous reconstruirons le pont avant l'hiver », a déclaré Ousmanou Keïta, maire de Vernac.",
    "Selon Ousmanou Keïta, maire de Vernac, « le pont rouvrira en mars ».",
    "« Nous reconstruirons le pont avant l'hiver », a déclaré Ousmannou Keïta, maire de Vernac. "
    "« Les travaux commencent lundi », a-t-il ajouté.",
)
# a chairwoman, one outlet swapping two letters of her surname
CHAIR = (
    "« Le chantier a pris trop de retard et les riverains n'en peuvent plus », a regretté "
    "Aminata Dioubaté, présidente de l'association des riverains.",
    "Selon Aminata Dioubaté, présidente de l'association des riverains, « le quartier attend "
    "depuis dix ans ».",
    "« Le chantier a pris trop de retard et les riverains n'en peuvent plus », a regretté "
    "Aminata Diuobaté. « Nous irons jusqu'au bout », a-t-elle promis.",
)
# a company, one outlet dropping a letter of its name
COMPANY = (
    "La société Bertillonne va fermer son usine de Corvel. « Nous n'avons pas d'autre choix que "
    "de fermer le site de Corvel cette année », a indiqué Bertillonne dans un communiqué.",
    "« Le site de Corvel n'est plus rentable », a expliqué la société Bertillonne mardi.",
    "« Nous n'avons pas d'autre choix que de fermer le site de Corvel cette année », a indiqué "
    "la société Bertilonne jeudi.",
)
# two mayors of two towns, surnames one letter apart
MAYORS = (
    "« Les travaux du stade commenceront en juin », a annoncé Marc Lefebvre, maire de "
    "Saint-Aulaye.",
    "Selon Marc Lefebvre, maire de Saint-Aulaye, « le stade sera prêt pour la rentrée ».",
    "« Nous refusons la fermeture de l'école », a déclaré Marc Lefèvre, maire de Brantôme.",
)
# two mayors saying the same words
SLOGAN = (
    "« Nous ne lâcherons rien », a lancé Pierre Chevalier, maire de Salers, devant la "
    "préfecture.",
    "« Nous ne lâcherons rien », a martelé Pierre Chevalier, maire de Salers.",
    "« Nous ne lâcherons rien », a lancé Pierre Chevallier, maire de Murat, devant les "
    "grévistes.",
)
# a mayor, a spelling given no role, a footballer: each one edit from the next
TRIANGLE = (
    "« Le tram arrivera en 2027 », a promis Paul Martinet, maire de Vizille.",
    "« Le tram arrivera en 2027 », a assuré Paul Martinet, maire de Vizille, lundi.",
    "« Le tram est une bonne nouvelle », a estimé Paul Martines.",
    "« On va jouer le maintien », a affirmé Paul Martinez, attaquant du Grenoble Foot.",
)
# a president of 2014, twice
DAM = (
    ("« Le barrage sera achevé en 2016 », a promis Luc Meunier, président du syndicat des "
     "eaux.", "2014-03-02"),
    ("Selon Luc Meunier, président du syndicat des eaux, « le chantier avance ».", "2014-03-03"),
)


def thrice(words, cue, right, other):
    """Three articles giving one quote: two to ``right``, the third to ``other``."""
    return (f"« {words} », {cue} {right}.", f"« {words} », {cue} {right} lundi.",
            f"« {words} », {cue} {other}.")


def batch(nlp, texts, people=None):
    """The quotes of invented articles a1, a2, … read as one batch, by article id; a text
    given as (text, date) is dated."""
    articles = [Article(f"a{n}", text) if isinstance(text, str)
                else Article(f"a{n}", text[0], date=text[1]) for n, text in enumerate(texts, 1)]
    named: dict[str, list[Named]] = {}
    records = list(Extractor(nlp=nlp).records(articles, named=named))
    if people is not None:
        records = apply_people([r for r in records if isinstance(r, Quote)], people)
    quotes, _ = group_batch(records, named=named, people=people)
    by_article: dict[str, list[Quote]] = {}
    for q in quotes:
        if isinstance(q, Quote):
            by_article.setdefault(q.article.id, []).append(q)
    return by_article


# a director three outlets quote, one doubling a syllable of his middle name and writing his
# role bare
DIRECTOR = (
    "« Le barrage tiendra tout l'hiver », a déclaré Samuel Kesanga Tshering, directeur général "
    "de l'Agence des eaux.",
    "« Les digues sont solides », a assuré Samuel Kesanga Tshering, directeur général de "
    "l'Agence des eaux, mardi.",
    "« Nous devons rester prudents », a déclaré Samuel Kesangaga Tshering, le directeur général.",
)
# … the three articles of one story: each names the minister visiting the dam
VISIT = " Le ministre Karma Dolma Yangzom a visité le barrage."
STORY = tuple(t + VISIT for t in DIRECTOR)
# two farmers of one name but for an inner word, each in his own story: a protest in Agen, a
# market in Quimper
FARMERS = (
    "« Nous ne lâcherons rien », a lancé Marc Lacombette Renaud, agriculteur. La préfète Anne "
    "Vidal a reçu les manifestants à Agen.",
    "« Le prix du lait baisse », a dit Marc Lacombette Renaud, agriculteur, devant la préfète "
    "Anne Vidal à Agen.",
    "« Les clients reviennent », a souri Marc Lacombelle Renaud, agriculteur, au marché de "
    "Quimper.",
)

# a deputy two outlets name, one doubling a letter of his short surname, each article naming
# the mayor he met
DEPUTY = (
    "« Il a fallu insister très fort », a déclaré Hugo Rufin, député de la Somme. Le maire "
    "Paul Verdier l'a reçu.",
    "« Nous avons dû insister fortement », a dit Hugo Ruffin, député de Somme. Le maire Paul "
    "Verdier l'a reçu.",
    "Selon Hugo Ruffin, député de la Somme, « les salariés attendent ». Le maire Paul Verdier "
    "l'a reçu.",
)

# a deputy two outlets name, one of them swapping two letters of her short surname and writing
# it twice (at the cue and in the apposition), each article naming the hospital's director
DEPUTY_SWAPPED = (
    "La députée Sophie Morin a interpellé le gouvernement sur la fermeture de la maternité. "
    "« C'est un scandale sanitaire », a-t-elle lancé. Le directeur de l'hôpital, Luc Ferrand, "
    "a défendu sa décision.",
    "Le directeur de l'hôpital, Luc Ferrand, a été reçu par la députée Sophie Mroin. « Nous ne "
    "lâcherons pas », a déclaré Sophie Mroin, députée de la circonscription.",
)

# texts, article, its quote, speaker, role, gender, the article whose spelling it takes (None:
# its own, no ``batch-spelling``)
ROWS = [
    # an inner word two edits off, the given name and the surname the same, a role of the same
    # noun: the spelling of the two other articles
    pytest.param(STORY, "a3", 0, "Samuel Kesanga Tshering", "directeur général", "male", "a1",
                 id="inner-two-edits"),
    # must not: another role noun; a deputy's role; articles sharing no one but him (no story);
    # two farmers of two stories
    pytest.param((*STORY[:2], STORY[2].replace("le directeur général", "ingénieur")),
                 "a3", 0, "Samuel Kesangaga Tshering", "ingénieur", "male", None,
                 id="inner-other-noun"),
    pytest.param((*STORY[:2], STORY[2].replace("général", "général adjoint")),
                 "a3", 0, "Samuel Kesangaga Tshering", "directeur général adjoint", "male", None,
                 id="inner-deputy"),
    pytest.param(DIRECTOR, "a3", 0, "Samuel Kesangaga Tshering", "directeur général", "male",
                 None, id="inner-no-story"),
    pytest.param(FARMERS, "a3", 0, "Marc Lacombelle Renaud", "agriculteur", "male", None,
                 id="inner-two-stories"),
    # a letter doubled in a short surname, the given name the same, a role of the same noun in
    # one story: the spelling of the two other articles
    pytest.param(DEPUTY, "a1", 0, "Hugo Ruffin", "député de la Somme", "male", "a2",
                 id="short-surname-doubled"),
    # must not: another role noun; two stories sharing no one
    pytest.param((DEPUTY[0].replace("député", "agriculteur"), *DEPUTY[1:]), "a1", 0,
                 "Hugo Rufin", "agriculteur de la Somme", "male", None,
                 id="short-surname-other-noun"),
    pytest.param((DEPUTY[0].replace("Paul Verdier", "Léa Bonnet"), *DEPUTY[1:]), "a1", 0,
                 "Hugo Rufin", "député de la Somme", "male", None,
                 id="short-surname-no-story"),
    # must not: as many articles write each spelling, the swapped one written more often in
    # its article; a short surname takes only a spelling more articles write: each its own
    pytest.param(DEPUTY_SWAPPED, "a1", 0, "Sophie Morin", "députée", "female", None,
                 id="short-surname-tie-first"),
    pytest.param(DEPUTY_SWAPPED, "a2", 0, "Sophie Mroin", "députée de la circonscription",
                 "female", None, id="short-surname-tie-second"),
    # a letter doubled in a long first name: the two other articles' spelling
    pytest.param(MAYOR, "a3", 0, "Ousmanou Keïta", "maire de Vernac", "male", "a1", id="doubled"),
    # the quote a pronoun carries on from is that person's too
    pytest.param(MAYOR, "a3", 1, "Ousmanou Keïta", "maire de Vernac", "male", "a1",
                 id="pronoun-after"),
    pytest.param(MAYOR, "a1", 0, "Ousmanou Keïta", "maire de Vernac", "male", None,
                 id="right-spelling-kept"),
    # two letters swapped in a surname; the role the other articles give now reaches her
    pytest.param(CHAIR, "a3", 0, "Aminata Dioubaté", "présidente de l'association des riverains",
                 "female", "a1", id="swapped"),
    pytest.param(CHAIR, "a3", 1, "Aminata Dioubaté", "présidente de l'association des riverains",
                 "female", "a1", id="swapped-pronoun"),
    # a body's name, a letter dropped
    pytest.param(COMPANY, "a3", 0, "Bertillonne", None, None, "a1", id="company"),
    # one article each, each writing it once: the spelling whose first name the list knows
    pytest.param(("« La saison sera longue », a prévenu Mamadou Kestrel, entraîneur du Stade "
                  "brestois.",
                  "« La saison sera longue », a prévenu Mammadou Kestrel, entraîneur du Stade "
                  "brestois."),
                 "a2", 0, "Mamadou Kestrel", "entraîneur du Stade brestois", "male", "a1",
                 id="tie-known-name"),
    # one article writing it two ways: the way it writes it most
    pytest.param(("« Le pont rouvrira en mars », a déclaré Ousmanou Keïta, maire de Vernac. "
                  "« Les camions passeront ailleurs », a ajouté Ousmannou Keïta. « Nous tiendrons "
                  "les délais », a assuré Ousmanou Keïta.",),
                 "a1", 1, "Ousmanou Keïta", "maire de Vernac", None, "a1", id="one-article"),
    # the article shows neither role nor gender: the batch's, once the name is one
    pytest.param(thrice("Le texte sera voté avant l'été, nous avons les voix pour cela",
                        "a affirmé", "la sénatrice Yasmina Belkhodja", "Yasmina Belkhojda"),
                 "a3", 0, "Yasmina Belkhodja", "sénatrice", "female", "a1", id="role-gender"),
    # near misses: each article's own name
    # a body's name of fewer than seven letters
    pytest.param(thrice("Les prix vont baisser", "a annoncé", "la société Vortal",
                        "la société Vortel"),
                 "a3", 0, "Vortel", None, None, None, id="short-body"),
    # one article each, no list knowing either spelling: a tie
    pytest.param(("« La saison sera longue », a prévenu Gaëtan Ferraudin, entraîneur du Stade "
                  "brestois.",
                  "« La saison sera longue », a prévenu Gaëtan Ferrauding, entraîneur du Stade "
                  "brestois."),
                 "a2", 0, "Gaëtan Ferrauding", "entraîneur du Stade brestois", "male", None,
                 id="tie"),
    # a short surname changed by a letter is another name
    pytest.param(thrice("Le budget est tenu", "a assuré", "le maire Paul Dupont",
                        "le maire Paul Dupond"),
                 "a3", 0, "Paul Dupond", "maire", "male", None, id="short-word"),
    # two given names the list knows: two women
    pytest.param(thrice("Le verger a gelé", "a déploré", "Martine Roussel, arboricultrice",
                        "Martina Roussel, arboricultrice"),
                 "a3", 0, "Martina Roussel", "arboricultrice", "female", None, id="two-given"),
    # two edits apart: two names
    pytest.param(thrice("Le quai est fermé", "a annoncé", "le capitaine Louis Castagnaud",
                        "le capitaine Louis Castagneau"),
                 "a3", 0, "Louis Castagneau", "capitaine", "male", None, id="two-edits"),
    # roles that share no role noun: two men
    pytest.param(thrice("Nous avons gagné", "a lancé", "le député Gérard Valentini",
                        "l'attaquant Gérard Valentino"),
                 "a3", 0, "Gérard Valentino", "attaquant", "male", None, id="other-role"),
    # genders the texts show and differ: two people
    pytest.param(thrice("Le vote aura lieu", "a affirmé", "la présidente Dominique Castellane",
                        "le président Dominique Castellanne"),
                 "a3", 0, "Dominique Castellanne", "président", "male", None,
                 id="other-gender"),
    # first names two letters apart, of either gender
    pytest.param(thrice("Je reste au club", "a affirmé", "la joueuse Jeanne Martinot",
                        "le joueur Jean Martinot"),
                 "a3", 0, "Jean Martinot", "joueur", "male", None, id="jean-jeanne"),
    pytest.param(thrice("Rien n'est joué", "a estimé", "Marine Lagardère, candidate",
                        "Marion Lagardère, candidate"),
                 "a3", 0, "Marion Lagardère", "candidate", "female", None, id="marine-marion"),
    # a short first name a letter shorter: both names the list knows
    pytest.param(thrice("La récolte est bonne", "a dit", "l'agriculteur Lamine Sarrouf",
                        "l'agriculteur Amine Sarrouf"),
                 "a3", 0, "Amine Sarrouf", "agriculteur", "male", None, id="lamine-amine"),
    # a name one edit from another is respelled only on evidence that it is the same person:
    # two roles that are one, or the same words said; never for want of a contradiction
    # the same role noun, another complement: two mayors
    pytest.param(MAYORS, "a3", 0, "Marc Lefèvre", "maire de Brantôme", "male", None,
                 id="two-mayors"),
    pytest.param(("« La piscine rouvrira », a promis Jean-Pierre Chevalier, maire de Salers.",
                  "« La piscine rouvrira cet été », a promis Jean-Pierre Chevalier, maire de "
                  "Salers.",
                  "« La piscine fermera », a annoncé Jean-Pierre Chevallier, maire de Murat."),
                 "a3", 0, "Jean-Pierre Chevallier", "maire de Murat", "male", None,
                 id="two-mayors-compound"),
    pytest.param(SLOGAN, "a3", 0, "Pierre Chevallier", "maire de Murat", "male", None,
                 id="two-mayors-same-words"),
    # two players of two clubs
    pytest.param(("« On a manqué de réalisme », a reconnu Lucas Bernard, joueur du FC Nantes.",
                  "« On a manqué de réalisme devant le but », a regretté Lucas Bernard, joueur du "
                  "FC Nantes, après la défaite.",
                  "« Je me sens prêt pour la finale », a assuré Lucas Bernardi, joueur de l'AS "
                  "Monaco."),
                 "a3", 0, "Lucas Bernardi", "joueur de l'AS Monaco", "male", None,
                 id="two-clubs"),
    # the two sides' lawyers of one trial
    pytest.param(("« Mon client n'a jamais menacé personne », a plaidé Me Paul Marchand, avocat "
                  "du prévenu.",
                  "« Mon client est innocent », a répété Paul Marchand, avocat du prévenu, à la "
                  "sortie de l'audience.",
                  "« La famille attend des excuses », a déclaré Paul Marchant, avocat de la "
                  "victime."),
                 "a3", 0, "Paul Marchant", "avocat de la victime", "male", None,
                 id="two-lawyers"),
    # one article's cast holds both: two people, whatever the others say
    pytest.param(("À l'hôpital de Rodez, la colère monte. « Nous sommes épuisées », a confié "
                  "Sophie Bernard, infirmière aux urgences. « On nous demande toujours plus », a "
                  "insisté Sophie Bernard. Sa collègue Sophie Bernardi, infirmière en pédiatrie, "
                  "nuance : « La direction a fait des efforts », a estimé Sophie Bernardi.",),
                 "a1", 2, "Sophie Bernardi", "infirmière en pédiatrie", "female", None,
                 id="two-in-one-cast"),
    pytest.param(("Marie Lemaire et Marie Lemaître, toutes deux candidates aux municipales de "
                  "Figeac, se sont affrontées mardi. « Je veux baisser les impôts », a déclaré "
                  "Marie Lemaire. « Je veux rénover l'école », a répondu Marie Lemaître.",
                  "« Je veux baisser les impôts », a déclaré Marie Lemaire, candidate à Figeac."),
                 "a1", 1, "Marie Lemaître", "candidate aux municipales de Figeac", "female", None,
                 id="two-candidates"),  # the plural apposition after both names is each one's
    # two bodies: no role tells them apart, so only the same words said link them
    pytest.param(("« Les trains circuleront normalement », a indiqué Eurostar dans un "
                  "communiqué.",
                  "Selon Eurostar, « la grève n'affecte pas les liaisons avec Londres ».",
                  "« L'inflation a ralenti en zone euro », a indiqué Eurostat mardi."),
                 "a3", 0, "Eurostat", None, None, None, id="two-bodies"),
    pytest.param(("« Les bus rouleront dimanche sur toutes les lignes du réseau de Lyon », a "
                  "annoncé la société Transdev dans un communiqué.",
                  "« Le service sera assuré dimanche », a précisé la société Transdev mardi.",
                  "« Le réseau fonctionnera », a assuré la société Transdev.",
                  "« Les bus rouleront dimanche sur toutes les lignes du réseau de Lyon », a "
                  "annoncé la société Transdov dans un communiqué."),
                 "a4", 0, "Transdev", None, None, "a1", id="body-same-words"),
    # the same role is evidence only as one single office, held by one person at a time: a
    # bare noun, an adjective's role, a bar, a role many hold in one club are no evidence
    pytest.param(("« La réforme des retraites doit être retirée », a lancé le député Paul "
                  "Garnier à l'Assemblée.",
                  "« La réforme des retraites est injuste », a dit le député Paul Garnier.",
                  "« Le budget de la défense est insuffisant », a regretté le député Paul "
                  "Granier devant la presse."),
                 "a3", 0, "Paul Granier", "député", "male", None, id="two-deputies-bare"),
    pytest.param(("Le Stade brestois a battu Lille. « Nous avons été solides », a réagi "
                  "l'entraîneur Pierre Lemaire.",
                  "« Nous avons été solides », a commenté l'entraîneur Pierre Lemaire.",
                  "Lorient a perdu. « Nous devons vite nous relever », a estimé l'entraîneur "
                  "Pierre Lemaître."),
                 "a3", 0, "Pierre Lemaître", "entraîneur", "male", None,
                 id="two-coaches-bare"),
    pytest.param(("Le Stade rennais a battu Lille. « On a été solides », a réagi le joueur Hugo "
                  "Marchand.",
                  "Le Stade rennais a battu Lille. « On a été solides », a commenté le joueur "
                  "Hugo Marchand.",
                  "Lille s'est incliné à Rennes. « Nous devons vite nous relever », a estimé le "
                  "joueur Hugo Marchant."),
                 "a3", 0, "Hugo Marchant", "joueur", "male", None, id="two-players-bare"),
    pytest.param(("« Les routes restent fermées », a déclaré Laurent Guillemot, préfet du Cantal.",
                  "« Les routes restent fermées », a précisé Laurent Guillemot, préfet du "
                  "Cantal.",
                  "Dans le Finistère, la tempête a frappé. « Restez chez vous », a demandé le "
                  "préfet, Laurent Guillemet."),
                 "a3", 0, "Laurent Guillemet", "préfet", "male", None, id="bare-vs-full"),
    pytest.param(("À Quimper, la fermeture de la gare inquiète. « Les habitants sont en colère », "
                  "explique Sophie Lemaire, conseillère municipale.",
                  "À Quimper, la gare va fermer. « Les habitants sont en colère », assure Sophie "
                  "Lemaire, conseillère municipale.",
                  "À Lorient, le marché de Noël est annulé. « C'est une décision "
                  "incompréhensible », regrette Sophie Lemaître, conseillère municipale."),
                 "a3", 0, "Sophie Lemaître", "conseillère municipale", "female", None,
                 id="two-councillors"),
    pytest.param(("Le procès du braqueur s'est ouvert lundi. « Mon client conteste les faits », a "
                  "déclaré son avocat au barreau de Paris, Me Hugo Boulanger.",
                  "Le procès du braqueur s'est ouvert lundi. « Mon client conteste les faits », a "
                  "dit Me Hugo Boulanger, avocat au barreau de Paris.",
                  "Une start-up attaque son ancien associé. « Nous irons jusqu'en cassation », a "
                  "prévenu Hugo Boulenger, avocat au barreau de Paris."),
                 "a3", 0, "Hugo Boulenger", "avocat au barreau de Paris", "male", None,
                 id="two-lawyers-one-bar"),
    pytest.param(("Le défenseur du Stade rennais Thomas Chevalier s'est blessé à l'entraînement. "
                  "« Je serai absent trois semaines », a-t-il expliqué.",
                  "« Je serai absent trois semaines », a dit Thomas Chevalier, défenseur du Stade "
                  "rennais.",
                  "Le défenseur du Stade rennais Thomas Chevallier a prolongé son contrat. « Je "
                  "suis heureux de rester au club », a-t-il déclaré."),
                 "a3", 0, "Thomas Chevallier", "défenseur du Stade rennais", "male", None,
                 id="two-players-one-club"),
    # the same words said are evidence only from a long run, no stock phrase in it
    pytest.param(("L'usine Vendimo ferme ses portes. « C'est une honte », a réagi Louise Lemaire.",
                  "L'usine Vendimo ferme. « C'est une honte », a lâché Louise Lemaire.",
                  "Le club a été relégué. « C'est une honte », a lâché Louise Lemaître à la "
                  "sortie du stade."),
                 "a3", 0, "Louise Lemaître", None, "female", None, id="short-stock-sentence"),
    pytest.param(("Les salariés de l'usine attendent. « Nous sommes très inquiets pour la "
                  "suite », confie Julien Marchetti.",
                  "Les salariés de l'usine attendent. « Nous sommes très inquiets pour la "
                  "suite », dit Julien Marchetti.",
                  "Les parents d'élèves de l'école Jules-Ferry se mobilisent. « Nous sommes très "
                  "inquiets pour la suite », confie Julien Marchetto."),
                 "a3", 0, "Julien Marchetto", None, "male", None, id="seven-words"),
    pytest.param(("Un incendie a touché un entrepôt à Lyon. « Nous ne ferons aucun commentaire à "
                  "ce stade », a indiqué la société Transdev.",
                  "« Nous ne ferons aucun commentaire à ce stade », a précisé la société "
                  "Transdev.",
                  "Un salarié a été licencié à Nantes. « Nous ne ferons aucun commentaire à ce "
                  "stade », a indiqué la société Transdel."),
                 "a3", 0, "Transdel", None, None, None, id="no-comment"),
    pytest.param(("« Nous allons déposer plainte contre la direction pour entrave au droit "
                  "syndical », a annoncé Karim Benslimane.",
                  "« Nous allons déposer plainte contre la direction pour entrave au droit "
                  "syndical », a déclaré Karim Benslimane.",
                  "« Nous allons déposer plainte contre la direction pour entrave au droit "
                  "syndical », a affirmé Karim Benslimani."),
                 "a3", 0, "Karim Benslimane", None, "male", "a1", id="long-words-no-role"),
    # a spelling given no role links to nothing (no shared words): no chain through it
    pytest.param(TRIANGLE, "a3", 0, "Paul Martines", None, "male", None, id="chain-roleless"),
    pytest.param(TRIANGLE, "a4", 0, "Paul Martinez", "attaquant du Grenoble Foot", "male", None,
                 id="chain-other-role"),
    # ten years apart: two stories, whatever the role (and none given: nothing to link)
    pytest.param((*DAM, ("« Je ne me représenterai pas », a déclaré Luc Mounier.",
                         "2024-11-20")),
                 "a3", 0, "Luc Mounier", None, "male", None, id="years-apart"),
    pytest.param((*DAM, ("« Je ne me représenterai pas », a déclaré Luc Mounier, président du "
                         "syndicat des eaux.", "2024-11-20")),
                 "a3", 0, "Luc Mounier", "président du syndicat des eaux", "male", None,
                 id="years-apart-same-role"),
    # named, not quoted, with a role; quoted with none and other words: no evidence
    pytest.param(("Le préfet a reçu Yves Maréchal, le président de la chambre d'agriculture, et "
                  "des éleveurs. « Nous attendons des aides », a dit un éleveur.",
                  "Yves Maréchal, président de la chambre d'agriculture, était présent. « Les "
                  "prix sont trop bas », a expliqué une éleveuse.",
                  "« Ma boulangerie va fermer », a regretté Yves Marchal."),
                 "a3", 0, "Yves Marchal", None, "male", None, id="named-only"),
    # true cases: a quote of each saying the same words, one spelling given no role
    pytest.param(("Le conseil régional a voté mardi le budget des lycées. « C'est un budget de "
                  "combat pour les lycées de toute la région », a déclaré Bénédicte Karamoko, "
                  "vice-présidente chargée de l'éducation. L'opposition a dénoncé des économies.",
                  "Selon Bénédicte Karamoko, vice-présidente chargée de l'éducation, « aucun "
                  "lycée ne fermera ».",
                  "Le budget a été adopté après trois heures de débat. « C'est un budget de "
                  "combat pour les lycées de toute la région », a répondu Bénédicte Karamokko, "
                  "qui a rappelé que « les dotations augmentent de 4 % »."),
                 "a3", 0, "Bénédicte Karamoko", "vice-présidente chargée de l'éducation", "female",
                 "a1",
                 id="same-words-no-role"),
]


@pytest.mark.parametrize(("texts", "article", "n", "name", "role", "gender", "source"), ROWS)
def test_a_name_takes_the_spelling_the_batch_writes(nlp, texts, article, n, name, role, gender,
                                                    source):
    q = batch(nlp, texts)[article][n]
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (name, role, gender)
    spelled = [e for e in q.evidence if e.startswith("batch-spelling:")]
    assert spelled == ([f"batch-spelling:{source}"] if source else [])


def test_the_mention_keeps_what_the_article_wrote_and_the_quotes_group(nlp):
    quotes = batch(nlp, MAYOR)
    respelled, right = quotes["a3"][0], quotes["a1"][0]
    assert respelled.speaker.mention is not None
    assert respelled.speaker.mention.text.startswith("Ousmannou Keïta")
    assert respelled.group_id is not None and respelled.group_id == right.group_id
    assert respelled.speaker.linked == "Ousmanou Keïta"


def test_two_people_close_in_name_keep_their_groups_apart(nlp):
    # two mayors saying the same words: the one's two quotes are a group, the other's no part
    quotes = batch(nlp, SLOGAN)
    first, again, other = quotes["a1"][0], quotes["a2"][0], quotes["a3"][0]
    assert first.group_id is not None and first.group_id == again.group_id
    assert other.group_id != first.group_id
    assert other.speaker.linked == "Pierre Chevallier"


@pytest.mark.parametrize(("pinned", "a1", "a3"), [
    # the file's spelling is the one every article takes
    ("Ousmanou Keïta", "Ousmanou Keïta", "Ousmanou Keïta"),
    # a pinned name is never respelled, even against the batch's spelling
    ("Ousmannou Keïta", "Ousmannou Keïta", "Ousmannou Keïta"),
])
def test_a_name_a_people_file_pins_is_never_respelled(nlp, tmp_path, pinned, a1, a3):
    path = tmp_path / "people.csv"
    path.write_text(f"name,aliases,role,gender,id\n{pinned},,,male,P1\n", encoding="utf-8")
    quotes = batch(nlp, MAYOR, load_people(path))
    assert quotes["a1"][0].speaker.name == a1
    assert quotes["a3"][0].speaker.name == a3
    pins = [q for qs in quotes.values() for q in qs if "people-file" in q.evidence]
    assert pins and all(q.speaker.name == pinned for q in pins)
    assert all(q.speaker.id == "P1" for q in pins)


def people(tmp_path, rows):
    path = tmp_path / "people.csv"
    path.write_text("name,aliases,role,gender,id\n" + "".join(f"{r}\n" for r in rows),
                    encoding="utf-8")
    return load_people(path)


def test_a_quote_given_a_pinned_spelling_gets_the_file_s_id(nlp, tmp_path):
    # the file's own quotes and the one the batch respells alike: name, id, gender, evidence
    quotes = batch(nlp, MAYOR, people(tmp_path, ["Ousmanou Keïta,,maire de Vernac,male,P1"]))
    for q in (quotes["a1"][0], quotes["a3"][0]):
        assert (q.speaker.name, q.speaker.id, q.speaker.gender) == ("Ousmanou Keïta", "P1",
                                                                     "male")
        assert "people-file" in q.evidence
    assert "batch-spelling:a1" in quotes["a3"][0].evidence


def test_a_pinned_name_takes_no_spelling_whose_role_differs(nlp, tmp_path):
    quotes = batch(nlp, MAYORS, people(tmp_path, ["Marc Lefebvre,,maire de Saint-Aulaye,,P1"]))
    q = quotes["a3"][0]
    assert (q.speaker.name, q.speaker.id, q.speaker.role) == ("Marc Lefèvre", None,
                                                               "maire de Brantôme")
    assert not any(e.startswith(("batch-spelling", "people-file")) for e in q.evidence)


def test_two_pinned_names_are_two_people(nlp, tmp_path):
    quotes = batch(nlp, MAYOR, people(tmp_path, ["Ousmanou Keïta,,,male,P1",
                                                 "Ousmannou Keïta,,,male,P2"]))
    assert (quotes["a1"][0].speaker.name, quotes["a1"][0].speaker.id) == ("Ousmanou Keïta", "P1")
    assert (quotes["a3"][0].speaker.name, quotes["a3"][0].speaker.id) == ("Ousmannou Keïta",
                                                                          "P2")
    assert not any(e.startswith("batch-spelling") for qs in quotes.values() for q in qs
                   for e in q.evidence)


@pytest.mark.parametrize(("a", "b", "one"), [
    ("Ousmanou Keïta", "Ousmannou Keïta", True),  # a letter added
    ("Aminata Dioubaté", "Aminata Diuobaté", True),  # two letters swapped
    ("Bertillonne", "Bertilonne", True),  # a letter dropped, one word
    ("Yannick Belvédrine", "Yannick Belvedrime", True),  # a letter changed, accents aside
    ("Nadia Ferhouni", "Nadia Frehouni", True),  # a swap in a word of seven letters
    ("Abdelkrim Ould-Tarawali", "Abdelkrim Ould Tarawalli", True),  # a hyphen is a space
    ("Paul Dupont", "Paul Dupond", False),  # a change in a short word
    ("Rouvel", "Rouvle", False),  # a name of fewer than seven letters
    ("Ali Terk", "Ali Tekr", False),  # a swap in a word of fewer than five letters
    ("Louis Castagnaud", "Louis Castagneau", False),  # two edits
    ("Martine Roussel", "Martina Roussel", False),  # two given names
    ("Lamine Sarrouf", "Amine Sarrouf", False),  # two given names, short
    ("Paul Vernaux", "Pierre Vernaux", False),  # another first name
    ("Anne Morel Ferrand", "Anne Morel", False),  # a word more: another rule's
    ("Ligue Corvel 12", "Ligue Corvel 13", False),  # digits
    ("ministère de la Culture", "ministre de la Culture", False),  # lower case
    ("Jean-Marc Tessier", "Jean-Marc Teissier", True),  # a long word in a compound name
])
def test_two_names_are_one_spelled_two_ways(a, b, one):
    assert near(a, b) is one
    assert near(b, a) is one


@pytest.mark.parametrize(("a", "b", "one"), [
    ("Samuel Kesanga Tshering", "Samuel Kesangaga Tshering", True),  # a syllable doubled inside
    ("Samuel Kesangaga Tshering", "Samuel Kesanga Tshering", True),
    ("Karma Dolmaka Yangzom", "Karma Dolmika Yangzom", False),  # one edit: ``near``'s
    ("Samuel Kesanga Tshering", "Samuel Kesangagala Tshering", False),  # four edits
    ("Louis Castagnaud", "Louis Castagneau", False),  # two words: no inner word
    ("Tsheringla Kesanga Dorji", "Tsheringnala Kesanga Dorji", False),  # the first word
    ("Samuel Kesanga Tsheringla", "Samuel Kesanga Tsheringnala", False),  # the last word
    ("Dorji Wangmo Tshering", "Dorji Wangmomo Tshering", False),  # a short word
    ("Anne Christine Roux", "Anne Christiane Roux", False),  # two given names
    ("Karma Kesanga Tshering", "Samuel Kesangaga Tshering", False),  # two words differ
])
def test_two_names_alike_but_for_an_inner_word_two_edits_apart(a, b, one):
    assert inner(a, b) is one


@pytest.mark.parametrize(("a", "b", "one"), [
    ("François Rufin", "François Ruffin", True),  # a letter doubled in a short surname
    ("Hugo Ruffin", "Hugo Rufin", True),
    ("Anne Morin", "Anne Mroin", True),  # two letters swapped
    ("Hugo Rufin", "Paul Ruffin", False),  # two given names
    ("Rufin", "Ruffin", False),  # no given name
    ("H. Rufin", "H. Ruffin", False),  # an initial
    ("Hugo Rufin", "Hugo Rufan", False),  # a letter changed: ``near``'s, for longer words
])
def test_a_short_surname_doubled_or_swapped(a, b, one):
    assert doubled(a, b) is one
