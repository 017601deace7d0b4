"""A cue inside a relative clause of the source ("Two officials who have seen the report
said ...") belongs to that clause: its content ends with the source phrase, and the main
clause's attribution stands on its own rather than nested under it; the clause's head may be
a quantity ("others who ...") or a person noun with a name after "of"."""

from __future__ import annotations

import pytest

from service.attribution import extract


def attributions(text: str) -> list[dict]:
    return list(extract(text).to_dict()["attributions"])


def by_cue(found: list[dict], cue: str) -> dict:
    return next(a for a in found if a["cue"]["text"] == cue)


@pytest.mark.parametrize(("text", "inner", "main", "source", "claim"), [
    ("Two officials who have seen the report said it was damning.", "seen", "said",
     "Two officials who have seen the report", "it was damning"),
    ("Parents who want to keep the school open said the vote was rushed.", "want", "said",
     "Parents who want to keep the school open", "the vote was rushed"),
])
def test_the_main_clause_is_not_nested_under_the_relative_clause(
        text: str, inner: str, main: str, source: str, claim: str) -> None:
    found = attributions(text)
    outer = by_cue(found, main)
    assert outer["source"]["text"] == source
    assert outer["content"]["text"] == claim
    assert outer["parent"] is None
    relative = next((a for a in found if a["cue"]["text"] == inner), None)
    if relative is not None:  # the clause's own cue ends with the source phrase
        assert main not in relative["content"]["text"].split()
        assert text.index(relative["content"]["text"]) + len(relative["content"]["text"]) <= (
            text.index(source) + len(source))


@pytest.mark.parametrize(("text", "source"), [
    ("Hawkins and others who want to ban abortion said the decision was a blow.",
     "others who want to ban abortion"),
    ("Those who saw the crash said the bus was speeding.", "Those who saw the crash"),
])
def test_a_quantity_heads_the_relative_clause(text: str, source: str) -> None:
    assert by_cue(attributions(text), "said")["source"]["text"] == source


@pytest.mark.parametrize(("text", "cue", "plural"), [
    ("On the other side are partisans and thinkers who consider his record substantial.",
     "consider", "thinkers who"),
    ("He is treating his supporters as ignorants who will believe anything he says.", "believe",
     "ignorants who"),
])
def test_a_bare_plural_a_who_clause_defines_is_a_vague_class(text: str, cue: str,
                                                             plural: str) -> None:
    # the source is shown from the plural "who" stands for to the pronoun
    found = by_cue(attributions(text), cue)
    assert (found["source"]["text"], found["source"]["kind"]) == (plural, "vague")


@pytest.mark.parametrize(("text", "kind"), [
    ("Two officials who have seen the report said it was damning.", "anonymous_described"),
    ("Some shopkeepers said the road works had cut their trade by half.", "vague"),
    ("Many homeowners said the water had reached their doors.", "vague"),
])
def test_people_with_a_marker_stay_unnamed_and_quantified_sorts_are_vague(
        text: str, kind: str) -> None:
    assert by_cue(attributions(text), "said")["source"]["kind"] == kind


@pytest.mark.parametrize(("text", "source"), [
    ("A Western diplomat in Tashkent who follows the talks said the side remained reluctant.",
     "A Western diplomat in Tashkent who follows the talks"),
    ("A diplomat in the region who follows the talks said the side remained reluctant.",
     "A diplomat in the region who follows the talks"),
])
def test_a_person_noun_with_a_place_heads_the_relative_clause(text: str, source: str) -> None:
    found = by_cue(attributions(text), "said")
    assert (found["source"]["text"], found["source"]["kind"]) == (source, "anonymous_described")


def test_an_occupation_heads_a_source_with_an_anonymity_aside() -> None:
    text = ("A nurse at the hospital, who spoke on condition of anonymity, said employees had "
            "complained for months.")
    found = by_cue(attributions(text), "said")
    assert (found["source"]["text"], found["source"]["kind"]) == (
        "A nurse at the hospital", "anonymous_described")


