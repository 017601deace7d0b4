"""From a submitted article to its attributions and its score, with the score cache.

The API's views parse and serialise; this module does the work between: checks the article,
resolves its publisher, runs the extractor against the worker's ratings snapshot, scores the
chains with the snapshot's source-kind priors, and caches scores by (model version, ratings
version, hash of the input), so a rating change is seen on the very next call.
"""

from __future__ import annotations

import hashlib
import json
import re
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
# Real pages nest a few dozen elements deep; the HTML parser slows with the square of depth.
MAX_HTML_DEPTH = 1000


@dataclass(frozen=True)
class Article:
    headline: str | None
    text: str
    publisher: dict[str, Any] | None


# Unicode's Cc category (C0 and C1 controls, DEL) less the layout controls, and the surrogates
# (category Cs, which only a lone "\ud800"-style JSON escape can put into a str).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _check_characters(field: str, value: str) -> None:
    found = _FORBIDDEN.search(value)
    if found is None:
        return
    index, ch = found.start(), found.group()
    if unicodedata.category(ch) == "Cs":
        raise Problem(422, "invalid-text",
                      f"{field} holds a lone surrogate at {index}: not valid Unicode.",
                      errors={field: [f"lone surrogate at {index}"]})
    raise Problem(422, "invalid-text",
                  f"{field} holds a control character (U+{ord(ch):04X}) at {index}.",
                  errors={field: [f"control character U+{ord(ch):04X} at {index}"]})


def _clean(value: str, field: str, limit: int) -> str:
    if len(value) > limit:
        raise Problem(413, "too-large",
                      f"{field} is {len(value):,} characters; the limit is {limit:,}.")
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


# What an outlet's name can hold: a publisher that holds anything else ("<script>", a
# "javascript:" or "ftp://" address) and is no web address either is refused, not ignored.
_NAME_LIKE = re.compile(r"^[\w .,'’&()!-]+$")
# A value that is no address at all: another scheme than http(s), or characters no URL holds.
# An http(s) address whose host names no outlet (an IP, "localhost", an intranet name) is fine.
_NOT_AN_ADDRESS = re.compile(r"[<>\"\s]|^(?!https?:)[a-z][a-z0-9+.-]*:(?!\d)", re.IGNORECASE)


def _malformed(value: str, reason: str | None) -> bool:
    return bool(reason and reason.startswith("invalid")) and (
        _NOT_AN_ADDRESS.search(value) is not None)


def resolve_publisher(body: Mapping[str, Any], snapshot: Snapshot) -> dict[str, Any] | None:
    """The publisher named in the body (a domain, URL or name), else the article URL's outlet.

    An unknown but well-formed publisher or URL is scored without one; a malformed one is a 422
    with the look-up endpoint's wording, never silently dropped."""
    named = body.get("publisher")
    if named:
        found = snapshot.lookup(named)
        if found.outlet is not None:
            return found.outlet
        by_name = snapshot.lookup_name(named)
        if by_name.outlet is not None:
            return by_name.outlet
        if _malformed(named, found.reason) and not _NAME_LIKE.match(named):
            raise Problem(422, "invalid-publisher", f"{named[:100]!r} is {found.reason}",
                          errors={"publisher": [found.reason]})
    if body.get("url"):
        found = snapshot.lookup(body["url"])
        if _malformed(body["url"], found.reason):
            raise Problem(422, "invalid-url", f"{body['url'][:100]!r} is {found.reason}",
                          errors={"url": [found.reason]})
        return found.outlet
    return None


def _ref(outlet: Mapping[str, Any]) -> OutletRef:
    return OutletRef(
        domain=outlet["domain"], name=outlet["name"], reliability=outlet["reliability"],
        state_affiliation=outlet["state_affiliation"], kind=outlet["kind"],
        country=outlet["country"],
    )


def _enrich(extraction: dict[str, Any], snapshot: Snapshot) -> None:
    """Give every outlet the extractor names its kind, country and evidence from the table.

    Every mention of one outlet gets the same record object: equal records, built once, and
    the scoring recognises a recurring chain by its records' identity."""
    shared: dict[str, dict[str, Any]] = {}

    def one(outlet: dict[str, Any]) -> dict[str, Any]:
        domain = outlet.get("domain")
        found = shared.get(domain) if isinstance(domain, str) else None
        if found is not None:
            return found
        full = snapshot.outlets.get(domain) if isinstance(domain, str) else None
        if full is None:
            return outlet
        outlet.update(kind=full["kind"], country=full["country"], evidence=full["evidence"])
        shared[full["domain"]] = outlet
        return outlet

    for attribution in extraction["attributions"]:
        for part in ("source", "venue"):
            found = attribution.get(part)
            if found and found.get("outlet"):
                found["outlet"] = one(found["outlet"])
    for chain in extraction["chains"]:
        for hop in chain["hops"]:
            if hop.get("outlet"):
                hop["outlet"] = one(hop["outlet"])


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
