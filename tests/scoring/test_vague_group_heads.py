"""A vague group is read by its head noun, not by the last word of its phrase: "Residents of
Kalulu village" are residents, "Traders in Rosario" traders, "Analysts who follow regional
banks" analysts, so the rules for a class's own view and a trade's forecast reach them as they
reach "Some residents" and "Analysts" (thirty-ninth session, wire dev set). "Some in the
industry" and "people in the sector" stay read by what follows: hearsay from a trade."""

from __future__ import annotations

import pytest

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS
from service.scoring.flags import _head_noun

# an unsupported story (vague hearsay carries it): every vague flag a rule does not lift stands
LEAD = ("The Kalulu copper mine will close its eastern pit next month, according to talk "
        "circulating among contractors.\n\n")


def vague_flag_texts(body: str) -> list[str]:
    headline = "Mine to close eastern pit, contractors say"
    extraction = extract(body, headline=headline).to_dict()
    result = scoring.score_extraction(extraction, headline=headline, priors=DEFAULT_PRIORS)
    return [body[s["start"]:s["end"]] for f in result["flags"] if f["code"] == "vague_only"
            for s in f["spans"] if s.get("field") != "headline"]


@pytest.mark.parametrize(("phrase", "head"), [
    ("Residents of Kalulu village", "residents"),
    ("Some residents along the river", "residents"),
    ("Farmers at Tuesday's sale in Mallow mart", "farmers"),
    ("Analysts who follow regional banks", "analysts"),
    ("Several fund managers who have attended the roadshow", "managers"),
    ("Some in the industry", "industry"),
    ("people in the sector", "sector"),
    ("Many in the market", "market"),
    ("critics", "critics"),
])
def test_the_head_noun_of_a_group(phrase: str, head: str) -> None:
    assert _head_noun(phrase) == head


def test_residents_of_a_place_voicing_their_view_raise_no_flag_but_trade_hearsay_does() -> None:
    body = LEAD + ("Residents of Kalulu village said the blasting had been far louder this "
                   "year.\n\nThe owners are in talks to sell the western pit, people in the "
                   "sector said.")
    texts = vague_flag_texts(body)
    assert any("sell the western pit" in t for t in texts)
    assert not any("far louder" in t for t in texts)


def test_residents_telling_what_they_heard_keep_their_flag() -> None:
    body = LEAD + ("Residents of Kalulu village said they had heard the company would lay off "
                   "300 workers.")
    assert any("lay off" in t for t in vague_flag_texts(body))
