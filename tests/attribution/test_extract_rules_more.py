"""More rules: venue carried to a speaker's later words, official roles, nested cues."""

from __future__ import annotations

from typing import Any

from service.attribution import OutletDirectory, OutletRef, extract


def chains_by_claim(text: str, directory: OutletDirectory | None = None,
                    headline: str | None = None) -> dict[str, list[dict[str, Any]]]:
    found = extract(text, headline=headline, directory=directory).to_dict()
    return {c["claim"]["text"]: c["hops"] for c in found["chains"]}


def roles(hops: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(h["role"], h["entity"]) for h in hops]


def test_seed_later_quotes_carry_the_tv_venue(seed_article: tuple[str, str],
                                              directory: OutletDirectory,
                                              publisher: OutletRef) -> None:
    headline, text = seed_article
    result = extract(text, headline=headline, directory=directory, publisher=publisher)
    data = result.to_dict()
    by_id = {a["id"]: a for a in data["attributions"]}
    for marker in ("resilient", "artillery systems"):
        chain = next(c for c in data["chains"]
                     if c["claim"]["field"] == "text" and marker in c["claim"]["text"])
        hops = chain["hops"]
        assert [h["role"] for h in hops] == ["publisher", "venue", "origin"]
        assert hops[1]["outlet"]["domain"] == "1tv.ru"
        assert hops[2]["entity"] == "igor-korotchenko"
        # The attribution keeps no venue of its own; the hop points at the one that has it.
        assert by_id[hops[2]["attribution"]]["venue"] is None
        assert by_id[hops[1]["attribution"]]["venue"] is not None


def test_venue_carries_to_the_same_speakers_next_sentence(directory: OutletDirectory) -> None:
    text = ("Anna Petrova, a retired general, said on Russian Channel One that the front was "
            "stable. Ms Petrova praised the new recruits as “brave and quick.”")
    chains = chains_by_claim(text, directory)
    hops = next(h for claim, h in chains.items() if "brave" in claim)
    assert roles(hops)[1:] == [("venue", "1tv.ru"), ("origin", "anna-petrova")]


def test_no_venue_carried_across_another_occasion(directory: OutletDirectory) -> None:
    text = ("Anna Petrova, a retired general, said on Russian Channel One that the front was "
            "stable. On Tuesday, Ms Petrova said the recruits were brave. "
            "She added that the weather was poor.")
    chains = chains_by_claim(text, directory)
    for claim, hops in chains.items():
        if "brave" in claim or "weather" in claim:
            assert all(h["role"] != "venue" for h in hops), claim


def test_no_venue_carried_to_another_person(directory: OutletDirectory) -> None:
    text = ("Anna Petrova said on Russian Channel One that the front was stable. "
            "Boris Ivanov said the front was collapsing.")
    chains = chains_by_claim(text, directory)
    hops = next(h for claim, h in chains.items() if "collapsing" in claim)
    assert all(h["role"] != "venue" for h in hops)


def test_interview_names_its_own_occasion(directory: OutletDirectory) -> None:
    text = ("Anna Petrova said on Russian Channel One that the front was stable. "
            "In an interview with a local paper, Ms Petrova said the recruits were brave.")
    chains = chains_by_claim(text, directory)
    hops = next(h for claim, h in chains.items() if "brave" in claim)
    assert all(h.get("outlet", {}).get("domain") != "1tv.ru" for h in hops)


def _bbc() -> OutletDirectory:
    return OutletDirectory([{
        "domain": "bbc.com", "name": "BBC", "aliases": [], "ambiguous_aliases": [],
        "kind": "broadcaster", "country": "GB", "state_affiliation": "none", "reliability": 0.9,
    }])


def test_particle_cue_without_a_clause_is_not_nested() -> None:
    text = "According to the BBC, engineers had warned of delays."
    found = extract(text, directory=_bbc()).to_dict()["attributions"]
    assert len(found) == 1
    assert found[0]["source"]["text"] == "the BBC"
    assert found[0]["source"]["outlet"]["domain"] == "bbc.com"
    assert found[0]["content"]["text"] == "engineers had warned of delays"


def test_particle_cue_takes_its_noun_phrase_not_the_sentence_before() -> None:
    text = "Last year, the council warned of delays."
    found = extract(text).to_dict()["attributions"]
    assert [(a["cue"]["text"], a["content"]["text"]) for a in found] == [
        ("warned of", "delays")]
    assert found[0]["source"]["text"] == "the council"


