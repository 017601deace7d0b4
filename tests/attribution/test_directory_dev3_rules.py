"""Rules of the outlet directory found with the third mention set (dev3): an acronym in
parentheses stands for the name spelled out before it, a company's legal form makes the name
the company, a Romance particle puts the name inside a longer one, and in a title-case headline
a name before a noun heads a longer name while a verb after it keeps the outlet."""

from __future__ import annotations

from typing import Any

from service.attribution import OutletDirectory


def _resolved(records: list[dict[str, Any]], text: str) -> list[tuple[str, str]]:
    directory = OutletDirectory(records)
    return [(text[m.start:m.end], m.outlet.domain) for m in directory.find(text)
            if not m.ambiguous]


APA = {"domain": "apa.at", "name": "Austria Presse Agentur", "kind": "wire",
       "aliases": ["APA", "Austria Presse Agentur"]}
KCNA = {"domain": "kcna.kp", "name": "Korean Central News Agency", "kind": "wire",
        "aliases": ["KCNA", "Korean Central News Agency"]}
UNHCR = {"domain": "unhcr.org", "name": "UNHCR", "kind": "ngo", "aliases": ["UNHCR"]}


def test_an_acronym_in_parentheses_is_the_name_spelled_out_before_it() -> None:
    text = "The American Psychiatric Association (APA) revised its manual."
    assert _resolved([APA], text) == []
    text = "The Korean Central News Agency (KCNA) said the launch succeeded."
    assert ("KCNA", "kcna.kp") in _resolved([KCNA], text)
    assert _resolved([APA], "Austrian news agency APA reported the arrest.") == [
        ("APA", "apa.at")]
    # a body's full name often differs from the one listed: its acronym still resolves
    text = "The United Nations High Commissioner for Refugees (UNHCR) was skeptical."
    assert _resolved([UNHCR], text) == [("UNHCR", "unhcr.org")]


NYT = {"domain": "nytimes.com", "name": "The New York Times",
       "aliases": ["New York Times", "the New York Times"]}
ARTE = {"domain": "arte.tv", "name": "Arte", "aliases": ["Arte"]}


def test_a_company_and_a_foreign_place_name_are_not_the_outlet() -> None:
    assert _resolved([NYT], "Shares of The New York Times Co. rose 4%.") == []
    assert _resolved([NYT], "The New York Times Company reported a profit.") == []
    assert _resolved([NYT], "The New York Times reported a profit.") == [
        ("The New York Times", "nytimes.com")]
    assert _resolved([ARTE], "The Museo de Arte de Ponce lent 12 paintings.") == []
    assert _resolved([ARTE], "Franco-German channel Arte aired the film.") == [
        ("Arte", "arte.tv")]


ROLL_CALL = {"domain": "rollcall.com", "name": "Roll Call", "kind": "newspaper"}
WHITE_HOUSE = {"domain": "whitehouse.gov", "name": "White House", "kind": "government"}
FOX = {"domain": "foxnews.com", "name": "Fox News", "kind": "broadcaster"}


def test_title_case_headline_name_before_a_noun_heads_a_longer_name() -> None:
    assert _resolved([ROLL_CALL], "Roll Call Vote Delayed as Senators Leave Town") == []
    assert _resolved([ROLL_CALL], "Roll Call Reports Senators Leave Town") == [
        ("Roll Call", "rollcall.com")]
    assert _resolved([ROLL_CALL], "Roll Call Investigation Finds Missing Funds") == [
        ("Roll Call", "rollcall.com")]
    assert _resolved([FOX], "Fox News Just Uncovered A Video") == [("Fox News", "foxnews.com")]
    # a body modifies its own nouns in a headline too ("Former White House Doctor Says")
    assert _resolved([WHITE_HOUSE], "Former White House Doctor Says He Was Not Told") == [
        ("White House", "whitehouse.gov")]


FOCUS = {"domain": "focus.de", "name": "Focus", "kind": "magazine", "aliases": ["Focus"]}
SNOPES = {"domain": "snopes.com", "name": "Snopes", "kind": "website", "aliases": ["Snopes"]}


def test_a_one_word_name_inside_a_title_or_a_family_is_not_the_outlet() -> None:
    assert _resolved([FOCUS], "Focus on the Family, a ministry, opposed the bill.") == []
    assert _resolved([FOCUS], "German magazine Focus reported the deal.") == [
        ("Focus", "focus.de")]
    assert _resolved([SNOPES], "The Snopes family recurs throughout the novels.") == []
    assert _resolved([SNOPES], "Snopes rated the claim false.") == [("Snopes", "snopes.com")]


USA_TODAY = {"domain": "usatoday.com", "name": "USA Today", "kind": "newspaper",
             "aliases": ["USA Today"]}


def test_a_name_of_several_words_its_outlet_writes_in_capitals_resolves() -> None:
    text = "USA TODAY's analysis of crash data found a rise; she told USA TODAY on Monday."
    assert _resolved([USA_TODAY], text) == [("USA TODAY", "usatoday.com")] * 2


RBC = {"domain": "rbc.ru", "name": "RBC", "kind": "digital_native", "aliases": ["RBC"]}
FOUR = {"domain": "444.hu", "name": "444", "kind": "digital_native", "aliases": ["444.hu"]}
UN = {"domain": "un.org", "name": "UN", "kind": "government", "aliases": ["UN"]}


def test_an_acronym_heading_a_body_and_a_bare_number_are_not_the_outlet() -> None:
    assert _resolved([RBC], "an analyst at RBC Capital Markets said") == []
    assert _resolved([RBC], "Russian outlet RBC reported the raid.") == [("RBC", "rbc.ru")]
    assert _resolved([UN], "in breach of UN Security Council resolutions") == [("UN", "un.org")]
    assert _resolved([FOUR], "hostages held by Iran for 444 days") == []


GRANMA = {"domain": "granma.cu", "name": "Granma", "aliases": ["Granma"]}
FAITH = {"domain": "focus.example", "name": "Focus on Faith", "aliases": ["Focus on Faith"]}
INTEREST = {"domain": "nationalinterest.org", "name": "The National Interest",
            "aliases": ["National Interest", "the National Interest"]}


def test_a_thing_named_after_the_outlet_is_not_the_outlet() -> None:
    assert _resolved([GRANMA], "Castro's yacht Granma landed in eastern Cuba in 1956.") == []
    assert _resolved([GRANMA], "Cuba's Granma reported the harvest figures.") == [
        ("Granma", "granma.cu")]


def test_an_apposition_calling_the_name_a_body_of_another_trade() -> None:
    text = "Focus on Faith, the Colorado Springs ministry, opposed the bill."
    assert _resolved([FAITH], text) == []
    # the body noun must head the apposition: "the school board chair" is a person
    text = "Speaking to Focus on Faith, the school board chair said the district would appeal."
    assert _resolved([FAITH], text) == [("Focus on Faith", "focus.example")]


def test_a_plural_subject_after_the_name_in_a_title_case_headline() -> None:
    assert _resolved([INTEREST], "National Interest Waivers Surge for Foreign Doctors") == []
    assert _resolved([INTEREST], "National Interest Reports Surge in Waivers") == [
        ("National Interest", "nationalinterest.org")]
