"""Three readings met on fresh wire copy (the sixty-fourth batch, twenty-second session): a
sentence that ends on a possessive name ("a report by Moody's.") ends there, the "s" being no
initial; "his office said he was not available for interview" is a refusal, not a claim; and
the reporter's own word on a claim after a comma (", a claim that has not been tested
independently") is not part of what the source said."""

from __future__ import annotations

import pytest

from service.attribution import extract
from service.attribution.text import sentences


def test_a_sentence_ending_on_a_possessive_name_ends_there() -> None:
    text = ("The chain added $700 million of debt, according to a rating report by Moody's. "
            "Stonebrook declined to comment. John F. Kennedy spoke.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "The chain added $700 million of debt, according to a rating report by Moody's.",
        "Stonebrook declined to comment.", "John F. Kennedy spoke."]


def claims(text: str) -> list[str]:
    return [c["claim"]["text"] for c in extract(text).to_dict()["chains"] if len(c["hops"]) > 1]


@pytest.mark.parametrize("text", [
    "His office said he was not available for interview this week.",
    "A spokesman said the minister was unavailable for comment.",
])
def test_not_available_for_comment_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_availability_with_news_in_it_is_still_a_claim() -> None:
    assert claims("The ministry said the vaccine was not available in rural clinics.") == [
        "the vaccine was not available in rural clinics"]


@pytest.mark.parametrize(("text", "claim"), [
    ("Lumera unveiled a chip it said uses 40% less power than rivals, a claim that has not "
     "been tested independently.", "uses 40% less power than rivals"),
    ("The militia said it had seized the vessel, a claim that could not be verified.",
     "it had seized the vessel"),
    ("The union said 40 people were hurt, a figure that rose to 52 by evening.",
     "40 people were hurt"),
    ("The union said 40 people were hurt, a claim city officials have not addressed.",
     "40 people were hurt"),
    # the earliest of the reporter's words ends the claim, whichever kind comes first
    ("The militia said it had seized the vessel, a claim that could not be verified, and the "
     "navy was searching the area.", "it had seized the vessel"),
])
def test_the_reporters_comment_on_a_claim_is_not_the_claim(text: str, claim: str) -> None:
    assert claim in claims(text)


@pytest.mark.parametrize(("text", "claim"), [
    ("The authority said 48 domestic flights had been cancelled, and classes were suspended in "
     "23 provinces.", "48 domestic flights had been cancelled"),
    ("The board said it had not yet decided whether to engage, and much about the offer "
     "remained unclear.", "it had not yet decided whether to engage"),
])
def test_a_new_clause_after_and_is_the_reporters(text: str, claim: str) -> None:
    """", and classes were suspended": a clause of its own with its own subject, the
    reporter's account beside what was said (the wire readers: no claim)."""
    assert claims(text) == [claim]


def test_a_second_reported_clause_with_that_stays_the_sources() -> None:
    assert claims("The minister said prices would rise, and that wages would follow.") == [
        "prices would rise, and that wages would follow"]
    # the same subject going on ("and would have left sooner") is no clause of its own
    assert claims("The minister said he would step down in June, and would have left sooner "
                  "had the budget passed.") == [
        "he would step down in June, and would have left sooner had the budget passed"]


def test_a_negated_modal_is_never_a_source() -> None:
    """"you cannot say with any confidence what the real numbers are": no source "cannot"."""
    found = extract('"When you keep observers out, you cannot say with any confidence what the '
                    'real numbers are," she said.').to_dict()["attributions"]
    assert all((a["source"] or {}).get("text") != "cannot" for a in found)
    assert any((a["source"] or {}).get("text") == "she" for a in found)


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Each attribution's cue and the entity its source is."""
    return [(a.cue.text, a.source.entity.name) for a in extract(text).attributions
            if a.source is not None and a.source.entity is not None]


def test_a_bare_verb_form_after_a_possessive_is_a_noun() -> None:
    # sixty-fifth wire batch (twenty-third session): "at Wire's request" is nobody's request
    # of a claim (no "is" takes a bare verb), so the "he" after it is still the named biologist
    text = ("The decline is consistent with runoff, according to Dedi Kurniawan, a marine "
            "biologist at the agency who read the survey at Wire's request. \"The pattern "
            "fits,\" he said.")
    assert speakers(text) == [("according to", "Dedi Kurniawan"), ("said", "Dedi Kurniawan")]


def test_an_appositives_participle_describes_the_person_named() -> None:
    # "seeking a second term" is what the mayor is doing, no claim of "a 58-year-old
    # economist" of its own, so the "She" after it is the mayor; "warning that" still claims
    text = ("Ana Coutinho, the mayor, faces a runoff. Coutinho, a 58-year-old economist seeking "
            "a second term, rejects the charge. She says her administration evacuated 2,000 "
            "residents.")
    assert speakers(text) == [("rejects", "Ana Coutinho"), ("says", "Ana Coutinho")]
    warned = extract("Smith, an economist warning that rates would rise, spoke on Monday.")
    assert [a.cue.text for a in warned.attributions] == ["warning"]