def test_plural_profession_at_sentence_start_is_not_a_name() -> None:
    found = extract("Engineers said the bridge was unsafe.").to_dict()["attributions"]
    assert found[0]["source"]["kind"] == "vague"  # a bare trade, as the wire readers read it


def test_holder_of_a_unique_office_is_a_named_official() -> None:
    for subject in ("The transport minister", "The head of MI6", "The French president",
                    "The Pentagon's spokesman", "The deputy prime minister",
                    "The chief executive of Acme Corp"):
        text = f"{subject} said the talks had failed."
        source = extract(text).to_dict()["attributions"][0]["source"]
        assert source["text"] == subject
        assert source["kind"] == "named_official", subject
        assert source["description"] == subject


def test_unqualified_or_shared_roles_stay_anonymous() -> None:
    for subject in ("A government minister", "The transport ministers", "The official"):
        text = f"{subject} said the talks had failed."
        source = extract(text).to_dict()["attributions"][0]["source"]
        assert source["kind"] != "named_official", subject


def test_office_before_a_name_is_the_named_person() -> None:
    text = "The head of MI6 Richard Moore said Russia was failing."
    source = extract(text).to_dict()["attributions"][0]["source"]
    assert source["entity"] == "richard-moore"


def test_transcript_speaker_labels() -> None:
    text = ("The interview follows.\nTAPPER: And you are supporting him. Is that right?\n"
            "Jane Doe: “We will win.”\nUpdate: the road is closed.")
    found = [a for a in extract(text).to_dict()["attributions"] if a["parent"] is None]
    assert [(a["source"]["text"], a["content"]["text"]) for a in found] == [
        ("TAPPER", "And you are supporting him. Is that right"),
        ("Jane Doe", "“We will win.”"),
    ]
    assert found[0]["source"]["kind"] == "named_person"
    for a in found:
        for key in ("cue", "source", "content"):
            span = a[key]
            assert text[span["start"]:span["end"]] == span["text"]


def test_opinion_noun_after_a_possessor() -> None:
    found = extract("It is a failure, in Bolton’s view.").to_dict()["attributions"]
    assert [(a["cue"]["text"], a["content"]["text"]) for a in found] == [
        ("view", "It is a failure")]
    found = extract("In Professor Knittel's view, the tax would work.").to_dict()[
        "attributions"]
    assert found[0]["content"]["text"] == "the tax would work"
    assert extract("His view of the matter is odd.").to_dict()["attributions"] == []


def test_possessive_speech_noun_about_something() -> None:
    text = "Tom Baker spoke. The crowd loved his criticism of the developer."
    found = extract(text).to_dict()["attributions"]
    assert found[0]["cue"]["text"] == "criticism"
    assert found[0]["source"]["entity"] == "tom-baker"
    assert found[0]["content"]["text"] == "of the developer"


def test_what_an_unnamed_source_is_familiar_with_is_no_cue() -> None:
    text = ("Another source familiar with Cruz's thinking said the senator would run. "
            "People with knowledge of the company's plans said the deal was off.")
    found = extract(text).to_dict()["attributions"]
    assert [(a["cue"]["text"], a["source"]["text"]) for a in found] == [
        ("said", "Another source familiar with Cruz's thinking"),
        ("said", "People with knowledge of the company's plans")]


def test_heading_to_the_polls_is_no_poll_but_a_named_poll_is() -> None:
    assert extract("Voters in New Hampshire head to the polls on Tuesday.").attributions == []
    found = extract("Clinton led by 12 points in an NBC News/Marist poll released Sunday."
                    ).to_dict()["attributions"]
    assert [(a["cue"]["text"], a["source"]["kind"]) for a in found] == [("in", "document")]


def test_the_story_speaks_for_the_outlet_that_ran_it() -> None:
    text = ("A story by the website Politico says more than a hundred delegates could defect. "
            "The story also noted that only one member publicly supports him.")
    found = extract(text).to_dict()["attributions"]
    assert [(a["source"]["text"], a["source"]["kind"]) for a in found] == [
        ("the website Politico", "outlet"), ("The story", "outlet")]
    alone = extract("The story also noted that only one member publicly supports him.")
    assert [a.source.kind for a in alone.attributions if a.source] == ["unresolved"]
