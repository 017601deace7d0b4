"""Sentences of the wire set's non-claims: a sourceless "expected" before a time ("The board's
final report is not expected until next year") is a schedule; an act done by declaring it ("The
governor declared a state of emergency", "The campaign declared victory") states no fact; a
participle between an adjective of a count's stage and its plural noun ("Final certified
results are scheduled for Thursday") is an adjective, not a cue."""

from __future__ import annotations

import pytest

from service.attribution import extract


def _chains(text: str) -> list[list[str]]:
    """Each chain's hops after the publisher, for the chains that cite someone."""
    return [[h["entity"] for h in c["hops"][1:]] for c in extract(text).to_dict()["chains"]
            if len(c["hops"]) > 1]


@pytest.mark.parametrize("text", [
    "The board's final report is not expected until next year.",
    "The registry's final report is not expected before next year.",
    "A ruling is expected within weeks.",
    "The governor declared a state of emergency on Friday.",
    "The Yes on T campaign declared victory regardless.",
    "The crew declared an emergency and landed safely on the remaining engine.",
    "Peru's Health Ministry declared a national epidemiological alert for pertussis in June.",
    "Final certified results are scheduled for Thursday.",
])
def test_schedules_and_declared_acts_are_no_claims(text: str) -> None:
    assert _chains(text) == []


def test_a_declared_fact_and_a_voiced_expectation_stay_claims() -> None:
    assert _chains("The court declared the law unconstitutional.") == [["court"]]
    assert len(_chains("He declared that the vote had been rigged.")) == 1
    assert _chains("A decision is expected later this month, officials said.") == [["officials"]]
    # an act declared, reported by a speaker: the speaker's claim stays
    assert len(_chains("The province said it had declared a haze emergency.")) == 1
