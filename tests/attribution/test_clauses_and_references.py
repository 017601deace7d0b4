"""Where one attribution ends and the next begins, and what a reference refers back to.

Each case is a pattern measured on the PolNeAR and wire dev sets (bench/validity.py,
bench/polnear.py): a coordinate clause with its own subject is its own attribution, a figure's
thousands separator is no clause boundary, a cue that states no claim is nobody's parent, and
the people a speaker mentions inside a quotation are not whom a later "she" means.
"""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import OutletDirectory, extract
from service.attribution.text import tokenize


def attributions(text: str) -> list[dict[str, Any]]:
    return extract(text).to_dict()["attributions"]


def by_cue(text: str, cue: str) -> dict[str, Any]:
    return next(a for a in attributions(text) if a["cue"]["text"] == cue)


def test_a_figure_with_thousands_separators_is_one_token() -> None:
    words = [t.text for t in tokenize("About 100,000 people and 1,250.5 tons, then 3,4.")]
    assert "100,000" in words and "1,250.5" in words
    assert words[-4:] == ["3", ",", "4", "."]  # no thousands group: separate tokens


def test_a_sourceless_passive_does_not_swallow_the_speaker_before_it() -> None:
    said = by_cue("Then, in 2017, Kerry said that 100,000 would be accepted.", "said")
    assert said["source"]["text"] == "Kerry"
    assert said["parent"] is None and said["claim"] is True
    assert said["content"]["text"] == "that 100,000 would be accepted"


@pytest.mark.parametrize(("text", "first_cue", "second_cue"), [
    ("Sanders initially defended his vote, but late Saturday he announced he supported "
     "legislation to repeal the bill.", "defended", "announced"),
    ("The plane was insured for $35 million in 2011, records show, and aviation experts say "
     "it is now worth about $18 million.", "show", "say"),
])
def test_a_coordinate_clause_with_its_own_subject_is_its_own_attribution(
        text: str, first_cue: str, second_cue: str) -> None:
    first, second = by_cue(text, first_cue), by_cue(text, second_cue)
    assert second["parent"] is None
    assert second["source"]["text"] not in first["content"]["text"]


def test_a_possessive_inside_a_post_modifier_keeps_the_whole_phrase() -> None:
    say = by_cue("People familiar with her thinking say she now accepts the plan.", "say")
    assert say["source"]["text"] == "People familiar with her thinking"
    assert say["source"]["kind"] == "anonymous_described"


def test_a_body_with_its_name_before_the_head_noun_is_named() -> None:
    said = by_cue("Renaissance Technologies hedge fund said it would close.", "said")
    assert said["source"]["kind"] == "named_expert"
    unnamed = by_cue("A Wall Street bank said it would close.", "said")
    assert unnamed["source"]["kind"] == "anonymous_described"


def test_a_contracted_relative_pronoun_refers_to_its_antecedent() -> None:
    endorsed = by_cue("Collins, who’d previously endorsed Jeb Bush, represents a district.",
                      "endorsed")
    assert endorsed["source"]["kind"] == "named_person"


def test_a_description_inside_a_quotation_is_no_antecedent_for_she() -> None:
    text = ("Nikki Haley answered her critics. “I am the proud daughter of immigrants who "
            "reminded me every day how blessed we were,” she said.")
    said = by_cue(text, "said")
    assert said["source"]["kind"] == "named_person"
    assert said["source"]["entity"] == "nikki-haley"


@pytest.mark.parametrize(("text", "source"), [
    ("Ferguson had 115 violent crimes, according to the most recent data available from "
     "the FBI.", "the most recent data available from the FBI"),
    ("Unemployment rose to 5 percent, according to figures compiled by the labor ministry.",
     "figures compiled by the labor ministry"),
])
def test_a_record_with_who_made_it_is_a_document(text: str, source: str) -> None:
    according = by_cue(text, "according to")
    assert (according["source"]["text"], according["source"]["kind"]) == (source, "document")


