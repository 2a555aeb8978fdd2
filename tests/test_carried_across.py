"""Words with no cue that open a paragraph carry on the voice of the paragraph before only when,
since its words, no one of another name spoke nor did another person become a sentence's
subject (quotes/attribute/timeline.py, ``Timeline.previous``, ``_across``); else the paragraph's
own speaker, else no one. A body or a place the narration names, that did not speak, ends no
carry of a person's words: it cannot say « je ». A subject of the narration that follows another
person's quote in the same paragraph still takes the words, at a lower confidence
(``carry-past-speaker``, confidence.tsv); a quote of a paragraph before does not lower it."""

import pytest
from conftest import ANY, quote_said

from quotes.attribute.confidence import confidence
from quotes.model import Evidence

# (text, words said, speaker or None, gender)
ACROSS = [
    # the quote that ends the paragraph before goes on
    ("« Le chantier reprendra lundi », a annoncé la maire de Vernac, Claire Dumas.\n\n"
     "« Nous avons trouvé un accord avec l'entreprise. »",
     "Nous avons trouvé un accord avec l'entreprise.", "Claire Dumas", "female"),
    ("« La saison sera longue », a prévenu mercredi l'entraîneur Hugo Barral.\n\n"
     "« Je compte sur tout le monde. »", "Je compte sur tout le monde.", "Hugo Barral", "male"),
    # a subject of the narration ending the paragraph before, no one else since: his
    ("« Le chantier reprendra lundi », a annoncé la maire de Vernac, Claire Dumas.\n\n"
     "Le préfet Paul Vidal a exprimé mardi son regret face au report.\n\n"
     "« C'est une honte pour les riverains. »", "C'est une honte pour les riverains.",
     "Paul Vidal", "male"),
    ("La cheffe Inès Morvan a présenté sa carte d'hiver aux clients.\n\n"
     "« J'ai voulu des plats simples. »", "J'ai voulu des plats simples.", "Inès Morvan",
     "female"),
    # a group only the narration names in between is no voice (« Les élèves : « … » »)
    ("« Nous ouvrirons une classe », a promis le directeur Marc Olivier.\n\n"
     "Les élèves : « Je les remercie de leur patience. »",
     "Je les remercie de leur patience.", "Marc Olivier", "male"),
    # one of another name spoke since, in the paragraph before: not the first voice's
    ("« Le chantier reprendra lundi », a annoncé la maire de Vernac, Claire Dumas. "
     "« Rien n'est signé », a répliqué l'entrepreneur Luc Ferrand.\n\n"
     "« Nous verrons bien. »", "Nous verrons bien.", "Luc Ferrand", "male"),
    # the subject a « selon », « d'après » or a relative names before the words is whom they
    # speak of, not a voice: the one who said them goes on
    ("Selon Hélène Marchal, le promoteur Gilles Pertuis « n'a jamais payé les ouvriers ».\n\n"
     "« Je veux simplement être remboursée. »", "Je veux simplement être remboursée.",
     "Hélène Marchal", ANY),
    ("D'après Nadia Ferrer, le directeur Yves Lachaud « savait tout depuis des mois ».\n\n"
     "« Je l'avais prévenu dès janvier. »", "Je l'avais prévenu dès janvier.", "Nadia Ferrer",
     ANY),
    ("Hélène Marchal, que le maire Paul Roux avait reçue la veille, a déclaré : « Rien n'a "
     "changé. »\n\n« Je suis toujours sans logement. »", "Je suis toujours sans logement.",
     "Hélène Marchal", "female"),
    # a body or a place the narration names, no voice, cannot say « je »: the person goes on
    ("« Le chantier reprendra lundi », a annoncé la maire de Vernac, Claire Dumas. "
     "La société Bâtinord a refusé de signer le contrat.\n\n"
     "« Je ne céderai pas sur ce point. »", "Je ne céderai pas sur ce point.", "Claire Dumas",
     "female"),
    ("« On nous a menti depuis le début », dénonce Nadia Ferrer, salariée du site. Contactée, "
     "la direction n'a pas souhaité réagir.\n\n« Je n'attends plus rien d'eux. »",
     "Je n'attends plus rien d'eux.", "Nadia Ferrer", "female"),
    ("« On nous a menti depuis le début », dénonce Nadia Ferrer, riveraine du chantier. La "
     "mairie de Brévannes n'a pas répondu à nos sollicitations.\n\n« Je vais porter plainte. »",
     "Je vais porter plainte.", "Nadia Ferrer", "female"),
    ("« Nous ne fermerons pas l'usine », a assuré Nadia Ferrer, directrice du site. La direction "
     "du groupe Arvalis l'a pourtant démentie mardi.\n\n« Je maintiens ce que j'ai dit. »",
     "Je maintiens ce que j'ai dit.", "Nadia Ferrer", "female"),
    ("« Nous ne fermerons pas l'usine », a assuré Nadia Ferrer, directrice du site. Brévannes "
     "compte 4 000 habitants.\n\n« Je connais chaque famille. »", "Je connais chaque famille.",
     "Nadia Ferrer", "female"),
]

