"""Rules of `names` found with the second outlet-mention set (dev2): each asserts whether a name
may resolve on its own, and what the bundled table then resolves in a sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.attribution import OutletDirectory
from service.ratings import names

BUNDLED = Path(__file__).resolve().parents[2] / "service" / "ratings" / "data" / "outlets.jsonl"


def _bundled() -> OutletDirectory:
    lines = BUNDLED.read_text(encoding="utf-8").splitlines()
    return OutletDirectory([json.loads(line) for line in lines if line.strip()])


@pytest.mark.parametrize("name", ["TV4", "TV 2", "Canal 13", "Kanal 7", "Channel 5", "1TV",
                                  "24TV", "tele-5"])
def test_a_channel_number_alone_is_never_distinctive(name: str) -> None:
    assert not names.is_distinctive(name)
    assert names.is_usable(name)  # still found, as an ambiguous alias


@pytest.mark.parametrize("name", ["TVN24", "TV 2 Denmark", "Canal Sur", "CP24", "TV5Monde"])
def test_a_channel_brand_with_more_than_a_number_stays_distinctive(name: str) -> None:
    assert names.is_distinctive(name)


@pytest.mark.skipif(not BUNDLED.exists(), reason="no bundled outlet data")
def test_the_bundled_table_resolves_no_bare_channel_number() -> None:
    directory = _bundled()
    for text in ("Swedish broadcaster TV4 aired the debate.",
                 "Argentina's Canal 13 showed footage of the crash.",
                 "Ghana's TV3 reported that the minister had been sacked."):
        assert all(m.ambiguous for m in directory.find(text)), text


@pytest.mark.parametrize(("name", "forms"), [
    ("St. Louis Post-Dispatch", ["Post-Dispatch", "the Post-Dispatch"]),
    ("The Atlanta Journal-Constitution", ["Journal-Constitution", "the Journal-Constitution"]),
    ("Iowa City Press-Citizen", ["Press-Citizen", "the Press-Citizen"]),
    ("State Journal-Register", []),  # "State" is part of the title, not a place
    ("Press & Sun-Bulletin", []),
    ("NHK World-Japan", []),  # a brand before it, not a place
    ("Asharq Al-Awsat", []),  # an article joined to a name is no masthead
    ("Winston-Salem Journal", []),  # the hyphen is in the place
    ("Chicago Tribune", []),
])
def test_a_place_named_paper_is_also_written_by_its_masthead(name: str,
                                                              forms: list[str]) -> None:
    assert names.masthead_short_forms(name) == forms


@pytest.mark.skipif(not BUNDLED.exists(), reason="no bundled outlet data")
def test_the_bundled_table_resolves_a_masthead_on_second_reference() -> None:
    directory = _bundled()
    for text, domain in (("The Post-Dispatch reported that the vote was delayed.",
                          "stltoday.com"),
                         ("A reporter for the Post-Gazette was arrested.", "post-gazette.com"),
                         ("The Journal-Constitution obtained the emails.", "ajc.com"),
                         ("The Democrat-Gazette reported the figures.", "arkansasonline.com")):
        found = [m.outlet.domain for m in directory.find(text) if not m.ambiguous]
        assert found == [domain], text
    # two papers print "Times-News": it resolves for neither
    assert all(m.ambiguous for m in directory.find("The Times-News reported it."))


@pytest.mark.skipif(not BUNDLED.exists(), reason="no bundled outlet data")
def test_australian_papers_the_sets_rate_by_domain_alone_are_named() -> None:
    directory = _bundled()
    for text, domain in (("Brisbane's Courier-Mail ran the photographs.", "couriermail.com.au"),
                         ("The Canberra Times reported the move.", "canberratimes.com.au"),
                         ("WAtoday said the port would close.", "watoday.com.au")):
        assert [m.outlet.domain for m in directory.find(text) if not m.ambiguous] == [domain]
    # a title of generic words stays ambiguous ("a West Australian" is also a person)
    assert all(m.ambiguous for m in directory.find("The West Australian reported it."))


@pytest.mark.parametrize(("name", "forms"), [
    ("WXIA-TV", ["WXIA"]), ("WBUR-FM", ["WBUR"]), ("KUSA-TV", ["KUSA"]),
    ("KING-TV", []),  # an English word alone is the word
    ("WXIA", []), ("Fox 5 DC", []),
])
def test_a_call_sign_with_its_service_is_also_written_alone(name: str,
                                                           forms: list[str]) -> None:
    assert names.call_sign_short_forms(name) == forms


@pytest.mark.skipif(not BUNDLED.exists(), reason="no bundled outlet data")
def test_the_bundled_table_names_stations_and_papers_the_sets_rate_by_domain_alone() -> None:
    directory = _bundled()
    for text, domain in (("Atlanta's WXIA reported that the line would close.", "11alive.com"),
                         ("WHYY reported that asbestos had been found.", "whyy.org"),
                         ("The Wichita Eagle reported the layoffs.", "kansas.com"),
                         ("Punchbowl News first reported the vote.", "punchbowl.news")):
        found = [m.outlet.domain for m in directory.find(text) if not m.ambiguous]
        assert found == [domain], text
    assert not [m for m in directory.find("THE KING IS DEAD, LONG LIVE THE KING")
                if not m.ambiguous]


def test_a_lowercase_word_in_brackets_says_what_the_thing_is_and_is_no_name() -> None:
    # "TED (conference)" once gave the alias "conference", so "told reporters at a news
    # conference" became a venue hop on an outlet
    assert names.split_written("TED (conference)") == ["TED"]
    assert names.split_written("Blogger (service)") == ["Blogger"]
    assert names.split_written("CNA (TV network)") == ["CNA"]
    assert names.split_written("People's Daily (Renmin Ribao)") == ["People's Daily",
                                                                    "Renmin Ribao"]


def test_the_perennial_list_parser_s_template_word_is_no_name() -> None:
    from service.ratings import reference
    line = json.dumps({"alltext": "{{WP:RSPUSES|royalcentral.co.uk}}", "id": "Royal Central",
                       "name": "anchor", "status": "d"})
    rows = reference.read_rsp([line], [])
    assert [r.name for r in rows] == ["Royal Central"]
    records = {r["domain"]: r for r in (
        json.loads(x) for x in BUNDLED.read_text(encoding="utf-8").splitlines() if x)}
    assert records["royalcentral.co.uk"]["name"] == "Royal Central"
    assert not any(word in r["aliases"] + r["ambiguous_aliases"] for r in records.values()
                   for word in ("anchor", "conference"))
