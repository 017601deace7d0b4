"""Words after a cue that are not its speaker, and clauses that stand on their own (wire dev
set and PolNeAR dev, bench/validity.py and bench/polnear.py, ninth session):

- only a verb of speech takes its speaker after it ("..., said Smith"); after any other verb the
  noun phrase is its object ("decided one institution at a time", "declared bankruptcy");
- "..., an allegation the company has denied" is an answer to what was said (the company the
  source of its denial, no claim), no source of the allegation;
- "..., the agency said, as forecasters warned that ..." is two attributions side by side;
- "according to people who attended the meeting" is one source phrase, the "who" clause
  included, and people who did something on an occasion are particular people (unnamed);
  "people in the industry" are a trade at large (vague), "people in Trump world" insiders."""

from __future__ import annotations

import pytest

from service.attribution import extract


def attributions(text: str) -> list[dict]:
    return list(extract(text).to_dict()["attributions"])


@pytest.mark.parametrize(("text", "not_a_source"), [
    ("Some curators have warned that piecemeal restitutions, decided one institution at a "
     "time, risk emptying collections.", "one institution"),
    ("One after another, mining companies, including Patriot, declared bankruptcy.",
     "bankruptcy"),
    ("The senator, as he has in the past, opposed the measure.", "the measure"),
])
def test_the_object_of_a_verb_that_is_not_speech_is_no_inverted_speaker(
        text: str, not_a_source: str) -> None:
    sources = [a["source"]["text"] for a in attributions(text) if a["source"]]
    assert not any(not_a_source in s for s in sources), sources


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We will not back down,” said Maria Lopez, the union's president.", "Maria Lopez"),
    ("“The impact is still small,” wrote Cameron Easley.", "Cameron Easley"),
    ("“Is this the end?” asked the chairman.", "the chairman"),
])
def test_verbs_of_speech_still_take_their_speaker_after_them(text: str, speaker: str) -> None:
    sources = [a["source"]["text"] for a in attributions(text) if a["source"]]
    assert any(s.startswith(speaker) for s in sources), sources


def test_an_allegation_someone_denied_is_no_source_of_the_allegation() -> None:
    text = ("Critics also say Minera Altoandina has underreported smaller spills at the site, "
            "an allegation the company has previously denied.")
    found = attributions(text)
    # the company is the source of its denial (the wire readers' attribution), which is no
    # claim to score; the allegation stays the critics', outside the denial
    assert [(a["source"]["text"], a["claim"]) for a in found if a["source"]] == [
        ("Critics", True), ("the company", False)]
    assert found[0]["parent"] is None
    assert found[0]["content"]["text"] == (
        "Minera Altoandina has underreported smaller spills at the site")
    assert found[1]["content"]["text"] == "an allegation"


def test_an_as_clause_after_the_speaker_is_an_attribution_of_its_own() -> None:
    text = ("More than 1,200 people were evacuated on Wednesday, the regional civil protection "
            "agency said, as forecasters warned that another band of storms would arrive.")
    found = attributions(text)
    agency = next(a for a in found if a["source"]["text"].endswith("agency"))
    forecasters = next(a for a in found if a["source"]["text"] == "forecasters")
    assert "forecasters" not in agency["content"]["text"]
    assert agency["content"]["text"].startswith("More than 1,200 people were evacuated")
    assert forecasters["parent"] is None


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("The talks stalled, according to people who spoke on condition of anonymity.",
     "people who spoke on condition of anonymity", "anonymous_described"),
    ("The bank was pressed to raise its dividend, according to people who have attended "
     "meetings with management.", "people who have attended meetings with management",
     "anonymous_described"),
    ("According to officials who were present, the talks stalled.",
     "officials who were present", "anonymous_described"),
    ("Parents who packed the hall said the plan was rushed.", "Parents who packed the hall",
     "anonymous_described"),
    ("Residents who live near the plant said the smell was worse.",
     "Residents who live near the plant", "vague"),
    ("Maintenance has been cut back, according to people in the industry.",
     "people in the industry", "vague"),
])
def test_people_described_by_a_clause(text: str, source: str, kind: str) -> None:
    found = attributions(text)
    match = next(a for a in found if a["source"] and a["source"]["text"] == source)
    assert match["source"]["kind"] == kind


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("The club posted a net loss, according to its annual accounts.", "its annual accounts",
     "document"),
    ("The accounts showed that league rules had limited spending.", "The accounts", "document"),
    ("Eyewitness accounts said the building collapsed.", "Eyewitness accounts", "vague"),
    ("European Union observers said the vote was marred by ballot stuffing.",
     "European Union observers", "named_expert"),
    ("OSCE monitors said the vote was orderly.", "OSCE monitors", "named_expert"),
    ("Western observers said the vote was unfair.", "Western observers", "vague"),
])
def test_books_and_missions(text: str, source: str, kind: str) -> None:
    match = next(a for a in attributions(text) if a["source"] and a["source"]["text"] == source)
    assert match["source"]["kind"] == kind


