"""Stances written as a verb with a particle or a blow ("took a swipe at", "sparred over",
"bragged about"), mined from the PolNeAR train articles outside every dev set, and the verbs
whose last consonant doubles ("bragged", "rebutted", "preferred")."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import extract
from service.attribution import lexicon as lx


def outer(text: str) -> list[dict[str, Any]]:
    found = extract(text).to_dict()["attributions"]
    return [a for a in found if a["parent"] is None]


def test_a_doubled_consonant_is_a_form_of_the_cue_verb() -> None:
    assert lx.CUE_VERB_FORMS["bragged"] == "brag"
    assert lx.CUE_VERB_FORMS["rebutting"] == "rebut"
    assert lx.CUE_VERB_FORMS["preferred"] == "prefer"
    assert lx.CUE_VERB_FORMS["concurred"] == "concur"
    assert "braged" not in lx.CUE_VERB_FORMS
    # verbs that do not double keep their one consonant
    assert lx.CUE_VERB_FORMS["offered"] == "offer"
    assert lx.CUE_VERB_FORMS["considered"] == "consider"


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Clinton took some shots at Sanders over his plan for the banks.",
     "took some shots at", "Clinton"),
    ("President Obama took a whack at Trump's populist credentials.",
     "took a whack at", "President Obama"),
    ("The mayor bragged about the city's falling crime rate.", "bragged about", "The mayor"),
    ("Mr. Putin held forth on a sweeping array of topics.", "held forth", "Mr. Putin"),
    ("Senator Ruiz later walked back her remarks on the tariff.", "walked back",
     "Senator Ruiz"),
    ("Governor Hale cast doubt on the official unemployment rate.", "cast doubt",
     "Governor Hale"),
])
def test_a_stance_with_a_particle_is_a_cue(text: str, cue: str, source: str) -> None:
    found = outer(text)
    assert [(a["cue"]["text"], a["source"]["text"]) for a in found] == [(cue, source)]


@pytest.mark.parametrize("text", [
    "The gunman held a gun to the clerk's head.",
    "Police cast a wide net across the county.",
    "The striker took a shot from the edge of the box.",
])
def test_the_same_verbs_in_their_plain_sense_are_no_cue(text: str) -> None:
    assert outer(text) == []


@pytest.mark.parametrize(("text", "cue"), [
    ("Some researchers have raised concerns that bottom trawling could damage the beds.",
     "raised concerns"),
    ("The senator raised questions about the cost of the program.", "raised questions"),
    ("Doctors voiced concern that the clinic was understaffed.", "voiced concern"),
])
def test_concerns_a_source_raises(text: str, cue: str) -> None:
    found = extract(text).to_dict()["attributions"]
    assert [a["cue"]["text"] for a in found] == [cue]
