"""Subjects hidden behind appositives, and words that only look like cues.

Found over PolNeAR train articles outside every labelled set and the dev sources the service
missed: an appositive whose closing comma the writer left out ("Sen. X (D-N.Y.), a supporter of
Clinton's bid for the presidency told ...") still describes the name before it; a relative
"who" after an appositive of two roles refers to the name; "known as" names a thing, it reports
no one's knowledge; a programme's short quoted title before the subject is not what is said.
"""

from __future__ import annotations

from typing import Any

from service.attribution import OutletDirectory, extract


def attributions(text: str) -> list[dict[str, Any]]:
    return list(extract(text).to_dict()["attributions"])


def by_cue(text: str, cue: str) -> dict[str, Any]:
    return next(a for a in attributions(text) if a["cue"]["text"] == cue)


def test_unclosed_appositive_gives_the_name_with_its_parenthesis() -> None:
    text = ("Sen. Jane Holloway (D-Ore.), a supporter of the governor's bid for the presidency "
            "told reporters she expected a vote within weeks.")
    told = by_cue(text, "told")
    assert told["source"]["text"] == "Sen. Jane Holloway (D-Ore.)"
    assert told["source"]["kind"] == "named_official"
    assert told["content"]["text"].startswith("she expected a vote")


def test_a_place_before_a_comma_is_not_an_appositive_holder() -> None:
    text = "In Portland, a spokesman for the city told reporters the bridge would reopen."
    told = by_cue(text, "told")
    assert "Portland" not in told["source"]["text"]
    assert told["source"]["text"] == "a spokesman for the city"
    assert told["source"]["kind"] == "named_official"  # the city's voice on the record


def test_relative_after_an_appositive_of_two_roles_is_the_name() -> None:
    text = ("Richard Vance, an Ohio parts manufacturer and conservative activist, who backed "
            "the governor's campaign last year, said the tax was a mistake.")
    kinds = {a["cue"]["text"]: a["source"]["kind"] for a in attributions(text)}
    assert kinds["backed"] == "named_person"


def test_known_as_is_no_cue() -> None:
    for text in ("Investigators linked the breach to a hacking group known as Cold Lantern.",
                 "The largest shareholder is an investment fund once known for its ties "
                 "to a steel family."):
        assert [a["cue"]["text"] for a in attributions(text)] == []


def test_short_title_quote_before_the_subject_is_not_the_content() -> None:
    text = ("Friday on WXYZ’s “Morning Desk,” Mayor Ellen Park told host Tom Reyes she "
            "would veto the budget.")
    told = by_cue(text, "told")
    assert told["content"]["text"].startswith("she would veto the budget")
    assert told["source"]["text"] == "Mayor Ellen Park"


def test_a_past_tense_verb_ends_the_subject_phrase() -> None:
    text = ("While preparing for the summit, President Rivera spent Thursday discussing "
            "challenges that span trade to security.")
    for a in attributions(text):
        assert "spent" not in a["source"]["text"]


def test_source_phrases_stop_at_dashes_gerunds_and_auxiliaries() -> None:
    text = ("Turnout may hinge on a late winning streak - something campaign aides argue is "
            "possible after Tuesday.")
    assert by_cue(text, "argue")["source"]["text"] == "campaign aides"
    text = "The doctor has been called a charlatan by fellow surgeons for promoting cures."
    assert by_cue(text, "called")["source"]["text"] == "fellow surgeons"
    text = "Officials involved with the outside groups have made clear that they will spend."
    assert by_cue(text, "made clear")["source"]["text"] == (
        "Officials involved with the outside groups")
    text = "The Scripps-Howard poll, officials at Scripps-Howard said, was late."
    assert any(a["source"]["text"].startswith("officials at Scripps-Howard")
               for a in attributions(text))


def test_rebuke_after_an_adjective_is_a_noun() -> None:
    text = "The ruling was a comprehensive rebuke to what critics call overreach."
    assert [a["cue"]["text"] for a in attributions(text)] == ["call"]
    assert by_cue("The letter reads: \"We will not back down.\"", "reads")["source"]["kind"] == (
        "document")


