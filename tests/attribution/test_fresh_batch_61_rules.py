"""Rules chosen on the dev articles of the wire set's ids -61 (thirty-second session): a paper
a government circulates and "the paper" that refers back to it are records, a county's
firefighters are its fire service, press releases are records, posts that
circulate on a platform are nobody in particular, and an asking price is no one asking."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract

DIRECTORY = OutletDirectory([{"domain": "nzherald.co.nz", "name": "The New Zealand Herald",
                              "aliases": ["the Herald"], "kind": "newspaper"}])


def sources(text: str) -> list[tuple[str, str, str]]:
    return [(a.cue.text, a.source.text, a.source.kind)
            for a in extract(text, directory=DIRECTORY).attributions if a.source is not None]


def test_a_cabinet_paper_and_the_paper_after_it_are_records() -> None:
    text = ("The Herald reported the plan on Monday. A Cabinet paper released alongside the "
            "announcement says the cap would apply to each council. The paper, dated 14 "
            "October, says councils could apply for an exemption.")
    assert sources(text) == [
        ("reported", "The Herald", "outlet"),
        ("says", "A Cabinet paper released alongside the announcement", "document"),
        ("says", "The paper", "document"),
    ]


@pytest.mark.parametrize("kind", ["briefing", "options", "Treasury", "strategy"])
def test_a_paper_a_government_circulates_is_a_record(kind: str) -> None:
    assert sources(f"A {kind} paper says the cap would apply to each council.") == [
        ("says", f"A {kind} paper", "document")]


def test_the_paper_after_a_newspaper_alone_stays_the_newspaper() -> None:
    assert sources("The Herald reported the plan. The paper said the minister would resign.")[
        -1] == ("said", "The paper", "outlet")


@pytest.mark.parametrize(("text", "expected"), [
    ("Firefighters in Lowicz county said crews had collected 3.5 tonnes of dead fish.",
     ("said", "Firefighters in Lowicz county", "named_official")),
    ("Data compiled from RBI press releases show the bank has imposed penalties.",
     ("show", "Data compiled from RBI press releases", "document")),
    ("Posts circulating on Facebook claim the elders have agreed.",
     ("claim", "Posts circulating on Facebook", "vague")),
])
def test_whole_phrases_of_the_fresh_batches(text: str, expected: tuple[str, str, str]) -> None:
    assert sources(text) == [expected]


@pytest.mark.parametrize("source", [
    "Hoteliers across the island",
    "Legal scholars in the city",  # an expert trade whatever its ending
])
def test_a_placed_trade_stays_vague(source: str) -> None:
    assert sources(f"{source} said bookings had fallen.") == [("said", source, "vague")]


def test_an_asking_price_asks_nothing() -> None:
    assert sources("Asking prices for new flats rose 4.8 percent, the association said.") == [
        ("said", "the association", "named_expert")]
