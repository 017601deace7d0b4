"""An unattributed lead over a short body of hearsay is a rumour, so 'unsupported' (the wire dev
set's readers call all five such articles so; `ModelParams.vague_share_unsupported`); the same
lead over named sources is the reporter's own account, and a long analysis quoting experts and
critics around its own framing is not a rumour either."""

from __future__ import annotations

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS
from service.scoring.label import FIRST_HAND, VAGUE, basis, unresolved_only
from service.scoring.model import score_claims

HEADLINE = "Aurelia Pharma weighs sale of generics unit"
LEAD = ("Milan-based Aurelia Pharma is weighing a sale of its generics division, which could "
        "fetch as much as 900 million euros.\n\n")
HEARSAY = ("The family that controls the company has grown frustrated with the unit's margins, "
           "it is understood.\n\n"
           "Reports in the local business press said bankers had sounded out buyers in India "
           "and Japan.\n\n"
           "Analysts said a sale would let the company focus on its branded drugs.\n\n"
           "Chief financial officer Paola Venturi said last month that the group was reviewing "
           "its portfolio.\n\n"
           "Aurelia declined to comment on Tuesday.")
NAMED = ("Chief executive Marco Bellini said in a statement that the board had hired advisers. "
         "Chief financial officer Paola Venturi said the unit's margins had halved.\n\n"
         "The company's chairman, Luca Ferri, told shareholders the review would end in March. "
         "Analysts said a sale would let the company focus on its branded drugs.")


def label(body: str, headline: str = HEADLINE) -> str:
    extraction = extract(body, headline=headline).to_dict()
    return str(scoring.score_extraction(extraction, headline=headline,
                                        priors=DEFAULT_PRIORS)["score"]["label"])


def test_an_unattributed_lead_over_hearsay_is_unsupported() -> None:
    assert label(LEAD + HEARSAY) == "unsupported"


def test_the_same_lead_over_named_sources_is_the_reporters_account() -> None:
    assert label(LEAD + NAMED) == "well sourced"


OFFICIALS = ("Ana Ruiz", "Tom Kell", "Ida Moss", "Raj Patel", "Eva Lind", "Joe Marr", "Kim Osei",
             "Lea Brun", "Max Ortiz", "Ada Vance", "Ben Cole", "Cy Hart")


def harbour_story(named: int, vague: int) -> str:
    """An unattributed lead over `named` officials' claims and `vague` critics' claims."""
    officials = "".join(f"Official {name} said the plan's cost had risen by {n} percent.\n\n"
                        for n, name in enumerate(OFFICIALS[:named], start=2))
    critics = "".join(f"Critics said the plan would cost taxpayers {n} billion dollars.\n\n"
                      for n in range(2, 2 + vague))
    return ("The plan to rebuild the harbour has become the city's costliest project.\n\n"
            + officials + critics)


def test_a_long_analysis_quoting_critics_around_its_framing_is_no_rumour() -> None:
    # 18 placed claims, six of them vague (a third): over `rumour_max_claims`, the breadth
    # decides
    assert label(harbour_story(12, 6), "Harbour plan's cost keeps rising") == "mixed"


RUMOUR_LEAD = ("CALDER, Kan. - Farmers & Drovers State Bank may be sold to a larger lender, "
               "according to talk in town.\n\n")
RUMOUR_BODY = ("Some customers said big changes were coming at the bank.\n\n"
               "Many in the community said the lender had struggled since the drought.\n\n"
               "Some longtime depositors said they had moved money to Garden City.\n\n"
               "Economists said farm lenders across the state were under pressure.\n\n"
               "Resident Betty Lindahl said she withdrew most of her savings on Monday.\n\n"
               "Lindahl said she had kept her accounts there since 1971.\n\n"
               "Mayor Jim Ostrander said he had heard the rumours.\n\n"
               "Ostrander said he had no information on a sale.\n\n"
               "Ostrander said people should not panic.\n\n")


def test_a_vague_lead_over_a_body_of_hearsay_and_colour_is_unsupported() -> None:
    # the central claim rests on "talk in town" alone, and four of the nine placed claims
    # around it are vague too: the named voices are colour, not support (sl-chains-2.17)
    assert label(RUMOUR_LEAD + RUMOUR_BODY, "Bank may be headed for sale") == "unsupported"


def test_a_vague_lead_over_named_sourcing_is_judged_by_the_body() -> None:
    named = "".join(f"Official {name} said the bank's deposits fell {n} percent.\n\n"
                    for n, name in enumerate(("Ana Ruiz", "Tom Kell", "Ida Moss", "Raj Patel",
                                              "Eva Lind", "Joe Marr", "Kim Osei"), start=2))
    body = RUMOUR_LEAD + "Some customers said big changes were coming.\n\n" + named
    # one vague claim of nine placed: the lead sums up what seven named officials say
    assert label(body, "Bank may be headed for sale") == "well sourced"


