"""Twentieth wire batch, dev (eleventh session): what states nothing. A denial not made ("It
did not deny that ..."), a confirmation nobody gave ("no health authority has confirmed
any"), an announcement of nothing ("has announced no such plan"), a spokesman's word that
someone will not comment or was not authorised to, and a habit ("Iran regularly announces
the seizure of vessels") are no claims; a denial made stays one."""

from __future__ import annotations

import pytest

from service.attribution import extract


def claims(text: str) -> list[str]:
    return [c["claim"]["text"] for c in extract(text).to_dict()["chains"] if len(c["hops"]) > 1]


@pytest.mark.parametrize("text", [
    "It did not deny that Castlereagh was among the parties.",
    "A spokesman for Liepina said the prime minister would not comment on \"hypothetical "
    "scenarios\".",
    "Cholera cases were reported in the camp, though no health authority has confirmed any.",
    "The diocese has announced no such plan.",
    "A priest reached by phone at the cathedral said he was not authorised to discuss the "
    "matter.",
    "Iran regularly announces the seizure of vessels it accuses of smuggling fuel.",
])
def test_what_states_nothing_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_a_denial_made_is_a_claim() -> None:
    assert claims("The company denied that it had broken the rules.") == [
        "that it had broken the rules"]


def test_a_cue_inside_a_quote_leaves_the_quotes_speaker_outermost() -> None:
    found = extract("“This young officer, I don’t know what she was thinking,” he "
                    "said.").attributions
    said = next(a for a in found if a.cue.text == "said")
    inner = next(a for a in found if a.cue.text == "thinking")
    assert said.parent is None and inner.parent is said
    assert inner.content is not None and "he said" not in inner.content.text


@pytest.mark.parametrize("text", [
    # twenty-fourth and twenty-fifth wire batches, dev (twelfth session)
    "IRNA did not name the ship or say which country's flag it flew.",
    "The police did not release his name or say whether he had been charged.",
    "Shares in Cerrado, which listed on the Sao Paulo stock exchange in 2021, fell 22% in "
    "afternoon trading.",
    "The shares rose 9%, their biggest gain since the company listed in 2015.",
])
def test_a_negation_across_or_and_a_company_listing_its_shares_state_nothing(text: str) -> None:
    assert claims(text) == []


def test_a_list_given_and_a_say_after_or_without_negation_stay_claims() -> None:
    assert claims("The report listed three reasons for the delay.") == [
        "three reasons for the delay"]
    assert claims("The minister would resign or said she might, an aide said.") != []


@pytest.mark.parametrize("text", [
    "Voss resigned in August, citing health reasons.",
    "The footage did not show the moment of touchdown.",
    "Iran does not recognise dual nationality.",
])
def test_a_reason_given_and_what_is_not_shown_or_recognised_state_nothing(text: str) -> None:
    assert claims(text) == []


def test_a_source_cited_and_a_finding_shown_stay_claims() -> None:
    assert claims("He said, citing two officials, that the talks had failed.") == [
        "that the talks had failed"]
    assert claims("The data showed a rise in cases.") == ["a rise in cases"]


@pytest.mark.parametrize("text", [
    # twenty-sixth wire batch, dev (twelfth session)
    "Soybean futures rose 1.4% to $10.42 a bushel by midday, with traders citing the Argentine "
    "downgrade.",
    "It did not dispute the newspaper's account.",
    "Not everyone expects that approach to work.",
    "Others applauded.",
    "The team recorded more than 40,000 calls over two rainy seasons.",
])
def test_a_market_s_reason_a_dispute_not_made_nobody_in_particular_and_a_reaction(
        text: str) -> None:
    assert claims(text) == []


def test_a_stance_a_dispute_made_and_everyone_s_expectation_stay_claims() -> None:
    assert claims("Critics applauded the plan.") == ["the plan"]
    assert claims("The company disputed the figures.") == ["the figures"]
    assert claims("Everyone expects that approach to work.") == ["that approach to work"]


