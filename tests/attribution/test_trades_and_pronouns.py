"""Clinical and scientific trades are roles ("A paediatrician at a hospital in Braga",
"Tomás Vergara, a seismologist at ...", "ICA meteorologist Helena Baptista"); the "who" after
"a paediatrician at a hospital in Braga," is the paediatrician, not Braga; a later "she",
"the associate" or "The doctor" (after "a senior emergency physician") is the unnamed person
introduced before, and a pronoun never takes a person of the other sex ("He" is never "an
ICE spokeswoman") (seventeenth wire batch, dev, eleventh session)."""

from __future__ import annotations

import pytest

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str]]:
    return [(a.source.text, a.source.kind) for a in extract(text).attributions
            if a.source is not None and a.cue.text == "said"]


PAEDIATRICIAN = ("A paediatrician at a hospital in Braga, who asked not to be named, said two "
                 "newborns had been admitted. \"The wards are fuller than I have seen them,\" "
                 "she said.")


@pytest.mark.parametrize(("text", "sources_said"), [
    (PAEDIATRICIAN, ["A paediatrician at a hospital in Braga", "she"]),
    ("A sales associate at a store in Fort Wayne said staff were told on Monday. \"Nobody was "
     "really surprised,\" the associate said.",
     ["A sales associate at a store in Fort Wayne", "the associate"]),
    ("Patients are treated on trolleys in corridors, a senior emergency physician said. The "
     "doctor, who asked not to be named, said some patients had been fed in corridors.",
     ["a senior emergency physician", "The doctor"]),
])
def test_a_later_reference_is_the_unnamed_source_introduced_before(
        text: str, sources_said: list[str]) -> None:
    said = [a.source for a in extract(text).attributions
            if a.cue.text == "said" and a.source is not None]
    assert [s.text for s in said] == sources_said
    assert {s.kind for s in said} == {"anonymous_described"}
    assert said[0].entity is said[1].entity


def test_the_who_after_a_paediatrician_at_a_place_is_the_paediatrician() -> None:
    found = extract(PAEDIATRICIAN).attributions
    who = next(a.source for a in found if a.source is not None and a.cue.text == "asked")
    assert (who.text, who.kind) == ("A paediatrician at a hospital in Braga, who",
                                    "anonymous_described")


@pytest.mark.parametrize(("text", "source"), [
    ("Northern Chile lies on the plate boundary, said Tomás Vergara, a seismologist at the "
     "University of Chile.", "Tomás Vergara"),
    ("\"The soil is saturated,\" said ICA meteorologist Helena Baptista.",
     "ICA meteorologist Helena Baptista"),
])
def test_a_named_scientist_is_a_named_expert(text: str, source: str) -> None:
    assert sources(text) == [(source, "named_expert")]


def test_a_bare_trade_plural_is_vague() -> None:
    assert sources("Seismologists said the fault could move again.") == [
        ("Seismologists", "vague")]


def test_he_is_never_a_spokeswoman() -> None:
    found = extract("Of the 121 people detained, 77 have been deported, according to an ICE "
                    "spokeswoman. He said the program would continue.").attributions
    he = next(a.source for a in found if a.source is not None and a.source.text == "He")
    assert he.kind != "anonymous_described"


def test_a_former_lifeguard_is_a_person() -> None:
    found = extract("Staff numbers were cut from 22 to 15, said a former lifeguard who asked not "
                    "to be named.").attributions
    assert [a.source.kind for a in found if a.cue.text == "said" and a.source is not None] == [
        "anonymous_described"]


def entities(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue.text, a.source.entity.name if a.source.entity else None)
            for a in extract(text).attributions if a.source is not None]


# Sixty-fifth wire batch (twenty-third session): who "she", "the company" and "the ministry"
# are, once names outside attributions are read by where they stand
def test_she_is_the_analyst_not_the_bank_she_works_at() -> None:
    assert entities("Beatriz Lacerda, a retail analyst at Banco Itaparica, said the chains "
                    "overlapped in only a handful of cities. \"The risk is modest,\" she said."
                    ) == [("said", "Beatriz Lacerda"), ("said", "Beatriz Lacerda")]
    assert entities("Primor's chief executive, Helena Barreto, told the business newspaper "
                    "Valor Economico that the family had received approaches. She declined to "
                    "name other suitors.")[-1] == ("declined", "Helena Barreto")


def test_the_company_is_the_company_and_the_ministry_is_no_company() -> None:
    assert entities("Corvane Therapeutics said the trial met its goal. The Food and Drug "
                    "Administration said it would review the data. The company said it expected "
                    "approval next year.")[-1] == ("said", "Corvane Therapeutics")
    assert entities("Ferry operator Sanaga Voyages cancelled 12 sailings on Monday. The ministry "
                    "said the ferries were unsafe.") == [("said", "The ministry")]


def test_it_may_be_a_body_named_in_one_word_but_never_a_person_with_a_first_name() -> None:
    assert entities("Kestrel first disclosed the incident on May 14, when it said in a brief "
                    "statement that it had taken systems offline.") == [
        ("disclosed", "Kestrel"), ("said", "Kestrel")]
    assert entities("Janet Morales said the plan would work. Morales added that it said "
                    "nothing new.")[-1] == ("said", "it")


def test_she_carries_on_with_the_speaker_not_the_person_the_speaker_told_of() -> None:
    assert entities("Local councillor Fiona Baird said a council officer had told her that all "
                    "options were on the table. She said she would oppose any cut.") == [
        ("said", "Fiona Baird"), ("told", "a council officer"), ("said", "Fiona Baird")]
    assert entities("A nurse said a doctor had told her the ward was full. She said patients "
                    "waited for hours.")[-1] == ("said", "A nurse")
