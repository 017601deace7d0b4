"""Nineteenth wire batch, dev (eleventh session): a record described by its date ("A letter
dated Aug. 28 warned", "A ministry crop assessment dated March 9, seen by Reuters, ... and
warned") is the speaker; a clock time followed by a capitalised word that is no day, month or
time zone ends the sentence ("at 4:12 p.m. Protection systems then ..."); an oath of office
and a concession are acts ("will be sworn in on Jan. 2", "conceded shortly before midnight")."""

from __future__ import annotations

import pytest

from service.attribution import extract
from service.attribution.text import sentences


@pytest.mark.parametrize(("text", "source"), [
    ("A letter dated Aug. 28 warned that the routes were too long.", "A letter dated Aug. 28"),
    ("A ministry crop assessment dated March 9, seen by Reuters, put losses in the worst-hit "
     "counties at up to 35 percent of the planted crop, and warned that a second generation of "
     "larvae could hatch.", "A ministry crop assessment"),
])
def test_a_record_described_by_its_date_is_the_speaker(text: str, source: str) -> None:
    warned = [a for a in extract(text).attributions if a.cue.text == "warned"]
    assert [(a.source.text, a.source.kind) for a in warned if a.source is not None] == [
        (source, "document")]


@pytest.mark.parametrize(("text", "count"), [
    ("It tripped at 4:12 p.m. Protection systems then isolated lines.", 2),
    ("It ended at 9 a.m. The police left.", 2),
    ("The vote is at 3 p.m. Tuesday in the Senate.", 1),
    ("Polls close at 8 p.m. EDT on Tuesday.", 1),
])
def test_a_clock_time_ends_a_sentence_before_a_new_one(text: str, count: int) -> None:
    assert len(sentences(text)) == count


@pytest.mark.parametrize("text", [
    "Pruitt conceded shortly before midnight.",
    "Vaughn will be sworn in on Jan. 2.",
])
def test_oaths_and_concessions_are_acts(text: str) -> None:
    assert all(len(c["hops"]) == 1 for c in extract(text).to_dict()["chains"])


def test_conceding_a_point_is_still_speech() -> None:
    chains = extract("Pruitt conceded that he had lost.").to_dict()["chains"]
    assert [c["claim"]["text"] for c in chains if len(c["hops"]) > 1] == ["that he had lost"]


@pytest.mark.parametrize("text", [
    "Two councillors voted against the transfer.",
    "Parents who spoke at the meeting mostly opposed the closures.",
])
def test_a_vote_or_stance_on_a_thing_is_no_claim_but_stays_a_cue(text: str) -> None:
    result = extract(text)
    assert result.attributions and all(not a.claim for a in result.attributions)
    assert all(len(c["hops"]) == 1 for c in result.to_dict()["chains"])


def test_a_stance_with_a_reason_keeps_its_claim() -> None:
    chains = extract("The senator opposed raising taxes because it would hurt growth."
                     ).to_dict()["chains"]
    assert [c["claim"]["text"] for c in chains if len(c["hops"]) > 1] == [
        "raising taxes because it would hurt growth"]


@pytest.mark.parametrize("text", [
    "The company first announced the automation plan in October.",
    "Germany's auto suppliers have announced tens of thousands of job cuts.",
])
def test_an_act_announced_is_an_event(text: str) -> None:
    assert all(len(c["hops"]) == 1 for c in extract(text).to_dict()["chains"])


@pytest.mark.parametrize(("text", "claim"), [
    ("The company announced that it would close the plant.", "that it would close the plant"),
    ("The company announced a deal would close in May.", "a deal would close in May"),
])
def test_an_announcement_of_a_statement_stays_a_claim(text: str, claim: str) -> None:
    chains = extract(text).to_dict()["chains"]
    assert [c["claim"]["text"] for c in chains if len(c["hops"]) > 1] == [claim]