def test_not_having_been_told_is_no_claim_of_whoever_did_not_tell() -> None:
    # once "of any delay" became a claim of nobody, nested under the union president's words
    assert claims("Brent Haller said he had not been told of any delay.") == [
        "he had not been told of any delay"]


@pytest.mark.parametrize("text", [
    "The committee is expected on Thursday to discuss a bill.",
    "Work had been expected to start in the autumn.",
    "Corvant said at the time that it did not comment on market rumours.",
    "His press secretary said she had \"no information\" before ending the call.",
    "The ministry said it had no further information.",
])
def test_schedules_and_answers_without_information_are_no_claims(text: str) -> None:
    chains = extract(text).to_dict()["chains"]
    assert all(len(c["hops"]) == 1 for c in chains)


def test_what_analysts_expect_is_still_their_claim() -> None:
    chains = extract("Analysts expected the bank to cut rates.").to_dict()["chains"]
    assert [len(c["hops"]) for c in chains] == [2]


@pytest.mark.parametrize("text", [
    "The bank said in a statement that it does not comment on rumours.",
    "The ministry said it had no details at this time.",
])
def test_more_answers_that_say_nothing(text: str) -> None:
    chains = extract(text).to_dict()["chains"]
    assert all(len(c["hops"]) == 1 for c in chains)


@pytest.mark.parametrize("text", [
    "Police said they had no information suggesting a link to terrorism.",
    "The minister described it as a disaster.",
])
def test_what_a_source_knows_or_describes_is_still_a_claim(text: str) -> None:
    chains = extract(text).to_dict()["chains"]
    assert any(len(c["hops"]) > 1 for c in chains)


@pytest.mark.parametrize("text", [
    "No group has publicly claimed responsibility for the attack.",
    "Nobody has claimed responsibility for the attack.",
    "Reuters could not determine how much the company expects to save from the cuts.",
    "Police have not yet determined the cause of the fire.",
])
def test_nobodys_claim_and_a_failed_check_state_nothing(text: str) -> None:
    assert claims(text) == []


def test_a_finding_determined_is_a_claim() -> None:
    assert claims("Investigators determined that the brakes had failed.") == [
        "that the brakes had failed"]


@pytest.mark.parametrize(("text", "claim"), [
    ("Kvarnholm said it would cut 1,200 jobs and close two mills, and its shares fell 7% in "
     "early trading.", "it would cut 1,200 jobs and close two mills"),
    ("Market talk suggested an oil importer had been buying dollars, though this could not be "
     "confirmed.", "an oil importer had been buying dollars"),
    ("Doctors in the region say they have seen more patients with high blood sugar, though no "
     "figures have been published.", "they have seen more patients with high blood sugar"),
])
def test_the_reporters_caveat_or_the_market_move_after_a_claim_is_no_part_of_it(
        text: str, claim: str) -> None:
    assert claims(text) == [claim]


def test_a_welcome_that_says_something_stays_a_claim() -> None:
    assert claims("The minister welcomed the plan as a step forward.") == [
        "the plan as a step forward"]


@pytest.mark.parametrize("text", [
    "It was not possible to independently confirm either report.",
    "It was not possible to confirm the closure or the contents of the resolution.",
])
def test_a_check_that_was_not_possible_states_nothing(text: str) -> None:
    assert claims(text) == []


def test_a_report_not_made_is_no_claim_and_a_report_made_stays() -> None:
    assert claims("State broadcaster KBC had not reported on the talks by Thursday evening.") == []
    assert claims("TASS reported that the talks had ended.") == ["that the talks had ended"]


@pytest.mark.parametrize("text, claim", [
    # nineteenth session, wire dev: the refusal after a closing quotation without a comma, and
    # after "but," and an aside, is the speaker's second act, no part of the claim
    ("The spokeswoman told reporters that the talks had been held \"in a spirit of friendship\" "
     "and declined to answer questions about the canal.",
     "that the talks had been held \"in a spirit of friendship\""),
    ("The company said the offering would be \"revisited once the schedule is confirmed\" and "
     "did not give a new date.", "the offering would be \"revisited once the schedule is "
                                 "confirmed\""),
    ("The office confirmed it had received a complaint but, in line with its usual practice, "
     "declined to say whether an inquiry had been opened.", "it had received a complaint"),
])
def test_a_refusal_after_the_claim_is_cut_from_it(text: str, claim: str) -> None:
    assert claims(text) == [claim]


