"""A named person's relative or counsel, and the holder of a body's hyphenated office, are one
knowable person: named (rubrics/source-kinds.md, "a role held by one knowable person"), never
an unresolved reference."""

from __future__ import annotations

from service.attribution import extract


def _sources(text: str) -> dict[str, str]:
    return {a.source.text: a.source.kind for a in extract(text).attributions if a.source}


def test_a_lawyers_client_is_the_named_persons_client() -> None:
    found = [a for a in extract("Korkmaz said his client had told him he was at peace.")
             .attributions if a.source is not None]
    client = next(a.source for a in found if a.source.text == "his client")
    assert client.kind == "named_person"
    assert client.entity.id == "korkmaz-client"


def test_a_relative_with_nobody_named_before_stays_unresolved() -> None:
    assert _sources("His wife said he was innocent.") == {"His wife": "unresolved"}


def test_an_unnamed_persons_relative_is_not_made_named() -> None:
    text = ("A shopkeeper who asked not to be named said business was slow. "
            "His wife said the rent had doubled.")
    assert _sources(text).get("His wife") == "unresolved"


def test_a_bodys_hyphenated_office_and_a_studys_authors_are_named() -> None:
    assert _sources("The Education Ministry will cap classes, its director-general said.") == {
        "its director-general": "named_official"}
    found = _sources("The study was published on Wednesday. Its authors say it points to gaps.")
    assert found == {"Its authors": "named_official"}


def test_a_description_whose_name_is_withheld_is_unnamed_whatever_place_it_names() -> None:
    for text, phrase in [
        ("An Arab diplomat based in Cairo, who spoke on condition of anonymity because he was "
         "not authorised to brief the media, said the talks had stalled.",
         "An Arab diplomat based in Cairo"),
        ("The owner of a guest house in St Ives, who asked not to be named, said bookings were "
         "down.", "The owner of a guest house in St Ives"),
    ]:
        said = [a.source for a in extract(text).attributions
                if a.source is not None and a.cue.text == "said"]
        assert [(s.text, s.kind) for s in said] == [(phrase, "anonymous_described")]


def test_a_named_body_whose_people_withhold_their_names_stays_named() -> None:
    # the aside withholds names, but the phrase is a name, not a description of someone
    text = ("Halvorsen Energy, whose officials spoke on condition of anonymity, said the plant "
            "would close.")
    said = [a.source for a in extract(text).attributions
            if a.source is not None and a.cue.text == "said"]
    assert [(s.text, s.kind) for s in said] == [("Halvorsen Energy", "named_expert")]


def test_a_bodys_short_name_in_mixed_case_goes_with_its_name() -> None:
    for text, phrase in [
        ("The Ministry of Defence (MoD) said in a statement that 300 soldiers had been sent.",
         "The Ministry of Defence (MoD)"),
        ("The Secretariat of National Defence (Sedena) said 300 soldiers had been sent.",
         "The Secretariat of National Defence (Sedena)"),
    ]:
        assert _sources(text) == {phrase: "named_official"}
