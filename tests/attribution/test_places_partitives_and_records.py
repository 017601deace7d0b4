"""The state or country after a place in a speaker's description ("a teacher in Austin,
Texas, said"), a partitive source after "citing" or "according to" ("one of the people familiar
with the inquiry"), records made by someone in a contact clause or under two participles ("a
memo Skyward sent to investors", "An evaluation commissioned by the utility and conducted by
..."), new record heads, a group a "that" clause describes ("Advocacy groups that represent
detained immigrants"), a person known only by a surname ("A resident surnamed Liang"), and a
name its appositive calls a news outlet ("Baza, a Telegram channel"). Found with the
seventy-seventh to eightieth wire batches (twenty-eighth session)."""

from __future__ import annotations

import pytest

from service.attribution import OutletDirectory, extract
from service.attribution.text import tokenize


def sources(text: str) -> list[tuple[str, str]]:
    """(text, kind) of the source of every attribution that states a claim."""
    return [(a["source"]["text"], a["source"]["kind"])
            for a in extract(text).to_dict()["attributions"] if a["claim"] and a["source"]]


def source_of(text: str, cue: str) -> tuple[str, str] | None:
    """(text, kind) of the source of the attribution whose cue is `cue`."""
    for a in extract(text).to_dict()["attributions"]:
        if a["cue"]["text"] == cue:
            return (a["source"]["text"], a["source"]["kind"]) if a["source"] else None
    raise AssertionError(f"no attribution with the cue {cue!r}")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Maria Lopez, a teacher in Austin, Texas, said the plan would fail.", "Maria Lopez"),
    ("Dale Pruitt, a broadcast meteorologist in Wichita, Kan., said in an interview that he "
     "understood the business pressures.", "Dale Pruitt"),
    ("Jo Kim, a nurse from Toledo, Ohio, told the board that staffing was short.", "Jo Kim"),
    ("Danielle Roy, a pharmacist who owns two pharmacies in Sudbury, Ont., said families had "
     "started calling.", "Danielle Roy"),
    # a name after a description stays the speaker; so does a name before a place
    ("The mayor of Springfield, Tom Hale, said the plan would fail.", "Tom Hale"),
    ("U.S. District Judge Miriam Okafor in Sacramento, California, wrote in a ruling that the "
     "drivers had a case.", "U.S. District Judge Miriam Okafor"),
])
def test_a_state_after_a_place_is_not_the_speaker(text: str, speaker: str) -> None:
    assert sources(text)[0][0] == speaker


def test_a_speaker_described_only_by_a_place_and_its_state_is_the_description() -> None:
    text, kind = sources("A farmer in Dodge City, Kan., said the rain came too late.")[0]
    assert (text, kind) == ("A farmer in Dodge City", "anonymous_described")


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("The Chronicle, citing one of the people familiar with the inquiry, reported that "
     "prosecutors had not decided.", "citing",
     ("one of the people familiar with the inquiry", "anonymous_described")),
    ("The plan was backed by the board, according to one of his aides.", "according to",
     ("one of his aides", "anonymous_described")),
    # part of a set of things is no person: never an unnamed source
    ("According to one of the reports, prices rose.", "According to",
     ("one of the reports", "unresolved")),
])
def test_a_partitive_source_is_the_whole_phrase(text: str, cue: str,
                                                expected: tuple[str, str]) -> None:
    assert source_of(text, cue) == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("An evaluation commissioned by the utility and conducted by the consulting firm Ridgeback "
     "Analytics found that the cameras detected 71% of ignitions.", "found",
     "An evaluation commissioned by the utility and conducted by the consulting firm Ridgeback "
     "Analytics"),
    ("A facilities study the district commissioned from Grand Rapids-based Hartman Moss "
     "Architects found that Lakeview needs repairs.", "found",
     "A facilities study the district commissioned from Grand Rapids-based Hartman Moss "
     "Architects"),
    ("Axios reported on Tuesday, citing a memo Skyward sent to investors, that the company's "
     "advertising revenue had fallen.", "citing", "a memo Skyward sent"),
    ("The association's own modelling, released on Monday, shows that the average price will "
     "rise.", "shows", "The association's own modelling"),
    ("A recording of the call shows that the officer warned him twice.", "shows",
     "A recording of the call"),
])
def test_a_record_and_whoever_made_it_is_the_record(text: str, cue: str, expected: str) -> None:
    assert source_of(text, cue) == (expected, "document")