def test_a_long_fronted_phrase_ending_in_a_quoted_title_leaves_the_named_subject() -> None:
    text = ("During an interview with the network's senior investigative correspondent for "
            "“Sunday Desk” broadcast on Wednesday’s “Morning Live,” Dana Whitlow, the "
            "hacker known as “Sparrow,” stated that she had reached the server.")
    stated = by_cue(text, "stated")
    assert stated["source"]["text"] == "Dana Whitlow"
    assert stated["source"]["kind"] == "named_person"


def test_attacks_in_words_are_cues() -> None:
    assert by_cue("Hale also took a shot at the governor's budget on Friday.",
                  "took a shot at")["source"]["text"] == "Hale"
    assert by_cue("Critics derided the plan as a giveaway.", "derided")["source"]["kind"] == (
        "vague")
    critique = by_cue("Trade was at the heart of Moreno's critique of the treaty.", "critique")
    assert critique["source"]["text"].startswith("Moreno")


def test_a_reaction_from_someone_is_theirs() -> None:
    text = ("The senator's proposal to cut the program drew rebukes from the Pentagon and "
            "others.")
    rebuke = by_cue(text, "rebukes from")
    assert rebuke["source"]["text"] == "the Pentagon"
    assert rebuke["content"]["text"].startswith("The senator's proposal")
    faced = by_cue("The plan has faced sharp criticism from several governors.",
                   "criticism from")
    assert faced["source"]["text"] == "several governors"
    assert faced["content"]["text"] == "The plan"


def test_an_outlets_review_is_the_outlet_and_a_released_poll_keeps_its_author(
        directory: OutletDirectory) -> None:
    text = "According to a review by The Washington Post, the contracts were awarded blind."
    review = extract(text, directory=directory).to_dict()["attributions"][0]
    assert review["source"]["kind"] == "outlet"
    assert review["source"]["outlet"]["domain"] == "washingtonpost.com"
    poll = by_cue("According to a poll released by The Washington Post and ABC News, 52 "
                  "percent back the plan.", "According to")
    assert poll["source"]["kind"] == "document"
    assert poll["content"]["text"].startswith("52 percent")


def test_a_preposition_in_ing_does_not_end_the_phrase_like_a_gerund() -> None:
    text = ("“I will release mine next week,” Pence told Chuck Todd during an interview for "
            "Sunday’s broadcast.")
    told = by_cue(text, "told")
    assert told["venue"] is not None and "during an interview" in told["venue"]["text"]


def test_history_says_is_vague() -> None:
    text = "The leaders are ahead, although history says there can be upheavals."
    assert by_cue(text, "says")["source"]["kind"] == "vague"


def test_who_after_a_body_refers_to_the_person_the_appositive_describes() -> None:
    text = ("Ronald Marsh, the donor and co-founder of Castlerock Capital hedge fund who once "
            "backed the governor, is launching a new group.")
    assert by_cue(text, "backed")["source"]["kind"] == "named_person"


def test_a_comparison_closed_by_a_verb_of_expecting_is_what_they_expected() -> None:
    expected = by_cue("The win gave her more delegates than her advisers expected.",
                      "expected")
    assert expected["source"]["text"] == "her advisers"
    assert expected["content"]["text"] == "The win gave her more delegates"
    believe = by_cue("His numbers are not as bad as most party insiders believe.", "believe")
    assert believe["source"]["kind"] == "vague"


def test_a_name_before_an_appositive_left_open_is_the_source() -> None:
    text = ("“We have not been briefed,” Dana Reyes, a spokeswoman for Speaker Tom Hale told "
            "the Post.")
    told = by_cue(text, "told")
    assert told["source"]["text"] == "Dana Reyes, a spokeswoman for Speaker Tom Hale"
    assert told["source"]["kind"] == "named_person"
    text = "In Portland, a spokesman told reporters the bridge would reopen."
    assert by_cue(text, "told")["source"]["kind"] == "named_official"  # the body's voice


