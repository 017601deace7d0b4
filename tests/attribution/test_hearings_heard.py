"""British court reporting gives what a hearing was told as the hearing's: "The inquest heard
that ...", "the court heard how ..." (the wire readers' named source, missed before: "heard"
was no cue). Only a hearing's noun before "heard" and a clause after it make the cue;
"Residents heard a bang" and "The court heard that appeal" stay no attribution."""

from __future__ import annotations

import pytest

from service.attribution import extract
from service.attribution.entity_table import NAMED_KINDS


def sources(text: str) -> list[tuple[str, str, str]]:
    return [(a.cue.text, a.source.text, a.source.kind) for a in extract(text).attributions
            if a.source is not None]


@pytest.mark.parametrize(("text", "source"), [
    ("The inquest heard that the grain auger was still running when he climbed in.",
     "The inquest"),
    ("At the hearing in Truro, the inquest heard that the boat had no working radio.",
     "the inquest"),
    ("The court heard how the defendant had sent 40 messages in one night.", "The court"),
    ("The tribunal also heard that managers had ignored three complaints.", "The tribunal"),
    ("The jury heard that she had been warned twice about the ladder.", "The jury"),
])
def test_a_hearing_heard_what_it_was_told(text: str, source: str) -> None:
    found = [(s, k) for cue, s, k in sources(text) if cue == "heard"]
    assert found and found[0][0] == source and found[0][1] in NAMED_KINDS


@pytest.mark.parametrize("text", [
    "Residents heard that a bang had shaken the street.",
    "The court heard that appeal in May.",
    "Neighbours heard how the roof came down.",
])
def test_heard_is_no_cue_elsewhere(text: str) -> None:
    assert not [s for cue, s, _ in sources(text) if cue == "heard"]
