"""Chains from the publisher to each claim's origin."""

from __future__ import annotations

from typing import Any

from service.attribution import OutletDirectory, OutletRef, extract


def roles(chain: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(h["role"], h["entity"], h["kind"]) for h in chain["hops"]]


def chain_for(chains: list[dict[str, Any]], claim_start: str) -> dict[str, Any]:
    found = [c for c in chains if c["claim"]["text"].startswith(claim_start)]
    assert len(found) == 1, [c["claim"]["text"] for c in chains]
    return found[0]


def test_seed_chains(seed_article: tuple[str, str], directory: OutletDirectory,
                     publisher: OutletRef) -> None:
    headline, text = seed_article
    result = extract(text, headline=headline, directory=directory, publisher=publisher)
    chains = result.to_dict()["chains"]
    nested = chain_for(chains, "that 100,000 North Korean volunteers")
    assert roles(nested) == [
        ("publisher", "example-news.com", "publisher"),
        ("relay", "nypost.com", "outlet"),
        ("venue", "1tv.ru", "outlet"),
        ("speaker", "igor-korotchenko", "named_expert"),
        ("origin", "reports", "vague"),
    ]
    # The headline ("...: Russian state media") runs through the body chain behind it.
    head = chains[0]
    assert head["claim"]["field"] == "headline"
    assert head["claim"]["text"] == headline[:headline.rindex(":")]
    assert roles(head) == roles(nested)
    assert [h["attribution"] for h in head["hops"]] == [h["attribution"] for h in nested["hops"]]
    by_id = {a.id: a for a in result.attributions}
    assert by_id[head["hops"][1]["attribution"]].source.text == "the New York Post"
    assert by_id[head["hops"][3]["attribution"]].source.text == "The Russian defence expert"
    assert head["hops"][2]["outlet"]["state_affiliation"] == "state_controlled"
    assert nested["hops"][1]["outlet"]["domain"] == "nypost.com"
    assert nested["hops"][2]["outlet"]["state_affiliation"] == "state_controlled"
    korean = chain_for(chains, "Pyongyang intends")
    assert roles(korean) == [
        ("publisher", "example-news.com", "publisher"),
        ("relay", "south-korean-newspaper", "unnamed_outlet"),
        ("origin", "north-korean-source", "anonymous_described"),
    ]
    assert korean["hops"][2]["country"] == "KP"
    assert korean["hops"][1]["country"] == "KR"
    cfr = chain_for(chains, "the North Korean armed force")
    # a think tank is a named source that keeps its rating, not a news outlet
    assert roles(cfr)[-1] == ("origin", "cfr.org", "named_expert")
    bare = chain_for(chains, "Russia invaded Ukraine")
    assert roles(bare) == [("publisher", "example-news.com", "publisher")]
    experts = chain_for(chains, "that it has caused Russia")
    assert roles(experts)[-1] == ("origin", "experts", "vague")


def test_venue_hop_for_state_television(drones_article: tuple[str, str],
                                        directory: OutletDirectory) -> None:
    headline, text = drones_article
    chains = extract(text, headline=headline, directory=directory).to_dict()["chains"]
    claim = chain_for(chains, "that Tehran is prepared")
    assert roles(claim) == [
        ("publisher", "publisher", "publisher"),
        ("venue", "presstv.ir", "state_affiliated_outlet"),
        ("origin", "hamid-farahani", "named_expert"),
    ]
    assert claim["hops"][1]["outlet"]["domain"] == "presstv.ir"
    relayed = chain_for(chains, "that Venezuelan engineers")
    assert [r for r, _, _ in roles(relayed)] == ["publisher", "relay", "venue", "speaker",
                                                "origin"]
    source = chain_for(chains, "the first shipment arrived")
    assert roles(source)[1:] == [("relay", "colombian-newspaper", "unnamed_outlet"),
                                 ("origin", "venezuelan-military-source",
                                  "anonymous_described")]


