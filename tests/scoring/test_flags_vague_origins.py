"""`vague_only` where the vague words reach the reader through a speaker (wire dev set,
bench/validity.py, ninth session): a person who tells what a group said or did carries the
claim ("A nurse ... said employees had complained ..."), so it is not vague-only; a speaker who
cites "reports" for the claim passes the vague words on, and the flag stays."""

from __future__ import annotations

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS

HEADLINE = "Hospital water checked after outbreak"
# A lead on a named source and a body a third of which rests on confidential sources: a mixed
# article, where a vague body claim's flag stands (in a well-sourced or a weakly sourced one it
# is minor either way, and these tests would prove nothing).
LEAD = ("The hospital closed its east tower on Monday, the health department said.\n\n"
        "The closure will last at least a month, people familiar with the plans said. Two of "
        "the wards will move to the west wing, the people said. A third will close in March, "
        "the people said.\n\n")
END = ("\n\nThe hospital's chief executive, Ann Lord, said patients were safe. The health "
       "department said it would publish test results on Friday. Lord said the tower would "
       "reopen in the spring.")


def score(body: str, headline: str = HEADLINE) -> dict:
    extraction = extract(body, headline=headline).to_dict()
    return scoring.score_extraction(extraction, headline=headline, priors=DEFAULT_PRIORS)


def flags(body: str, headline: str = HEADLINE) -> list[dict]:
    return list(score(body, headline)["flags"])


def flagged(body: str, code: str = "vague_only") -> list[str]:
    """The flagged spans of `body` set between LEAD and END, in a mixed article."""
    text = body + END if body.startswith(LEAD) else body
    scored = score(text)
    if body.startswith(LEAD):
        assert scored["score"]["label"] == "mixed"
    return [text[s["start"]:s["end"]] for f in scored["flags"] if f["code"] == code
            for s in f["spans"] if s.get("field") != "headline"]


def test_a_speaker_telling_what_a_group_said_carries_the_claim() -> None:
    body = LEAD + (
        "A nurse at the hospital, who spoke on condition of anonymity, said employees had "
        "complained since late last year that hot water in the east tower often ran lukewarm.")
    assert flagged(body) == []
    # the claim rests on the nurse, one confidential source
    assert flagged(body, "single_anonymous_source")


def test_a_speaker_citing_reports_passes_the_vague_words_on() -> None:
    body = LEAD + (
        "Boris Kell, a commentator, said on Monday, citing reports, that the tower's boilers "
        "had failed twice in October.")
    assert any("boilers" in span or "reports" in span for span in flagged(body))


def test_a_group_on_its_own_is_still_vague_only() -> None:
    body = LEAD + "Critics said the tower's boilers had failed twice in October."
    assert any("boilers" in span for span in flagged(body))


def test_a_vague_body_claim_is_minor_in_a_well_or_weakly_sourced_article() -> None:
    claim = "\n\nCritics said the tower's boilers had failed twice in October."
    well = "The hospital closed its east tower on Monday, the health department said." + claim
    weak = ("The hospital closed its east tower on Monday, a person familiar with the "
            "decision said." + claim)
    assert score(well)["score"]["label"] == "well sourced"
    assert score(weak)["score"]["label"] == "weakly sourced"
    assert [f["code"] for f in flags(well)] == []
    # the weakly sourced article's flag is on its central claim, not on the critics' words
    assert [f["code"] for f in flags(weak)] == ["single_anonymous_source"]


def test_a_vague_aside_after_the_leads_sourced_claim_is_colour() -> None:
    body = ("The ruling party won 81% of the vote, state news agency TNA reported on Monday, "
            "citing figures from the election commission, in a vote opposition groups said was "
            "marred by pressure on voters.\n\n"
            "Turnout was 74%, the agency said.")
    assert flagged(body) == []


def test_a_vague_headline_over_a_sourced_lead_is_a_summary_not_a_flag() -> None:
    headline = "New Zealand to cut farm visas, growers warn of crop losses"
    body = ("New Zealand will cap seasonal worker visas at 40,000, Immigration Minister Claire "
            "Hollis said on Monday.\n\n"
            "Hollis told a news conference that the cap was needed to ease pressure on housing.")
    assert not [f for f in flags(body, headline) if f["code"] == "vague_only"]
    # with a vague lead under it the central claim is flagged
    vague_body = "Crop losses could top $100 million, growers said on Monday.\n\n" + body
    assert [f for f in flags(vague_body, headline) if f["code"] == "vague_only"]
