"""model.amended: dataclasses.replace without a second pass through a frozen __init__."""
import dataclasses

import pytest

from vigil.extract.events.facts import Facts
from vigil.model import Actor, Event, Span, amended


def _event():
    return Event(id="e-1", event_type="Protests", sub_event_type="Peaceful protest", plover={},
                 date="2020-05-01", actor1=Actor(name="Protesters (Kenya)", inter=6), fatalities=0,
                 evidence=(Span(start=0, end=10),))


@pytest.mark.parametrize("record, changes", [
    (Facts(), {"fatalities": 3}),
    (Facts(), {"fatalities": 2, "mentions": ()}),
    (_event(), {"status": "historical"}),
    (_event(), {"confidence": 0.25, "claim_ids": ("c-1",)}),
])
def test_amended_is_dataclasses_replace(record, changes):
    got, want = amended(record, **changes), dataclasses.replace(record, **changes)
    assert got == want and type(got) is type(want)
    assert list(vars(got)) == list(vars(want))          # fields in the same order (to_dict, JSON)
    assert got is not record and record == dataclasses.replace(record)   # the original is untouched


def test_amended_refuses_an_unknown_field():
    with pytest.raises(TypeError):
        amended(Facts(), no_such_field=1)
