"""Relays as wire copy writes them (wire dev, tenth session): an outlet's aside "quoting X" is
whom it relays, as "citing X" is; "X quoted Y, who ..., as saying" and "X quoted Y, the
president, as saying" keep Y the speaker; a headline's trailing "- state media" or "- WSJ"
names the headline's source, and the headline's own verb says what it says up to the dash;
an acronym a name defines in brackets ("The Tavarian News Agency (TNA)") is that name after."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory, extract

RECORDS: list[dict[str, Any]] = [
    {"domain": "wsj.com", "name": "The Wall Street Journal",
     "aliases": ["Wall Street Journal", "WSJ"]},
]


@pytest.fixture(scope="module")
def directory() -> OutletDirectory:
    return OutletDirectory(RECORDS)


def chains(text: str, headline: str | None = None,
           directory: OutletDirectory | None = None) -> list[list[tuple[str, str]]]:
    result = extract(text, headline=headline, directory=directory).to_dict()
    return [[(h["role"], h["kind"]) for h in c["hops"][1:]] for c in result["chains"]]


def test_an_outlets_aside_quoting_a_ministry_relays_it() -> None:
    found = chains("The state broadcaster, quoting the Defence Ministry, said border guards had "
                   "opened fire without warning.")
    assert [("relay", "state_affiliated_outlet"), ("origin", "named_official")] in found


@pytest.mark.parametrize(("text", "speaker"), [
    ("The agency quoted President Oleg Varan, who it said watched the launch from a command "
     "post, as saying the weapon would work.", "President Oleg Varan"),
    ("The agency quoted Varan, the president, as saying the weapon would work.", "Varan"),
])
def test_the_person_quoted_keeps_their_aside_out_of_the_name(text: str, speaker: str) -> None:
    found = extract(text).to_dict()["attributions"]
    saying = [a for a in found if a["cue"]["text"] == "as saying"]
    assert [(a["source"]["text"], a["content"]["text"]) for a in saying] == [
        (speaker, "the weapon would work")]


def test_a_headline_credit_to_state_media_relays_the_headline() -> None:
    result = extract("The plan was announced on Monday.",
                     headline="Tavaria says it tested a new missile - state media").to_dict()
    says = next(a for a in result["attributions"] if a["cue"]["text"] == "says")
    assert says["content"]["text"] == "it tested a new missile"
    headline_chains = [[(h["role"], h["kind"]) for h in c["hops"][1:]] for c in result["chains"]
                       if c["claim"]["field"] == "headline"]
    assert headline_chains == [[("relay", "state_affiliated_outlet"), ("origin", "named_person")]]


def test_a_headline_credit_to_an_outlet_the_directory_holds(directory: OutletDirectory) -> None:
    found = chains("Nordhaven plans to cut jobs, the newspaper reported.",
                   headline="Nordhaven to cut 1,200 jobs - WSJ", directory=directory)
    assert [("origin", "outlet")] in found
    # a word after the dash that names no outlet is no source
    assert chains("The storm hit the coast.", headline="Storm hits coast - Photos") == [[], []]


def test_an_acronym_defined_in_brackets_is_the_same_source() -> None:
    result = extract("The Tavarian News Agency (TNA) said the missile was launched on Sunday. "
                     "TNA quoted President Oleg Varan as saying the weapon would work.").to_dict()
    kinds = {a["source"]["text"]: (a["source"]["kind"], a["source"]["entity"])
             for a in result["attributions"] if a["source"]}
    assert kinds["TNA"] == kinds["The Tavarian News Agency (TNA)"]
