"""General rules of the outlet directory found with the second mention set (dev2): each test
writes the case as news writes it and asserts the domain resolved, or that nothing resolves."""

from __future__ import annotations

from typing import Any

from service.attribution import OutletDirectory


def _resolved(records: list[dict[str, Any]], text: str) -> list[tuple[str, str]]:
    directory = OutletDirectory(records)
    return [(text[m.start:m.end], m.outlet.domain) for m in directory.find(text)
            if not m.ambiguous]


COURIER_JOURNAL = {"domain": "courier-journal.com", "name": "The Courier-Journal",
                   "aliases": ["Courier-Journal", "the Courier-Journal"]}
BLOOMBERG = {"domain": "bloomberg.com", "name": "Bloomberg"}


def test_a_city_before_a_hyphenated_masthead_is_no_first_name() -> None:
    # "Jackson", "Eugene", "Louisville": a city that could be a first name, before a masthead
    text = "The Louisville Courier-Journal first reported the settlement."
    assert _resolved([COURIER_JOURNAL], text) == [("Courier-Journal", "courier-journal.com")]
    # a one-word name after a first name is still a surname
    assert _resolved([BLOOMBERG], "Michael Bloomberg said it.") == []
    zeta = {"domain": "zeta-jones.example", "name": "Zeta-Jones"}
    assert _resolved([zeta], "Catherine Zeta-Jones said it.") == []


OKLAHOMAN = {"domain": "oklahoman.com", "name": "The Oklahoman",
             "aliases": ["Oklahoman", "the Oklahoman"]}
NEW_YORKER = {"domain": "newyorker.com", "name": "The New Yorker",
              "aliases": ["New Yorker", "the New Yorker"]}
CNN = {"domain": "cnn.com", "name": "CNN"}


def test_a_name_counted_by_an_article_is_a_person_or_a_thing() -> None:
    records = [OKLAHOMAN, NEW_YORKER, CNN]
    for text in ("A lifelong Oklahoman, she moved to Dallas.",
                 "Every Oklahoman over 16 may apply.",
                 "The suspect, a New Yorker who had moved to Florida, was arrested.",
                 "As a native New Yorker, the mayor knew the block."):
        assert _resolved(records, text) == [], text


def test_a_name_after_an_article_still_names_what_the_outlet_makes() -> None:
    records = [OKLAHOMAN, NEW_YORKER, CNN]
    assert _resolved(records, "An Oklahoman reporter asked the mayor.") == [
        ("Oklahoman", "oklahoman.com")]
    assert _resolved(records, "a new CNN poll showed") == [("CNN", "cnn.com")]
    assert _resolved(records, "a CNN/SSRS survey found") == [("CNN", "cnn.com")]
    assert _resolved(records, "said a CNN legal analyst") == [("CNN", "cnn.com")]
    assert _resolved([REUTERS], "a Reuters witness saw the convoy") == [
        ("Reuters", "reuters.com")]
    assert _resolved(records, "in a story in the New Yorker, he wrote") == [
        ("the New Yorker", "newyorker.com")]
    assert _resolved(records, "told the Oklahoman that") == [("the Oklahoman", "oklahoman.com")]


NIKKEI = {"domain": "nikkei.com", "name": "Nikkei", "aliases": ["Nikkei", "Nikkei Asia"]}
ASAHI = {"domain": "asahi.com", "name": "The Asahi Shimbun", "aliases": ["Asahi"]}


def test_a_name_quoted_on_a_market_is_a_share_or_an_index() -> None:
    records = [NIKKEI, ASAHI]
    for text in ("The Nikkei fell 1.8 percent in Tokyo on Friday.",
                 "Japan's Nikkei 225 index closed at a record high.",
                 "Tokyo shares rose, with the Nikkei average gaining 400 points.",
                 "Shares of Asahi fell after the brewer cut its forecast."):
        assert _resolved(records, text) == [], text


def test_the_outlet_that_shares_an_index_name_still_reports() -> None:
    records = [NIKKEI, ASAHI]
    assert _resolved(records, "Nikkei reported that the automaker would cut output.") == [
        ("Nikkei", "nikkei.com")]
    assert _resolved(records, "according to the Nikkei business daily") == [
        ("Nikkei", "nikkei.com")]
    assert _resolved(records, "Asahi reported the figures on Monday.") == [
        ("Asahi", "asahi.com")]


NATIONAL_REVIEW = {"domain": "nationalreview.com", "name": "National Review",
                   "aliases": ["National Review", "the National Review"]}
MORNING_STAR = {"domain": "morningstaronline.co.uk", "name": "Morning Star",
                "aliases": ["Morning Star", "the Morning Star"]}
HARPERS = {"domain": "harpers.org", "name": "Harper's Magazine", "aliases": ["Harper's"]}
REUTERS = {"domain": "reuters.com", "name": "Reuters"}
FOX_NEWS = {"domain": "foxnews.com", "name": "Fox News"}


def test_a_name_of_several_words_heading_a_longer_name_is_not_the_outlet() -> None:
    records = [NATIONAL_REVIEW, MORNING_STAR, HARPERS]
    for text in ("The National Review Board released its annual audit.",
                 "Members of Morning Star Baptist Church held a vigil on Sunday.",
                 "Harper's Bazaar named a new editor in chief."):
        assert _resolved(records, text) == [], text
    assert _resolved(records, "National Review endorsed the governor.") == [
        ("National Review", "nationalreview.com")]


def test_a_date_or_the_outlets_own_section_after_a_name_is_no_longer_name() -> None:
    records = [REUTERS, FOX_NEWS]
    assert _resolved(records, "The minister told Reuters Tuesday that talks had failed.") == [
        ("Reuters", "reuters.com")]
    assert _resolved(records, "He said on Fox News Sunday that he would run.") == [
        ("Fox News", "foxnews.com")]
    assert _resolved(records, "Reuters Institute researchers surveyed readers.") == []


def test_a_line_ending_in_a_full_stop_is_running_text_not_a_headline() -> None:
    records = [MORNING_STAR]
    # the same words as a headline, without a full stop, keep the name
    assert _resolved(records, "Morning Star Says Strike Will Go Ahead\nThe union said.") == [
        ("Morning Star", "morningstaronline.co.uk")]
    assert _resolved(records, "Morning Star Baptist Church Holds Vigil.") == []


GUARDIAN = {"domain": "theguardian.com", "name": "The Guardian", "aliases": ["the Guardian"]}


def test_a_name_an_apposition_calls_a_work_is_the_work() -> None:
    records = [GUARDIAN, REUTERS]
    for text in ("Costner played a rescue swimmer in The Guardian, a 2006 film.",
                 "She sang The Guardian, the title song of her third album, last."):
        assert _resolved(records, text) == [], text
    assert _resolved(records, "The Guardian, a British daily, first reported it.") == [
        ("The Guardian", "theguardian.com")]
    # no comma, no apposition: "the film" is what Reuters was told about
    assert _resolved(records, "The studio told Reuters the film would open in May.") == [
        ("Reuters", "reuters.com")]
