"""Rules of the thirty-fifth session, each from an error of the wire set's dev part (ids -72
and later): a verb that closes a comparison ("rose faster than analysts had expected") is no
attribution of the sentence, while a count after "than" is still a source ("more than 100
residents said")."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract

DIRECTORY = OutletDirectory([
    {"domain": "reuters.com", "name": "Reuters", "aliases": ["Reuters"], "kind": "wire"},
])


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.source.text if a.source else None, a.source.kind if a.source else None,
             a.cue.text) for a in extract(text, directory=DIRECTORY).attributions]


@pytest.mark.parametrize("text", [
    "Sales at the retailer rose faster than analysts had expected in the third quarter.",
    "Glacial lakes are expanding far faster than earlier projections suggested.",
    "Prices climbed more than economists forecast.",
    "Inflation was higher than the central bank had projected.",
])
def test_a_comparison_with_what_someone_expected_is_no_attribution(text: str) -> None:
    assert _found(text) == []


def test_a_count_after_than_is_still_the_source() -> None:
    assert _found("More than 100 residents said the water was brown.") == [
        ("100 residents", "vague", "said")]
    assert _found("The mayor said prices were higher than expected.") == [
        ("The mayor", "named_official", "said")]
    # a verb after the comparison's own clause keeps its subject
    assert _found("Costs rose faster than planned, the finance minister said.") == [
        ("the finance minister", "named_official", "said")]


def test_a_plural_noun_before_its_verb_is_no_cue() -> None:
    # "answers were altered": the noun, the subject of "were"
    assert _found("The principal was stood down while claims that Year 5 students' NAPLAN "
                  "answers were altered are investigated.") == []
    # "says" and a verb after a pronoun open a clause about the noun before them
    assert _found("Workers at the port, whose wages the union says are six months late, "
                  "walked out.")[0][2] == "says"
    assert _found("The navy seized vessels it says are smuggling fuel.") == [
        ("it", "unresolved", "says")]


@pytest.mark.parametrize("text", [
    "Hillcrest's annual report for last year shows that the company posted a net loss.",
    "The report for last year shows that sales fell by a third.",
])
def test_the_year_a_record_covers_is_part_of_its_phrase(text: str) -> None:
    source, kind, cue = _found(text)[0]
    assert (source or "").endswith("for last year") and kind == "document"
    assert cue in {"shows", "show"}


def test_a_time_phrase_after_the_verb_is_still_skipped() -> None:
    assert _found("The mayor last year said the plant would close.")[0][:2] == (
        "The mayor", "named_official")


def test_in_writing_is_the_form_of_the_words_not_a_cue() -> None:
    found = _found("Kessler said the department's sampling data, which was submitted to the "
                   "committee in writing, showed high chloride levels.")
    # "in writing" is no cue; since the forty-first session the data that Kessler said
    # showed the levels is the nested record's own finding (speaker > origin)
    assert [cue for _, _, cue in found] == ["said", "showed"]
    assert found[1][:2] == ("the department's sampling data", "document")
    assert _found("In writing to the council, the mayor said the plant would close.") == [
        ("the mayor", "named_official", "said")]


def test_a_companys_accounts_are_its_books() -> None:
    assert _found("Southport's accounts, filed with the registry, show a profit.") == [
        ("Southport's accounts", "document", "show")]


@pytest.mark.parametrize("text", [
    "House Republicans will write language barring the agency from collecting the fee.",
    "He wrote the bill with two colleagues in 2019.",
])
def test_drafting_a_text_is_an_act_not_a_claim(text: str) -> None:
    assert _found(text) == []


def test_writing_what_a_letter_says_is_still_speech() -> None:
    assert [cue for _, _, cue in _found(
        "She wrote in a letter that the plant would close.")] == ["wrote"]


def test_a_record_dated_on_a_day_keeps_its_whole_phrase() -> None:
    assert _found("A survey by the consultancy Horizon Travel Insights published on Oct. 15 "
                  "found that 58% of respondents planned a holiday.")[0][:2] == (
        "A survey by the consultancy Horizon Travel Insights published on Oct. 15", "document")
    assert _found("The report released on March 4 showed that rents rose.")[0][:2] == (
        "The report released on March 4", "document")


def test_a_reason_cited_after_an_act_is_the_actors_claim() -> None:
    assert _found("Moody's Investors Service placed the utility's ratings on review on "
                  "Thursday, citing uncertainty over the size of the wildfire liabilities.") == [
        ("Moody's Investors Service", "named_expert", "citing")]
    found = extract("The airline cancelled 40 flights on Friday, citing a shortage of pilots.",
                    directory=DIRECTORY).attributions
    assert [(a.source.text if a.source else None, a.content.text if a.content else None)
            for a in found] == [("The airline", "a shortage of pilots")]


def test_a_source_cited_is_still_the_source() -> None:
    found = _found("The paper said the minister would resign, citing people familiar with "
                   "the matter.")
    assert ("people familiar with the matter", "anonymous_described", "citing") in found
    assert _found("The ministry raised prices, citing a report by the central bank.") == [
        ("a report by the central bank", "document", "citing")]


def test_a_name_the_paper_did_not_give_is_no_cue() -> None:
    assert _found("The technician, who was not named by the newspaper, was quoted as saying "
                  "crews had warned supervisors in August.") == [
        ("The technician", "anonymous_described", "was quoted as saying")]
    assert _found("The company named him as chief executive on Monday.")[0][2] == "named"


@pytest.mark.parametrize("text", [
    "The ministry's crop estimate, dated July 11, put the harvest in Sanliurfa, Mardin and "
    "Diyarbakir at roughly 212,000 tonnes.",
    "The administration's figures, published on Monday, put the catch of the dai fishery "
    "between November and February at 9,800 tonnes.",
])
def test_an_estimate_over_a_list_or_a_long_object_is_still_an_estimate(text: str) -> None:
    assert _found(text)[0][1:] == ("document", "put")


def test_putting_something_somewhere_is_no_estimate() -> None:
    assert _found("The war put the city, Mosul and its villages under siege at night.") == []


def test_a_record_of_a_named_body_says_what_it_records() -> None:
    assert _found("The weekly bulletin of the Hanoi Center for Disease Control (Hanoi CDC) "
                  "recorded 11,380 cases since January.") == [
        ("The weekly bulletin of the Hanoi Center for Disease Control (Hanoi CDC)", "document",
         "recorded")]
    # members of a body are no record of it
    assert _found("Members of the Fisheries Council recorded a song.") == []


def test_a_headline_closing_on_an_outlet_that_reports_it() -> None:
    found = extract("The miner is weighing a bid.", directory=DIRECTORY,
                    headline="Miner weighs bid for rival, Sky News reports").attributions
    assert [(a.field, a.source.text if a.source else None, a.cue.text) for a in found] == [
        ("headline", "Sky News", "reports")]
    # the press's reports as a noun stay a noun
    assert _found("Prices rose, according to local media reports.")[0][0] == (
        "local media reports")
