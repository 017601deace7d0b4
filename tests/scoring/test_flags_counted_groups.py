"""Single-anonymous flags and counted groups (wire dev set, bench/validity.py): "three people
familiar with the matter" are several sources the reporter counted, not one; "One of the
people" and "Another" after them are one each, named as one of that group; a confidential
source's own words in quotation marks are colour, scored but not flagged."""

from __future__ import annotations

from typing import Any

from service import scoring
from service.attribution import extract
from service.scoring import DEFAULT_PRIORS

HEADLINE = "Harwick in talks to buy Dellmont"
LEAD = ("Harwick Foods is in advanced talks to acquire Dellmont Brands, according to three "
        "people familiar with the matter.\n\n")


def scored(body: str) -> dict[str, Any]:
    extraction = extract(body, headline=HEADLINE).to_dict()
    return dict(scoring.score_extraction(extraction, headline=HEADLINE, priors=DEFAULT_PRIORS))


def single_anonymous(result: dict[str, Any], body: str) -> list[dict[str, Any]]:
    return [f for f in result["flags"] if f["code"] == "single_anonymous_source"]


def test_a_counted_group_is_not_one_anonymous_source() -> None:
    body = LEAD + "Harwick declined to comment."
    result = scored(body)
    assert single_anonymous(result, body) == []
    assert result["score"]["label"] != "weakly sourced"


def test_one_of_the_group_is_one_source_named_as_one_of_them() -> None:
    body = LEAD + (
        "One of the people said Harwick had lined up bridge financing from two banks.\n\n"
        "Another said a private equity firm had approached Dellmont earlier this year.")
    flags = single_anonymous(scored(body), body)
    assert len(flags) == 1  # one flag per group, however many of its members speak
    covered = " ".join(body[s["start"]:s["end"]] for s in flags[0]["spans"])
    assert "bridge financing" in covered and "private equity firm" in covered
    assert "one of three people familiar with the matter" in flags[0]["message"]


def test_a_quoted_remark_of_one_confidential_source_is_not_flagged() -> None:
    body = ("A Western diplomat in Tashkent who follows the talks said the Uzbek side remained "
            "reluctant to commit to fixed volumes.\n\n"
            "\u201cThere is real goodwill on both sides, but the hard number is still the hard "
            "number,\u201d the diplomat said.")
    flags = single_anonymous(scored(body), body)
    assert len(flags) == 1
    covered = " ".join(body[s["start"]:s["end"]] for s in flags[0]["spans"])
    assert "remained reluctant" in covered and "goodwill" not in covered


def test_a_bodys_officials_on_the_record_are_not_a_confidential_source() -> None:
    body = ("Nine patients at a hospital have contracted Legionnaires' disease, county health "
            "officials said on Tuesday.\n\nThe hospital said it had closed one tower.")
    assert single_anonymous(scored(body), body) == []


def test_officials_not_authorized_to_speak_stay_confidential() -> None:
    body = ("Prosecutors are investigating the port authority, according to two officials.\n\n"
            "The officials, who were not authorized to discuss an ongoing investigation, said "
            "prosecutors had also interviewed three former staff.\n\n"
            "One of them said the inquiry had widened in March.")
    flags = single_anonymous(scored(body), body)
    covered = " ".join(body[s["start"]:s["end"]] for f in flags for s in f["spans"])
    assert "widened in March" in covered


def test_a_closing_according_to_covers_only_its_own_clause() -> None:
    body = ("Investigators are treating the fire as arson, the state fire marshal's office said "
            "Friday, and police have questioned a former employee of the business, according to "
            "a law enforcement official.")
    found = extract(body).to_dict()["attributions"]
    according = next(a for a in found if a["cue"]["text"] == "according to")
    assert according["content"]["text"] == (
        "police have questioned a former employee of the business")
    marshal = next(a for a in found if a["source"] and "marshal" in a["source"]["text"])
    assert marshal["parent"] is None


