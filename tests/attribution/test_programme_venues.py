"""Programmes a speaker spoke on or gave the words to are venue hops (chains.md: "X said on Fox
News", "X told Reuters"): "said on a football podcast", "said on the episode", "said on his
stream", "told the programme", "told the newsletter", and a programme or outlet the appositive
after the object names ("told the Alder Valley Report, a local news podcast, that ...", "told
“Off the Beaten Track”, a podcast produced by ..., that ..."). An appositive after whom the
speaker told is not part of what was told."""

from __future__ import annotations

import pytest

from service.attribution import extract


def hops(text: str) -> list[tuple[str, str]]:
    chains = [c for c in extract(text).to_dict()["chains"] if len(c["hops"]) > 1]
    assert len(chains) == 1, chains
    return [(h["role"], h["entity"]) for h in chains[0]["hops"][1:]]


@pytest.mark.parametrize(("text", "venue"), [
    ("Captain Dario Kovac said on a football podcast released on Tuesday that he had asked "
     "to leave.", "venue-a-football-podcast-released-on-tuesday"),
    ("\"We are not closing the door,\" Vukasin said on the episode.", "venue-the-episode"),
    ("Hail had smashed the windshields, one storm chaser said on his stream.",
     "venue-his-stream"),
    ("In an oral history interview recorded in 2006, she said she had chosen ice at nine.",
     "venue-an-oral-history-interview-recorded-in-2006"),
    ("The person told the newsletter that Vantel had hired an investment bank.",
     "venue-the-newsletter"),
])
def test_programmes_spoken_on_are_venue_hops(text: str, venue: str) -> None:
    found = hops(text)
    assert [role for role, _ in found] == ["venue", "origin"]
    assert found[0][1] == venue


@pytest.mark.parametrize(("text", "venue"), [
    ("\"We are not closing the door,\" Vukasin told the programme.", "outlet-the-programme"),
    ("Linda Hargrove told the Alder Valley Report, a local news podcast, that the county had "
     "raised the fire budget.", "outlet-the-alder-valley-report"),
    ("Mayor Elena Vukasin told \"Off the Beaten Track\", a podcast produced by the travel "
     "magazine Wanderpost, that the cap would be written into the rules.",
     "outlet-off-the-beaten-track"),
])
def test_a_programme_told_is_an_outlet_venue(text: str, venue: str) -> None:
    found = hops(text)
    assert [role for role, _ in found] == ["venue", "origin"]
    assert found[0][1] == venue


@pytest.mark.parametrize("text", [
    "Linda Hargrove told the Alder Valley Report, a local news podcast, that the county had "
    "raised the fire budget.",
    "Mayor Elena Vukasin told \"Off the Beaten Track\", a podcast produced by the travel "
    "magazine Wanderpost, that the county had raised the fire budget.",
    "He told Smith, a longtime friend, that the county had raised the fire budget.",
    "He told the board, a body of nine members, that the county had raised the fire budget.",
])
def test_what_was_told_starts_after_the_appositive(text: str) -> None:
    [attribution] = extract(text).attributions
    assert attribution.content is not None
    assert attribution.content.text.startswith("that the county")


def test_a_person_told_is_no_venue() -> None:
    [attribution] = extract("He told Smith, a longtime friend, that he was leaving.").attributions
    assert attribution.venue is None
    assert attribution.content is not None and attribution.content.text == "that he was leaving"
