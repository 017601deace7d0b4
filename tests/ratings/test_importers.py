"""`srs ratings export/import`: lossless round trip, dry runs, research formats."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from service.cli import main
from service.ratings.store import RatingsStore, create_db_engine

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def cli(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(main, list(args), catch_exceptions=False)

    return run


_STORES: list[RatingsStore] = []


def _store(database_url: str) -> RatingsStore:
    store = RatingsStore(create_db_engine(database_url))
    _STORES.append(store)
    return store


@pytest.fixture(autouse=True)
def _dispose() -> Iterator[None]:
    yield
    while _STORES:
        _STORES.pop().engine.dispose()


def test_export_import_round_trip_is_lossless(cli, database_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "a.json"
    assert cli("ratings", "export", "-o", str(first)).exit_code == 0
    store = _store(database_url)
    version = store.version()
    result = cli("ratings", "import", str(first))
    assert result.exit_code == 0
    assert "0 added, 0 removed, 0 changed" in result.output
    second = tmp_path / "b.json"
    cli("ratings", "export", "-o", str(second))
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    assert a["outlets"] == b["outlets"] and a["source_kinds"] == b["source_kinds"]
    assert store.version() == version + 1


def test_import_dry_run_prints_diff_and_changes_nothing(  # type: ignore[no-untyped-def]
    cli, database_url: str, tmp_path: Path
) -> None:
    exported = tmp_path / "a.json"
    cli("ratings", "export", "-o", str(exported))
    document = json.loads(exported.read_text())
    nypost = next(o for o in document["outlets"] if o["domain"] == "nypost.com")
    nypost["reliability"] = 0.31
    document["outlets"] = [o for o in document["outlets"] if o["domain"] != "bbc.com"]
    exported.write_text(json.dumps(document))
    store = _store(database_url)
    version = store.version()
    result = cli("ratings", "import", "--dry-run", str(exported))
    assert result.exit_code == 0
    assert "~ nypost.com reliability:" in result.output and "-> 0.31" in result.output
    assert "- bbc.com (BBC" in result.output
    assert store.version() == version
    assert store.get_outlet("bbc.com") is not None
    applied = cli("ratings", "import", str(exported))
    assert applied.exit_code == 0
    assert store.get_outlet("bbc.com") is None
    assert store.get_outlet("nypost.com")["reliability"] == 0.31  # type: ignore[index]


def test_import_is_all_or_nothing(cli, database_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exported = tmp_path / "a.json"
    cli("ratings", "export", "-o", str(exported))
    document = json.loads(exported.read_text())
    document["outlets"][0]["notes"] = "would change"
    document["outlets"][-1]["reliability"] = 7  # out of range: the whole file is refused
    exported.write_text(json.dumps(document))
    store = _store(database_url)
    version = store.version()
    result = CliRunner().invoke(main, ["ratings", "import", str(exported)])
    assert result.exit_code != 0
    assert "nothing imported" in result.output
    assert store.version() == version
    assert store.get_outlet(document["outlets"][0]["domain"])["notes"] != "would change"  # type: ignore[index]


def test_import_lin_pc1_updates_known_outlets(cli, database_url: str) -> None:  # type: ignore[no-untyped-def]
    store = _store(database_url)
    result = cli("ratings", "import", "--format", "lin-pc1", str(FIXTURES / "lin_pc1_sample.csv"))
    assert result.exit_code == 0, result.output
    assert "1 rows name no outlet" in result.output
    bbc = store.get_outlet("bbc.com")
    assert bbc is not None
    lin = [r for r in bbc["ratings"] if r["source"] == "Lin et al. 2023 (pc1)"]
    assert [r["value"] for r in lin] == [0.9]  # the outlet's own domain wins over a sibling's
    nypost = store.get_outlet("nypost.com")
    assert nypost is not None
    assert [r["value"] for r in nypost["ratings"] if r["source"].startswith("Lin")] == [0.5]
    assert store.get_outlet("not-in-the-table-zz.com") is None


def test_import_asd_matrix_sets_state_affiliation(cli, database_url: str) -> None:  # type: ignore[no-untyped-def]
    store = _store(database_url)
    result = cli("ratings", "import", "--format", "asd", str(FIXTURES / "asd_matrix_sample.csv"))
    assert result.exit_code == 0, result.output
    assert store.get_outlet("bbc.com")["state_affiliation"] == "state_funded"  # type: ignore[index]
    nypost = store.get_outlet("nypost.com")
    assert nypost is not None and nypost["state_affiliation"] == "state_controlled"
    assert "ASD State Media Matrix" in nypost["provenance"]


def test_import_refuses_a_csv_without_its_columns(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text("host,score\nnypost.com,0.1\n")
    result = CliRunner().invoke(main, ["ratings", "import", "--format", "lin-pc1", str(bad)])
    assert result.exit_code != 0 and "lacks the columns" in result.output
