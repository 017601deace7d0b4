"""Groups that withhold their names and what refers back to them ("The two people familiar
with the mine's operations, who declined to be named, said ... One of them said"), names that
end on a plus ("OPEC+", "Disney+"), and verbs that are no one's words: a bare infinitive after
"help" or "let", a headline's "X seen doing". Found with the ninety-third to hundredth wire
batches' dev articles (twenty-ninth session)."""

from __future__ import annotations

import pytest

from service.attribution import extract
from service.attribution.text import tokenize
from service.scoring.flags import is_confidential
from service.scoring.model import Hop


def attributions(text: str, headline: str | None = None
                 ) -> list[tuple[str, str | None, str | None]]:
    """(cue, source text, source kind) of every attribution."""
    return [(a["cue"]["text"], a["source"]["text"] if a["source"] else None,
             a["source"]["kind"] if a["source"] else None)
            for a in extract(text, headline=headline).to_dict()["attributions"]]


def test_a_name_ending_on_a_plus_is_one_word() -> None:
    assert [t.text for t in tokenize("Two OPEC+ delegates met.")] == [
        "Two", "OPEC+", "delegates", "met", "."]
    assert [t.text for t in tokenize("C++ and 1+1")] == ["C", "+", "+", "and", "1", "+", "1"]


def test_a_withheld_group_and_one_of_them() -> None:
    found = attributions(
        "The two people familiar with the operations, who declined to be named, said one line "
        "had been idle. One of them said the company was trucking water.")
    # why the names are withheld is nobody's claim
    assert all(cue != "named" for cue, _, _ in found)
    said = [(source, kind) for cue, source, kind in found if cue == "said"]
    assert said == [("The two people familiar with the operations", "anonymous_described"),
                    ("One of them", "anonymous_described")]


def test_opec_plus_delegates_are_one_unnamed_group() -> None:
    found = attributions("Two OPEC+ delegates, who asked not to be named, said there had been "
                         "no discussion of a deeper cut.")
    assert ("said", "Two OPEC+ delegates", "anonymous_described") in found


@pytest.mark.parametrize("text", [
    "Higher output would help the group defend market share.",
    "The ruling will let voters decide the issue.",
])
def test_a_bare_infinitive_after_help_or_let_is_no_cue(text: str) -> None:
    assert attributions(text) == []


def test_a_headline_subject_seen_doing_is_no_speaker() -> None:
    found = attributions("Prices rose.", headline="OPEC+ seen weighing deeper output cuts")
    assert found == []
    # the body's own attribution of the same expectation stays
    assert ("said", "analysts", "vague") in attributions(
        "OPEC+ is seen weighing deeper cuts, analysts said.")


def test_a_counted_group_is_not_one_confidential_source() -> None:
    def hop(text: str, description: str) -> Hop:
        return Hop(role="origin", entity="e", kind="anonymous_described", attribution=None,
                   outlet=None, description=description, country=None, source_text=text,
                   span=None)

    assert not is_confidential(hop("The two people familiar with the mine's operations",
                                   "The two people familiar with the mine's operations, who "
                                   "declined to be named"))
    assert not is_confidential(hop("who", "two people familiar with Beijing's thinking"))
    assert is_confidential(hop("A person familiar with the plans",
                               "A person familiar with the plans, who declined to be named"))


def test_an_object_relative_clause_ends_at_its_comma() -> None:
    found = extract("Lawyers for the businessman, whom the request identifies as Raffaele "
                    "Cuomo, 61, did not respond to requests for comment.").to_dict()
    identifies = next(a for a in found["attributions"] if a["cue"]["text"] == "identifies")
    assert identifies["content"]["text"] == "as Raffaele Cuomo"
    # the refusal after the clause is no claim of the request's
    assert all("did not respond" not in c["claim"]["text"] for c in found["chains"]
               if len(c["hops"]) > 1)


def test_the_outlet_wrapping_a_claim_is_one_relay_hop_not_also_its_venue() -> None:
    from service.attribution import OutletDirectory
    directory = OutletDirectory([{"domain": "bloomberg.com", "name": "Bloomberg",
                                  "aliases": ["Bloomberg"], "kind": "agency"}])
    found = extract("The people cautioned that the talks could still collapse over price, "
                    "according to Bloomberg.", directory=directory).to_dict()
    chain = next(c for c in found["chains"] if "collapse" in c["claim"]["text"])
    assert [h["role"] for h in chain["hops"]] == ["publisher", "relay", "origin"]


def test_a_venue_in_a_written_summary_or_submission_is_split_from_the_claim() -> None:
    found = extract("The department said in its written submissions that it had met the "
                    "minimum requirements.").to_dict()["attributions"][0]
    assert found["content"]["text"] == "that it had met the minimum requirements"


def test_one_described_by_an_appositive_is_one_unnamed_person() -> None:
    found = attributions("\"I will take the train,\" said one, a 41-year-old salesman from "
                         "Osaka.")
    assert found == [("said", "one", "anonymous_described")]
    found = attributions("Shoppers were angry. One, a 41-year-old salesman from Osaka, said "
                         "prices had doubled.")
    assert found == [("said", "One", "anonymous_described")]


@pytest.mark.parametrize(("text", "content"), [
    ("Whitlock said the board had approved a 4 per cent rise, which takes effect Jan. 1.",
     "the board had approved a 4 per cent rise"),
    ("Its spokesperson said the review would be completed within the statutory timeline, "
     "which is usually 60 days.", "the review would be completed within the statutory timeline"),
])
def test_the_reporters_note_on_a_rule_is_no_part_of_the_claim(text: str, content: str) -> None:
    said = extract(text).to_dict()["attributions"][0]
    assert said["content"]["text"] == content


def test_returning_calls_is_no_appeal() -> None:
    assert attributions(
        "The airport manager, Glenn Saylor, did not return calls on Saturday.") == []
    assert attributions("The mayor called on residents to stay home.") == [
        ("called on", "The mayor", "named_official")]


def test_researchers_who_have_linked_a_group_are_its_source() -> None:
    assert attributions("Cybersecurity researchers have previously linked a group of that name "
                        "to Iran's Revolutionary Guards.") == [
        ("have previously linked", "Cybersecurity researchers", "vague")]


def test_talk_around_a_town_is_the_talk_not_the_town() -> None:
    assert attributions("Talk around the town suggests the unit will close.") == [
        ("suggests", "Talk around the town", "vague")]


@pytest.mark.parametrize(("text", "content"), [
    ("It was, by most accounts, the defining issue of the campaign.",
     "It was, by most accounts, the defining issue of the campaign"),
    ("By most accounts, the vote was close.", "the vote was close"),
])
def test_by_most_accounts_is_hearsay(text: str, content: str) -> None:
    said = extract(text).to_dict()["attributions"][0]
    assert (said["source"]["kind"], said["content"]["text"]) == ("vague", content)


def test_it_is_also_believed_is_hearsay() -> None:
    assert attributions("It is also believed that a second batch was never scanned.") == [
        ("is also believed", "It", "vague")]


def test_a_share_of_those_asked_is_no_third_member_of_a_group() -> None:
    result = extract(
        "Two former employees of the company, who spoke on condition of anonymity, said the "
        "units were swapped. A survey found one in nine buyers had been misled. Fewer than a "
        "third said they had checked an auction record. A third said the cars were fine."
    ).to_dict()
    entities = [a["source"]["entity"] for a in result["attributions"] if a["cue"]["text"] == "said"]
    # the share is no member of the employees' group; "A third said" after them still is
    assert entities[1] == "third" and entities[2] == entities[0]
