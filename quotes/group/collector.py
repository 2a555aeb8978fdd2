"""Python's cycle collector around grouping (``grouping.group_quotes``): paused while it runs."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector: grouping makes millions of objects that live until it
    returns and hold no cycles, and the collector's passes over them took a quarter of the
    time at a million quotes (``scripts/bench_group.py``). On the way out (after an error
    too), when nothing is frozen, ``gc.freeze`` then ``gc.unfreeze`` move EVERY object the
    collector tracks in the process to its oldest generation in one step: grouping's objects,
    as two passes over them would have moved them (left in the youngest, the first pass once
    the collector runs again went over all of them, 3% of grouping's time at 200,000 quotes),
    but the caller's too. A cycle of garbage the caller made before is then freed only by a
    full collection (``gc.collect()`` or the collector's own, rarer, oldest-generation pass),
    not by a young one: memory held longer in a long-running caller, no output changed."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        if was_on:
            gc.enable()
