"""Turns of an exchange told in prose: the words after a question are the one asked's, not
the asker's, nor those of someone the question names (attribute/answers.py); « selon » and a
pronoun inside a clause is that clause's subject when they agree (attribute/speaking.py)."""

import pytest
from conftest import quote_said

# « lui a demandé si »: the next words with no cue are the answer of the one asked
NARRATED = (
    "Le ministre Paul Roux a reçu la presse lundi. « Le budget sera tenu », a-t-il affirmé. "
    "La journaliste Anne Vidal lui a ensuite demandé si Marc Lenoir serait nommé. "
    "« Je n'en sais rien. Je ne l'ai jamais rencontré. »"
)
# the same question, and a sentence with no cue between it and the answer
ANSWER_NOUN = (
    "Le maire Paul Roux a répondu aux questions. « Les travaux vont commencer », a-t-il dit. "
    "Le reporter Jean Morel lui a alors demandé si Luc Berger allait partir. "
    "La réponse a fusé : « Ça ne me regarde pas. »"
)
# « ? » in the asker's words, the verb of asking as their cue, then the answer
QUOTED = (
    "« Le club restera ici », a déclaré la présidente Claire Dubois. « Mais en tant que "
    "supportrice, non ? Moi, ça me ferait mal », a relancé le journaliste Marc Petit. "
    "« Vous, peut-être. Moi, je suis sereine. »"
)
# a verb of replying whose subject the cast does not name: the other party
REPLIED = (
    "« Je ne partirai pas », a déclaré l'entraîneur Louis Garnier. « Et si le club vous "
    "renvoie ? », a rebondi l'animatrice Julie Marchal. « Je resterai quand même », a "
    "répondu son interlocuteur."
)
# both of one gender: « son interlocuteur » is the other party still
REPLIED_SAME = (
    "« Je ne partirai pas », a déclaré l'entraîneur Louis Garnier. « Et si le club vous "
    "renvoie ? », a rebondi l'animateur Jules Marchal. « Nous verrons bien », a répondu son "
    "interlocuteur."
)
# the head noun of the subject is the other party, words after it or not
REPLIED_LONGER = (
    "« Je ne partirai pas », a déclaré l'entraîneur Louis Garnier. « Et si le club vous "
    "renvoie ? », a rebondi l'animatrice Julie Marchal. « Nous verrons bien », a répondu son "
    "interlocuteur du jour."
)
# « l'interlocuteur de l'animatrice » is not the animatrice, who asked
REPLIED_OF_ASKER = (
    "« Je ne partirai pas », a déclaré l'entraîneur Louis Garnier. « Et si le club vous "
    "renvoie ? », a rebondi l'animatrice Julie Marchal. « Nous verrons bien », a répondu "
    "l'interlocuteur de l'animatrice."
)
# one asks oneself: the words after are the asker's own
REFLEXIVE = (
    "« Le projet avance », a assuré la directrice Hélène Brun. La chercheuse Anne Vidal s'est "
    "demandé si le projet aboutirait. « Je l'espère vraiment. »"
)
# « demander » that asks for a thing, of no one named: no question, the one who asks goes on
NO_QUESTION = (
    "« Le budget sera tenu », a affirmé le ministre Paul Roux. La députée Anne Vidal "
    "a demandé une enquête. « Je veux la vérité. »"
)

