"""Kinds that depend on who owns a thing and on surnames that are also words.

Found over PolNeAR train articles outside every labelled set (the sources typed "unnamed"
there): a campaign or a relative that a named owner identifies is named, a surname that is a
common word ("King", "Singer", "Young") is still a surname, a group the article is writing
about ("the candidates") is named, and a phrase that is a time or a verb ("six months", "no
longer") is no one a reader could place: unresolved, never "an unnamed" source.
"""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import extract


def source_of(text: str, cue: str = "said") -> dict[str, Any]:
    attribution = next(a for a in extract(text).to_dict()["attributions"]
                       if a["cue"]["text"] == cue)
    return attribution["source"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Hillary Clinton's campaign said it would name a replacement.", "named_expert"),
    ("Hillary Clinton’s presidential campaign said it would name a replacement.",
     "named_expert"),
    ("New Hampshire Sen. Kelly Ayotte's campaign said the senator would not attend.",
     "named_expert"),
    ("Elliott's father said the boy had been bullied for months.", "named_person"),
    ("Trump's campaign manager said the event would go ahead.", "named_person"),
    # a body's spokesperson speaks for it on the record (the wire readers: named)
    ("A spokesman for Mr. Clinton said the plan would fail.", "named_official"),
])
def test_what_a_named_owner_identifies_is_named(text: str, kind: str) -> None:
    assert source_of(text)["kind"] == kind


@pytest.mark.parametrize("text", [
    "His advisers said the plan would fail.",  # his aides: withheld names
    "The senator's aides said the plan would fail.",  # the owner is no name
])
def test_people_around_someone_stay_unnamed(text: str) -> None:
    assert source_of(text)["kind"] == "anonymous_described"


def test_an_owners_news_service_is_still_an_outlet() -> None:
    source = source_of("Iran's oil ministry news service, Shana, said output would rise.")
    assert source["kind"] in {"outlet", "unnamed_outlet", "state_affiliated_outlet"}


def test_a_surname_that_is_a_word_is_a_surname() -> None:
    said = [a["source"] for a in extract(
        "Tennis great Billie Jean King said the tour should pay equally. "
        "King said she would attend the final.").to_dict()["attributions"]]
    assert [s["kind"] for s in said] == ["named_person", "named_person"]
    assert said[0]["entity"] == said[1]["entity"]  # "King" is Billie Jean King


def test_a_speaker_after_a_quotation_is_a_surname() -> None:
    source = source_of('"Everybody in town will show up," Young said.')
    assert (source["text"], source["kind"]) == ("Young", "named_person")


@pytest.mark.parametrize("text", [
    '"The plan will fail," Critics said.',  # a plural is a group, not a surname
    '"That was the end of it."  Public colleges said they would raise fees.',
])
def test_not_every_capitalised_word_after_a_quotation_is_a_surname(text: str) -> None:
    assert source_of(text)["kind"] != "named_person"


@pytest.mark.parametrize(("text", "kind"), [
    ("Wisconsin Republican Paul Ryan said the vote would wait.", "named_person"),
    ("The Wisconsin Republican said the vote would wait.", None),  # a description
    ("A California Democrat said the vote would wait.", "anonymous_described"),
    ("Senate Republicans said the vote would wait.", None),
])
def test_a_party_member_or_a_description_is_no_surname(text: str, kind: str | None) -> None:
    source = source_of(text)
    assert source["kind"] not in {"outlet", "unnamed_outlet"}
    if kind is not None:
        assert source["kind"] == kind


@pytest.mark.parametrize("text", [
    "The candidates said they would debate again next month.",
    "The Democrats said the plan would fail.",
])
def test_the_group_the_article_writes_about_is_named(text: str) -> None:
    assert source_of(text)["kind"] == "named_person"


@pytest.mark.parametrize(("text", "cue"), [
    ("In the six months since announcing her decision, Fiorina had waged a campaign.",
     "announcing"),
    ("Party officials found they could no longer defend the chair staying in place.",
     "defend"),
    ("The tentative deal, announced Friday, would last four years.", "announced"),
])
def test_a_time_or_a_verb_is_no_unnamed_source(text: str, cue: str) -> None:
    assert source_of(text, cue)["kind"] == "unresolved"


@pytest.mark.parametrize(("text", "source"), [
    ("Robert Antonacci of the New York delegation said he would vote for Trump.",
     "Robert Antonacci of the New York delegation"),
    ("Jane Doe of the Brookings Institution said the figure was accurate.",
     "Jane Doe of the Brookings Institution"),
])
def test_a_named_person_placed_by_a_body_is_named(text: str, source: str) -> None:
    found = source_of(text)
    assert found["text"] == source
    assert found["kind"] in {"named_person", "named_official", "named_expert"}


def test_statistics_are_a_document() -> None:
    assert source_of("Last year's FBI statistics showed that violent crime rose.",
                     "showed")["kind"] == "document"


@pytest.mark.parametrize(("text", "cue"), [
    ("''The challenge was to reconcile the two,'' Mr. Singer said.", "said"),
    ("Dr. Young said the plan was sound.", "said"),
])
def test_a_title_before_a_common_word_makes_it_a_surname(text: str, cue: str) -> None:
    assert source_of(text, cue)["kind"] == "named_person"


@pytest.mark.parametrize(("text", "cue"), [
    ("In December, a quiz asked readers to guess which statements were true.", "asked"),
    ("Mr. Wiley walked them through a slide show that predicted victory.", "show"),
    ("One lurking question is whether her practice was safe.", "question"),
])
def test_a_thing_in_the_speaker_place_is_no_unnamed_source(text: str, cue: str) -> None:
    found = [a for a in extract(text).to_dict()["attributions"] if a["cue"]["text"] == cue]
    assert all(a["source"] is None or a["source"]["kind"] not in (
        "anonymous", "anonymous_described") for a in found)


@pytest.mark.parametrize(("text", "kind"), [
    ("A Republican strategist said the race was close.", "anonymous_described"),
    ("A civil rights advocacy group said the ads were misleading.", "anonymous_described"),
    ("One union steward said supervisors had stopped ordering parts.", "anonymous_described"),
    ("A superdelegate said she would stay neutral.", "anonymous_described"),
])
def test_a_person_or_body_described_stays_an_unnamed_source(text: str, kind: str) -> None:
    assert source_of(text)["kind"] == kind


def test_a_copy_or_an_average_is_a_document() -> None:
    text = ("Indonesia will decide where the items go, according to a copy of the agreement. "
            "Clinton leads by six points, according to a RealClearPolitics average of polls.")
    kinds = [a["source"]["kind"] for a in extract(text).to_dict()["attributions"]
             if a["cue"]["text"] == "according to"]
    assert kinds == ["document", "document"]
