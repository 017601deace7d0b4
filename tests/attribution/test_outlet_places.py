"""A name qualified by a place the listed outlet is not of is that place's namesake
(service/attribution/outlet_places.py): each case as news writes it, against records the test
writes, with the bundled place table (service/attribution/data/places.tsv)."""

from __future__ import annotations

from typing import Any

from service.attribution import OutletDirectory
from service.attribution.outlet_places import _city_of_domain
from service.attribution.places import countries_of, is_city, is_place

TELEGRAPH = {"domain": "telegraph.co.uk", "name": "The Daily Telegraph",
             "aliases": ["The Telegraph", "the Telegraph"], "country": "GB"}
MIRROR = {"domain": "mirror.co.uk", "name": "Daily Mirror", "country": "GB"}
KOREAN_MBC = {"domain": "imbc.com", "name": "Munhwa Broadcasting Corporation",
              "aliases": ["MBC"], "country": "KR"}
SAUDI_MBC = {"domain": "mbc.net", "name": "MBC (mbc.net)", "country": "SA"}
KCBS = {"domain": "losangeles.cbslocal.com", "name": "KCBS", "country": "US"}
MEDUZA = {"domain": "meduza.io", "name": "Meduza", "country": "LV"}
UNPLACED = {"domain": "almayadeen.net", "name": "Al Mayadeen", "country": "ZZ"}


def _resolved(records: list[dict[str, Any]], text: str) -> list[tuple[str, str]]:
    directory = OutletDirectory(records)
    return [(text[m.start:m.end], m.outlet.domain) for m in directory.find(text)
            if not m.ambiguous]


def test_the_place_table_knows_cities_states_countries_and_nationalities() -> None:
    assert countries_of("Kolkata") == {"IN"}
    assert "LK" in countries_of("Colombo")
    assert countries_of("Queensland") == {"AU"}
    assert countries_of("Chile") == {"CL"}
    assert countries_of("Sri Lankan") == {"LK"}
    assert countries_of("Tuesday") == frozenset()
    assert is_place("Macon") and is_place("Minnesota") and not is_place("telegraph")
    assert is_city("losangeles") and not is_city("minnesota")


def test_an_address_names_a_city_by_a_subdomain_or_a_long_registered_name() -> None:
    assert _city_of_domain("losangeles.cbslocal.com") == "losangeles"
    assert _city_of_domain("jacksonville.com") == "jacksonville"
    # a state, a site's version and a small town's name are no city of the outlet
    assert _city_of_domain("minnesota.cbslocal.com") is None
    assert _city_of_domain("mobile.yahoo.com") is None
    assert _city_of_domain("asahi.com") is None


def test_a_city_possessive_or_appositive_elsewhere_is_a_namesake() -> None:
    records = [TELEGRAPH, MIRROR]
    assert _resolved(records, "Colombo's Daily Mirror reported that rationing would end.") == []
    text = "The Telegraph, a Kolkata daily, reported that the minister skipped the meeting."
    assert _resolved(records, text) == []
    # the listed outlet's own city and country keep it
    assert _resolved(records, "London's Daily Mirror reported that rationing would end.") == [
        ("Daily Mirror", "mirror.co.uk")]
    text = "The Telegraph, a London daily, reported that the minister skipped the meeting."
    assert _resolved(records, text) == [("The Telegraph", "telegraph.co.uk")]


def test_another_city_of_the_country_than_the_address_names_is_a_namesake() -> None:
    text = "San Francisco's KCBS radio said the fog had delayed flights."
    assert _resolved([KCBS], text) == []
    text = "Los Angeles's KCBS radio said the fog had delayed flights."
    assert _resolved([KCBS], text) == [("KCBS", "losangeles.cbslocal.com")]


def test_a_nationality_is_a_namesake_only_where_the_table_lists_one_there() -> None:
    records = [KOREAN_MBC, SAUDI_MBC]
    assert _resolved(records, "Saudi-owned MBC aired the interview.") == []
    assert _resolved([KOREAN_MBC], "South Korean broadcaster MBC aired the interview.") == [
        ("MBC", "imbc.com")]
    # an outlet edited abroad keeps its audience's nationality
    assert _resolved([MEDUZA], "The Russian news site Meduza reported the arrests.") == [
        ("Meduza", "meduza.io")]


