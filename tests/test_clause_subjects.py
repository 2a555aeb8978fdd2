"""Marks right after a cue, then a verb the parse coordinates with the cue (``preposed``): the
cue's words end at that verb, the narrator's; a clause with a subject of its own says its own
marks (« Les rebelles regrettent « … » et le gouvernement salue « … » »).

Sentences written for these tests.
"""

import pytest
from conftest import found_quotes, quote_said

TWO_CLAUSES = [
    # (text, the first clause's words, its speaker, the second's words, its speaker, its cue)
    # pins (near misses, as before this stop): a cue in the second clause gave its subject its
    # marks already
    ("Les rebelles du Nord regrettent « une perte immense pour le pays » et le gouvernement "
     "dénonce « une manœuvre indigne de la République ».",
     "une perte immense pour le pays", "rebelles du Nord",
     "une manœuvre indigne de la République", "gouvernement", "dénonce"),
    ("La ministre Claire Fontaine a salué « un accord historique » et le syndicat a "
     "dénoncé « une trahison des salariés ».",
     "un accord historique", "Claire Fontaine",
     "une trahison des salariés", "syndicat", "a dénoncé"),
    ("Les élus de la majorité déploraient « un gâchis » et l'opposition réclamait « une "
     "enquête indépendante sur ces dépenses ».",
     "un gâchis", "élus de la majorité",
     "une enquête indépendante sur ces dépenses", "opposition", "réclamait"),
    ("Le club Vernoux Athlétic conteste « une sanction disproportionnée » et le ministère des "
     "Sports répond que « le règlement s'applique à tous ».",
     "une sanction disproportionnée", "Vernoux Athlétic",
     "« le règlement s'applique à tous »", "ministère des Sports", "répond"),
]


@pytest.mark.parametrize(("text", "first", "one", "second", "two", "cue"), TWO_CLAUSES)
def test_each_clause_says_its_own_marks(nlp, text, first, one, second, two, cue):
    q = quote_said(nlp, text, first)
    assert (q.type, q.speaker.name) == ("direct", one)
    later = [q for q in found_quotes(nlp, text) if second in q.span.text]
    assert [(q.speaker.name, q.cue.text) for q in later] == [(two, cue)]


# a second clause with no cue: its marks are its subject's words, cue null (GUIDELINES,
# « Marks with no cue »), never the first clause's speaker's; with no subject of its own, the
# subject the two verbs share (« Marks on a predicate with no cue »). « rendre hommage à
# « … » » is a cue of its own (lexicon/reporting_verbs.tsv, flag h): its marks keep the same
# speaker, with that cue
UNCUED_CLAUSES = [
    # (text, the first clause's words, its speaker, the second's words, its speaker, its cue)
    ("Les rebelles du Nord regrettent « une perte immense pour le pays » et le gouvernement "
     "rend hommage à « ses efforts sans relâche en faveur de la paix ».",
     "une perte immense pour le pays", "rebelles du Nord",
     "ses efforts sans relâche en faveur de la paix", "gouvernement", "rend hommage"),
    # was one mixed record over both marks; the second marks then gave no record
    ("Le maire Hugo Lenoir regrette « une perte immense pour la commune » et le préfet rend "
     "hommage à « son dévouement sans faille au service des autres ».",
     "une perte immense pour la commune", "Hugo Lenoir",
     "son dévouement sans faille au service des autres", "préfet", "rend hommage"),
    # was a direct quote with no speaker
    ("Les rebelles du Nord regrettent « une perte immense pour le pays » et rendent hommage à "
     "« ses efforts sans relâche en faveur de la paix ».",
     "une perte immense pour le pays", "rebelles du Nord",
     "ses efforts sans relâche en faveur de la paix", "rebelles du Nord", "rendent hommage"),
    # after a coordinated verb's preposition: was the context's speaker (an xfail row)
    ("Les habitants dénoncent « un projet conçu sans la moindre concertation » et le maire "
     "s'en tient à « la décision votée en conseil municipal ».",
     "un projet conçu sans la moindre concertation", "habitants",
     "la décision votée en conseil municipal", "maire", None),
]


@pytest.mark.parametrize(("text", "first", "one", "second", "two", "cue"), UNCUED_CLAUSES)
def test_an_uncued_second_clause_keeps_its_subject(nlp, text, first, one, second, two, cue):
    q = quote_said(nlp, text, first)
    assert (q.type, q.speaker.name) == ("direct", one)
    q = quote_said(nlp, text, second)  # « le préfet », named by its role alone
    got = q.cue.text if q.cue is not None else None
    assert (q.type, q.speaker.name or q.speaker.role, got) == ("direct", two, cue)


# a conjunct that is an infinitive, or that « de », « à » or « que » opens, is the cue's own
# complement (GUIDELINES: a de + infinitive or que complement counts): one mixed record over
# the marks and it: pins (near misses, as before this stop; the stop first cut them)
COMPLEMENTS = [
    ("La présidente Nadia Ferhat a promis « des mesures fortes dès la rentrée » et de recevoir "
     "les syndicats la semaine prochaine.", "Nadia Ferhat",
     "« des mesures fortes dès la rentrée » et de recevoir les syndicats la semaine prochaine"),
    ("Le ministre Paul Aubert a promis « une réponse ferme » et de punir sévèrement les "
     "coupables.", "Paul Aubert", "« une réponse ferme » et de punir sévèrement les coupables"),
    ("La directrice Claire Dumas a demandé « un geste fort de l'État » et de rouvrir l'école "
     "avant l'été.", "Claire Dumas",
     "« un geste fort de l'État » et de rouvrir l'école avant l'été"),
    ("Le président du club, Marc Olier, a annoncé « un plan de redressement » et vouloir "
     "recruter trois joueurs cet hiver.", "Marc Olier",
     "« un plan de redressement » et vouloir recruter trois joueurs cet hiver"),
    ("Les habitants réclament « une solution rapide » et que la mairie les reçoive enfin.",
     "habitants", "« une solution rapide » et que la mairie les reçoive enfin"),
]


@pytest.mark.parametrize(("text", "speaker", "said"), COMPLEMENTS)
def test_a_complement_of_the_cue_is_no_stop(nlp, text, speaker, said):
    assert [(q.type, q.span.text, q.speaker.name) for q in found_quotes(nlp, text)] == [
        ("mixed", said, speaker)]


# a verb of the same subject coordinated with the cue ends the cue's words too; marks joined
# by « et » with no verb are the same content, as before
SAME_SUBJECT = [
    # was one mixed record running over « puis a quitté la salle … »
    ("La maire Sophie Caron a dénoncé « une décision brutale et injuste » puis a quitté la "
     "salle sous les applaudissements.", ["une décision brutale et injuste"]),
    # pins (near misses, as before this stop): a cue in the second clause, marks with no verb
    ("Le maire Hugo Lenoir déplore « un gâchis total » puis annonce qu'il portera plainte.",
     ["un gâchis total", "il portera plainte"]),
    ("La ministre Claire Fontaine a salué « un accord historique » et « une étape majeure ».",
     ["« un accord historique » et « une étape majeure »"]),
    ("L'avocate Inès Barra a jugé « la peine excessive » et a annoncé qu'elle ferait appel.",
     ["la peine excessive", "elle ferait appel"]),
]


@pytest.mark.parametrize(("text", "said"), SAME_SUBJECT)
def test_a_coordinated_verb_ends_the_marks(nlp, text, said):
    assert [q.span.text for q in found_quotes(nlp, text)] == said
