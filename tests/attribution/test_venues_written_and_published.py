"""Venues of the wire set's seventh batch: a note to clients, a memorandum and a televised
address are venue hops (chains.md: "in a note provided to the Post"); a finding reported "in
the journal Nature Geoscience" appears in that journal; "told the Monadnock Courier" names a
newspaper by its masthead word even when the table does not hold it; a document's author or
commissioner stays inside the document's phrase ("Data from retail consultancy Footpath
Analytics", "An INSA poll for Bild am Sonntag")."""

from __future__ import annotations

import pytest

from service.attribution import extract


def hops(text: str) -> list[tuple[str, str]]:
    chains = [c for c in extract(text).to_dict()["chains"] if len(c["hops"]) > 1]
    assert len(chains) == 1, chains
    return [(h["role"], h["entity"]) for h in chains[0]["hops"][1:]]


@pytest.mark.parametrize(("text", "venue"), [
    ("Ruiz wrote in a note to clients that the guidance cut was large.",
     "venue-a-note-to-clients"),
    ("In a televised address on Sunday, Vereshin said the result was fair.",
     "venue-a-televised-address-on-sunday"),
    ("In a sentencing memorandum filed last month, prosecutors said Pruett moved the money.",
     "venue-a-sentencing-memorandum-filed-last-month"),
])
def test_written_and_broadcast_venues_are_hops(text: str, venue: str) -> None:
    found = hops(text)
    assert [role for role, _ in found] == ["venue", "origin"]
    assert found[0][1] == venue


def test_a_finding_reported_in_a_journal_has_the_journal_as_venue() -> None:
    text = ("The oldest specimen was at least 320 years old, the team reported in the journal "
            "Nature Geoscience.")
    assert hops(text) == [("venue", "nature-geoscience"), ("origin", "team")]


def test_told_a_newspaper_the_table_does_not_hold() -> None:
    found = hops("Smith told the Monadnock Courier that the plant would close.")
    assert found[0][0] == "venue" and "monadnock-courier" in found[0][1]
    assert found[1] == ("origin", "smith")


@pytest.mark.parametrize(("text", "source"), [
    ("Data from retail consultancy Footpath Analytics showed visits fell 4 percent.",
     "Data from retail consultancy Footpath Analytics"),
    ("An INSA poll for Bild am Sonntag showed the party at 14 percent.",
     "An INSA poll for Bild am Sonntag"),
    ("A survey of 1,200 households in three camps found that a third of children were ill.",
     "A survey of 1,200 households in three camps"),
])
def test_a_documents_author_stays_inside_its_phrase(text: str, source: str) -> None:
    found = extract(text).to_dict()["attributions"]
    assert (found[0]["source"]["text"], found[0]["source"]["kind"]) == (source, "document")


@pytest.mark.parametrize(("text", "venue"), [
    ("Prosecutors said in court papers that Linwood wrote himself more than 400 checks.",
     "outlet-court-papers"),
    ("The average rent stood at 1,294 pounds a month, HomeLedger said in its quarterly "
     "rental index.", "venue-its-quarterly-rental-index"),
    ("Halden Line said in an advisory to customers that it would add a surcharge.",
     "venue-an-advisory-to-customers"),
    ("\u201cA purchaser cannot be made to wait,\u201d the judges wrote in their 64-page order.",
     "venue-their-64-page-order"),
])
def test_papers_indexes_advisories_and_orders_are_venues(text: str, venue: str) -> None:
    found = hops(text)
    assert [role for role, _ in found] == ["venue", "origin"]
    assert found[0][1] == venue


def test_in_order_to_is_a_purpose_not_a_venue() -> None:
    assert hops("He said in order to win they had to unite.") == [("origin", "unresolved-he")]


def test_a_record_with_its_source_after_from_makes_show_a_verb() -> None:
    text = ("Figures from the East African Community secretariat show trade between the two "
            "countries fell 18% in the first half of the year.")
    found = extract(text).to_dict()["attributions"]
    assert (found[0]["source"]["text"], found[0]["source"]["kind"]) == (
        "Figures from the East African Community secretariat", "document")
    bill = extract("The ministry is due to present a bill tightening rules for tailings dams "
                   "to Congress later this month.").to_dict()["attributions"]
    assert all(not a["claim"] for a in bill) or all(a["cue"]["text"] != "rules" for a in bill)