def test_a_vague_group_beside_a_named_source_in_its_paragraph_is_not_flagged() -> None:
    # a third of the claims on confidential sources: a mixed article, where a vague body
    # claim's flag stands unless its paragraph backs it
    lead = ("The water utility said it would replace the main on Elm Street next month. The "
            "work will take two weeks, the utility said.\n\nThe main has burst three times "
            "this year, people familiar with the repairs said. The pipe is 80 years old, the "
            "people said. It was last inspected in 2009, the people said.\n\n")
    end = ("\n\nThe utility's director, Jo Pratt, said customers would not pay for the work. "
           "Pratt said the street would reopen in June.")
    backed = lead + ("Critics said the pressure had been low for weeks. "
                     "Kevin Marsh, who lives on Elm Street, said his taps ran dry twice.") + end
    alone = lead + "Critics said the pressure had been low for weeks." + end
    assert scored(alone)["score"]["label"] == "mixed"
    vague = [f for f in scored(backed)["flags"] if f["code"] == "vague_only"]
    assert vague == []
    assert [f["code"] for f in scored(alone)["flags"]].count("vague_only") == 1


def test_the_people_a_survey_counted_are_its_data_not_a_vague_source() -> None:
    body = ("The river has flooded twice this year, the agency said.\n\n"
            "A 2022 survey by the volunteer group Firefly Watch found that about two-thirds of "
            "participants reported seeing fewer fireflies than a decade earlier.")
    assert [f for f in scored(body)["flags"] if f["code"] == "vague_only"] == []


def test_an_anonymity_aside_after_the_cue_leaves_the_claim_and_the_flag() -> None:
    body = ("The plant will close, the company said.\n\n"
            "A resident said, on condition of anonymity, that the plant had leaked for years.")
    result = scored(body)
    claims = [c["text"] for c in result["claims"]]
    assert "that the plant had leaked for years" in claims
    flags = single_anonymous(result, body)
    assert len(flags) == 1 and "speaking on condition of anonymity" in flags[0]["message"]


def test_people_with_knowledge_are_several_and_a_second_person_is_one() -> None:
    body = ("The bank is weighing a sale of its unit, a person familiar with the matter said.\n\n"
            "A second person said the bank had hired advisers.\n\n"
            "People with knowledge of the plan said it had not been finalised.")
    flags = single_anonymous(scored(body), body)
    messages = " ".join(f["message"] for f in flags)
    assert "a second person familiar with the matter" in messages
    covered = " ".join(body[s["start"]:s["end"]] for f in flags for s in f["spans"])
    assert "hired advisers" in covered and "not been finalised" not in covered


def test_a_dash_source_headline_over_several_confidential_people() -> None:
    headline = "Exclusive: Airline in talks to buy rival - sources"
    body = ("The airline is in talks to buy its rival, two people familiar with the matter "
            "said.\n\nThe deal could be worth $2 billion, the people said.\n\n"
            "The airline declined to comment.")
    extraction = extract(body, headline=headline).to_dict()
    top = next(a for a in extraction["attributions"] if a["field"] == "headline")
    assert (top["source"]["text"], top["content"]["text"]) == (
        "sources", "Airline in talks to buy rival")
    result = dict(scoring.score_extraction(extraction, headline=headline,
                                           priors=DEFAULT_PRIORS))
    assert single_anonymous(result, body) == []
    assert result["score"]["label"] == "mixed"  # several confidential sources, none named


def test_they_after_a_counted_group_is_that_group() -> None:
    body = ("The plant will close, the company said.\n\n"
            "Two officials who spoke on condition of anonymity said the military had detected "
            "signs of a test. They said they had no data on the engine's thrust.")
    flags = single_anonymous(scored(body), body)
    covered = " ".join(body[s["start"]:s["end"]] for f in flags for s in f["spans"])
    assert "no data" not in covered


def test_placed_officials_are_several_and_a_pointing_word_is_never_a_name() -> None:
    from service import scoring
    from service.attribution import extract
    from service.scoring import DEFAULT_PRIORS
    text = ("Officials in the Fergana Valley said some canal allocations were cut by a third. "
            "The company was sounding out investors, according to a report in the Sydney "
            "Herald on Monday, which cited unnamed sources. One woman who has lived near the "
            "square for 40 years, and who gave only her first name, said tourists walked into "
            "her garden.")
    extraction = extract(text).to_dict()
    result = scoring.score_extraction(extraction, headline=None, priors=DEFAULT_PRIORS)
    messages = [f["message"] for f in result["flags"] if f["code"] == "single_anonymous_source"]
    assert not any("Fergana" in m for m in messages)
    assert not any("by which" in m or "unnamed One" in m for m in messages)


