"""Records a participle describes before their verb ("A ministry field survey completed last
week found", "A payment schedule tabled at the hearing shows", "A report published on Monday
found"): the record is the source, with its date, though "found" and "shows" are verbs only
after a subject that can find or show. Found with the wire set's dev articles (twenty-ninth
session)."""

from __future__ import annotations

import pytest

from service.attribution import extract


def source_of(text: str, cue: str) -> tuple[str, str] | None:
    """(text, kind) of the source of the attribution whose cue is `cue`, or None when no
    attribution has that cue."""
    for a in extract(text).to_dict()["attributions"]:
        if a["cue"]["text"] == cue:
            return (a["source"]["text"], a["source"]["kind"]) if a["source"] else None
    return None


@pytest.mark.parametrize(("text", "cue", "record"), [
    ("A ministry field survey completed last week found the fungus on 312 farms.", "found",
     "A ministry field survey completed last week"),
    ("A payment schedule tabled at the hearing shows the board owes about 9,800 farmers.",
     "shows", "A payment schedule tabled at the hearing"),
    ("An ASIC report published in March found the four major banks had paid compensation.",
     "found", "An ASIC report published in March"),
    ("A report published on Monday found the banks had paid.", "found",
     "A report published on Monday"),
    ("A report released Tuesday found the banks had paid.", "found",
     "A report released Tuesday"),
    ("Internal dispatch records handed over in discovery show that the average unpaid wait was "
     "2.7 hours.", "show", "Internal dispatch records handed over in discovery"),
    ("City budget documents approved in December show the subsidy falling to 96 million "
     "crowns.", "show", "City budget documents approved in December"),
    ("A chronology attached to the filing showed the company knew.", "showed",
     "A chronology attached to the filing"),
])
def test_a_record_described_by_a_participle_is_the_source(text: str, cue: str,
                                                          record: str) -> None:
    assert source_of(text, cue) == (record, "document")


@pytest.mark.parametrize(("text", "cue"), [
    # a person or a thing that is no record, and the verb is no verb of finding
    ("A hiker reported missing on Monday found shelter in a barn.", "found"),
    ("The team promoted last season found form in March.", "found"),
])
def test_no_record_no_finding(text: str, cue: str) -> None:
    assert source_of(text, cue) is None


@pytest.mark.parametrize(("text", "cue", "record"), [
    # a superlative before the record is part of its phrase, not a share of a group
    ("The company's most recent accounts show an operating loss of 64 million pounds.", "show",
     "The company's most recent accounts"),
    ("The company's most recent accounts, filed at Companies House in January, show an "
     "operating loss.", "show", "The company's most recent accounts"),
    # what a picture shows, hedged: the record is still the source
    ("Videos posted on social media appeared to show brown water running down the main "
     "street.", "appeared to show", "Videos posted on social media"),
    ("Videos shared on social media purported to show columns of military trucks moving "
     "south.", "purported to show", "Videos shared on social media"),
    ("A video circulating on social media showed passengers walking across a field.", "showed",
     "A video circulating on social media"),
    ("Satellite images taken on Wednesday and analysed by NK Pro appeared to show flooding "
     "along a river.", "appeared to show",
     "Satellite images taken on Wednesday and analysed by NK Pro"),
    # the reporter's caveat in a relative clause is no cue; the record's own verb is
    ("Videos circulating on social media, which could not be verified, showed smoke rising.",
     "showed", "Videos circulating on social media"),
    ("Videos posted on social media, which could not be immediately verified, appeared to show "
     "flames crossing the main road.", "appeared to show", "Videos posted on social media"),
])
def test_records_and_what_they_show(text: str, cue: str, record: str) -> None:
    assert source_of(text, cue) == (record, "document")


def test_a_superlative_is_no_vague_group_but_most_residents_is() -> None:
    assert source_of("Most residents said the water was brown.", "said") == (
        "Most residents", "vague")
    assert source_of("The most senior official said the plan would fail.", "said") == (
        "The most senior official", "anonymous_described")


def test_a_person_who_appears_to_show_something_is_no_source() -> None:
    # a look is nobody's claim; only a record shows
    assert source_of("Sanders appeared to show little interest in the deal.",
                     "appeared to show") is None


def test_a_caveat_names_no_check_as_a_claim() -> None:
    found = [a["cue"]["text"] for a in extract(
        "Videos circulating on social media, which Reuters was unable to verify, appeared to "
        "show smoke rising.").to_dict()["attributions"]]
    assert found == ["appeared to show"]


@pytest.mark.parametrize(("text", "record"), [
    ("The plant will close, according to a demand outlook published by the ministry last week.",
     "a demand outlook published by the ministry last week"),
    ("The plant will close, according to specifications released by the company.",
     "specifications released by the company"),
    ("The road will shut, according to the advisory.", "the advisory"),
    ("The hearing was moved, according to the court docket.", "the court docket"),
])
def test_more_record_heads(text: str, record: str) -> None:
    assert source_of(text, "according to") == (record, "document")


def test_a_strategy_and_payslips_are_records() -> None:
    assert source_of("The council's 2023 housing strategy estimated that 400 homes were needed.",
                     "estimated") == ("The council's 2023 housing strategy", "document")


@pytest.mark.parametrize(("text", "record"), [
    ("\"They call it choice, but the choice is take the app shifts or lose hours,\" one post "
     "read.", "one post"),
    ("The sign read: \"Closed until further notice.\"", "The sign"),
    ("The statement read in part: \"We are cooperating.\"", "The statement"),
])
def test_what_a_record_reads(text: str, record: str) -> None:
    assert source_of(text, "read") == (record, "document")


def test_a_person_reading_is_no_cue() -> None:
    found = [a["cue"]["text"] for a in extract(
        "She read the report twice, officials said.").to_dict()["attributions"]]
    assert found == ["said"]


def test_figures_for_a_year_are_the_record_not_the_year() -> None:
    assert source_of("Figures for 2023 show a rise.", "show") == ("Figures for 2023", "document")


def test_coaches_are_a_vague_group() -> None:
    assert source_of("Coaches say the rules are too strict.", "say") == ("Coaches", "vague")
