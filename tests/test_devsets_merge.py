"""The dev-set tools find a labelled phrase where the reader meant it (devsets/merge.py): a
whole word nearest the claim, so that "he" is never read inside "the"."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "devsets"))

from merge import _near


def test_a_short_source_is_found_as_a_whole_word() -> None:
    text = "Less than half of the money has been recovered, he added."
    start, end = _near(text, "he", 0) or (0, 0)
    assert text[start - 1:end + 1] == " he "


def test_a_phrase_inside_a_longer_word_is_found_when_nothing_else_is() -> None:
    assert _near("the theory", "theo", 0) == (4, 8)
    assert _near("no match here", "absent", 0) is None
