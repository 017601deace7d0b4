"""Forms met on the forty-ninth and fiftieth wire batches' dev articles (fact checks, tabloid
and regional copy): a social-media post is a document and plural posts nobody in particular
wrote are vague, as "reports" are; a caption and a file's metadata are records; a body's
"published figures" are its record, not the body; a named hotel or studio referred back to is
that business; and a person placed "near" or "around" a named place is the person, not the
place."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract


def sources(text: str) -> list[tuple[str, str]]:
    return [(a["source"]["text"], a["source"]["kind"])
            for a in extract(text).to_dict()["attributions"] if a["source"] is not None]


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("A widely shared social media post claiming that the shot tripled admissions is false, "
     "figures show.", "A widely shared social media post", "document"),
    ("Posts on social media claimed the mayor had resigned.", "Posts", "vague"),
    ("Social media posts said the mayor had resigned.", "Social media posts", "vague"),
    ("His posts said the mayor had resigned.", "His posts", "document"),
    ("The caption said the video was proof that the fire was set.", "The caption", "document"),
    ("Its metadata shows it was recorded on May 22, 2019.", "Its metadata", "document"),
    ("The claim is false, the authority's published data show.",
     "the authority's published data", "document"),
    ("The claim is false, the regional health authority's own published figures show.",
     "the regional health authority's own published figures", "document"),
])
def test_posts_captions_and_published_records(text: str, source: str, kind: str) -> None:
    assert (source, kind) in sources(text)


@pytest.mark.parametrize("text", [
    "The Ravel Hotel is owned by a trust. The hotel said it had cancelled 40 bookings.",
    "Northlight Studios is closing. The studio said it had cancelled 40 shows.",
])
def test_a_business_referred_back_to_is_named(text: str) -> None:
    said = sources(text)
    assert said and said[-1][1] == "named_expert"


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("A farmer near Ede told the broadcaster that offers were low.", "A farmer near Ede",
     "anonymous_described"),
    ("A shopkeeper outside Waterloo Station said trade was slow.",
     "A shopkeeper outside Waterloo Station", "anonymous_described"),
    ("Residents around Lake Ravsjon complained about a smell for weeks.",
     "Residents around Lake Ravsjon", "vague"),
    ("Residents around the lake complained about a smell for weeks.",
     "Residents around the lake", "vague"),
])
def test_a_person_placed_near_a_named_place_is_the_person(text: str, source: str,
                                                          kind: str) -> None:
    assert sources(text) == [(source, kind)]


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("Kelly Shelley has quit the soap, a source close to the actress told the Daily Star. "
     "Another insider claimed tensions had been building.\n\n\"There has been bad feeling,\" "
     "the person told the OK! website.", "the person", "anonymous_described"),
    ("\"It would be the best thing,\" said one regular, who used to drink at the Plough.",
     "one regular", "anonymous_described"),
    ("Some fans online said they would boycott the show.", "Some fans online", "vague"),
    ("The club is bottom of the league, according to the EFL table.", "the EFL table",
     "document"),
    ("About 40,000 people have crossed, according to government estimates.",
     "government estimates", "document"),
    ("About 40,000 people have crossed, according to industry estimates.",
     "industry estimates", "vague"),
    ("Two dockworkers interviewed at the port gates on Thursday, who did not want to be "
     "named, said many of their colleagues had taken second jobs.",
     "Two dockworkers interviewed at the port gates on Thursday", "anonymous_described"),
])
def test_people_and_records_of_fresh_copy(text: str, source: str, kind: str) -> None:
    assert (source, kind) in sources(text)


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("Bloomberg reported the deal. The Bloomberg report said the talks were advanced.",
     "The Bloomberg report", "outlet"),
    ("The Mueller report said there was no conspiracy.", "The Mueller report", "document"),
])
def test_an_outlets_report_named_before_it_is_the_outlet(text: str, source: str,
                                                         kind: str) -> None:
    bloomberg = OutletDirectory([{"domain": "bloomberg.com", "name": "Bloomberg",
                                  "aliases": ["Bloomberg News"]}])
    said = [(a["source"]["text"], a["source"]["kind"])
            for a in extract(text, directory=bloomberg).to_dict()["attributions"]]
    assert (source, kind) in said


def test_a_company_listed_on_an_exchange_says_nothing() -> None:
    said = extract("Kestrel, a mid-sized producer listed in Johannesburg, said output would "
                   "fall.").to_dict()["attributions"]
    assert [(a["cue"]["text"], a["source"]["text"]) for a in said] == [("said", "Kestrel")]
    # a record that lists something still speaks
    listed = extract("The filing listed on Monday the names of 40 donors.").to_dict()
    assert [a["cue"]["text"] for a in listed["attributions"]] == ["listed"]


@pytest.mark.parametrize("text", [
    "Marine insurers warned that premiums for the route would rise.",
    "Freight forwarders said cargo was piling up at the port.",
    "Developers say the rules have slowed construction.",
])
def test_a_trade_at_large_is_vague(text: str) -> None:
    assert [kind for _, kind in sources(text)] == ["vague"]


def test_a_trade_granted_anonymity_stays_unnamed() -> None:
    said = sources("Two executives familiar with the plan said the sale would be announced "
                   "on Monday.")
    assert [kind for _, kind in said] == ["anonymous_described"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Several residents told Reuters the water had turned brown.", "anonymous_described"),
    ("Drivers told the paper that the road had been closed since dawn.", "anonymous_described"),
    ("Several new arrivals told the charity they had walked for days.", "anonymous_described"),
    ("Two other potential funders told the paper they had pulled out.", "anonymous_described"),
    # a trade at large and an uncounted "some" stay vague; so does a group that only said it
    ("Analysts told Reuters the deal looked cheap.", "vague"),
    ("Some residents told the paper the water was brown.", "vague"),
    ("Residents said the water had turned brown.", "vague"),
])
def test_people_who_told_an_outlet_are_particular(text: str, kind: str) -> None:
    assert [k for _, k in sources(text)] == [kind]


@pytest.mark.parametrize(("text", "source"), [
    ("The price rose by a tenth, according to its most recent price announcement.",
     "its most recent price announcement"),
    ("Services were suspended until May, according to notices on the company's website.",
     "notices on the company's website"),
    ("Traffic on the bridge fell by a third, according to state traffic counts.",
     "state traffic counts"),
    ("Growth slowed in the third quarter, according to Bank of Portugal estimates.",
     "Bank of Portugal estimates"),
])
def test_announcements_notices_and_counts_are_records(text: str, source: str) -> None:
    assert (source, "document") in sources(text)
