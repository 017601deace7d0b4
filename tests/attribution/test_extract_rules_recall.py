"""Rules for clause boundaries, subjects and quotations: each on its own hand-written sentences."""

from __future__ import annotations

from typing import Any

from service.attribution import extract


def outer(text: str, headline: str | None = None) -> list[dict[str, Any]]:
    found = extract(text, headline=headline).to_dict()["attributions"]
    return [a for a in found if a["parent"] is None and a["cue"]["kind"] != "quote"]


def by_cue(text: str, headline: str | None = None) -> dict[str, dict[str, Any]]:
    return {a["cue"]["text"]: a for a in outer(text, headline)}


def source_text(attribution: dict[str, Any]) -> str | None:
    source = attribution["source"]
    return source["text"] if source is not None else None


def content_text(attribution: dict[str, Any]) -> str | None:
    content = attribution["content"]
    return content["text"] if content is not None else None


def test_quote_opened_with_two_apostrophes_is_the_content() -> None:
    found = by_cue("''The bridge will open in May,'' the mayor told reporters.")
    assert content_text(found["told"]) == "''The bridge will open in May,''"
    assert source_text(found["told"]) == "the mayor"


def test_but_continues_the_sentence_speaker() -> None:
    found = by_cue("The governor disputed the figures, but says the budget is tight.")
    assert source_text(found["says"]) == "The governor"
    assert content_text(found["says"]) == "the budget is tight"
    assert content_text(found["disputed"]) == "the figures"


def test_participle_of_speech_after_a_comma_continues_the_subject() -> None:
    found = by_cue("Senator Ann Lowe was the first to react, tweeting her thanks to the crew.")
    assert source_text(found["tweeting"]) == "Senator Ann Lowe"
    assert content_text(found["tweeting"]) == "her thanks to the crew"


def test_adverb_between_commas_keeps_the_subject() -> None:
    found = by_cue("Marta Green, though, said the plan would fail.")
    assert source_text(found["said"]) == "Marta Green"
    assert content_text(found["said"]) == "the plan would fail"


def test_relative_clause_ending_with_a_quote_does_not_swallow_the_main_verb() -> None:
    text = "Hal Stone, who calls the tax a “disaster,” said the council should drop it."
    found = by_cue(text)
    assert source_text(found["said"]) == "Hal Stone"
    assert content_text(found["said"]) == "the council should drop it"
    assert content_text(found["calls"]) == "the tax a “disaster,”"


def test_passive_cue_takes_the_by_phrase_or_no_source() -> None:
    found = by_cue("The new levy was criticized by the local chamber on Monday.")
    assert source_text(found["criticized"]) == "the local chamber"
    found = by_cue("Ms. Reyes is expected to announce her decision on Friday.")
    assert source_text(found["is expected to"]) is None
    assert content_text(found["is expected to"]) == "announce her decision on Friday"


def test_seeming_has_no_source() -> None:
    found = by_cue("The mayor appeared to reject the offer from the union.")
    assert source_text(found["appeared to"]) is None
    assert content_text(found["appeared to"]) == "reject the offer from the union"


def test_asked_whether_is_a_question_up_to_its_comma() -> None:
    found = by_cue("When asked whether the park would reopen, 60 percent said it would not.")
    assert content_text(found["asked"]) == "whether the park would reopen"
    assert source_text(found["asked"]) is None
    assert source_text(found["said"]) == "60 percent"
    assert content_text(found["said"]) == "it would not"
    found = by_cue("Asked by a reporter to explain the delay, Dana Cole said, “We ran out of "
                   "steel.”")
    assert source_text(found["Asked"]) == "a reporter"
    assert content_text(found["Asked"]) == "to explain the delay"


def test_speaker_after_a_quote_takes_the_quote_when_the_sentence_runs_on() -> None:
    found = by_cue("“We will rebuild,” Lena Park said as she left the hall.")
    assert content_text(found["said"]) == "“We will rebuild,”"
    assert found["said"]["cue"]["text"] == "said"


