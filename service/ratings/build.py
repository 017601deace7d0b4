"""Building the bundled ratings table from the team's curated records and the published sets.

    srs ratings build --reference ../shared/reference/ratings

Inputs, all read at build time:
- ``data/curated.jsonl``: the outlets the team curated by hand (names, aliases, kinds, notes,
  judgements). They keep every field the team wrote and gain the published figures they lack.
- ``data/names.jsonl``: what the team knows of outlets the sets rate but do not name: the
  ``name`` a newspaper goes by (its aliases follow from it by the rules of ``names``), ``also``
  for other names the team vouches for as distinctive (a station's call sign "WRAL"), its
  ``kind`` and ``country``, its ``siblings``.
- the three reference sets (see ``reference``).

Output: ``data/outlets.jsonl``, one outlet per line, sorted by domain: the file the service
seeds an empty database with. The build is deterministic (same inputs, same bytes), so a
refresh of a set is one command and its diff shows what moved.

How records are formed:
- **organisations**: a domain joins the record that already holds it (curated siblings, the
  team's sibling lists, and the domains Wikipedia lists for one source when they carry the
  same name, as ``dailymail.co.uk`` and ``dailymail.com``); any other domain is its own record;
- **figures**: every figure a set gives any of the record's domains is kept in ``ratings``
  with its source, date and domain, side by side; reliability and evidence come from
  ``importers.combine_ratings`` (one figure per set, the outlet's own domain first);
- **state affiliation**: from the ASD typology, unless the team curated the record; an ASD
  outlet no published set rates gets the team's prior for its typology, said as such;
- **names**: see ``names``; a name two outlets share resolves for neither.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from service.ratings import countries, domains, names
from service.ratings.importers import (
    ASD_SOURCE,
    LIN_SOURCE,
    WEAK_MARK,
    combine_ratings,
    rating_family,
)
from service.ratings.model import TEAM_JUDGEMENT, OutletRecordSchema, outlet_domains
from service.ratings.reference import (
    LIN_AS_OF,
    RSP_WORDS,
    AsdRow,
    LinRow,
    Reference,
    RspRow,
    rsp_source,
)

DATA = Path(__file__).resolve().parent / "data"
CURATED_FILE = DATA / "curated.jsonl"
NAMES_FILE = DATA / "names.jsonl"
OUTPUT_FILE = DATA / "outlets.jsonl"

KEYS = ("domain", "siblings", "name", "aliases", "ambiguous_aliases", "kind", "country",
        "state_affiliation", "reliability", "evidence", "ratings", "provenance", "notes",
        "last_reviewed")

LIN_WEAK_SOURCE = f"Lin et al. 2023 (pc1, {WEAK_MARK})"
RSP_FAMILY = "Wikipedia Perennial sources"

#: The team's prior reliability for a state outlet no published set rates, by ASD typology:
#: directed outlets low, independent public media near the middle of the rated ones.
TYPOLOGY_PRIORS = {"SC": 0.2, "CaPu": 0.25, "CaPr": 0.3, "ISFM": 0.5, "ISM": 0.5,
                   "ISF": 0.55, "IP": 0.65}
#: When rows disagree, the most state-directed affiliation stands.
_SEVERITY = {"state_controlled": 4, "captured": 3, "state_funded": 2, "independent_public": 1,
             "none": 0}

_KIND_HINTS = (
    ("wire_service", re.compile(r"\b(news agency|press agency|agency|agence|agencia|agenzia|"
                                r"wire)\b", re.I)),
    ("broadcaster", re.compile(r"\b(tv|television|televisi\w*|radio|broadcast\w*|channel|"
                               r"fm|telev\w*)\b", re.I)),
    ("newspaper", re.compile(r"\b(daily|times|post|gazette|herald|tribune|journal|courier|"
                             r"chronicle|newspaper|observer|examiner|dispatch|sentinel|"
                             r"inquirer|star|register|bulletin|ledger|press)\b", re.I)),
)


@dataclass
class Draft:
    """One organisation while the build collects what the sets say about it."""

    domain: str
    hosts: list[str]
    curated: dict[str, Any] | None = None
    team: dict[str, Any] | None = None
    written: list[str] = field(default_factory=list)  # names the sets write, best first
    lin: dict[str, LinRow] = field(default_factory=dict)  # by label
    rsp: list[tuple[str, RspRow]] = field(default_factory=list)  # (host it was found by, row)
    asd: list[AsdRow] = field(default_factory=list)


@dataclass
class BuildResult:
    records: list[dict[str, Any]]
    set_aside: list[str]
    notes: list[str]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def write_jsonl(records: Iterable[Mapping[str, Any]], path: Path) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text(text, encoding="utf-8")


class _Table:
    """Drafts by primary domain, and the owner of every host."""

    def __init__(self) -> None:
        self.drafts: dict[str, Draft] = {}
        self.owner: dict[str, str] = {}

    def find(self, host: str) -> Draft | None:
        owner = self.owner.get(host)
        return self.drafts[owner] if owner else None

    def add(self, domain: str, hosts: Iterable[str] = ()) -> Draft:
        draft = Draft(domain=domain, hosts=[domain])
        self.drafts[domain] = draft
        self.owner[domain] = domain
        for host in hosts:
            self.join(draft, host)
        return draft

    def join(self, draft: Draft, host: str) -> None:
        if host not in self.owner:
            self.owner[host] = draft.domain
            draft.hosts.append(host)

    def find_or_add(self, host: str) -> Draft:
        return self.find(host) or self.add(host)


def build(curated: list[dict[str, Any]], team_names: list[dict[str, Any]],
          ref: Reference) -> BuildResult:
    """The whole table from its inputs; nothing is read or written here."""
    table = _Table()
    notes: list[str] = []
    for record in curated:
        draft = table.add(record["domain"], record.get("siblings", []))
        draft.curated = record
    for entry in team_names:
        if entry["domain"] in table.owner:
            notes.append(f"names.jsonl: {entry['domain']} is already "
                         f"{table.owner[entry['domain']]}; the entry adds nothing")
            continue
        draft = table.add(entry["domain"], entry.get("siblings", []))
        draft.team = entry
    for row in ref.rsp:
        _place_rsp(table, row)
    for asd in ref.asd:
        draft = table.find_or_add(asd.host)
        draft.asd.append(asd)
        draft.written += _asset_names(asd.asset)
    for lin in ref.lin:
        draft = table.find_or_add(lin.host)
        draft.lin.setdefault(lin.label, lin)
    records = [_compose(d, notes) for d in table.drafts.values()]
    _settle_names(records)
    records.sort(key=lambda r: r["domain"])
    OutletRecordSchema(many=True).load(records)  # every record valid, or the build fails
    return BuildResult(records, list(ref.set_aside), notes)


def _brand(host: str) -> str:
    return domains.registrable(host).split(".", 1)[0]


def _place_rsp(table: _Table, row: RspRow) -> None:
    """Domains Wikipedia lists for one source: those with the source's brand form one record
    (``insider.com`` is not ``businessinsider.com``'s sibling just for being listed with it)."""
    home = next((table.find(h) for h in row.hosts if table.find(h)), None)
    lead = home.domain if home else row.hosts[0]
    for host in row.hosts:
        draft = table.find(host)
        if draft is None:
            if home is not None and _brand(host) == _brand(lead):
                table.join(home, host)
                draft = home
            else:
                draft = table.add(host)
                if home is None:
                    home = draft
        draft.rsp.append((host, row))
        if draft is home:
            draft.written += names.split_written(row.name)


def _asset_names(asset: str) -> list[str]:
    out: list[str] = []
    for part in re.split(r"\s*(?:,|;| / )\s*", asset):
        out += names.split_written(part)
    return out


# -- one record -------------------------------------------------------------------------------


def _figures(draft: Draft) -> list[dict[str, Any]]:
    figures: list[dict[str, Any]] = []
    for label, lin in sorted(draft.lin.items()):
        source = LIN_WEAK_SOURCE if lin.likely_imputed else LIN_SOURCE
        figures.append({"source": source, "value": lin.value, "as_of": LIN_AS_OF,
                        "domain": label})
    seen: set[int] = set()
    for host, rsp in draft.rsp:
        if id(rsp) in seen:
            continue
        seen.add(id(rsp))
        figures.append({"source": rsp_source(rsp.status), "value": rsp.value,
                        "as_of": rsp.as_of, "domain": host})
    return figures


def _describe(ratings: list[dict[str, Any]], reliability: float | None) -> str:
    if reliability is None:
        return "no reliability: a platform's rating is never lent to what its users publish"
    parts = []
    for r in ratings:
        where = f" for {r['domain']}" if r.get("domain") else ""
        if rating_family(r["source"]) == RSP_FAMILY:
            status = r["source"].rsplit("(", 1)[-1].rstrip(")")
            parts.append(f"Wikipedia RSP '{RSP_WORDS.get(status, status)}'{where} "
                         f"({r['as_of']}) {r['value']:.2f}")
        elif r["source"] == TEAM_JUDGEMENT:
            parts.append(f"team judgement {r['value']:.2f} ({r['as_of']})")
        else:
            parts.append(f"{r['source']}{where} {r['value']:.2f}")
    return f"reliability {reliability:.2f} from: " + "; ".join(parts)


def _state(draft: Draft) -> tuple[str, str]:
    """Affiliation and its provenance from the ASD rows of a draft."""
    if not draft.asd:
        return "none", ""
    row = max(draft.asd, key=lambda a: _SEVERITY[a.affiliation])
    extra = "; ".join(sorted({a.note for a in draft.asd if "staging" in a.note or "wrong" in
                              a.note}))
    text = f"state affiliation {row.affiliation} from {ASD_SOURCE} ({row.typology}, " \
           f"{row.company or row.asset})"
    return row.affiliation, text + (f"; {extra}" if extra else "")


def _compose(draft: Draft, notes: list[str]) -> dict[str, Any]:
    if draft.curated is not None:
        return _compose_curated(draft, notes)
    team = draft.team or {}
    figures = _figures(draft)
    affiliation, state_text = _state(draft)
    record_notes: list[str] = [team["notes"]] if team.get("notes") else []
    if not figures:
        if not draft.asd:
            raise ValueError(f"{draft.domain}: no set rates it (an entry of names.jsonl for an "
                             "unrated domain?)")
        asd = max(draft.asd, key=lambda a: _SEVERITY[a.affiliation])
        prior = TYPOLOGY_PRIORS[asd.typology]
        figures = [{"source": TEAM_JUDGEMENT, "value": prior, "as_of": "2026-12"}]
        record_notes.append(
            f"No published set rates this outlet; its reliability is the team's prior for "
            f"state media typed {asd.typology} by ASD.")
    if any(WEAK_MARK in f["source"] for f in figures):
        record_notes.append("Lin et al.'s figure here is one that many domains share exactly, "
                            "so mostly imputed: weak evidence.")
    reliability, evidence = combine_ratings(figures, draft.domain)
    reliability = None if reliability is None else round(reliability, 2)  # as curated ones
    # The team's name may carry a qualifier for people ("The Day (New London)"); in text the
    # paper is "The Day", and only the team's other names are vouched for as they stand.
    written = [_unqualified(team["name"])] if team.get("name") else []
    written += list(team.get("also", [])) + draft.written
    country = team.get("country") or next(
        (a.country for a in draft.asd if a.country != countries.UNKNOWN),
        countries.code_for_host(draft.domain))
    kind = team.get("kind") or _kind_hint(written, draft)
    provenance = _describe(figures, reliability)
    if state_text:
        provenance += "; " + state_text
    return {
        "domain": draft.domain,
        "siblings": sorted(h for h in draft.hosts if h != draft.domain),
        "name": team.get("name") or (written[0] if written else draft.domain),
        "aliases": list(team.get("aliases", [])),
        "ambiguous_aliases": list(team.get("ambiguous_aliases", [])),
        "kind": kind,
        "country": country,
        "state_affiliation": affiliation,
        "reliability": reliability,
        "evidence": evidence,
        "ratings": figures,
        "provenance": provenance,
        "notes": " ".join(record_notes),
        "last_reviewed": team.get("last_reviewed"),
        # names still to settle (dropped before output)
        "_written": written,
        "_team_named": bool(team.get("aliases") or team.get("ambiguous_aliases")),
        "_forced": list(team.get("also", [])),
    }


def _unqualified(name: str) -> str:
    return re.sub(r"\s*\([^()]*\)", "", name).strip() or name


def _kind_hint(written: list[str], draft: Draft) -> str:
    text = " ".join(written + [a.company for a in draft.asd])
    for kind, pattern in _KIND_HINTS:
        if pattern.search(text):
            return kind
    return "other"


def _compose_curated(draft: Draft, notes: list[str]) -> dict[str, Any]:
    """A curated record as the team wrote it, with the published figures it lacked."""
    curated = draft.curated or {}
    record = {k: curated[k] for k in KEYS if k in curated}
    record.setdefault("last_reviewed", None)
    record["siblings"] = sorted(set(record["siblings"]) | set(draft.hosts) - {draft.domain})
    if record["kind"] == "platform":  # a platform's rating is never lent: no figures
        return record
    ratings = [dict(r) for r in record["ratings"]]
    reference = _figures(draft)
    for rating in ratings:  # say which domain a curated figure is for, when a set agrees
        if rating.get("domain") or rating["source"] == TEAM_JUDGEMENT:
            continue
        match = next((f for f in reference if f["source"].startswith(rating["source"][:14])
                      and abs(f["value"] - rating["value"]) < 0.006), None)
        if match is not None:
            rating["domain"] = match["domain"]
    have_rsp = any(rating_family(r["source"]) == RSP_FAMILY for r in ratings)
    held = {(rating_family(r["source"]), r.get("domain")) for r in ratings}
    added = []
    for figure in reference:
        family = rating_family(figure["source"])
        if family == RSP_FAMILY and have_rsp:
            continue
        if family == rating_family(LIN_SOURCE) and (family, None) in held:
            continue  # the team's Lin figure, for a domain no set agrees on: leave it be
        if (family, figure["domain"]) not in held:
            added.append(figure)
            held.add((family, figure["domain"]))
    record["ratings"] = ratings + added
    if added:
        # The team's reliability stands (it may carry a cap the team chose); the figures sit
        # beside it for the next review, and the evidence counts the sets now present.
        _, record["evidence"] = combine_ratings(record["ratings"], record["domain"])
        gained = ", ".join(f"{f['source']} {f['value']:.2f} for {f['domain']}" for f in added)
        record["provenance"] = "; ".join(
            p for p in (record["provenance"], f"figures added by the build: {gained}") if p)
        families = {rating_family(f["source"]) for f in added} - {
            rating_family(r["source"]) for r in ratings}
        if families:
            notes.append(f"curated {record['domain']} gained a figure from "
                         f"{', '.join(sorted(families))}; its reliability "
                         f"{record['reliability']} is kept as curated: review ({gained})")
    return record


# -- names across the table -------------------------------------------------------------------


def _fold(name: str) -> str:
    folded = " ".join(name.casefold().split())
    return folded[4:] if folded.startswith("the ") else folded


def _settle_names(records: list[dict[str, Any]]) -> None:
    """Give derived records their aliases; a name two outlets could be meant by resolves for
    neither, and a name a curated record holds stays the curated record's."""
    taken: dict[str, str] = {}  # folded alias or name -> the curated or team record holding it
    for record in records:
        if "_written" in record and not record["_team_named"]:
            continue
        for alias in (record["name"], *record["aliases"]):
            taken.setdefault(_fold(alias), record["domain"])
        for alias in record["ambiguous_aliases"]:
            taken.setdefault(_fold(alias), "")
    claims: dict[str, list[str]] = {}
    derived = [r for r in records if "_written" in r and not r["_team_named"]]
    for record in derived:  # "the Post-Dispatch" for "St. Louis Post-Dispatch"
        shorts = [f for w in record["_written"] for f in names.masthead_short_forms(w)]
        record["_written"] += [f for f in dict.fromkeys(shorts) if f not in record["_written"]]
        calls = [c for w in record["_written"] for c in names.call_sign_short_forms(w)]
        record["_written"] += [c for c in dict.fromkeys(calls) if c not in record["_written"]]
        record["_forced"] += calls  # "WXIA" for "WXIA-TV": the team vouched for the station
    derived_domains = {r["domain"] for r in derived}
    for record in derived:
        for written in record["_written"]:
            if names.is_usable(written):
                claims.setdefault(_fold(written), [])
                if record["domain"] not in claims[_fold(written)]:
                    claims[_fold(written)].append(record["domain"])
    for record in records:
        written = record.pop("_written", None)
        team_named = record.pop("_team_named", False)
        forced = {_fold(f) for f in record.pop("_forced", [])}
        if written is None or team_named:
            continue
        plain: list[str] = []
        unclear: list[str] = []
        for name in written:
            key = _fold(name)
            if not names.is_usable(name) or (key in taken):
                continue
            shared = len(claims.get(key, [])) > 1
            distinctive = names.is_distinctive(name) or key in forced
            target = plain if distinctive and not shared else unclear
            for form in names.text_forms(name):
                if form not in target and form not in plain:
                    target.append(form)
        record["aliases"] = plain
        record["ambiguous_aliases"] = [a for a in unclear if a not in plain]
        display = record["name"]
        if display != record["domain"] and (
                _fold(display) in taken or len(claims.get(_fold(display), [])) > 1):
            record["name"] = f"{display} ({record['domain']})"
    # what a derived record leaves ambiguous must not be any record's plain alias
    plain_owner = {a.lower(): r["domain"] for r in records for a in r["aliases"]}
    for record in records:
        if record["domain"] in derived_domains:
            mine = {p.lower() for p in record["aliases"]}
            record["ambiguous_aliases"] = [
                a for a in record["ambiguous_aliases"]
                if plain_owner.get(a.lower()) in (None, record["domain"])
                and a.lower() not in mine]


def summary(records: list[dict[str, Any]]) -> dict[str, int]:
    """The counts the issue asks for: records, domains, countries, state-affiliated."""
    return {
        "records": len(records),
        "domains": sum(len(outlet_domains(r)) for r in records),
        "countries": len({r["country"] for r in records} - {countries.UNKNOWN}),
        "state_affiliated": sum(r["state_affiliation"] in ("state_controlled", "captured",
                                                           "state_funded") for r in records),
        "with_aliases": sum(bool(r["aliases"]) for r in records),
    }
