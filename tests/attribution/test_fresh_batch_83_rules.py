"""Rules of the thirty-seventh session, each from an error of the wire set's dev part (ids -83
and later), measured on the whole set before it was kept."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract

DIRECTORY = OutletDirectory([
    {"domain": "reuters.com", "name": "Reuters", "aliases": ["Reuters"], "kind": "wire"},
])


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.source.text if a.source else None, a.source.kind if a.source else None,
             a.cue.text) for a in extract(text, directory=DIRECTORY).attributions]


def _hops(text: str) -> list[list[str]]:
    return [[h["kind"] for h in chain["hops"][1:]]
            for chain in extract(text, directory=DIRECTORY).chains]


@pytest.mark.parametrize(("text", "source"), [
    ("The start-up raised $40 million in the spring, according to the trade newsletter "
     "Ledgerline.", "the trade newsletter Ledgerline"),
    ("The start-up raised $40 million in the spring, according to the newsletter Ledgerline.",
     "the newsletter Ledgerline"),
    ("According to the mining blog Orecast, the two companies had been in talks since June.",
     "the mining blog Orecast"),
])
def test_the_trade_press_by_what_it_calls_itself_is_an_outlet(text: str, source: str) -> None:
    assert [f[:2] for f in _found(text) if f[2].lower() == "according to"] == [
        (source, "outlet")]


def test_a_named_blog_reporting_is_an_unrated_outlet() -> None:
    kinds = {f[0]: f[1] for f in _found(
        "The trade blog Orecast reported last month that the miner had been in talks.")}
    assert kinds == {"Orecast": "unnamed_outlet"}


@pytest.mark.parametrize("text", [
    "In a newsletter to clients, Marta Ruiz wrote that the deal was off.",
    "Marta Ruiz wrote in her newsletter that the deal was off.",
    "Marta Ruiz wrote on her blog that the deal was off.",
])
def test_a_writers_own_newsletter_or_blog_stays_her_record(text: str) -> None:
    assert _hops(text) == [["document", "named_person"]]


@pytest.mark.parametrize(("text", "source"), [
    ("The ministry's monthly visa bulletin for October shows that the cutoff date has barely "
     "moved.", "The ministry's monthly visa bulletin for October"),
    ("Its quarterly report filed with the Securities and Exchange Commission on March 11 "
     "showed cash of 2 billion dollars.",
     "Its quarterly report filed with the Securities and Exchange Commission on March 11"),
])
def test_a_record_whose_post_modifier_ends_on_a_date_is_the_source(text: str, source: str
                                                                    ) -> None:
    assert [f[:2] for f in _found(text)] == [(source, "document")]


@pytest.mark.parametrize("text", [
    "Talks in Geneva on March 11 showed little progress.",
    "Sales in October showed a rise.",
])
def test_a_date_after_no_record_widens_nothing(text: str) -> None:
    assert not any(f[1] == "document" for f in _found(text))


@pytest.mark.parametrize(("text", "source"), [
    ("The bells were restored with her gift, the parish's vicar confirmed on Sunday.",
     "the parish's vicar"),
    ("The school's principal said the roof would be repaired over the summer.",
     "The school's principal"),
    ("The council's leader said the budget would be balanced.", "The council's leader"),
])
def test_the_one_holder_of_a_bodys_post_is_named(text: str, source: str) -> None:
    assert [f[:2] for f in _found(text)] == [(source, "named_official")]


def test_a_post_nothing_qualifies_stays_a_reference() -> None:
    assert [f[1] for f in _found("The owner said he had been hauling water since June.")] != [
        "named_official"]


@pytest.mark.parametrize(("text", "source"), [
    ("Speaking to reporters, Sydney-based advocate Hanna Morcombe of the Pacific Refugee "
     "Network said the group had been contacted by several men.",
     "Sydney-based advocate Hanna Morcombe of the Pacific Refugee Network"),
    ("London-born economist Tom Reed of Capital Economics said rates would fall.",
     "London-born economist Tom Reed of Capital Economics"),
])
def test_a_placed_role_before_a_name_and_its_body_is_the_person(text: str, source: str
                                                                 ) -> None:
    said = [f for f in _found(text) if f[2] == "said"]
    assert said and said[0][0] == source and said[0][1].startswith("named_")
