"""Outlets that come after the speaker (PolNeAR calibration articles, third batch, tenth
session): the words were given to an outlet ("explained to CBS why ...", "said to CNN that
..."), an outlet relays the whole sentence before it ("“...,” said Kristen Day, director of X,
reports USA Today."), and a person's surname is the person even where a newspaper bears it
("Day said" after "Kristen Day", with The Day of New London in the directory)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from service.attribution import OutletDirectory, extract

RECORDS: list[dict[str, Any]] = [
    {"domain": "usatoday.com", "name": "USA Today", "aliases": ["USA Today"]},
    {"domain": "cbsnews.com", "name": "CBS News", "aliases": ["CBS", "CBS News"]},
    {"domain": "cnn.com", "name": "CNN", "aliases": ["CNN"]},
    {"domain": "afp.com", "name": "Agence France-Presse", "aliases": ["AFP"]},
    {"domain": "washingtonpost.com", "name": "The Washington Post",
     "aliases": ["Washington Post", "the Washington Post"]},
]
BUNDLED = Path(__file__).resolve().parents[2] / "service" / "ratings" / "data" / "outlets.jsonl"


@pytest.fixture(scope="module")
def directory() -> OutletDirectory:
    return OutletDirectory(RECORDS)


def chains(text: str, directory: OutletDirectory) -> list[list[tuple[str, str]]]:
    """Each chain's hops after the publisher, as (role, entity)."""
    result = extract(text, directory=directory).to_dict()
    return [[(h["role"], h["entity"]) for h in c["hops"][1:]] for c in result["chains"]]


@pytest.mark.parametrize(("text", "outlet", "speaker", "content"), [
    ("Sam Jacobs, an editor at the magazine, explained to CBS why Merkel was selected.",
     "CBS", "Sam Jacobs", "why Merkel was selected"),
    ("The minister said to CNN that talks would resume.", "CNN", "The minister",
     "that talks would resume"),
    ("A spokesman confirmed to AFP that the plant had closed.", "AFP", "A spokesman",
     "that the plant had closed"),
    ("He said to the Washington Post that he was innocent.", "the Washington Post", "He",
     "that he was innocent"),
])
def test_words_given_to_an_outlet_name_it_as_the_venue(
        text: str, outlet: str, speaker: str, content: str,
        directory: OutletDirectory) -> None:
    found = extract(text, directory=directory).to_dict()["attributions"]
    assert len(found) == 1, found
    assert found[0]["source"]["text"] == speaker
    assert found[0]["content"]["text"] == content  # the outlet is no part of what was said
    assert found[0]["venue"]["text"] == outlet
    assert found[0]["venue"]["outlet"] is not None


def test_what_an_outlet_owns_is_no_venue_after_to(directory: OutletDirectory) -> None:
    found = extract("She said to CNN's website that it was fine.",
                    directory=directory).to_dict()["attributions"]
    assert all(a.get("venue") is None for a in found), found


def test_an_outlet_after_the_speakers_appositive_relays_the_sentence(
        directory: OutletDirectory) -> None:
    text = ("“This has been the message,” said Kristen Day, executive director of Democrats "
            "for Life, reports USA Today.")
    found = chains(text, directory)
    quote = [c for c in found if c and c[-1] == ("origin", "kristen-day")]
    assert quote == [[("relay", "usatoday.com"), ("origin", "kristen-day")]], found


def test_a_surname_met_before_is_the_person_not_the_newspaper() -> None:
    # the bundled table, where "Day" is a name The Day of New London goes by
    directory = OutletDirectory(json.loads(line) for line in BUNDLED.read_text(
        encoding="utf-8").splitlines() if line.strip())
    assert [m.outlet.domain for m in directory.find("Day said it.")] == ["theday.com"]
    text = ("“This has been the message,” said Kristen Day, executive director of Democrats "
            "for Life.\n\nDay said the platform was diminishing the party.")
    found = extract(text, directory=directory).to_dict()["attributions"]
    day = next(a for a in found if a["source"]["text"] == "Day")
    assert day["source"]["kind"].startswith("named_"), day
    assert day["source"]["entity"] == "kristen-day"
