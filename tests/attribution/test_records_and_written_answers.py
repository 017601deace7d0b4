"""Records and written answers as wire copy writes them (wire dev, eleventh session): a record
set off by an aside on how it was made ("The report, prepared by the water authority, found")
is the subject of its verb; a written answer, an emailed response, a forecast or an assessment
the speaker spoke through is a venue hop of its own (chains.md), while "in response to" (a
reaction, spoken) is none; "pushed up rents" moves prices and reports nobody's words."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import extract


def venue_hops(text: str) -> list[list[tuple[str, str]]]:
    result: dict[str, Any] = extract(text).to_dict()
    return [[(h["role"], h["kind"]) for h in c["hops"][1:]] for c in result["chains"]
            if any(h["role"] == "origin" for h in c["hops"])]


@pytest.mark.parametrize(("text", "source"), [
    ("The 42-page report, prepared by the Calder Ridge Water Authority, found 311 main breaks "
     "in 2023.", "The 42-page report"),
    ("The audit, commissioned by the city council last year, showed that overtime had doubled.",
     "The audit"),
    ("The survey, carried out in May, found that most tenants had faced a rent rise.",
     "The survey"),
])
def test_a_record_with_an_aside_on_how_it_was_made_is_the_subject(text: str,
                                                                   source: str) -> None:
    found = extract(text).to_dict()["attributions"]
    assert [(a["source"]["text"], a["source"]["kind"]) for a in found] == [(source, "document")]


def test_a_person_with_a_participle_aside_is_not_read_as_a_record() -> None:
    found = extract("The mayor, elected in 2020, said the roads were safe.").to_dict()
    assert [a["source"]["text"] for a in found["attributions"]] == ["The mayor"]


@pytest.mark.parametrize("text", [
    "Health Minister Peter Wharerau said in a written answer to parliament last month that "
    "staffing on night shifts met national guidelines.",
    "\"Safety is our first priority,\" the company said in an emailed response to questions.",
    "Zambia's maize harvest will fall 18% this season, the government said on Tuesday in its "
    "first official crop forecast of the year.",
    "The county had argued in court filings that short-term rentals had removed 240 homes.",
    # summaries, replies, guidance and responses to questions (wire group -94, forty-fourth
    # session)
    "The Danish Meteorological Institute said in its September climate summary that the "
    "station had logged 61 days of rain.",
    "The ministry said in a written reply that the fund was on track.",
    "The commission has said in past guidance that earnings claims must have a basis.",
    "The agency said in a response to questions that the audit was continuing.",
])
def test_written_answers_forecasts_and_filings_are_venue_hops(text: str) -> None:
    hops = venue_hops(text)
    assert len(hops) == 1 and hops[0][0] == ("venue", "document")


@pytest.mark.parametrize("text", [
    "Rubio said in response that the plan would fail.",
    "Cruz said in a two-minute response that taxes were too high.",
])
def test_a_spoken_response_is_no_venue(text: str) -> None:
    assert all(role != "venue" for hops in venue_hops(text) for role, _ in hops)


def test_pushing_up_rents_is_no_speech() -> None:
    found = extract("The county argued that rentals had removed homes and pushed up rents near "
                    "the lake. The senator pushed for a vote.").to_dict()["attributions"]
    assert sorted(a["cue"]["text"] for a in found) == ["argued", "pushed for"]


@pytest.mark.parametrize("text", [
    "The Guards have seized a tanker, according to a statement from the Guards' navy.",
    "The Guards have seized a tanker, according to a statement by the ministry.",
])
def test_a_statement_from_a_body_is_the_bodys_venue(text: str) -> None:
    assert venue_hops(text) == [[("venue", "document"), ("origin", "named_official")]]


def test_a_statement_from_a_body_relayed_by_an_outlet_keeps_all_three_hops() -> None:
    chains = extract("The Guards have seized a tanker, the broadcaster reported, citing a "
                     "statement from the Guards' navy.").to_dict()["chains"]
    roles = [[h["role"] for h in c["hops"][1:]] for c in chains if len(c["hops"]) > 2]
    assert ["relay", "venue", "origin"] in roles


def test_a_statement_released_by_a_body_stays_a_document() -> None:
    found = extract("The Guards have seized a tanker, according to a statement released by "
                    "the ministry.").attributions
    assert [a.source.kind for a in found if a.source is not None] == ["document"]


@pytest.mark.parametrize(("text", "source"), [
    # twenty-fourth and twenty-fifth wire batches, dev (twelfth session)
    ("The May 16 memo, signed by the chief executive, said the cost base was too high.",
     "The May 16 memo"),
    ("A study by the government found that groundwater levels had fallen.",
     "A study by the government"),
    ("A study commissioned by the regional government found that levels had fallen.",
     "A study commissioned by the regional government"),
    ("A study commissioned by the government and published in March found that levels had "
     "fallen.", "A study commissioned by the government and published in March"),
])
def test_a_record_described_by_date_author_or_two_participles_is_the_source(
        text: str, source: str) -> None:
    result = extract(text)
    (attribution,) = result.attributions
    assert attribution.source is not None
    assert attribution.source.text == source
    assert attribution.source.kind == "document"


def test_a_by_phrase_that_runs_into_a_clause_does_not_make_a_record_the_source() -> None:
    text = ("The review by the Office of Retail Banking Supervision is focused on how the "
            "lender ordered debit card transactions, the person said.")
    sources = [a.source.text for a in extract(text).attributions if a.source is not None]
    assert "The review by the Office of Retail Banking Supervision is focused on how the " \
           "lender" not in sources


def test_an_abbreviated_month_with_its_day_is_part_of_the_record() -> None:
    (attribution,) = extract("A Sept. 9 letter from the department said cases had risen.")\
        .attributions
    assert attribution.source is not None
    assert attribution.source.text == "A Sept. 9 letter from the department"


def test_a_list_published_is_a_record() -> None:
    (attribution,) = extract("A list published on the company's website showed most of the "
                             "stores were in town centres.").attributions
    assert attribution.source is not None and attribution.source.kind == "document"


@pytest.mark.parametrize(("text", "source"), [
    ("According to a timeline released by the Lakeport Police Department, officers arrived at "
     "2:10 p.m.", "a timeline released by the Lakeport Police Department"),
    ("The council's published meeting calendar shows the vote is set for March 3.",
     "The council's published meeting calendar"),
    ("According to the ministry's timetable, the bridge reopens in June.",
     "the ministry's timetable"),
])
def test_a_timeline_or_calendar_a_body_publishes_is_a_record(text: str, source: str) -> None:
    (attribution,) = extract(text).attributions
    assert attribution.source is not None
    assert (attribution.source.text, attribution.source.kind) == (source, "document")