def test_a_city_between_the_name_and_its_report_places_it() -> None:
    text = "The Telegraph in Macon reported that the commission rejected the budget."
    assert _resolved([TELEGRAPH], text) == []
    text = "The Telegraph in London reported that the commission rejected the budget."
    assert _resolved([TELEGRAPH], text) == [("The Telegraph", "telegraph.co.uk")]
    # the place of an interview is the event's, and a wire's city is its bureau's
    text = "The president gave an interview to The Telegraph in Nairobi."
    assert _resolved([TELEGRAPH], text) == [("The Telegraph", "telegraph.co.uk")]
    reuters = {"domain": "reuters.com", "name": "Reuters", "country": "GB",
               "kind": "wire_service"}
    assert _resolved([reuters], "Reuters in Moscow reported the arrests.") == [
        ("Reuters", "reuters.com")]


def test_a_bureau_city_and_an_unplaced_outlet_are_left_alone() -> None:
    assert _resolved([UNPLACED], "Lebanon's Al Mayadeen television reported the strikes.") == [
        ("Al Mayadeen", "almayadeen.net")]
    # a place's "-based" is where the outlet works, not which outlet it is
    assert _resolved([MEDUZA], "Riga-based Meduza reported the arrests.") == [
        ("Meduza", "meduza.io")]
    assert _resolved([MEDUZA], "Moscow-based Meduza reported the arrests.") == [
        ("Meduza", "meduza.io")]


def test_a_city_says_nothing_of_state_media_that_work_abroad() -> None:
    # the table's country of a captured or state-controlled outlet is the state that runs it
    herald = {"domain": "chineseherald.co.nz", "name": "Chinese New Zealand Herald",
              "country": "CN", "state_affiliation": "captured"}
    text = "Auckland's Chinese New Zealand Herald ran the advertisement on its front page."
    assert _resolved([herald], text) == [("Chinese New Zealand Herald", "chineseherald.co.nz")]
    # another country's possessive still tells namesakes apart
    nta = {"domain": "nta.ng", "name": "NTA", "country": "NG",
           "state_affiliation": "state_controlled"}
    assert _resolved([nta], "India's NTA postponed the medical entrance exam.") == []


def test_a_place_after_the_article_places_the_name() -> None:
    presse = {"domain": "lapresse.ca", "name": "La Presse", "country": "CA"}
    text = "The Tunis daily La Presse ran the president's speech across four pages."
    assert _resolved([presse], text) == []
    text = "The Montreal daily La Presse ran the premier's speech across four pages."
    assert _resolved([presse], text) == [("La Presse", "lapresse.ca")]


def test_a_datelines_agency_of_another_country_is_a_namesake() -> None:
    cna = {"domain": "channelnewsasia.com", "name": "CNA (Channel NewsAsia)", "aliases": ["CNA"],
           "country": "SG", "kind": "broadcaster", "state_affiliation": "state_controlled"}
    aap = {"domain": "aap.com.au", "name": "Australian Associated Press", "aliases": ["AAP"],
           "country": "AU", "kind": "wire_service"}
    reuters = {"domain": "reuters.com", "name": "Reuters", "country": "GB",
               "kind": "wire_service"}
    records = [cna, aap, reuters]
    # Taiwan's Central News Agency files from Taipei, state media of Singapore or not
    assert _resolved(records, "TAIPEI (CNA) -- Taiwan's defence ministry said on Thursday "
                              "it had tracked 22 aircraft.") == []
    # a dateline of the agency's own country, and a wire service's bureau abroad, stand
    assert _resolved(records, "SINGAPORE (CNA) -- The central bank kept its policy "
                              "unchanged.") == [("CNA", "channelnewsasia.com")]
    assert _resolved(records, "SYDNEY (AAP) - Rain closed the harbour bridge.") == [
        ("AAP", "aap.com.au")]
    assert _resolved(records, "MOSCOW (Reuters) - The central bank raised rates.") == [
        ("Reuters", "reuters.com")]
