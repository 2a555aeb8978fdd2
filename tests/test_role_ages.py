"""The role a quote shows where the article writes a function with an age (« le joueur de 38
ans »), one office written with a coordination (« le président et directeur général de … »),
and the article's own role closest before a quote whose speaker the batch names
(quotes/attribute/functions.py, own_roles.py; fixtures/gold/GUIDELINES.md « Ages », « One
function », « Role on every quote »). Made-up sentences, with rows that must not change."""

import pytest
from conftest import quote_said
from test_batch import placed, said, story

from quotes.attribute.batch import link_batch
from quotes.model import Named, Span

F, M = "female", "male"

AGES = [
    # (text, quote, speaker, role, gender)
    # ---- a function noun with an age: the function, the age dropped, « de N ans » as the
    # cue's subject after the quote, as the subject before it, with « âgé de »
    ("Paul Marchand a pris sa retraite. « J'ai tout donné », a déclaré le joueur de 38 ans.",
     "J'ai tout donné", "Paul Marchand", "joueur", M),
    ("Anne Roy quitte le club de Vernac. « Je pars sereine », a confié la joueuse de 29 ans.",
     "Je pars sereine", "Anne Roy", "joueuse", F),
    ("Les supporters ont applaudi Paul Marchand. Le joueur de 38 ans a évoqué ses racines. "
     "« J'étais un enfant qui rêvait », a-t-il dit.",
     "J'étais un enfant qui rêvait", "Paul Marchand", "joueur", M),
    ("Le club de Vernac a perdu Luc Ferrand. « Je suis arrivé au bout », affirme le portier de "
     "36 ans.", "Je suis arrivé au bout", "Luc Ferrand", "portier", M),
    ("Anne Roy dirige le parti depuis dix ans. La dirigeante de 52 ans a pris la parole : "
     "« Nous gagnerons en mars. »", "Nous gagnerons en mars.", "Anne Roy", "dirigeante", F),
    ("Lise Armand a reçu un prix vendredi. « Le silence a trop duré », a lancé la comédienne "
     "de 51 ans.", "Le silence a trop duré", "Lise Armand", "comédienne", F),
    ("Marc Dubois a été réélu dimanche. « Je reste au service de tous », a promis le maire de "
     "61 ans.", "Je reste au service de tous", "Marc Dubois", "maire", M),
    ("La commune de Vireval a choisi Claire Vasseur. « Le travail commence », a dit l'élue "
     "âgée de 47 ans.", "Le travail commence", "Claire Vasseur", "élue", F),
    # an age in apposition is dropped too, before and after the name
    ("Paul Morel, chercheur, 44 ans, a dit : « Le travail paie. »", "Le travail paie.",
     "Paul Morel", "chercheur", M),
    ("« Nous avons tenu », a dit Léa Morin, joueuse, 27 ans, à la presse de Vernac.",
     "Nous avons tenu", "Léa Morin", "joueuse", F),
    # ---- the role closest before the quote: the age-written function when it is the nearer
    ("Capitaine de l'équipe de Vernac, Luc Ferrand a annoncé sa retraite. Le gardien de 36 ans "
     "a pris la parole. « Je pars fier », a-t-il dit.", "Je pars fier", "Luc Ferrand", "gardien",
     M),
    # must not: a noun that says only age, sex or state stays no role (GUIDELINES « Ages »)
    ("Marc Dubois a vu l'incendie. « Tout a brûlé », a raconté l'homme de 56 ans.",
     "Tout a brûlé", "Marc Dubois", None, M),
    ("Claire Vasseur a vu l'incendie. « Tout a brûlé », a raconté la femme de 43 ans.",
     "Tout a brûlé", "Claire Vasseur", None, F),
    ("Marc Dubois a vu l'incendie. « Tout a brûlé », a raconté le retraité de 70 ans.",
     "Tout a brûlé", "Marc Dubois", None, M),
    ("Claire Vasseur habite le quartier. « Nous avons eu peur », a raconté la sexagénaire.",
     "Nous avons eu peur", "Claire Vasseur", None, F),
    ("Claire Vasseur habite le quartier. « Nous avons eu peur », a raconté la jeune femme de "
     "24 ans.", "Nous avons eu peur", "Claire Vasseur", None, F),
    # must not: a number that is no age stays in the role
    ("« Nous avons voté », a dit Paul Morel, le président de 12 communes.", "Nous avons voté",
     "Paul Morel", "président de 12 communes", M),
]

