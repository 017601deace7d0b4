"""`srs ratings build`: the bundled table from curated records and the published sets.

Runs on small reference files the team wrote (tests/ratings/fixtures/reference/), laid out
as the real sets are, with each of the real sets' known defects in miniature.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from service.cli import main
from service.ratings import build, reference
from service.ratings.model import TEAM_JUDGEMENT
from service.ratings.snapshot import Snapshot

REFERENCE = Path(__file__).parent / "fixtures" / "reference"


def _curated(domain: str, **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "domain": domain, "siblings": [], "name": domain, "aliases": [],
        "ambiguous_aliases": [], "kind": "newspaper", "country": "GB",
        "state_affiliation": "none", "reliability": 0.5, "evidence": 0,
        "ratings": [{"source": TEAM_JUDGEMENT, "value": 0.5, "as_of": "2026-11"}],
        "provenance": "team judgement", "notes": "curated by hand", "last_reviewed": "2026-11-25",
    }
    record.update(fields)
    return record


CURATED = [
    _curated("paperone-news.com", siblings=["paperone.co.uk"], name="Paper One",
             aliases=["Paper One", "the Paper One"], ambiguous_aliases=["the Paper"],
             reliability=0.9, evidence=1, notes="The team's own words.",
             ratings=[{"source": "Lin et al. 2023 (pc1)", "value": 0.91, "as_of": "2023"}]),
    _curated("bbc.com", name="BBC", aliases=["BBC"], state_affiliation="independent_public",
             reliability=0.87, kind="broadcaster"),
    _curated("gnu.rep.kp", name="Korean Central Television", aliases=["KCTV"], country="KP",
             kind="broadcaster", state_affiliation="state_controlled", reliability=0.1),
    _curated("twitter.com", name="X (Twitter)", kind="platform", reliability=None, ratings=[],
             notes="A platform's rating never inherits."),
]
TEAM_NAMES = [
    {"domain": "exampledispatch.com", "name": "The Example Dispatch", "kind": "newspaper",
     "country": "US", "aliases": ["Example Dispatch", "the Example Dispatch"],
     "ambiguous_aliases": ["the Dispatch"]},
]


@pytest.fixture
def result() -> build.BuildResult:
    return build.build(CURATED, TEAM_NAMES, reference.read(REFERENCE, imputed_share=3))


def _by_domain(result: build.BuildResult) -> dict[str, dict[str, Any]]:
    return {r["domain"]: r for r in result.records}


def test_every_rated_domain_answers_a_rated_record_with_provenance(
        result: build.BuildResult) -> None:
    snapshot = Snapshot(1, result.records, [])
    for host in ("paperone-news.com", "paperone.co.uk", "bigbroadcaster-tv.com",
                 "statetv-example.ru", "exampledispatch.com", "wkxx-7news.com", "typo-example.com",
                 "sectionsite.org", "same1-site.net", "rumours-mill.com", "rumours-mill.net",
                 "gossip-pages.com", "radio-example.cd", "radio-example.ug", "globe-site.com"):
        outlet = snapshot.lookup(f"https://{host}/story").outlet
        assert outlet is not None, host
        assert outlet["reliability"] is not None, host
        assert outlet["provenance"], host
        for rating in outlet["ratings"]:
            assert rating["source"] and rating["as_of"], host


def test_siblings_keep_each_raters_figure_per_domain(result: build.BuildResult) -> None:
    paper = _by_domain(result)["paperone-news.com"]
    assert paper["siblings"] == ["paperone.co.uk"]
    lin = {r["domain"]: r["value"] for r in paper["ratings"] if r["source"].startswith("Lin")}
    assert lin == {"paperone-news.com": 0.91, "paperone.co.uk": 0.7}
    rsp = [r for r in paper["ratings"] if r["source"].startswith("Wikipedia")]
    assert rsp == [{"source": "Wikipedia Perennial sources (gr)", "value": 0.85,
                    "as_of": "2024", "domain": "paperone-news.com"}]
    assert "paperone.co.uk" not in _by_domain(result)


def test_curated_records_keep_their_fields(result: build.BuildResult) -> None:
    paper = _by_domain(result)["paperone-news.com"]
    original = CURATED[0]
    for key in ("name", "aliases", "ambiguous_aliases", "kind", "country", "notes",
                "reliability", "last_reviewed", "state_affiliation"):
        assert paper[key] == original[key], key
    assert paper["evidence"] == 2  # Lin and Wikipedia now both present
    assert "figures added by the build" in paper["provenance"]


def test_asd_typology_sets_state_affiliation_and_fills_in_unrated_state_media(
        result: build.BuildResult) -> None:
    records = _by_domain(result)
    state_tv = records["statetv-example.ru"]
    assert state_tv["state_affiliation"] == "state_controlled"
    assert state_tv["country"] == "RU"
    assert state_tv["reliability"] == 0.31  # Lin rates it: the figure is Lin's
    assert "ASD State Media Matrix (SC" in state_tv["provenance"]
    assert state_tv["aliases"] == ["Rossiya Example TV"]
    assert state_tv["ambiguous_aliases"] == ["Gosteleradio"]  # one plain word: needs context
    radio = records["radio-example.cd"]  # no published figure: the team's prior, said so
    assert radio["country"] == "CD"
    assert radio["ratings"] == [{"source": TEAM_JUDGEMENT, "value": 0.2, "as_of": "2026-12"}]
    assert radio["evidence"] == 0 and "prior" in radio["notes"]
    assert records["radio-example.ug"]["state_affiliation"] == "state_funded"  # "ISFM?"


def test_known_defects_are_handled(result: build.BuildResult) -> None:
    records = _by_domain(result)
    assert "kcnawatch.org" not in records  # KCTV's wrong URL moves to KCTV's own record
    assert records["gnu.rep.kp"]["state_affiliation"] == "state_controlled"
    assert "test.bbc.com" not in records and "bbc.com" in records
    assert records["bbc.com"]["state_affiliation"] == "independent_public"  # curated stands
    assert "wkxx-7news.com" in records and "typo-example.com" in records
    assert not any(r["domain"].startswith("203.") for r in result.records)
    assert any("platform" in line for line in result.set_aside)  # twitter.com/someaccount
    assert records["twitter.com"]["ratings"] == []
    assert any("no typology" in line for line in result.set_aside)


def test_mostly_imputed_figures_yield_to_direct_ratings(result: build.BuildResult) -> None:
    records = _by_domain(result)
    alone = records["same1-site.net"]
    assert "likely imputed" in alone["ratings"][0]["source"]
    assert alone["reliability"] == 0.24 and alone["evidence"] == 1
    rumours = records["rumours-mill.com"]  # imputed Lin 0.24 and Wikipedia "deprecated"
    assert rumours["reliability"] == 0.05 and rumours["evidence"] == 1
    assert rumours["siblings"] == ["rumours-mill.net"]  # same brand
    assert records["gossip-pages.com"]["reliability"] == 0.05  # listed with it: own record


def test_rsp_status_maps_to_the_figures_the_team_uses(result: build.BuildResult) -> None:
    records = _by_domain(result)
    assert records["globe-site.com"]["reliability"] == 0.5
    assert "topics-site.com" not in records  # "m" carries no figure
    assert any("'m' carries no figure" in line for line in result.set_aside)


def test_section_figures_sit_on_their_site(result: build.BuildResult) -> None:
    site = _by_domain(result)["sectionsite.org"]
    assert {r["domain"] for r in site["ratings"]} == {"sectionsite.org", "sectionsite.org/en"}
    assert site["reliability"] == 0.59  # the site's own figure wins


def test_names_common_words_and_countries_never_resolve_alone(
        result: build.BuildResult) -> None:
    records = _by_domain(result)
    globe = records["globe-site.com"]
    assert globe["aliases"] == [] and globe["ambiguous_aliases"] == ["Globe"]
    paper = records["paperone-news.com"]
    assert paper["aliases"] == ["Paper One", "the Paper One"]  # curated, untouched
    # two outlets called "National Radio": neither resolves by that name
    for domain in ("radio-example.cd", "radio-example.ug"):
        assert "National Radio" not in records[domain]["aliases"]
        assert "National Radio" in records[domain]["ambiguous_aliases"]
        assert records[domain]["name"] == f"National Radio ({domain})"
    plain = {a.casefold() for r in result.records for a in r["aliases"]}
    assert "turkmenistan" not in plain and "globe" not in plain
    dispatch = records["exampledispatch.com"]
    assert dispatch["name"] == "The Example Dispatch"
    assert dispatch["ambiguous_aliases"] == ["the Dispatch"]


def test_every_record_is_valid_and_named(result: build.BuildResult) -> None:
    for record in result.records:
        assert list(record) == list(build.KEYS)
        assert record["name"].strip()
    assert [r["domain"] for r in result.records] == sorted(r["domain"] for r in result.records)


def test_build_command_writes_the_same_bytes_twice(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    curated, names = tmp_path / "curated.jsonl", tmp_path / "names.jsonl"
    build.write_jsonl(CURATED, curated)
    build.write_jsonl(TEAM_NAMES, names)
    monkeypatch.setattr(build, "CURATED_FILE", curated)
    monkeypatch.setattr(build, "NAMES_FILE", names)
    out = tmp_path / "outlets.jsonl"
    runner = CliRunner()
    first = runner.invoke(main, ["ratings", "build", "--reference", str(REFERENCE), "-o",
                                 str(out)], catch_exceptions=False)
    assert first.exit_code == 0, first.output
    assert "records" in first.output
    text = out.read_text(encoding="utf-8")
    runner.invoke(main, ["ratings", "build", "--reference", str(REFERENCE), "-o", str(out)],
                  catch_exceptions=False)
    assert out.read_text(encoding="utf-8") == text
    assert all(json.loads(line)["domain"] for line in text.splitlines())


def test_names_entry_for_an_unrated_domain_fails_the_build() -> None:
    with pytest.raises(ValueError, match="no set rates it"):
        build.build([], [{"domain": "nowhere-news.com", "name": "Nowhere News"}],
                    reference.Reference())
