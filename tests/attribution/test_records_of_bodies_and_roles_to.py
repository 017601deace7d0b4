"""Records a body keeps and publishes ("the Bank of Spain's annual report", "Nielsen figures
reported by TVNewser", "estimates published by the Office of Rail and Road"), a poll that "put"
a party "on 21 percent", roles held "to" someone ("An adviser to the group's leadership"), a
trade noun standing for the firm just named, a declined request as no claim, a name with an
Italian particle, and "told Sky Sports" as a venue. Found with the sixty-ninth and seventieth
wire batches (twenty-sixth session)."""

from __future__ import annotations

from typing import Any

import pytest

from service import scoring
from service.attribution import OutletDirectory, extract
from service.scoring import DEFAULT_PRIORS


def found(text: str, directory: OutletDirectory | None = None) -> list[dict[str, Any]]:
    return list(extract(text, directory=directory).to_dict()["attributions"])


def claims(text: str, directory: OutletDirectory | None = None) -> list[dict[str, Any]]:
    return [a for a in found(text, directory) if a["claim"]]


@pytest.mark.parametrize(("text", "source", "kind"), [
    # the body's name holds an "of": the head is the record after its "'s"
    ("Households spend 38% of their income on housing, according to the Bank of Spain's annual "
     "report.", "the Bank of Spain's annual report", "document"),
    ("The number has tripled since 2020, according to the bureau's most recent annual report "
     "to Congress.", "the bureau's most recent annual report to Congress", "document"),
    ("The council will miss its target, a report to councillors has concluded.",
     "a report to councillors", "document"),
    ("Hale's audience has fallen by a fifth, according to Nielsen figures reported by TVNewser.",
     "Nielsen figures reported by TVNewser", "document"),
    ("Passenger numbers fell by a fifth, according to station usage estimates published by the "
     "Office of Rail and Road.",
     "station usage estimates published by the Office of Rail and Road", "document"),
    # a trade's own estimates, unpublished, stay talk
    ("Industry estimates suggest sales fell.", "Industry estimates", "vague"),
    # roles held towards someone: the adviser speaks, not the one advised
    ("An adviser to the president told The Associated Press that a delegation would travel.",
     "An adviser to the president", "anonymous_described"),
    ("An adviser to the group's leadership, speaking on condition of anonymity because he was "
     "not authorized to brief journalists, told The Associated Press that an RSF delegation "
     "would travel to Jiddah on Monday.", "An adviser to the group's leadership",
     "anonymous_described"),
    # a firm named again by its trade
    ("Suppliers to Glenmore Co-operative will be paid 2c a litre less for milk, the Co Cork "
     "processor has confirmed.", "the Co Cork processor", "named_expert"),
])
def test_the_source_phrase_and_its_kind(text: str, source: str, kind: str) -> None:
    assert [(a["source"]["text"], a["source"]["kind"]) for a in claims(text)] == [(source, kind)]


def test_the_holder_of_a_post_to_a_body_is_named() -> None:
    said = claims("The ambassador to the United Nations said the vote was delayed.")
    assert [a["source"]["text"] for a in said] == ["The ambassador to the United Nations"]
    assert said[0]["source"]["kind"].startswith("named_")


def test_a_published_report_after_its_source_leaves_the_claim_before_the_cue() -> None:
    said = claims("Rents rose, according to a report by the central bank, published on Monday.")
    assert [(a["source"]["text"], a["content"]["text"]) for a in said] == [
        ("a report by the central bank", "Rents rose")]
    # a claim around the source still covers both sides of it
    around = claims("Rents, according to the ministry, rose 5%.")
    assert [a["content"]["text"] for a in around] == ["Rents, according to the ministry, rose 5%"]


@pytest.mark.parametrize(("text", "content"), [
    ("A poll by Kestrel Research put National Renewal on 21 percent.",
     "National Renewal on 21 percent"),
    ("The survey put Labour on 38% and the Tories on 25%.", "Labour on 38% and the Tories on 25%"),
])
def test_a_poll_puts_a_party_on_a_share(text: str, content: str) -> None:
    assert [(a["cue"]["text"], a["content"]["text"]) for a in claims(text)] == [("put", content)]


