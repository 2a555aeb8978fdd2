"""Python's cycle collector around grouping (``grouping.group_quotes``): paused while it runs,
and what it gave back handed to the oldest generation when it returns."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector: grouping makes millions of objects that live until it
    returns and hold no cycles, and the collector's passes over them took a quarter of the
    time at a million quotes (``scripts/bench_group.py``)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():  # (a caller's frozen objects stay frozen)
            # what grouping gave back lives on: straight into the oldest generation, not
            # scanned again until a full pass, where the youngest, scanned at the collector's
            # first chance, held every object grouping made
            gc.freeze()
            gc.unfreeze()
        if was_on:
            gc.enable()
