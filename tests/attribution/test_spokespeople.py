"""A spokesperson tied to a body speaks for it on the record: the rubric's "role held by one
knowable person", and how the wire readers type it (166 named to 7 over the dev batches, and
all of the sixty-sixth batch's). A bare "a spokeswoman", whose body the phrase does not give,
and one who withholds even that, stay unnamed (issue 10's own example)."""

from __future__ import annotations

import pytest

from service.attribution import extract
from service.scoring import score_extraction
from service.scoring.priors import DEFAULT_PRIORS


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a["source"]["text"], a["source"]["kind"])
            for a in extract(text).to_dict()["attributions"]]


@pytest.mark.parametrize(("text", "source"), [
    ("The plant will close next year, a Halvorsen spokesman said.", "a Halvorsen spokesman"),
    ("A spokeswoman for the hospital said two patients were in a stable condition.",
     "A spokeswoman for the hospital"),
    ("The mine will close, a company spokeswoman said.", "a company spokeswoman"),
    ("The ministry's spokesman said the talks had failed.", "The ministry's spokesman"),
    ("A police spokesperson said no arrests had been made.", "A police spokesperson"),
])
def test_a_bodys_spokesperson_is_named(text: str, source: str) -> None:
    assert _sources(text) == [(source, "named_official")]


@pytest.mark.parametrize("text", [
    "The plant will close next year, a spokesman said.",
    "A spokeswoman said two patients were in a stable condition.",
])
def test_a_bare_spokesperson_speaks_for_the_body_of_the_story(text: str) -> None:
    # the wire readers: named in all 55 such spans (a spokesperson is an organisation's voice)
    kinds = [kind for _, kind in _sources(text)]
    assert kinds and kinds[0] == "named_official"


@pytest.mark.parametrize("text", [
    # withheld even the name a spokesperson gives
    ("The plant will close, a Halvorsen spokesman, who asked not to be named because the "
     "plans are private, said."),
    "A spokesman, who did not give his name, said the plant would close.",
])
def test_a_spokesperson_withholding_stays_unnamed(text: str) -> None:
    kinds = [kind for _, kind in _sources(text)]
    assert kinds and kinds[0] == "anonymous_described"


def test_later_mentions_of_the_spokesperson_keep_the_kind() -> None:
    text = ("Halvorsen Motors will cut 2,000 jobs, a Halvorsen spokesman said on Tuesday. The "
            "spokesman said no final decision had been made. He said the memo was a year old.")
    assert _sources(text) == [("a Halvorsen spokesman", "named_official"),
                              ("The spokesman", "named_official"),
                              ("He", "named_official")]


def test_a_bodys_spokesperson_raises_no_anonymity_flag_and_reads_plainly() -> None:
    text = ("Halvorsen Motors will cut 2,000 jobs at its Ohio plant, a Halvorsen spokesman "
            "said on Tuesday.")
    scored = score_extraction(extract(text).to_dict(), headline=None, priors=DEFAULT_PRIORS)
    assert scored["flags"] == []
    assert "unnamed" not in scored["summary"]
    assert "a Halvorsen spokesman" in scored["summary"]