def test_a_bare_plural_withholding_names_is_several_sources() -> None:
    """"Aid workers at the site, who asked not to be named" are several people who withheld
    their names, not one confidential source; "An aid worker at the site, who asked ..." is one."""
    several = ("Aid workers at the site, who asked not to be named because they were not "
               "authorised to speak to the media, said food stocks would run out within weeks.")
    one = several.replace("Aid workers", "An aid worker").replace("they were", "he was")
    assert single_anonymous(scored(several), several) == []
    assert len(single_anonymous(scored(one), one)) == 1


def test_officials_involved_in_an_inquiry_are_several_sources() -> None:
    """"citing officials involved in an investigation": the whole phrase is the source, several
    officials nobody granted anonymity, so no single-source flag (`sl-chains-2.32`: the wire
    dev readers flagged none of 15 such claims), and the explanation names them as several
    ("unnamed officials ...", never "an unnamed officials")."""
    body = ("Hackers had access to the system, the daily Kathimerini reported on Wednesday, "
            "citing officials involved in an investigation.")
    result = scored(body)
    assert single_anonymous(result, body) == []
    assert "officials involved in an investigation" in str(result)
    assert "an unnamed officials" not in str(result)


def flagged_claims(body: str) -> list[str]:
    return [body[s["start"]:s["end"]] for f in single_anonymous(scored(body), body)
            for s in f["spans"] if s.get("field") != "headline"]


def test_one_of_a_bodys_officials_who_withheld_their_names_is_one_confidential_source() -> None:
    # sixty-fifth wire batch (twenty-third session): a group read as a body's people ("Two
    # Department of Homeland Security officials, who spoke on condition of anonymity"), and a
    # withheld-name clause after "According to two officials ...,": "One of the officials" is
    # one of them, confidential
    for body in ("Two Department of Homeland Security officials, who spoke on condition of "
                 "anonymity because the plan had not been published, said a notice could "
                 "appear on Tuesday. One of the officials said ICE had been told to prepare "
                 "3,000 beds.",
                 "Only 14 of 61 farms accepted, the province said.\n\nAccording to two officials "
                 "involved in the talks, who asked not to be named because the negotiations are "
                 "confidential, several farmers turned down offers. One of the officials said "
                 "some offers were 20 percent below what farmers had paid."):
        found = flagged_claims(body)
        assert "One of the officials" in found
        assert not any("notice could appear" in t or "turned down offers" in t for t in found)


def test_a_source_an_outlet_quotes_after_an_anonymity_aside_is_confidential() -> None:
    # "The Courier also quoted a senior manager, who spoke on condition of anonymity, as
    # saying": the aside between the speaker and "as saying" says why the name is withheld
    body = LEAD + ("Harwick declined to comment.\n\nThe Courier also quoted a senior manager, "
                   "who spoke on condition of anonymity, as saying that the board had "
                   "effectively made up its mind.")
    assert any("made up its mind" in t for t in flagged_claims(body))


def test_a_source_the_outlet_leaves_unnamed_is_confidential() -> None:
    body = LEAD + ("Harwick declined to comment.\n\nThe Global Times quoted an unnamed "
                   "cybersecurity expert as saying the routers posed a clear risk.")
    assert any("posed a clear risk" in t for t in flagged_claims(body))


def test_one_after_a_group_that_withheld_its_names_is_one_of_them() -> None:
    body = LEAD + ("Harwick declined to comment.\n\nThree former field technicians, who spoke on "
                   "condition of anonymity, said managers pushed inspections back. One said he "
                   "had been told in 2021 to find a reason to reschedule.")
    found = flagged_claims(body)
    assert any("find a reason" in t for t in found)
    assert not any("pushed inspections back" in t for t in found)


def test_a_bodys_officials_placed_inside_it_are_several() -> None:
    body = ("Officials inside the ministry said Harwick Foods had filed for approval of the "
            "Dellmont purchase.")
    assert single_anonymous(scored(body), body) == []
