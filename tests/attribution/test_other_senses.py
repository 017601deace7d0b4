"""Cue verbs in another sense, and a refusal said as a sentence: no claim. The press at large
("local media") is a vague source. Found with the sixth wire batch (5 December 2026)."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import extract


def found(text: str) -> list[dict[str, Any]]:
    return list(extract(text).to_dict()["attributions"])


@pytest.mark.parametrize("text", [
    "The finance ministry said it does not comment on individual companies.",
    "A spokesman said the bank would not comment on market rumours.",
    "Kestria, a country of 9 million people, has been ruled by Maray since 2004.",
    "The Orsa Meridian is one of the largest container ships regularly calling at Hamburg.",
    # a price quoted and cover written (the sixty-fourth wire batch, twenty-second session)
    "Several clients have been quoted annual premiums above A$30,000.",
    "Calloway, founded in 1931, writes home and auto insurance in 22 states.",
])
def test_no_claim(text: str) -> None:
    assert [a["claim"] for a in found(text)] == [False]


@pytest.mark.parametrize("text", [
    "The ministry said it would cut the budget by a tenth.",
    "The judge ruled that the evidence was too speculative.",
    "The union called for a national strike.",
    "The Times quoted the minister's statement in full.",
    "The report quoted rates of infection as high as 40 percent among staff.",
])
def test_the_same_verbs_making_a_claim(text: str) -> None:
    assert [a["claim"] for a in found(text)] == [True]


def test_local_media_are_vague_and_state_media_stay_state_media() -> None:
    local = found("Local media reported that the mayor had resigned.")
    assert [(a["source"]["text"], a["source"]["kind"]) for a in local] == [
        ("Local media", "vague")]
    state = found("Iranian state media reported that the tanker had been seized.")
    assert [a["source"]["kind"] for a in state] == ["state_affiliated_outlet"]
    paper = found("A South Korean newspaper reported that the envoy had defected.")
    assert [a["source"]["kind"] for a in paper] == ["unnamed_outlet"]


def test_a_ruling_after_the_main_clause_is_its_subjects() -> None:
    text = ("A federal judge on Wednesday blocked the town from enforcing its ban, ruling that "
            "the ordinance likely violates the Constitution.")
    assert [(a["cue"]["text"], a["source"]["text"]) for a in found(text)] == [
        ("ruling", "A federal judge")]
    # "assuming that" is no speech
    assert found("Having sold the shares, assuming that prices would fall, he left.") == []


def test_a_body_saying_it_does_not_disclose_makes_no_claim() -> None:
    # sixteenth session, wire dev: a refusal to give details is no claim, as "does not
    # comment" is; saying it will give them is one
    refused = found("The cathedral said it did not disclose details of donations.")
    assert refused and not any(a["claim"] for a in refused)
    promised = found("The cathedral said it would disclose details of donations next week.")
    assert [a["claim"] for a in promised if a["cue"]["text"] == "said"] == [True]


@pytest.mark.parametrize("text", [
    "She offered no evidence of tampering.",
    "The parish council will discuss the future of the building at its next meeting.",
    "The committee is set to discuss the proposal at a meeting on Thursday.",
])
def test_nothing_offered_and_a_meeting_to_come_are_no_claims(text: str) -> None:
    assert found(text) and not any(a["claim"] for a in found(text))


@pytest.mark.parametrize("text", [
    "He offered a plan to cut costs by a tenth.",
    "The council discussed the future of the building on Monday, a spokesman said.",
])
def test_what_was_offered_or_discussed_still_counts(text: str) -> None:
    assert any(a["claim"] for a in found(text))


def test_cover_stories_written_stay_claims() -> None:
    claims = found("The columnist wrote cover stories claiming the vote was rigged.")
    assert claims and all(a["claim"] for a in claims)