def test_an_owners_single_post_is_one_knowable_person() -> None:
    text = "Donald Ruiz's newly installed campaign chief has sought to reassure donors."
    assert by_cue(text, "sought")["source"]["kind"] == "named_person"


def test_an_uncounted_class_is_vague_and_a_counted_one_unnamed() -> None:
    assert by_cue("Morale has suffered, employees complain of the silence.",
                  "complain")["source"]["kind"] == "vague"
    assert by_cue("Her critics cited the vote as proof.", "cited")["source"]["kind"] == "vague"
    assert by_cue("Two employees at the plant said the line had stopped.",
                  "said")["source"]["kind"] == "anonymous_described"


def test_a_participle_that_names_a_thing_is_no_cue() -> None:
    text = "He joined a resistance movement called the Ethiopian People's Revolutionary Party."
    assert attributions(text) == []
    assert by_cue("The senator called Trump a fraud.", "called")["source"]["text"] == (
        "The senator")


def test_a_soft_hyphen_is_no_token() -> None:
    text = ("“We have not been briefed,” Dana \u00adReyes, a spokeswoman for Speaker Tom Hale "
            "told the Post.")
    assert by_cue(text, "told")["source"]["kind"] == "named_person"
    assert by_cue("Multiple operatives said the race was over.", "said")["source"]["kind"] == (
        "anonymous_described")


def test_they_is_the_group_its_sentence_opens_with() -> None:
    text = ("A spokesman for the mayor said the budget was final. Meanwhile, the Democrats are "
            "acting as though they want to lose.")
    assert by_cue(text, "want")["source"]["kind"] == "named_person"


def test_a_means_after_by_and_a_label_before_a_colon_are_no_sources() -> None:
    text = "Public colleges close that gap by admitting more students from other states."
    assert attributions(text) == []
    said = by_cue("She responded by saying that the report was false.", "saying")
    assert said["content"]["text"] == "that the report was false"
    text = "Campaign funding: The Rivera campaign wants answers after accusing Lee of fraud."
    assert by_cue(text, "accusing")["source"]["text"] == "The Rivera campaign"


def test_what_an_appositive_calls_a_name_and_a_court_is_a_body() -> None:
    text = ("The Valley Drought Monitor, a weekly map produced by the state university, showed "
            "that 40 percent of the county was dry.")
    assert by_cue(text, "showed")["source"]["kind"] == "document"
    assert by_cue("Jane Smith, a professor of history, said it was clear.",
                  "said")["source"]["kind"] != "document"
    assert by_cue("The court ruled that the law was void.", "ruled")["source"]["kind"] == (
        "named_official")


def test_a_role_before_a_second_aside_describes_the_name_before_it() -> None:
    # the last aside describes the body the role belongs to; the person named first speaks
    text = ("Marisol Bennett, director of the Rural Connectivity Coalition, a Washington-based "
            "advocacy group, said many alarm systems still rely on 3G.")
    said = by_cue(text, "said")
    assert said["source"]["text"] == "Marisol Bennett"
    assert said["source"]["kind"].startswith("named_")
    said = by_cue("Jon Sivertsen, an economist at Halden Bank, a Norwegian lender, said rates "
                  "would rise.", "said")
    assert said["source"]["text"] == "Jon Sivertsen"
    # a body described once stays the source, and a place before it is no name
    said = by_cue("In Washington, the Rural Connectivity Coalition, an advocacy group, said "
                  "rates would rise.", "said")
    assert said["source"]["text"] == "the Rural Connectivity Coalition"


def test_a_name_after_a_possessors_common_noun_is_the_source() -> None:
    """"Ostrowski's public defender, Alan Reyes, said": the name owns the description before
    it, which is a role however unusual its noun (wire dev, twenty-second session)."""
    for text, source in [
        ("Ostrowski's public defender, Alan Reyes, said his client had no prior convictions.",
         "Alan Reyes"),
        ("Halvorsen's founder, Ingrid Moe, said the plant would reopen.", "Ingrid Moe"),
    ]:
        said = by_cue(text, "said")
        assert said["source"]["text"] == source
        assert said["source"]["kind"].startswith("named_")
