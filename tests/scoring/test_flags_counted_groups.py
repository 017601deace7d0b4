"""Single-anonymous flags and counted groups (wire dev set, bench/validity.py): "three people
familiar with the matter" are several sources the reporter counted, not one; "One of the
people" and "Another" after them are one each, named as one of that group; a confidential
source's own words in quotation marks are colour, scored but not flagged."""

from __future__ import annotations

from typing import Any

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS

HEADLINE = "Harwick in talks to buy Dellmont"
LEAD = ("Harwick Foods is in advanced talks to acquire Dellmont Brands, according to three "
        "people familiar with the matter.\n\n")


def scored(body: str) -> dict[str, Any]:
    extraction = extract(body, headline=HEADLINE).to_dict()
    return dict(scoring.score_extraction(extraction, headline=HEADLINE, priors=DEFAULT_PRIORS))


def single_anonymous(result: dict[str, Any], body: str) -> list[dict[str, Any]]:
    return [f for f in result["flags"] if f["code"] == "single_anonymous_source"]


def test_a_counted_group_is_not_one_anonymous_source() -> None:
    body = LEAD + "Harwick declined to comment."
    result = scored(body)
    assert single_anonymous(result, body) == []
    assert result["score"]["label"] != "weakly sourced"


def test_one_of_the_group_is_one_source_named_as_one_of_them() -> None:
    body = LEAD + (
        "One of the people said Harwick had lined up bridge financing from two banks.\n\n"
        "Another said a private equity firm had approached Dellmont earlier this year.")
    flags = single_anonymous(scored(body), body)
    assert len(flags) == 1  # one flag per group, however many of its members speak
    covered = " ".join(body[s["start"]:s["end"]] for s in flags[0]["spans"])
    assert "bridge financing" in covered and "private equity firm" in covered
    assert "one of three people familiar with the matter" in flags[0]["message"]


def test_a_quoted_remark_of_one_confidential_source_is_not_flagged() -> None:
    body = ("A Western diplomat in Tashkent who follows the talks said the Uzbek side remained "
            "reluctant to commit to fixed volumes.\n\n"
            "\u201cThere is real goodwill on both sides, but the hard number is still the hard "
            "number,\u201d the diplomat said.")
    flags = single_anonymous(scored(body), body)
    assert len(flags) == 1
    covered = " ".join(body[s["start"]:s["end"]] for s in flags[0]["spans"])
    assert "remained reluctant" in covered and "goodwill" not in covered