def test_a_refusal_inside_the_claims_own_clause_stays() -> None:
    text = "Police said the man posed a deadly threat and refused to drop the gun."
    assert claims(text) == ["the man posed a deadly threat and refused to drop the gun"]


@pytest.mark.parametrize("text", [
    "Verdi is demanding a 9% increase over 12 months.",
    "The unions are demanding 250,000 naira.",
    "Egypt has long demanded a legally binding agreement on the dam.",
])
def test_a_demand_for_something_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_a_demand_that_holds_a_claim_keeps_it() -> None:
    text = ("Farmers blocked roads on Tuesday, demanding that the government suspend a levy "
            "that the farm union says will raise their costs.")
    assert "will raise their costs" in claims(text)


# Sixty-fifth wire batch, dev (twenty-third session): an act not done says nothing; a view
# held or not is still a view; the reporter's note after the reported clause is no part of it
@pytest.mark.parametrize("text", [
    "The former chief of staff did not testify.",
    "The report did not assign blame to any official.",
    "Dozens of complaints are pending before the court. It has not ruled on any of them.",
    "Keel stood with his hands clasped as the verdict was read and showed no visible reaction.",
])
def test_an_act_not_done_or_a_face_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_a_view_not_held_is_still_the_sources_view() -> None:
    assert claims("The central bank does not expect inflation to fall before March.") == [
        "inflation to fall before March"]


@pytest.mark.parametrize(("text", "claim"), [
    ("Opposition lawmakers said they would ask for the minister to appear before the education "
     "committee, which is due to meet next week.",
     "they would ask for the minister to appear before the education committee"),
    ("Her campaign manager said internal polling showed the race much closer, but he declined "
     "to release the figures.", "internal polling showed the race much closer"),
    ("The government said it would finance flood defences through a partnership, but it has "
     "not published costs.", "it would finance flood defences through a partnership"),
])
def test_the_reporters_note_after_the_claim_is_no_part_of_it(text: str, claim: str) -> None:
    assert claims(text) == [claim]


def test_a_refusal_inside_the_source_phrase_leaves_its_claim() -> None:
    # "who declined to be named" is why the firefighter is unnamed; what the firefighter said
    # after it is still a claim (the refusal's content ends at "named")
    assert claims("A firefighter who declined to be named said crews had been short-staffed "
                  "on Thursday.") == ["crews had been short-staffed on Thursday"]


@pytest.mark.parametrize(("text", "expected"), [
    # a proposal turned down is a vote or a decision, no claim; the claim around it stands
    ("Members rejected a 3.5% pay offer last month.", []),
    ("According to a person with knowledge of the talks, the two sides were close to agreement "
     "on Tuesday before the company's board rejected the deal.",
     ["the two sides were close to agreement on Tuesday before the company's board rejected "
      "the deal"]),
    # what someone said, rejected, is an answer to it
    ("The company rejected the claim as baseless.", ["the claim as baseless"]),
])
def test_a_proposal_rejected_is_no_claim(text: str, expected: list[str]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(("text", "claim"), [
    # a place after the venue a speaker told is where, not what ("told a news conference in
    # Manila."): the claim is the clause before the speaker, or the one after "that"
    ("Most of the deaths were caused by landslides, Ramon Tabuena told a news conference in "
     "Manila.", "Most of the deaths were caused by landslides"),
    ("Ramon Tabuena told a news conference in Manila that most of the deaths were caused by "
     "landslides.", "that most of the deaths were caused by landslides"),
])
def test_a_place_after_the_venue_is_no_claim(text: str, claim: str) -> None:
    assert claims(text) == [claim]
