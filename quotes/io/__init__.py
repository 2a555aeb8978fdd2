"""Where articles come in and records go out.

In: paths, folders, JSONL files or stdin (``readers``) -> ``Article`` records, or ``Problem``
records for what cannot be read. Out: ``Quote``, ``Problem`` and group records -> JSONL lines
(``records``), validated by the JSON Schema in ``schema/``. Nothing here parses language.
"""