def test_a_pronoun_granted_anonymity_is_unnamed_and_so_is_the_next_he() -> None:
    text = ("Paul Manafort spoke first. He was unable to find a single taker, he said, on "
            "condition of anonymity to speak freely. “Not even one,” he said.")
    found = [a for a in attributions(text) if a["cue"]["text"] == "said"]
    assert [a["source"]["kind"] for a in found] == ["anonymous_described"] * 2
    assert found[0]["source"]["entity"] == found[1]["source"]["entity"]
    plain = attributions("Paul Manafort spoke first. He said the campaign was broke.")
    assert plain[0]["source"]["kind"] == "named_person"


def test_a_title_case_headline_role_with_a_relative_names_one_person() -> None:
    found = extract("Actor Clint Howard admits his choice is clear.",
                    headline="Hollywood Actor Who Endorsed Ted Cruz Calls Hillary a Name"
                    ).to_dict()["attributions"]
    endorsed = next(a for a in found if a["cue"]["text"] == "Endorsed")
    assert endorsed["source"]["kind"] == "named_person"


@pytest.mark.parametrize(("text", "cues"), [
    ("Some advocates for stem cell research said the rule was too strict.", ["said"]),
    ("Their support was never in doubt, the mayor said.", ["said"]),
    ("Some say it proves she cheated.", ["say"]),
    ("Many believe the vote was rigged.", ["believe"]),
])
def test_a_verb_form_after_a_determiner_is_a_noun(text: str, cues: list[str]) -> None:
    assert [a["cue"]["text"] for a in attributions(text)] == cues


@pytest.mark.parametrize(("text", "source"), [
    ("More than 4 in 10 said the economy mattered most.", "More than 4 in 10"),
    ("Six in 10 say he is decisive.", "Six in 10"),
])
def test_a_share_of_those_polled_is_the_whole_share(text: str, source: str) -> None:
    assert attributions(text)[0]["source"]["text"] == source


@pytest.mark.parametrize(("text", "venue"), [
    ("She told Press TV’s “Good Morning Tehran” on Monday the tone was cordial.",
     "Press TV’s “Good Morning Tehran”"),
    ("He said on Press TV’s “Evening News” that the deal was dead.",
     "on Press TV’s “Evening News”"),
    ("“It is just sad,” he told WKOW-TV of Madison.", "WKOW-TV of Madison"),
])
def test_a_programme_and_a_call_sign_are_venues(text: str, venue: str,
                                               directory: OutletDirectory) -> None:
    found = extract(text, directory=directory).to_dict()["attributions"][0]
    assert found["venue"]["text"] == venue
    assert "Morning" not in (found["content"] or {}).get("text", "")


@pytest.mark.parametrize(("text", "source"), [
    ("The director of the European Centre, Ina Kirsch, told the AP her group never worked "
     "with him.", "Ina Kirsch"),
    ("Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey "
     "on MSNBC, calling it a no-brainer.",
     "Former prosecutor and New York City Mayor Rudy Giuliani"),
])
def test_the_name_of_a_described_speaker_is_the_source(text: str, source: str) -> None:
    assert attributions(text)[0]["source"]["text"] == source


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("Reports circulating among brokers said producers were reluctant.",
     "Reports circulating among brokers", "vague"),
    ("Residents of Kharipara said stagnant water had collected.", "Residents of Kharipara",
     "vague"),
    ("Two residents of Kharipara said stagnant water had collected.",
     "Two residents of Kharipara", "anonymous_described"),
    ("Figures published by the customs agency in April showed 17 tonnes were seized.",
     "Figures published by the customs agency", "document"),
])
def test_rumours_communities_and_published_figures(text: str, source: str, kind: str) -> None:
    found = attributions(text)[0]["source"]
    assert (found["text"], found["kind"]) == (source, kind)


@pytest.mark.parametrize("text", [
    "Prosecutors had sought a sentence of eight and a half years.",
    "The federal government urged both sides to resume talks.",
    "The statement did not disclose the fee.",
    "Some aid groups have called on the government to open the border.",
])
def test_requests_and_what_was_not_said_are_no_claims(text: str) -> None:
    assert [a["claim"] for a in attributions(text)] == [False]


def test_calling_something_a_name_is_still_a_claim() -> None:
    assert [a["claim"] for a in attributions("Critics called the plan a disaster.")] == [True]


