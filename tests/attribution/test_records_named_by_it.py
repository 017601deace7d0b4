"""The "it" a sentence opens with after a record is that record, and says what the record says:
"The ruling orders ... It also orders ..." and "..., the paper said. Deaths did not differ ...,
it found." (the wire readers' document sources, missed when "it" met a verb that is a cue only
after a record's noun, or a finding verb that after a bare pronoun may be anyone's act). Where
the last body named before the "it" is a company, the same verbs are its acts, no claim."""

from __future__ import annotations

import pytest

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str, str]]:
    return [(a.cue.text, a.source.text, a.source.kind) for a in extract(text).attributions
            if a.source is not None]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ruling, issued on Monday, orders the department to restart the process. It also "
     "orders the department to pay the community's legal costs.",
     ("orders", "It", "document")),
    ("The report found that rust had reduced the capacity of two girders. It ranked the bridge "
     "among the ten worst in the state.",
     ("ranked", "It", "document")),
    ("The study found that the lakes grew by a third. It classified 43 of them as posing a "
     "high hazard.",
     ("classified", "It", "document")),
    ("Admissions fell to 20 percent in the nurse-led group, the paper said. Deaths did not "
     "differ significantly between the two groups, it found.",
     ("found", "it", "document")),
])
def test_it_after_a_record_is_the_record(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in sources(text)


@pytest.mark.parametrize("text", [
    # a company's "it": its own act, no record speaking
    "Halvorsen Energy said the plant would reopen. It also orders parts from Japan.",
    "Halvorsen Energy reported higher sales on Monday. Sales rose by 4 percent, it found.",
    # nobody named before: an unresolved "it" with a finding verb is no source
    "Sales rose by 4 percent, it found.",
])
def test_it_after_a_body_or_nothing_says_nothing(text: str) -> None:
    assert not any(cue in {"orders", "found"} for cue, _, _ in sources(text))
