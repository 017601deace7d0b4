"""The ratings table as each worker holds it in memory, and the holder that keeps it fresh.

Every read of the API (look-ups, search, the extractor's outlet names) is served from a
`Snapshot`: immutable, built once per ratings version, shared by the worker's threads. The
`SnapshotHolder` asks the database for the version at most every RATINGS_REFRESH_SECONDS (the
documented staleness bound) and, when it moved, takes the serialized snapshot from the shared
cache or builds it from the database and publishes it there for the other workers.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from service.cache import Cache
from service.ratings import domains
from service.ratings.store import NotMigrated, RatingsStore, Unavailable, record_etag

if TYPE_CHECKING:
    from service.attribution.directory import OutletDirectory

log = logging.getLogger(__name__)

SNAPSHOT_TTL_SECONDS = 7 * 24 * 3600
CURRENT_KEY = "ratings:current"
COMPACT_FORMAT = 1
COMPACT_FIELDS = ("name", "kind", "country", "state_affiliation", "reliability", "evidence")


def snapshot_key(version: int) -> str:
    return f"ratings:snapshot:{version}"


def _fold(name: str) -> str:
    folded = " ".join(name.casefold().split())
    return folded[4:] if folded.startswith("the ") else folded


@dataclass(frozen=True)
class LookupResult:
    input: str
    outlet: dict[str, Any] | None
    reason: str | None = None
    matched: str | None = None
    candidates: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"input": self.input, "outlet": self.outlet}
        if self.reason:
            out["reason"] = self.reason
        if self.matched:
            out["matched"] = self.matched
        if self.candidates:
            out["candidates"] = self.candidates
        return out

    def to_json(self, snapshot: Snapshot) -> str:
        """``to_dict`` as the service's compact JSON, with the outlet's JSON made once per
        snapshot (the same text ``json.dumps`` of ``to_dict`` gives)."""
        parts = ['{"input":', _dumps(self.input), ',"outlet":',
                 "null" if self.outlet is None else snapshot.outlet_json(self.outlet)]
        if self.reason:
            parts += [',"reason":', _dumps(self.reason)]
        if self.matched:
            parts += [',"matched":', _dumps(self.matched)]
        if self.candidates:
            parts += [',"candidates":', _dumps(self.candidates)]
        parts.append("}")
        return "".join(parts)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Snapshot:
    """One ratings version, indexed for every read the service makes."""

    def __init__(
        self, version: int, outlets: Iterable[dict[str, Any]], kinds: Iterable[dict[str, Any]]
    ) -> None:
        self.version = version
        self.outlets: dict[str, dict[str, Any]] = {o["domain"]: o for o in outlets}
        self.kinds: dict[str, dict[str, Any]] = {k["kind"]: k for k in kinds}
        self.etags: dict[str, str] = _LazyEtags(self.outlets)
        self.kind_etags = {kind: record_etag(k) for kind, k in self.kinds.items()}
        self.by_host: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        self.ambiguous: dict[str, list[str]] = {}
        for domain, outlet in self.outlets.items():
            for host in (domain, *outlet["siblings"]):
                self.by_host[host] = domain
            for name in (outlet["name"], *outlet["aliases"]):
                self.by_name.setdefault(_fold(name), domain)
            for name in outlet["ambiguous_aliases"]:
                self.ambiguous.setdefault(_fold(name), []).append(domain)
        self.loaded_at = time.time()
        self._outlet_json: dict[int, tuple[dict[str, Any], str]] = {}

    def outlet_json(self, outlet: dict[str, Any]) -> str:
        """One outlet record of this snapshot as compact JSON, serialised on first use."""
        cached = self._outlet_json.get(id(outlet))
        if cached is not None and cached[0] is outlet:
            return cached[1]
        text = _dumps(outlet)
        if self.outlets.get(outlet.get("domain", "")) is outlet:  # records of this snapshot only
            self._outlet_json[id(outlet)] = (outlet, text)
        return text

    # -- (de)serialisation for the shared cache -------------------------------------------

    def to_blob(self) -> bytes:
        body = {"version": self.version, "outlets": list(self.outlets.values()),
                "kinds": list(self.kinds.values())}
        # Level 1: a quarter of level 9's time on twelve thousand outlets, for a blob a third
        # larger (under 1 MB) that only Redis and the local disk hold.
        return gzip.compress(json.dumps(body, separators=(",", ":")).encode(), compresslevel=1,
                             mtime=0)

    @classmethod
    def from_blob(cls, blob: bytes) -> Snapshot:
        body = json.loads(gzip.decompress(blob))
        return cls(body["version"], body["outlets"], body["kinds"])

    # -- reads ---------------------------------------------------------------------------

    def lookup(self, raw: str) -> LookupResult:
        """One URL or host to its outlet, longest match first; never lends a platform's rating."""
        try:
            parsed = domains.parse(raw)
        except domains.DomainError as exc:
            return LookupResult(raw, None, f"invalid: {exc}")
        for candidate in parsed.candidates():
            primary = self.by_host.get(candidate)
            if parsed.private_suffix and candidate == parsed.private_suffix and primary is None:
                return LookupResult(raw, None, _platform_reason(candidate))
            if primary is None:
                continue
            outlet = self.outlets[primary]
            if outlet["kind"] == "platform":
                own_page = candidate == parsed.host and parsed.path in ("", "/")
                if not own_page:
                    return LookupResult(raw, None, _platform_reason(outlet["name"]), candidate)
            return LookupResult(raw, outlet, None, candidate)
        return LookupResult(raw, None, "unknown: not in the ratings table")

    def lookup_name(self, name: str) -> LookupResult:
        folded = _fold(name)
        domain = self.by_name.get(folded)
        if domain:
            return LookupResult(name, self.outlets[domain], None, domain)
        if folded in self.ambiguous:
            candidates = sorted(self.ambiguous[folded])
            return LookupResult(
                name, None, "ambiguous: this name needs context to resolve", None, candidates
            )
        return LookupResult(name, None, "unknown: no outlet has this name or alias")

    def search(
        self,
        *,
        q: str | None = None,
        country: str | None = None,
        kind: str | None = None,
        state_affiliation: str | None = None,
        min_reliability: float | None = None,
        max_reliability: float | None = None,
    ) -> list[dict[str, Any]]:
        needle = q.casefold().strip() if q else None
        found = []
        for outlet in self.outlets.values():
            if country and outlet["country"] != country.upper():
                continue
            if kind and outlet["kind"] != kind:
                continue
            if state_affiliation and outlet["state_affiliation"] != state_affiliation:
                continue
            rel = outlet["reliability"]
            if min_reliability is not None and (rel is None or rel < min_reliability):
                continue
            if max_reliability is not None and (rel is None or rel > max_reliability):
                continue
            if needle and not _matches(outlet, needle):
                continue
            found.append(outlet)
        return found

    @cached_property
    def directory(self) -> OutletDirectory:
        """The extractor's view: an automaton over every outlet name and alias."""
        from service.attribution.directory import OutletDirectory

        return OutletDirectory(self.outlets.values())

    @cached_property
    def compact(self) -> bytes:
        """The whole table for offline look-ups in a browser extension, gzip-compressed."""
        body = {
            "format": COMPACT_FORMAT,
            "version": self.version,
            "fields": list(COMPACT_FIELDS),
            "outlets": {
                d: [o[f] for f in COMPACT_FIELDS] for d, o in sorted(self.outlets.items())
            },
            "siblings": {
                host: primary for host, primary in sorted(self.by_host.items()) if host != primary
            },
            "platforms": sorted(d for d, o in self.outlets.items() if o["kind"] == "platform"),
        }
        raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        return gzip.compress(raw, compresslevel=9, mtime=0)

    @property
    def compact_etag(self) -> str:
        return f'"ratings-v{self.version}-f{COMPACT_FORMAT}"'

    def priors(self) -> dict[str, float]:
        return {kind: record["prior"] for kind, record in self.kinds.items()}


