"""`srs score FILE`: the report an editor reads in a terminal, and its exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from flask import Flask
from ui.live import DRONES

from service import report
from service.cli import main

PUBLISHED_AT = "https://www.thesun.co.uk/news/19876543/iran-drones-russia/"
ANSI = "\x1b["


@pytest.fixture
def run(sqlite_url: str, tmp_path: Path) -> Any:
    """Invoke `service` with the test's own database and nothing from the developer's shell."""

    def invoke(*args: str, stdin: str | None = None, **env: str | None) -> Result:
        environment: dict[str, str | None] = {
            "DATABASE_URL": sqlite_url, "DATA_DIR": str(tmp_path), "REDIS_URL": None,
            "NO_COLOR": None, "LOG_LEVEL": None, **env,
        }
        return CliRunner().invoke(main, list(args), input=stdin, env=environment,
                                  catch_exceptions=False)

    return invoke


def expected_score(app: Flask, body: dict[str, Any]) -> dict[str, Any]:
    response = app.test_client().post("/v1/score", json=body)
    assert response.status_code == 200
    return dict(response.get_json())


def drones_body() -> dict[str, str]:
    headline, _, text = DRONES.read_text(encoding="utf-8").partition("\n")
    return {"headline": headline, "text": text.lstrip("\n"), "url": PUBLISHED_AT}


def test_the_report_reads_like_the_answer(run: Any, app: Flask) -> None:
    expected = expected_score(app, drones_body())
    result = run("score", str(DRONES), "--url", PUBLISHED_AT)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert ANSI not in out  # not a terminal: no colours
    lines = out.splitlines()
    assert lines[0] == str(DRONES)
    assert lines[1].startswith(expected["score"]["label"].upper())
    assert f"support {round(expected['score']['support'] * 100)}%" in lines[1]
    assert lines[2] == "Publisher: The Sun (thesun.co.uk), rated 0.31"
    assert expected["summary"] in " ".join(out.split())
    assert f"Flags ({len(expected['flags'])})" in lines
    for flag in expected["flags"]:
        assert flag["message"] in " ".join(out.split())

    # Each claim, then its chain: one line per hop, publisher first, origin last, with why.
    headline = expected["claims"][0]
    start = lines.index(f"  [headline] “{headline['text']}”  support "
                        f"{round(headline['support'] * 100)}%")
    hops = headline["chains"][0]["hops"]
    hop_lines = lines[start + 2: start + 2 + len(hops)]
    for number, (line, hop) in enumerate(zip(hop_lines, hops, strict=True), start=1):
        assert line.startswith(f"      {number}. {hop['role']}")
        assert line.endswith(f"— {hop['why']}")
    assert "Daily Mail (dailymail.co.uk) · rated 0.22" in hop_lines[1]
    assert "Sergei Markovin · unrated · named expert" in hop_lines[3]
    assert hop_lines[-1].startswith("      5. origin    reports · unrated · vague")
    assert sum(1 for line in lines if line.startswith("  [")) == len(expected["claims"])


def test_json_prints_the_raw_answer(run: Any, app: Flask) -> None:
    result = run("score", str(DRONES), "--url", PUBLISHED_AT, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == expected_score(app, drones_body())


def test_html_from_standard_input(run: Any) -> None:
    page = (
        "<!doctype html><html><head><title>Bridge | Example</title></head><body>"
        "<nav>Home</nav><article><h1>Bridge to reopen in May, officials say</h1>"
        "<p>The transport minister said on Tuesday that the bridge would reopen in May.</p>"
        "</article></body></html>"
    )
    result = run("score", "-", "--json", stdin=page)
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["claims"][0]["position"] == "headline"
    assert answer["claims"][0]["text"].startswith("Bridge to reopen in May")
    texts = [claim["text"] for claim in answer["claims"]]
    assert "that the bridge would reopen in May" in texts
    report_text = run("score", "-", stdin=page).stdout
    assert report_text.splitlines()[0] == "standard input"


def test_a_poorly_sourced_article_still_exits_0(run: Any) -> None:
    result = run("score", "-", stdin="Deal is off, reports say\n\nReports say the deal is off.")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].startswith(("UNSUPPORTED", "WEAKLY SOURCED"))


def test_colours_on_request_and_never_otherwise(run: Any) -> None:
    coloured = run("score", str(DRONES), "--color").stdout
    assert ANSI in coloured
    assert "\x1b[31;1mWEAKLY SOURCED\x1b[0m" in coloured
    assert ANSI not in run("score", str(DRONES), "--no-color").stdout
    assert ANSI not in run("score", str(DRONES), NO_COLOR="1").stdout


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colours_by_default_only_on_a_terminal_without_no_color() -> None:
    assert report.use_colour(None, _Terminal(), {}) is True
    assert report.use_colour(None, _Terminal(), {"NO_COLOR": "1"}) is False
    assert report.use_colour(None, _Terminal(), {"NO_COLOR": ""}) is True
    assert report.use_colour(None, io.StringIO(), {}) is False
    assert report.use_colour(True, io.StringIO(), {"NO_COLOR": "1"}) is True


def test_a_missing_file_fails_clearly(run: Any, tmp_path: Path) -> None:
    result = run("score", str(tmp_path / "nowhere.txt"))
    assert result.exit_code == 1
    assert f"Error: cannot read {tmp_path / 'nowhere.txt'}: No such file" in result.stderr


def test_an_empty_article_fails_clearly(run: Any, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n \n", encoding="utf-8")
    result = run("score", str(empty))
    assert result.exit_code == 1
    assert "Error: the article is empty: nothing to score" in result.stderr


def test_a_file_that_is_not_utf8_fails_clearly(run: Any, tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\xe9 owner said so.".encode("latin-1"))
    result = run("score", str(latin))
    assert result.exit_code == 1
    assert "is not UTF-8 text" in result.stderr


def test_a_bad_database_fails_clearly(run: Any, tmp_path: Path) -> None:
    result = run("score", str(DRONES), DATABASE_URL=f"sqlite:///{tmp_path}/none/here.sqlite3")
    assert result.exit_code == 1
    assert "Error: could not score the article" in result.stderr
    assert "srs db upgrade" in result.stderr
    assert result.stdout == ""

    result = run("score", str(DRONES), DATABASE_URL="mysql://db/ratings")
    assert result.exit_code == 1
    assert "DATABASE_URL" in result.stderr


def test_score_works_from_an_empty_folder_on_the_defaults(tmp_path: Path) -> None:
    """The installed `srs` command, run where there is no database and nothing is set: it reads
    the bundled ratings and leaves nothing behind."""
    import os
    import subprocess
    import sys

    article = tmp_path / "article.txt"
    article.write_text("Plant to close\n\nThe mayor said the plant would close in May.\n",
                       encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "DATA_DIR", "REDIS_URL")}
    srs = Path(sys.executable).with_name("srs")
    for command in ([str(srs)], [sys.executable, "-m", "service"]):
        done = subprocess.run([*command, "score", "--no-color", str(article)], cwd=tmp_path,
                              env=env, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        assert "the plant would close in May" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]
