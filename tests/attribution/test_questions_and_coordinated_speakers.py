"""Two readings from the PolNeAR calibration set's fifth batch (nineteenth session).

A question put is no claim: "a reporter who has been asking about the tax returns", "asked
whether the plan would cost more". The attribution stays (PolNeAR labels questions); no chain is
built on it, so a journalist's question never carries the lead as another outlet's report.

A participle after a second clause belongs to that clause's pronoun: "Gawker set a trap for
him — and this month he fell for it by retweeting a quote" (he retweeted, not Gawker); and
after a dateline, a count of people is the subject: "PARIS, Jan 21 - Hundreds of French farmers
blocked motorways, saying ..." (the farmers, not "PARIS")."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import extract


def attributions(text: str) -> list[dict[str, Any]]:
    return list(extract(text).to_dict()["attributions"])


@pytest.mark.parametrize("text, cue", [
    ("An NBC reporter who has been asking repeatedly about the release of the tax returns got "
     "an answer from the governor.", "asking"),
    ("The senator asked about the budget on Tuesday.", "asked"),
    ("Council members asked whether the plan would cost more than the estimate.", "asked"),
    ("Parents have been asking why the school closed early.", "asking"),
])
def test_a_question_is_no_claim(text: str, cue: str) -> None:
    found = [a for a in attributions(text) if a["cue"]["text"] == cue]
    assert found, "the question stays an attribution"
    assert all(a["claim"] is False for a in found)


@pytest.mark.parametrize("text", [
    "The senator said the budget was too large.",
    "Council members asked the mayor to delay the vote.",
])
def test_statements_and_requests_keep_their_reading(text: str) -> None:
    # a statement stays a claim; a request is judged by its own rule, not as a question
    found = attributions(text)
    assert found
    if "said" in text:
        assert found[0]["claim"] is True
    else:
        assert all(a["content"] is None or not a["content"]["text"].startswith(
            ("about", "whether")) for a in found)


def test_the_lead_is_not_another_outlets_report_for_a_question() -> None:
    from service import scoring
    from service.scoring.priors import DEFAULT_PRIORS
    body = ("An NBC reporter who has been asking repeatedly about the release of the tax "
            "returns got an answer from Governor Ruth Calder on Sunday.\n\n"
            "\"I will release mine next week,\" Calder said in the interview.\n")
    result = extract(body, headline="Calder to release tax returns")
    scored = scoring.score_extraction(result.to_dict(), headline="Calder to release tax returns",
                                      priors=DEFAULT_PRIORS)
    assert scored["score"]["label"] != "weakly sourced"
    assert not [f for f in scored["flags"] if f["code"] == "no_independent_corroboration"]


@pytest.mark.parametrize("text, cue, source", [
    ("The gossip site Gawker set a trap for Senator Dale Ortiz — and this month he finally fell "
     "for it by retweeting a quote.", "retweeting", "he"),
    ("The board met on Monday, but she left early, saying the vote was rigged.", "saying", "she"),
    ("The agency set a deadline, and then she answered by saying the plan was unworkable.",
     "saying", "she"),
])
def test_a_participle_after_a_second_clause_is_its_pronouns(text: str, cue: str,
                                                            source: str) -> None:
    found = [a for a in attributions(text) if a["cue"]["text"] == cue]
    assert [a["source"]["text"] for a in found] == [source]


def test_a_participle_of_the_first_clause_keeps_its_subject() -> None:
    found = [a for a in attributions("The company angered regulators by claiming the drug was "
                                     "safe.") if a["cue"]["text"] == "claiming"]
    assert [a["source"]["text"] for a in found] == ["The company"]


def test_a_count_of_people_after_a_dateline_is_the_subject() -> None:
    text = ("PARIS, Jan 21 - Hundreds of French farmers blocked motorways on Tuesday, saying "
            "the levy was unfair.")
    found = [a for a in attributions(text) if a["cue"]["text"] == "saying"]
    assert [a["source"]["text"] for a in found] == ["Hundreds of French farmers"]
