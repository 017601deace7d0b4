"""Programmes by their titles and outlets told at a time (fresh wire groups -94 and -95,
forty-fourth session): "told the Bellhaven Ledger last week that" (the time ends the outlet's
name), "speaking on the Rai 1 talk show “Porta a Porta”" (the title is part of the venue, and
"show" after "talk" is the noun, no cue); a quote spoken on a show is no title."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import extract


def attributions(text: str) -> list[dict[str, Any]]:
    return list(extract(text).to_dict()["attributions"])


def venues(text: str) -> list[str]:
    return [a["venue"]["text"] for a in attributions(text) if a.get("venue")]


@pytest.mark.parametrize(("text", "venue"), [
    ("The councillor told the Bellhaven Ledger last week that he expected tough choices.",
     "the Bellhaven Ledger"),
    ("The minister told the Harbour Courier earlier this month that the talks had stalled.",
     "the Harbour Courier"),
    ("He told The Last Word that it was over.", "The Last Word"),
])
def test_a_time_after_the_outlet_told_ends_its_name(text: str, venue: str) -> None:
    assert venues(text) == [venue]


@pytest.mark.parametrize(("text", "venue"), [
    ("Speaking on the Rai 1 talk show \"Porta a Porta\" on Thursday night, Di Lullo said the "
     "region's voters knew.", "the Rai 1 talk show \"Porta a Porta\""),
    ("The minister, speaking on the Rai 3 talk show “In Mezz’ora”, said the loan had been a "
     "serious breach.", "the Rai 3 talk show “In Mezz’ora”"),
])
def test_a_programme_title_is_part_of_the_venue(text: str, venue: str) -> None:
    found = attributions(text)
    assert [a["cue"]["text"] for a in found] == ["said"]
    assert any(venue in v for v in venues(text))


def test_words_spoken_on_a_show_are_no_title() -> None:
    found = attributions("He said on the show \"we will win this\" and left.")
    assert found and found[0]["venue"]["text"] == "on the show"
