"""A group someone owns, across a batch (quotes/group/owned_keys.py): a bare group noun one
outlet writes is the one fuller form another writes with its owner (« avocats » and « avocats de
paul morel »), never one of two owners; someone's unit (« services d’Anne Roy ») speaks for her
and keeps no group apart, a body named by its own name or a group of people does."""

import pytest

from quotes.group.owned_keys import owner_written, persons_unit
from quotes.model import Speaker

OWNER_ROWS = [
    ("fires: one owner written", ["avocats", "avocats de paul morel", "anne roy"],
     {"avocats": "avocats de paul morel"}),
    ("fires: a unit, « d' »", ["services", "services d'anne roy"],
     {"services": "services d'anne roy"}),
    ("must not: two owners written", ["avocats", "avocats de paul morel", "avocats d'anne roy"],
     {}),
    ("must not: a noun of no group", ["victime", "victime de paul morel"], {}),
    ("must not: no fuller form", ["avocats", "paul morel"], {}),
]


@pytest.mark.parametrize(("keys", "mapped"), [pytest.param(k, m, id=c) for c, k, m in OWNER_ROWS])
def test_a_bare_group_is_the_one_written_with_its_owner(keys, mapped):
    assert owner_written(keys) == mapped


def speaker(name, kind):
    return Speaker(name, None, None, kind, "explicit")


UNIT_ROWS = [
    ("fires: someone's services", speaker("services d’Anne Roy", "organization"), True),
    ("fires: someone's cabinet", speaker("cabinet de Paul Morel", "organization"), True),
    ("must not: a ministry's services", speaker("services du ministère de la Santé",
                                                "organization"), False),
    ("must not: a body's own name", speaker("préfecture de Seine-Maritime", "organization"),
     False),
    ("must not: someone's lawyers, people", speaker("avocats de Paul Morel", "person"), False),
    ("must not: a unit of a place", speaker("section de Valbrune", "organization"), False),
]


@pytest.mark.parametrize(("sp", "unit"), [pytest.param(s, u, id=c) for c, s, u in UNIT_ROWS])
def test_a_persons_unit_keeps_no_group_apart(sp, unit):
    assert persons_unit(sp) is unit
