"""Checks on the bundled outlet ratings file (service/ratings/data/outlets.jsonl), the output
of `srs ratings build` (tests/ratings/test_build.py checks the builder on small fixtures)."""

import json
import re
from pathlib import Path

import pytest

from service.ratings import build, reference
from service.ratings.importers import combine_ratings, rating_family
from service.ratings.model import OUTLET_KINDS, STATE_AFFILIATIONS

DATA = Path(__file__).resolve().parents[2] / "service" / "ratings" / "data" / "outlets.jsonl"
CURATED = DATA.with_name("curated.jsonl")
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "ratings"

KEYS = [
    "domain",
    "siblings",
    "name",
    "aliases",
    "ambiguous_aliases",
    "kind",
    "country",
    "state_affiliation",
    "reliability",
    "evidence",
    "ratings",
    "provenance",
    "notes",
    "last_reviewed",
]
KINDS = set(OUTLET_KINDS)
STATES = set(STATE_AFFILIATIONS)
STATE_MEDIA = {"state_funded", "state_controlled", "captured"}
LABEL = r"[a-z0-9]([a-z0-9-]*[a-z0-9])?"
DOMAIN_RE = re.compile(rf"^(?!www\.){LABEL}(\.{LABEL})+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load():
    outlets = []
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                outlets.append(json.loads(line))
    return outlets


def by_domain():
    return {o["domain"]: o for o in load()}


def test_count():
    # the curated outlets and every outlet the published sets rate
    assert len(load()) >= 12_000


def test_sorted_by_domain():
    domains = [o["domain"] for o in load()]
    assert domains == sorted(domains)


def test_schema():
    for o in load():
        d = o["domain"]
        assert list(o) == KEYS, d
        assert DOMAIN_RE.match(d), d
        assert isinstance(o["siblings"], list), d
        for s in o["siblings"]:
            assert DOMAIN_RE.match(s), (d, s)
        assert isinstance(o["name"], str) and o["name"].strip(), d
        for field in ("aliases", "ambiguous_aliases"):
            assert isinstance(o[field], list), d
            assert all(isinstance(a, str) and a.strip() for a in o[field]), d
        assert o["kind"] in KINDS, d
        assert re.fullmatch(r"[A-Z]{2}", o["country"]), d
        assert o["state_affiliation"] in STATES, d
        assert isinstance(o["evidence"], int) and not isinstance(o["evidence"], bool), d
        assert o["evidence"] >= 0, d
        assert isinstance(o["ratings"], list), d
        for r in o["ratings"]:
            assert set(r) - {"domain"} == {"source", "value", "as_of"}, d
            assert isinstance(r["source"], str) and r["source"], d
            assert isinstance(r["value"], (int, float)) and 0 <= r["value"] <= 1, d
            assert isinstance(r["as_of"], str) and r["as_of"], d
        assert isinstance(o["provenance"], str), d
        assert isinstance(o["notes"], str), d
        # a date when a person reviewed the record; built records say none did
        assert o["last_reviewed"] is None or DATE_RE.match(o["last_reviewed"]), d


def test_reliability_range_and_platforms():
    for o in load():
        d = o["domain"]
        if o["kind"] == "platform":
            assert o["reliability"] is None, d
            assert o["evidence"] == 0, d
            assert "never inherits" in o["notes"], d
        else:
            rel = o["reliability"]
            assert isinstance(rel, (int, float)) and not isinstance(rel, bool), d
            assert 0 <= rel <= 1, d


def test_non_platforms_have_ratings_and_provenance():
    for o in load():
        if o["kind"] == "platform":
            continue
        d = o["domain"]
        assert len(o["ratings"]) >= 1, d
        assert o["provenance"].strip(), d
        # one per rating set (a mostly imputed figure counts only when nothing direct does)
        published = {rating_family(r["source"]) for r in o["ratings"]
                     if "team judgement" not in r["source"]}
        assert o["evidence"] == combine_ratings(o["ratings"], d)[1], d
        assert o["evidence"] <= len(published), d
        if o["evidence"] == 0:
            assert o["notes"].strip(), d


def test_no_duplicate_domains():
    seen = {}
    for o in load():
        for dom in [o["domain"], *o["siblings"]]:
            assert dom not in seen, (dom, seen.get(dom), o["domain"])
            seen[dom] = o["domain"]


def test_aliases_unique_across_outlets():
    owner = {}
    for o in load():
        for a in {a.lower() for a in o["aliases"]}:
            assert a not in owner, (a, owner.get(a), o["domain"])
            owner[a] = o["domain"]
    for o in load():
        plain = {a.lower() for a in o["aliases"]}
        for a in o["ambiguous_aliases"]:
            assert a.lower() not in plain, (o["domain"], a)
            other = owner.get(a.lower())
            assert other is None, (o["domain"], a, other)


def test_seed_article_outlets_present():
    outlets = by_domain()
    for dom in ("nypost.com", "1tv.ru", "cfr.org", "kcna.kp", "yna.co.kr", "chosun.com"):
        assert dom in outlets, dom
    assert outlets["1tv.ru"]["state_affiliation"] == "state_controlled"
    assert outlets["cfr.org"]["kind"] == "think_tank"
    assert outlets["yna.co.kr"]["kind"] == "wire_service"


def test_country_coverage():
    countries = {o["country"] for o in load() if o["kind"] in ("newspaper", "broadcaster")}
    assert len(countries) >= 15, sorted(countries)


def test_state_media_per_country():
    have = {
        o["country"]
        for o in load()
        if o["state_affiliation"] in STATE_MEDIA and o["kind"] not in ("government", "platform")
    }
    for cc in ("RU", "CN", "IR", "KP", "TR", "QA", "VE"):
        assert cc in have, cc


def test_every_rating_names_its_source_and_date():
    for o in load():
        for r in o["ratings"]:
            assert r["source"].strip() and re.match(r"^\d{4}", r["as_of"]), o["domain"]


def test_curated_records_keep_their_curated_fields():
    built = by_domain()
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        curated = json.loads(line)
        record = built[curated["domain"]]
        for key in ("name", "aliases", "ambiguous_aliases", "kind", "country",
                    "state_affiliation", "reliability", "notes", "last_reviewed"):
            assert record[key] == curated[key], (curated["domain"], key)
        assert set(curated["siblings"]) <= set(record["siblings"]), curated["domain"]
        assert len(record["ratings"]) >= len(curated["ratings"]), curated["domain"]


@pytest.mark.parametrize("word", ["Post", "Times", "Mail", "Star", "Sun", "Globe", "Journal",
                                  "Herald"])
def test_common_words_are_no_outlet_alone(word):
    for o in load():
        for name in (o["name"], *o["aliases"]):
            bare = name[4:] if name.lower().startswith("the ") else name
            assert bare.lower() != word.lower() or name in o["ambiguous_aliases"] or (
                any(a.lower() == name.lower() for a in o["ambiguous_aliases"])), o["domain"]


def test_state_affiliated_outlets_from_asd_cover_many_countries():
    have = {o["country"] for o in load() if o["state_affiliation"] in STATE_MEDIA}
    assert len(have) >= 120


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="the reference sets are not on this machine")
def test_bundled_file_is_what_the_build_writes_today():
    """The committed table is the build's output: nobody edited it by hand, and the build
    (or curated.jsonl, or names.jsonl) did not change without a rebuild."""
    result = build.build(build.read_jsonl(build.CURATED_FILE),
                         build.read_jsonl(build.NAMES_FILE), reference.read(REFERENCE))
    expected = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in result.records)
    assert DATA.read_text(encoding="utf-8") == expected
