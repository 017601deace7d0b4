"""A deal struck is an act, not a claim ("has agreed personal terms", "agreed in principle to a
9% pay rise"), while "agreed that ...", "agreed it was ..." and "agrees on who ..." report a
view; and "Brenner, 44, has agreed terms ..., said the person, who ..." is the person's word,
not Brenner's: the speaker after the verb wins over a name set off at the sentence's start
(seventeenth wire batch, dev, eleventh session)."""

from __future__ import annotations

import pytest

from service import scoring
from service.attribution import extract
from service.scoring.priors import DEFAULT_PRIORS


@pytest.mark.parametrize("text", [
    "Brenner has agreed personal terms on a contract running until June 2027.",
    "The two sides agreed on a deal late on Tuesday.",
])
def test_a_deal_struck_is_no_speech(text: str) -> None:
    assert [a.cue.text for a in extract(text).attributions] == []


@pytest.mark.parametrize(("text", "content"), [
    ("Analysts agreed it was still a top-heavy plan.", "it was still a top-heavy plan"),
    ("Smith agreed that the plan had failed.", "that the plan had failed"),
    ("Nobody agrees on who is a terrorist.", "on who is a terrorist"),
])
def test_agreeing_with_a_view_stays_speech(text: str, content: str) -> None:
    found = extract(text).attributions
    assert [a.content.text for a in found if a.content is not None] == [content]


def test_a_union_agreeing_in_principle_to_a_deal_states_no_claim() -> None:
    text = ("The union representing about 1,400 workers has agreed in principle to a 9% pay "
            "rise over two years, a person familiar with the negotiations said on Tuesday.")
    result = extract(text).to_dict()
    origins = [c["hops"][-1]["kind"] for c in result["chains"] if len(c["hops"]) > 1]
    assert origins == ["anonymous_described"]
    scored = scoring.score_extraction(result, headline=None, priors=DEFAULT_PRIORS)
    assert scored["score"]["label"] == "weakly sourced"
    assert [f["code"] for f in scored["flags"]] == ["single_anonymous_source"]


@pytest.mark.parametrize(("text", "source"), [
    ("Brenner, 44, has agreed personal terms on a contract running until June 2027, said the "
     "person, who asked not to be named because the talks are private.", "the person"),
    ("The mine, 40 km north of the city, will close next year, said a spokeswoman.",
     "a spokeswoman"),
])
def test_the_speaker_after_the_verb_wins_over_a_name_at_the_start(text: str,
                                                                   source: str) -> None:
    said = [a for a in extract(text).attributions if a.cue.text == "said"]
    assert [a.source.text for a in said if a.source is not None] == [source]


def test_a_name_set_off_before_its_verb_is_still_the_speaker() -> None:
    said = [a for a in extract("Pantucci, at the Royal United Services Institute, said the "
                               "plan had failed.").attributions if a.cue.text == "said"]
    assert [(a.source.text, a.content.text) for a in said if a.source and a.content] == [
        ("Pantucci", "the plan had failed")]



def test_a_verb_acting_on_a_pronoun_states_no_claim() -> None:
    chains = extract("\"They like the route. They like it less when Tehran announces it for "
                     "them,\" the diplomat said.").to_dict()["chains"]
    claimed = [(c["claim"]["text"], [h["role"] for h in c["hops"][1:]]) for c in chains
               if len(c["hops"]) > 1]
    assert len(claimed) == 1 and claimed[0][1] == ["origin"]
    assert "Tehran announces it for them" in claimed[0][0]
