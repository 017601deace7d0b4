"""Plain words: each hop's why, flag messages, the one-sentence summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from service.scoring import DEFAULT_PRIORS, score_extraction
from service.scoring.explain import unnamed_phrase
from service.scoring.model import Hop

SEED = Path(__file__).resolve().parents[2] / "bench" / "seed_extraction.json"
PUBLISHER = {"role": "publisher", "attribution": None, "entity": "The Daily", "kind": "publisher"}


@pytest.fixture
def seed() -> dict[str, Any]:
    extraction = json.loads(SEED.read_text(encoding="utf-8"))
    return score_extraction(extraction, headline=extraction["headline"], priors=DEFAULT_PRIORS)


def score(*chains: list[dict[str, Any]], headline: bool = False) -> dict[str, Any]:
    field = "headline" if headline else "text"
    extraction = {
        "text": "Some claim here.",
        "attributions": [],
        "chains": [
            {"claim": {"field": field, "start": 0, "end": 10}, "hops": [PUBLISHER, *hops]}
            for hops in chains
        ],
    }
    return score_extraction(extraction, headline="Some headline", priors=DEFAULT_PRIORS)


def hop(role: str, entity: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {"role": role, "attribution": None, "entity": entity, "kind": kind, **extra}


def test_seed_summary_names_the_weakest_load_bearing_link(seed: dict[str, Any]) -> None:
    assert seed["summary"] == (
        "The headline claim rests on Igor Korotchenko (Russian military commentator) speaking on "
        "Russian state TV (Channel One Russia), citing unnamed reports, as relayed by the New "
        "York Post."
    )


def test_seed_hop_reasons(seed: dict[str, Any]) -> None:
    why = [h["why"] for h in seed["claims"][0]["chains"][0]["hops"]]
    assert "not counted in the sourcing" in why[0]
    assert why[1].startswith("The New York Post passes on what Igor Korotchenko")
    assert "rated 0.55" in why[1] and "relay leniency" in why[1] and "= 0.77" in why[1]
    assert "Russian state TV" in why[2] and "state-controlled" in why[2]
    assert "p = min(0.70, 0.11) = 0.11" in why[3]
    assert "“reports” is a vague attribution" in why[4] and "p = 0.30" in why[4]


def test_seed_flag_messages(seed: dict[str, Any]) -> None:
    by_code = {f["code"]: f for f in seed["flags"]}
    assert (
        "Russian state TV (Channel One Russia)"
        in by_code["headline_state_affiliated_origin"]["message"]
    )
    anonymous = by_code["single_anonymous_source"]
    assert "an unnamed North Korean source" in anonymous["message"]
    assert "an unnamed South Korean newspaper" in anonymous["message"]
    extraction = json.loads(SEED.read_text(encoding="utf-8"))
    span = anonymous["spans"][-1]
    assert extraction["text"][span["start"] : span["end"]] == "A North Korean source"


def test_state_media_of_other_countries_is_named_generically() -> None:
    xinhua = {
        "domain": "xinhuanet.com",
        "name": "Xinhua",
        "reliability": 0.2,
        "state_affiliation": "state_controlled",
    }
    out = score(
        [
            hop("relay", "Xinhua", "outlet", outlet=xinhua, country="CN"),
            hop("origin", "a ministry spokesman", "named_official", description="spokesman"),
        ],
        headline=True,
    )
    assert "Chinese state media (Xinhua)" in out["summary"]
    assert out["flags"][0]["code"] == "headline_state_affiliated_origin"
    assert "Chinese state media (Xinhua)" in out["flags"][0]["message"]
    assert "no relay leniency" in out["claims"][0]["chains"][0]["hops"][1]["why"]


def test_unknown_country_falls_back_to_state_media() -> None:
    out = score([hop("origin", "Some State Wire", "state_affiliated_outlet")], headline=True)
    assert "state media" in out["flags"][0]["message"]


def test_anonymous_chain_summary() -> None:
    out = score(
        [
            hop("relay", "a paper", "unnamed_outlet", country="KR"),
            hop("origin", "a source", "anonymous_described", description="North Korean source"),
        ]
    )
    assert out["summary"] == (
        "The lead claim rests on an unnamed North Korean source quoted by an unnamed South Korean "
        "paper."
    )


def test_corroborated_claim_summary_counts_other_sources() -> None:
    out = score(
        [hop("origin", "Jane Doe", "named_official")],
        [hop("origin", "John Roe", "named_expert", description="a historian")],
    )
    assert out["summary"].startswith("The lead claim is the weakest load-bearing claim")
    assert "John Roe (historian)" in out["summary"]
    assert "1 other independent source." in out["summary"]


def test_no_attributions_summary() -> None:
    out = score()
    assert out["summary"].startswith("No statement in this article is attributed")
    assert out["score"]["label"] == "unsupported"


def test_unrated_outlet_reason_and_flag() -> None:
    blog = {"domain": "blog.example", "name": "Some Blog", "reliability": None}
    out = score([hop("origin", "Some Blog", "outlet", outlet=blog)])
    assert (
        "not rated, so it is scored at the prior for an unrated outlet (0.50)"
        in (out["claims"][0]["chains"][0]["hops"][1]["why"])
    )
    assert [f["code"] for f in out["flags"]] == [
        "no_independent_corroboration",
        "unrated_outlet",
    ]
    assert out["flags"][1]["message"].startswith("Some Blog has no rating")


def test_independent_venue_why() -> None:
    bbc = {"domain": "bbc.co.uk", "name": "BBC", "reliability": 0.8, "state_affiliation": "none"}
    out = score(
        [hop("venue", "BBC", "outlet", outlet=bbc), hop("speaker", "Jane Doe", "named_official")]
    )
    why = out["claims"][0]["chains"][0]["hops"][1]["why"]
    assert why.startswith("BBC is where Jane Doe (an official) spoke")
    assert "p = 1" in why


def test_a_quotation_claim_is_quoted_once() -> None:
    from service.scoring.explain import quoted

    assert quoted('"We take every report seriously,"') == "“We take every report seriously”"
    assert quoted("“It is over.”") == "“It is over.”"
    assert quoted("the plant would close") == "“the plant would close”"


def test_a_named_body_is_not_called_a_person() -> None:
    import json
    from pathlib import Path

    from service.attribution import OutletDirectory, extract
    from service.scoring import score_extraction
    from service.scoring.priors import DEFAULT_PRIORS

    bundled = Path(__file__).resolve().parents[2] / "service" / "ratings" / "data"
    directory = OutletDirectory(json.loads(x) for x in (bundled / "outlets.jsonl")
                                .read_text(encoding="utf-8").splitlines() if x.strip())
    for text, phrase in (("Halvorsen Energy said the recall would cost little.",
                          "Halvorsen Energy (an organisation)"),
                         ("The UCI said the rider was suspended.", "the UCI (an organisation)"),
                         ("Janet Morales said the deal was close.", "Janet Morales (a person)")):
        found = extract(text, directory=directory).to_dict()
        summary = score_extraction(found, headline=None, priors=DEFAULT_PRIORS)["summary"]
        assert phrase in summary, summary


def test_a_relay_the_venue_names_is_said_once() -> None:
    from service.attribution import extract as run_extract
    from service.scoring import DEFAULT_PRIORS, score_extraction
    found = run_extract("The plaintiffs said in a statement released by their lawyers that "
                        "the verdict sends a message.").to_dict()
    summary = score_extraction(found, headline=None, priors=DEFAULT_PRIORS)["summary"]
    assert summary.count("their lawyers") == 1


@pytest.mark.parametrize(("source_text", "description", "want"), [
    ("Another", None, "another unnamed source"),
    ("another unnamed GOP official", None, "another unnamed GOP official"),
    ("Another senior official", None, "another unnamed senior official"),
    ("two officials at the federation", None, "two unnamed officials at the federation"),
    ("Two", None, "two unnamed sources"),
    # thirty-fifth session: the head before an adjective that post-modifies it
    ("officials aware of the matter", None, "officials aware of the matter"),
])
def test_a_counted_or_further_unnamed_source_reads_as_english(
        source_text: str, description: str | None, want: str) -> None:
    from service.scoring.explain import unnamed_phrase
    from service.scoring.model import Hop
    hop = Hop(role="origin", entity="e1", kind="anonymous_described", attribution="a1",
              outlet=None, description=description, country=None, source_text=source_text,
              span=None)
    assert unnamed_phrase(hop) == want


@pytest.mark.parametrize(("kind", "source_text", "description", "want"), [
    # seventeenth session: a venue written as an occasion names itself, never "an unnamed at"
    ("unnamed_outlet", "social media", "on social media", "social media"),
    ("unnamed_outlet", "a news conference", "at a news conference in Rosario",
     "a news conference in Rosario"),
    ("unnamed_outlet", "an interview", "In an interview with the local broadcaster",
     "an interview with the local broadcaster"),
    ("unnamed_outlet", "newspaper", "A South Korean newspaper",
     "an unnamed South Korean newspaper"),
    # "many in GOP" leaves a preposition first once "many" is dropped: quoted whole
    ("vague", "many in GOP", None, "a vague attribution (“many in GOP”)"),
])
def test_an_occasion_or_a_group_in_a_body_reads_as_english(
        kind: str, source_text: str, description: str | None, want: str) -> None:
    from service.scoring.explain import unnamed_phrase
    from service.scoring.model import Hop
    hop = Hop(role="venue", entity="e1", kind=kind, attribution="a1", outlet=None,
              description=description, country=None, source_text=source_text, span=None)
    assert unnamed_phrase(hop) == want


def test_an_outlet_named_with_its_own_article_takes_no_english_one() -> None:
    # seventeenth session: "The daily la Repubblica quoted ..." read "as reported by the La
    # Repubblica"; "the New York Post" keeps its "the"
    from service.scoring.explain import _with_article
    from service.scoring.model import Hop
    def hop(written: str, name: str) -> Hop:
        return Hop(role="relay", entity="e1", kind="outlet", attribution="a1",
                   outlet={"name": name}, description=None, country=None,
                   source_text=written, span=None)
    assert _with_article(hop("The daily la Repubblica", "La Repubblica")) == "La Repubblica"
    assert _with_article(hop("the New York Post", "New York Post")) == "the New York Post"


def _hop(text: str) -> Hop:
    return Hop(role="origin", entity="e", kind="anonymous_described", attribution=None,
               outlet=None, description=None, country=None, source_text=text, span=None)


@pytest.mark.parametrize(("written", "english"), [
    ("one unnamed source", "an unnamed source"),  # not "an unnamed unnamed source"
    ("Officials", "unnamed officials"),
    ("unnamed staff", "unnamed staff"),  # no article before a noun of people that takes none
    ("staff", "unnamed staff"),
    ("an official", "an unnamed official"),
    ("Two officials", "two unnamed officials"),
])
def test_unnamed_sources_read_as_english(written: str, english: str) -> None:
    assert unnamed_phrase(_hop(written)) == english


@pytest.mark.parametrize(("written", "english"), [
    ("officials working for acting president Tariq Hamdan",
     "unnamed officials working for acting president Tariq Hamdan"),
    ("a building official", "an unnamed building official"),
])
def test_the_head_before_a_participle_decides_the_article(written: str, english: str) -> None:
    assert unnamed_phrase(_hop(written)) == english


def test_a_pronoun_source_is_named_by_what_it_refers_to() -> None:
    from service.attribution import extract

    text = ("Iran's Revolutionary Guards have seized a foreign tanker in the Gulf that they say "
            "was smuggling fuel.")
    found = extract(text).to_dict()
    they = next(a["source"] for a in found["attributions"] if a["source"]["text"] == "they")
    assert they["description"] == "Iran's Revolutionary Guards"
    scored = score_extraction(found, headline=None, priors=DEFAULT_PRIORS)
    assert "iran s revolutionary" not in json.dumps(scored).lower()


def test_vague_they_after_the_people_reads_unnamed_people() -> None:
    assert unnamed_phrase(Hop(role="origin", entity="e", kind="vague", attribution=None,
                              outlet=None, description="the people", country=None,
                              source_text="they", span=None)) == "unnamed people"
