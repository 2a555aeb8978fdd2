"""An account's word after the name that signs a post is no word of the name.

« — Lucas Ferrand Off (@lucasferrandoff) »: the word of lexicon/account_suffixes.txt that says
the account is the person's own is left out of the name when a handle in brackets follows
(``name_spans._unsuffixed``); two words of the name at least stay (« Julie Off » is left as it
is), and so does the word where the article writes it with the name elsewhere, with no
handle. One row: text -> the post's speaker and gender. Names are made up.
"""

import pytest

from quotes.model import Article
from quotes.pipeline import extract_doc

_BODY = ("Le chanteur a annoncé sa retraite.\n\nMerci pour tout, vous avez été formidables "
         "pendant toutes ces années de scène\n")
_QUOTE = "Merci pour tout, vous avez été formidables pendant toutes ces années de scène"

ROWS = [
    (_BODY + "— Lucas Ferrand Off (@lucasferrandoff) 3 mai 2024", "Lucas Ferrand", "male"),
    (_BODY + "— Lucas Ferrand Officiel (@lucasferrand) 3 mai 2024", "Lucas Ferrand", "male"),
    (_BODY.replace("Le chanteur", "La chanteuse")
     + "— Julie Vernet Officielle (@julievernet) 3 mai 2024", "Julie Vernet", "female"),
    (_BODY + "— Lucas Ferrand Official (@lucasferrand) 3 mai 2024", "Lucas Ferrand", "male"),
    # must not fire: no account's word, or one word of the name only before it
    (_BODY + "— Lucas Ferrand (@lucasferrand) 3 mai 2024", "Lucas Ferrand", "male"),
    (_BODY.replace("Le chanteur", "La chanteuse") + "— Julie Off (@julieoff) 3 mai 2024",
     "Julie Off", "female"),
    # must not fire: the article writes the word with the name elsewhere, with no handle
    (_BODY + "— Lucas Ferrand Off (@lucasferrandoff) 3 mai 2024\n\n« Je ne regrette rien », a "
     "ajouté Lucas Ferrand Off lors d'un concert.", "Lucas Ferrand Off", "male"),
]


@pytest.mark.parametrize(("text", "speaker", "gender"), ROWS)
def test_account_suffixes(nlp, text, speaker, gender):
    found = [q for q in extract_doc(Article("t", text), nlp(text)).quotes
             if q.span.text == _QUOTE]
    assert found, "nothing extracted"
    assert found[0].speaker.name == speaker
    assert found[0].speaker.gender == gender


# must not fire: brackets after the word that hold no handle (« Off (fan club) »): the word
# stays the name's. One row: text -> the quote, its speaker and role
PROSE = [
    ("Le rappeur Lucas Ferrand Off (fan club) a réagi sur les réseaux. « Je suis fier de "
     "vous », a-t-il écrit.", "Je suis fier de vous", "Lucas Ferrand Off", "rappeur"),
    ("Le rappeur Lucas Ferrand Off (Toulouse) a réagi sur les réseaux. « Je suis fier de "
     "vous », a-t-il écrit.", "Je suis fier de vous", "Lucas Ferrand Off", "rappeur"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role"), PROSE)
def test_no_handle(nlp, text, quote, speaker, role):
    found = [q for q in extract_doc(Article("t", text), nlp(text)).quotes
             if q.span.text == quote]
    assert found, "nothing extracted"
    assert (found[0].speaker.name, found[0].speaker.role) == (speaker, role)
