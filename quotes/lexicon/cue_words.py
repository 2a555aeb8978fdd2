"""Words that settle how much of the text a cue takes (read by ``detect.cue_extent``): a purpose
infinitive keeps its « pour » (« pour dénoncer »), a narrative infinitive its « Et » (« Et de
préciser : »), but not a « pour » of consequence (« trop tôt pour ») or of presence (« n'est pas
là pour »)."""

from __future__ import annotations

from quotes.lexicon.grammar import PASSIVE_AUX

PURPOSE_POUR = "pour"  # « pour dénoncer … »: a purpose infinitive that governs the words
NARRATIVE_AND = "et"  # « Et de préciser : … »: the narrative infinitive opens with it
CONSEQUENCE_DEGREE = frozenset({"trop", "assez", "suffisamment"})  # « trop tôt pour »
PRESENCE = frozenset({"là", "ici"})  # after « être », before « pour »: « n'est pas là pour »
BE_FORMS = PASSIVE_AUX | {"suis", "es", "sommes", "êtes", "serait", "seraient", "fut", "être"}
