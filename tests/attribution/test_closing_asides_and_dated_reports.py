"""Asides that close or interrupt a source's phrase, and an outlet's report dated before its maker.

Found on the fifty-ninth and sixtieth wire batches' dev articles: a description of the source
after "according to X," that ends the sentence is no part of the claim; a past participle and
its place set off by commas (", held in the gym,") describe the phrase before them; "a report
published on Thursday by the Arizona Ledger" is that paper's reporting, as "a report by
Reuters" is Reuters'. A surname behind a lowercase Arabic particle ("Ali al-Hassan") is a name,
and "Radio Lake Victoria" a station.
"""

from __future__ import annotations

from typing import Any

from service.attribution import extract


def by_cue(text: str, cue: str) -> dict[str, Any]:
    found = extract(text).to_dict()["attributions"]
    return next(a for a in found if a["cue"]["text"] == cue)


def test_a_description_closing_the_sentence_after_according_to_is_not_claimed() -> None:
    said = by_cue("Crews skipped inspections, according to Halden Bank, a Norwegian lender.",
                  "according to")
    assert said["content"]["text"] == "Crews skipped inspections"
    said = by_cue("Crews skipped inspections, according to the transit agency, which runs the "
                  "line.", "according to")
    assert said["content"]["text"] == "Crews skipped inspections"
    # a clause around the source keeps covering it
    said = by_cue("Cases, according to the ministry, rose 5 percent.", "according to")
    assert "rose 5 percent" in said["content"]["text"]


def test_a_participle_and_its_place_describe_the_phrase_before_them() -> None:
    said = by_cue("Some residents at the meeting, held in the gym, said the pools were closed.",
                  "said")
    assert said["source"]["text"] == "Some residents at the meeting"


def test_a_report_dated_before_its_masthead_maker_is_the_outlet_speaking() -> None:
    said = by_cue("Crews skipped brake inspections, according to a report published on "
                  "Thursday by the Arizona Ledger, a local news website.", "according to")
    assert said["source"]["kind"] == "unnamed_outlet"
    assert said["source"]["text"].endswith("by the Arizona Ledger")
    said = by_cue("Crews skipped inspections, according to a report by the Center for Rural "
                  "Health Policy.", "according to")
    assert said["source"]["kind"] == "document"  # a body's report is a record


def test_a_surname_behind_an_arabic_particle_is_a_name() -> None:
    said = by_cue("Ali al-Hassan said the talks would resume.", "said")
    assert said["source"]["text"] == "Ali al-Hassan"
    assert said["source"]["kind"] == "named_person"
    said = by_cue("The provincial governor, Firas al-Hamwi, said teams had left.", "said")
    assert said["source"]["kind"] == "named_official"


def test_a_station_named_by_its_medium_is_an_outlet() -> None:
    said = by_cue("Radio Lake Victoria, a Kisumu-based station, reported that police had "
                  "been sent.", "reported")
    assert said["source"]["kind"] == "outlet"
