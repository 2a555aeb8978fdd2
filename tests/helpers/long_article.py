"""Extract a generated article of N megabytes; print quotes found and peak memory (MB)."""

import resource
import sys

from quotes.model import Article
from quotes.nlp import load_pipeline
from quotes.pipeline import extract

megabytes = float(sys.argv[1])
nlp = load_pipeline()
para = "Le marché était calme ce jour-là et rien ne bougeait vraiment sur la place.\n\n"
quote = "« Nous verrons bien », a déclaré Jean Dupont.\n\n"
n = int(megabytes * 1_000_000 / len(para))
text = (para * (n // 10) + quote) * 10
(res,) = list(extract([Article("big", text)], nlp))
assert all(text[q.span.start : q.span.end] == q.span.text for q in res.quotes)
print(len(res.quotes), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
