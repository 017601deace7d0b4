"""no_independent_corroboration on a lead built on documents: a document an outlet says it has
seen ("seen by Reuters", often the publisher itself) speaks for its author, while another
outlet's story built on papers only it has seen ("the daily reported, citing internal
documents") is second-hand like any relayed report (the wire dev readers flag 10 of 10)."""

from __future__ import annotations

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS

HEADLINE = "Veyra Bank to cut 900 jobs and close branches"
SEEN = ("VIENNA, May 20 (Reuters) - Veyra Bank plans to cut about 900 jobs over the next two "
        "years as it shuts a third of its branches, according to an internal memo seen by "
        "Reuters.\n\nThe bank did not respond to a request for comment.")
REPORTED = ("Veyra Bank plans to cut about 900 jobs over the next two years as it shuts a third "
            "of its branches, the business daily Finanzbote reported on Friday, citing internal "
            "company documents.\n\nThe bank did not respond to a request for comment.")


def codes(body: str) -> list[str]:
    extraction = extract(body, headline=HEADLINE).to_dict()
    scored = scoring.score_extraction(extraction, headline=HEADLINE, priors=DEFAULT_PRIORS)
    return [flag["code"] for flag in scored["flags"]]


def test_a_memo_the_outlet_has_seen_raises_no_corroboration_flag() -> None:
    assert "no_independent_corroboration" not in codes(SEEN)


def test_another_outlets_story_built_on_documents_is_second_hand() -> None:
    assert "no_independent_corroboration" in codes(REPORTED)


def label(body: str) -> str:
    extraction = extract(body, headline=HEADLINE).to_dict()
    scored = scoring.score_extraction(extraction, headline=HEADLINE, priors=DEFAULT_PRIORS)
    return str(scored["score"]["label"])


def test_a_lead_another_outlet_reported_from_papers_is_weakly_sourced() -> None:
    assert label(REPORTED) == "weakly sourced"
    # the memo the outlet says it has seen speaks for its author: no relay carries the lead
    assert label(SEEN) != "weakly sourced"


RELAYED = ("Veyra Bank plans to cut about 900 jobs over the next two years, the business daily "
           "Finanzbote reported on Friday, citing people familiar with the plan.\n\n"
           "The bank did not respond to a request for comment.")
CONFIRMED = ("Veyra Bank plans to cut about 900 jobs over the next two years, the business daily "
             "Finanzbote reported on Friday, citing people familiar with the plan.\n\n"
             "The union said it would oppose any cuts.\n\n"
             "Its chief executive, Anna Weiss, confirmed on Saturday that the bank was reviewing "
             "its branch network.")


CONFIRMED_IN_LEAD = ("Veyra Bank plans to cut about 900 jobs over the next two years, the "
                     "business daily Finanzbote reported on Friday, citing people familiar with "
                     "the plan. Its chief executive, Anna Weiss, confirmed on Saturday that the "
                     "bank was reviewing its branch network.\n\n"
                     "The union said it would oppose any cuts.")


def test_a_relayed_lead_the_party_confirms_on_record_is_mixed_not_weak() -> None:
    # seventeenth session (sl-chains-2.15): the wire dev readers call such articles mixed
    assert label(RELAYED) == "weakly sourced"
    assert label(CONFIRMED_IN_LEAD) != "weakly sourced"
    # thirty-third session: a confirmation below the lead is of a side point as often; the
    # readers call 6 of 9 such dev articles weakly sourced (2 mixed, 1 well sourced)
    assert label(CONFIRMED) == "weakly sourced"


CONFIRMED_LEAD = ("Veyra Bank confirmed on Friday that it plans to cut about 900 jobs, a day after "
                  "the business daily Finanzbote reported that a third of its branches would "
                  "close.\n\nThe union said it would oppose any cuts.")
CONFIRMED_BELOW = ("Veyra Bank plans to cut about 900 jobs, the business daily Finanzbote "
                   "reported on Friday.\n\nThe union said it would oppose any cuts.\n\n"
                   "The bank confirmed that its board had met on Thursday but declined to "
                   "discuss the plan.")


def test_a_lead_the_party_confirms_itself_raises_no_corroboration_flag() -> None:
    # thirtieth session: the wire dev readers flag none of the leads a named party confirms
    # "a day after" another outlet's report (8 such flags were raised, none right)
    assert "no_independent_corroboration" not in codes(CONFIRMED_LEAD)
    # a confirmation of some other point further down leaves the relayed lead second-hand
    assert "no_independent_corroboration" in codes(CONFIRMED_BELOW)


CONFIRMED_APART = ("Veyra Bank plans to cut about 900 jobs, the business daily Finanzbote "
                   "reported on Friday. The bank confirmed that its board had met on Thursday "
                   "but declined to discuss the plan.\n\nThe union said it would oppose any cuts.")


def test_a_confirmation_of_another_point_in_the_lead_leaves_the_flag() -> None:
    # review of the thirtieth session: the party must confirm in the sentence of the report
    assert "no_independent_corroboration" in codes(CONFIRMED_APART)


def test_an_abbreviation_is_no_sentence_end_for_the_confirmation() -> None:
    body = ("Veyra Bank confirmed on Friday that it plans to cut about 900 jobs, a day after the "
            "U.S. business daily Finanzbote reported that a third of its branches would close."
            "\n\nThe union said it would oppose any cuts.")
    assert "no_independent_corroboration" not in codes(body)


HEADLINE_ONLY = ("Broken Hill could lose its only direct air link to Adelaide within months, "
                 "with regional carrier Corella Air reportedly preparing to pull out of the "
                 "route.\n\nThe airline would neither confirm nor deny the report.")


def test_a_headline_corroboration_flag_also_names_the_lead() -> None:
    # thirty-third session: the readers mark the central claim where the lead tells it
    extraction = extract(HEADLINE_ONLY, headline="Broken Hill could lose flights, newspaper "
                         "reports").to_dict()
    scored = scoring.score_extraction(extraction, headline="Broken Hill could lose flights, "
                                      "newspaper reports", priors=DEFAULT_PRIORS)
    flag = next(f for f in scored["flags"] if f["code"] == "no_independent_corroboration")
    fields = [s.get("field") for s in flag["spans"]]
    assert "headline" in fields and "text" in fields


def test_a_lead_about_something_else_is_not_named_by_the_headline_flag() -> None:
    headline = "Ferry service to end in May, newspaper reports"
    body = ("Transport Minister Jane Holt said on Monday that the state would spend $40 million "
            "on new buses.\n\nThe ferry operator declined to comment.")
    scored = scoring.score_extraction(extract(body, headline=headline).to_dict(),
                                      headline=headline, priors=DEFAULT_PRIORS)
    flag = next(f for f in scored["flags"] if f["code"] == "no_independent_corroboration")
    assert {s.get("field") for s in flag["spans"]} == {"headline"}
