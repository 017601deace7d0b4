"""Rules added while tuning against a labelled corpus: each on its own hand-written sentences."""

from __future__ import annotations

from typing import Any

from service.attribution import extract
from service.attribution.text import tokenize


def outer(text: str, headline: str | None = None) -> list[dict[str, Any]]:
    found = extract(text, headline=headline).to_dict()["attributions"]
    return [a for a in found if a["parent"] is None]


def cues(text: str, headline: str | None = None) -> list[str]:
    return [a["cue"]["text"] for a in outer(text, headline)]


def check_offsets(text: str) -> None:
    for a in extract(text).to_dict()["attributions"]:
        for key in ("cue", "source", "content"):
            span = a[key]
            if span is not None:
                assert text[span["start"]:span["end"]] == span["text"]


def test_capitalised_word_inside_a_name_is_not_a_cue() -> None:
    text = "Refugees came to the United States last year. Voters in the Granite State cheered."
    assert cues(text) == []


def test_participle_is_never_inverted() -> None:
    text = "“We will win,” the mayor said, invoking last year’s flood."
    found = outer(text)
    assert [a["cue"]["text"] for a in found] == ["said"]
    assert found[0]["source"]["text"] == "the mayor"


def test_relative_pronoun_before_a_named_subject() -> None:
    text = "She praised the speech, which Hall claims changed the debate."
    found = {a["cue"]["text"]: a for a in outer(text)}
    assert found["claims"]["source"]["text"] == "Hall"


def test_time_phrase_between_subject_and_cue() -> None:
    text = "The spokesman on Thursday evening said the talks had failed."
    found = outer(text)
    assert found[0]["source"]["text"] == "The spokesman"
    check_offsets(text)


def test_missing_space_after_full_stop_splits_the_words() -> None:
    words = [t.text for t in tokenize("the mayor said.Harris replied")]
    assert words == ["the", "mayor", "said", ".", "Harris", "replied"]
    assert [t.text for t in tokenize("the U.S. economy, e.g. jobs")][:3] == ["the", "U.S.",
                                                                           "economy"]


def test_coordinate_clause_with_its_own_cue_is_outermost() -> None:
    text = "The mayor said the bridge was safe, but the engineer said it was cracked."
    found = outer(text)
    assert [a["cue"]["text"] for a in found] == ["said", "said"]
    assert found[0]["content"]["text"] == "the bridge was safe"
    assert found[1]["source"]["text"] == "the engineer"


def test_clause_after_a_cue_that_takes_no_clause() -> None:
    text = "Reed backed the levy, which Ortiz said would ruin farmers."
    found = {a["cue"]["text"]: a for a in outer(text)}
    assert found["backed"]["content"]["text"] == "the levy"
    assert found["said"]["source"]["text"] == "Ortiz"


def test_that_clause_keeps_its_nested_cue() -> None:
    text = "The mayor said that the engineer said the bridge was cracked."
    assert cues(text) == ["said"]


def test_phrasal_verb_cues() -> None:
    text = "The senator railed against the tariff bill."
    found = outer(text)
    assert found[0]["cue"]["text"] == "railed against"
    assert found[0]["source"]["text"] == "The senator"
    text = "Two governors sided with the farmers."
    assert outer(text)[0]["cue"]["text"] == "sided with"


def test_stance_adjective_after_be() -> None:
    found = outer("The union was deeply critical of the new contract.")
    assert found[0]["cue"]["text"] == "critical of"
    assert found[0]["source"]["text"] == "The union"
    assert found[0]["content"]["text"] == "the new contract"
    found = outer("Many voters are not convinced that the plan will work.")
    assert found[0]["cue"]["text"] == "convinced that"
    assert cues("The critical path of the project is long.") == []


def test_stance_adjective_inside_a_claim_is_not_separate() -> None:
    text = "The mayor said the council is critical of the plan."
    assert cues(text) == ["said"]


def test_infinitive_cue_takes_the_subject_before_the_raising_word() -> None:
    found = outer("Rural voters tended to say the economy mattered most.")
    assert found[0]["cue"]["text"] == "say"
    assert found[0]["source"]["text"] == "Rural voters"
    found = outer("He went on to call the judge a coward.")
    assert found[0]["source"]["text"] == "He"


def test_headline_colon_with_a_document_source() -> None:
    found = outer("Body text.", headline="Poll: Harris leads in three swing states")
    head = [a for a in found if a["field"] == "headline"]
    assert head and head[0]["cue"]["text"] == ":"
    assert head[0]["source"]["text"] == "Poll"
    assert head[0]["content"]["text"] == "Harris leads in three swing states"
