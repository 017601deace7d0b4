"""Groups "some", "many" or "most" leave uncounted are vague, whatever their head noun ("Some
local officials", "Some diplomats in Moscow", "Some staff"): both readers of the wire set, and
the PolNeAR readers ("many officials", "most D.C. insiders"), read them so (wire dev, eleventh
session). A counted group ("Several officials", "Two officials") stays unnamed, and so does an
uncounted one whose names an aside withholds ("Some officials, speaking on condition of
anonymity") or that a marker makes confidential ("familiar with the talks")."""

from __future__ import annotations

import pytest

from service.attribution import extract


def kinds(text: str) -> list[tuple[str, str]]:
    return [(a.source.text, a.source.kind) for a in extract(text).attributions
            if a.source is not None]


@pytest.mark.parametrize(("text", "source"), [
    ("Some staff fear the weekly titles will close.", "Some staff"),
    ("Some local officials said disputes over water were rising.", "Some local officials"),
    ("Some industry executives said a recovery was under way.", "Some industry executives"),
    ("Many officials said the plan was dead.", "Many officials"),
    ("Some diplomats in Moscow said Russia had made such offers before.",
     "Some diplomats in Moscow"),
])
def test_an_uncounted_group_is_vague(text: str, source: str) -> None:
    assert kinds(text) == [(source, "vague")]


@pytest.mark.parametrize(("text", "source"), [
    ("Several officials said the plan was dead.", "Several officials"),
    ("Two officials said the plan was dead.", "Two officials"),
    ("Some officials familiar with the talks said the plan was dead.",
     "Some officials familiar with the talks"),
    ("Some people in Trump world said the plan was dead.", "Some people in Trump world"),
])
def test_counted_or_confidential_groups_stay_unnamed(text: str, source: str) -> None:
    assert kinds(text) == [(source, "anonymous_described")]


@pytest.mark.parametrize("opening", ["Some officials", "Some residents"])
def test_an_aside_that_withholds_names_makes_the_group_unnamed(opening: str) -> None:
    found = extract(f"{opening}, speaking on condition of anonymity, said the plan was "
                    "dead.").attributions
    assert [(a.source.text, a.source.kind) for a in found] == [(opening, "anonymous_described")]
    assert "anonymity" in (found[0].source.description or "")


def test_an_aside_that_withholds_nothing_leaves_the_group_vague() -> None:
    assert kinds("Some residents, speaking outside the hall, said the plan was dead.") == [
        ("Some residents", "vague")]


@pytest.mark.parametrize("headline", ["Town library to close, staff say",
                                      "Staff say town library will close"])
def test_a_headlines_staff_is_a_group_not_the_person_the_story_names(headline: str) -> None:
    # "Lawmaker says" is one person the story identifies below; "staff say" is a group, and
    # the body's mayor stays the mayor, not a second mention of a person called "staff"
    result = extract("The library will close at the end of the year, the mayor said.",
                     headline=headline)
    found = {(a.field, a.source.text.lower(), a.source.kind) for a in result.attributions
             if a.source is not None}
    assert found == {("headline", "staff", "anonymous_described"),
                     ("text", "the mayor", "named_official")}


@pytest.mark.parametrize(("text", "source", "kind"), [
    # sixty-fifth wire batch (twenty-third session): the people a negated participle
    # describes are the head ("Scientists", not "the survey"), and the survey no cue
    ("Marine scientists not involved in the survey say both explanations may be partly right.",
     "Marine scientists not involved in the survey", "vague"),
    ("Economists not involved in the study said the estimate was high.",
     "Economists not involved in the study", "vague"),
    ("Two scientists not involved in the work said the finding is plausible.",
     "Two scientists not involved in the work", "anonymous_described"),
    # the issue's own example without its "who was": the official, never "speak"
    ("An official not authorized to speak publicly said the talks had stalled.",
     "An official not authorized to speak publicly", "anonymous_described"),
])
def test_a_source_described_by_what_it_is_not(text: str, source: str, kind: str) -> None:
    assert kinds(text) == [(source, kind)]
