"""Relays as wire copy writes them (wire dev, tenth session): an outlet's aside "quoting X" is
whom it relays, as "citing X" is; "X quoted Y, who ..., as saying", "X quoted Y, the
president, as saying" and "X quoted Y, head of Z, as saying" keep Y the speaker; a headline's
trailing "- state media" or "- WSJ" names the headline's source, and the headline's own verb
says what it says up to the dash; an acronym a name defines in brackets ("The Tavarian News
Agency (TNA)") is that name after."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory, extract

RECORDS: list[dict[str, Any]] = [
    {"domain": "wsj.com", "name": "The Wall Street Journal",
     "aliases": ["Wall Street Journal", "WSJ"]},
]


@pytest.fixture(scope="module")
def directory() -> OutletDirectory:
    return OutletDirectory(RECORDS)


def chains(text: str, headline: str | None = None,
           directory: OutletDirectory | None = None) -> list[list[tuple[str, str]]]:
    result = extract(text, headline=headline, directory=directory).to_dict()
    return [[(h["role"], h["kind"]) for h in c["hops"][1:]] for c in result["chains"]]


def test_an_outlets_aside_quoting_a_ministry_relays_it() -> None:
    found = chains("The state broadcaster, quoting the Defence Ministry, said border guards had "
                   "opened fire without warning.")
    assert [("relay", "state_affiliated_outlet"), ("origin", "named_official")] in found


@pytest.mark.parametrize(("text", "speaker"), [
    ("The agency quoted President Oleg Varan, who it said watched the launch from a command "
     "post, as saying the weapon would work.", "President Oleg Varan"),
    ("The agency quoted Varan, the president, as saying the weapon would work.", "Varan"),
    # a role with no article after the name (wire dev, twenty-second session)
    ("The agency quoted Colonel Ilya Varan, head of the ministry's press office, as saying "
     "the weapon would work.", "Colonel Ilya Varan"),
    # not after a description: "whom it did not name" is part of who the person is
    ("The paper quoted an engineer in Tarvos, whom it did not name, as saying the weapon "
     "would work.", "an engineer in Tarvos, whom it did not name"),
    # nor inside a list of names
    ("The agency quoted Varan, Oleska and Brin as saying the weapon would work.",
     "Varan, Oleska and Brin"),
])
def test_the_person_quoted_keeps_their_aside_out_of_the_name(text: str, speaker: str) -> None:
    found = extract(text).to_dict()["attributions"]
    saying = [a for a in found if a["cue"]["text"] == "as saying"]
    assert [(a["source"]["text"], a["content"]["text"]) for a in saying] == [
        (speaker, "the weapon would work")]


def test_a_headline_credit_to_state_media_relays_the_headline() -> None:
    result = extract("The plan was announced on Monday.",
                     headline="Tavaria says it tested a new missile - state media").to_dict()
    says = next(a for a in result["attributions"] if a["cue"]["text"] == "says")
    assert says["content"]["text"] == "it tested a new missile"
    headline_chains = [[(h["role"], h["kind"]) for h in c["hops"][1:]] for c in result["chains"]
                       if c["claim"]["field"] == "headline"]
    assert headline_chains == [[("relay", "state_affiliated_outlet"), ("origin", "named_person")]]


def test_a_headline_credit_to_an_outlet_the_directory_holds(directory: OutletDirectory) -> None:
    found = chains("Nordhaven plans to cut jobs, the newspaper reported.",
                   headline="Nordhaven to cut 1,200 jobs - WSJ", directory=directory)
    assert [("origin", "outlet")] in found
    # a word after the dash that names no outlet is no source
    assert chains("The storm hit the coast.", headline="Storm hits coast - Photos") == [[], []]


def test_an_acronym_defined_in_brackets_is_the_same_source() -> None:
    result = extract("The Tavarian News Agency (TNA) said the missile was launched on Sunday. "
                     "TNA quoted President Oleg Varan as saying the weapon would work.").to_dict()
    kinds = {a["source"]["text"]: (a["source"]["kind"], a["source"]["entity"])
             for a in result["attributions"] if a["source"]}
    assert kinds["TNA"] == kinds["The Tavarian News Agency (TNA)"]


@pytest.mark.parametrize("text", [
    "A 2023 inspection report by the state health department, reviewed by the Wall Street "
    "Journal, noted that the plan had not been updated.",
    "The documents, obtained by the Wall Street Journal, showed that the plan was dropped.",
    "A memo seen by the Wall Street Journal said the plan was dropped.",
])
def test_a_document_an_outlet_has_seen_is_relayed_by_it(text: str,
                                                        directory: OutletDirectory) -> None:
    assert chains(text, directory=directory) == [[("relay", "outlet"), ("origin", "document")]]


def test_figures_published_by_a_body_are_its_own_document(directory: OutletDirectory) -> None:
    found = chains("Figures published by the customs agency in April showed 17 tonnes were "
                   "seized.", directory=directory)
    assert found == [[("origin", "document")]]


@pytest.mark.parametrize(("text", "venue"), [
    ("Output would fall, the government said on Tuesday in its first official crop forecast "
     "of the year.", "in its first official crop forecast of the year"),
    ("The ministry said in an official statement that the talks were over.",
     "in an official statement"),
])
def test_an_official_record_is_a_venue_and_no_state_media(text: str, venue: str) -> None:
    said = extract(text).to_dict()["attributions"][0]
    assert said["venue"]["text"] == venue
    assert said["venue"].get("kind") != "state_affiliated_outlet"
    assert [h["kind"] for h in extract(text).to_dict()["chains"][0]["hops"]].count(
        "state_affiliated_outlet") == 0


@pytest.mark.parametrize(("text", "source"), [
    ("His sponsor, sportswear brand Kestrel, said in an email that it was aware of the reports.",
     "sportswear brand Kestrel"),
    ("The buyer, private equity firm Ashcombe Partners, said the deal was done.",
     "private equity firm Ashcombe Partners"),
])
def test_a_name_after_the_nouns_that_say_what_it_is_is_the_speaker(text: str, source: str
                                                                   ) -> None:
    said = [a for a in extract(text).to_dict()["attributions"] if a["cue"]["text"] == "said"]
    assert [a["source"]["text"] for a in said] == [source]


def test_a_comparison_with_a_name_is_no_speaker() -> None:
    found = extract("He, like Donald Trump, has refused to apologize for an outrageous "
                    "statement.").to_dict()["attributions"]
    assert all(a["source"] is None or a["source"]["text"] != "like Donald Trump" for a in found)


@pytest.mark.parametrize(("text", "source"), [
    ("According to the company's application, construction could begin next spring.",
     "the company's application"),
    ("Analysts had expected 352 million pounds, according to a company-compiled consensus.",
     "a company-compiled consensus"),
    ("Traders priced a 58 percent chance of a cut, according to CME Group's FedWatch tool.",
     "CME Group's FedWatch tool"),
])
def test_records_by_their_head_noun_are_documents(text: str, source: str) -> None:
    found = extract(text).to_dict()["attributions"]
    assert [(a["source"]["text"], a["source"]["kind"]) for a in found] == [(source, "document")]


def test_a_document_an_outlet_reviewed_before_the_outlets_appositive(
        directory: OutletDirectory) -> None:
    text = ("An internal memo reviewed by the Wall Street Journal, a business newspaper, showed "
            "that the plan had been dropped.")
    found = extract(text, directory=directory).to_dict()["attributions"]
    showed = next(a for a in found if a["cue"]["text"] == "showed")
    assert (showed["source"]["text"], showed["source"]["kind"]) == ("An internal memo",
                                                                    "document")
    assert chains(text, directory=directory) == [[("relay", "outlet"), ("origin", "document")]]


@pytest.mark.parametrize("text", [
    "A decree published in the official gazette listed the municipalities.",
    "According to the government gazette, the law takes effect in May.",
])
def test_an_official_gazette_is_a_record_not_state_media(text: str) -> None:
    found = extract(text).to_dict()["attributions"]
    assert [a["source"]["kind"] for a in found] == ["document"]


@pytest.mark.parametrize(("text", "venue"), [
    ("Rhys Calloway told the Halvard Bay Mercury that the company had offered more.",
     "the Halvard Bay Mercury"),
    ("Rourke, in a rare interview with the Brennock Courier in February, said the company "
     "was in good shape.", "in a rare interview with the Brennock Courier in February"),
    ("The minister said in a written answer to parliament last month that staffing met the "
     "guidelines.", "in a written answer to parliament last month"),
])
def test_venues_wire_copy_names_in_passing(text: str, venue: str) -> None:
    found = extract(text).to_dict()["attributions"]
    assert found[0]["venue"]["text"] == venue


@pytest.mark.parametrize("aside", [", obtained by The Wall Street Journal,",
                                   ", which was obtained by The Wall Street Journal,",
                                   ", which had been seen by The Wall Street Journal,"])
def test_a_record_an_outlet_obtained_is_relayed_by_it(aside: str,
                                                      directory: OutletDirectory) -> None:
    text = f"A draft internal audit dated March 3{aside} puts the final cost at $30.8 million."
    assert chains(text, directory=directory) == [[("relay", "outlet"), ("origin", "document")]]
