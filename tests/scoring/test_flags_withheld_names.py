"""Single-anonymous flags for sources whose names the article withholds (wire dev set,
bench/validity.py): one person who declined to give a name is a confidential source whatever the
role; a confidential speaker who passes on what other unnamed people know is what the claim rests
on; the aside "who asked not to be named" is why, never a claim of its own."""

from __future__ import annotations

from typing import Any

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS

HEADLINE = "Plant to cut shifts"
LEAD = "The plant will cut its night shift, the company said on Monday.\n\n"


def scored(body: str, headline: str = HEADLINE) -> dict[str, Any]:
    extraction = extract(body, headline=headline).to_dict()
    return dict(scoring.score_extraction(extraction, headline=headline, priors=DEFAULT_PRIORS))


def single_anonymous(body: str) -> list[str]:
    result = scored(body)
    return [body[s["start"]:s["end"]] for f in result["flags"]
            if f["code"] == "single_anonymous_source" for s in f["spans"]]


def test_one_person_who_declined_to_give_a_name_is_flagged() -> None:
    body = LEAD + (
            "One union steward, who declined to give his name, said supervisors had stopped "
            "ordering spare parts for the main line.")
    spans = single_anonymous(body)
    assert any("stopped ordering spare parts" in t for t in spans)
    assert not any("not to be named" in t or "declined to give" in t for t in spans)


def test_several_witnesses_who_withheld_their_names_are_not_one_source() -> None:
    body = LEAD + (
            "Two farmers near the plant, who asked not to be named because they sell to its "
            "canteen, said the river had turned grey for weeks.")
    assert not any("turned grey" in t for t in single_anonymous(body))


def test_the_reason_a_source_is_unnamed_is_no_claim() -> None:
    body = ("A technician, who asked not to be named because he feared losing his job, said "
            "the line had been idle since March.")
    result = scored(body)
    claims = [c["text"] for c in result["claims"]]
    assert not any("not to be named" in c for c in claims)
    assert any("idle since March" in c for c in claims)


def test_a_confidential_speaker_relaying_unnamed_people_is_flagged() -> None:
    body = LEAD + (
            "A city official who was not authorized to speak publicly said engineers had "
            "privately estimated that the repairs could cost more than $40 million.")
    spans = single_anonymous(body)
    assert any("could cost more than $40 million" in t for t in spans)
    assert any(t.startswith("A city official") for t in spans)


def test_one_of_several_insiders_is_one_confidential_source() -> None:
    body = LEAD + (
            "Two employees at the plant, who asked not to be named because they feared losing "
            "their severance, said staff had spent months training their replacements.\n\n"
            "One of them said managers had told the team in March that the floor would close.")
    spans = single_anonymous(body)
    assert any("the floor would close" in t for t in spans)
    assert not any("training their replacements" in t for t in spans)


def test_one_of_several_witnesses_is_not() -> None:
    body = LEAD + (
            "Two farmers near the plant, who asked not to be named because they sell produce "
            "to its canteen, said the river had turned grey.\n\n"
            "\"Nobody from the company came to see us,\" one of them said.")
    assert single_anonymous(body) == []


def test_the_official_after_a_named_minister_is_still_the_unnamed_official() -> None:
    body = (
        "The ministry is preparing to cancel the frigate order, a senior defence official told "
        "Reuters on Wednesday.\n\n"
        "The official, who spoke on condition of anonymity because the decision has not been "
        "made public, said Defence Minister Joana Serrao would put the proposal to the cabinet "
        "next week.\n\n"
        "The official said the ministry was also examining whether it could recover 240 million "
        "euros in advance payments.")
    assert any("recover 240 million" in span for span in single_anonymous(body))


def test_said_the_person_after_a_person_familiar_with_the_matter_is_that_source() -> None:
    body = LEAD + (
        "The plant is also in talks to sell its packaging arm, according to a person familiar "
        "with the matter.\n\n"
        "A deal could be announced as early as next month, said the person, who declined to be "
        "named because the talks are confidential.")
    assert any("as early as next month" in span for span in single_anonymous(body))


def test_the_group_named_again_with_the_is_still_several_sources() -> None:
    body = LEAD + (
            "Two investigators with knowledge of the case, who asked not to be named because "
            "the inquiry is continuing, said detectives were examining the ring.\n\n"
            "The investigators said the scheme unravelled after a retailer complained.")
    assert not any("scheme unravelled" in t for t in single_anonymous(body))


