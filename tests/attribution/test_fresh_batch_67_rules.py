"""Rules of the thirty-fourth session, each from an error of the wire set's dev part (ids -67
and later): people "involved in drawing up the plan" are unnamed people, the gerund part of
what they are involved in; a body named by a restrictive relative clause ("the union that led
the stoppage") is the source, not the object of the clause."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract

DIRECTORY = OutletDirectory([
    {"domain": "reuters.com", "name": "Reuters", "aliases": ["Reuters"], "kind": "wire"},
])


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(a.source.text if a.source else None, a.source.kind if a.source else None,
             a.cue.text) for a in extract(text, directory=DIRECTORY).attributions]


def test_people_involved_in_a_gerund_are_unnamed_people() -> None:
    found = _found("Reuters reported, citing people involved in drawing up the plan, that the "
                   "agency would seek more money.")
    assert ("people involved in drawing", "anonymous_described", "citing") in found
    # a gerund after any other preposition still says why, outside the phrase
    assert _found("Lawyers for the family said the firm was fined for hiding losses.")[0] == (
        "Lawyers for the family", "named_person", "said")


def test_a_body_named_by_its_relative_clause_is_the_source() -> None:
    assert _found("The union that led the stoppage said the settlement left demands unmet.") == [
        ("The union that led the stoppage", "named_expert", "said")]
    # "that" opening what someone was told stays the content
    assert _found("He told the company that officials said it was fine.")[1] == (
        "officials", "anonymous_described", "said")


def test_a_name_ending_in_fm_is_a_radio_station() -> None:
    assert _found("Accra-based Citi FM reported in March that the government had approached "
                  "investors.") == [("Accra-based Citi FM", "outlet", "reported")]


def test_police_forces_by_their_own_names_are_official_bodies() -> None:
    assert _found("About 150 people attended, according to gardaí.") == [
        ("gardaí", "named_official", "according to")]
    assert _found("The French gendarmerie said two people were hurt.") == [
        ("The French gendarmerie", "named_official", "said")]


def test_a_number_closing_a_name_is_part_of_it() -> None:
    assert _found("Supporters' group Ultras Hainaut 1998 said the board bore responsibility.") == [
        ("Supporters' group Ultras Hainaut 1998", "named_expert", "said")]
    # a year before the subject is not part of any name
    assert _found("In 2019 Smith said the board bore responsibility.") == [
        ("Smith", "named_person", "said")]


def test_a_record_signed_on_an_abbreviated_date_says_what_it_requires() -> None:
    assert _found("The order, signed Dec. 2 by the department, requires the bank to hire a "
                  "reviewer.") == [("The order", "document", "requires")]


def test_a_record_run_on_in_participles_is_one_phrase_without_the_verbs_adverb() -> None:
    assert _found("A Treasury circular dated Sept. 30 and published in the Official Gazette "
                  "already requires insurers to set aside reserves.") == [(
        "A Treasury circular dated Sept. 30 and published in the Official Gazette",
        "document", "requires")]
    # a post-modifier's own adverb stays in the phrase
    assert _found("An official not authorized to speak publicly said the talks failed.") == [
        ("An official not authorized to speak publicly", "anonymous_described", "said")]


def test_what_a_record_lists_inside_a_report_is_the_records_claim() -> None:
    assert _found("A letter dated February 2 from the CBI had listed at least 60 complainants, "
                  "police said.") == [
        ("A letter dated February 2 from the CBI", "document", "listed"),
        ("police", "named_official", "said")]
    # a person's listing is an act inside the report, no claim of its own
    assert _found("He listed his demands, police said.") == [("police", "named_official",
                                                             "said")]


def test_a_placed_trade_with_a_withheld_name_keeps_its_claim() -> None:
    found = _found("A supervisor at the refinery, who asked not to be named, said the deal "
                   "was fair.")
    assert ("A supervisor at the refinery", "anonymous_described", "said") in found


def test_a_bodys_own_people_by_their_function_are_the_body() -> None:
    assert _found("The company's management said the deal was fair.") == [
        ("The company's management", "named_official", "said")]
    assert _found("The prosecution said the deal was fair.") == [
        ("The prosecution", "named_official", "said")]


def test_people_whose_names_are_withheld_are_unnamed_not_vague() -> None:
    assert _found("Unnamed industry insiders said the deal was off.") == [
        ("Unnamed industry insiders", "anonymous_described", "said")]
    assert _found("Several government sources said the deal was off.") == [
        ("Several government sources", "anonymous_described", "said")]
    assert _found("Reuters cited two people it did not name as saying the deal was off.")[1] == (
        "two people it did not name", "anonymous_described", "as saying")
    # a trade at large stays vague
    assert _found("Many insiders said the deal was off.") == [
        ("Many insiders", "vague", "said")]


@pytest.mark.parametrize(("text", "source", "kind"), [
    # a place's state after a relative clause that placed it
    ("Rick Hallgren, who farms near Melfort, Sask., said prices fell.", "Rick Hallgren",
     "named_person"),
    # a person by where they serve, with a withheld name
    ("A priest serving in the diocese, who spoke on condition of anonymity, said priests were "
     "told.", "A priest serving in the diocese", "anonymous_described"),
    # who leads the team
    ("The team, led by microbiologist Prof. Noa Friedlander, reported that yields rose.",
     "The team", "named_expert"),
    # one of a group just mentioned, described
    ("Two workers spoke. One of them, a machinist, said she had been paid late.",
     "One of them", "anonymous_described"),
    # the relayed person after a fronted "According to"
    ("According to NBC, the official, who spoke on condition of anonymity, said investigators "
     "had found a line.", "the official", "anonymous_described"),
    # a name's short form in parentheses inside the phrase
    ("Data from the Federal Environment Agency (UBA) published in the spring showed that "
     "emissions fell.", "Data from the Federal Environment Agency (UBA) published in the spring",
     "document"),
    ("Officials at the Electricity Regulatory Commission (NERC) who spoke on condition of "
     "anonymity said rates rose.", "Officials at the Electricity Regulatory Commission (NERC) "
     "who spoke on condition of anonymity", "anonymous_described"),
])
def test_asides_that_had_cost_the_verb_its_source(text: str, source: str, kind: str) -> None:
    said = [f for f in _found(text) if f[2] in {"said", "reported", "showed"}]
    assert said[-1] == (source, kind, said[-1][2])


def _claims(text: str) -> list[tuple[str | None, str, bool]]:
    return [(a.source.text if a.source else None, a.cue.text, a.claim)
            for a in extract(text, directory=DIRECTORY).attributions]


def test_a_party_denying_a_charge_is_the_source_of_its_denial_not_a_claim() -> None:
    assert _claims("Officials say Iran is using the detainees as bargaining chips, a charge "
                   "Iran denies.") == [("Officials", "say", True), ("Iran", "denies", False)]
    # a practice's adverb does not make the denial a habit of no one's
    assert _claims("The group said jets violated the airspace 14 times, a claim Athens "
                   "routinely rejects.")[1] == ("Athens", "rejects", False)


def test_a_relative_clause_after_the_source_ends_before_the_main_verb() -> None:
    found = extract("Totara Building Supplies, which has 31 branches and reported its "
                    "half-year result last month, did not respond to a request for comment.",
                    directory=DIRECTORY).attributions
    reported = next(a for a in found if a.cue.text == "reported")
    assert reported.content is not None
    assert reported.content.text == "its half-year result last month"
    # "publicly listed" is a listing, no cue
    assert [a.cue.text for a in extract("Huaxin, which is not publicly listed, did not respond "
                                        "to emailed questions.").attributions] == ["respond to"]


@pytest.mark.parametrize("text", [
    "A spokesman said he had nothing to add to the statement.",
    "A spokesperson said she was \"not in a position to share details\" of any inquiry.",
    "A woman who answered the phone said she would pass along a message.",
])
def test_non_answers_are_no_claims(text: str) -> None:
    said = [c for c in _claims(text) if c[1] == "said"]
    assert said and not said[0][2]


def test_questions_referred_elsewhere_are_no_part_of_the_claim() -> None:
    found = extract("A spokesperson said the agency was assisting with the investigation but "
                    "referred questions about the cause to the sheriff's office.").attributions
    assert found[0].content is not None
    assert found[0].content.text == "the agency was assisting with the investigation"
    # what someone had nothing to add to is still a claim when it says more
    assert _claims("He said he had nothing to add to the growing list of complaints against "
                   "the office because he was new.")[0][2]


def test_a_clock_time_keeps_a_records_phrase_whole() -> None:
    assert _found("A news release issued by the Department of Community Services at 9 p.m. "
                  "on Sunday said evacuees will be housed.")[0][1:] == ("document", "said")
    # a clock time closing a sentence still ends it
    assert [t.text for t in __import__("service.attribution.text", fromlist=["tokenize"])
            .tokenize("He left at 5 p.m. The end.")][-5:] == ["p.m", ".", "The", "end", "."]


def test_people_on_a_platform_the_directory_leaves_ambiguous_are_people() -> None:
    platforms = OutletDirectory([{"domain": "x.com", "name": "X (Twitter)",
                                  "aliases": ["Twitter"], "ambiguous_aliases": ["X"],
                                  "kind": "platform"}])

    def kinds(text: str) -> list[str | None]:
        return [a.source.kind if a.source else None
                for a in extract(text, directory=platforms).attributions]
    assert kinds("Several users on X said the showings were sold out.") == [
        "anonymous_described"]
    assert kinds("Some security researchers posting on X said the data was real.") == ["vague"]
    assert kinds("X said the account was suspended.") == ["outlet"]


def test_which_side_a_witness_took_is_no_claim() -> None:
    assert not _claims("Three mayors testified in support of the bill.")[0][2]
    assert _claims("She testified that the plant was safe.")[0][2]


def test_a_counted_group_placed_somewhere_is_the_group_not_the_place() -> None:
    assert _found("Two fuel distributors in Abuja said prices had doubled.") == [
        ("Two fuel distributors in Abuja", "anonymous_described", "said")]
    # the count of another head leaves the matter alone
    assert _found("Two people familiar with discussions in the government offices said "
                  "ministers were leaning towards approval.")[0][0] == (
        "Two people familiar with discussions in the government offices")


def test_why_a_name_is_withheld_is_no_claim() -> None:
    found = _claims("\"They have been under-investing,\" said one food industry analyst, who "
                    "asked not to be named because his firm advises companies in the sector.")
    assert [c[1:] for c in found if c[2]] == [("said", True)]
    # a reason that runs to the main verb leaves the main verb's claim alone
    found = _claims("A district employee who spoke on condition of anonymity because staff had "
                    "been told not to discuss the attack said the doors were locked.")
    assert ("said", True) in [c[1:] for c in found]


@pytest.mark.parametrize(("text", "source", "kind"), [
    # the person of the record, not the record
    ("A co-author of the study, Dr. Yonatan Abergil, said the results were robust.",
     "Dr. Yonatan Abergil", "named_person"),
    # a titled name with its body after a role
    ("The project's principal investigator, Dr Aisling Brereton of DCU, said she had seen the "
     "report.", "Dr Aisling Brereton of DCU", "named_person"),
    # the "and" inside what a group is of
    ("Critics of the plan and its costs say it is too expensive.",
     "Critics of the plan and its costs", "vague"),
])
def test_appositives_and_groups_of_two_things(text: str, source: str, kind: str) -> None:
    assert _found(text)[0][:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "The Sligo Champion has not been able to independently confirm the details of the case.",
    "The desk was unable to verify that account with anyone else who attended.",
    "The river remains open to fishing while testing continues.",
    "Opposition legislators pressed the ministry on the pace of offshore wind installations.",
    "Outside the venue, about 200 protesters chanted and held signs criticizing the nominee.",
])
def test_checks_states_questions_and_chants_are_no_claims(text: str) -> None:
    assert not any(claim for _, _, claim in _claims(text))


def test_a_chant_with_its_words_stays_a_claim() -> None:
    assert _claims("The crowd chanted that the mayor must resign.")[0][2]


def test_an_appearance_in_court_is_an_event() -> None:
    assert not any(c for _, _, c in _claims(
        "Cameron Joseph Pryde, 41, appeared in Lismore Local Court on Tuesday."))
