"""Wire batch 38, dev (fourteenth session): "a report in The Sunday Mail" is the paper speaking
through its report (an outlet, unrated where the directory lacks it), while "a study published
in Nature" stays a record; a record whose maker a contact clause names ("A screening survey
the charity published on May 9 found") is the record; "Political figures" are people; "the
business weekly said" keeps its masthead noun; "a group calling itself Greyfin" says nothing."""

from __future__ import annotations

import pytest

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str]]:
    found = extract(text).to_dict()["attributions"]
    return [(a["source"]["text"], a["source"]["kind"]) for a in found if a["source"]]


@pytest.mark.parametrize(("text", "kind"), [
    ("The resort will be sold, according to a report in The Sunday Mail.", "unnamed_outlet"),
    ("The plan was circulated, according to a report in The Irish Catholic last week.",
     "unnamed_outlet"),
    ("The drug worked, according to a study published in Nature.", "document"),
    ("The plan was debated, according to a report in the European Parliament.", "document"),
])
def test_an_outlets_report_is_the_outlet(text: str, kind: str) -> None:
    assert [k for _, k in sources(text)] == [kind]


@pytest.mark.parametrize(("text", "source"), [
    ("A screening survey the charity published on May 9 found that one in five children was "
     "malnourished.", "A screening survey the charity published on May 9"),
    ("About 41,300 people crossed the border, according to registration figures UNHCR published "
     "on Monday.", "registration figures UNHCR published on Monday"),
])
def test_a_record_and_its_maker_in_a_contact_clause(text: str, source: str) -> None:
    assert sources(text) == [(source, "document")]


def test_political_figures_are_people() -> None:
    assert sources("Political figures in the capital said the vote was rigged.") == [
        ("Political figures in the capital", "anonymous_described")]


def test_a_weekly_is_no_adverb_before_its_verb() -> None:
    assert sources("The deal would value Perdana at 2.4 billion ringgit, the business weekly "
                   "said.") == [("the business weekly", "unnamed_outlet")]


def test_a_group_calling_itself_a_name_says_nothing_by_it() -> None:
    found = extract("A criminal group calling itself Greyfin claimed responsibility for the "
                    "attack.").to_dict()["attributions"]
    assert [a["cue"]["text"] for a in found] == ["claimed"]


@pytest.mark.parametrize("text", [
    "The Sunday Mail reported that the buyer planned to spend $60 million.",
    "The Bristol Evening Telegraph reported that the mayor would resign.",
])
def test_a_masthead_the_directory_lacks_is_an_outlet(text: str) -> None:
    assert [k for _, k in sources(text)] in (["outlet"], ["unnamed_outlet"])


@pytest.mark.parametrize(("text", "kinds"), [
    ("The Brittany regional prefecture said it would present a revised plan.",
     {"named_official"}),
    ("Some industry figures said the picture could improve in September.",
     {"anonymous_described", "vague"}),
    ("Industry figures show sales fell 3%.", {"document"}),
    ("The side effects were mild, according to the journal paper.", {"document"}),
])
def test_prefectures_figures_and_papers(text: str, kinds: set[str]) -> None:
    assert [k for _, k in sources(text)][:1] and sources(text)[0][1] in kinds


def test_answering_the_phone_and_no_one_available_state_nothing() -> None:
    text = ("A person who answered the phone at its Piraeus office said no one was available "
            "to comment.")
    chains = extract(text).to_dict()["chains"]
    assert [c for c in chains if len(c["hops"]) > 1] == []
