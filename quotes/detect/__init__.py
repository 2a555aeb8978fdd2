"""Find candidate quotes in one parsed article; no speaker is decided here.

In: the article text and its parsed ``Doc``. Stages, in order: ``passages`` (which stretches of
a long text to parse), ``marks`` (quotation-mark pairing, no model), ``context`` (the article
view the rules read: tokens, quoted stretches, sentences), ``cues`` (reporting verbs),
``subjects`` (the words a cue names as its speaker), ``content`` (where reported content
starts and ends; ``narrator_resumes``: where the narrator goes on inside it), ``frames``
(cue + subject + reported content, found at a verb, "selon" or
"Pour X,"), ``incises`` (frames found at a mark: incises and colons), ``interviews`` (question
and answer turns, "Anne Vidal : …"), ``posts`` (embedded social-network posts and the line
that signs them), ``candidates`` (direct, indirect
and mixed quotes with their frames). Out: ``Candidate`` records with character offsets,
and ``Rejected`` records with the reason: marked text set aside, and cues turned down (context
``refused``) whose words nothing else explains.
"""
