"""A confidential source whose head noun a prepositional phrase follows, then an aside that
withholds the name ("An aid worker with an international medical charity, who spoke on
condition of anonymity ..., said"): the whole phrase is the source, unnamed, and its claim is
flagged (sixty-sixth wire batch session: such sources had been lost, their claims left with no
source at all)."""

from __future__ import annotations

import pytest

from service.attribution import extract
from service.scoring import score_extraction
from service.scoring.priors import DEFAULT_PRIORS


def _said_sources(text: str) -> list[tuple[str, str]]:
    """The source text and kind of every "said" attribution of `text`."""
    return [(a["source"]["text"], a["source"]["kind"])
            for a in extract(text).to_dict()["attributions"] if a["cue"]["text"] == "said"]


@pytest.mark.parametrize(("text", "source"), [
    ("An aid worker with an international medical charity, who spoke on condition of anonymity "
     "because they were not authorised to speak to the media, said at least 40 children had "
     "been treated.", "An aid worker with an international medical charity"),
    ("One co-author of the study, who spoke on condition of anonymity, said he had never seen "
     "the original field sheets.", "One co-author of the study"),
    ("One author of the study, who spoke on condition of anonymity, said the data were wrong.",
     "One author of the study"),
    ("A doctor with a medical charity, who asked not to be named, said the clinic was full.",
     "A doctor with a medical charity"),
])
def test_the_post_modified_head_is_the_unnamed_source(text: str, source: str) -> None:
    assert _said_sources(text) == [
        (source, "anonymous_described")]


def test_its_claim_is_flagged_as_one_confidential_source() -> None:
    text = ("Aid groups warned of famine in the camp. An aid worker with an international medical "
            "charity, who spoke on condition of anonymity, said at least 40 children had been "
            "treated for severe malnutrition since Friday.")
    scored = score_extraction(extract(text).to_dict(), headline=None, priors=DEFAULT_PRIORS)
    assert "single_anonymous_source" in [f["code"] for f in scored["flags"]]


def test_a_name_after_the_preposition_is_no_part_of_a_capitalised_head() -> None:
    # a capitalised word before "of" is a name's part, not a head noun that "of" modifies
    said = extract("The Secretary of State, who spoke to reporters, said talks would resume."
                   ).to_dict()["attributions"]
    assert said and said[0]["source"]["kind"] != "anonymous_described"


def _origin_flags(text: str) -> list[tuple[str, list[str]]]:
    from service.scoring import score_extraction_detail
    article = score_extraction_detail(extract(text).to_dict(), headline=None,
                                      priors=DEFAULT_PRIORS)
    return [(c.text, [f["code"] for f in c.flags]) for c in article.claims]


def test_one_of_them_is_one_of_the_people_not_the_thing_between() -> None:
    # "them" after a claim about heaters is still one of the two employees who spoke; and
    # "on condition that they not be named" withholds their names
    text = ("Heaters were recalled. But two employees at Brightway stores in Missouri, who "
            "spoke on condition that they not be named for fear of losing their jobs, said the "
            "heaters were still on sale. One of them said a manager had told staff to keep "
            "selling.")
    one = next(a for a in extract(text).attributions if a.source and a.source.text == "One of them")
    assert one.source.entity.id.startswith("employees")
    flags = dict(_origin_flags(text))
    assert flags["a manager had told staff to keep selling"] == ["single_anonymous_source"]


def test_a_trade_with_a_participle_aside_is_the_source() -> None:
    assert _said_sources("Two miners eating at a corner table, who asked not to be named, said "
                         "safety training had been cut back.") == [
        ("Two miners eating at a corner table", "anonymous_described")]


@pytest.mark.parametrize("text", [
    "A Southeast Asian diplomat in Hanoi said talks were held.",
    "A West African diplomat in Accra said talks were held.",
    "One Democratic senator in Washington said talks were held.",
])
def test_a_role_placed_in_a_city_is_one_unnamed_person_not_the_city(text: str) -> None:
    source = extract(text).to_dict()["attributions"][0]["source"]
    assert source["kind"] == "anonymous_described"
    assert source["text"] == text.split(" said")[0]


@pytest.mark.parametrize(("text", "source"), [
    ("The lender held talks about the unit, Krediet Direct, said the person, who spoke on "
     "condition of anonymity.", "the person"),
    ("Talks are under way with the unit's owner, Calder Group, said the official.",
     "the official"),
])
def test_an_inverted_speaker_beats_the_name_before_the_comma(text: str, source: str) -> None:
    said = extract(text).to_dict()["attributions"][0]
    assert said["source"]["text"] == source
    assert said["source"]["kind"] == "anonymous_described"


@pytest.mark.parametrize(("text", "source"), [
    # whom she told, not who spoke
    ("He planned to retire, his sister, Claudette Moore, told the Monadnock Courier.",
     "Claudette Moore"),
    # what was said, not an inverted speaker
    ("Two lawmakers, speaking on condition of anonymity, said the junior partner, the Rural "
     "Alliance, would try to delay a vote.", "Two lawmakers"),
])
def test_the_subject_before_the_cue_stays_where_no_speaker_follows(text: str,
                                                                   source: str) -> None:
    found = extract(text).to_dict()["attributions"]
    assert source in [a["source"]["text"] for a in found if a["source"]]


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("One portfolio manager whose fund holds shares in both companies, and who asked not to "
     "be named because of the fund's policy, said the price looked generous.",
     "One portfolio manager whose fund holds shares in both companies", "anonymous_described"),
    ("A farmer whose land borders the site said the water was brown.",
     "A farmer whose land borders the site", "anonymous_described"),
    ("The company, whose shares fell 5 percent, said profit would drop.", "The company",
     "named_expert"),
])
def test_a_whose_clause_describes_the_source_before_it(text: str, source: str,
                                                       kind: str) -> None:
    assert _said_sources(text) == [(source, kind)]


def test_an_inverted_speaker_runs_on_through_its_that_clause() -> None:
    text = ("\"They forgot how to run a store,\" said one portfolio manager at a Stockholm fund "
            "that holds Nordvik shares, who asked not to be named.")
    assert _said_sources(text) == [
        ("one portfolio manager at a Stockholm fund that holds Nordvik shares",
         "anonymous_described")]


@pytest.mark.parametrize(("text", "source"), [
    ("A person familiar with talks between the government and the operators of the country's "
     "coal plants, who declined to be named, said one operator had asked for compensation.",
     "A person familiar with talks between the government and the operators of the country's "
     "coal plants"),
    ("A person familiar with the talks and the plans said the deal was close.",
     "A person familiar with the talks and the plans"),
    # an "and" after the matter's end is the claim's
    ("A person familiar with the talks said the company and the union had agreed.",
     "A person familiar with the talks"),
])
def test_the_matter_a_confidential_source_knows_may_hold_an_and(text: str, source: str) -> None:
    assert _said_sources(text) == [
        (source, "anonymous_described")]
