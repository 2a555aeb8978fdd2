"""The role a quote whose record carries none of its speaker's roles shows from the roles the
same article gives that speaker in its other quotes' records: a speaker resolved without the
article's cast (a quote that goes on from the one before, a surname the article gave in full
earlier) is still the person the article gave « président de la FFT » or « sélectionneur des
Bleus », and the role is the article's own, closest before the quote (``shown.role_at``),
before any role another article of the batch offers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from quotes.attribute.relational import relational
from quotes.attribute.shown import role_at
from quotes.model import Evidence, Named, Quote

GUESSED = Evidence.DESCRIPTION_TO_MAIN_PERSON  # a description an article took for its main person


def positions(quotes: Sequence[Quote]) -> dict[str, list[int]]:
    """Where each article's quotes stand in ``quotes``: article id -> their indices, in order.
    Read once for a batch, it gives ``article_role`` an article's quotes, not the batch's, for
    each quote that asks; it holds while a quote is only replaced by one of its article."""
    at: dict[str, list[int]] = defaultdict(list)
    for n, q in enumerate(quotes):
        at[q.article.id].append(n)
    return at


class Positions(Mapping[str, list[int]]):
    """``positions`` of ``quotes``, found the first time consensus asks for them (when it
    gives a member its group's speaker), never in a batch where it gives none. It holds
    while a quote is only replaced by one of its article."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = quotes
        self.found: dict[str, list[int]] | None = None

    def _at(self) -> dict[str, list[int]]:
        if self.found is None:
            self.found = positions(self.quotes)
        return self.found

    def __getitem__(self, article: str) -> list[int]:
        return self._at()[article]

    def __iter__(self) -> Iterator[str]:
        return iter(self._at())

    def __len__(self) -> int:
        return len(self._at())


def article_role(q: Quote, quotes: Iterable[Quote]) -> str | None:
    """The role ``q`` shows of those the other quotes of its article give its speaker; None
    when they give none, or its record has roles of its own (what they gave it, it shows).
    ``quotes``: the batch, or only its article's quotes (``positions``)."""
    sp = q.speaker
    if sp.kind != "person" or not sp.name or sp.roles:
        return None
    given = {
        r for o in quotes if o.article.id == q.article.id and o.speaker.kind == "person"
        and sp.name in (o.speaker.name, o.speaker.linked) for r in o.speaker.roles
    }
    ordered = tuple(sorted(given, key=lambda r: (r.start, r.end, r.text)))
    return role_at(ordered, q.span.start, None) if ordered else None


def own_over_borrowed(q: Quote, quotes: Iterable[Quote]) -> Quote:
    """The quote with the role the other quotes of its article give its speaker in place of
    one another article lent it (``batch-role:``), once the batch has named the speakers of
    its later quotes too (« selon X » before « …, a dit le procureur de Valence », a
    description the batch ties to X): the article's own role comes first."""
    if not any(e.startswith(f"{Evidence.BATCH_ROLE}:") for e in q.evidence):
        return q
    own = article_role(q, quotes)
    if own is None or relational(own):
        return q  # « son homologue » never over another article's function: ``relational``
    kept = tuple(e for e in q.evidence if not e.startswith(f"{Evidence.BATCH_ROLE}:"))
    return replace(q, speaker=replace(q.speaker, role=own), evidence=(*kept, Evidence.OWN_ROLE))


def one_cast(
    quotes: Sequence[Quote], at: Mapping[str, list[int]],
    named: Mapping[str, Sequence[Named]] | None = None,
) -> list[Quote]:
    """The quotes with the roles of one person's quotes of one article shared among them, once
    the batch has tied a description of that article to them (``batch-description:``: « La
    cheffe de l'exécutif a annoncé … », never named there), and with those the article gives
    that person where it names them (``named``: « Capitaine de l'équipe, Paul Roy a annoncé
    … « … », affirme le gardien de 36 ans »): each quote whose record lacks some of them shows
    the one closest before it (``shown.role_at``), as the article's cast would have, had it
    known (« la dirigeante » then stands for that function). A quote the article first gave
    the person it is about, for want of a better one (``GUESSED``), takes the roles of the
    others but gives them none of its record's: those were that first person's.
    ``at``: where each article's quotes stand (``positions``)."""
    out = list(quotes)
    for article, same in at.items():
        cast = (named or {}).get(article, ())
        tied = {q.speaker.name for q in (quotes[n] for n in same)
                if q.speaker.kind == "person" and q.speaker.name and q.speaker.roles
                and any(e.startswith(f"{Evidence.BATCH_DESCRIPTION}:") for e in q.evidence)}
        for name in tied:
            mine = [n for n in same if quotes[n].speaker.name == name]
            giving = {r for n in mine if GUESSED not in quotes[n].evidence
                      for r in quotes[n].speaker.roles}
            giving |= {r for p in cast if p.name == name for r in p.places}
            for n in mine:
                sp = quotes[n].speaker
                if giving <= set(sp.roles):
                    continue
                ordered = tuple(sorted(giving | set(sp.roles),
                                       key=lambda r: (r.start, r.end, r.text)))
                role = role_at(ordered, quotes[n].span.start, None)
                out[n] = replace(quotes[n], speaker=replace(sp, role=role or sp.role,
                                                            roles=ordered))
    return out
