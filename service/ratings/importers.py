"""Reading and writing whole ratings tables: the service's own format and published research.

Every importer returns the complete table it wants (outlets and source kinds); the store then
makes the database equal to it in one transaction, so an import is all or nothing and a dry run
is the same computation without the write.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from statistics import fmean
from typing import Any

from marshmallow import ValidationError

from service.ratings import domains
from service.ratings.model import (
    TEAM_JUDGEMENT,
    OutletRecordSchema,
    SourceKindRecordSchema,
    outlet_domains,
)

FORMAT_NAME = "source-reliability-ratings"
FORMAT_VERSION = 1
LIN_SOURCE = "Lin et al. 2023 (pc1)"
ASD_SOURCE = "ASD State Media Matrix"
ASD_TYPOLOGY = {
    "SC": "state_controlled",
    "CaPu": "captured",
    "CaPr": "captured",
    "ISFM": "state_funded",
    "ISF": "state_funded",
    "ISM": "state_funded",
    "IP": "independent_public",
}


class ImportProblem(ValueError):
    """The file cannot be imported; the message says which line or field and why."""


Table = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def export_document(
    version: int, outlets: Iterable[Mapping[str, Any]], kinds: Iterable[Mapping[str, Any]]
) -> str:
    body = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "ratings_version": version,
        "outlets": sorted(outlets, key=lambda o: o["domain"]),
        "source_kinds": sorted(kinds, key=lambda k: k["kind"]),
    }
    return json.dumps(body, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def read_document(text: str) -> Table:
    """The service's own export format, validated record by record."""
    try:
        body = json.loads(text)
    except ValueError as exc:
        raise ImportProblem(f"not JSON: {exc}") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT_NAME:
        raise ImportProblem(f"not a {FORMAT_NAME} document (missing or wrong 'format')")
    if body.get("format_version") != FORMAT_VERSION:
        raise ImportProblem(f"format_version {body.get('format_version')!r} is not supported")
    try:
        outlets = OutletRecordSchema(many=True).load(body.get("outlets", []))
        kinds = SourceKindRecordSchema(many=True).load(body.get("source_kinds", []))
    except ValidationError as exc:
        raise ImportProblem(f"invalid records: {json.dumps(exc.normalized_messages())}") from None
    _check_unique(outlets)
    return outlets, kinds


def _check_unique(outlets: list[dict[str, Any]]) -> None:
    owner: dict[str, str] = {}
    for record in outlets:
        for host in outlet_domains(record):
            if host in owner:
                raise ImportProblem(f"{host} belongs to both {owner[host]} and {record['domain']}")
            owner[host] = record["domain"]


#: Marks a published figure that is mostly imputed (see ``reference``): it rates an outlet only
#: when no direct rating does.
WEAK_MARK = "likely imputed"


def rating_family(source: str) -> str:
    """The rating set a figure comes from, whatever its qualifier: "Lin et al. 2023" for
    "Lin et al. 2023 (pc1)", "Wikipedia Perennial sources" for "... (gu)"."""
    return source.split(" (", 1)[0]


def combine_ratings(
    ratings: Sequence[Mapping[str, Any]], primary: str | None = None
) -> tuple[float | None, int]:
    """Reliability and evidence from the ratings an outlet rests on: the mean over the
    published rating sets (one figure per set: the one for the outlet's own domain when the set
    rates several of its domains, else their mean), or the team's judgement when no published
    set covers the outlet. Mostly imputed figures count only when nothing direct does.
    Evidence is the number of rating sets the figure rests on."""
    direct: dict[str, list[Mapping[str, Any]]] = {}
    weak: dict[str, list[Mapping[str, Any]]] = {}
    team: list[float] = []
    for rating in ratings:
        if rating["source"] == TEAM_JUDGEMENT:
            team.append(rating["value"])
            continue
        bucket = weak if WEAK_MARK in rating["source"] else direct
        bucket.setdefault(rating_family(rating["source"]), []).append(rating)
    families = direct or weak
    if families:
        figures = []
        for entries in families.values():
            own = [r["value"] for r in entries if primary and r.get("domain") == primary]
            figures.append(own[0] if own else fmean(r["value"] for r in entries))
        return round(fmean(figures), 3), len(figures)
    return (round(fmean(team), 3), 0) if team else (None, 0)


