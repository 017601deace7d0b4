"""Acts reported with a cue verb are no claim (wire set, tenth batch's dev articles, ninth
session): an order, a pledge, lobbying, a refusal to act, what "has not" been explained or
"has been" identified, and a speaker's second act after "and asked" or "and raised their
price target". The attributions stay (PolNeAR labels them); no chain is built on them."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import extract


def found(text: str) -> list[dict[str, Any]]:
    return list(extract(text).to_dict()["attributions"])


@pytest.mark.parametrize("text", [
    "The protests began days after the government ordered a nationwide slowdown of the internet.",
    "The government has pledged to raise defence spending to 2% of output by next year.",
    "Producers in the region have lobbied for new export capacity for years.",
    "The government has not explained the slowdown.",
    "Demsky has ruled the landlocked country of about 6 million people since 2009.",
    "A federal judge on Tuesday refused to dismiss a lawsuit accusing the company of fraud.",
    "His family could not be reached, and no lawyer for him has been publicly identified.",
    # twelfth wire batch, dev (tenth session)
    "Gov. Ana Marsh declared a state of emergency on Friday, freeing up state funds.",
    "The president declared martial law in three provinces.",
    # thirteenth wire batch, dev
    "Prosecutors on Monday charged 11 people, among them two customs brokers and a shift "
    "supervisor, with running a theft ring.",
    "Last year, rival Brannock Foods agreed to buy popcorn maker Tillman's for 2 billion dollars.",
    "The U.S. Embassy in Oslo referred questions to the Pentagon.",
    "Inspectors are focusing on whether borescope checks were carried out.",
    # fourteenth wire batch, dev
    "Measles was declared eliminated in the United States in 2000.",
    "A company spokeswoman referred Reuters to remarks by Chief Executive Dana Whitcombe.",
    "An activist fund, Oakmere Partners, disclosed a 4% stake in December.",
    "The ministry sent emergency text alerts to residents of the village.",
    # fifteenth wire batch, dev
    "The bank reports its full-year results on March 26.",
])
def test_acts_make_no_claim(text: str) -> None:
    assert not any(a["claim"] for a in found(text)), [
        (a["cue"]["text"], a["claim"]) for a in found(text)]


@pytest.mark.parametrize("text", [
    "The judge ruled that the evidence was too speculative.",
    "The minister explained that the slowdown was needed to stop rumours.",
    "The company vowed that no jobs would be lost.",
    "The minister declared that the crisis was over.",
    "The minister agreed that the plan had failed.",
    "Some Democrats questioned whether Sorensen could hold the seat.",
    "The company reported a quarterly loss of 12 million euros.",
    "The company reported that sales had fallen.",
])
def test_the_same_verbs_with_a_claim(text: str) -> None:
    assert any(a["claim"] for a in found(text))


@pytest.mark.parametrize(("text", "claim", "act"), [
    ("Police spokeswoman Dana Reyes said no arrests had been made and asked anyone with video "
     "of the shooting to contact police.", "no arrests had been made", "asked anyone"),
    ("Analysts at Brightwater Securities said the approval removed the biggest risk, and raised "
     "their price target on the stock to C$48.", "the approval removed the biggest risk",
     "price target"),
])
def test_a_speakers_second_act_is_not_part_of_the_claim(text: str, claim: str, act: str) -> None:
    said = next(a for a in found(text) if a["cue"]["text"] == "said")
    assert said["content"]["text"].startswith(claim)
    assert act not in said["content"]["text"]


def test_a_lawsuit_accusing_someone_is_the_lawsuits_word_not_the_judges() -> None:
    text = "A federal judge on Tuesday refused to dismiss a lawsuit accusing the company of fraud."
    accusing = next(a for a in found(text) if a["cue"]["text"] == "accusing")
    assert accusing["source"]["text"] == "a lawsuit"
    assert accusing["source"]["kind"] == "document"


def test_officers_accused_of_a_plot_are_the_accused() -> None:
    text = ("Authorities arrested 11 officers accused of plotting a coup, state television "
            "reported on Saturday, days after the government ordered an internet slowdown.")
    attributions = found(text)
    # "accused of" after the noun describes the officers: no cue, or one nobody speaks
    accused = next((a for a in attributions if a["cue"]["text"] == "accused"), None)
    assert accused is None or accused["source"] is None
    assert all(a["source"] is None or "officers" not in a["source"]["text"]
               for a in attributions)
    reported = next(a for a in attributions if a["cue"]["text"] == "reported")
    assert "days after" not in reported["content"]["text"]


@pytest.mark.parametrize("text", [
    "Dragan has ruled the former Soviet republic of about six million people since 2009.",
    "The yield on benchmark 10-year notes fell 11 basis points to 4.18 percent.",
    "Under Irish law, employers planning collective redundancies must notify the minister at "
    "least 30 days in advance.",
    "The national government has encouraged office-to-residential conversions.",
])
def test_rules_markets_and_obligations_make_no_claim(text: str) -> None:
    assert not any(a["claim"] for a in found(text)), [
        (a["cue"]["text"], a["claim"]) for a in found(text)]


def test_known_after_a_noun_is_an_adjective() -> None:
    text = "Measles is one of the most contagious diseases known and can cause pneumonia."
    assert not any(a["claim"] for a in found(text))
    assert any(a["claim"] for a in found("It is widely known that the vaccine works."))


@pytest.mark.parametrize("text", [
    "The commission is expected to rule by summer.",
    "It usually confirms the astronauts' identities at a press conference the day before launch.",
])
def test_expectations_and_habits_make_no_claim(text: str) -> None:
    assert not any(a["claim"] for a in found(text))


def test_the_markets_answer_after_a_claim_is_not_part_of_it() -> None:
    text = ("Northvale Therapeutics said its lupus drug reduced disease activity in a late-stage "
            "trial, sending the U.S. biotech's shares up 31% in premarket trading.")
    said = next(a for a in found(text) if a["cue"]["text"] == "said")
    assert said["content"]["text"].endswith("in a late-stage trial")



# What wire copy says that is no source's claim, written for this test (ninth session)
WIRE_NON_CLAIMS = [
    'The company did not immediately respond to a request for comment.',
    'Representatives for Harlow Foods did not return calls seeking comment.',
    'Marsh could not be reached for comment on Friday.',
    'A spokeswoman for the ministry did not respond to emailed questions.',
    'The agency has not said when it will decide.',
    'It was not clear whether the two sides would meet again.',
    'Financial terms of the deal were not disclosed.',
    'Terms were not disclosed.',
    'The hearing is scheduled for March 3.',
    'The vote is set for Thursday.',
    'The deal is subject to regulatory approval.',
    'Reyes was not available for comment.',
    'The report is due in June.',
    'Okafor is due to testify before the committee on Tuesday.',
    'The president will address the nation at 8 p.m.',
    'The foreign ministry summoned the ambassador on Monday.',
    'Prosecutors charged Dalton with wire fraud.',
    'Dalton pleaded not guilty at his arraignment.',
    'Lawmakers will vote on the measure next week.',
    'The company is set to announce results on Thursday.',
    'It was not immediately known what caused the fire.',
    'The cause of the fire is under investigation.',
    'Neither company would comment on the talks.',
    'Asked whether he would run again, Ortiz said he would not speculate.',
    'The bank did not say how many jobs would be cut.',
    'Police are investigating the incident.',
    'The board will meet again on Monday to consider the offer.',
    'Sorensen declined to say whether she had spoken to the governor.',
    'The union has called a strike for Friday.',
    'Her lawyer did not immediately reply to a message.',
    'The company has scheduled a call with analysts for Tuesday.',
    'Calls to the embassy went unanswered.',
    'The White House did not comment on the report.',
    'A decision is expected later this month.',
    'The two leaders are expected to sign the agreement on Friday.',
    'The minister is scheduled to visit Beijing next week.',
    'The ministry did not give a reason for the delay.',
    'Shares of Harlow fell 3% in early trading.',
    'The company declined to comment beyond its statement.',
    'Officials have not released the names of the victims.',
    'Attempts to reach the owner were unsuccessful.',
    "None of the officials would say when talks resume.",
]


@pytest.mark.parametrize("text", WIRE_NON_CLAIMS)
def test_wire_copys_non_claims(text: str) -> None:
    assert not any(a["claim"] for a in found(text)), [
        (a["cue"]["text"], a["claim"]) for a in found(text)]


@pytest.mark.parametrize("text", [
    "Prosecutors charged that Dalton had lied to investigators.",
    "The company is set to announce that it will cut jobs.",
])
def test_with_a_that_clause_the_same_verbs_claim(text: str) -> None:
    assert any(a["claim"] for a in found(text))


def test_a_second_act_after_a_closing_quotation_is_no_part_of_the_claim() -> None:
    text = ('A spokesperson said the committee would consider any new product "once it has '
            'been licensed," and declined to comment further.')
    said = next(a for a in found(text) if a["cue"]["text"] == "said")
    assert said["content"]["text"] == ('the committee would consider any new product "once '
                                       'it has been licensed,"')


def test_a_price_charged_is_no_charge_made() -> None:
    text = ("A federal banking regulator is investigating whether the bank charged thousands of "
            "customers improper overdraft fees, a person familiar with the matter said.")
    by_cue = {a["cue"]["text"]: a for a in found(text)}
    assert by_cue["charged"]["claim"] is False
    assert by_cue["said"]["claim"] is True
    assert found("Prosecutors charged that the bank had hidden losses.")[0]["claim"] is True


def test_a_speakers_participle_after_a_closing_cue_is_the_same_speaker() -> None:
    text = ("The regulator could seek refunds for customers, the person said, adding that no "
            "decision had been made.")
    by_cue = {a["cue"]["text"]: a for a in found(text)}
    assert by_cue["said"]["content"]["text"] == "The regulator could seek refunds for customers"
    assert by_cue["adding"]["source"]["text"] == "the person"


def test_a_courts_next_step_after_its_ruling_is_no_part_of_the_claim() -> None:
    text = ("The judge ruled that the company must pay for the cleanup and scheduled a hearing on "
            "damages for April 22.")
    ruled = next(a for a in found(text) if a["cue"]["text"] == "ruled")
    assert ruled["content"]["text"] == "that the company must pay for the cleanup"


def test_the_reporters_caveat_after_although_is_no_part_of_the_claim() -> None:
    text = ("Owners have complained on forums for more than a year about rattling noises, "
            "although it was not clear whether those complaints were connected to the defect.")
    complained = next(a for a in found(text) if a["cue"]["text"] == "complained")
    assert complained["content"]["text"] == "about rattling noises"
