"""Seventeenth session, the fifty-third batch's dev articles: an outlet's source "who was not
named" or "whom it did not name" is a confidential one, flagged like "who asked not to be
named"."""

from __future__ import annotations

from service.attribution import extract
from service.scoring import DEFAULT_PRIORS, score_extraction


def codes(text: str) -> list[str]:
    result = score_extraction(extract(text).to_dict(), headline=None, priors=DEFAULT_PRIORS)
    return [f["code"] for f in result["flags"]]


def test_a_source_the_outlet_did_not_name_is_confidential() -> None:
    text = ("The daily la Repubblica quoted an investigator in Agrigento, whom it did not name, "
            "as saying the boat may instead have set out from Sfax.")
    assert "single_anonymous_source" in codes(text)


def test_who_was_not_named_is_no_speaker_of_its_own() -> None:
    # "named" in "who was not named" was a cue with no source, a speaker hop before the outlet
    text = ("The regional paper quoted a former engineer, who was not named, as saying the memo "
            "had circulated among senior managers.")
    chains = [c for c in extract(text).to_dict()["chains"] if len(c["hops"]) > 1]
    assert [[h["role"] for h in c["hops"][1:]] for c in chains] == [["relay", "origin"]]


def test_a_named_source_of_the_outlet_is_not() -> None:
    text = ("The daily la Repubblica quoted investigator Marco Bellini as saying the boat may "
            "instead have set out from Sfax.")
    assert "single_anonymous_source" not in codes(text)