def test_a_count_of_votes_is_no_hearsay() -> None:
    """"More people voted for Trump than for Clinton in two states": a tally of a public vote,
    the reporter's account (the rubric's "a vote"), not a vague crowd's word; an analysis built
    on such counts is no rumour (PolNeAR dev, twenty-second session)."""
    body = ("Turnout fell in every county on Tuesday.\n\n"
            "More people voted for Okafor than for Brandt in two states.\n\n"
            "More Republicans voted in the Michigan primary than did Democrats.\n\n"
            "Some voters voted early because they feared long queues, neighbours said.\n\n"
            "Critics say the party has lost its way.")
    extraction = extract(body, headline="Okafor outpolls Brandt in two states").to_dict()
    claims = score_claims(extraction, headline="Okafor outpolls Brandt in two states",
                          priors=scoring.normalise_priors(DEFAULT_PRIORS),
                          params=scoring.DEFAULT_PARAMS)
    bases = {c.text: basis(c) for c in claims}
    voted = [b for text, b in bases.items() if "Michigan primary" in text or "for Brandt" in text]
    relayed = [b for text, b in bases.items() if "long queues" in text]
    critics = [b for text, b in bases.items() if "lost its way" in text]
    assert voted == [FIRST_HAND, FIRST_HAND] and critics == [VAGUE]
    assert relayed and FIRST_HAND not in relayed  # what the neighbours said rests on them


FERRY_HEADLINE = "Marlow to shut ferry line to Kell Island"
FERRY_BODY = (
    "The city of Marlow will shut its ferry line to Kell Island next month, ending a service "
    "that has run for 60 years.\n\n"
    "The decision was taken at a closed council meeting last week, it is understood.\n\n"
    "A person familiar with the plans, who asked not to be named, said the ferry's two boats "
    "would be sold.\n\n"
    "Critics say the island will be cut off in winter.\n\n"
    "Mayor Ann Fisk said on Monday that the council had studied the finances of the line for "
    "two years.\n\n"
    "The port authority said the ferry carried 40,000 passengers last year.\n\n"
    "Kell Ferries said in a statement that it had not been told of any change.\n\n"
    "Union organiser Tom Reyes said crews had received no notice.\n\n"
    "A 2023 audit found that the line lost 1.2 million pounds a year.")


def test_an_unattributed_plan_over_a_weak_body_is_unsupported() -> None:
    # two vague claims of eight are below the rumour share, but a plan ("will shut") is
    # nothing the reporter saw, and a third of the body is weak: nothing carries the lead
    assert label(FERRY_BODY, FERRY_HEADLINE) == "unsupported"


def test_the_same_story_of_a_past_event_is_the_reporters_account() -> None:
    past = FERRY_BODY.replace("will shut its ferry line to Kell Island next month",
                              "shut its ferry line to Kell Island on Monday")
    assert label(past, FERRY_HEADLINE) == "mixed"


def test_a_plan_outside_the_leads_main_clause_or_in_quotes_is_no_plan_lead() -> None:
    past = FERRY_BODY.replace("will shut its ferry line to Kell Island next month",
                              "shut its ferry line to Kell Island on Monday")
    for lead_end in (", and its two boats will be sold", " against the will of islanders"):
        text = past.replace(", ending a service", lead_end + ", ending a service", 1)
        assert label(text, FERRY_HEADLINE) == "mixed"


def test_a_plan_after_an_opener_a_relative_clause_or_a_dateline_is_still_a_plan() -> None:
    for lead in ("Next month, the city of Marlow will shut its ferry line to Kell Island",
                 "MARLOW, England -- The city of Marlow will shut its ferry line to Kell Island "
                 "next month"):
        text = FERRY_BODY.replace(
            "The city of Marlow will shut its ferry line to Kell Island next month", lead, 1)
        assert text != FERRY_BODY
        assert label(text, FERRY_HEADLINE) == "unsupported"


def test_an_unattributed_lead_over_fourteen_claims_a_third_hearsay_is_a_rumour() -> None:
    # sl-chains-2.36: stories of up to 16 placed claims are read by the rumour rule (the wire
    # dev readers call unsupported several rumours of 13 to 15 claims the service read as mixed)
    assert label(harbour_story(9, 5), "Harbour plan's cost keeps rising") == "unsupported"


UNPLACED_LEAD = ("Milan-based Aurelia Pharma is weighing a sale of its generics division, "
                 "according to versions circulating in Milan's banking community.\n\n")


def test_a_lead_on_a_reference_nobody_can_place_is_as_unattributed() -> None:
    # sl-chains-2.37: the lead's only attribution is a reference the analysis could not place
    # (an unresolved reference is neutral: never a source that carries the lead), so over
    # hearsay it is a rumour like the unattributed lead (wire dev: 7 such articles the
    # readers call unsupported moved off "mixed", none the other way)
    extraction = extract(UNPLACED_LEAD + HEARSAY, headline=HEADLINE).to_dict()
    claims = score_claims(extraction, headline=HEADLINE,
                          priors=scoring.normalise_priors(DEFAULT_PRIORS),
                          params=scoring.DEFAULT_PARAMS)
    lead = [c for c in claims if c.position == "lead"]
    assert lead and all(unresolved_only(c) for c in lead)
    assert label(UNPLACED_LEAD + HEARSAY) == "unsupported"
    # the same lead over named sources stays the reporter's account
    assert label(UNPLACED_LEAD + NAMED) == "well sourced"
