"""Rules of the thirty-sixth session, each from an error of the wire set's dev part (ids -78
and later): a noun before "who" is a person though no list of trades holds it ("A camera
assistant who spoke on condition of anonymity said")."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract

DIRECTORY = OutletDirectory([
    {"domain": "reuters.com", "name": "Reuters", "aliases": ["Reuters"], "kind": "wire"},
])


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.source.text if a.source else None, a.source.kind if a.source else None,
             a.cue.text) for a in extract(text, directory=DIRECTORY).attributions]


@pytest.mark.parametrize(("text", "source"), [
    ("A camera assistant who spoke on condition of anonymity said that three crew members had "
     "been treated in hospital.", "A camera assistant who spoke on condition of anonymity"),
    ("A lighting gaffer who asked not to be named said the shoot ran past midnight.",
     "A lighting gaffer who asked not to be named"),
    ("A camera assistant who spoke on condition of anonymity because she feared losing work "
     "said the crew was exhausted.",
     "A camera assistant who spoke on condition of anonymity because she feared losing work"),
])
def test_a_noun_before_who_is_a_person(text: str, source: str) -> None:
    said = [f for f in _found(text) if f[2] == "said"]
    assert said == [(source, "anonymous_described", "said")]


@pytest.mark.parametrize("text", [
    "Those who spoke on condition of anonymity said the shoot ran late.",
    "The mayor, who spoke at the opening, said the bridge was safe.",
])
def test_pronouns_and_names_before_who_keep_their_reading(text: str) -> None:
    sources = [f[0] for f in _found(text) if f[2] == "said"]
    assert sources and sources[0] != "anonymity" and not (sources[0] or "").startswith("spoke")


@pytest.mark.parametrize(("text", "source"), [
    ("Walkers on the moor that afternoon have said on social media that they saw smoke.",
     "Walkers on the moor that afternoon"),
    ("Bystanders at the scene said the car was travelling fast.", "Bystanders at the scene"),
    ("Campaigners against grouse moor burning say the fire shows why it should be banned.",
     "Campaigners against grouse moor burning"),
    ("Protesters against the dam said they would return.", "Protesters against the dam"),
])
def test_people_met_where_something_happened_and_people_against_something(
        text: str, source: str) -> None:
    assert _found(text)[0][:2] == (source, "vague")


def test_against_inside_the_content_is_no_part_of_the_source() -> None:
    assert _found("The ruling went against the union, officials said.") == [
        ("officials", "anonymous_described", "said")]


@pytest.mark.parametrize(("text", "source"), [
    ("One TD said colleagues were already printing leaflets.", "One TD"),
    ("A rural financial counsellor in Cobar, who asked not to be named, said the number of "
     "graziers seeking help had doubled.", "A rural financial counsellor in Cobar"),
])
def test_a_member_of_parliament_by_letters_and_a_counsellor_are_unnamed_people(
        text: str, source: str) -> None:
    said = [f for f in _found(text) if f[2] == "said"]
    assert said == [(source, "anonymous_described", "said")]


def test_a_member_of_parliament_by_letters_before_a_name_is_that_official() -> None:
    said = [f for f in _found("Sinn Féin TD Mary Lou Keane said the plan was late.")
            if f[2] == "said"]
    assert said == [("Sinn Féin TD Mary Lou Keane", "named_official", "said")]


@pytest.mark.parametrize("text", [
    '"It is a full price," said Jana Kowalczyk, a beverages analyst at Nordvik Securities in '
    'Oslo, who added that she had no knowledge of the talks.',
    '"Nobody was looking," said Lin Qiaoyun, a lecturer in criminal law at a university in '
    'Shanghai, who said she had not seen the case files.',
])
def test_who_after_a_placed_appositive_is_the_name_it_describes(text: str) -> None:
    found = _found(text)
    assert len(found) == 2 and all(kind == "named_expert" for _, kind, _ in found)


def test_who_after_a_placed_unnamed_person_stays_unnamed() -> None:
    said = [f for f in _found("A paediatrician at a hospital in Braga, who asked not to be "
                              "named, said the ward was full.") if f[2] == "said"]
    assert said == [("A paediatrician at a hospital in Braga", "anonymous_described", "said")]


@pytest.mark.parametrize(("text", "outlet"), [
    ("Hours later, Russia's state news agency TASS, citing an unnamed source in Kazakh law "
     "enforcement, reported that Abenov had been released on bail.",
     "Russia's state news agency TASS"),
    ("On Thursday, the Arizona Ledger, citing a person familiar with the matter, reported that "
     "Sunward had received a records request.", "the Arizona Ledger"),
])
def test_a_time_phrase_before_an_outlet_citing_someone(text: str, outlet: str) -> None:
    result = extract(text, directory=DIRECTORY)
    by_cue = {a.cue.text: a for a in result.attributions}
    assert by_cue["reported"].source is not None and by_cue["reported"].source.text == outlet
    assert by_cue["citing"].content is not None and by_cue["reported"].content is not None
    assert by_cue["citing"].content.text == by_cue["reported"].content.text
    assert any(len(c["hops"]) == 3 for c in result.chains)


def test_a_name_after_a_time_phrase_keeps_its_appositive_reading() -> None:
    assert _found("Last week, Maria Lopez, a teacher in Austin, said the school was closing.")[
        0][:2] == ("Maria Lopez", "named_person")


def test_an_ing_form_before_a_role_is_the_roles_field() -> None:
    said = [f for f in _found(
        "A former Corpoelec planning manager, who spoke on condition of anonymity because "
        "relatives of his still work for the company, said the tower had been flagged.")
        if f[2] == "said"]
    assert said == [("A former Corpoelec planning manager", "anonymous_described", "said")]
    assert [f[2] for f in _found("A planning manager said the tower was flagged.")] == ["said"]


@pytest.mark.parametrize(("text", "cue"), [
    ("The union is warning officials that the plant will close.", "warning"),
    ("ANI reported the cuts on Monday, citing officials aware of the matter.", "citing"),
])
def test_an_ing_verb_before_its_object_stays_a_cue(text: str, cue: str) -> None:
    assert cue in [f[2] for f in _found(text)]


def test_said_one_who_withholds_the_name_is_unnamed() -> None:
    found = _found('Security consultants said the breach was serious. "The weakest link is a '
                   'person on a phone," said one, who asked not to be named because his firm '
                   'works with government departments.')
    assert ("one", "anonymous_described", "said") in found


@pytest.mark.parametrize(("text", "source"), [
    ("Footage circulating on social media, which has not been verified, appears to show "
     "several men grappling.", "Footage circulating on social media"),
    ("Data from the ministry, which were released on Monday, show the deficit grew.",
     "Data from the ministry"),
])
def test_a_mass_noun_record_before_a_which_clause(text: str, source: str) -> None:
    assert _found(text)[0][:2] == (source, "document")


@pytest.mark.parametrize(("text", "source"), [
    ("Rumours have circulated in Riyadh for weeks that two insurers have hired advisers.",
     "Rumours"),
    ("Speculation has mounted that the minister will resign.", "Speculation"),
])
def test_hearsay_going_round_that_is_a_vague_source(text: str, source: str) -> None:
    assert _found(text)[0][:2] == (source, "vague")


@pytest.mark.parametrize("text", [
    "Reports circulated on social media on Monday.",
    "Talk has grown louder in recent weeks.",
])
def test_hearsay_going_round_without_a_that_clause_is_no_claim(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "A spokeswoman for the institute said she could not confirm the number of cases and "
    "referred questions to federal authorities.",
    "The minister said he was unable to confirm the size of the planned investment.",
])
def test_a_detail_left_unconfirmed_is_no_claim(text: str) -> None:
    chains = extract(text, directory=DIRECTORY).chains
    assert [c for c in chains if len(c["hops"]) > 1] == []


def test_a_confirmation_given_is_still_a_claim() -> None:
    text = "The minister said he could confirm the size of the planned investment."
    chains = extract(text, directory=DIRECTORY).chains
    assert [c for c in chains if len(c["hops"]) > 1]


def test_no_further_comment_is_no_claim() -> None:
    text = "The club said it would make no further comment while the investigation continued."
    chains = extract(text, directory=DIRECTORY).chains
    assert [c for c in chains if len(c["hops"]) > 1] == []
