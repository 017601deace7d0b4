"""A speaker named after what was said, with a relative clause of their own, and plural nouns
that look like cues (the twelfth wire batch, dev articles, tenth session):

- "..., Rui Fontainhas, who heads northern operations, told reporters.": the name is the
  speaker; the relative clause describes it (only a name or role before another comma is
  what such a clause may describe instead: "Hannah Ibbotson, a fund manager at Greyfield
  Investors, which holds shares, said");
- "3,000 claims had built up", "Two current Coralline claims staff said": "claims" is a
  counted noun, or one followed by its own verb, not a verb of speech."""

from __future__ import annotations

import pytest

from service.attribution import extract


def attributions(text: str) -> list[dict]:
    return list(extract(text).to_dict()["attributions"])


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Across the region, 46 people had been rescued, Rui Fontainhas, who heads northern "
     "operations, told reporters.", "Rui Fontainhas",
     "Across the region, 46 people had been rescued"),
    ("The river rose four metres overnight, Ana Duarte, who runs the town's fire service, "
     "said.", "Ana Duarte", "The river rose four metres overnight"),
])
def test_a_speaker_after_the_content_keeps_their_relative_clause(
        text: str, speaker: str, content: str) -> None:
    found = attributions(text)
    assert [(a["source"]["text"], a["content"]["text"]) for a in found] == [(speaker, content)]


def test_a_relative_clause_after_an_appositive_still_describes_the_appositive() -> None:
    found = attributions("Hannah Ibbotson, a fund manager at Greyfield Investors, which holds "
                         "shares, said the bid was low.")
    assert [(a["source"]["text"], a["content"]["text"]) for a in found] == [
        ("Hannah Ibbotson", "the bid was low")]


@pytest.mark.parametrize("text", [
    "One of them said a backlog of about 3,000 claims had built up by October.",
    "Two current Coralline claims staff said managers had delayed site visits.",
    "Many claims were rejected by the insurer last year, the report said.",
])
def test_claims_counted_or_with_a_verb_of_their_own_are_no_cue(text: str) -> None:
    cues = [a["cue"]["text"] for a in attributions(text)]
    assert "claims" not in cues, cues


def test_claims_as_a_verb_of_one_speaker_stays_a_cue() -> None:
    found = attributions("The company claims the drug cuts the risk of a second stroke.")
    assert [(a["source"]["text"], a["cue"]["text"]) for a in found] == [
        ("The company", "claims")]


def test_a_plural_cue_after_a_name_is_the_names_verb() -> None:
    found = attributions("That is less than a tenth of what the American Society of Civil "
                         "Engineers estimates will be needed.")
    assert [(a["source"]["text"], a["cue"]["text"]) for a in found] == [
        ("the American Society of Civil Engineers", "estimates")]


@pytest.mark.parametrize(("word", "kind"), [
    ("Shareholders", "anonymous_described"), ("Troops", "anonymous_described"),
    ("Carmakers", "anonymous_described"), ("Teachers", "vague"), ("Forecasters", "vague"),
])
def test_a_plural_opening_the_sentence_is_no_name(word: str, kind: str) -> None:
    found = attributions(f"The plant will close in March.\n\n{word} said the plan was late.")
    assert [(a["source"]["text"], a["source"]["kind"]) for a in found] == [(word, kind)]


def test_a_surname_in_s_introduced_before_stays_the_person() -> None:
    found = attributions("“We will win,” said Bernie Sanders.\n\nSanders said the plan was "
                         "late.")
    assert [a["source"]["kind"] for a in found] == ["named_person", "named_person"]


@pytest.mark.parametrize(("text", "source"), [
    ("One fund manager who holds Kestrel shares, and who asked not to be named because he was "
     "not authorised to speak to the media, said investors had been losing patience.",
     "One fund manager who holds Kestrel shares"),
    ("A man who lives across the street, and who asked not to be named because he feared "
     "retaliation, said he watched officers arrive.", "A man who lives across the street"),
])
def test_a_second_relative_clause_after_and_who_still_leads_to_the_speaker(
        text: str, source: str) -> None:
    said = [a for a in attributions(text) if a["cue"]["text"] == "said"]
    assert [(a["source"]["text"], a["source"]["kind"]) for a in said] == [
        (source, "anonymous_described")]


@pytest.mark.parametrize("text", [
    "The national farm forecaster said the harvest would fall.",
    "The district civil protection command said 300 residents were evacuated.",
    "The town said more than a fifth of its homes had been converted.",
])
def test_a_public_body_described_by_its_noun_is_identifiable(text: str) -> None:
    found = attributions(text)
    assert [a["source"]["kind"] for a in found] == ["named_expert"], found


def test_the_subject_of_the_verb_before_and_said_is_the_speaker() -> None:
    found = attributions("When Robby Mook was asked during a luncheon held by the newspaper if "
                         "Clinton would hold a press conference, he laughed and said, “We’ll "
                         "see.”")
    said = [a for a in found if a["cue"]["text"] == "said"]
    assert [a["source"]["text"] for a in said] == ["he"]


@pytest.mark.parametrize(("text", "source"), [
    ("Japanese journalist and author Hiro Aida said the remark was insensitive.",
     "Japanese journalist and author Hiro Aida"),
    ("Farmers and ranchers said the rule was unfair.", "Farmers and ranchers"),
])
def test_two_roles_joined_by_and_are_one_source_phrase(text: str, source: str) -> None:
    assert [a["source"]["text"] for a in attributions(text)] == [source]


@pytest.mark.parametrize("text", [
    "Trump’s comment drew sharp criticism from both parties.",
    "Biden’s remark makes it seem insensitive.",
])
def test_a_cue_word_after_a_possessive_and_before_its_verb_is_a_noun(text: str) -> None:
    cues = [a["cue"]["text"] for a in attributions(text)]
    assert "comment" not in cues and "remark" not in cues, cues


def test_considering_after_a_comma_is_no_cue() -> None:
    found = attributions("He said the move was bold, considering the risks involved.")
    assert [a["cue"]["text"] for a in found] == ["said"]


def test_a_programme_title_before_the_speaker_is_no_content() -> None:
    found = attributions("On Tuesday’s episode of “The Steve Harvey Morning Show,” the nominee "
                         "said she wanted to speak to voters.")
    said = next(a for a in found if a["cue"]["text"] == "said")
    assert said["content"]["text"] == "she wanted to speak to voters"