@pytest.mark.parametrize(("text", "kind"), [
    ("Two people familiar with the matter said the groundings could last until March. One of "
     "them said the airline had been warned.", "anonymous_described"),
    ("The Baltic Press Freedom Centre, a Riga-based watchdog, wrote that the move punishes "
     "reporters.", "named_expert"),
    ("Dzintars TV has kept a bureau in Moscow since 2009, according to its website.",
     "document"),
    ("Some media outlets reported that the minister had resigned.", "vague"),
])
def test_groups_names_with_press_and_own_pages(text: str, kind: str) -> None:
    assert attributions(text)[-1]["source"]["kind"] == kind


def test_a_verb_form_after_a_common_possessive_is_a_noun() -> None:
    said = attributions("A person familiar with the department's planning said officials "
                        "were weighing a longer programme.")
    assert [a["cue"]["text"] for a in said] == ["said"]
    assert said[0]["source"]["text"] == "A person familiar with the department's planning"
    contracted = attributions("Officials said he's planning to run.")
    assert contracted[0]["cue"]["text"] == "said"


def test_a_withheld_name_stays_with_the_source() -> None:
    said = by_cue("One union steward, who declined to give his name, said supervisors had "
                  "stopped ordering parts.", "said")
    assert said["source"]["text"] == "One union steward"
    assert "declined to give his name" in said["source"]["description"]


@pytest.mark.parametrize(("text", "source"), [
    ("Coverage fell to 71% last year, according to data published by the ministry.",
     "data published by the ministry"),
    ("Ambrose joined the court in 2009, according to the court's website.",
     "the court's website"),
])
def test_a_record_its_author_published_is_a_document_not_a_relay(text: str,
                                                                  source: str) -> None:
    found = attributions(text)
    assert [(a["source"]["text"], a["source"]["kind"], a["parent"]) for a in found] == [
        (source, "document", None)]


def test_a_capitalised_word_inside_a_quote_is_not_who_she_is() -> None:
    text = ("State Senator Marisa Kellerman said she would ask officials to testify. "
            "\"Taxpayers were told this money would show up in classrooms,\" she said.")
    said = [a for a in attributions(text) if a["cue"]["text"] == "said"]
    assert said[-1]["source"]["entity"] == said[0]["source"]["entity"]


def test_a_written_venue_ending_the_words_is_the_venue_of_both_verbs() -> None:
    found = attributions("Vietnam's Foreign Ministry welcomed the vote in a statement and said "
                         "Hanoi had completed its own approval process.")
    assert [(a["cue"]["text"], (a["venue"] or {}).get("text")) for a in found] == [
        ("welcomed", "in a statement"), ("said", "in a statement")]
    assert found[0]["content"]["text"] == "the vote"
    refused = attributions("SkyVista declined to comment on the report.")
    assert [(a["claim"], a["venue"]) for a in refused] == [(False, None)]


def test_who_released_a_statement_is_named_after_the_role() -> None:
    said = by_cue("Vandenbossche said in a statement released by his lawyer, Sophie Lambrecht, "
                  "that he had never knowingly taken a banned substance.", "said")
    assert said["venue"]["text"] == "in a statement released by his lawyer, Sophie Lambrecht"
    assert said["content"]["text"].startswith("that he had never")


@pytest.mark.parametrize(("text", "source", "venue"), [
    ("Lewandowski took to Twitter to call Fields delusional.", "Lewandowski", "to Twitter"),
    ("The senator went on Press TV to declare the talks dead.", "The senator", "on Press TV"),
])
def test_took_to_a_platform_to_say_is_a_venue(text: str, source: str, venue: str,
                                              directory: OutletDirectory) -> None:
    found = extract(text, directory=directory).to_dict()["attributions"]
    assert [(a["source"]["text"], a["venue"]["text"]) for a in found] == [(source, venue)]


def test_a_participle_after_a_fronted_time_phrase_has_the_clause_subject() -> None:
    writing = by_cue("On Sunday morning Mr. Trump made a third attempt to deflect the "
                     "criticism, writing on Twitter that the real issue was terrorism.",
                     "writing")
    assert writing["source"]["text"] == "Mr. Trump"
    assert writing["content"]["text"].startswith("that the real issue")