# « demander » with a question and whom it asks named after it: the answer is the one asked
ASKED_IF = (
    "« Le budget sera tenu », a affirmé le ministre Paul Roux. La députée Anne Vidal a "
    "demandé au ministre si le texte serait retiré. « Il ne le sera pas, je vous le garantis. »"
)
# the same, whom it asks a clitic: only the question (« si ») tells it from a request
ASKED_IF_HIM = (
    "« Le budget sera tenu », a affirmé le ministre Paul Roux. La députée Anne Vidal lui a "
    "demandé si le texte serait retiré. « Il ne le sera pas, je vous le garantis. »"
)
# must not: the asker is the subject of the sentence between, the words are hers
ASKER_GOES_ON = (
    "« Le budget sera tenu », a affirmé le ministre Paul Roux. La journaliste Anne Vidal lui "
    "a demandé s'il partirait. Elle a insisté longuement. « Je veux une réponse claire. »"
)
# must not: « demander sur un ton » asks for a thing, no question on a topic
REQUEST_TONE = (
    "« Le budget sera tenu », a affirmé le ministre Paul Roux. La députée Anne Vidal lui a "
    "demandé sur un ton sec de retirer le texte. « Je veux la vérité sur ces comptes. »"
)
# must not: « quand même » is no question
REQUEST_STILL = (
    "« Le budget sera tenu », a affirmé le ministre Paul Roux. La députée Anne Vidal lui a "
    "demandé quand même de retirer le texte. « Je veux la vérité sur ces comptes. »"
)
# must not: « quand même à voir » is an infinitive asked for (« à » marks it as « de » does)
REQUEST_TO_SEE = (
    "« Le budget sera tenu », a affirmé le ministre Paul Roux. La députée Anne Vidal a "
    "demandé au ministre quand même à voir les comptes. « Je veux la vérité sur ces comptes. »"
)
# « interroger sur »: a question on a topic
ASKED_ON = (
    "« Le budget sera tenu », a affirmé le ministre Paul Roux. La députée Anne Vidal l'a "
    "interrogé sur les comptes de la ville. « Ils sont justes, je vous le garantis. »"
)
# « demander » that asks a thing of those it names (a request): no question, she goes on
REQUEST = (
    "« Le budget sera tenu », a affirmé le ministre Paul Roux. La députée Anne Vidal a "
    "demandé aux élus de voter contre le texte. « Je veux la vérité sur ces comptes. »"
)
# her own question in marks, after words of hers: no exchange, she goes on
RHETORICAL = (
    "« Le budget sera tenu », a affirmé le ministre Paul Roux lundi.\n\nLa députée Anne "
    "Vidal a dénoncé un texte bancal. « Les chiffres sont faux », a-t-elle dit. « Qui peut "
    "encore y croire ? », a relancé la députée. « Personne, à part le gouvernement. »"
)
# a sentence between the question and the answer: still the one asked, not the one named
BETWEEN = (
    "Le ministre Paul Roux a reçu la presse lundi. « Le budget sera tenu », a-t-il affirmé. "
    "La journaliste Anne Vidal lui a ensuite demandé si Marc Lenoir serait nommé. Un long "
    "silence a suivi. « Je n'en sais rien. »"
)
# a form of the verb of asking far from its infinitive (« demanderaient »): still a question
CONDITIONAL = (
    "« Le budget sera tenu », a affirmé le ministre Paul Roux. Les amis de la députée Anne "
    "Vidal lui demanderaient ensuite s'il compte partir. « Je reste à mon poste jusqu'au bout. »"
)
# a verb of replying whose subject has a role of its own: that role, not the other party
ROLE_REPLIED = (
    "« Je ne partirai pas », a déclaré l'entraîneur Louis Garnier. « Et si le club vous "
    "renvoie ? », a rebondi l'animatrice Julie Marchal. « Nous verrons bien », a répondu le "
    "ministre des Sports."
)


