"""From the dev part of wire group -92: a lowercase hyphenated title between a closing
quotation and the name ("“...,” party secretary-general Mirek Halas told reporters") is the
subject's lead, not a reason to drop the attribution; nouns only people bear ("an
endocrinologist at a private clinic in Medellín") head their phrase, so the place at its end is
no source; modifiers joined by "and" before one body's noun ("according to the state forestry
and fire agency") are one phrase."""

from __future__ import annotations

import pytest

from service.attribution import extract


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.source.text if a.source else None, a.source.kind if a.source else None,
             a.cue.text) for a in extract(text).attributions]


@pytest.mark.parametrize(("text", "source"), [
    ("\"There have been no talks of any kind,\" party secretary-general Mirek Halas told "
     "reporters.", "party secretary-general Mirek Halas"),
    ("\"We will appeal,\" co-founder Ana Ruiz said.", "co-founder Ana Ruiz"),
    ("\"We will appeal,\" director-general Ana Ruiz said.", "director-general Ana Ruiz"),
])
def test_a_lowercase_title_after_a_quotation_leads_the_name(text: str, source: str) -> None:
    [(found, kind, _cue)] = _found(text)
    assert found == source and kind is not None and kind.startswith("named")
    [attribution] = extract(text).attributions
    assert attribution.content is not None and attribution.content.text.endswith(",\"")


def test_words_that_are_no_title_after_a_quotation_do_not_lead_a_name() -> None:
    found = _found("\"We won,\" he said, and supporters cheered as Ana Ruiz said.")
    assert found[0][:1] == ("he",)
    assert all(source is None or "supporters" not in source for source, _k, _c in found[1:])


@pytest.mark.parametrize("noun", ["endocrinologist", "volcanologist", "pediatrician",
                                  "photographer"])
def test_a_noun_only_people_bear_heads_its_phrase(noun: str) -> None:
    article = "An" if noun[0] in "aeiou" else "A"
    text = f"{article} {noun} at a private clinic in Medellín said patients were at risk."
    assert _found(text) == [(f"{article} {noun} at a private clinic in Medellín",
                             "anonymous_described", "said")]


@pytest.mark.parametrize(("text", "source"), [
    ("The fire grew overnight, according to the state forestry and fire agency.",
     "the state forestry and fire agency"),
    ("Cases rose, according to the health and social services department.",
     "the health and social services department"),
])
def test_joined_modifiers_before_a_bodys_noun_are_one_phrase(text: str, source: str) -> None:
    assert _found(text) == [(source, "named_official", "according to")]


def test_two_bodies_joined_by_and_stay_two_sources() -> None:
    assert [s for s, _k, _c in _found("Cases rose, according to the ministry and the police.")
            ] == ["the ministry", "the police"]
