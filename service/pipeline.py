"""From a submitted article to its attributions and its score, with the score cache.

The API's views parse and serialise; this module does the work between: checks the article,
resolves its publisher, runs the extractor against the worker's ratings snapshot, scores the
chains with the snapshot's source-kind priors, and caches scores by (model version, ratings
version, hash of the input), so a rating change is seen on the very next call.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from service import scoring
from service.attribution import OutletRef, extract, html_to_text
from service.attribution.text import html_nesting_depth
from service.cache import Cache
from service.errors import Problem
from service.ratings.snapshot import Snapshot

EXTRACTOR_VERSION = "rules-1"
ANALYSIS_VERSION = f"{scoring.MODEL_VERSION}+{EXTRACTOR_VERSION}"
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f"}
# Real pages nest a few dozen elements deep; the HTML parser slows with the square of depth.
MAX_HTML_DEPTH = 1000


@dataclass(frozen=True)
class Article:
    headline: str | None
    text: str
    publisher: dict[str, Any] | None


def _check_characters(field: str, value: str) -> None:
    for index, ch in enumerate(value):
        if ch in _ALLOWED_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category == "Cc":
            raise Problem(422, "invalid-text",
                          f"{field} holds a control character (U+{ord(ch):04X}) at {index}.",
                          errors={field: [f"control character U+{ord(ch):04X} at {index}"]})
        if category == "Cs":
            raise Problem(422, "invalid-text",
                          f"{field} holds a lone surrogate at {index}: not valid Unicode.",
                          errors={field: [f"lone surrogate at {index}"]})


def _clean(value: str, field: str, limit: int) -> str:
    if len(value) > limit:
        raise Problem(413, "too-large",
                      f"{field} is {len(value):,} characters; the limit is {limit:,}.")
    # Fast path: most articles are printable text and need no per-character scan.
    if not value.isprintable():
        _check_characters(field, value)
    return value


def read_article(body: Mapping[str, Any], snapshot: Snapshot, *, max_chars: int) -> Article:
    """The article to analyse, or a 4xx problem saying what is wrong with it."""
    has_text, has_html = body.get("text") is not None, body.get("html") is not None
    if has_text == has_html:
        raise Problem(422, "validation", "Send exactly one of text or html.",
                      errors={"_schema": ["exactly one of text or html"]})
    headline = body.get("headline")
    if headline is not None:
        headline = _clean(headline, "headline", 2000)
    if has_text:
        text = _clean(body["text"], "text", max_chars)
    else:
        html = _clean(body["html"], "html", max_chars * 4)
        depth = html_nesting_depth(html)
        if depth > MAX_HTML_DEPTH:
            raise Problem(422, "validation", f"The HTML nests {depth} elements deep; pages are "
                          f"read up to {MAX_HTML_DEPTH}.",
                          errors={"html": [f"nested {depth} elements deep (limit "
                                           f"{MAX_HTML_DEPTH})"]})
        text = html_to_text(html)
    if not text.strip() and not (headline or "").strip():
        raise Problem(422, "validation", "The article has no text.",
                      errors={"text" if has_text else "html": ["no readable text"]})
    return Article(headline=headline or None, text=text,
                   publisher=resolve_publisher(body, snapshot))


def resolve_publisher(body: Mapping[str, Any], snapshot: Snapshot) -> dict[str, Any] | None:
    """The publisher named in the body (a domain, URL or name), else the article URL's outlet."""
    named = body.get("publisher")
    if named:
        found = snapshot.lookup(named)
        if found.outlet is None:
            found = snapshot.lookup_name(named)
        if found.outlet is not None:
            return found.outlet
    if body.get("url"):
        return snapshot.lookup(body["url"]).outlet
    return None


def _ref(outlet: Mapping[str, Any]) -> OutletRef:
    return OutletRef(
        domain=outlet["domain"], name=outlet["name"], reliability=outlet["reliability"],
        state_affiliation=outlet["state_affiliation"], kind=outlet["kind"],
        country=outlet["country"],
    )


def _enrich(extraction: dict[str, Any], snapshot: Snapshot) -> None:
    """Give every outlet the extractor names its kind, country and evidence from the table."""
    outlets: list[Any] = []
    for attribution in extraction["attributions"]:
        for part in ("source", "venue"):
            if attribution.get(part):
                outlets.append(attribution[part].get("outlet"))
    for chain in extraction["chains"]:
        outlets.extend(hop.get("outlet") for hop in chain["hops"])
    for outlet in outlets:
        if outlet and outlet.get("domain") in snapshot.outlets:
            full = snapshot.outlets[outlet["domain"]]
            outlet.update(kind=full["kind"], country=full["country"],
                          evidence=full["evidence"])


def public_outlet(outlet: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if outlet is None:
        return None
    keys = ("domain", "name", "kind", "country", "state_affiliation", "reliability", "evidence")
    return {key: outlet[key] for key in keys}


def attributions(article: Article, snapshot: Snapshot) -> dict[str, Any]:
    """The /v1/attributions answer for an article."""
    publisher = _ref(article.publisher) if article.publisher else None
    extraction = extract(article.text, headline=article.headline, directory=snapshot.directory,
                         publisher=publisher).to_dict()
    _enrich(extraction, snapshot)
    return {
        "text": extraction["text"],
        "headline": article.headline,
        "publisher": public_outlet(article.publisher),
        "attributions": extraction["attributions"],
        "chains": extraction["chains"],
    }


def score(article: Article, snapshot: Snapshot) -> dict[str, Any]:
    """The /v1/score answer for an article (not cached; see `cached_score`)."""
    found = attributions(article, snapshot)
    # What the publisher states on its own authority is not a sourced claim: only chains that
    # reach beyond the publisher are scored.
    sourced = {**found, "chains": [c for c in found["chains"]
                                   if any(h["role"] != "publisher" for h in c["hops"])]}
    result = scoring.score_extraction(
        sourced, headline=article.headline, priors=snapshot.priors(), publisher=article.publisher
    )
    result.update(
        publisher=found["publisher"],
        ratings_version=snapshot.version,
        model_version=ANALYSIS_VERSION,
        attributions=found["attributions"],
    )
    return result


def cache_key(body: Mapping[str, Any], snapshot: Snapshot) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    return f"score:{ANALYSIS_VERSION}:{snapshot.version}:{digest}"


def cached_score(
    body: Mapping[str, Any], snapshot: Snapshot, cache: Cache, *, max_chars: int, ttl: int
) -> tuple[bytes, bool]:
    """The serialised score and whether it came from the cache."""
    key = cache_key(body, snapshot)
    hit = cache.get(key)
    if hit is not None:
        return hit, True
    result = score(read_article(body, snapshot, max_chars=max_chars), snapshot)
    payload = json.dumps(result, ensure_ascii=False, separators=(",", ":")).encode()
    cache.set(key, payload, ttl)
    return payload, False
