"""Wire forms met on the twenty-eighth and twenty-ninth wire batches' dev articles: a record
dated or credited before its aside ("An internal report dated Jan. 30, first obtained by the
BBC, found"), a record sent to someone ("A memo sent to staff said"), people an outlet spoke
to or a study a journal printed (neither is the outlet), a body whose name ends in "Network",
a base verb form that is a noun after "a" and a name ("An Ohio judge blocked"), and what a
speaker would not describe or name (no claim)."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract


def sources(text: str, directory: OutletDirectory | None = None) -> list[tuple[str, str, str]]:
    return [(a["cue"]["text"], a["source"]["text"], a["source"]["kind"])
            for a in extract(text, directory=directory).to_dict()["attributions"]
            if a["source"] is not None]


@pytest.mark.parametrize(("text", "source"), [
    ("An internal report dated Jan. 30, first obtained by the BBC, found that the unit had "
     "too few midwives.", "An internal report dated Jan. 30"),
    ("A survey of estate agents by the Royal Institution of Chartered Surveyors, released "
     "last week, found that enquiries had fallen.",
     "A survey of estate agents by the Royal Institution of Chartered Surveyors"),
    ("A memo sent to staff on Monday said the bank would close 40 branches.",
     "A memo sent to staff on Monday"),
    ("A letter signed by 40 lawmakers said the plan was unlawful.",
     "A letter signed by 40 lawmakers"),
])
def test_a_record_dated_credited_or_sent_is_the_source(text: str, source: str) -> None:
    found = sources(text)
    assert (source, "document") in [(s, k) for _, s, k in found]


def test_a_person_with_a_participle_aside_is_still_not_a_record() -> None:
    # the record aside needs a record's head noun before the comma's phrase
    found = sources("The mayor of Calder, elected in 2020, said the roads were safe.")
    assert [s for _, s, _ in found] == ["The mayor of Calder"]


def test_people_an_outlet_interviewed_are_not_the_outlet(directory: OutletDirectory) -> None:
    found = sources("Voters interviewed by Reuters said the count had been slow.", directory)
    assert found == [("said", "Voters interviewed by Reuters", "anonymous_described")]


def test_an_outlets_article_is_still_the_outlets_reporting(directory: OutletDirectory) -> None:
    found = sources("According to a new article in the Financial Times, the deal is off.",
                    directory)
    assert [k for _, _, k in found] == ["outlet"]


def test_a_study_a_journal_printed_is_a_record(directory: OutletDirectory) -> None:
    found = sources("A study published in the Financial Times found that costs rose.",
                    directory)
    assert found == [("found", "A study published in the Financial Times", "document")]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Alpine Glacier Observatory Network said the glaciers lost 4% of their ice.",
     "named_expert"),
    ("The Tax Justice Network said the rules were weak.", "named_expert"),
    ("The Halden Broadcast Network said its ratings rose.", "outlet"),
])
def test_a_network_is_an_outlet_only_when_its_name_says_it_broadcasts(text: str,
                                                                      kind: str) -> None:
    ((_, _, found),) = sources(text)
    assert found == kind


def test_a_base_form_after_a_and_a_name_is_a_noun() -> None:
    text = "An Ohio judge on Tuesday blocked the sale, ruling that the council had erred."
    found = sources(text)
    assert ("ruling", "An Ohio judge", "named_official") in found
    assert all(cue != "judge" for cue, _, _ in found)


def test_what_a_speaker_would_not_describe_is_no_claim() -> None:
    chains = extract("He would not describe the evidence.").to_dict()["chains"]
    assert all(len(c["hops"]) == 1 for c in chains)


def test_a_closing_refusal_is_not_part_of_the_claim() -> None:
    text = ("He said the company had signed a supply agreement with a European turbine maker, "
            "which he declined to name.")
    said = next(a for a in extract(text).to_dict()["attributions"]
                if a["cue"]["text"] == "said")
    assert said["content"]["text"] == (
        "the company had signed a supply agreement with a European turbine maker")


@pytest.mark.parametrize(("text", "kind"), [
    ("The coast guard said the ferry sank.", "named_official"),
    ("The National Guard said 300 troops had arrived.", "named_official"),
    ("A security guard said he saw the fire.", "anonymous_described"),
])
def test_a_guard_service_is_a_public_body_and_a_guard_on_duty_a_person(text: str,
                                                                      kind: str) -> None:
    ((_, _, found),) = sources(text)
    assert found == kind


def test_a_headlines_coast_guard_is_the_body_the_body_names() -> None:
    result = extract("A fire on a ferry killed three people, the Philippine Coast Guard said.",
                     headline="Ferry fire kills 3, coast guard says").to_dict()
    kinds = [a["source"]["kind"] for a in result["attributions"]]
    assert kinds == ["named_official", "named_official"]


@pytest.mark.parametrize("noun", ["trust", "association", "federation", "alliance",
                                  "consortium", "exchange"])
def test_the_body_named_before_is_what_the_noun_refers_to(noun: str) -> None:
    text = (f"The Northbridge {noun.capitalize()} said prices rose. "
            f"The {noun} said prices would fall.")
    kinds = [k for _, _, k in sources(text)]
    assert len(kinds) == 2 and "unresolved" not in kinds


def test_a_public_services_figures_are_a_record_not_an_outlets_relay() -> None:
    text = ("Customs officers seized 46 tonnes, according to figures published by the Dutch "
            "customs service in January.")
    result = extract(text).to_dict()
    assert [(s, k) for _, s, k in sources(text)] == [
        # (the closing source's phrase runs to the sentence's end, thirty-third session)
        ("figures published by the Dutch customs service in January", "document")]
    assert [len(c["hops"]) for c in result["chains"]] == [2]


def test_a_news_agencys_publication_is_still_a_relay() -> None:
    text = "Prices rose, according to a memo published by the state news agency."
    roles = [[h["role"] for h in c["hops"]] for c in extract(text).to_dict()["chains"]]
    assert roles == [["publisher", "relay", "origin"]]


def test_a_verb_form_after_an_article_is_a_noun_in_the_source() -> None:
    assert sources("A lawyer for the suspect said the claim was false.") == [
        ("said", "A lawyer for the suspect", "anonymous_described")]


@pytest.mark.parametrize(("text", "source"), [
    ("Reports circulating on the island over the past week suggest the ferry will stop.",
     "Reports circulating on the island"),
    ("It is widely expected that insurers will raise premiums.", "It"),
])
def test_rumours_and_expectations_nobody_voices_are_vague(text: str, source: str) -> None:
    ((_, found, kind),) = sources(text)
    assert (found, kind) == (source, "vague")


def test_being_expected_to_act_is_still_no_claim() -> None:
    chains = extract("The council is expected to vote on Thursday.").to_dict()["chains"]
    assert all(len(c["hops"]) == 1 for c in chains)


def test_neither_admitting_nor_denying_is_no_claim() -> None:
    chains = extract("Meridian neither admitted nor denied the findings.").to_dict()["chains"]
    assert all(len(c["hops"]) == 1 for c in chains)


def test_a_dateline_city_of_two_words_is_skipped_for_the_subject() -> None:
    text = ("NEW YORK, April 3 - The Federal Reserve on Thursday fined the bank and ordered it "
            "to overhaul its controls.")
    assert [s for _, s, _ in sources(text)] == ["The Federal Reserve"]


def test_hail_before_a_weather_noun_is_weather_and_watchers_are_vague() -> None:
    found = sources("Insurers face their costliest hail season on record, analysts say. "
                    "Reinsurers will feel it too, according to industry watchers.")
    assert [(c, s, k) for c, s, k in found] == [("say", "analysts", "vague"),
                                                ("according to", "industry watchers", "vague")]


@pytest.mark.parametrize(("text", "want"), [
    ("An inventory compiled by the museum in 2022 lists the figures as war booty.",
     [("lists", "An inventory compiled by the museum in 2022", "document")]),
    ("The party lists its priorities on page two.", []),
])
def test_a_record_lists_what_it_names(text: str, want: list[tuple[str, str, str]]) -> None:
    chains = extract(text).to_dict()["chains"]
    found = sources(text)
    assert [f for f in found if any(len(c["hops"]) > 1 for c in chains)] == want


def test_a_plural_noun_lists_before_a_verb_or_a_clause_is_no_cue() -> None:
    text = "Voters were removed from registration lists because they did not reply."
    assert all(a["cue"]["text"] != "lists" for a in extract(text).to_dict()["attributions"])


@pytest.mark.parametrize(("text", "source"), [
    ("Soybean futures rose 2%, with traders pointing to a tighter supply outlook.", "traders"),
    ("Shares fell on Thursday, with analysts citing the storm losses.", "analysts"),
])
def test_the_phrase_after_with_gives_the_reason(text: str, source: str) -> None:
    assert [(s, k) for _, s, k in sources(text)] == [(source, "vague")]


@pytest.mark.parametrize("text", [
    "One man in Limni, who would give only his first name, Giorgos, said the fire had reached "
    "his grove. \"Everything burned here in 2021,\" he said.",
    "One shop owner, who gave only her first name, Linda, said she had moved her stock. "
    "\"I was already standing in it,\" she said.",
])
def test_a_first_name_only_is_an_unnamed_person_and_so_is_the_pronoun_after(text: str) -> None:
    assert [k for _, _, k in sources(text)] == ["anonymous_described", "anonymous_described"]


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("One resident of the settlement, reached by telephone, said families had been told to "
     "leave.", "One resident of the settlement", "anonymous_described"),
    ("Figures published in October by the Carlos III Health Institute estimated that 2,100 "
     "deaths were due to the heat.",
     "Figures published in October by the Carlos III Health Institute", "document"),
    ("The synod voted for the change, which its archbishop says is needed.", "its archbishop",
     "named_official"),
    ("A member of the council said the vote was rigged.", "A member of the council",
     "anonymous_described"),
])
def test_people_of_a_place_records_by_date_and_a_bodys_one_office(text: str, source: str,
                                                                  kind: str) -> None:
    assert (source, kind) in [(s, k) for _, s, k in sources(text)]


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("A farmer, contacted by telephone, said the river had flooded his fields.", "A farmer",
     "anonymous_described"),
    ("An internal audit dated Jan. 30, later obtained by the BBC, found that funds were missing.",
     "An internal audit dated Jan. 30", "document"),
    ("The club said the striker was injured, and its coach said he would miss the final.",
     "its coach", "named_official"),
    ("The Royal Geographical Society said the map was a forgery. The society said it would "
     "withdraw it.", "The society", "named_expert"),
])
def test_more_of_the_sessions_forms(text: str, source: str, kind: str) -> None:
    assert (source, kind) in [(s, k) for _, s, k in sources(text)]


@pytest.mark.parametrize("text", [
    "A border guard said the crossing was closed.",
    "Two border guards said the crossing was closed.",
])
def test_a_guard_counted_or_indefinite_is_a_person(text: str) -> None:
    assert [k for _, _, k in sources(text)] == ["anonymous_described"]


def test_a_charge_made_in_a_letter_is_still_a_cue() -> None:
    found = sources("The lawmakers charged in a letter that the bill was unlawful.")
    assert [(c, s) for c, s, _ in found] == [("charged", "The lawmakers")]


def test_a_trailing_clause_not_withholding_anything_stays_in_the_claim() -> None:
    text = "He said the money went to a charity, which he did not control."
    said = next(a for a in extract(text).to_dict()["attributions"] if a["cue"]["text"] == "said")
    assert said["content"]["text"].endswith("which he did not control")
