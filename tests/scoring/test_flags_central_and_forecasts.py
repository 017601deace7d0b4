"""Vague-only flags an editor acts on: one for the central claim however many of the headline
and lead state it, and none for a trade's forecast ("Analysts expect fares to rise"), which is
commentary rather than a fact the story rests on (wire dev set, bench/validity.py)."""

from __future__ import annotations

from typing import Any

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS


def flags(body: str, headline: str, code: str = "vague_only") -> list[dict[str, Any]]:
    extraction = extract(body, headline=headline).to_dict()
    result = scoring.score_extraction(extraction, headline=headline, priors=DEFAULT_PRIORS)
    return [f for f in result["flags"] if f["code"] == code]


def test_the_headline_and_the_lead_on_hearsay_raise_one_vague_only_flag() -> None:
    found = flags("The central bank is considering an unscheduled rate cut, according to talk "
                  "circulating among dealers on Tuesday.",
                  "Central bank said to weigh surprise rate cut")
    assert len(found) == 1
    assert {s["field"] for s in found[0]["spans"]} == {"headline", "text"}


def test_a_trade_forecast_is_no_vague_only_flag_but_a_vague_fact_is() -> None:
    # a third of the claims on confidential sources: a mixed article, where a vague fact's flag
    # stands (in a well-sourced one every vague body claim is minor)
    body = ("The regulator grounded 14 jets on Monday, its chief said. The airline confirmed "
            "the groundings in a statement. The jets will be back in service by June, the "
            "regulator said.\n\nThe inspections could take weeks, people familiar "
            "with the matter said. Two more airlines are being examined, the people said. A "
            "fourth may follow, the people said.\n\n"
            "Industry analysts said fares on busy routes could rise in the coming weeks.\n\n"
            "Critics said the airline had ignored earlier warnings.")
    extraction = extract(body, headline="Regulator grounds 14 jets").to_dict()
    assert scoring.score_extraction(extraction, headline="Regulator grounds 14 jets",
                                    priors=DEFAULT_PRIORS)["score"]["label"] == "mixed"
    found = flags(body, "Regulator grounds 14 jets")
    texts = [body[s["start"]:s["end"]] for f in found for s in f["spans"]]
    assert any("ignored earlier warnings" in t for t in texts)
    assert not any("fares" in t for t in texts)


def test_a_named_confirmation_right_after_corroborates_an_unnamed_source() -> None:
    body = ("Schools will reopen next week, the minister said.\n\nAn official who was not "
            "authorized to speak publicly said the ministry was preparing to keep unvaccinated "
            "students home. Hours later, Education Minister Gordon Thiessen confirmed the order "
            "on X.\n\nAn aide who spoke on condition of anonymity said the budget would be cut.")
    extraction = extract(body, headline="Ministry to keep students home").to_dict()
    result = scoring.score_extraction(extraction, headline="Ministry to keep students home",
                                      priors=DEFAULT_PRIORS)
    single = [body[s["start"]:s["end"]] for f in result["flags"]
              if f["code"] == "single_anonymous_source" for s in f["spans"]]
    assert any("budget would be cut" in t for t in single)
    assert not any("unvaccinated" in t for t in single)
    assert "on on " not in result["summary"]


def test_the_confidential_speaker_of_the_lead_raises_one_flag_for_the_body_claims_too() -> None:
    # the lead's origin is the group the person speaks of ("investigators believe"), the
    # confidential source is the person: the person's later claims belong to the same flag
    headline = "Ransomware attack behind port outage, source says"
    body = ("A ransomware attack crippled the gate systems at the port of Norrvik this week, and "
            "investigators believe a criminal group was behind it, a person familiar with the "
            "investigation said on Thursday.\n\nThe attackers encrypted servers and demanded "
            "payment in cryptocurrency, said the person, who spoke on condition of anonymity."
            "\n\nA separate official, who asked not to be named, said the port would reopen.")
    single = flags(body, headline, "single_anonymous_source")
    texts = [[body[s["start"]:s["end"]] if s["field"] == "text" else headline[s["start"]:s["end"]]
              for s in f["spans"]] for f in single]
    assert len(single) == 2, texts
    central = next(t for t in texts if any("encrypted servers" in x for x in t))
    assert not any("reopen" in x for x in central)
    assert any(any("reopen" in x for x in t) for t in texts if t is not central)


def test_a_crowd_telling_its_own_experience_is_no_vague_only_flag_but_its_hearsay_is() -> None:
    # an unsupported story (vague hearsay carries it), where every other vague flag stands
    body = ("The Elm Street library will close at the end of the year, according to talk "
            "circulating among staff.\n\nSome residents said they had been blindsided by the "
            "plan. Some parents said their children used the reading room every afternoon.\n\n"
            "Some residents said they had heard the building would be sold to a developer. "
            "Critics said the council had already signed the sale.")
    found = flags(body, "Town library to close, staff say")
    texts = [body[s["start"]:s["end"]] for f in found for s in f["spans"]]
    assert any("building would be sold" in t for t in texts)
    assert any("already signed the sale" in t for t in texts)
    assert not any("blindsided" in t for t in texts)
    assert not any("reading room" in t for t in texts)


def test_a_class_voicing_its_view_is_no_vague_only_flag_but_hearsay_is() -> None:
    # thirtieth session: a broad class's own view in the body ("Advocates say", "Some
    # parents said") is flagged by the wire readers about one time in three, hearsay ("it is
    # believed", "talk circulating") four times in five
    body = ("The Elm Street library will close at the end of the year, according to talk "
            "circulating among staff.\n\nAdvocates say the closure will hurt children the most."
            "\n\nIt is believed that the building will be sold to a developer.")
    texts = [body[s["start"]:s["end"]] for f in flags(body, "Town library to close, staff say")
             for s in f["spans"]]
    assert any("sold to a developer" in t for t in texts)
    assert not any("hurt children" in t for t in texts)