class _LazyEtags(dict[str, str]):
    """Each outlet's ETag, made on first use: a worker answers for a few hundred outlets, and
    hashing all twelve thousand at every refresh would only slow its start."""

    def __init__(self, outlets: Mapping[str, dict[str, Any]]) -> None:
        super().__init__()
        self._outlets = outlets

    def __missing__(self, domain: str) -> str:
        etag = record_etag(self._outlets[domain])  # KeyError for an unknown domain
        self[domain] = etag
        return etag

    def get(self, domain: str, default: Any = None) -> Any:
        try:
            return self[domain]
        except KeyError:
            return default


def _platform_reason(platform: str) -> str:
    return (
        f"platform: published by a user of {platform}, a shared platform whose own rating is "
        "not lent to what its users publish"
    )


def _matches(outlet: Mapping[str, Any], needle: str) -> bool:
    haystack = (outlet["domain"], outlet["name"], *outlet["aliases"], *outlet["siblings"])
    return any(needle in text.casefold() for text in haystack)


class SnapshotHolder:
    """A worker's current snapshot, refreshed by version at most every ``refresh_seconds``."""

    def __init__(
        self,
        store: RatingsStore,
        cache: Cache,
        refresh_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        disk_copy: str | None = None,
    ) -> None:
        self.store = store
        # The last snapshot this host loaded, on local disk: a worker started while both the
        # database and Redis are away (a recycled worker during an outage) serves from it.
        self.disk_copy = disk_copy
        self.cache = cache
        self.refresh_seconds = refresh_seconds
        self._clock = clock
        self._snapshot: Snapshot | None = None
        self._checked = float("-inf")
        self._lock = threading.Lock()
        self.database_ok = True
        self.not_migrated = False  # the last database answer: "no ratings tables"
        self.refreshes = 0
        self.shared_hits = 0
        self.on_refresh: list[Callable[[Snapshot, str], None]] = []

    def current(self) -> Snapshot:
        snapshot = self._snapshot
        if snapshot is None or self._clock() - self._checked >= self.refresh_seconds:
            # Only one thread refreshes; the others keep serving the snapshot they have.
            if self._lock.acquire(blocking=snapshot is None):
                try:
                    if self._snapshot is None or self._clock() - self._checked >= (
                        self.refresh_seconds
                    ):
                        self._refresh()
                finally:
                    self._lock.release()
        if self._snapshot is None:
            if self.not_migrated:
                raise NotMigrated("no ratings snapshot: the database has no ratings tables")
            raise Unavailable("no ratings snapshot: neither the database nor the cache answered")
        return self._snapshot

    def warm(self) -> bool:
        """Load the snapshot now, at worker start, so that a worker whose first request comes
        during a database outage still has ratings to serve. False if nothing answered."""
        try:
            self.current()
        except Unavailable:
            return False
        return True

    def refresh_now(self) -> Snapshot:
        """After a write in this worker: read your own writes without waiting for the bound."""
        with self._lock:
            self._refresh()
        assert self._snapshot is not None
        return self._snapshot

    def _refresh(self) -> None:
        self._checked = self._clock()
        try:
            version = self.store.version()
            self.database_ok = True
            self.not_migrated = False
        except Unavailable as exc:
            self.database_ok = False
            self.not_migrated = isinstance(exc, NotMigrated)
            if self._snapshot is not None:
                return
            shared = self.cache.get(CURRENT_KEY)
            if shared is None:
                self._load_disk_copy()
                return
            version = int(shared)
        if self._snapshot is not None and self._snapshot.version == version:
            if self.cache.name == "redis" and self.cache.get(CURRENT_KEY) is None:
                self._publish(self._snapshot)  # Redis came back empty: share ours again
            return
        snapshot, origin = self._load(version)
        if snapshot is not None:
            self._snapshot = snapshot
            self.refreshes += 1
            for hook in self.on_refresh:
                hook(snapshot, origin)
        elif self._snapshot is None:
            self._load_disk_copy()

    def _load(self, version: int) -> tuple[Snapshot | None, str]:
        blob = self.cache.get(snapshot_key(version))
        if blob is not None:
            self.shared_hits += 1
            return Snapshot.from_blob(blob), "cache"
        if not self.database_ok:
            return None, "none"
        try:
            loaded_version, outlets, kinds = self.store.load_all()
        except Unavailable:
            self.database_ok = False
            return None, "none"
        snapshot = Snapshot(loaded_version, outlets, kinds)
        self._publish(snapshot)
        return snapshot, "database"

    def _publish(self, snapshot: Snapshot) -> None:
        """Share a snapshot with the other workers through the cache, and keep it on disk."""
        blob = snapshot.to_blob()
        self.cache.set(snapshot_key(snapshot.version), blob, SNAPSHOT_TTL_SECONDS)
        self.cache.set(CURRENT_KEY, str(snapshot.version).encode(), SNAPSHOT_TTL_SECONDS)
        if self.disk_copy:
            try:
                directory = os.path.dirname(os.path.abspath(self.disk_copy))
                os.makedirs(directory, exist_ok=True)
                with tempfile.NamedTemporaryFile(dir=directory, delete=False) as tmp:
                    tmp.write(blob)
                os.replace(tmp.name, self.disk_copy)  # atomic: readers never see half a file
            except OSError as exc:
                log.warning("cannot keep the ratings snapshot on disk",
                            extra={"error": str(exc)[:200]})

    def _load_disk_copy(self) -> None:
        if not self.disk_copy or self._snapshot is not None:
            return
        try:
            with open(self.disk_copy, "rb") as handle:
                snapshot = Snapshot.from_blob(handle.read())
        except (OSError, ValueError, KeyError) as exc:
            log.warning("no usable ratings snapshot on disk", extra={"error": str(exc)[:200]})
            return
        self._snapshot = snapshot
        self.refreshes += 1
        for hook in self.on_refresh:
            hook(snapshot, "disk")

    @property
    def age_seconds(self) -> float | None:
        return None if self._snapshot is None else time.time() - self._snapshot.loaded_at
