"""A named body's reports are its records, and a fronted interview is the speaker's venue
(PolNeAR calibration dev, seventh batch, twenty-first session).

"FEC reports show ..." cites the filings a named body keeps, which a reader can look up (a
document), where "reports" alone or "Russian reports" is hearsay (vague). "In an interview with
National Public Radio, President Barack Obama castigated ..." is Obama speaking with NPR as the
venue; read before as NPR's own report, it made the article's lead second-hand."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory, extract

DIRECTORY = OutletDirectory([
    {"domain": "npr.org", "name": "NPR", "aliases": ["National Public Radio"]},
    {"domain": "cnn.com", "name": "CNN", "aliases": []},
])


def sources(text: str) -> list[tuple[str, str]]:
    found = extract(text, directory=DIRECTORY).to_dict()["attributions"]
    return [(a["source"]["text"], a["source"]["kind"]) for a in found if a["source"]]


@pytest.mark.parametrize(("text", "source"), [
    ("FEC reports show that four groups have spent $20 million.", "FEC reports"),
    ("Census Bureau reports show the population grew by 2 percent.", "Census Bureau reports"),
])
def test_a_named_bodys_reports_are_a_document(text: str, source: str) -> None:
    assert sources(text) == [(source, "document")]


@pytest.mark.parametrize(("text", "source"), [
    ("Russian reports said the base was hit.", "Russian reports"),
    ("Some reports said the base was hit.", "Some reports"),
])
def test_reports_nobody_keeps_stay_vague(text: str, source: str) -> None:
    assert sources(text) == [(source, "vague")]


def test_an_outlets_reports_are_not_a_bodys_records() -> None:
    assert ("CNN reports", "document") not in sources("CNN reports said the base was hit.")


def chains(text: str) -> list[list[tuple[str, str]]]:
    result: dict[str, Any] = extract(text, directory=DIRECTORY).to_dict()
    return [[(h["role"], h["kind"]) for h in c["hops"][1:]] for c in result["chains"]]


def test_a_fronted_interview_is_the_speakers_venue() -> None:
    text = ("In an interview with National Public Radio, President Barack Obama castigated "
            "Donald Trump for exploiting the fears of workers.")
    assert sources(text) == [("President Barack Obama", "named_official")]
    assert chains(text) == [[("venue", "outlet"), ("origin", "named_official")]]


def test_a_fronted_interview_before_a_speech_verb_keeps_the_verb_as_cue() -> None:
    found = extract("In an interview with CNN, Trump said the wall would be built.",
                    directory=DIRECTORY).to_dict()
    assert [(a["cue"]["text"], a["source"]["text"]) for a in found["attributions"]] == [
        ("said", "Trump")]


def test_a_fronted_poll_stays_the_source() -> None:
    text = "In a new poll by Quinnipiac University, 52 percent of voters backed the measure."
    assert [kind for _, kind in sources(text)] == ["document"]
