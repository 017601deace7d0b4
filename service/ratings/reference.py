"""Reading the three published rating sets the bundled table is built from, defects handled.

Each reader turns one file into plain rows (a host, a figure or a typology, a name where the
set has one) and a list of what it set aside and why, so that the build can say what it did
not import. The files are read where they lie (``../shared/reference/ratings/`` by default);
they are never copied into the package.

- Lin et al. (2023), ``domain,pc1``: a few domains are written with an en dash for a hyphen or
  with a typo'd suffix; IP addresses and accounts on platforms (``twitter.com/someone``) name no
  outlet. Missing ratings were imputed before the PCA and nothing marks which: a figure that
  many domains share to the last digit is what imputation leaves behind, so such figures are
  marked ``likely imputed`` and yield to any direct rating (see ``importers.combine_ratings``).
- ASD State Media Matrix: KCTV's URL points to kcnawatch.org (a third-party archive), so that
  row is moved to KCTV's own record; staging hosts (``test.bbc.com``) stand for their site;
  rows without a URL or typology are set aside.
- Wikipedia Perennial sources: the status becomes a figure as the team has always mapped it;
  "m" (multiple, topic-specific) carries no figure.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from service.ratings import countries, domains
from service.ratings.importers import ASD_TYPOLOGY

LIN_FILE = "lin_domain_pc1.csv"
ASD_FILE = "asd_state_media_matrix.csv"
RSP_FILE = "rsp_sources.jsonl"

LIN_AS_OF = "2023"
ASD_AS_OF = "2024"

#: A pc1 value shared by at least this many domains is taken as mostly imputed: independent
#: ratings of different sites do not agree to fifteen digits.
IMPUTED_SHARE = 10

RSP_FIGURES = {"gr": 0.85, "nc": 0.5, "gu": 0.2, "d": 0.05}
RSP_WORDS = {"gr": "generally reliable", "nc": "no consensus", "gu": "generally unreliable",
             "d": "deprecated"}

#: Rows of the ASD matrix whose URL is known to be wrong: (country, main asset) -> the outlet's
#: own host (None: the row has no usable address).
ASD_URL_FIXES: dict[tuple[str, str], str | None] = {
    ("North Korea", "KCTV"): "gnu.rep.kp",
}
#: Hosts the ASD matrix lists that belong to someone else entirely.
ASD_FOREIGN_HOSTS = frozenset({"kcnawatch.org"})

#: Platforms on which Lin et al. rate single accounts or channels; the table rates sites.
PLATFORM_HOSTS = frozenset({
    "twitter.com", "x.com", "youtube.com", "facebook.com", "instagram.com", "medium.com",
    "substack.com", "tiktok.com", "t.me", "telegram.me", "vk.com", "rumble.com", "bitchute.com",
    "reddit.com", "wordpress.com", "blogspot.com", "tumblr.com", "yahoo.com", "aol.com",
    "msn.com", "google.com", "linkedin.com", "patreon.com", "soundcloud.com", "gab.com",
})

_SUFFIX_TYPOS = {".con": ".com", ".ogr": ".org"}
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})


@dataclass(frozen=True)
class LinRow:
    host: str  # the site the figure is for
    label: str  # as the set writes it, path included ("rfi.fr/en")
    value: float
    likely_imputed: bool


@dataclass(frozen=True)
class AsdRow:
    host: str
    country: str  # ISO code
    company: str
    asset: str
    typology: str  # the set's code, e.g. "SC"
    affiliation: str  # the table's vocabulary
    note: str = ""


@dataclass(frozen=True)
class RspRow:
    hosts: tuple[str, ...]
    name: str
    status: str
    value: float
    as_of: str


@dataclass
class Reference:
    """The three sets as rows, and what was set aside (one line each, saying why)."""

    lin: list[LinRow] = field(default_factory=list)
    asd: list[AsdRow] = field(default_factory=list)
    rsp: list[RspRow] = field(default_factory=list)
    set_aside: list[str] = field(default_factory=list)


def read(folder: Path, imputed_share: int = IMPUTED_SHARE) -> Reference:
    """All three sets from one folder (the layout of ``shared/reference/ratings``)."""
    ref = Reference()
    ref.lin = read_lin((folder / LIN_FILE).read_text(encoding="utf-8"), ref.set_aside,
                       imputed_share)
    ref.asd = read_asd((folder / ASD_FILE).read_text(encoding="utf-8"), ref.set_aside)
    ref.rsp = read_rsp((folder / RSP_FILE).read_text(encoding="utf-8").splitlines(),
                       ref.set_aside)
    return ref


def _clean_host(raw: str) -> str:
    text = raw.strip().translate(_DASHES)
    for typo, fixed in _SUFFIX_TYPOS.items():
        if text.endswith(typo):
            text = text[: -len(typo)] + fixed
    return text


def read_lin(text: str, set_aside: list[str], imputed_share: int = IMPUTED_SHARE
             ) -> list[LinRow]:
    raw_rows = list(csv.DictReader(text.splitlines()))
    if raw_rows and not {"domain", "pc1"} <= set(raw_rows[0]):
        raise ValueError(f"{LIN_FILE}: needs the columns domain and pc1")
    shared = Counter(row["pc1"].strip() for row in raw_rows)
    rows: list[LinRow] = []
    for row in raw_rows:
        label = row["domain"].strip()
        try:
            value = float(row["pc1"])
            parsed = domains.parse(_clean_host(label))
        except ValueError as exc:  # DomainError is a ValueError
            set_aside.append(f"Lin {label}: {exc}")
            continue
        if not 0.0 <= value <= 1.0:
            set_aside.append(f"Lin {label}: pc1 {value} outside 0..1")
            continue
        path = parsed.path.strip("/")
        if path and parsed.host in PLATFORM_HOSTS:
            set_aside.append(f"Lin {label}: an account on a platform, not a site")
            continue
        rows.append(LinRow(
            host=parsed.host,
            label=f"{parsed.host}/{path}" if path else parsed.host,
            value=round(value, 3),
            likely_imputed=shared[row["pc1"].strip()] >= imputed_share,
        ))
    return rows


def read_asd(text: str, set_aside: list[str]) -> list[AsdRow]:
    rows: list[AsdRow] = []
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        asset = " ".join((row.get("Main assets") or "").split())
        company = " ".join((row.get("Media company") or "").split())
        country_name = (row.get("Country") or "").strip()
        label = f"ASD line {line} ({asset or company})"
        code = (row.get("Typology") or "").strip()
        uncertain = code.endswith("?")
        affiliation = ASD_TYPOLOGY.get(code.rstrip("?"))
        if affiliation is None:
            set_aside.append(f"{label}: no typology")
            continue
        url = (row.get("URL") or "").strip()
        note = f"typed {code.rstrip('?')}" + (" (marked uncertain)" if uncertain else "")
        fix_key = (country_name, asset)
        if fix_key in ASD_URL_FIXES:
            fixed = ASD_URL_FIXES[fix_key]
            if fixed is None:
                set_aside.append(f"{label}: its URL is known to be wrong")
                continue
            note += f"; the set's URL {url} is wrong, moved to {fixed}"
            url = fixed
        if not url:
            set_aside.append(f"{label}: no web address")
            continue
        try:
            host = domains.parse(_clean_host(url)).host
        except ValueError as exc:
            set_aside.append(f"{label}: {url}: {exc}")
            continue
        if host in ASD_FOREIGN_HOSTS:
            set_aside.append(f"{label}: {host} is another organisation's site")
            continue
        if host.startswith("test."):
            note += f"; the set lists the staging host {host}"
            host = host[len("test."):]
        rows.append(AsdRow(host=host, country=countries.code_for(country_name), company=company,
                           asset=asset, typology=code.rstrip("?"), affiliation=affiliation,
                           note=note))
    return rows


_USES = re.compile(r"\{\{WP:RSPUSES\|([^}]*)\}\}")


def _rsp_hosts(entry: dict[str, object]) -> list[str]:
    found = _USES.search(str(entry.get("alltext") or ""))
    listed = found.group(1).split("|") if found else []
    if entry.get("domain"):
        listed.append(str(entry["domain"]))
    hosts: list[str] = []
    for item in listed:
        item = item.strip()
        if not item or "=" in item:
            continue
        try:
            host = domains.parse(_clean_host(item)).host
        except ValueError:
            continue
        if host not in hosts:
            hosts.append(host)
    return hosts


def read_rsp(lines: Iterable[str], set_aside: list[str]) -> list[RspRow]:
    rows: list[RspRow] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        entry = json.loads(line)
        name = str(entry.get("name") or entry.get("id") or "")
        if name.islower() and entry.get("id"):
            name = str(entry["id"])  # the parser's template word ("anchor"), not the name
        status = str(entry.get("status") or "")
        value = RSP_FIGURES.get(status)
        hosts = _rsp_hosts(entry)
        if value is None:
            set_aside.append(f"RSP line {number} ({name}): status {status!r} carries no figure")
            continue
        if not hosts:
            set_aside.append(f"RSP line {number} ({name}): no web address")
            continue
        as_of = str(entry.get("rsp_last") or "")[:4]
        rows.append(RspRow(hosts=tuple(hosts), name=name, status=status, value=value,
                           as_of=as_of if as_of.isdigit() else "2025"))
    return rows


def rsp_source(status: str) -> str:
    """How a Perennial-sources figure is named in ``ratings`` (as the curated records do)."""
    return f"Wikipedia Perennial sources ({status})"