def test_citing_chain_and_quote_continuation(harbour_article: tuple[str, str],
                                             directory: OutletDirectory,
                                             publisher: OutletRef) -> None:
    headline, text = harbour_article
    chains = extract(text, headline=headline, directory=directory,
                     publisher=publisher).to_dict()["chains"]
    citing = chain_for(chains, "that two shipping lines")
    assert roles(citing)[1:] == [("relay", "ft.com", "outlet"),
                                 ("origin", "people-familiar-with-matter",
                                  "anonymous_described")]
    follow_on = chain_for(chains, "“Our members will not wait")
    assert roles(follow_on)[-1] == ("origin", "maria-okafor", "named_official")
    interview = chain_for(chains, "that the strike would last")
    assert roles(interview)[1:] == [("venue", "reuters.com", "outlet"),
                                    ("origin", "maria-okafor", "named_official")]
    publisher_hop = chains[0]["hops"][0]
    assert publisher_hop["outlet"]["domain"] == "example-news.com"
    assert publisher_hop["attribution"] is None


def test_every_attribution_in_a_chain_exists(seed_article: tuple[str, str],
                                             directory: OutletDirectory) -> None:
    headline, text = seed_article
    result = extract(text, headline=headline, directory=directory).to_dict()
    ids = {a["id"] for a in result["attributions"]}
    parents = {a["parent"] for a in result["attributions"]} - {None}
    assert parents <= ids
    for chain in result["chains"]:
        for hop in chain["hops"][1:]:
            assert hop["attribution"] in ids
        assert all(v is not None for hop in chain["hops"] for k, v in hop.items()
                   if k != "attribution")


def test_deep_nesting_is_bounded() -> None:
    text = "Anna said that " * 200 + "it rained."
    result = extract(text).to_dict()
    assert all(len(c["hops"]) <= 18 for c in result["chains"])


def _chains(text: str, headline: str, directory: OutletDirectory) -> list[dict[str, Any]]:
    return extract(text, headline=headline, directory=directory).to_dict()["chains"]


def test_headline_links_to_the_deepest_chain_through_its_source(
        directory: OutletDirectory) -> None:
    headline = "Storm to hit Lisbon on Friday: Portuguese state media"
    text = ("Weather presenter Ana Sousa said on state television that the storm would reach "
            "Lisbon by Friday.\n\nAccording to Reuters, Ms Sousa said on state television that "
            "there are reports that 40,000 people have left Lisbon.\n\nThe mayor said the city "
            "was ready.")
    chains = _chains(text, headline, directory)
    head = chains[0]
    assert head["claim"] == {"field": "headline", "start": 0, "end": 29,
                             "text": "Storm to hit Lisbon on Friday"}
    assert roles(head) == [
        ("publisher", "publisher", "publisher"),
        ("relay", "reuters.com", "outlet"),
        ("venue", "state-media-pt", "state_affiliated_outlet"),
        ("speaker", "ana-sousa", "named_expert"),
        ("origin", "reports", "vague"),
    ]
    # The mayor is somebody else: not folded into the presenter.
    mayor = chain_for(chains, "the city was ready")
    # "the mayor": an office one knowable person holds is named (rubrics/source-kinds.md)
    assert roles(mayor)[-1] == ("origin", "mayor", "named_official")


def test_headline_links_by_shared_numbers_and_names(directory: OutletDirectory) -> None:
    headline = "Dam burst killed 12 in Nairobi: Kenyan media"
    text = ("The Financial Times reported that the dam burst had killed 12 people in Nairobi, "
            "citing police officers at the scene.\n\nThe government said an inquiry would "
            "follow.")
    head = _chains(text, headline, directory)[0]
    assert head["claim"]["text"] == "Dam burst killed 12 in Nairobi"
    assert roles(head)[1:] == [
        ("relay", "ft.com", "outlet"),
        ("origin", "police-officers-at-scene", "anonymous_described"),
    ]


def test_headline_keeps_its_own_chain_when_nothing_in_the_body_supports_it(
        directory: OutletDirectory) -> None:
    chains = _chains("The central bank said rates would stay on hold. Shares rose.",
                     "Markets calm: analysts", directory)
    assert chains[0]["claim"]["field"] == "headline"
    assert roles(chains[0]) == [("publisher", "publisher", "publisher"),
                                ("origin", "analysts", "vague")]
