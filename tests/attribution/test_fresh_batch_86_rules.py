"""Rules of the thirty-eighth session, each from an error of the wire set's dev part, measured
on the whole set before it was kept."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract

DIRECTORY = OutletDirectory([
    {"domain": "reuters.com", "name": "Reuters", "aliases": ["Reuters"], "kind": "wire"},
    {"domain": "tass.com", "name": "TASS", "aliases": ["TASS"], "kind": "wire_service",
     "state_affiliation": "state_controlled"},
])


def _contents(text: str) -> dict[str, str]:
    return {a.cue.text: a.content.text for a in extract(text, directory=DIRECTORY).attributions
            if a.cue is not None and a.content is not None}


@pytest.mark.parametrize(("text", "participle"), [
    ("Russia's health ministry has registered a nasal vaccine for adults, the state news agency "
     "TASS reported on Thursday, describing it as the first of its kind.", "describing"),
    ("The port will close for two weeks, the harbour authority reported, calling the repairs "
     "overdue.", "calling"),
])
def test_a_participle_after_an_inverted_cue_leaves_it_the_clause_before(
        text: str, participle: str) -> None:
    contents = _contents(text)
    reported = next(v for k, v in contents.items() if k == "reported")
    assert reported.rstrip(",").endswith(("for adults", "for two weeks"))
    assert participle not in reported
    chains = extract(text, directory=DIRECTORY).chains
    # the report is a claim of its own, not a hop of the participle's claim
    assert any(c["claim"]["text"] == reported for c in chains)


def _sources(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.source.text if a.source else None, a.source.kind if a.source else None)
            for a in extract(text, directory=DIRECTORY).attributions]


@pytest.mark.parametrize(("text", "source"), [
    ("A coast guard statement issued at 8:15 a.m. reported that five bodies had been "
     "recovered.", "A coast guard statement issued at 8:15 a.m."),
    ("Its annual report for the year to March 2024 lists a roof refurbishment as deferred.",
     "Its annual report for the year to March 2024"),
    ("The memo released at 6 p.m. said two roads would stay closed.",
     "The memo released at 6 p.m."),
])
def test_a_record_whose_post_modifier_ends_on_a_time_or_period_is_the_source(
        text: str, source: str) -> None:
    assert _sources(text) == [(source, "document")]


def test_a_time_after_no_record_is_not_made_one() -> None:
    assert _sources("Police reached at 6 p.m. said two people had died.")[0][1] != "document"


@pytest.mark.parametrize(("text", "content"), [
    ("Nepal has agreed to fast-track work on a new trade corridor, the Reuters news agency "
     "reported on Wednesday after talks between officials of the two countries.",
     "Nepal has agreed to fast-track work on a new trade corridor"),
    ("The strike at the port will end on Friday, union leaders said after a vote.",
     "The strike at the port will end on Friday"),
])
def test_a_clause_of_time_after_an_inverted_cue_is_not_its_content(
        text: str, content: str) -> None:
    cue = "reported" if "reported" in text else "said"
    assert _contents(text)[cue].rstrip(",") == content


def test_a_that_clause_after_the_time_stays_the_content() -> None:
    assert _contents("In Kyiv, officials said after the meeting that the talks would "
                     "resume.")["said"].endswith("that the talks would resume")


@pytest.mark.parametrize(("text", "source"), [
    ("A carmaker is in advanced talks to build a plant, Reuters reported on Monday, citing "
     "people it described as close to the negotiations.",
     "people it described as close to the negotiations"),
    ("The studio is for sale, Reuters reported, citing a person it described as familiar with "
     "the talks.", "a person it described as familiar with the talks"),
    ("The ministry has drafted a bill, Reuters said, citing what it described as a source "
     "close to the discussions.", "a source close to the discussions"),
])
def test_an_outlets_description_of_whom_it_cites_is_the_sources_phrase(
        text: str, source: str) -> None:
    cited = [a for a in extract(text, directory=DIRECTORY).attributions
             if a.cue is not None and a.cue.text == "citing"]
    assert [(a.source.text, a.source.kind) for a in cited if a.source is not None] == [
        (source, "anonymous_described")]
    # the description is no claim of its own
    claims = [c["claim"]["text"] for c in extract(text, directory=DIRECTORY).chains]
    assert not any(c.startswith("as close") or c.startswith("as familiar") for c in claims)


@pytest.mark.parametrize(("text", "outlet", "cited"), [
    ("TASS, citing an unnamed health ministry official, said the vessel, the Aegean Dawn, had "
     "been anchored in the gulf since Thursday.", "TASS", "an unnamed health ministry official"),
    ("Reuters, quoting an official in the judiciary, said Leila Farahani, a 58-year-old "
     "economist, had been granted clemency.", "Reuters", "an official in the judiciary"),
])
def test_an_outlet_citing_someone_says_what_follows_an_appositive_and_all(
        text: str, outlet: str, cited: str) -> None:
    found = {a.cue.text: a for a in extract(text, directory=DIRECTORY).attributions
             if a.cue is not None}
    said = found["said"]
    assert said.source is not None and said.source.text == outlet
    assert said.content is not None and said.content.text.endswith(
        ("since Thursday", "granted clemency"))
    citing = found["citing"] if "citing" in found else found["quoting"]
    assert citing.source is not None and citing.source.text == cited
    assert citing.parent is said
