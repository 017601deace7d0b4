"""Cue verbs whose object is a thing, a refusal in two words and a noun before a modal: no
claim (fresh wire group -94, forty-fourth session). "Iceland has offered incentives" (a thing
offered, where "offered a more cautious reading" is speech), "The renovation added 4,200
seats" (an amount, where "added that" is speech), "said it could neither confirm nor deny"
(a refusal), "Two grocery chains named in the report did not respond" (where they are named,
no cue), "The advisory question will appear on the ballot" (the noun before "will")."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import extract


def found(text: str) -> list[dict[str, Any]]:
    return list(extract(text).to_dict()["attributions"])


def claims(text: str) -> list[str]:
    return [a["content"]["text"] for a in found(text) if a["claim"] and a.get("content")]


@pytest.mark.parametrize("text", [
    "Norway has offered incentives for electric vans since 2015.",
    "The authority offers each relocated family a plot and a cash grant.",
    "The renovation added 4,200 seats and a new press box.",
    "The levy would add about $38 a year to the average tax bill.",
    "The FBI's field office said it could neither confirm nor deny the existence of an "
    "investigation.",
    "The regulator said it would neither confirm nor deny whether it had opened an inquiry.",
    "Two grocery chains named in the report did not respond to requests for comment.",
    "The advisory question will appear on the November ballot alongside county races.",
])
def test_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(("text", "words"), [
    ("The ecologist offered a more cautious reading of the survey.", "a more cautious reading"),
    ("Taken together, the audit offers tantalizing clues about how the money was spent.",
     "tantalizing clues"),
    ("He added that the plan would cost $4 million.", "the plan would cost $4 million"),
    ("The company cited in its statement that costs had risen.", "costs had risen"),
    ("It is a slowdown that analysts fear will hit jobs.", "will hit jobs"),
])
def test_what_is_said_stays_a_claim(text: str, words: str) -> None:
    assert any(words in c for c in claims(text))