def test_forward_content_stops_at_a_semicolon() -> None:
    found = by_cue("Most farmers said the rain came too late; the harvest was small.")
    assert content_text(found["said"]) == "the rain came too late"


def test_named_subject_set_off_by_commas_before_its_verb() -> None:
    found = by_cue("Tom Reed, at the Harbor Institute, said exports would fall.")
    assert source_text(found["said"]) == "Tom Reed"
    found = by_cue("Sen. Jo Park (D-Ore.), who wrote the bill, said the vote was close.")
    assert source_text(found["said"]) == "Sen. Jo Park (D-Ore.)"
    assert content_text(found["said"]) == "the vote was close"


def test_quantifier_is_a_subject() -> None:
    found = by_cue("Some residents backed the plan, but many said the cost was too high.")
    assert source_text(found["said"]) == "many"
    assert content_text(found["said"]) == "the cost was too high"


def test_opening_clause_ends_at_its_comma() -> None:
    found = by_cue("While critics have expressed doubts about the dam, engineers said it is safe.")
    assert content_text(found["expressed"]) == "doubts about the dam"
    assert source_text(found["said"]) == "engineers"
    found = by_cue("Noting that the river rose, Ivan Ross added: “We were lucky.”")
    assert source_text(found["Noting"]) == "Ivan Ross"
    assert content_text(found["Noting"]) == "that the river rose"
    assert content_text(found["added"]) == "“We were lucky.”"


def test_subject_at_the_end_runs_back_to_its_comma() -> None:
    found = by_cue("The talks will resume next week, a person close to the union said.")
    assert source_text(found["said"]) == "a person close to the union"
    assert content_text(found["said"]) == "The talks will resume next week"


def test_words_of_a_quotation_are_not_attributions_of_their_own() -> None:
    text = ("Lena Park spoke at the hall. “The town knows what it wants. People believe "
            "the mill can reopen, and they expect us to act.”")
    assert outer(text) == []


def test_label_before_a_headline_colon_is_not_a_speaker() -> None:
    found = outer("The council met on Monday.", headline="Update: Council delays vote on bridge")
    assert [a["cue"]["text"] for a in found] == []
    found = by_cue("The council met on Monday.", headline="Mayor Hill: bridge vote must wait")
    assert source_text(found[":"]) == "Mayor Hill"
    assert content_text(found[":"]) == "bridge vote must wait"


def test_noun_forms_are_not_cues() -> None:
    assert outer("Her emails were long. The comments state nothing new.") == []


def test_venue_between_subject_and_verb() -> None:
    found = by_cue("Jo Park proposed a new tax, while Ed Moss in a radio interview said he "
                   "would cut it.")
    assert source_text(found["said"]) == "Ed Moss"
    assert content_text(found["said"]) == "he would cut it"
    assert content_text(found["proposed"]) == "a new tax"


def test_quote_signed_with_a_dash_and_a_name() -> None:
    text = ("“The new bridge is a gift to the town. We waited years.” ― Mara Quist\n"
            "The mayor — who was late — said nothing.")
    found = outer(text)
    signed = next(a for a in found if a["cue"]["text"] == "―")
    assert source_text(signed) == "Mara Quist"
    assert content_text(signed) == "“The new bridge is a gift to the town. We waited years.”"
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert source_text(said) == "The mayor"
    assert [a["cue"]["text"] for a in found].count("—") == 0


def test_name_and_colon_before_a_quote_after_a_dash() -> None:
    found = outer("LATE SHIFTS WERE MISSED - Jane Doe: “The polls stopped too early.” "
                  "Other notes follow.")
    labelled = next(a for a in found if a["cue"]["text"] == ":")
    assert source_text(labelled) == "Jane Doe"
    assert content_text(labelled) == "“The polls stopped too early.”"
