"""A record's noun after a determiner is the subject of the verb that follows, even where it
ends like an adjective ("the summary shows": "-ary" would make "shows" a plural noun, as in
"military support") or like an adverb ("the tally showed": "-ly" words are skipped on the way
back to a subject)."""

from __future__ import annotations

import pytest

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str, str]]:
    return [(a.cue.text, a.source.text, a.source.kind) for a in extract(text).attributions
            if a.source is not None]


@pytest.mark.parametrize(("text", "expected"), [
    ("The summary shows the two sides agreed only to set up a committee.",
     ("shows", "The summary", "document")),
    ("The union's summary shows the two sides agreed only to set up a committee.",
     ("shows", "The union's summary", "document")),
    ("The tally shows 40 of the 52 seats went to the ruling party.",
     ("shows", "The tally", "document")),
    ("Germany gave $120 million of the new pledges, the tally showed, while others gave none.",
     ("showed", "the tally", "document")),
])
def test_the_record_is_the_source(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in sources(text)


@pytest.mark.parametrize("text", [
    "Military support for the plan has grown.",  # "-ary" before an ambiguous form: a noun
    "The rally drew thousands of people to the square.",  # "-ly" noun, no record, no cue
])
def test_no_record_no_claim(text: str) -> None:
    assert sources(text) == []


def test_an_adverb_before_the_verb_is_still_skipped() -> None:
    assert sources("The ministry publicly said the plan would go ahead.") == [
        ("said", "The ministry", "named_official")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The report ranked the county among the ten weakest performers.",
     ("ranked", "The report", "document")),
    ("The notice gives the company 14 days to show cause.", ("gives", "The notice", "document")),
    ("The study links the contamination to gold mining upstream.",
     ("links", "The study", "document")),
    ("The company's rate filing, submitted in August, projects that premiums would rise.",
     ("projects", "The company's rate filing", "document")),
    ("The report lists breakdowns among the company's biggest problems.",
     ("lists", "The report", "document")),
    # forty-fourth session
    ("The agency's latest assessment, published in 2024, rated fewer than 40 percent of the "
     "rivers as healthy.", ("rated", "The agency's latest assessment", "document")),
    ("The notice names two partners at an accountancy firm as joint administrators.",
     ("names", "The notice", "document")),
    ("The order, dated April 16, directs district officers to finish the checks by May.",
     ("directs", "The order", "document")),
])
def test_what_a_record_does_with_its_findings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in sources(text)


@pytest.mark.parametrize("text", [
    "The minister gives the company 14 days to respond.",  # a person's act, no record's word
    "Engineers ranked the bridges by age.",
])
def test_the_same_verbs_after_a_person_are_acts(text: str) -> None:
    assert [c for c, _s, _k in sources(text)] == []
