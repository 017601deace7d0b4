"""Clinical and scientific trades are roles ("A paediatrician at a hospital in Braga",
"Tomás Vergara, a seismologist at ...", "ICA meteorologist Helena Baptista"); the "who" after
"a paediatrician at a hospital in Braga," is the paediatrician, not Braga; a later "she" is
that unnamed person, and a pronoun never takes a person of the other sex ("He" is never "an
ICE spokeswoman") (seventeenth wire batch, dev, eleventh session)."""

from __future__ import annotations

import pytest

from service.attribution import extract


def sources(text: str) -> list[tuple[str, str]]:
    return [(a.source.text, a.source.kind) for a in extract(text).attributions
            if a.source is not None and a.cue.text == "said"]


def test_an_unnamed_paediatrician_and_her_later_she_are_one_source() -> None:
    found = extract("A paediatrician at a hospital in Braga, who asked not to be named, said "
                    "two newborns had been admitted. \"The wards are fuller than I have seen "
                    "them,\" she said.").attributions
    said = [a.source for a in found if a.cue.text == "said" and a.source is not None]
    assert [s.text for s in said] == ["A paediatrician at a hospital in Braga", "she"]
    assert {s.kind for s in said} == {"anonymous_described"}
    assert said[0].entity is said[1].entity
    who = next(a.source for a in found if a.source is not None and a.source.text == "who")
    assert who.kind == "anonymous_described"


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


def test_an_unnamed_associate_and_the_associate_later_are_one_source() -> None:
    found = extract("A sales associate at a store in Fort Wayne said staff were told on Monday. "
                    "\"Nobody was really surprised,\" the associate said.").attributions
    said = [a.source for a in found if a.cue.text == "said" and a.source is not None]
    assert [s.text for s in said] == ["A sales associate at a store in Fort Wayne",
                                      "the associate"]
    assert said[0].entity is said[1].entity and said[0].kind == "anonymous_described"


def test_the_doctor_after_a_physician_is_that_confidential_source() -> None:
    found = extract("Patients are treated on trolleys in corridors, a senior emergency "
                    "physician said. The doctor, who asked not to be named, said some patients "
                    "had been fed in corridors.").attributions
    said = [a.source for a in found if a.cue.text == "said" and a.source is not None]
    assert [s.text for s in said] == ["a senior emergency physician", "The doctor"]
    assert said[0].entity is said[1].entity


def test_a_former_lifeguard_is_a_person() -> None:
    found = extract("Staff numbers were cut from 22 to 15, said a former lifeguard who asked not "
                    "to be named.").attributions
    assert [a.source.kind for a in found if a.cue.text == "said" and a.source is not None] == [
        "anonymous_described"]