def test_a_report_that_projected_is_a_source() -> None:
    projected = by_cue("A 2023 report by the climate centre projected that heavy rainfall "
                       "would become more frequent.", "projected")
    assert projected["source"]["kind"] == "document"
    assert attributions("The project cost more than expected.") == []


def test_he_is_one_person_and_a_longer_description_is_the_person_named() -> None:
    text = ("Bernie Sanders spoke on Saturday. The Vermont senators said in a statement that "
            "he congratulated Clinton. Donald Trump arrived later. The New York businessman "
            "said the race was over.")
    found = {a["cue"]["text"]: a["source"] for a in attributions(text)}
    assert found["congratulated"]["kind"] == "named_person"
    assert found["congratulated"]["entity"] == "bernie-sanders"
    said = [a["source"] for a in attributions(text) if a["cue"]["text"] == "said"]
    assert said[-1]["entity"] == "donald-trump"


def test_a_gerund_after_with_has_its_own_subject_and_ends_the_clause_before() -> None:
    found = attributions("The Trump campaign has denied it happened, with Lewandowski taking "
                         "to Twitter to call Fields “totally delusional” for the accusation.")
    denied = next(a for a in found if a["cue"]["text"] == "denied")
    call = next(a for a in found if a["cue"]["text"] == "call")
    assert denied["content"]["text"] == "it happened"
    assert call["source"]["text"] == "Lewandowski"
    assert call["venue"] is not None and "Twitter" in call["venue"]["text"]


@pytest.mark.parametrize(("text", "source"), [
    ('One Sunday in 2001, according to "Perfect Enough: Carly Fiorina and the Reinvention of '
     'Hewlett-Packard" by George Anders, Fiorina called the directors.',
     '"Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard" by George Anders'),
    ("The deal was signed in secret, according to “The Art of the Deal.”",
     "“The Art of the Deal.”"),
])
def test_a_quoted_title_after_according_to_is_a_document(text: str, source: str) -> None:
    found = by_cue(text, "according to")["source"]
    assert (found["text"], found["kind"]) == (source, "document")


def test_a_quotation_after_according_to_is_no_title() -> None:
    assert not [a for a in attributions(
        'The deal was signed in secret, according to "people who know him."')
        if a["cue"]["text"] == "according to" and a["source"]["kind"] == "document"]


def test_coordinated_verbs_after_a_subordinate_clause_are_the_main_subjects() -> None:
    said = by_cue("Last month, when I asked Sanders if he would ever endorse Clinton, he "
                  'looked into my camera, furrowed his brow and said, "I will endorse you!"',
                  "said")
    assert said["source"]["text"] == "he"
    added = by_cue("The mayor said the budget was balanced and added that taxes would not "
                   "rise.", "added")
    assert added["source"]["text"] == "The mayor"


@pytest.mark.parametrize(("text", "source", "kind", "content"), [
    ("Clinton led Sanders more than 2-1 in an NBC News/Wall Street Journal/Marist poll.",
     "an NBC News/Wall Street Journal/Marist poll", "document",
     "Clinton led Sanders more than 2-1"),
    ("But he fell to 10 percent in the latest CNN/ORC poll released Wednesday.",
     "the latest CNN/ORC poll", "document", "he fell to 10 percent"),
    ("Sanders has sagged in the polls.", "the polls", "vague", "Sanders has sagged"),
])
def test_figures_in_a_poll_rest_on_the_poll(text: str, source: str, kind: str,
                                            content: str) -> None:
    found = by_cue(text, "in")
    assert (found["source"]["text"], found["source"]["kind"]) == (source, kind)
    assert found["content"]["text"] == content


@pytest.mark.parametrize("text", [
    "She led in poll after poll.",
    "The gap showed up in poll numbers across the state.",
    "He lives in a town that polls well for Democrats.",
])
def test_a_poll_word_that_is_no_source_makes_no_cue(text: str) -> None:
    assert not [a for a in attributions(text) if a["cue"]["text"] == "in"]