@pytest.mark.parametrize(
    ("text", "said", "speaker", "role", "gender"),
    [
        (NARRATED, "Je n'en sais rien. Je ne l'ai jamais rencontré.", "Paul Roux", "ministre",
         "male"),
        (ANSWER_NOUN, "Ça ne me regarde pas.", "Paul Roux", "maire", "male"),
        (QUOTED, "Vous, peut-être. Moi, je suis sereine.", "Claire Dubois", "présidente",
         "female"),
        (REPLIED, "Je resterai quand même", "Louis Garnier", "entraîneur", "male"),
        (REPLIED, "Et si le club vous renvoie ?", "Julie Marchal", "animatrice", "female"),
        (REFLEXIVE, "Je l'espère vraiment.", "Anne Vidal", "chercheuse", "female"),
        (NO_QUESTION, "Je veux la vérité.", "Anne Vidal", "députée", "female"),
        (ASKED_IF, "Il ne le sera pas, je vous le garantis.", "Paul Roux", "ministre", "male"),
        (REQUEST, "Je veux la vérité sur ces comptes.", "Anne Vidal", "députée", "female"),
        (ASKED_IF_HIM, "Il ne le sera pas, je vous le garantis.", "Paul Roux", "ministre",
         "male"),
        (ASKER_GOES_ON, "Je veux une réponse claire.", "Anne Vidal", "journaliste", "female"),
        (REQUEST_TONE, "Je veux la vérité sur ces comptes.", "Anne Vidal", "députée", "female"),
        (REQUEST_STILL, "Je veux la vérité sur ces comptes.", "Anne Vidal", "députée", "female"),
        (REQUEST_TO_SEE, "Je veux la vérité sur ces comptes.", "Anne Vidal", "députée",
         "female"),
        (ASKED_ON, "Ils sont justes, je vous le garantis.", "Paul Roux", "ministre", "male"),
        (RHETORICAL, "Personne, à part le gouvernement.", "Anne Vidal", "députée", "female"),
        (BETWEEN, "Je n'en sais rien.", "Paul Roux", "ministre", "male"),
        (ROLE_REPLIED, "Nous verrons bien", None, "ministre des Sports", None),
        (REPLIED_SAME, "Nous verrons bien", "Louis Garnier", "entraîneur", "male"),
        (REPLIED_LONGER, "Nous verrons bien", "Louis Garnier", "entraîneur", "male"),
        (REPLIED_OF_ASKER, "Nous verrons bien", "Louis Garnier", "entraîneur", "male"),
        (CONDITIONAL, "Je reste à mon poste jusqu'au bout.", "Paul Roux", "ministre", "male"),
    ],
)
def test_the_answer_is_the_one_asked(nlp, text, said, speaker, role, gender):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == speaker
    assert (q.speaker.role or "").startswith(role)
    assert q.speaker.gender == gender


@pytest.mark.parametrize("text", [ASKED_IF, ASKED_IF_HIM, ASKED_ON])
def test_only_the_question_makes_the_answer_the_one_asked(nlp, monkeypatch, text):
    # the same words read as a request (``answers._puts_question`` says no): the asker goes on
    from quotes.attribute import answers

    said = marked_last(text)
    assert quote_said(nlp, text, said).speaker.name == "Paul Roux"
    monkeypatch.setattr(answers, "_puts_question", lambda text, verb: False)
    assert quote_said(nlp, text, said).speaker.name == "Anne Vidal"


# the question, then a sentence whose subject is a pronoun the timeline holds no entry for
PRONOUN_BETWEEN = (
    "La journaliste Anne Vidal lui a demandé s'il partirait. {} a insisté. « Alors ? »"
)


@pytest.mark.parametrize(
    ("pronoun", "gender", "goes_on"),
    [
        ("Elle", "f", True),  # of the asker's gender: she goes on, the words are hers
        ("Il", "f", False),  # of the other gender: not the asker, the turn is handed over
        ("Il", "m", True),
        ("Il", None, True),  # the asker's gender unknown: any subject pronoun may be hers
    ],
)
def test_a_pronoun_of_the_askers_gender_goes_on(nlp, pronoun, gender, goes_on):
    """``_goes_on`` reads the pronoun's gender as the timeline writes a resolved one (« m »,
    « f »), with no entry for the pronoun itself (as when the timeline left it unresolved)."""
    from types import SimpleNamespace

    from quotes.attribute import answers
    from quotes.attribute.speakers import Resolved

    text = PRONOUN_BETWEEN.format(pronoun)
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == "demandé")
    asker = Resolved("Anne Vidal", "journaliste", "person", "explicit", "s", gender)
    timeline = SimpleNamespace(entries=[SimpleNamespace(pos=text.index("Anne"), who=asker,
                                                        para=0, spoke=False)])
    start = text.index("«") + 1
    assert answers._goes_on(text, timeline, verb, start, "Anne Vidal") is goes_on


def marked_last(text: str) -> str:
    """The words inside the last « » of ``text``."""
    return text[text.rindex("«") + 1 : text.rindex("»")].strip()


