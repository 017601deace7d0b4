"""A record speaks through its own verb after an aside about how it was made (wire dev, twenty-
second session): "The decree, dated March 8 and published in the official gazette on Tuesday,
sets the higher rate", "The 22-second clip, first posted on X by an account ..., shows",
"The filing, signed by its vice president, Daniel Whitcombe, says" (the record says it, not
whoever signed it); a record's plural "list" is its verb ("State corporate records list Pruett
as ..."). A verb at the end of a phrase that opens on a preposition closes a relative clause,
not a report: "..., with some regions rarely following up on deficiencies they had
identified." leaves the finding to the report that made it."""

from __future__ import annotations

import pytest

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str, str]]:
    return [(a["cue"]["text"], a["source"]["text"], a["source"]["kind"])
            for a in extract(text).to_dict()["attributions"] if a["source"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The decree, dated March 8 and published in the official gazette on Tuesday, sets the "
     "higher export duty until April.", ("sets", "The decree", "document")),
    ("The 22-second clip, first posted on X by an account calling itself a storm chaser, shows "
     "a funnel cloud over the harbour.", ("shows", "The 22-second clip", "document")),
    ("The filing, signed by the company's vice president, Daniel Whitcombe, says customers will "
     "get free replacement handsets.", ("says", "The filing", "document")),
    ("The report, signed by three inspectors and dated May 29, records manganese levels of up to "
     "1.9 milligrams per litre.", ("records", "The report", "document")),
    ("State corporate records list Pruett as the foundation's chief executive.",
     ("list", "State corporate records", "document")),
])
def test_a_record_behind_its_aside_is_the_source(text: str, expected: tuple[str, str, str]
                                                 ) -> None:
    assert sources(text) == [expected]


def test_the_signer_of_a_record_is_not_its_voice_but_a_named_officer_still_is() -> None:
    assert sources("Its chief executive, Daniel Whitcombe, says customers will get new "
                   "handsets.") == [("says", "Daniel Whitcombe", "named_official")]


def test_a_phrase_opening_on_a_preposition_is_no_closing_subject() -> None:
    text = ("A 2022 report by the Dutch Safety Board found that inspections of port warehouses "
            "were uneven, with some regions rarely following up on deficiencies they had "
            "identified.")
    assert sources(text) == [("found", "A 2022 report by the Dutch Safety Board", "document")]
