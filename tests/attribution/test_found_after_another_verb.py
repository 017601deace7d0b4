""""The researchers followed 210,000 adults for 11 years and found that ...": "found" has two
senses, and after "and" it was left without a source; before a that-clause it is the cue, and
its source the clause's subject (a fresh wire article, -90 dev)."""

from __future__ import annotations

from service.attribution import extract


def found_by(text: str) -> list[str | None]:
    return [a.source.text if a.source else None for a in extract(text).attributions
            if a.cue.text == "found"]


def test_found_that_after_another_verb_is_the_subjects_finding() -> None:
    assert found_by("The study, published last week in a medical journal, followed 210,000 "
                    "adults for 11 years and found that the scores predicted heart attacks.") == [
        "The study"]
    assert found_by("Police searched the house and found that the door had been forced.") == [
        "Police"]


def test_found_as_located_after_and_is_no_cue() -> None:
    assert found_by("Police searched the house and found a rifle in the garage.") == []
