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


def test_a_line_mostly_in_capitals_is_a_headline_and_keeps_the_name() -> None:
    records = [MORNING_STAR, {"domain": "washingtonpost.com", "name": "The Washington Post",
                              "aliases": ["Washington Post", "the Washington Post"]}]
    # a headline, with or without a full stop, keeps the name
    assert _resolved(records, "Morning Star Says Strike Will Go Ahead\nThe union said.") == [
        ("Morning Star", "morningstaronline.co.uk")]
    assert _resolved(records, "Washington Post Hires Reporters To Cover City Hall.") == [
        ("Washington Post", "washingtonpost.com")]
    # a sentence with many proper names but some plain words is running text
    assert _resolved(records, "Members of Morning Star Baptist Church held a vigil on Sunday.") \
        == []


def test_a_name_of_several_words_goes_on_to_its_own_products_unless_a_body_follows() -> None:
    post = {"domain": "washingtonpost.com", "name": "The Washington Post",
            "aliases": ["Washington Post", "the Washington Post"]}
    un = {"domain": "un.org", "name": "United Nations", "kind": "government",
          "aliases": ["United Nations", "the United Nations"]}
    assert _resolved([post], "The Washington Post Fact Checker gave him two Pinocchios.") == [
        ("The Washington Post", "washingtonpost.com")]
    assert _resolved([FOX_NEWS], "He said on ''Fox News Sunday'' that he would run.") == [
        ("Fox News", "foxnews.com")]
    assert _resolved([FOX_NEWS], "Fox News Channel White House correspondent Ed Henry said it."
                     ) == [("Fox News", "foxnews.com")]
    # a body's longer name is one of its organs: still the body
    assert _resolved([un], "In 2009 the United Nations Security Council imposed sanctions.") == [
        ("the United Nations", "un.org")]


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


def test_after_an_article_a_function_word_or_participle_makes_a_person() -> None:
    records = [NEW_YORKER, OKLAHOMAN, FOX_NEWS]
    assert _resolved(records, "Trump is a New Yorker in ways Clinton is not.") == []
    assert _resolved(records, "a native Oklahoman living abroad") == []
    # any other word after "a" is what the outlet's name modifies
    assert _resolved(records, "She rejected a Fox News proposal for a debate.") == [
        ("Fox News", "foxnews.com")]
    # bodies and platforms take their own nouns: "a State Department official"
    state = {"domain": "state.gov", "name": "State Department", "kind": "government"}
    assert _resolved([state], "a State Department official said") == [
        ("State Department", "state.gov")]


def test_a_polling_average_is_no_market() -> None:
    rcp = {"domain": "realclearpolitics.com", "name": "RealClearPolitics"}
    assert _resolved([rcp], "She trails in the RealClearPolitics average by 9 points.") == [
        ("RealClearPolitics", "realclearpolitics.com")]
    assert _resolved([rcp], "the RealClearPolitics average rose 2 points") == [
        ("RealClearPolitics", "realclearpolitics.com")]
    assert _resolved([NIKKEI], "the Nikkei average gaining 400 points") == []


def test_the_name_of_a_one_word_masthead_before_of_a_name_is_a_title() -> None:
    records = [{"domain": "theage.com.au", "name": "The Age", "aliases": ["The Age"]},
               {"domain": "timesofindia.com", "name": "The Times of India"},
               {"domain": "thetimes.co.uk", "name": "The Times", "aliases": ["The Times"]}]
    assert _resolved(records, "Scorsese's The Age of Innocence was restored.") == []
    assert _resolved(records, "The Times of India reported the figure.") == [
        ("The Times of India", "timesofindia.com")]
    assert _resolved(records, "The Age reported that the premier would resign.") == [
        ("The Age", "theage.com.au")]
    assert _resolved(records, "A reporter for The Times of the day said so.") == [
        ("The Times", "thetimes.co.uk")]  # "of the day": no name follows


TOWNHALL = {"domain": "townhall.com", "name": "Townhall"}
DPA = {"domain": "dpa.com", "name": "dpa", "aliases": ["dpa"]}


def test_a_one_word_name_before_a_plural_it_makes_nothing_of_is_a_compound() -> None:
    records = [TOWNHALL, CNN, DPA]
    assert _resolved(records, "Townhall meetings were cancelled across the district.") == []
    assert _resolved(records, "CNN reporters were barred from the event.") == [
        ("CNN", "cnn.com")]  # people the outlet employs
    assert _resolved(records, "Townhall reports that the bill stalled.") == [
        ("Townhall", "townhall.com")]  # the outlet's verb
    assert _resolved(records, "A lawyer told dpa his client would appeal.") == [
        ("dpa", "dpa.com")]  # a pronoun, not a plural noun


def test_a_masthead_before_another_capitalised_word_in_a_sentence_heads_a_title() -> None:
    spectator = {"domain": "spectator.co.uk", "name": "The Spectator",
                 "aliases": ["The Spectator"]}
    assert _resolved([spectator], "The Spectator Bird won the National Book Award.") == []
    assert _resolved([spectator], "The Spectator reported that the minister resigned.") == [
        ("The Spectator", "spectator.co.uk")]
    # a headline in title case writes every word with a capital: nothing is proved
    assert _resolved([spectator], "The Spectator Says Minister Will Resign") == [
        ("The Spectator", "spectator.co.uk")]


def test_a_country_before_a_name_that_another_country_uses_is_another_outlet() -> None:
    tvn = {"domain": "tvn24.pl", "name": "TVN", "country": "PL"}
    assert _resolved([tvn], "Chile's TVN broadcast the final live.") == []
    assert _resolved([tvn], "Poland's TVN broadcast the final live.") == [("TVN", "tvn24.pl")]
    assert _resolved([tvn], "Warsaw-based TVN broadcast the final live.") == [
        ("TVN", "tvn24.pl")]


def test_a_name_an_apposition_calls_a_person_is_that_person() -> None:
    mother_jones = {"domain": "motherjones.com", "name": "Mother Jones"}
    text = "A statue of Mother Jones, the labor organizer, was unveiled in West Virginia."
    assert _resolved([mother_jones], text) == []
    text = "Mother Jones, the progressive magazine, reported the donations first."
    assert _resolved([mother_jones], text) == [("Mother Jones", "motherjones.com")]
