"""The same utterance across articles: grouping, speaker linking and word alignment.

In: the ``Quote`` records of a whole batch. ``candidates`` picks the pairs worth comparing,
``similarity`` scores them and names how a wording relates to the longest one; ``grouping``
links speaker names across articles and gives the quotes that report one utterance a shared
group id; ``diff`` aligns each wording word by word with the longest. Out: the quotes with
``group_id`` and ``speaker.linked`` set, and ``Group`` records with their appearances.
"""