def test_a_named_outlets_one_confidential_source_raises_both_flags() -> None:
    headline = "Regional governor detained in bribery probe, TASS says"
    body = ("MOSCOW, Mar 4 - Investigators have detained the governor of the region on suspicion "
            "of taking bribes, the state news agency TASS reported on Tuesday, citing a source in "
            "law enforcement.\n\nThe Kremlin declined to comment.")
    extraction = extract(body, headline=headline).to_dict()
    result = scoring.score_extraction(extraction, headline=headline, priors=DEFAULT_PRIORS)
    codes = {f["code"] for f in result["flags"]}
    assert {"single_anonymous_source", "no_independent_corroboration"} <= codes, codes


def test_one_of_a_group_whose_names_were_withheld_after_it_was_named() -> None:
    body = LEAD + (
            "The two countries are close to a deal, two officials involved in the talks said on "
            "Wednesday.\n\nThe deal would set up a customs post, said the officials, who asked "
            "not to be identified because the negotiations are not public.\n\nOne of the "
            "officials said the fund could total about 15 million dollars.")
    assert any("fund could total" in t for t in single_anonymous(body))


def test_one_of_them_after_a_poll_is_one_of_the_people_before_it() -> None:
    body = LEAD + (
            "Two people working on the campaign, who spoke on condition of anonymity because "
            "they were not authorized to discuss strategy, said the campaign's own polling "
            "showed a closer race. One of them said the campaign planned to bring in the former "
            "governor.")
    assert any("bring in the former governor" in t for t in single_anonymous(body))


def test_a_person_who_gave_only_a_first_name_is_not_a_confidential_source() -> None:
    body = LEAD + (
            "One machine operator, who gave only his first name, Dieter, said supervisors had "
            "stopped ordering spare parts for the main line.")
    assert single_anonymous(body) == []
    # withholding the name besides still makes one confidential source
    withheld = LEAD + (
            "One machine operator, who gave only his first name because he was not authorized "
            "to speak to reporters, said supervisors had stopped ordering spare parts.")
    assert any("stopped ordering spare parts" in t for t in single_anonymous(withheld))


def test_an_origin_reached_only_through_one_confidential_speaker_is_weak_sourcing() -> None:
    headline = "Corvane to pause obesity pill trial, source says"
    body = ("Corvane Therapeutics plans to pause enrolment in a late-stage trial of its obesity "
            "pill, according to a person familiar with the matter.\n\n"
            "The person, who asked not to be identified, said the trial's independent data "
            "monitoring committee had recommended the pause last week.")
    assert scored(body, headline)["score"]["label"] == "weakly sourced"


def test_plural_sources_not_granted_anonymity_are_several_not_one() -> None:
    body = LEAD + (
            "Industry sources said the largest producers had already begun moving some lines "
            "to the company's plant in Brno.")
    assert single_anonymous(body) == []
    # sources "close to" the company were granted anonymity; "one of the sources" is one
    close = LEAD + (
            "Sources close to the company said the largest producers had already begun moving "
            "some lines to the plant in Brno.")
    assert any("begun moving" in t for t in single_anonymous(close))


def test_a_spokesman_who_did_not_give_his_name_speaks_for_the_company() -> None:
    body = LEAD + (
            "A Halvorsen spokesman, who did not give his name, said the company was reviewing "
            "capacity across its North American plants.")
    assert single_anonymous(body) == []
    # a spokesman granted anonymity to say what the company will not is a confidential source
    granted = LEAD + (
            "A Halvorsen spokesman, who spoke on condition of anonymity because he was not "
            "authorized to discuss the plans, said the company would close the Marlow line.")
    assert any("close the Marlow line" in t for t in single_anonymous(granted))


def test_an_outlet_that_cited_no_source_names_none() -> None:
    body = LEAD + (
            "The Northfield Echo said last week, without citing sources, that club officials "
            "had travelled to the Gulf to meet sponsors.")
    result = extract(body, headline=HEADLINE)
    assert [a.source.text for a in result.attributions if a.source is not None
            and a.cue.text == "citing"] == []
    assert single_anonymous(body) == []
