"""Asides between a source and its cue: "The Wall Street Journal, citing unnamed officials,
reported that ..." (whom the outlet cites, a relay and an origin); "“It's bad,” one resident,
who asked not to be named, told AFP" (the resident, never the outlet told); a source who
"gave only her first name" is an unnamed person; "is widely expected to" is an event."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract

WSJ = {"domain": "wsj.com", "name": "The Wall Street Journal", "kind": "newspaper",
       "country": "US", "aliases": ["The Wall Street Journal", "Wall Street Journal"]}
AFP = {"domain": "afp.com", "name": "AFP", "kind": "agency", "country": "FR",
       "aliases": ["AFP", "Agence France-Presse"]}
DIRECTORY = OutletDirectory([WSJ, AFP])


def chains(text: str) -> list[list[tuple[str, str]]]:
    found = extract(text, directory=DIRECTORY).to_dict()["chains"]
    return [[(h["role"], h["entity"]) for h in c["hops"][1:]] for c in found
            if len(c["hops"]) > 1]


def test_an_outlet_citing_its_sources_in_an_aside_relays_them() -> None:
    text = "The Wall Street Journal, citing unnamed officials, reported that the deal had stalled."
    assert chains(text) == [[("relay", "wsj.com"), ("origin", "unnamed-officials")]]


@pytest.mark.parametrize("text", [
    "\u201cIt's bad,\u201d one resident, who asked not to be named, told AFP.",
    "\u201cIt's bad,\u201d one resident, who gave only her first name, Maria, told AFP.",
])
def test_the_resident_in_an_aside_speaks_to_the_outlet(text: str) -> None:
    found = extract(text, directory=DIRECTORY).to_dict()["attributions"]
    told = next(a for a in found if a["cue"]["text"] == "told")
    assert (told["source"]["text"], told["source"]["kind"]) == (
        "one resident", "anonymous_described")
    assert chains(text) == [[("venue", "afp.com"), ("origin", "resident")]]


def test_an_event_widely_expected_is_no_claim() -> None:
    found = extract("The central bank is widely expected to raise rates on Thursday.").to_dict()
    assert all(not a["claim"] for a in found["attributions"])


def test_a_conference_call_is_an_occasion_not_a_cue() -> None:
    text = ("The company's chief executive, Tom Reyes, told analysts on a conference call that "
            "demand was strong.")
    found = extract(text).to_dict()["attributions"]
    assert [(a["cue"]["text"], a["source"]["text"]) for a in found] == [("told", "Tom Reyes")]


def test_neither_nor_negates_a_response() -> None:
    found = extract("Neither the White House nor the Pentagon responded to requests for "
                    "comment.").to_dict()
    assert all(not a["claim"] for a in found["attributions"])


def test_a_second_act_after_but_is_no_part_of_the_claim() -> None:
    found = extract("The ministry said talks would continue but did not give a "
                    "timeframe.").to_dict()["attributions"]
    assert found[0]["content"]["text"] == "talks would continue"


@pytest.mark.parametrize(("text", "kind"), [
    ("Several members reported paying extra storage charges.", "anonymous_described"),
    ("Some members reported paying extra storage charges.", "vague"),
    ("Several strikers, who did not want to give their names for fear of reprisals, told "
     "reporters the plant was idle.", "anonymous_described"),
])
def test_several_people_are_particular_people(text: str, kind: str) -> None:
    found = extract(text).to_dict()["attributions"]
    main = next(a for a in found if a["cue"]["text"] in {"reported", "told"})
    assert main["source"]["kind"] == kind


def test_its_director_is_the_one_person_holding_the_post() -> None:
    text = "The museum said the objects would be returned. Its director said it was overdue."
    found = extract(text).to_dict()["attributions"]
    assert (found[1]["source"]["text"], found[1]["source"]["kind"]) == (
        "Its director", "named_official")


@pytest.mark.parametrize(("text", "kind"), [
    ("Analysts at Bernheim Securities wrote in a note to clients that the cut was large.",
     "named_expert"),
    ("Researchers at the Miami lab said the reef was dying.", "anonymous_described"),
    ("Analysts at several banks said rates would fall.", "anonymous_described"),
    ("The city denied wrongdoing.", "named_official"),
])
def test_a_firms_analysts_and_a_city_speak_for_a_named_body(text: str, kind: str) -> None:
    assert extract(text).to_dict()["attributions"][0]["source"]["kind"] == kind


def test_a_report_closing_with_citing_covers_what_came_before() -> None:
    axios = {"domain": "axios.com", "name": "Axios", "kind": "website", "country": "US",
             "aliases": ["Axios"]}
    text = ("The talks will resume next week, Axios reported, citing two sources familiar with "
            "the plan.")
    found = extract(text, directory=OutletDirectory([axios])).to_dict()["chains"]
    nested = [c for c in found if len(c["hops"]) > 2]
    assert nested[0]["claim"]["text"] == "The talks will resume next week"
    assert [h["role"] for h in nested[0]["hops"][1:]] == ["relay", "origin"]


def test_speaking_to_an_outlet_before_the_subject_is_its_venue() -> None:
    sky = {"domain": "news.sky.com", "name": "Sky News", "kind": "broadcaster",
           "country": "GB", "aliases": ["Sky News"]}
    text = "Speaking to Sky News, the minister said the talks would resume."
    found = extract(text, directory=OutletDirectory([sky])).to_dict()["attributions"]
    assert found[0]["venue"]["outlet"]["domain"] == "news.sky.com"
    plain = extract("Speaking to reporters, the minister said the talks would resume.")
    assert plain.to_dict()["attributions"][0].get("venue") is None


def test_a_participle_after_a_possessive_is_an_adjective() -> None:
    text = ("Three soldiers were killed on the two countries' disputed mountain border on "
            "Tuesday, state television reported.")
    found = extract(text).to_dict()["attributions"]
    assert [a["cue"]["text"] for a in found] == ["reported"]


def test_a_headline_body_word_is_the_body_the_story_names() -> None:
    headline = "Tyre plant workers strike over pay, union says"
    text = ("Hundreds of workers at a tyre factory walked out on Monday, their union said.\n\n"
            "The plant's owner said talks would resume.")
    found = extract(text, headline=headline).to_dict()["attributions"]
    in_headline = next(a for a in found if a["field"] == "headline")
    in_text = next(a for a in found if a["field"] == "text")
    assert in_headline["source"]["entity"] == in_text["source"]["entity"]
    assert in_headline["source"]["kind"] != "unresolved"


def test_a_person_who_asked_that_her_name_not_be_used_is_unnamed() -> None:
    text = ("The daughter of one patient, who asked that her name not be used to protect her "
            "father's privacy, said he had been ill for a week.")
    found = extract(text).to_dict()["attributions"]
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert (said["source"]["text"], said["source"]["kind"]) == (
        "The daughter of one patient", "anonymous_described")


def test_a_headline_company_is_the_company_the_story_names() -> None:
    headline = "FDA rejects drug, company says"
    text = "Corvale Therapeutics said on Monday the FDA had declined to approve its treatment."
    found = extract(text, headline=headline).to_dict()["attributions"]
    says = next(a for a in found if a["field"] == "headline" and a["cue"]["text"] == "says")
    assert (says["source"]["entity"], says["source"]["kind"]) == (
        "corvale-therapeutics", "named_expert")


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("A Western diplomat in the region, speaking on condition of anonymity, said the seizure "
     "was routine.", "A Western diplomat in the region", "anonymous_described"),
    ("One resident of the town, speaking on condition of anonymity, said the water was bad.",
     "One resident of the town", "anonymous_described"),
    ("The US Navy's Fifth Fleet, based in Bahrain, said it was aware of reports.",
     "The US Navy's Fifth Fleet", None),
    ("The company, owned by the state, said it would cut jobs.", "The company", None),
])
def test_a_participle_aside_describes_the_subject_before_it(
        text: str, source: str, kind: str | None) -> None:
    found = extract(text, directory=DIRECTORY).to_dict()["attributions"]
    assert [a["source"]["text"] for a in found] == [source]
    if kind is not None:
        assert found[0]["source"]["kind"] == kind


def test_a_name_in_its_appositive_is_quoted_by_the_outlet() -> None:
    text = ("A regional commander, Brigadier General Reza Sadeghpour, was quoted by AFP as "
            "saying the operation followed weeks of work.")
    found = extract(text, directory=DIRECTORY).to_dict()["attributions"]
    assert [(a["source"]["text"], a["source"]["kind"]) for a in found] == [
        ("AFP", "outlet"), ("Brigadier General Reza Sadeghpour", "named_official")]
    assert chains(text) == [[("relay", "afp.com"), ("origin", found[1]["source"]["entity"])]]


def test_accounts_filed_are_the_books() -> None:
    found = extract("The profit fell, according to accounts filed at Companies House in "
                    "October.").to_dict()["attributions"]
    assert [a["source"]["kind"] for a in found] == ["document"]


def test_an_outlet_quotes_a_name_described_in_an_aside() -> None:
    text = ("AFP quoted Zhou Minghai, described as the mission's chief scientist, as saying the "
            "finding lays a solid foundation.")
    found = extract(text, directory=DIRECTORY).to_dict()["attributions"]
    assert [(a["source"]["text"], a["source"]["kind"]) for a in found] == [
        ("AFP", "outlet"), ("Zhou Minghai", "named_expert")]


def test_the_presidential_palace_speaks_for_the_head_of_state() -> None:
    found = extract("The presidential palace said the president had ordered the military to "
                    "deploy aircraft.").to_dict()["attributions"]
    assert (found[0]["source"]["text"], found[0]["source"]["kind"]) == (
        "The presidential palace", "named_official")


@pytest.mark.parametrize(("text", "source"), [
    # the appositive's own relative clause holds the verbs "asked" and "feared"
    ("One of the movement's observers, a schoolteacher who asked not to be named because she "
     "feared losing her job, told AFP she saw a man drop ballots into a box.",
     "One of the movement's observers"),
    # a role phrase opening the appositive, after the quote the speaker wrote
    ("\"This is a deeper cut than the market was bracing for,\" Priya Ramaswamy, retail analyst "
     "at Calder Hume Securities, wrote in a note to clients.", "Priya Ramaswamy"),
    # the name after the role and the body that title it
    ("Its lead author, Monash University climate scientist Priya Conlan, told AFP the record "
     "was broken.", "Monash University climate scientist Priya Conlan"),
])
def test_the_speaker_behind_an_appositive(text: str, source: str) -> None:
    found = extract(text, directory=DIRECTORY).to_dict()["attributions"]
    assert source in [a["source"]["text"] for a in found if a["source"]]


def test_a_clock_time_inside_a_venue() -> None:
    text = "The storm made landfall near Baler, the bureau said in a 5 a.m. bulletin."
    found = extract(text, directory=DIRECTORY).to_dict()["attributions"]
    assert (found[0]["venue"]["text"], found[0]["content"]["text"]) == (
        "in a 5 a.m. bulletin", "The storm made landfall near Baler")


@pytest.mark.parametrize(("text", "source", "editor_named"), [
    ("The commerce workers' union in Recife, where Primor is headquartered, said in a statement "
     "that it would seek meetings with both companies.", "The commerce workers' union in Recife",
     True),
    ("A farmer near Choma, where the drought is worst, said the crop had failed.",
     "A farmer near Choma", False),
])
def test_a_where_clause_after_the_place_of_a_source_is_an_aside(text: str, source: str,
                                                                 editor_named: bool) -> None:
    # sixty-fifth wire batch (twenty-third session): the body or person placed before it
    found = [a for a in extract(text).attributions if a.source is not None]
    assert [a.source.text for a in found] == [source]
    assert found[0].source.kind.startswith("named") is editor_named