def test_an_object_after_a_platform_and_the_next_clause_are_not_the_venue_or_the_claim() -> None:
    text = ("Some supporters have criticised on social media the prospect of losing the club's "
            "best player in mid-season, and a fan group has called a protest outside the "
            "stadium.")
    criticised = next(a for a in attributions(text) if a["cue"]["text"] == "criticised")
    assert criticised["venue"]["text"] == "on social media"
    assert criticised["content"]["text"] == (
        "the prospect of losing the club's best player in mid-season")


@pytest.mark.parametrize(("text", "source"), [
    ("Hannah Ibbotson, a fund manager at Greyfield Investors, which holds shares, said the "
     "market was weak.", "Hannah Ibbotson"),
    ("One of the three, the Muskwa Lake Cree Nation, said it would appeal.",
     "the Muskwa Lake Cree Nation"),
    ("U.S. District Judge Miriam Okafor in Sacramento, California, wrote in a ruling that the "
     "drivers had a case.", "U.S. District Judge Miriam Okafor"),
    ("Ursula von der Leyen said the deal was done.", "Ursula von der Leyen"),
])
def test_the_name_before_appositives_places_and_particles(text: str, source: str) -> None:
    assert next(a["source"]["text"] for a in attributions(text) if a["source"]) == source


@pytest.mark.parametrize(("text", "source"), [
    ("Britain's Evening Ledger reported that the club had made an offer.",
     "Britain's Evening Ledger"),
    ("Spain's Diario Marcador reported that the club had made an offer.",
     "Spain's Diario Marcador"),
    ("Lisbon newspaper Diario do Tejo reported that the navy had urged a change.",
     "Lisbon newspaper Diario do Tejo"),
])
def test_mastheads_the_directory_does_not_hold_are_outlets(text: str, source: str) -> None:
    found = attributions(text)
    assert found[0]["source"]["text"] == source
    assert found[0]["source"]["kind"] == "outlet"


def test_a_document_first_reported_by_an_outlet_is_relayed_by_it() -> None:
    text = ("The university will cut 180 jobs, according to an internal document first reported "
            "by the student newspaper The Westmoor Clarion.")
    found = attributions(text)
    document = next(a for a in found if a["source"]["text"] == "an internal document")
    assert document["source"]["kind"] == "document"
    relay = next(a for a in found if a["id"] == document["parent"])
    assert relay["source"]["kind"] in {"outlet", "unnamed_outlet"}


def test_a_closing_report_citing_figures_reports_what_comes_before_it() -> None:
    text = ("Tarvania's ruling People's Unity Party won 81% of the vote in Sunday's election, "
            "state news agency TNA reported on Monday, citing preliminary figures from the "
            "Central Election Commission, in a vote opposition groups said was marred by "
            "pressure on voters.")
    found = attributions(text)
    tna = next(a for a in found if a["source"]["text"] == "state news agency TNA")
    assert tna["source"]["kind"] == "state_affiliated_outlet"
    assert tna["content"]["text"].startswith("Tarvania's ruling People's Unity Party won 81%")
    groups = next(a for a in found if a["cue"]["text"] == "said")
    assert groups["source"]["text"] == "opposition groups"
    assert groups["parent"] is None


