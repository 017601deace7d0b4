"""Rules of the outlet directory found with the fourth mention set (dev4, ninth session): an
apposition that calls a name a person ends there, and a hyphened name may be written with a
space where no other outlet goes by the spaced form."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory

WAPO = {"domain": "washingtonpost.com", "name": "The Washington Post",
        "aliases": ["Washington Post", "the Washington Post"]}
MOTHER_JONES = {"domain": "motherjones.com", "name": "Mother Jones", "aliases": ["Mother Jones"]}
CLARION = {"domain": "clarionledger.com", "name": "The Clarion-Ledger",
           "aliases": ["Clarion-Ledger", "the Clarion-Ledger"]}
STRIB = {"domain": "startribune.com", "name": "Star Tribune",
         "aliases": ["Star Tribune", "the Star Tribune"]}
CASPER = {"domain": "trib.com", "name": "Casper Star-Tribune", "aliases": ["Star-Tribune"]}
STRAITS = {"domain": "straitstimes.com", "name": "The Straits Times",
           "aliases": ["Straits Times", "the Straits Times"]}
INDEPENDENT = {"domain": "independent.co.uk", "name": "The Independent",
               "aliases": ["The Independent"]}
BLOOMBERG = {"domain": "bloomberg.com", "name": "Bloomberg", "aliases": ["Bloomberg"]}
RECORDS: list[dict[str, Any]] = [WAPO, MOTHER_JONES, CLARION, STRIB, CASPER, STRAITS,
                                 INDEPENDENT, BLOOMBERG]


def found(text: str) -> list[tuple[str, str]]:
    directory = OutletDirectory(RECORDS)
    return [(text[m.start:m.end], m.outlet.domain) for m in directory.find(text)
            if not m.ambiguous]


def test_the_next_clause_after_a_comma_is_no_apposition() -> None:
    text = ("According to a report in The Washington Post, the inspector general had opened an "
            "inquiry in March.")
    assert found(text) == [("The Washington Post", "washingtonpost.com")]
    assert found("Mother Jones, the labor organizer, spoke in 1903.") == []


@pytest.mark.parametrize(("text", "domain"), [
    ("A reporter from The Clarion Ledger in Jackson was barred from the meeting.",
     "clarionledger.com"),
    ("A spokesman told the Star Tribune that crews would work through the night.",
     "startribune.com"),
    ("The Casper Star-Tribune reported the fire.", "trib.com"),
])
def test_a_hyphened_name_written_with_a_space(text: str, domain: str) -> None:
    assert [d for _, d in found(text)] == [domain]


@pytest.mark.parametrize("text", [
    "The Straits Times Index ended the session 0.4 percent higher.",
    "The Independent candidate for governor drew 11 percent of the vote.",
    "Bloomberg LP, the financial data company, said subscriptions had grown.",
    "The company does not cover its owner's company, Bloomberg L.P.",
])
def test_an_index_a_candidate_and_a_company_are_no_outlets(text: str) -> None:
    assert found(text) == []


def test_the_same_names_as_outlets() -> None:
    assert found("The Independent reported the leak.") == [
        ("The Independent", "independent.co.uk")]
    assert found("The Straits Times reported the fall.") == [
        ("The Straits Times", "straitstimes.com")]


@pytest.mark.parametrize(("text", "want"), [
    # a hyphen glues the name to a lowercase word: one compound word (dev6, thirteenth session)
    ("Bloomberg-era rules at City Hall were scrapped.", []),
    ("The paper ran a Washington Post-style fact check.", []),
    # a participle after the hyphen keeps the outlet ("a Bloomberg-commissioned survey")
    ("A Bloomberg-commissioned survey found that rents rose.", [("Bloomberg", "bloomberg.com")]),
])
def test_a_name_hyphened_to_a_lowercase_word_is_part_of_a_compound(
        text: str, want: list[tuple[str, str]]) -> None:
    assert found(text) == want