def test_putting_troops_on_alert_is_no_figure() -> None:
    assert claims("The army put 5,000 troops on 24-hour alert.") == []


@pytest.mark.parametrize("text", [
    "He declined repeated requests for an interview.",
    "She refused an invitation to testify before the committee.",
])
def test_a_request_turned_down_is_no_claim(text: str) -> None:
    assert found(text) and claims(text) == []


def test_an_italian_masthead_keeps_its_particle(directory: OutletDirectory) -> None:
    said = claims("Italian newspaper La Gazzetta dello Sport reported last month that two clubs "
                  "had asked about Varga.", directory)
    assert [(a["source"]["text"], a["source"]["kind"]) for a in said] == [
        ("Italian newspaper La Gazzetta dello Sport", "outlet")]


def test_told_sky_sports_is_a_venue_of_its_own(directory: OutletDirectory) -> None:
    chains = extract('"Tomas is ours," Ashworth told Sky Sports after the game.',
                     directory=directory).chains
    assert [[(h["role"], h["kind"]) for h in c["hops"]] for c in chains] == [
        [("publisher", "publisher"), ("venue", "unnamed_outlet"), ("origin", "named_person")]]
    # a company so named, speaking for itself, stays a named source with no venue
    assert [(a["source"]["text"], a["source"]["kind"]) for a in claims(
        "JD Sports said profits rose.", directory)] == [("JD Sports", "named_person")]


def _single_anonymous(body: str) -> list[dict[str, Any]]:
    result = scoring.score_extraction(extract(body).to_dict(), headline=None,
                                      priors=DEFAULT_PRIORS)
    return [f for f in result["flags"] if f["code"] == "single_anonymous_source"]


def test_aides_to_someone_are_several_and_one_aide_is_one() -> None:
    assert _single_anonymous("Aides to Governor Ray said she would sign the bill.") == []
    assert len(_single_anonymous("An aide to the governor said she would sign the bill.")) == 1


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    # a decision or an agreement named at the head of its sentence says what follows
    ("Under the order, the bank must hire an independent consultant within 60 days.",
     "the order", "Under", "the bank must hire an independent consultant within 60 days"),
    ("Under the communique, Tanzania will scrap a requirement introduced in October.",
     "the communique", "Under", "Tanzania will scrap a requirement introduced in October"),
    # a record's own verbs: a valuation, a count that shows, guidelines that state
    ("The county agricultural commissioner's latest crop report valued the county's cling "
     "peach harvest at $41 million.",
     "The county agricultural commissioner's latest crop report", "valued",
     "the county's cling peach harvest at $41 million"),
    ("Maya won in the final round, the canvass shows.", "the canvass", "shows",
     "Maya won in the final round"),
    ("The commission's election guidelines state that a recount may be granted.",
     "The commission's election guidelines", "state", "that a recount may be granted"),
])
def test_a_record_says_what_it_holds(text: str, source: str, cue: str, content: str) -> None:
    assert [(a["source"]["text"], a["cue"]["text"], a["content"]["text"])
            for a in claims(text)] == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    # a law, a plan or a code so named is background or someone else's account
    "Under the law, companies must report breaches to the office immediately.",
    "Under the plan, those students will be bused to schools in Dunmore Crossing.",
    "European Union data protection rules require companies to notify regulators within 72 "
    "hours.",
    "The deal, valued at about $2 billion, closed on Friday.",
])
def test_background_rules_and_values_are_no_claims(text: str) -> None:
    assert claims(text) == []


