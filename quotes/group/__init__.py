"""The same utterance across articles: grouping, speaker linking and word alignment.

In: quote records of a whole batch. ``grouping`` links speaker names across articles and gives
the quotes that report one utterance a shared group id; ``diff`` aligns each wording word by
word with the longest. Out: the quotes with ``group_id`` and ``speaker.linked`` set, and the
groups with their members.
"""
