"""What stands above a story is not its lead: a wire service's note on what a new version adds
("(Adds Lithuanian ministry comment in paragraph 3)") and a byline ("By Evan Marchetti"). The
lead is the first paragraph after them, and the note's words are nobody's claim (wire dev set,
twenty-first session)."""

from __future__ import annotations

import pytest

from service.attribution import extract
from service.attribution.text import above_the_story
from service.scoring.model import lead_range

STORY = "VILNIUS, Sept 9 (Reuters) - Belarus will release five Lithuanians, officials said."


@pytest.mark.parametrize("above", [
    "(Adds Lithuanian foreign ministry comment in paragraph 3, rights group in paragraph 4)",
    "(Updates with closing share price)",
    "By Evan Marchetti",
    "By Claire Whitford and Tom Reyes",
])
def test_a_note_or_a_byline_is_not_the_lead(above: str) -> None:
    assert above_the_story(above)
    text = f"{above}\n\n{STORY}\n\nMore follows."
    start, end = lead_range(text)
    assert text[start:end] == STORY


@pytest.mark.parametrize("paragraph", [
    "By the end of the day, 40 flights had been cancelled.",
    "(Reuters) - The bank cut rates.",
    STORY,
])
def test_the_story_itself_is_not_above_it(paragraph: str) -> None:
    assert not above_the_story(paragraph)


def test_a_wire_notes_words_are_no_claim() -> None:
    text = ("(Adds Lithuanian foreign ministry comment in paragraph 3, rights group in "
            f"paragraph 4)\n\n{STORY}")
    found = extract(text).to_dict()["attributions"]
    note = [a for a in found if a["cue"]["start"] < text.index("VILNIUS")]
    assert note and not any(a["claim"] for a in note)
    assert any(a["claim"] for a in found if a["cue"]["start"] > text.index("VILNIUS"))