OFFICES = [
    # ---- one office written with a coordination: a bare noun sharing the complement after
    # the second noun is kept whole (GUIDELINES « One function »)
    ("« Nous fermons l'usine », a annoncé à la presse Marc Joly, le président et directeur "
     "général de Valmor Europe.", "Nous fermons l'usine", "Marc Joly",
     "président et directeur général de Valmor Europe", M),
    ("Claire Fontaine, la présidente et directrice générale de Valmor Industries, a déclaré : "
     "« Nous restons à Vireval. »", "Nous restons à Vireval.", "Claire Fontaine",
     "présidente et directrice générale de Valmor Industries", F),
    ("« Les comptes sont justes », a assuré Anne Roy, secrétaire et trésorière de l'association "
     "des Amis de Vernac.", "Les comptes sont justes", "Anne Roy",
     "secrétaire et trésorière de l'association des Amis de Vernac", F),
    ("Le fondateur et directeur de la revue, Paul Morel, a répondu : « Nous paraîtrons en "
     "mai. »", "Nous paraîtrons en mai.", "Paul Morel", "directeur de la revue", M),
    # a function whose own complements are joined stays whole
    ("« Nous ouvrirons trois laboratoires », a dit Claire Fontaine, ministre de l'Industrie et "
     "de la Recherche.", "Nous ouvrirons trois laboratoires", "Claire Fontaine",
     "ministre de l'Industrie et de la Recherche", F),
    # must not: two functions joined give the first (the first has its complement, or none
    # follows the second)
    ("« Nous restons », a assuré Lina Perrin, généticienne et microbiologiste.", "Nous restons",
     "Lina Perrin", "généticienne", F),
    ("« Nous restons », a assuré Lina Perrin, représentante des îles Basses et présidente de "
     "l'alliance.", "Nous restons", "Lina Perrin", "représentante des îles Basses", F),
    ("« Le match est joué », a dit Paul Morel, entraîneur du club et maire de Vireval.",
     "Le match est joué", "Paul Morel", "entraîneur du club", M),
    ("« La mer monte », a dit Anne Roy, climatologue et ancienne maire de Vireval.",
     "La mer monte", "Anne Roy", "climatologue", F),
]


@pytest.mark.parametrize(("text", "said_", "speaker", "role", "gender"), AGES + OFFICES)
def test_the_role_a_quote_shows(nlp, text, said_, speaker, role, gender):
    who = quote_said(nlp, text, said_).speaker
    assert (who.name, who.role, who.gender) == (speaker, role, gender)


def test_the_articles_own_role_closest_before_a_quote_the_batch_names():
    # a1: « Capitaine de l'équipe, Luc Ferrand a annoncé … « A », affirme le gardien de 36 ans.
    # … « B », dit-il. »: the batch ties « le gardien » to Luc Ferrand, whom a1 names with his
    # captaincy first; quote A shows that role, the closest before it, quote B the « gardien »
    holder = said("q-1", "a2", "Luc Ferrand", "gardien de l'équipe", roles=["gardien de l'équipe"])
    first = placed(said("q-2", "a1", None, "gardien"), 80, [("gardien", 300)])
    later = placed(said("q-3", "a1", None, "gardien"), 400, [("gardien", 300)])
    named = story("a1", "a2")
    named["a1"] = [Named("Luc Ferrand", ("capitaine de l'équipe",), None,
                         (Span(0, 21, "capitaine de l'équipe"),))]
    out = link_batch([holder, first, later], named)
    assert [q.speaker.name for q in out[1:]] == ["Luc Ferrand"] * 2
    assert [q.speaker.role for q in out[1:]] == ["capitaine de l'équipe", "gardien"]
    # must not: without the article's naming, the description is the only role it gives
    out = link_batch([holder, first, later], story("a1", "a2"))
    assert [q.speaker.role for q in out[1:]] == ["gardien", "gardien"]


def test_a_role_the_article_gives_someone_else_is_not_shared():
    # a1 names Paul Morel « maire de Vireval »: the « gardien » tied to Luc Ferrand shows none
    holder = said("q-1", "a2", "Luc Ferrand", "gardien de l'équipe", roles=["gardien de l'équipe"])
    first = placed(said("q-2", "a1", None, "gardien"), 80, [("gardien", 300)])
    named = story("a1", "a2")
    named["a1"] = [*named["a1"], Named("Paul Morel", ("maire de Vireval",), None,
                                       (Span(0, 16, "maire de Vireval"),))]
    out = link_batch([holder, first], named)
    assert (out[1].speaker.name, out[1].speaker.role) == ("Luc Ferrand", "gardien")
    assert "maire de Vireval" not in [r.text for r in out[1].speaker.roles]