@pytest.mark.parametrize(("text", "source"), [
    ("A dozen analysts said the plan would fail.", "A dozen analysts"),
    ("A union representing flight attendants endorsed the plan.",
     "A union representing flight attendants"),
    ("A strong majority of members said they backed the deal.",
     "A strong majority of members"),
])
def test_a_singular_a_before_a_counted_or_modified_plural_stays(text: str, source: str) -> None:
    assert next(a["source"]["text"] for a in attributions(text) if a["source"]) == source


@pytest.mark.parametrize(("text", "source"), [
    ("The council approved the ban last week, a move growers said would cost them.", "growers"),
    ("The appeal followed a ruling lawyers said was flawed.", "lawyers"),
])
def test_the_speakers_inside_a_reduced_relative(text: str, source: str) -> None:
    assert next(a["source"]["text"] for a in attributions(text) if a["source"]) == source


def test_after_a_closing_cue_a_prepositional_phrase_is_no_more_of_the_claim() -> None:
    found = attributions("Sales fell 5%, the company said, in a statement released on Monday.")
    assert found[0]["content"]["text"] == "Sales fell 5%"
    assert found[0]["venue"]["text"].startswith("in a statement")
    moved = attributions("New Zealand will cap visas at 40,000, Immigration Minister Claire "
                         "Hollis said on Monday, in a move growers warned could leave fruit "
                         "rotting on trees.")
    minister = next(a for a in moved if a["cue"]["text"] == "said")
    growers = next(a for a in moved if a["cue"]["text"] == "warned")
    assert minister["content"]["text"] == "New Zealand will cap visas at 40,000"
    assert growers["source"]["text"] == "growers" and growers["parent"] is None


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("The Tavarian News Agency (TNA) said the missile was launched from a coastal battery.",
     "The Tavarian News Agency (TNA)", "outlet"),
    ("The Tavarian Defence Agency (TDA) said the missile was launched.",
     "The Tavarian Defence Agency (TDA)", "named_expert"),
    ("Tech firm Quillon plans 1,200 job cuts, Daily Ledger reports.", "Daily Ledger", "outlet"),
])
def test_bodies_with_acronyms_and_news_agencies(text: str, source: str, kind: str) -> None:
    match = next(a for a in attributions(text) if a["source"] and a["source"]["text"] == source)
    assert match["source"]["kind"] == kind


def test_letters_an_outlet_cites_are_a_document() -> None:
    found = attributions("Most cases were linked to two schools, the Fenwick Courier reported "
                         "on Tuesday, citing letters sent to parents.")
    letters = next(a for a in found if a["cue"]["text"] == "citing")
    assert letters["source"]["kind"] == "document"


@pytest.mark.parametrize(("text", "venue"), [
    ("Some employees said on anonymous workplace forums this week that managers had frozen "
     "hiring.", "on anonymous workplace forums this week"),
    ("Veridane said in its second-quarter results in July that it expected to seek approval.",
     "in its second-quarter results in July"),
    ("The Plains Growers Association told senators in a letter last week that it opposed any "
     "caps.", "in a letter last week"),
    ("Piras, speaking on regional television channel TeleSarda, said it was too early to "
     "concede.", "on regional television channel TeleSarda"),
    ("In a 212-page final report, the board found that the operator had deferred repairs.",
     "In a 212-page final report"),
])
def test_venues_of_wire_copy(text: str, venue: str) -> None:
    found = [a for a in attributions(text) if a["venue"]]
    assert found and found[0]["venue"]["text"] == venue, [
        (a["cue"]["text"], a["venue"]) for a in attributions(text)]


