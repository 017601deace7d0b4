"""Records a participle describes before their verb ("A ministry field survey completed last
week found", "A payment schedule tabled at the hearing shows", "A report published on Monday
found"): the record is the source, with its date, though "found" and "shows" are verbs only
after a subject that can find or show. Found with the wire set's dev articles (twenty-ninth
session)."""

from __future__ import annotations

import pytest

from service.attribution import extract


def source_of(text: str, cue: str) -> tuple[str, str] | None:
    """(text, kind) of the source of the attribution whose cue is `cue`, or None when no
    attribution has that cue."""
    for a in extract(text).to_dict()["attributions"]:
        if a["cue"]["text"] == cue:
            return (a["source"]["text"], a["source"]["kind"]) if a["source"] else None
    return None


@pytest.mark.parametrize(("text", "cue", "record"), [
    ("A ministry field survey completed last week found the fungus on 312 farms.", "found",
     "A ministry field survey completed last week"),
    ("A payment schedule tabled at the hearing shows the board owes about 9,800 farmers.",
     "shows", "A payment schedule tabled at the hearing"),
    ("An ASIC report published in March found the four major banks had paid compensation.",
     "found", "An ASIC report published in March"),
    ("A report published on Monday found the banks had paid.", "found",
     "A report published on Monday"),
    ("A report released Tuesday found the banks had paid.", "found",
     "A report released Tuesday"),
    ("Internal dispatch records handed over in discovery show that the average unpaid wait was "
     "2.7 hours.", "show", "Internal dispatch records handed over in discovery"),
    ("City budget documents approved in December show the subsidy falling to 96 million "
     "crowns.", "show", "City budget documents approved in December"),
    ("A chronology attached to the filing showed the company knew.", "showed",
     "A chronology attached to the filing"),
])
def test_a_record_described_by_a_participle_is_the_source(text: str, cue: str,
                                                          record: str) -> None:
    assert source_of(text, cue) == (record, "document")


@pytest.mark.parametrize(("text", "cue"), [
    # a person or a thing that is no record, and the verb is no verb of finding
    ("A hiker reported missing on Monday found shelter in a barn.", "found"),
    ("The team promoted last season found form in March.", "found"),
])
def test_no_record_no_finding(text: str, cue: str) -> None:
    assert source_of(text, cue) is None
