"""A record speaks through its own verb after an aside about how it was made (wire dev, twenty-
second session): "The decree, dated March 8 and published in the official gazette on Tuesday,
sets the higher rate", "The 22-second clip, first posted on X by an account ..., shows",
"The filing, signed by its vice president, Daniel Whitcombe, says" (the record says it, not
whoever signed it); a record's plural "list" is its verb ("State corporate records list Pruett
as ..."). A verb at the end of a phrase that opens on a preposition closes a relative clause,
not a report: "..., with some regions rarely following up on deficiencies they had
identified." leaves the finding to the report that made it. A verb form that names the kind
of a record ("internal planning documents", "the recall notice") is part of its phrase."""

from __future__ import annotations

import pytest

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str, str]]:
    return [(a["cue"]["text"], a["source"]["text"], a["source"]["kind"])
            for a in extract(text).to_dict()["attributions"] if a["source"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The decree, dated March 8 and published in the official gazette on Tuesday, sets the "
     "higher export duty until April.", ("sets", "The decree", "document")),
    ("The 22-second clip, first posted on X by an account calling itself a storm chaser, shows "
     "a funnel cloud over the harbour.", ("shows", "The 22-second clip", "document")),
    ("The filing, signed by the company's vice president, Daniel Whitcombe, says customers will "
     "get free replacement handsets.", ("says", "The filing", "document")),
    ("The report, signed by three inspectors and dated May 29, records manganese levels of up to "
     "1.9 milligrams per litre.", ("records", "The report", "document")),
    ("State corporate records list Pruett as the foundation's chief executive.",
     ("list", "State corporate records", "document")),
])
def test_a_record_behind_its_aside_is_the_source(text: str, expected: tuple[str, str, str]
                                                 ) -> None:
    assert sources(text) == [expected]


def test_the_signer_of_a_record_is_not_its_voice_but_a_named_officer_still_is() -> None:
    assert sources("Its chief executive, Daniel Whitcombe, says customers will get new "
                   "handsets.") == [("says", "Daniel Whitcombe", "named_official")]


def test_a_phrase_opening_on_a_preposition_is_no_closing_subject() -> None:
    text = ("A 2022 report by the Dutch Safety Board found that inspections of port warehouses "
            "were uneven, with some regions rarely following up on deficiencies they had "
            "identified.")
    assert sources(text) == [("found", "A 2022 report by the Dutch Safety Board", "document")]


@pytest.mark.parametrize(("text", "expected"), [
    ("According to internal planning documents, the plant will close in March.",
     ("According to", "internal planning documents", "document")),
    ("Internal planning documents show the plant will close in March.",
     ("show", "Internal planning documents", "document")),
    ("The recall notice says the anchors can detach in a crash.",
     ("says", "The recall notice", "document")),
    ("According to the group's own bond offering documents from 2022, its debt has doubled.",
     ("According to", "the group's own bond offering documents from 2022", "document")),
])
def test_a_verb_form_naming_the_kind_of_a_record_is_part_of_its_phrase(
        text: str, expected: tuple[str, str, str]) -> None:
    """"planning", "recall", "offering" before a record's noun say what kind of record it is
    (wire dev, twenty-second session); they are no cue and do not cut the phrase."""
    assert sources(text) == [expected]


def test_a_verb_taking_a_record_as_its_object_stays_a_verb() -> None:
    assert sources("Critics of the industry say studies like this one are seized on by "
                   "sellers.") == [("say", "Critics of the industry", "vague")]
    recall = sources("Former staff recall memos warning that the dam could fail.")
    assert recall[0][:2] == ("recall", "Former staff")


@pytest.mark.parametrize("text", [
    "The data sets show a decline in enrolment.",
    "The report's list of donors was leaked to the paper.",
    "The report, released Monday, found that costs rose, and the governor, a Democrat, sets "
    "the budget.",
])
def test_a_records_noun_or_another_clause_is_no_records_verb(text: str) -> None:
    """"sets" and "list" are nouns after "data" and a possessive; "sets" after another clause
    is that clause's verb, not the report's."""
    assert not any(cue in {"sets", "list"} for cue, _source, _kind in sources(text))


def test_a_long_signing_aside_still_leaves_the_record_the_source() -> None:
    assert sources("The filing, signed on Tuesday by the company's executive vice president "
                   "for legal affairs, Daniel Whitcombe, says customers will get handsets.") == [
        ("says", "The filing", "document")]
