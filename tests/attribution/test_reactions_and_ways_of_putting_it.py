"""A reaction reported as an event ("drew criticism from"), a stance on a thing ("rallied
behind the claim"), "put it" as a way of saying something, "planning" as a noun, a name with
its parenthesis before an appositive, and a report dated by its weekday before "by" and its
outlet. Found with the sixty-seventh wire batch (twenty-fifth session)."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory, extract


def found(text: str) -> list[dict[str, Any]]:
    return list(extract(text).to_dict()["attributions"])


def claims(text: str) -> list[dict[str, Any]]:
    return [a for a in found(text) if a["claim"]]


@pytest.mark.parametrize("text", [
    "The program drew criticism from Republicans.",
    "The statement quickly drew sharp criticism from both sides.",
    "Other Republicans quickly rallied behind the claim.",
    "He put it on the table and left.",
    "On Wednesday, both parties issued dueling press releases claiming credit for progress.",
    # why nothing was said, and a record that did not appear
    "Hollinford United declined to comment, saying it was a private matter for the player.",
    "As of Thursday afternoon, no such notice appeared in the department's online docket.",
])
def test_no_claim(text: str) -> None:
    assert found(text) and not claims(text)


def test_the_reason_for_a_refusal_is_no_claim() -> None:
    said = claims("The field office said it was aware of the incident but declined to comment "
                  "further, citing its policy on ongoing matters.")
    assert [a["cue"]["text"] for a in said] == ["said"]


def test_what_a_refusal_still_says_stays_a_claim() -> None:
    said = claims("He declined to comment on the case, saying only that the investigation was "
                  "continuing.")
    assert [a["cue"]["text"] for a in said] == ["saying"]


def test_the_criticism_itself_stays_a_claim() -> None:
    said = claims("The plan has faced criticism from Democrats who say it will fail.")
    assert [a["content"]["text"] for a in said] == ["it will fail"]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("As one aide put it, the campaign is in trouble.", "one aide",
     "the campaign is in trouble"),
    ('Smith put it more bluntly: "We are done."', "Smith", 'more bluntly: "We are done."'),
])
def test_putting_it_says_something(text: str, source: str, content: str) -> None:
    said = claims(text)
    assert [(a["source"]["text"], a["cue"]["text"], a["content"]["text"]) for a in said] == [
        (source, "put it", content)]


def test_planning_as_a_noun_is_no_cue() -> None:
    said = claims("The Journal, citing a person familiar with the airline's network planning, "
                  "reported that the route had been losing money.")
    assert sorted(a["cue"]["text"] for a in said) == ["citing", "reported"]
    # the verb still plans something (an intent: no claim, but the cue the readers mark)
    intent = found("A group of rabbis is planning to boycott the speech.")
    assert [(a["cue"]["text"], a["claim"]) for a in intent] == [("planning", False)]


def test_a_name_with_its_parenthesis_before_an_appositive() -> None:
    said = claims("Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton, said he "
                  "has spoken with many fellow superdelegates.")
    assert [(a["source"]["text"], a["source"]["kind"], a["cue"]["text"]) for a in said] == [
        ("Rep. Sander M. Levin (Mich.)", "named_official", "said")]


def test_a_report_dated_by_its_weekday_keeps_its_outlet(directory: OutletDirectory) -> None:
    said = [a for a in extract(
        "Summit Air is planning to end its flights, according to a report published Wednesday "
        "by the New York Post.", directory=directory).to_dict()["attributions"]
        if a["claim"]]
    assert [(a["source"]["text"], a["source"]["kind"]) for a in said] == [
        ("a report published Wednesday by the New York Post", "outlet")]
    record = claims("The plant will close, according to a study released Tuesday by the state "
                    "auditor.")
    assert [a["source"]["kind"] for a in record] == ["document"]


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("Sources within the administration said the plan was dead.",
     "Sources within the administration", "anonymous_described"),
    ("Critics within the party have complained about the handling of the allegations.",
     "Critics within the party", "vague"),
    ("Health economists across the spectrum say it is workable.",
     "Health economists across the spectrum", "vague"),
    ("The plant will close, according to current and former employees.",
     "current and former employees", "vague"),
    # the name after a relative clause's object is described by the clause's person
    ("The councillor who voted against the motion, Tom Hale, said he supported its intent.",
     "Tom Hale", "named_official"),
    ("The two senators, Sen. Tom Hale and Sen. Ann Ray, said they supported its intent.",
     "Sen. Tom Hale and Sen. Ann Ray", "named_official"),
    ("Cllr Ann Hale said the budget was tight.", "Cllr Ann Hale", "named_official"),
    # the people a post-modifier describes say it, not the sentence's named subject
    ("YARRABEND - The bakery will shut on Sunday, with people close to owner Maria Santangelo "
     "saying negotiations broke down.", "people close to owner Maria Santangelo",
     "anonymous_described"),
    ("There is widespread talk in the village that insurers have stopped writing policies.",
     "talk", "vague"),
    ("Within the industry, it is widely assumed that the 2030 date is no longer realistic.",
     "it", "vague"),
    # records: a possessive's "most recent" report, a body's numbers, a record's own name
    ("Revenue rose 4%, according to the company's most recent annual report.",
     "the company's most recent annual report", "document"),
    ("Office for National Statistics figures show wages rose.",
     "Office for National Statistics figures", "document"),
    ("Prices fell, according to the Harbourline Container Index.",
     "the Harbourline Container Index", "document"),
    ("According to a HUD fact sheet released with the announcement, cities can apply.",
     "a HUD fact sheet released with the announcement", "document"),
])
def test_the_whole_source_phrase_and_its_kind(text: str, source: str, kind: str) -> None:
    said = claims(text)
    assert [(a["source"]["text"], a["source"]["kind"]) for a in said] == [(source, kind)]