def test_a_group_a_that_clause_describes_is_the_whole_group() -> None:
    assert sources("Advocacy groups that represent detained immigrants said the findings "
                   "matched what they had heard.")[0] == (
        "Advocacy groups that represent detained immigrants", "vague")
    assert sources("Groups that track the conflict said 40 people died.")[0] == (
        "Groups that track the conflict", "vague")


def test_that_after_the_object_of_a_cue_still_opens_the_reported_clause() -> None:
    said = source_of("He told residents that officials said the water was safe.", "said")
    assert said is not None and said[0] == "officials"


@pytest.mark.parametrize(("text", "expected"), [
    ("One farmer, who gave only his surname, Tang, said he had lost a third of his stock.",
     "One farmer, who gave only his surname"),
    ("A resident surnamed Liang said community staff had knocked on every door.",
     "A resident surnamed Liang"),
])
def test_a_person_known_only_by_a_surname_is_unnamed(text: str, expected: str) -> None:
    text_kind = sources(text)[0]
    assert text_kind == (expected, "anonymous_described")


def test_a_later_pronoun_of_a_surname_only_source_stays_unnamed() -> None:
    found = sources('A resident surnamed Liang said staff had knocked on every door. "They '
                    'are very thorough," she said.')
    assert [kind for _, kind in found] == ["anonymous_described", "anonymous_described"]


@pytest.mark.parametrize(("text", "name"), [
    ("Severny Frontovik, a pro-war Telegram channel with about 300,000 subscribers, said the "
     "plant had burned.", "Severny Frontovik"),
    ("Svii Melitopol, a Telegram channel run by exiles from the city, reported long queues at "
     "the bank.", "Svii Melitopol"),
    ("Rybar, a Russian military blog, said the plant had burned.", "Rybar"),
])
def test_a_name_its_appositive_calls_a_news_outlet_is_an_outlet(text: str, name: str) -> None:
    assert sources(text)[0] == (name, "outlet")


def test_a_site_with_no_word_of_news_beside_it_makes_no_outlet() -> None:
    assert sources("Tom Hale, a heritage site manager, said the plant had burned.")[0][1] != (
        "outlet")


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Corriere dello Sport reported that the player has agreed personal terms.",
     "Corriere dello Sport", "outlet"),
    ("La Gazzetta dello Sport said the owners had set an asking price.",
     "La Gazzetta dello Sport", "outlet"),
    # the small words inside a person's name keep the whole name
    ("Economy Minister Luis de Guindos said the deal was done.",
     "Economy Minister Luis de Guindos", "named_official"),
    ("Ursula von der Leyen said the deal was done.", "Ursula von der Leyen", "named_person"),
])
def test_a_name_holding_a_particle_is_read_whole(text: str, name: str, kind: str) -> None:
    assert sources(text)[0] == (name, kind)


@pytest.mark.parametrize(("text", "expected"), [
    ("Some fund managers remain skeptical that the lead will hold.",
     ("Some fund managers", "vague")),
    ("Residents remained hopeful that the plant would reopen.", ("Residents", "vague")),
])
def test_a_stance_after_remain_or_seem_has_the_phrase_before_the_copula(
        text: str, expected: tuple[str, str]) -> None:
    assert sources(text)[0] == expected


def test_remains_inside_a_reported_clause_is_no_source() -> None:
    assert sources("The company remains committed to the plan, a spokesman said.") == [
        ("a spokesman", "named_official")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Aid agencies warned that the camps were at risk.", ("Aid agencies", "vague")),
    ("Teaching unions said pay was too low.", ("Teaching unions", "vague")),
    # the ones the article is about stay named
    ("The unions said pay was too low.", ("The unions", "named_person")),
])
def test_uncounted_agencies_and_unions_are_a_collective(text: str,
                                                         expected: tuple[str, str]) -> None:
    assert sources(text)[0] == expected


