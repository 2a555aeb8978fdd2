"""Where articles come in and records go out.

In: paths, folders, JSONL files or stdin (``readers``) -> ``Article`` records, or ``Problem``
records for what cannot be read; every JSON line is read by ``lines.json_lines``. Out:
``Quote``, ``Problem`` and ``Group`` records <-> JSONL lines (``records.to_dict``,
``from_dict``: the only place records become dicts), validated by the JSON Schema in
``schema/``; records <-> a SQLite database (``store``, ``store_reader``) and full-text search
in it (``search``). Nothing here parses language.
"""
