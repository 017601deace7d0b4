"""Rules from the sixty-second wire batch's dev articles (hearings, scoops, reaction roundups;
twenty-first session).

Not claims: something posted online with nothing said of it ("posted a short message on
Instagram an hour after the draw"), someone put to questions ("Regulators questioned Tibbs for
nearly two hours"), a verb whose only complement is when ("four memos Yost wrote between
February 2020 and March 2021"). Kinds: "Local fishermen" are a community nobody could ask
(vague), as "Local farmers" are; a company's "chief actuary" is the one holder of a post
(named); a ministry "circular" is a document."""

from __future__ import annotations

import pytest

from service.attribution import extract


def claims(text: str) -> list[tuple[str, bool]]:
    return [(a["cue"]["text"], a["claim"]) for a in extract(text).to_dict()["attributions"]]


@pytest.mark.parametrize("text", [
    "Breck posted a short message on Instagram an hour after the announcement.",
    "Verhoef has posted nothing since Sunday.",
    "Fans of the club posted messages of support online.",
    "Regulators questioned Tibbs for nearly two hours but gave no ruling.",
    "Police questioned two men on Tuesday.",
    "The committee entered into the record four memos Yost wrote between February 2020 and "
    "March 2021.",
    "A petition opposing any closures has gathered more than 8,000 signatures.",
    "The government declared the drought a national disaster in February.",
    "The government declared a day of national mourning for Thursday.",
    "The Green Union, which holds 11 seats, voted with the government.",
    "Councillors backed the deal for the playhouse by 27 votes to 9 at a full council meeting.",
    "The frozen unit accounted for about 28% of Halden's sales last year.",
    "The mine accounted for roughly a third of Kafwe's output in 2023.",
    "Departure boards showed four flights cancelled before 10 a.m.",
])
def test_acts_with_nothing_said_are_no_claim(text: str) -> None:
    found = claims(text)
    assert found and not any(claim for _, claim in found)


@pytest.mark.parametrize(("text", "cue"), [
    ("Breck posted a message on Instagram saying he was proud of the team.", "saying"),
    ("The ministry posted a video showing the damage to the bridge.", "posted"),
    ("Analysts questioned whether the plan would work.", "questioned"),
    ("Critics questioned Smith's account of the meeting.", "questioned"),
    ("She wrote in a letter last week that the plan would fail.", "wrote"),
    ("The petition says the closure is unlawful.", "says"),
    ("The minister declared that the drought was over.", "declared"),
    ("The board showed that profits fell.", "showed"),
])
def test_what_is_said_stays_a_claim(text: str, cue: str) -> None:
    assert (cue, True) in claims(text)


def kinds(text: str) -> list[tuple[str, str]]:
    found = extract(text).to_dict()["attributions"]
    return [(a["source"]["text"], a["source"]["kind"]) for a in found if a["source"]]


def test_local_fishermen_are_a_community_nobody_could_ask() -> None:
    assert kinds("Local fishermen said the channel was too narrow.") == [
        ("Local fishermen", "vague")]
    assert kinds("Two fishermen said the channel was too narrow.") == [
        ("Two fishermen", "anonymous_described")]


def test_a_companys_chief_post_has_one_holder() -> None:
    [(source, kind)] = kinds("Gulfstar Property & Casualty's chief actuary said premiums "
                             "would rise by 14 percent.")
    assert source == "Gulfstar Property & Casualty's chief actuary"
    assert kind.startswith("named_")


def test_a_ministry_circular_is_a_document() -> None:
    assert kinds("A draft interior ministry circular says the cap would apply from May.") == [
        ("A draft interior ministry circular", "document")]


@pytest.mark.parametrize(("text", "source"), [
    ("The mill would close, the Southside Star reported.", "the Southside Star"),
    ("The Valley News said the mill would close.", "The Valley News"),
    ("The club is close to a deal, according to a report in Spanish sports daily Marca.",
     "a report in Spanish sports daily Marca"),
    ("The ferry operator was hacked, according to a report in the Estonian daily Postimees.",
     "a report in the Estonian daily Postimees"),
])
def test_a_paper_the_directory_does_not_hold_is_an_unrated_outlet(text: str,
                                                                   source: str) -> None:
    assert kinds(text) == [(source, "unnamed_outlet")] or kinds(text) == [(source, "outlet")]


def test_a_paper_in_a_research_journal_is_no_newspapers_report() -> None:
    [(_, kind)] = kinds("The ice loss was overstated, according to a report in the journal "
                        "Cryosphere Letters.")
    assert kind not in {"unnamed_outlet", "outlet"}


def test_a_body_the_headline_describes_takes_the_kind_of_its_name() -> None:
    # "..., weather service says" over "the National Weather Service said": one named body
    found = extract("A video of a waterspout was filmed in Uruguay, the National Weather "
                    "Service said.", headline="Viral waterspout video is years old, weather "
                    "service says").to_dict()["attributions"]
    assert {a["source"]["kind"] for a in found} == {"named_expert"}


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("The Jornal de Corval, a local weekly, reported that thefts had doubled.",
     "The Jornal de Corval", "unnamed_outlet"),
    ("Kessling Dagblad, a regional newspaper, reported that the port would close.",
     "Kessling Dagblad", "unnamed_outlet"),
    ("Maria Lopes, a local journalist, said the port would close.", "Maria Lopes", None),
    ("John Smith, a reporter for the paper, said the port would close.", "John Smith", None),
    ("Thefts had doubled, according to the Jornal de Corval, a local weekly.",
     "the Jornal de Corval", "unnamed_outlet"),
    ("Exports fell, according to Halden Bank, a Norwegian lender.", "Halden Bank", None),
])
def test_an_appositive_that_says_a_name_is_a_paper(text: str, source: str,
                                                   kind: str | None) -> None:
    [(found, found_kind)] = kinds(text)
    assert found == source
    if kind is None:
        assert found_kind not in {"outlet", "unnamed_outlet"}
    else:
        assert found_kind == kind


@pytest.mark.parametrize(("text", "source"), [
    ("An exporter in the Mekong Delta city of Can Tho said his company had suspended sales.",
     "An exporter in the Mekong Delta city of Can Tho"),
    ("The mayor of Can Tho said the floods were over.", "The mayor of Can Tho"),
    ("A woman selling grilled sardines from a stall by the fish market said she had seen the "
     "van.", "A woman selling grilled sardines from a stall by the fish market"),
])
def test_a_long_subject_is_the_whole_phrase(text: str,
                                                                       source: str) -> None:
    assert [found for found, _ in kinds(text)] == [source]
