"""vague_only is not raised on a body claim a vague group voices with a verb of view or feeling
("Critics argue ...", "Some residents fear ...", "Dealers expect ..."): the group's stance,
reported as a stance, which the wire set's dev readers flag in 47 of 156 body claims. A fact a
vague group asserts ("Critics say the council ignored the report"), hearsay ("it is
understood") and what the group says it heard keep the flag."""

from __future__ import annotations

import pytest

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS

HEADLINE = "Council set to back harbour plan"
LEAD = ("The city council is set to approve the harbour redevelopment plan next week, it is "
        "understood.\n\nReports say the developer has offered to pay for a new sea wall.\n\n")


def vague_flags(body: str, words: str) -> list[str]:
    """The vague_only flags of an unsupported article (where vague body claims are flagged)
    whose message quotes `words` of the body sentence."""
    extraction = extract(LEAD + body, headline=HEADLINE).to_dict()
    scored = scoring.score_extraction(extraction, headline=HEADLINE, priors=DEFAULT_PRIORS)
    assert scored["score"]["label"] == "unsupported"
    return [f["message"] for f in scored["flags"]
            if f["code"] == "vague_only" and words in f["message"]]


@pytest.mark.parametrize(("sentence", "words"), [
    ("Critics argue the plan favours developers over the fishing fleet.", "favours developers"),
    ("Critics have long argued that the harbour board answers to no one.", "answers to no one"),
    ("Some residents fear the redevelopment will push up rents in the old town.", "push up rents"),
    ("Some dealers expect prices of harbour-front flats to rise sharply.", "harbour-front flats"),
])
def test_a_groups_stance_raises_no_vague_only_flag(sentence: str, words: str) -> None:
    assert vague_flags(sentence, words) == []


@pytest.mark.parametrize(("sentence", "words"), [
    ("Critics say the council ignored a report warning of flood risk at the site.",
     "ignored a report"),
    ("Observers say the developer has already bought two warehouses on the quay.",
     "two warehouses"),
])
def test_a_vague_groups_fact_keeps_its_flag(sentence: str, words: str) -> None:
    assert len(vague_flags(sentence, words)) == 1
