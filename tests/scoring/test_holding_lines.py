"""single_anonymous_source is not raised on an unnamed official's holding line ("the damage was
still being assessed", "the department had no information about any sale"): the line carries
no fact for one confidential source to stand behind (the wire readers' dev part flags none of
them). A claim that says more than the holding line keeps its flag."""

from __future__ import annotations

import pytest

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS

HEADLINE = "Storm floods coastal towns"


def single_anonymous(body: str) -> list[str]:
    extraction = extract(body, headline=HEADLINE).to_dict()
    scored = scoring.score_extraction(extraction, headline=HEADLINE, priors=DEFAULT_PRIORS)
    return [f["message"] for f in scored["flags"] if f["code"] == "single_anonymous_source"]


@pytest.mark.parametrize("line", [
    "the damage was still being assessed",
    "the cause was still being investigated",
    "the department had \"no information\" about any sale",
    "no decision had been taken",
])
def test_a_holding_line_raises_no_flag(line: str) -> None:
    body = (f"The storm flooded three towns on Tuesday, the mayor said.\n\nA prefectural "
            f"official, who spoke on condition of anonymity, said {line}.")
    assert single_anonymous(body) == []


def test_a_claim_that_says_more_keeps_its_flag() -> None:
    body = ("The storm flooded three towns on Tuesday, the mayor said.\n\nA prefectural "
            "official, who spoke on condition of anonymity, said a delay was \"under "
            "discussion\" but that no decision had been taken.")
    assert len(single_anonymous(body)) == 1