def test_a_group_who_commented_somewhere_is_the_source_not_the_place() -> None:
    found = sources("Several viewers who commented on the station's Facebook page said they "
                    "had received calls.")
    assert ("Several viewers who commented on the station's Facebook page",
            "anonymous_described") in found
    assert all(text != "the station's Facebook page" for text, _ in found)


def test_a_role_a_participle_describes_is_the_head_of_its_phrase() -> None:
    assert sources("A doctor working for a medical charity said the camp was full.")[0] == (
        "A doctor working for a medical charity", "anonymous_described")


@pytest.mark.parametrize(("text", "expected"), [
    ("Investigators said the group was working for a foreign service.",
     ("Investigators", "anonymous_described")),
    ("Inspectors said work had been done at only six sites.",
     ("Inspectors", "anonymous_described")),
    # the office on the case stays named
    ("Prosecutors said he had lied.", ("Prosecutors", "named_official")),
])
def test_investigators_are_people_on_a_case_and_prosecutors_its_office(
        text: str, expected: tuple[str, str]) -> None:
    assert sources(text)[0] == expected


@pytest.mark.parametrize("text", [
    "The department's inspector general found that the servicer overcharged borrowers.",
    "The attorney general said the agency could not account for the money.",
    "The Justice Department's inspector general said the agency could not account for it.",
])
def test_an_office_written_x_general_is_one_knowable_person(text: str) -> None:
    assert sources(text)[0][1] == "named_official"


def test_people_told_to_do_something_are_its_hearers_not_its_source() -> None:
    found = extract("Miriam Elkayam, 61, who was among several hundred people told to leave "
                    "their homes, said the flames came fast.").to_dict()["attributions"]
    told = next(a for a in found if a["cue"]["text"] == "told")
    assert told["source"] is None
    assert sources("Officials told reporters to expect delays.")[0] == (
        "Officials", "anonymous_described")


@pytest.mark.parametrize(("text", "kind"), [
    ("Friends of the model said she planned to celebrate quietly.", "anonymous_described"),
    ("Friends of one long-serving footman said he had been sleeping on a sofa.",
     "anonymous_described"),
    # friends of a group, critics of a thing: anybody
    ("Friends of the victims said they were angry.", "vague"),
    ("Critics of the plan said it would fail.", "vague"),
])
def test_the_circle_of_one_person_is_unnamed(text: str, kind: str) -> None:
    assert sources(text)[0][1] == kind


def test_a_named_partys_lawyers_are_named() -> None:
    found = sources("Garcia was charged on Monday. His lawyers said he would plead not guilty.")
    assert ("His lawyers", "named_person") in found


def test_a_list_of_places_a_group_is_from_holds_capital_cities() -> None:
    assert sources("Customers in Tehran, Isfahan and Mashhad said they were unable to withdraw "
                   "cash.")[0] == ("Customers in Tehran, Isfahan and Mashhad", "vague")


def test_a_masthead_ending_in_a_weekday_is_not_a_date() -> None:
    mail = OutletDirectory([{"domain": "mailonsunday.co.uk", "name": "The Mail on Sunday",
                             "aliases": ["Mail on Sunday"], "ambiguous_aliases": [],
                             "kind": "newspaper", "country": "GB", "reliability": 0.4}])
    found = extract("The Mail on Sunday reported that the pair had not spoken.",
                    directory=mail).to_dict()["attributions"]
    assert (found[0]["source"]["text"], found[0]["source"]["kind"]) == (
        "The Mail on Sunday", "outlet")
    assert sources("Spicer Thursday said the talks had failed.")[0][0] == "Spicer"


def test_a_survey_of_people_published_by_a_body_is_the_survey() -> None:
    assert sources("A survey of 312 members published by the union alongside the result found "
                   "that one in five had skipped meals.")[0] == (
        "A survey of 312 members published by the union alongside the result", "document")


@pytest.mark.parametrize("text", [
    "Lawyers for the county argued that the rule applied only to increases.",
    "Lawyers for the city said the rule applied.",
])
def test_a_named_partys_lawyers_for_it_are_named(text: str) -> None:
    assert sources(text)[0][1] == "named_person"


