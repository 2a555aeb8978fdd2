"""Who introduces a quote that has no cue of its own: the words before its colon.

"Voici le message de la chanteuse publié dimanche :\n\n« … »", "Même son de cloche chez Lucie
Marchand, présidente de l'association : « … »": the sentence that ends with the colon names
the speaker without a reporting verb, by the one person it names or by the author of the text
it announces ("le message de la chanteuse").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.attribute.cast import Registry
from quotes.detect.subjects import np_after
from quotes.lexicon import is_speech_noun
from quotes.lexicon.grammar import DE_CONTRACTED
from quotes.nlp.doc import entities, text_of

_OPENING = "«“\"‹„"


def introduced_by(doc: Doc, start: int, registry: Registry) -> tuple[int, int] | None:
    """The words naming who speaks in the sentence that introduces, with a colon, the quote
    starting at ``start`` (its opening mark may come before), or None."""
    text = text_of(doc)
    j = start
    while j > 0 and (text[j - 1].isspace() or text[j - 1] in _OPENING):
        j -= 1
    if j == 0 or text[j - 1] != ":" or text.count("\n", j, start) > 2:
        return None
    colon = j - 1
    lo = max(text.rfind(". ", 0, colon), text.rfind("\n", 0, colon)) + 1
    span = doc.char_span(lo, colon, alignment_mode="contract")
    if span is None or any(_finite(t) for t in span):
        return None  # "X a choisi les mots du Christ : « … »": X's clause, the timeline's
    people = [
        e for e in entities(doc)
        if e.label_ == "PER" and lo <= e.start_char and e.end_char <= colon
    ]
    persons = {registry.person(e.text, at=e.start_char) for e in people}
    if len(people) >= 1 and len(persons) == 1 and None not in persons:
        return people[-1].start_char, people[-1].end_char
    for tok in span:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        said = tok.pos_ == "NOUN" and is_speech_noun(tok.text)
        if said and nxt is not None and nxt.lower_ in DE_CONTRACTED:
            rng = np_after(doc, tok.i + 2, min(len(doc), tok.i + 8))
            if rng is None or doc[rng[1] - 1].idx >= colon:
                continue
            # "le message de la chanteuse publié dimanche": the author ends before the participle
            end = next((t.i for t in doc[rng[0] + 1 : rng[1]] if t.pos_ == "VERB"), rng[1])
            return doc[rng[0]].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return None


def _finite(tok: Token) -> bool:
    """A finite verb of the narrator's, "voici" and "voilà" aside."""
    return (
        tok.pos_ in ("VERB", "AUX")
        and "Fin" in tok.morph.get("VerbForm", [])
        and tok.lower_ not in ("voici", "voilà")
    )
