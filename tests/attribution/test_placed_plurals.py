"""A plural of people placed by where they are is one source phrase ("Radio amateurs in several
countries"), never the place alone ("an unnamed several countries"), and a class of people so
placed is vague, as "Residents of Kharipara" is (rubrics/source-kinds.md)."""

from __future__ import annotations

import pytest

from service.attribution import extract


def _source(text: str) -> tuple[str, str]:
    found = [a for a in extract(text).attributions if a.source is not None]
    assert found, text
    return found[0].source.text, found[0].source.kind


@pytest.mark.parametrize(("text", "phrase"), [
    ("Radio amateurs in several countries reported that they had picked up the signal.",
     "Radio amateurs in several countries"),
    ("Some civil servants in Abuja said they had taken on second jobs.",
     "Some civil servants in Abuja"),
])
def test_a_class_of_people_placed_by_where_they_are_is_one_vague_phrase(
        text: str, phrase: str) -> None:
    assert _source(text) == (phrase, "vague")


def test_people_present_at_a_meeting_are_particular_people() -> None:
    text = "People present at Tuesday's meeting said the negotiators had left the table."
    assert _source(text) == ("People present at Tuesday's meeting", "anonymous_described")


def test_officials_placed_in_a_ministry_stay_unnamed() -> None:
    assert _source("Officials in the ministry said the plan was ready.") == (
        "Officials in the ministry", "anonymous_described")


def test_a_plural_that_names_no_people_does_not_take_the_place() -> None:
    # "entries" are records, not people: the rule leaves the phrase as the record it names
    text = "Entries in the agency's public complaints database show dozens of reports."
    assert _source(text) == ("the agency's public complaints database", "document")


def test_who_runs_a_school_and_who_guides_are_people() -> None:
    text = ("The principal of a large school in Haifa, who asked not to be named, said she "
            "had not been told.")
    said = [a.source.text for a in extract(text).attributions
            if a.source is not None and a.cue.text == "said"]
    assert said == ["The principal of a large school in Haifa"]
    assert _source("Tour guides in the city said they had not been told.") == (
        "Tour guides in the city", "vague")


def test_a_record_made_for_a_body_at_a_date_is_the_record() -> None:
    # "in March 2021" dates the study; "the city" is whom it was made for, not the source
    text = "A flood hazard study completed for the city in March 2021 identified Lava Ridge."
    assert _source(text) == (
        "A flood hazard study completed for the city in March 2021", "document")
    # a place after the people is still theirs
    assert _source("Officials in the city said the bridge was safe.")[0] == (
        "Officials in the city")


def test_a_reason_for_anonymity_may_hold_a_passive_told() -> None:
    text = ("A district employee who spoke on condition of anonymity because staff had been "
            "told not to discuss the attack said payroll would be late.")
    said = [a.source for a in extract(text).attributions
            if a.source is not None and a.cue.text == "said"]
    assert [(s.text, s.kind) for s in said] == [(
        "A district employee who spoke on condition of anonymity because staff had been told "
        "not to discuss the attack", "anonymous_described")]


def test_a_finite_said_after_the_reason_is_the_sources_own_verb() -> None:
    text = ("A council official who spoke on condition of anonymity because he was not "
            "authorized to discuss legal advice said the city expected a court challenge.")
    sources = {a.source.text for a in extract(text).attributions if a.source is not None}
    assert not any(s.endswith("said the city") for s in sources)


@pytest.mark.parametrize(("text", "phrase"), [
    ("One man who had loaded two dogs and a cooler into his pickup said he smelled smoke.",
     "One man who had loaded two dogs and a cooler into his pickup"),
    ("A woman who sells fruit and vegetables at the market said prices had doubled.",
     "A woman who sells fruit and vegetables at the market"),
])
def test_an_and_inside_a_relative_clause_stays_in_the_phrase(text: str, phrase: str) -> None:
    said = [a.source for a in extract(text).attributions
            if a.source is not None and a.cue.text == "said"]
    assert [(s.text, s.kind) for s in said] == [(phrase, "anonymous_described")]


@pytest.mark.parametrize("text", [
    "Some industry figures have privately questioned whether the deal makes sense.",
    "Senior industry figures said the deal made sense.",
])
def test_a_trades_prominent_people_are_vague(text: str) -> None:
    assert _source(text)[1] == "vague"


def test_figures_a_body_released_are_its_record() -> None:
    assert _source("Figures released by the ministry showed a fall in sales.") == (
        "Figures released by the ministry", "document")


def test_industry_figures_that_show_are_numbers_and_that_say_are_people() -> None:
    assert _source("Industry figures show sales fell 3%.")[1] == "document"
    assert _source("Industry figures have shown a drop in sales.")[1] == "document"
    assert _source("Government figures suggest unemployment fell.")[1] == "document"
    assert _source("Industry figures say a recovery is near.")[1] == "vague"


@pytest.mark.parametrize(("text", "phrase"), [
    ("Observers in the sector believe the operator has been drawing up the plans.",
     "Observers in the sector"),
    ("Political analysts in Tokyo believe the yen will rise.", "Political analysts in Tokyo"),
])
def test_a_placed_group_makes_a_view_verb_its_own(text: str, phrase: str) -> None:
    # "believe" and "think" with no "that" are read as views only after a subject that can
    # hold one: the group's head before its place, not the place
    assert _source(text) == (phrase, "vague")


@pytest.mark.parametrize("text", [
    "The government's dialogue with farmers in the region continued for weeks.",
    "Queues of travellers at the border continued to grow.",
    "The mood among traders in London shows how fragile the rally is.",
    "Residents in the area declined to move.",
])
def test_a_placed_group_inside_another_phrase_or_before_an_act_says_nothing(text: str) -> None:
    assert [a for a in extract(text).attributions if a.source is not None] == []


@pytest.mark.parametrize(("text", "source"), [
    ("In total, errors in the audit show the firm was careless.", "the audit"),
    ("A woman who was arrested was released and police said she would be charged.", "police"),
])
def test_things_and_new_subjects_are_not_taken_into_a_placed_phrase(
        text: str, source: str) -> None:
    assert _source(text)[0] == source


@pytest.mark.parametrize(("text", "phrase"), [
    ("A man who sells fruit and vegetables said prices had doubled.",
     "A man who sells fruit and vegetables"),
    ("A woman who cooks and cleans said the hotel was empty.", "A woman who cooks and cleans"),
])
def test_an_and_before_the_verb_inside_a_relative_clause(text: str, phrase: str) -> None:
    assert _source(text) == (phrase, "anonymous_described")


@pytest.mark.parametrize("text", ["Patients in the ward believe in miracles.",
                                  "Residents in the area fear for their safety."])
def test_a_view_verb_with_no_statement_after_it_says_nothing(text: str) -> None:
    assert [a for a in extract(text).attributions if a.source is not None] == []


def test_people_figures_stay_people_whatever_they_do_and_a_guide_on_something_is_a_record(
        ) -> None:
    assert _source("Senior party figures confirmed the leader would resign.")[1] == "vague"
    assert _source("A new government guide on heat safety warns that people should drink "
                   "water.") == ("A new government guide on heat safety", "document")
    assert _source("Some trainees in the hospital said they were unpaid.") == (
        "Some trainees in the hospital", "vague")
