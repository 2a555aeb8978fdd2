"""Python's cycle collector around grouping (``grouping.group_quotes``): paused while it runs."""

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
        if was_on:
            gc.enable()
