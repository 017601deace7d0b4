"""Chains and outlets of the thirtieth session: a clause of time that opens another party's
report ("Nordvik confirmed that it was in talks ..., a day after Bloomberg News reported that
..."), which is its own and not nested under the confirmation; a common word opening a sentence
that is no masthead ("Union says ..."); a fronted "Citing ..., the paper said"; "cited X as
saying"; "speaking to OUTLET" in the subject's aside."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract


def chains(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(claim words, [(role, entity)] of the hops after the publisher) of every chain."""
    result = extract(text).to_dict()
    return [(c["claim"]["text"], [(h["role"], h["entity"]) for h in c["hops"][1:]])
            for c in result["chains"]]


@pytest.mark.parametrize("joint", ["a day after", "hours after", "after", "two weeks after",
                                   "since"])
def test_a_report_after_a_confirmation_is_its_own(joint: str) -> None:
    found = chains(f"Nordvik confirmed on Monday that it was in early talks to buy Baltmar, "
                   f"{joint} Bloomberg News reported that the two were discussing a deal.")
    assert found == [
        ("that it was in early talks to buy Baltmar", [("origin", "nordvik")]),
        ("that the two were discussing a deal", [("origin", "bloomberg-news")]),
    ]


def test_what_a_speaker_says_happened_after_a_report_stays_nested() -> None:
    # the words after "after" are no source of a report: the clause is part of the claim
    found = chains("Nordvik said on Monday that its shares rose after the talks were reported.")
    assert found == [("that its shares rose after the talks were reported",
                      [("origin", "nordvik")])]
    # an outlet that passes on what the speaker said still carries the speaker's words
    nested = chains("Halvorsen said on Monday that the plant would close, Reuters reported.")
    assert [[entity for _, entity in hops] for _, hops in nested] == [["reuters", "halvorsen"]]


def sources(text: str, headline: str | None = None,
            directory: OutletDirectory | None = None) -> list[tuple[str, str]]:
    result = extract(text, headline=headline, directory=directory).to_dict()
    return [(a["source"]["text"], a["source"]["kind"]) for a in result["attributions"]
            if a["source"]]


MASTHEADS = OutletDirectory([
    {"domain": "theunion.com", "name": "The Union", "reliability": 0.66,
     "state_affiliation": "none", "kind": "newspaper", "aliases": ["The Union", "Union"],
     "ambiguous_aliases": ["Union"]},
    {"domain": "thestate.com", "name": "The State", "reliability": 0.7,
     "state_affiliation": "none", "kind": "newspaper", "aliases": ["The State", "State"],
     "ambiguous_aliases": ["State"]},
])


def test_a_common_word_opening_a_sentence_is_no_masthead() -> None:
    # "Union" and "State" are also mastheads the directory holds ("The Union", "The State");
    # capitalised only because they open the headline or the sentence, they are the nouns
    found = sources("A meatworkers union says dozens of workers are underpaid.",
                    headline="Union says meatworks workers underpaid", directory=MASTHEADS)
    assert found[0] == ("Union", "named_expert")
    found = sources("State television said the talks had ended. State has also told lawmakers "
                    "that the review would take months.", directory=MASTHEADS)
    # "State television" keeps an outlet (the bundled directory's state media; here, with
    # only the two mastheads, the paper), while "State has also told" is the department
    assert found[0][1] in ("outlet", "state_affiliated_outlet")
    assert found[1] == ("State", "named_official")


def test_a_fronted_citing_belongs_to_the_report_after_it() -> None:
    found = chains("Citing people familiar with the matter, the Financial Times reported that "
                   "the deal was near.")
    # the outlet passes on what the people told it (without a directory it is a named body)
    assert [[entity for _, entity in hops] for _, hops in found] == [
        ["financial-times", "people-familiar-with-matter"]]
    # a reason cited is no source: the company is still the origin (the reason is still taken
    # for a speaker before it, as before this session: left for a later one)
    reason = chains("Citing rising costs, the company said it would cut 300 jobs.")
    assert reason[0][1][-1] == ("origin", "company")


def test_an_outlet_that_cited_someone_as_saying_relays_them() -> None:
    found = chains("The Global Times cited unnamed space industry insiders as saying the launch "
                   "could come in the third quarter.")
    assert [[entity for _, entity in hops] for _, hops in found] == [
        ["global-times", "unnamed-space-industry-insiders"]]


def test_speaking_to_an_outlet_in_the_subjects_aside_is_the_venue() -> None:
    espn = OutletDirectory([{"domain": "espn.com", "name": "ESPN", "reliability": 0.8,
                             "state_affiliation": "none", "kind": "broadcaster",
                             "aliases": ["ESPN"]}])
    result = extract("Coach Hernan Bustos, speaking to ESPN after training, said he had not "
                     "been told of any sale.", directory=espn).to_dict()
    assert [(h["role"], h["kind"]) for h in result["chains"][0]["hops"][1:]] == [
        ("venue", "outlet"), ("origin", "named_person")]