def _index(outlets: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {host: record for record in outlets for host in outlet_domains(record)}


def _csv_rows(text: str, required: set[str]) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = required - set(reader.fieldnames or [])
    if missing:
        raise ImportProblem(f"the CSV lacks the columns {', '.join(sorted(missing))}")
    return list(reader)


def apply_lin_pc1(text: str, current: Table, *, as_of: str = "2023") -> tuple[Table, list[str]]:
    """A ``domain,pc1`` CSV (Lin et al. 2023): sets each known outlet's Lin rating and
    recomputes its reliability. Unknown domains are reported, never invented as outlets."""
    outlets = [dict(o, ratings=[dict(r) for r in o["ratings"]]) for o in current[0]]
    by_host = _index(outlets)
    skipped: list[str] = []
    seen: dict[str, float] = {}
    for line, row in enumerate(_csv_rows(text, {"domain", "pc1"}), start=2):
        try:
            value = float(row["pc1"])
        except ValueError:
            raise ImportProblem(f"line {line}: pc1 {row['pc1']!r} is not a number") from None
        if not 0.0 <= value <= 1.0:
            raise ImportProblem(f"line {line}: pc1 {value} is outside 0..1")
        try:
            host = domains.normalise_host(row["domain"])
        except domains.DomainError as exc:
            raise ImportProblem(f"line {line}: domain {row['domain']!r}: {exc}") from None
        record = by_host.get(host)
        if record is None:
            skipped.append(host)
            continue
        # An outlet's own domain wins over its siblings' figures.
        if record["domain"] in seen and host != record["domain"]:
            continue
        seen[record["domain"]] = value
        others = [r for r in record["ratings"] if r["source"] != LIN_SOURCE]
        record["ratings"] = [*others, {"source": LIN_SOURCE, "value": round(value, 4),
                                       "as_of": as_of}]
        if record["kind"] != "platform":
            record["reliability"], record["evidence"] = combine_ratings(record["ratings"])
    return (outlets, current[1]), skipped


def apply_asd_matrix(text: str, current: Table) -> tuple[Table, list[str]]:
    """The ASD State Media Matrix CSV: sets the state affiliation of each known outlet whose
    URL it lists, by its typology. Rows without a URL or typology are reported."""
    outlets = [dict(o) for o in current[0]]
    by_host = _index(outlets)
    skipped: list[str] = []
    for line, row in enumerate(_csv_rows(text, {"URL", "Typology"}), start=2):
        typology = (row.get("Typology") or "").strip()
        affiliation = ASD_TYPOLOGY.get(typology)
        url = (row.get("URL") or "").strip()
        label = row.get("Main assets") or row.get("Media company") or f"line {line}"
        if not url or affiliation is None:
            skipped.append(f"{label}: no URL or unknown typology {typology!r}")
            continue
        try:
            parsed = domains.parse(url)
        except domains.DomainError as exc:
            skipped.append(f"{label}: {exc}")
            continue
        record = next((by_host[c] for c in parsed.candidates() if c in by_host), None)
        if record is None:
            skipped.append(parsed.host)
            continue
        record["state_affiliation"] = affiliation
        note = f"state affiliation {typology} per {ASD_SOURCE}"
        if note not in record["provenance"]:
            record["provenance"] = "; ".join(p for p in (record["provenance"], note) if p)
    return (outlets, current[1]), skipped


def describe_changes(
    before: Table, after: Table, plan: Mapping[str, list[str]]
) -> list[str]:
    """Lines a person reads to see what an import will do, field by field."""
    old = {o["domain"]: o for o in before[0]}
    new = {o["domain"]: o for o in after[0]}
    lines = [f"+ {d} ({new[d]['name']})" for d in plan["added"]]
    lines += [f"- {d} ({old[d]['name']})" for d in plan["removed"]]
    for domain in plan["changed"]:
        for name in new[domain]:
            if name in ("updated_at", "updated_by"):
                continue
            if old[domain].get(name) != new[domain].get(name):
                lines.append(
                    f"~ {domain} {name}: {json.dumps(old[domain].get(name), ensure_ascii=False)}"
                    f" -> {json.dumps(new[domain].get(name), ensure_ascii=False)}"
                )
    old_kinds = {k["kind"]: k for k in before[1]}
    new_kinds = {k["kind"]: k for k in after[1]}
    for kind in plan["kinds_added"]:
        lines.append(f"+ source kind {kind}")
    for kind in plan["kinds_changed"]:
        for name in ("label", "prior", "description"):
            if old_kinds[kind].get(name) != new_kinds[kind].get(name):
                lines.append(
                    f"~ source kind {kind} {name}: {old_kinds[kind].get(name)!r} -> "
                    f"{new_kinds[kind].get(name)!r}"
                )
    return lines
