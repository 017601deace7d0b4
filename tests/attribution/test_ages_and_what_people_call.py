"""An age before any noun is told of someone the article has named ("the 29-year-old
Croatian said" after "Dario Kovac"); "in what some are calling X" is the subject of the free
relative calling it so (vague "some"), not the main clause's subject."""

from __future__ import annotations

import pytest

from service.attribution import extract


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.source.text if a.source else None, a.source.kind if a.source else None,
             a.cue.text) for a in extract(text).attributions]


@pytest.mark.parametrize("text", [
    "Defender Ola Berg signed on Monday. The 31-year-old defender said he was happy.",
    "Dario Kovac, a Croatian midfielder, spoke on Tuesday. The 29-year-old Croatian said he "
    "was leaving.",
])
def test_an_age_refers_to_the_person_just_named(text: str) -> None:
    source, kind, cue = _found(text)[-1]
    assert source is not None and source.startswith("The ") and kind == "named_person"
    assert cue == "said"


def test_an_age_with_nobody_named_before_stays_unresolved() -> None:
    assert _found("A man was shot on Monday. The 31-year-old victim said he was fine.") == [
        ("The 31-year-old victim", "unresolved", "said")]


@pytest.mark.parametrize(("text", "source"), [
    ("Hail pounded several towns, in what some are calling the biggest hailstorm in the "
     "state's history.", "some"),
    ("Prices rose, in what analysts are calling the sharpest jump in a decade.", "analysts"),
    ("The mayor resigned in what many in the district are calling a betrayal.",
     "many in the district"),
])
def test_what_people_are_calling_it_is_theirs(text: str, source: str) -> None:
    assert _found(text) == [(source, "vague", "calling")]
