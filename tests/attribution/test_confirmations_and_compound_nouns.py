"""Wire batches 34-37, dev (fourteenth session): a confirmation confirms the claim just before
it, not an unnamed source's claim further back; "a person with knowledge of the investigation"
is one phrase; an "-ing" word closing a subject before "told" is a noun ("a manager involved
in production planning told Reuters"), not a cue."""

from __future__ import annotations

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS

CONFIDENTIAL = ("A council official who spoke on condition of anonymity said the city expected "
                "at least one court challenge.\n\n")
CONFIRMED_LATER = ("The newspaper Publico reported last month that registrations rose 18% last "
                   "year. The council confirmed the figure on Thursday.")


def single_anonymous(text: str) -> list[str]:
    result = scoring.score_extraction(extract(text).to_dict(), headline=None,
                                      priors=DEFAULT_PRIORS)
    return [f["message"] for f in result["flags"] if f["code"] == "single_anonymous_source"]


def test_a_confirmation_confirms_the_claim_just_before_it() -> None:
    assert len(single_anonymous(CONFIDENTIAL + CONFIRMED_LATER)) == 1


def test_a_confirmation_right_after_the_unnamed_claim_corroborates_it() -> None:
    text = CONFIDENTIAL + "Hours later, the council confirmed it expected a challenge."
    assert single_anonymous(text) == []


def test_knowledge_of_is_inside_the_source_phrase() -> None:
    text = ("The newspaper, citing a person with knowledge of the investigation, said the "
            "attackers had access for weeks.")
    sources = [a["source"]["text"] for a in extract(text).to_dict()["attributions"]]
    assert "a person with knowledge of the investigation" in sources


def test_an_ing_noun_closing_the_subject_is_no_cue() -> None:
    text = ("A manager involved in production planning told Reuters that a second shift would "
            "be cut.")
    found = extract(text).to_dict()["attributions"]
    assert [(a["cue"]["text"], a["source"]["text"]) for a in found] == [
        ("told", "A manager involved in production planning")]
