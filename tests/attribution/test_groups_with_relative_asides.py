"""Eighteenth wire batch, dev (eleventh session): a bare group opening the sentence and
post-modified, then a relative clause about the object ("Critics of the state's 2022 insurance
overhaul, which curbed lawsuits against insurers, say") is the speaker; a catalogue or an
inventory is a record ("The U.S. Space Force's tracking catalogue listed"); "multiple
government sources" are several sources, never a single anonymous one."""

from __future__ import annotations

import pytest

from service import scoring
from service.attribution import extract
from service.scoring.priors import DEFAULT_PRIORS


@pytest.mark.parametrize(("text", "source"), [
    ("Critics of the state's 2022 insurance overhaul, which curbed lawsuits against insurers, "
     "say it has not delivered lower premiums.", "Critics of the state's 2022 insurance overhaul"),
    ("Residents of the town, which flooded in May, say the river rose fast.",
     "Residents of the town"),
])
def test_a_group_with_a_relative_aside_on_its_object_is_the_speaker(text: str,
                                                                     source: str) -> None:
    found = [(a.source.text, a.source.kind) for a in extract(text).attributions
             if a.source is not None]
    assert found == [(source, "vague")]


def test_a_catalogue_is_a_record() -> None:
    found = extract("The U.S. Space Force's tracking catalogue listed three new objects from "
                    "the launch on Wednesday.").attributions
    assert [(a.source.text, a.source.kind) for a in found if a.source is not None] == [
        ("The U.S. Space Force's tracking catalogue", "document")]


def test_multiple_government_sources_are_no_single_source() -> None:
    result = extract("Prime Minister Kenji Arakawa plans to call a snap election, the Kyodo "
                     "news agency reported, citing multiple government sources.").to_dict()
    scored = scoring.score_extraction(result, headline=None, priors=DEFAULT_PRIORS)
    assert "single_anonymous_source" not in {f["code"] for f in scored["flags"]}
    origins = [c["hops"][-1]["kind"] for c in result["chains"] if len(c["hops"]) > 1]
    assert "anonymous_described" in origins


def test_a_poll_inside_an_opening_subordinate_clause_covers_that_clause_only() -> None:
    found = extract("Though Sanders held double-digit leads over Clinton in Granite State "
                    "surveys, she had hoped an aggressive push by volunteers would narrow the "
                    "gap.").attributions
    by_cue = {a.cue.text: a for a in found}
    assert by_cue["hoped"].source is not None and by_cue["hoped"].source.text == "she"
    assert by_cue["in"].content is not None and "hoped" not in by_cue["in"].content.text


def test_in_the_words_of_names_its_speaker_and_never_runs_past_the_sentence() -> None:
    text = ("But she doesn't like \"surprises,\" in the words of one top staffer, and bristled "
            "when top aides attacked her in a closed-door session.\n\nA second paragraph "
            "follows here. And a third sentence.")
    found = extract(text).attributions
    words = [a for a in found if a.cue.text == "in the words of"]
    assert [(a.source.text, a.source.kind) for a in words if a.source is not None] == [
        ("one top staffer", "anonymous_described")]
    assert all(a.source is None or "\n" not in a.source.text for a in found)


@pytest.mark.parametrize(("text", "source"), [
    ("The plant's operator, Midland Energy Recovery Ltd, said in a statement that emissions "
     "were within limits.", "Midland Energy Recovery Ltd"),
    ("The leading Republican candidates, Donald J. Trump and Senator Ted Cruz, have questioned "
     "the science of climate change.", "Donald J. Trump and Senator Ted Cruz"),
])
def test_a_name_holding_a_capitalised_common_word_after_its_role(text: str, source: str) -> None:
    found = [a.source.text for a in extract(text).attributions if a.source is not None]
    assert found == [source]
