"""A name after its age in an appositive is the source ("One of the riders, 24-year-old Pablo
Cuesta, wrote"); a place adverb after the head leaves a vague group vague ("Some restaurant
owners downtown"); a meeting that discussed something states no claim ("The board discussed the
matter at a meeting last week"), while what was discussed in a clause still is one (chosen on
the dev part of fresh wire group -95, forty-fourth session)."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import extract


def attributions(text: str) -> list[dict[str, Any]]:
    return list(extract(text).to_dict()["attributions"])


def test_a_name_after_its_age_is_the_source() -> None:
    found = attributions("One of the riders, 24-year-old Pablo Cuesta, wrote on Instagram that "
                         "he had eaten steak four nights a week.")
    assert [a["source"]["text"] for a in found] == ["24-year-old Pablo Cuesta"]
    assert found[0]["source"]["kind"].startswith("named")


@pytest.mark.parametrize("text", [
    "Some restaurant owners downtown have blamed the new parking rates for the slump.",
    "Residents nearby said the smoke lasted for hours.",
])
def test_a_place_adverb_leaves_a_vague_group_vague(text: str) -> None:
    assert [a["source"]["kind"] for a in attributions(text)] == ["vague"]


def test_a_meeting_that_discussed_something_is_no_claim() -> None:
    found = attributions("Kestrel's board discussed the matter at a meeting last week.")
    assert found and not any(a["claim"] for a in found)


def test_what_was_discussed_in_a_clause_stays_a_claim() -> None:
    found = attributions("The ministers discussed whether the border should reopen.")
    assert any(a["claim"] for a in found)