# « selon » and a pronoun inside the clause of a subject it agrees with: that subject
SELON_BODY = (
    "Le groupe Farinex assure que ses usines sont propres. La fédération FNB de la "
    "boulangerie a dénoncé une réforme ayant, selon elle, ruiné les artisans."
)
SELON_PERSON = (
    "« Nous voterons contre », a dit le député Marc Petit. Le ministre Paul Roux a défendu "
    "un texte portant, selon lui, la clarté due aux électeurs."
)
# « La ministre »: the determiner's gender, which « elle » agrees with (the tagger may read the
# noun as masculine)
SELON_WOMAN = (
    "« La loi est injuste », a dit la députée Anne Vidal. La ministre Claire Roux a salué une "
    "loi ayant, selon elle, divisé le pays."
)
# the pronoun of the other gender: not the subject, the woman who spoke before
SELON_OTHER = (
    "« La loi est injuste », a dit la députée Anne Vidal. Le ministre Paul Roux a salué une "
    "loi ayant, selon elle, divisé le pays."
)

# the subject of a verb of no saying, the pronoun's own clause: what the words are about, not
# who says them; the one named before
SELON_ABOUT = (
    "Le député Marc Petit a parlé aux élus de Vernay. Un artisan serait taxé à 60 % selon lui."
)

# must not fire: no one else named before, the subject is the only one « lui » can be
SELON_ALONE = "Marc Petit a, selon lui, été trahi par ses alliés."
SELON_ACTED = "Le maire Luc Garnier a agi, selon lui, dans l'intérêt de la commune."


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "gender"),
    [
        (SELON_ABOUT, "Marc Petit", "person", "male"),
        (SELON_ACTED, "Luc Garnier", "person", "male"),
        (SELON_ALONE, "Marc Petit", "person", "male"),
        (SELON_BODY, "FNB", "organization", None),
        (SELON_PERSON, "Paul Roux", "person", "male"),
        (SELON_OTHER, "Anne Vidal", "person", "female"),
        (SELON_WOMAN, "Claire Roux", "person", "female"),
    ],
)
def test_selon_a_pronoun_is_the_subject_of_its_clause(nlp, text, speaker, kind, gender):
    from conftest import quotes_of

    found = [q for q in quotes_of(nlp, text) if q.cue is not None and q.cue.text == "selon"]
    assert found, [q.span.text for q in quotes_of(nlp, text)]
    q = found[0]
    assert q.speaker.name == speaker
    assert q.speaker.kind == kind
    assert q.speaker.gender == gender


def test_no_subject_behind_a_preposition(nlp):
    """« Après la diffusion de photos, Farinex France assure que … » parsed with the phrase
    behind « Après » as the subject and the name as a conjunct (as the model does in a long
    sentence): the name between the comma and the verb is the subject."""
    from spacy.tokens import Doc

    from quotes.detect.subjects import subject_before

    words = ["Après", "la", "diffusion", "de", "photos", ",", "Farinex", "France", "assure",
             "que", "tout", "va", "bien", "."]
    heads = [2, 2, 8, 4, 2, 8, 4, 6, 8, 11, 11, 8, 11, 8]
    deps = ["case", "det", "nsubj", "case", "nmod", "punct", "conj", "flat:name", "ROOT",
            "mark", "nsubj", "ccomp", "advmod", "punct"]
    pos = ["ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "NOUN", "PROPN", "VERB", "SCONJ",
           "PRON", "VERB", "ADV", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert subject_before(doc[8], doc[8]) == (6, 8)


# words that open the article, then who signed them, though the sentence names another too
SIGNED = (
    "« La culture, c'est le pays, on ne la brade pas comme ça… » Le message est signé Julie "
    "Marchal ce lundi sur les réseaux sociaux, après les annonces de Paul Roux.\n\n"
    "Le ministre Paul Roux avait annoncé des coupes dans le budget."
)


def test_words_signed_in_the_sentence_after_them(nlp):
    q = quote_said(nlp, SIGNED, "La culture, c'est le pays, on ne la brade pas comme ça…")
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == ("Julie Marchal", None,
                                                                  "female")