# (text, words said): another person came in between; the paragraph names no one after
UNCARRIED = [
    # a body spoke last: a person's words after it are neither the body's nor the first voice's
    ("« La grève sera suivie », a prévenu le délégué syndical Marc Olivier. "
     "« Le dialogue reste ouvert », a répondu la société Velmar.\n\n"
     "« Je suis fatigué de ces promesses. »", "Je suis fatigué de ces promesses."),
    # so did a group: « je » is not theirs
    ("« Le chantier reprendra lundi », a annoncé la maire de Vernac, Claire Dumas. « Nous "
     "refusons », ont répondu les syndicats.\n\n« Je suis fatigué de ces promesses. »",
     "Je suis fatigué de ces promesses."),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), ACROSS)
def test_the_voice_before_goes_on_across_a_paragraph(nlp, text, said, speaker, gender):
    who = quote_said(nlp, text, said).speaker
    assert who.name == speaker
    assert gender is ANY or who.gender == gender


@pytest.mark.parametrize(("text", "said"), UNCARRIED)
def test_no_carry_over_another_subject(nlp, text, said):
    q = quote_said(nlp, text, said)
    assert q.speaker.name is None
    assert Evidence.CARRY_NOT_ACROSS in q.evidence


def test_the_paragraphs_own_speaker_over_a_refused_carry(nlp):
    text = ("« Le chantier reprendra lundi », a annoncé la maire de Vernac, Claire Dumas. "
            "« Rien n'est signé », a répondu la société Bâtinord.\n\n"
            "« Je ne céderai pas sur ce point. » Le gérant Yves Lachaud a quitté la salle.")
    who = quote_said(nlp, text, "Je ne céderai pas sur ce point.").speaker
    assert (who.name, who.gender) == ("Yves Lachaud", "male")


PAST = [
    # a subject of the narration after another's quote, same paragraph: the subject's, less sure
    ("« Le chantier reprendra lundi », a annoncé la maire Claire Dumas. Paul Vidal a quitté la "
     "salle. « C'est une honte pour les riverains. »", "C'est une honte pour les riverains.",
     "Paul Vidal"),
    ("« Nous tiendrons », a assuré l'entraîneur Hugo Barral. La capitaine Léa Fournier s'est "
     "levée à son tour. « Je crois en ce groupe. »", "Je crois en ce groupe.", "Léa Fournier"),
    # the ambiguous turn: the first voice, a subject again after the other's answer
    ("« Le budget sera tenu », a affirmé Bernard Colin. « Ce sont des promesses », a rétorqué "
     "Martine Sauvage. Bernard Colin a haussé les épaules. « Nous avons déjà économisé deux "
     "millions. »", "Nous avons déjà économisé deux millions.", "Bernard Colin"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), PAST)
def test_a_carry_past_another_speaker_is_less_sure(nlp, text, said, speaker):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == speaker
    assert Evidence.CARRY_PAST_SPEAKER in q.evidence
    plain = confidence("continuation", "person", (Evidence.SPEAKER_FROM_PREVIOUS_SENTENCE,))
    assert q.speaker.confidence < plain


def test_the_same_voice_going_on_is_no_carry_past_a_speaker(nlp):
    # near miss: the speaker of the quote before is the subject after it
    text = ("« Le chantier reprendra lundi », a annoncé la maire Claire Dumas. Claire Dumas a "
            "ensuite quitté la salle. « Nous tiendrons les délais. »")
    q = quote_said(nlp, text, "Nous tiendrons les délais.")
    assert q.speaker.name == "Claire Dumas"
    assert Evidence.CARRY_PAST_SPEAKER not in q.evidence


# a quote in a paragraph before is no other speaker's in the subject's own paragraph
OWN_PARAGRAPH = [
    ("« Le budget sera tenu », a affirmé le maire, Bernard Colin.\n\nLa séance a duré trois "
     "heures.\n\nLe vote aura lieu en juin.\n\nLucie Ferrand tient une épicerie rue Haute. "
     "« Mon loyer a doublé en deux ans. »", "Mon loyer a doublé en deux ans.", "Lucie Ferrand"),
    ("« Le budget sera tenu », a affirmé le maire, Bernard Colin.\n\nÀ la sortie, Lucie "
     "Ferrand, commerçante, attend des actes. « Mon loyer a doublé en deux ans. »",
     "Mon loyer a doublé en deux ans.", "Lucie Ferrand"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), OWN_PARAGRAPH)
def test_a_quote_of_a_paragraph_before_is_no_carry_past_a_speaker(nlp, text, said, speaker):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == speaker
    assert Evidence.CARRY_PAST_SPEAKER not in q.evidence
    plain = confidence("continuation", "person", (Evidence.SPEAKER_FROM_PREVIOUS_SENTENCE,))
    assert q.speaker.confidence == pytest.approx(plain)


def test_a_body_as_subject_in_the_paragraph_and_across_agree(nlp):
    # the same words, after the same narration, in the same paragraph and the next: hers
    said = "Je n'attends plus rien d'eux."
    opening = ("« On nous a menti depuis le début », dénonce Nadia Ferrer, salariée du site. "
               "La direction n'a pas souhaité réagir.")
    same = quote_said(nlp, f"{opening} « {said} »", said).speaker
    across = quote_said(nlp, f"{opening}\n\n« {said} »", said).speaker
    assert same.name == across.name == "Nadia Ferrer"
