"""A connective set off by commas between a subject and its verb ("The company, for its part,
said", "The union, in turn, said") leaves the subject the source; a participle before a
record's noun modifies it ("the published minutes of the session", "The released report"), so
the phrase is still a document."""

from __future__ import annotations

import pytest

from service.attribution import extract


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.source.text if a.source else None, a.source.kind if a.source else None,
             a.cue.text) for a in extract(text).attributions]


@pytest.mark.parametrize("aside", [
    "for its part", "in turn", "by contrast", "in response", "on the other hand",
    "at the time", "for now", "for its own part",
])
def test_a_connective_between_subject_and_verb_keeps_the_subject(aside: str) -> None:
    found = _found(f"The company, {aside}, said it would appeal the ruling.")
    assert [(source, cue) for source, _kind, cue in found] == [("The company", "said")]


def test_a_connective_before_an_auxiliary_and_after_a_quote() -> None:
    assert _found("Environmental groups, for their part, have accused the central bank of "
                  "moving too slowly.") == [("Environmental groups", "vague", "accused")]
    assert _found("\"We will appeal,\" the company, for its part, said.")[0][:1] == (
        "the company",)


def test_an_aside_that_is_no_connective_is_not_skipped() -> None:
    # ", in Brussels," places the speaker; the subject is still found, by the older rule
    found = _found("Kallas, in Brussels, said the talks would resume.")
    assert found and found[0][0] == "Kallas"


@pytest.mark.parametrize(("text", "source"), [
    ("The council approved the measure on Monday, according to the published minutes of the "
     "session.", "the published minutes of the session"),
    ("The published report found that the fire spread quickly.", "The published report"),
    ("The released figures show that exports fell.", "The released figures"),
])
def test_a_participle_before_a_records_noun_keeps_it_a_document(text: str, source: str) -> None:
    assert [(s, k) for s, k, _cue in _found(text)] == [(source, "document")]


def test_a_participle_after_the_records_noun_still_ends_its_head() -> None:
    assert _found("A report published on Thursday by the city found that the fire spread.") == [
        ("A report published on Thursday by the city", "document", "found")]