def test_a_platform_after_the_object_of_a_criticism_is_its_venue() -> None:
    found = attributions("Some supporters have criticised the club on social media in recent "
                         "days for failing to replace players.")
    assert found[0]["venue"]["text"] == "on social media"
    blamed = attributions("Others blame misinformation on social media for the drop.")
    assert all(a["venue"] is None for a in blamed)


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("Teachers at two of the schools on the list said they had not been consulted.",
     "Teachers at two of the schools on the list", "anonymous_described"),
    ("Workers on the platform said the alarm did not sound.", "Workers on the platform",
     "anonymous_described"),
    ("Traders at two other banks said they had seen heavy selling.",
     "Traders at two other banks", "anonymous_described"),
    ("Residents of Kharipara said the water was dirty.", "Residents of Kharipara", "vague"),
    ("Some workers at the plant said they were worried.", "Some workers at the plant", "vague"),
])
def test_people_of_a_workplace_the_reporter_reached(text: str, source: str, kind: str) -> None:
    match = next(a for a in attributions(text) if a["source"])
    assert (match["source"]["text"], match["source"]["kind"]) == (source, kind)


def test_a_time_after_on_is_no_place_of_the_speaker() -> None:
    text = "A federal judge on Tuesday refused to dismiss a lawsuit accusing the company of fraud."
    accusing = next(a for a in attributions(text) if a["cue"]["text"] == "accusing")
    assert accusing["source"]["text"] == "a lawsuit"


@pytest.mark.parametrize(("text", "source", "kind"), [
    ("Lawyers who practice before the court say Ambrose has told colleagues he will retire.",
     "Lawyers who practice before the court", "vague"),
    ("A post shared more than 3,000 times on Facebook claimed the plant would close.",
     "A post shared more than 3,000 times on Facebook", "document"),
    ("A staff report released by the city's planning department last month found that the "
     "site was contaminated.",
     "A staff report released by the city's planning department last month", "document"),
])
def test_post_modified_subjects_are_whole_phrases(text: str, source: str, kind: str) -> None:
    match = next(a for a in attributions(text) if a["source"])
    assert (match["source"]["text"], match["source"]["kind"]) == (source, kind)
    told = [a for a in attributions(text) if a["cue"]["text"] == "told"]
    assert all(a["source"]["text"] == "Ambrose" for a in told)


def test_the_outlet_that_first_reported_an_email_relays_it() -> None:
    found = attributions("“Reopening the nominations would be a mistake,” Ash wrote in the "
                         "email, which was first reported by The Associated Press.")
    wrote = next(a for a in found if a["cue"]["text"] == "wrote")
    assert wrote["venue"]["text"] == "in the email"
    assert not any(a["claim"] for a in found if a["cue"]["text"] == "reported")
    chains = extract("“Reopening the nominations would be a mistake,” Ash wrote in the "
                     "email, which was first reported by The Associated Press.").to_dict()[
        "chains"]
    roles = [[h["role"] for h in c["hops"]] for c in chains]
    assert ["publisher", "relay", "venue", "origin"] in roles


def test_a_venue_after_an_inverted_speakers_appositive() -> None:
    found = attributions("“There was no basis for any prosecution,” said Rep. Elijah Cummings, "
                         "the top Democrat on the Oversight Committee, in a statement.")
    assert found[0]["source"]["text"] == "Rep. Elijah Cummings"
    assert found[0]["venue"]["text"] == "in a statement"


@pytest.mark.parametrize(("text", "source"), [
    ("Filings with the county elections board show Whitcombe had $1.1 million in cash.",
     "Filings with the county elections board"),
    ("Whitcombe raised more, according to campaign finance reports.",
     "campaign finance reports"),
])
def test_records_of_a_kind_are_documents(text: str, source: str) -> None:
    match = next(a for a in attributions(text) if a["source"])
    assert (match["source"]["text"], match["source"]["kind"]) == (source, "document")
    assert next(a for a in attributions("Reports said the mayor would resign.")
                )["source"]["kind"] == "vague"


def test_a_plural_record_before_its_verb_is_the_source() -> None:
    found = attributions("Police reports show the car was speeding.")
    assert [(a["source"]["text"], a["cue"]["text"]) for a in found] == [
        ("Police reports", "show")]
    assert attributions("Reuters reports that the talks stalled.")[0]["source"]["text"] == (
        "Reuters")
