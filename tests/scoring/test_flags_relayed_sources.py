"""An outlet's unnumbered "sources" (eleventh session, wire dev): "Kyodo reported, citing
transport ministry sources" is no single anonymous source; the claim still reaches the reader
second-hand, and that flag stands. An outlet's one confidential source ("citing a source in
law enforcement") keeps both flags."""

from __future__ import annotations

from service import scoring
from service.attribution import OutletDirectory, extract
from service.scoring import DEFAULT_PRIORS

HEADLINE = "Airline to ground six jets"
DIRECTORY = OutletDirectory([{"domain": "kyodonews.net", "name": "Kyodo News",
                              "aliases": ["Kyodo", "Kyodo news agency"]}])


def flag_codes(lead: str) -> set[str]:
    extraction = extract(lead, headline=HEADLINE, directory=DIRECTORY).to_dict()
    scored = scoring.score_extraction(extraction, headline=HEADLINE, priors=DEFAULT_PRIORS)
    return {f["code"] for f in scored["flags"]}


def test_an_outlets_sources_are_no_single_source() -> None:
    codes = flag_codes("Skyward Air will ground six jets for engine checks, the Kyodo news agency "
                       "reported, citing transport ministry sources.")
    assert "single_anonymous_source" not in codes
    assert "no_independent_corroboration" in codes


def test_an_outlets_one_source_is_flagged_twice() -> None:
    codes = flag_codes("Skyward Air will ground six jets for engine checks, the Kyodo news agency "
                       "reported, citing a source in the transport ministry.")
    assert {"single_anonymous_source", "no_independent_corroboration"} <= codes


def test_one_confidential_source_carrying_the_central_claim_is_one_flag() -> None:
    headline = "Telvia explores sale of tower unit - source"
    body = ("Telvia is exploring a sale of its mobile tower business, a person familiar with the "
            "matter said on Tuesday.\n\nThe company has hired advisers and sounded out funds in "
            "recent weeks, the person said. A formal sale process could begin after the summer, "
            "the person added.")
    extraction = extract(body, headline=headline).to_dict()
    scored = scoring.score_extraction(extraction, headline=headline, priors=DEFAULT_PRIORS)
    single = [f for f in scored["flags"] if f["code"] == "single_anonymous_source"]
    assert len(single) == 1
    positions = {c["position"] for c in scored["claims"] if c["id"] in single[0]["claims"]}
    assert positions == {"headline", "lead", "body"}


def test_the_message_for_plural_sources_says_sources() -> None:
    extraction = extract("Sources close to the club said the coach would go.").to_dict()
    scored = scoring.score_extraction(extraction, headline=None, priors=DEFAULT_PRIORS)
    messages = [f["message"] for f in scored["flags"] if f["code"] == "single_anonymous_source"]
    assert len(messages) == 1 and "anonymous sources alone" in messages[0]
    assert "one anonymous source" not in messages[0]