def test_people_along_a_place_are_a_placed_collective() -> None:
    assert sources("Residents along the river said the water had turned a milky colour.")[0] == (
        "Residents along the river", "vague")


def test_a_bodys_post_described_before_the_name_of_its_holder_gives_the_name() -> None:
    assert sources("Pendlemoor Borough Council's cabinet member for environment, Councillor Ian "
                   "Royce, said the council would act.")[0] == (
        "Councillor Ian Royce", "named_official")
    # a body's own organ named after it stays the organ
    assert sources("Iran's oil ministry news service, Shana, said output rose.")[0][0] == (
        "Iran's oil ministry news service")


def test_a_what_clause_ends_the_phrase_unless_it_is_its_matter() -> None:
    assert sources("About 1,200 workers downed tools on Monday over what their union says are "
                   "six months of unpaid salaries.")[0][0] == "their union"
    said = source_of("A person familiar with what the company plans said the deal was near.",
                     "said")
    assert said is not None and said[0] == "A person familiar with what the company plans"


def test_an_outlets_possessive_report_is_the_outlet_and_a_plural_possessive_runs_on(
        directory: OutletDirectory) -> None:
    found = extract("Reuters's report said the startup had held discussions.",
                    directory=directory).to_dict()["attributions"]
    assert (found[0]["source"]["text"], found[0]["source"]["kind"]) == ("Reuters's report",
                                                                        "outlet")
    assert source_of("According to the banks' most recent quarterly results, profit rose.",
                     "According to") == ("the banks' most recent quarterly results", "document")


def test_a_described_name_with_its_article_and_a_which_clause_is_the_source() -> None:
    assert sources("Polwind's largest shareholder, the investment fund Nordvest Capital Partners, "
                   "which holds 27.3 percent, said it supports the strategy.")[0] == (
        "the investment fund Nordvest Capital Partners", "named_expert")


def test_a_compound_modifier_in_a_description_is_no_name() -> None:
    assert sources("Two Bahrain-listed lenders, Pearl Gulf Bank and Al-Wafa Islamic Bank, said "
                   "they had begun talks.")[0][0] == "Pearl Gulf Bank and Al-Wafa Islamic Bank"


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents reached by phone said no such notice had been given.",
     "Residents reached by phone"),
    ("A 41-year-old tailor who had lived in the area since 2009 said the soldiers came at dawn.",
     "A 41-year-old tailor who had lived in the area since 2009"),
    ("Several dealers on Spanish Town Road said sales had slowed.",
     "Several dealers on Spanish Town Road"),
    ("Travellers waiting at the airport on Thursday afternoon said they had heard rumours.",
     "Travellers waiting at the airport on Thursday afternoon"),
])
def test_people_the_reporter_met_keep_their_whole_phrase(text: str, expected: str) -> None:
    assert sources(text)[0][0] == expected


def test_a_companys_abbreviated_ending_keeps_its_full_stop_inside_a_sentence() -> None:
    assert [t.text for t in tokenize("Midori Home Co. said it had found panels")][:4] == [
        "Midori", "Home", "Co.", "said"]
    # a sentence that ends on it still ends there
    assert [t.text for t in tokenize("sold to Acme Inc. The deal")][2:5] == ["Acme", "Inc", "."]
    president = sources("The president of Setouchi Electric Power Co. said he would step down.")
    assert president[0][0] == "The president of Setouchi Electric Power Co."


def test_state_before_a_plural_noun_is_no_cue() -> None:
    cues = [a["cue"]["text"] for a in extract("He studies state elections, she said.").to_dict()[
        "attributions"]]
    assert "state" not in cues
    assert source_of("The rules state that members must vote.", "state") == ("The rules",
                                                                            "document")


def test_the_platform_x_at_a_clause_end_closes_the_sentence() -> None:
    assert [t.text for t in tokenize("complained on X. Others said")][2:4] == ["X", "."]
    assert sources("Some passengers complained on X. Others said they had been offered "
                   "refunds.")[-1] == ("Others", "vague")
    # an initial stays an initial
    assert [t.text for t in tokenize("President John F. Kennedy said")][2] == "F."
