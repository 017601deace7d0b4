"""The outlet directory: matching names and aliases in text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.attribution import OutletDirectory

BUNDLED = Path(__file__).resolve().parents[2] / "service" / "ratings" / "data" / "outlets.jsonl"


def test_find_prefers_the_longest_name(directory: OutletDirectory) -> None:
    text = "A panel on Russian Channel One, then the New York Post and Channel One again."
    matches = directory.find(text)
    assert [(text[m.start:m.end], m.outlet.domain) for m in matches] == [
        ("Russian Channel One", "1tv.ru"),
        ("New York Post", "nypost.com"),
        ("Channel One", "1tv.ru"),
    ]
    assert not any(m.ambiguous for m in matches)


def test_find_respects_word_boundaries(directory: OutletDirectory) -> None:
    assert directory.find("The FTSE fell; Reutersville is a town.") == []
    found = directory.find("(Reuters) - prices rose")
    assert [m.outlet.domain for m in found] == ["reuters.com"]


def test_ambiguous_aliases_are_flagged(directory: OutletDirectory) -> None:
    matches = directory.find("the Post said")
    assert len(matches) == 1 and matches[0].ambiguous
    domains = {o.domain for o in directory.ambiguous_candidates("the Post")}
    assert domains == {"nypost.com", "washingtonpost.com"}


def test_by_name_and_state_media(directory: OutletDirectory) -> None:
    outlet = directory.by_name("pervy kanal")
    assert outlet is not None and outlet.domain == "1tv.ru"
    assert directory.by_name("the Post") is None
    assert {o.domain for o in directory.state_media("RU")} == {"1tv.ru", "tass.ru"}
    assert directory.state_media("GB") == []
    assert outlet.to_dict() == {"domain": "1tv.ru", "name": "Channel One Russia",
                                "reliability": 0.1, "state_affiliation": "state_controlled"}


def test_empty_directory_finds_nothing() -> None:
    assert OutletDirectory([]).find("Reuters reported") == []


def test_bundled_outlets_build_a_directory() -> None:
    if not BUNDLED.exists():
        pytest.skip(f"bundled outlet data not written yet at {BUNDLED}")
    records = [json.loads(line) for line in BUNDLED.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    directory = OutletDirectory(records)
    assert len(directory) >= 10
    text = "according to Reuters"
    assert [text[m.start:m.end] for m in directory.find(text)] == ["Reuters"]


def _found(directory: OutletDirectory, text: str) -> list[tuple[str, str, bool]]:
    return [(text[m.start:m.end], m.outlet.domain, m.ambiguous) for m in directory.find(text)]


def test_casing_must_agree_except_for_a_leading_the(directory: OutletDirectory) -> None:
    assert _found(directory, "as the New York Post and The New York Post said") == [
        ("New York Post", "nypost.com", False), ("New York Post", "nypost.com", False)]
    assert _found(directory, "quoted in the paper, and in The paper too") == []
    assert _found(directory, "an independent panel found") == []
    assert _found(directory, "the new york post said") == []
    assert _found(directory, "He told the Independent.") == [
        ("the Independent", "independent.co.uk", False)]
    assert _found(directory, "He told The Independent.") == [
        ("The Independent", "independent.co.uk", False)]
    # The outlet's own name, capitalised as it writes it, is found but stays ambiguous.
    assert _found(directory, "The Paper reported") == []  # generic noun after "the"
    assert _found(directory, "Independent said the vote was close") == [
        ("Independent", "independent.co.uk", True)]
    # before a plural noun it makes nothing of, the word is the first part of a compound
    assert _found(directory, "Independent experts said") == []


def test_an_all_caps_line_matches_whatever_the_case(directory: OutletDirectory) -> None:
    text = "TROOPS READY, SAYS NEW YORK POST\nThe NEW YORK POST is shouting here."
    # the headline in capitals, and a name its outlet writes in capitals in a sentence
    # ("USA TODAY's analysis"): both are the outlet
    assert _found(directory, text) == [("NEW YORK POST", "nypost.com", False)] * 2
    assert _found(directory, "CHANNEL ONE RUSSIA: TROOPS READY") == [
        ("CHANNEL ONE RUSSIA", "1tv.ru", False)]


def test_an_alias_listed_as_ambiguous_is_never_a_name(directory: OutletDirectory) -> None:
    assert directory.by_name("The Paper") is None
    assert directory.is_ambiguous("the paper")
    assert [o.domain for o in directory.ambiguous_candidates("The Paper")] == ["thepaper.cn"]
    assert directory.by_name("the independent") is not None
    assert directory.by_name("Independent") is None


def test_a_one_word_name_written_in_capitals_mid_sentence(directory: OutletDirectory) -> None:
    assert _found(directory, "Sources told REUTERS that talks had stalled.") == [
        ("REUTERS", "reuters.com", False)]


def _bundled() -> OutletDirectory:
    records = [json.loads(line) for line in BUNDLED.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    return OutletDirectory(records)


def test_a_one_word_name_after_a_first_name_is_a_surname() -> None:
    directory = OutletDirectory([{"domain": "bloomberg.com", "name": "Bloomberg"},
                                 {"domain": "rt.com", "name": "RT"}])
    assert _found(directory, "Michael Bloomberg said it.") == []
    assert _found(directory, "On Monday Bloomberg said it.") == [
        ("Bloomberg", "bloomberg.com", False)]
    assert _found(directory, "as Russian RT said") == [("RT", "rt.com", False)]
    assert _found(directory, "told Bloomberg") == [("Bloomberg", "bloomberg.com", False)]


def test_a_plain_word_heading_a_longer_proper_name_is_not_the_outlet() -> None:
    directory = OutletDirectory([{"domain": "independent.co.uk", "name": "The Independent"}])
    assert _found(directory, "The Independent Review Panel will report in June.") == []
    assert _found(directory, "The Independent reported it.") == [
        ("The Independent", "independent.co.uk", False)]
    # a headline in title case proves nothing: the name stands
    assert _found(directory, "The Independent Says Talks Collapsed\nbody") == [
        ("The Independent", "independent.co.uk", False)]


def test_a_name_that_is_only_its_domain_is_not_searched_for() -> None:
    directory = OutletDirectory([{"domain": "kansascity.com", "name": "kansascity.com"},
                                 {"domain": "factcheck.org", "name": "FactCheck.org"}])
    assert _found(directory, "read kansascity.com and FactCheck.org") == [
        ("FactCheck.org", "factcheck.org", False)]
    assert directory.by_domain("kansascity.com") is not None


@pytest.mark.skipif(not BUNDLED.exists(), reason="no bundled outlet data")
@pytest.mark.parametrize("word", ["Post", "Times", "Mail", "Star", "Sun", "Globe", "Journal",
                                  "Herald"])
def test_short_forms_never_resolve_alone_in_the_bundled_table(word: str) -> None:
    directory = _bundled()
    for text in (f"The {word} reported that talks failed.", f"the {word} said",
                 f"{word} readers were told"):
        assert all(m.ambiguous for m in directory.find(text)), (word, text)


@pytest.mark.skipif(not BUNDLED.exists(), reason="no bundled outlet data")
def test_the_bundled_table_finds_regional_papers_by_name() -> None:
    directory = _bundled()
    text = ("The Columbus Dispatch, The Kansas City Star, MLive and The State Journal-Register "
            "all reported it.")
    assert [m.outlet.domain for m in directory.find(text) if not m.ambiguous] == [
        "dispatch.com", "kansascity.com", "mlive.com", "sj-r.com"]
