"""People an outlet quoted speak, and the outlet relays them (chains.md: "the paper quoted X as
saying"): "Officials quoted by Kan said ..." is Kan (relay) then the officials (origin), not
the officials relaying Kan. A record "quoted by" someone stays the record."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract

DIRECTORY = OutletDirectory([
    {"domain": "kan.org.il", "name": "Kan", "aliases": ["Kan"], "kind": "broadcaster"},
    {"domain": "reuters.com", "name": "Reuters", "aliases": ["Reuters"], "kind": "wire"},
])


def _hops(text: str) -> list[list[tuple[str, str]]]:
    chains = extract(text, directory=DIRECTORY).to_dict()["chains"]
    return [[(h["role"], h["entity"]) for h in c["hops"][1:]] for c in chains
            if len(c["hops"]) > 1]


@pytest.mark.parametrize(("text", "relay", "origin"), [
    ("Officials quoted by Kan said the talks had stalled.", "kan.org.il", "officials"),
    ("Residents quoted by Reuters said the water was brown.", "reuters.com", "residents"),
    ("Local residents quoted by the newspaper described hearing a loud bang.",
     None, "local-residents"),
])
def test_people_an_outlet_quoted_speak_through_it(text: str, relay: str | None,
                                                   origin: str) -> None:
    [chain] = _hops(text)
    assert [role for role, _ in chain] == ["relay", "origin"]
    assert chain[1][1] == origin
    if relay is not None:
        assert chain[0][1] == relay


def test_what_the_quoted_people_said_is_the_claim() -> None:
    result = extract("Officials quoted by Kan said the talks had stalled.", directory=DIRECTORY)
    inner = [a for a in result.attributions if a.cue.text == "said"]
    assert len(inner) == 1 and inner[0].source is not None
    assert inner[0].source.text == "Officials"
    assert inner[0].content is not None and inner[0].content.text == "the talks had stalled"


def test_a_record_quoted_by_someone_stays_the_record() -> None:
    found = extract("The figures quoted by the minister show a rise.",
                    directory=DIRECTORY).attributions
    assert [(a.source.text if a.source else None) for a in found] == ["The figures"]
