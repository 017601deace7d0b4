"""Rules chosen on the dev articles of the wire set's ids -62 (thirty-second session): a
relative clause that withholds a name makes its antecedent unnamed, a relative clause whose
verb is "briefed" stays inside the source's phrase, "it is learnt" is hearsay, tests are
records, and a record's author after "by" still lets the record say what it finds."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract


def sources(text: str) -> list[tuple[str, str, str]]:
    return [(a.cue.text, a.source.text, a.source.kind) for a in extract(text).attributions
            if a.source is not None]


def test_the_withholding_relative_and_the_main_verb_agree_on_the_kind() -> None:
    found = sources("The manager of a hotel in Binz, who asked not to be named because she "
                    "was not authorised to speak, said staff shortages had closed a floor.")
    assert found == [
        ("asked", "The manager of a hotel in Binz, who", "anonymous_described"),
        ("said", "The manager of a hotel in Binz", "anonymous_described"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("An agency official who briefed reporters on condition of anonymity said applications "
     "had fallen.", ("said", "An agency official who briefed reporters on condition of "
                    "anonymity", "anonymous_described")),
    ("The company will sell six gardens, it is learnt.", ("is learnt", "it", "vague")),
    ("Water tests commissioned by the company had shown lithium levels within limits.",
     ("shown", "Water tests commissioned by the company", "document")),
    ("A survey of 4,000 adults by the Institute for Leisure Research, published in February, "
     "found that 31 percent planned to stay home.",
     ("found", "A survey of 4,000 adults by the Institute for Leisure Research", "document")),
    ("A 2019 study by the Public Works Department, cited in the petition, recorded that the "
     "riverbed had dropped.", ("recorded", "A 2019 study by the Public Works Department",
                              "document")),
])
def test_whole_record_and_source_phrases(text: str, expected: tuple[str, str, str]) -> None:
    assert sources(text) == [expected]


def test_by_after_a_person_is_no_record() -> None:
    assert sources("A man by the river states his case.") == []


@pytest.mark.parametrize("text", [
    "The files classified as secret were released on Friday.",
    "The records traced to the ministry were destroyed.",
])
def test_a_participle_describing_a_record_is_no_record_verb(text: str) -> None:
    assert sources(text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("The group cited the 2019 report, which found that costs had doubled.",
     "the 2019 report, which"),
    ("He met the mayor on Monday, who said the plan was dead.", "who"),
])
def test_a_relative_source_widens_only_to_a_speaker(text: str, source: str) -> None:
    found = extract(text).attributions
    assert found[-1].source is not None and found[-1].source.text == source
    if found[0].cue.text == "cited":
        assert found[0].content is not None and found[0].content.text == "the 2019 report"


def test_a_which_clause_inside_the_claim_stays_in_it() -> None:
    found = extract("The mayor said the budget, which she called balanced, would be "
                    "approved.").attributions
    assert found[0].content is not None
    assert found[0].content.text == "the budget, which she called balanced, would be approved"


def test_the_speakers_own_cause_stands_beside_the_claim() -> None:
    found = [(a.cue.text, a.content.text) for a in extract(
        "An official said applications had fallen sharply last year, which he attributed to "
        "stricter checks at airports.").attributions if a.content is not None]
    assert found == [("said", "applications had fallen sharply last year"),
                     ("attributed", "to stricter checks at airports")]


@pytest.mark.parametrize("source", [
    "A person familiar with Norvanta's network planning",
    "A person familiar with Norvanta's planning",
    "A manager involved in production planning",
])
def test_a_gerund_after_a_possessive_or_a_noun_is_the_matter(source: str) -> None:
    assert sources(f"{source} told the magazine that managers had been warned.") == [
        ("told", source, "anonymous_described")]


@pytest.mark.parametrize(("text", "claim"), [
    ("A person who answered the phone at the office said no senior official was available.",
     False),
    ("The FBI field office said it does not confirm or deny the existence of investigations.",
     False),
    ("Depositors have protested in front of the bank's head office every week since April.",
     False),
    ("Residents protested that the plan would flood their homes.", True),
    ("The minister said no official was available to inspect the site before Friday.", True),
])
def test_non_answers_and_protests_held_are_no_claims(text: str, claim: bool) -> None:
    assert extract(text).attributions[-1].claim is claim


def test_a_trailing_citing_belongs_to_the_outlets_report() -> None:
    directory = OutletDirectory([{"domain": "sueddeutsche.de", "name": "Süddeutsche Zeitung",
                                  "aliases": [], "kind": "newspaper"}])
    found = extract("The Süddeutsche Zeitung reported that the federal transport ministry had "
                    "quietly urged both sides to agree to arbitration, citing a senior official "
                    "in the ministry.", directory=directory)
    hops = [(h["role"], h.get("description") or h.get("entity")) for h in found.chains[0]["hops"]]
    assert hops == [("publisher", "publisher"), ("relay", "sueddeutsche.de"),
                    ("origin", "a senior official in the ministry")]
