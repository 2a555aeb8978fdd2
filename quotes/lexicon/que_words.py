"""Words before a « que » that say what it opens: a comparison's second term (« plus fort que
la côte ait connu »), not reported words; an adverb of manner right after a reporting verb
(« explique ainsi que X a … »), before reported words. Read by ``detect.complements``."""

from __future__ import annotations

# a comparison's « que », not a complement: "le plus fort que la côte ait connu", "aussi grave
# que prévu", "autant que", "tel que"
COMPARED_ALONE = frozenset({"autant", "tel", "telle", "tels", "telles"})  # "autant que"
COMPARATIVES = COMPARED_ALONE | {"plus", "moins", "aussi", "si"}  # "plus violent que"
# a degree or a preference whose second term « que » gives farther on, with no verb of its own:
# "plus proche d'une logique de X que de Y", "a davantage insisté sur X que sur Y"
COMPARED_FAR = COMPARATIVES - {"si"} | {"davantage", "mieux", "pire", "plutôt", "autre", "autres",
                                        "meilleur", "meilleure", "meilleurs", "meilleures"}
# right after a reporting verb, an adverb of manner before its « que » when a clause follows:
# "explique ainsi que X a …" (but "le maire, ainsi que le préfet": an addition, no clause)
MANNER = frozenset({"ainsi"})