def test_a_masthead_ending_in_ledger_stays_an_outlet() -> None:
    said = claims("Quillon plans to cut 1,200 jobs, the Daily Ledger reported on Thursday.")
    assert [(a["source"]["text"], a["source"]["kind"]) for a in said] == [
        ("the Daily Ledger", "outlet")]


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    # a court's finding
    ("Justice Meenakshi Arora, allowing an election petition filed by the runner-up, held that "
     "the non-disclosure amounted to a corrupt practice.", "Justice Meenakshi Arora", "held",
     "that the non-disclosure amounted to a corrupt practice"),
    # a titled name in the appositive after a role
    ("The chairman of the association, Dr Terkula Agber, said members had exhausted dialogue.",
     "Dr Terkula Agber", "said", "members had exhausted dialogue"),
    ("The chairman, Sen. Tom Hale, said members had exhausted dialogue.", "Sen. Tom Hale",
     "said", "members had exhausted dialogue"),
    # the terms of anonymity and their reason after the cue are no content
    ("The man stole cars, a police official said on condition of anonymity on Tuesday.",
     "a police official", "said", "The man stole cars"),
    ("The man stole cars, an official said on condition of anonymity because the case is "
     "sensitive.", "an official", "said", "The man stole cars"),
    ("The deal is close, one official said on background.", "one official", "said",
     "The deal is close"),
])
def test_source_cue_and_content(text: str, source: str, cue: str, content: str) -> None:
    assert [(a["source"]["text"], a["cue"]["text"], a["content"]["text"])
            for a in claims(text)] == [(source, cue, content)]


def test_holding_a_post_is_no_finding() -> None:
    assert claims("He held that post for a decade.") == []


def test_a_dateline_with_a_colon_is_no_speaker() -> None:
    said = claims("LAHORE: A former bank manager is suspected of running a gang, a senior "
                  "police official said on Tuesday.\n\nThe gang sold the cars abroad.")
    # (the content starts with the sentence, dateline and all, as after "BEIJING (Reuters) -")
    assert [(a["source"]["text"], a["content"]["text"]) for a in said] == [
        ("a senior police official",
         "LAHORE: A former bank manager is suspected of running a gang")]
    # a transcript's speaker in capitals still speaks
    turn = claims("TAPPER: And obviously the president is in trouble.\n\nCRUZ: That is right.")
    assert [a["source"]["text"] for a in turn] == ["TAPPER", "CRUZ"]


@pytest.mark.parametrize(("text", "source", "kind"), [
    # the record of a venue and who signed it, between the body and its verb
    ("The Kenya Federation of Sugarcane Growers, in a statement signed by its "
     "secretary-general, Hezron Makokha, said local millers could not compete.",
     "The Kenya Federation of Sugarcane Growers", "named_expert"),
    ("The state gained 80,000 people, according to Census Bureau estimates released in "
     "December.", "Census Bureau estimates released in December", "document"),
    # a house's analysts with the one who leads them
    ('"Holding back water is rational," analysts at DNB Carnegie led by Marius Holt wrote in a '
     "note to clients.", "analysts at DNB Carnegie led by Marius Holt", "named_expert"),
    # who speaks for a person or a firm, as a spokesperson does; a lawmaker from a state not
    ("A representative for the singer said she was safe.", "A representative for the singer",
     "named_official"),
    ("A publicist for the actress said she was safe.", "A publicist for the actress",
     "named_official"),
    ("A representative from Ohio said the bill was dead.", "A representative from Ohio",
     "anonymous_described"),
])
def test_who_speaks_and_as_what(text: str, source: str, kind: str) -> None:
    assert [(a["source"]["text"], a["source"]["kind"]) for a in claims(text)] == [(source, kind)]


@pytest.mark.parametrize(("text", "source"), [
    ("A flight was forced to divert after a passenger allegedly attacked a member of the crew, "
     "the airline said.", "the airline"),
    ("Police said the man allegedly stole three cars.", "Police"),
    ("The man reportedly fled to Spain, the newspaper said.", "the newspaper"),
])
def test_a_hearsay_adverb_is_the_named_sources_hedge(text: str, source: str) -> None:
    assert [a["source"]["text"] for a in claims(text)] == [source]


def test_a_hearsay_adverb_alone_stays_vague() -> None:
    said = claims("The man allegedly stole three cars.")
    assert [(a["source"]["text"], a["source"]["kind"]) for a in said] == [
        ("allegedly", "vague")]
