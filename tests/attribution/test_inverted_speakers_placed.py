"""An inverted speaker placed by a phrase ("said a woman near the scene", "said a cafe owner
near the harbour, who did not want to give her name") is found, up to the comma before a
relative clause about them; "the same people" and "the same source" point back to the group
or source named before, as "the people" does (sixteenth wire batch, dev, eleventh session)."""

from __future__ import annotations

import pytest

from service import scoring
from service.attribution import extract
from service.scoring.priors import DEFAULT_PRIORS


@pytest.mark.parametrize(("text", "source"), [
    ("\"We are scared,\" said a woman near the scene.", "a woman near the scene"),
    ("\"We are scared,\" said a mother among the crowd.", "a mother among the crowd"),
    ("\"We are scared,\" said a cafe owner near the harbour, who did not want to give her name.",
     "a cafe owner near the harbour"),
    ("\"It was loud,\" said a member of the committee who backs him.",
     "a member of the committee who backs him"),
])
def test_an_inverted_speaker_with_a_placing_phrase_is_found(text: str, source: str) -> None:
    said = [a for a in extract(text).attributions if a.cue.text == "said"]
    assert [(a.source.text, a.source.kind) for a in said if a.source is not None] == [
        (source, "anonymous_described")]
    assert said[0].content is not None
    assert "scared" in said[0].content.text or "loud" in said[0].content.text


def test_the_same_people_are_the_group_named_before_and_no_single_source() -> None:
    text = ("Bloomberg reported, citing two people familiar with the company's plans, that "
            "Corvane was selling ships. The same people said Corvane had held talks with a "
            "carrier.")
    result = extract(text)
    same = next(a for a in result.attributions if a.source and a.source.text == "The same people")
    first = next(a for a in result.attributions if a.source and a.source.text.startswith("two"))
    assert same.source.entity is first.source.entity
    scored = scoring.score_extraction(result.to_dict(), headline=None, priors=DEFAULT_PRIORS)
    assert not [f for f in scored["flags"] if f["code"] == "single_anonymous_source"]


def test_the_same_source_is_the_confidential_source_named_before() -> None:
    result = extract("A source close to the club said the coach would go. The same source said "
                     "a successor was lined up.")
    sources = [a.source for a in result.attributions if a.source is not None]
    assert [s.kind for s in sources] == ["anonymous_described", "anonymous_described"]
    assert sources[0].entity is sources[1].entity
