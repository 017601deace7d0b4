"""single_anonymous_source is raised on one confidential source, not on several unnamed people
a plural head names and nothing says were granted anonymity ("officials aware of the matter",
"Local officials on Samos"): the wire readers' dev part flagged none of the 14 such claims the
service had flagged. "Sources close to the club", "one of two police sources" and "officials
who spoke on condition of anonymity" keep the flag."""

from __future__ import annotations

import pytest

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS

HEADLINE = "Port reopens after strike"


def single_anonymous(body: str) -> list[str]:
    extraction = extract(body, headline=HEADLINE).to_dict()
    scored = scoring.score_extraction(extraction, headline=HEADLINE, priors=DEFAULT_PRIORS)
    return [f["message"] for f in scored["flags"] if f["code"] == "single_anonymous_source"]


LEAD = "The port reopened on Tuesday after a two-week strike, the port authority said.\n\n"


@pytest.mark.parametrize("source", [
    "Officials aware of the matter",
    "Local officials on Samos",
    "Career officials at the ministry",
])
def test_several_unnamed_officials_raise_no_single_source_flag(source: str) -> None:
    body = LEAD + f"{source} said the operator would be fined for the delay."
    assert single_anonymous(body) == []


@pytest.mark.parametrize("source", [
    "A port official, who spoke on condition of anonymity,",
    "Sources close to the operator",
    "One of two police sources",
    # officials granted anonymity together: the readers' confidential source
    "Officials who spoke on condition of anonymity",
])
def test_one_confidential_source_keeps_its_flag(source: str) -> None:
    body = LEAD + f"{source} said the operator would be fined for the delay."
    assert len(single_anonymous(body)) == 1


@pytest.mark.parametrize("sentence", [
    "A port official, who spoke on condition of anonymity, said he had not seen any written "
    "instruction to close the terminal.",
    "A port official, who spoke on condition of anonymity, said she was not aware of any "
    "timeline for the new cranes.",
    "A port official, who spoke on condition of anonymity, said he feared the cuts would fall "
    "on the night shift.",
])
def test_what_a_confidential_source_does_not_know_raises_no_flag(sentence: str) -> None:
    assert single_anonymous(LEAD + sentence) == []


def test_what_a_confidential_source_has_seen_keeps_its_flag() -> None:
    body = LEAD + ("A port official, who spoke on condition of anonymity, said he had seen a "
                   "written instruction to close the terminal.")
    assert len(single_anonymous(body)) == 1
