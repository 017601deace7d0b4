"""The `service` command: serve, migrate, import and export ratings, score an article."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from service.config import ConfigError, Settings

if TYPE_CHECKING:
    from service.ratings.store import RatingsStore


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


def _store(settings: Settings) -> RatingsStore:
    from service.ratings.store import RatingsStore, create_db_engine

    return RatingsStore(create_db_engine(settings.DATABASE_URL))


@click.group()
def main() -> None:
    """Source-reliability service: how well is an article sourced?"""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="gunicorn workers (default: WEB_CONCURRENCY or 2 per core + 1).")
def serve(host: str, port: int, workers: int | None) -> None:
    """Run the service under gunicorn (migrating and seeding the database first)."""
    settings = _settings()
    # Importing the gunicorn settings checks their variables, naming any bad one.
    from service import gunicorn_conf  # noqa: F401
    from service.ratings.schema import prepare
    from service.ratings.store import create_db_engine

    engine = create_db_engine(settings.DATABASE_URL)
    prepare(engine, seed=settings.SEED_ON_EMPTY)
    engine.dispose()
    gunicorn = shutil.which("gunicorn") or os.path.join(os.path.dirname(sys.executable),
                                                        "gunicorn")
    argv = [gunicorn, "-c", "python:service.gunicorn_conf", "--bind", f"{host}:{port}"]
    if workers:
        argv += ["--workers", str(workers)]
    os.execv(gunicorn, [*argv, "service.wsgi:app"])


@main.group()
def db() -> None:
    """The ratings database."""


@db.command("upgrade")
@click.option("--seed/--no-seed", default=True, show_default=True,
              help="Load the bundled ratings into an empty table.")
def db_upgrade(seed: bool) -> None:
    """Apply every migration; on an empty table, load the bundled ratings."""
    settings = _settings()
    from service.ratings.schema import prepare
    from service.ratings.store import create_db_engine

    engine = create_db_engine(settings.DATABASE_URL)
    seeded = prepare(engine, seed=seed)
    engine.dispose()
    click.echo("database is current" + ("; bundled ratings loaded" if seeded else ""))


@main.group()
def ratings() -> None:
    """Import and export the ratings table."""


@ratings.command("export")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
def ratings_export(output: Path | None) -> None:
    """Write the whole table (outlets and source-kind priors) as JSON."""
    from service.ratings.importers import export_document

    store = _store(_settings())
    version, outlets, kinds = store.load_all()
    store.engine.dispose()
    document = export_document(version, outlets, kinds)
    if output is None:
        click.echo(document, nl=False)
    else:
        output.write_text(document, encoding="utf-8")
        click.echo(f"wrote {len(outlets)} outlets and {len(kinds)} source kinds to {output}",
                   err=True)


@ratings.command("import")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--format", "fmt", type=click.Choice(["native", "lin-pc1", "asd"]),
              default="native", show_default=True,
              help="native: a `ratings export` file (replaces the table); lin-pc1: a domain,pc1 "
              "CSV; asd: the ASD State Media Matrix CSV (both update known outlets).")
@click.option("--dry-run", is_flag=True, help="Print what would change; change nothing.")
@click.option("--reason", default="ratings import", show_default=True,
              help="Why, for the audit history.")
@click.option("--actor", default=lambda: os.environ.get("USER", "cli"), show_default="$USER")
def ratings_import(file: TextIO, fmt: str, dry_run: bool, reason: str,
                   actor: str) -> None:
    """Import ratings, all or nothing."""
    store = _store(_settings())
    try:
        _import(store, file.read(), fmt, dry_run, reason, actor)
    finally:
        store.engine.dispose()


def _import(store: RatingsStore, text: str, fmt: str, dry_run: bool, reason: str,
            actor: str) -> None:
    from service.ratings import importers
    from service.ratings.store import diff_records

    _, outlets, kinds = store.load_all()
    current = (outlets, kinds)
    skipped: list[str] = []
    try:
        if fmt == "native":
            wanted = importers.read_document(text)
        elif fmt == "lin-pc1":
            wanted, skipped = importers.apply_lin_pc1(text, current)
        else:
            wanted, skipped = importers.apply_asd_matrix(text, current)
    except importers.ImportProblem as exc:
        raise click.ClickException(f"nothing imported: {exc}") from None
    plan = diff_records(
        {o["domain"]: o for o in outlets}, {o["domain"]: o for o in wanted[0]},
        {k["kind"]: k for k in kinds}, {k["kind"]: k for k in wanted[1]},
    )
    for line in importers.describe_changes(current, wanted, plan):
        click.echo(line)
    counts = ", ".join(f"{len(v)} {k.replace('_', ' ')}" for k, v in plan.items())
    if skipped:
        click.echo(f"{len(skipped)} rows name no outlet in the table and were skipped", err=True)
    if dry_run:
        click.echo(f"dry run: would apply {counts}", err=True)
        return
    version, _ = store.replace_all(wanted[0], wanted[1], actor=actor, reason=reason)
    click.echo(f"imported: {counts}; ratings version {version}", err=True)


@ratings.command("build")
@click.option("--reference", "reference_dir", required=True,
              type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="The folder of the published sets (lin_domain_pc1.csv, "
              "asd_state_media_matrix.csv, rsp_sources.jsonl).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: the bundled service/ratings/data/outlets.jsonl).")
@click.option("--verbose", is_flag=True, help="List every row set aside and every note.")
def ratings_build(reference_dir: Path, output: Path | None, verbose: bool) -> None:
    """Rebuild the bundled table from the curated records and the published sets."""
    from service.ratings import build, reference

    result = build.build(build.read_jsonl(build.CURATED_FILE),
                         build.read_jsonl(build.NAMES_FILE), reference.read(reference_dir))
    target = output or build.OUTPUT_FILE
    build.write_jsonl(result.records, target)
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in
                       build.summary(result.records).items())
    click.echo(f"wrote {target}: {counts}")
    click.echo(f"{len(result.set_aside)} rows set aside, {len(result.notes)} notes"
               + ("" if verbose else " (--verbose lists them)"), err=True)
    if verbose:
        for line in [*result.set_aside, *result.notes]:
            click.echo(f"  {line}", err=True)


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
def openapi(output: Path | None) -> None:
    """Print (or write) the OpenAPI document the code generates."""
    from service import create_app

    app = create_app({"DATABASE_URL": "sqlite:///:memory:", "LOG_LEVEL": "ERROR"})
    text = app.extensions["service"].api.spec.to_yaml()
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@main.command("config")
def show_config() -> None:
    """List every environment variable with its default and why it exists."""
    for name, default, why in Settings.describe():
        click.echo(f"{name}={default!s:<24} {why}")


@main.command("score")
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the raw /v1/score JSON answer.")
@click.option("--url", default=None, help="Where the article is published (gives the publisher).")
@click.option("--publisher", default=None, help="The publisher's domain, URL or name.")
@click.option("--headline/--no-headline", "first_line_headline", default=True,
              show_default=True, help="For text: read the first line as the headline.")
@click.option("--color/--no-color", "colour", default=None,
              help="Colours (default: on a terminal, unless NO_COLOR is set).")
def score_command(file: Path, as_json: bool, url: str | None, publisher: str | None,
                  first_line_headline: bool, colour: bool | None) -> None:
    """Score an article FILE (text or HTML; - for standard input) and print a report.

    Runs the service in process against the configured database (DATABASE_URL). Exits 0 whatever
    the label, non-zero only when the article cannot be scored.
    """
    import json

    from service import report

    raw = _read_article(file)
    body = article_body(raw, first_line_headline=first_line_headline, url=url,
                        publisher=publisher)
    result = _score_in_process(body)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    colour = report.use_colour(colour, sys.stdout, os.environ)
    width = min(shutil.get_terminal_size((100, 24)).columns, 120)
    source = "standard input" if str(file) == "-" else str(file)
    click.echo(report.render(result, colour=colour, width=width, source=source), nl=False,
               color=colour)


def _read_article(file: Path) -> str:
    try:
        data = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
    except OSError as exc:
        raise click.ClickException(f"cannot read {file}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise click.ClickException(
            f"{file} is not UTF-8 text (byte {exc.start}): save it as UTF-8") from None


def article_body(raw: str, *, first_line_headline: bool = True, url: str | None = None,
                 publisher: str | None = None) -> dict[str, str]:
    """The /v1/score body for a file's content: HTML when it starts with `<`, else text whose
    first line is the headline (the page at `/` reads a pasted article the same way)."""
    body: dict[str, str] = {}
    if raw.lstrip().startswith("<"):
        from selectolax.lexbor import LexborHTMLParser

        tree = LexborHTMLParser(raw)
        heading = tree.css_first("article h1") or tree.css_first("h1")
        title = tree.css_first("title")
        headline = heading.text(deep=True) if heading is not None else (
            title.text() if title is not None else "")
        if heading is not None:
            heading.decompose()  # the headline is sent on its own, not twice
        body["html"] = tree.html or raw
        if " ".join(headline.split()):
            body["headline"] = " ".join(headline.split())
    else:
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        if first_line_headline:
            text = text.lstrip("\n")
            headline, _, rest = text.partition("\n")
            if headline.strip():
                body["headline"] = headline.strip()
            text = rest.lstrip("\n")
        body["text"] = text
    if url:
        body["url"] = url
    if publisher:
        body["publisher"] = publisher
    if not (body.get("text") or body.get("html") or "").strip() and not body.get("headline"):
        raise click.ClickException("the article is empty: nothing to score")
    return body


def _score_in_process(body: dict[str, str]) -> dict[str, object]:
    """POST the body to /v1/score on an in-process app: the same validation as over HTTP."""
    from service import create_app

    overrides = {} if os.environ.get("LOG_LEVEL") else {"LOG_LEVEL": "WARNING"}
    with _scratch_database(overrides):
        return _post_score(create_app, overrides, body)


@contextlib.contextmanager
def _scratch_database(overrides: dict[str, str]) -> Iterator[None]:
    """On the embedded defaults with no database made yet (`srs score FILE` from any folder),
    score against the bundled ratings in a throwaway SQLite file: nothing is left behind, and
    no empty ./data appears that a later command could not use."""
    if os.environ.get("DATABASE_URL") or os.path.exists(_settings().DATABASE_URL[10:]):
        yield
        return
    from service.ratings.schema import prepare
    from service.ratings.store import create_db_engine

    with tempfile.TemporaryDirectory(prefix="srs-score-") as folder:
        url = f"sqlite:///{os.path.join(folder, 'ratings.sqlite3')}"
        engine = create_db_engine(url)
        prepare(engine, seed=True)
        engine.dispose()
        overrides["DATABASE_URL"] = url
        overrides["DATA_DIR"] = folder  # the snapshot's disk copy goes there too
        yield


def _post_score(create_app: Any, overrides: dict[str, str], body: dict[str, str]
                ) -> dict[str, object]:
    import logging

    try:
        app = create_app(overrides)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    except Exception as exc:  # the database URL may be unusable before any request
        raise click.ClickException(f"cannot start the service: {exc}") from None
    # The service logs to stdout; here stdout is the report, so its log lines go to stderr.
    handlers = [h for h in logging.getLogger().handlers
                if isinstance(h, logging.StreamHandler) and getattr(h, "_service_json", False)]
    streams = [h.setStream(sys.stderr) for h in handlers]
    try:
        response = app.test_client().post("/v1/score", json=body)
    finally:
        for handler, stream in zip(handlers, streams, strict=True):
            if stream is not None:
                handler.setStream(stream)
        app.extensions["service"].store.engine.dispose()
    data = response.get_json(silent=True) or {}
    if response.status_code != 200:
        detail = data.get("detail") or data.get("title") or response.status
        hint = ""
        if response.status_code >= 500:
            hint = " (is the database reachable and migrated? try `srs db upgrade`)"
        raise click.ClickException(
            f"could not score the article: {detail} [HTTP {response.status_code}]{hint}")
    return dict(data)


if __name__ == "__main__":  # `python -m service.cli` as well as the `srs` script
    main()
