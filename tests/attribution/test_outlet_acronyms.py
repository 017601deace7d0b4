"""A lesser-known outlet's acronym counts as the outlet only where its sentence says it names a
news organisation (service/attribution/outlet_acronyms.py); the best-known networks' and
wires' acronyms count in any sentence."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory
from service.attribution.outlet_acronyms import lesser_acronym, names_news_here, sentence_bounds

RECORDS: list[dict[str, Any]] = [
    {"domain": "pap.pl", "name": "Polish Press Agency", "aliases": ["PAP"],
     "kind": "wire_service"},
    {"domain": "nta.ng", "name": "Nigerian Television Authority", "aliases": ["NTA"],
     "kind": "broadcaster"},
    {"domain": "svt.se", "name": "Sveriges Television", "aliases": ["SVT"],
     "kind": "broadcaster"},
    {"domain": "yle.fi", "name": "Yle", "aliases": [], "kind": "broadcaster"},
    {"domain": "kgw.com", "name": "KGW", "aliases": [], "kind": "broadcaster"},
    {"domain": "koin.com", "name": "KOIN", "aliases": [], "kind": "broadcaster"},
    {"domain": "cnn.com", "name": "CNN", "aliases": [], "kind": "broadcaster"},
    {"domain": "tass.com", "name": "TASS", "aliases": [], "kind": "wire_service"},
    {"domain": "wafa.ps", "name": "WAFA", "aliases": [], "kind": "wire_service"},
    {"domain": "un.org", "name": "United Nations", "aliases": ["UN"], "kind": "government"},
]


def found(text: str) -> list[str]:
    return [text[m.start:m.end] for m in OutletDirectory(RECORDS).find(text)
            if not m.ambiguous]


@pytest.mark.parametrize("text", [
    "The PAP kept its majority in the city council after a recount.",
    "The NTA delayed the entrance exam by a week after papers went missing.",
    "The striker was treated for SVT in the dressing room and returned for the second half.",
    "Wardens said the NTA and the PAP both missed the filing deadline.",  # none vouches
    "Three senators defected to the PAP last year.",  # "to" with no speech before it
])
def test_a_lesser_acronym_with_nothing_saying_news_is_not_the_outlet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("PAP reported that the border crossing had reopened.", ["PAP"]),
    ("The minister told NTA that the road would be finished by June.", ["NTA"]),
    ("SVT did not say how many ships had been inspected.", ["SVT"]),
    ("An SVT reporter filmed the damaged cable on the seabed.", ["SVT"]),
    ("Nigeria's state broadcaster NTA showed the president arriving in Abuja.", ["NTA"]),
    ("WARSAW (PAP) - The government approved the budget on Tuesday.", ["PAP"]),
    ("MOSCOW, May 2. /TASS/. The central bank held its key rate.", ["TASS"]),
    ("WAFA, the Palestinian news agency, said two people had been hurt.", ["WAFA"]),
    ("Speaking on SVT, the minister defended the plan.", ["SVT"]),
    ("Broadcasters in both capitals, SVT and Yle, showed the wreck.", ["SVT", "Yle"]),
    ("Portland's KGW and KOIN carried the briefing live.", ["KGW", "KOIN"]),
    ("Drug regulator cancels licences of six makers: PAP", ["PAP"]),
    ("The minister spoke to Yle and to SVT after the vote.", ["Yle", "SVT"]),
    ("According to PAP, the border crossing had reopened.", ["PAP"]),
    ("Border crossing reopens after two years, says PAP", ["PAP"]),
])
def test_a_sentence_that_says_news_keeps_the_outlet(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize("text", [
    "CNN cut away from the rally after a few minutes.",
    "The figure comes from a CNN tally of delegates.",
])
def test_a_household_acronym_is_the_outlet_anywhere(text: str) -> None:
    assert found(text) == ["CNN"]


def test_a_body_of_the_table_is_left_to_its_own_rules() -> None:
    # a body is not an outlet the bench counts; its acronym is not held to news context
    assert found("The UN named a new envoy on Friday.") == ["UN"]


def test_the_helpers() -> None:
    assert lesser_acronym("The PAP") and lesser_acronym("SVT") and lesser_acronym("KHON2")
    assert not lesser_acronym("CNN") and not lesser_acronym("Yle") and not lesser_acronym("P")
    text = "Officials told PAP on Monday. The PAP won."
    assert names_news_here(text, 14, 17)
    assert not names_news_here(text, 34, 37)
    assert sentence_bounds(text, 34, 37) == (29, len(text))