def test_the_people_after_a_counted_group_is_that_group() -> None:
    text = ("The desk lost money, three people with knowledge of the matter said. The desk had "
            "built up the trade since the summer, the people said.")
    found = attributions(text)
    assert found[1]["source"]["text"] == "the people"
    assert found[1]["source"]["entity"] == found[0]["source"]["entity"]
    assert found[1]["source"]["kind"] == "anonymous_described"


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("Truckers' groups on both sides say the fees add as much as $300 to each trip.",
     "Truckers' groups on both sides", "vague"),
    ("Several other refugees told reporters they had paid smugglers.",
     "Several other refugees", "anonymous_described"),
])
def test_groups_on_both_sides_and_several_others(text: str, source: str, kind: str) -> None:
    found = attributions(text)[0]
    assert (found["source"]["text"], found["source"]["kind"]) == (source, kind)


def test_she_after_an_unnamed_person_is_that_person() -> None:
    text = ("The daughter of one patient, who asked that her name not be used, said he had "
            "been ill for a week. \u201cNobody told us anything,\u201d she said.")
    found = [a for a in attributions(text) if a["cue"]["text"] == "said"]
    assert found[1]["source"]["kind"] == "anonymous_described"
    assert found[1]["source"]["entity"] == found[0]["source"]["entity"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Infection control specialists say the outbreak is contained.", "vague"),
    ("Port operators warned that delays would grow.", "vague"),
    ("Lawyers said the ruling was narrow.", "vague"),
    ("Tarrow's own consultants reported that the wells were tainted.", "anonymous_described"),
    ("Officials said the bridge was safe.", "anonymous_described"),
])
def test_a_bare_trade_is_vague_and_someones_own_people_are_not(text: str, kind: str) -> None:
    assert attributions(text)[0]["source"]["kind"] == kind


@pytest.mark.parametrize(("text", "source", "claim"), [
    ("A man accused of murder told the court he was innocent.",
     "A man accused of murder", "he was innocent"),
    ("A woman suspected of arson told police she had been at home.",
     "A woman suspected of arson", "she had been at home"),
    ("A driver charged with manslaughter told the jury the brakes had failed.",
     "A driver charged with manslaughter", "the brakes had failed"),
])
def test_a_person_described_by_an_accusation_is_the_source_not_the_crime(
        text: str, source: str, claim: str) -> None:
    # the participle describes the person; no one is accusing anyone in this sentence
    found = attributions(text)
    assert [a["cue"]["text"] for a in found] == ["told"]
    assert found[0]["source"]["text"] == source
    assert found[0]["source"]["kind"] == "anonymous_described"
    assert found[0]["content"]["text"] == claim


def test_an_accusation_made_by_someone_is_still_an_attribution() -> None:
    found = attributions("Rivals accused him of lying about the plan.")
    accused = by_cue(found, "accused")
    assert accused["source"]["text"] == "Rivals"


@pytest.mark.parametrize(("text", "source"), [
    ("Two officials who spoke on condition of anonymity because they were not authorised to "
     "brief reporters said the crossing would reopen.",
     "Two officials who spoke on condition of anonymity because they were not authorised to "
     "brief reporters"),
    ("A diplomat who asked not to be named because the talks are confidential said a deal "
     "was close.", "A diplomat who asked not to be named because the talks are confidential"),
    ("Voters who stayed home because it rained said they regretted it.",
     "Voters who stayed home because it rained"),
])
def test_a_because_clause_inside_the_relative_clause_stays_in_the_source(
        text: str, source: str) -> None:
    said = by_cue(attributions(text), "said")
    assert said["source"]["text"] == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Donors had been slow, a view echoed by Okonjo, who said the crisis could not be "
     "forgotten.", "said", "Okonjo, who"),
    ("The couple booked through travel firm SunPath Holidays, which said it was in contact "
     "with the hotel.", "said", "SunPath Holidays, which"),
    ("The case involves Marcus Greene, a warehouse worker who says officers broke his arm.",
     "says", "Marcus Greene, a warehouse worker who"),
])
def test_a_relative_subject_shows_whom_it_stands_for(text: str, cue: str, source: str) -> None:
    # the span runs from the antecedent to the pronoun: an editor sees who speaks, and the
    # pronoun that states the verb stays inside it
    assert by_cue(attributions(text), cue)["source"]["text"] == source
