"""The ratings table's truth: SQL tables (SQLite or PostgreSQL) and every query on them.

Every write runs in one transaction that first bumps the ratings version (which also serialises
writers on both engines), then checks its precondition, changes the rows and appends one audit row
per changed record. A failed precondition rolls the whole transaction back: nothing half-written.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from service.ratings.model import OutletRecordSchema, SourceKindRecordSchema, outlet_domains

metadata = sa.MetaData()

outlets = sa.Table(
    "outlets",
    metadata,
    sa.Column("domain", sa.String(253), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("country", sa.String(2), nullable=False),
    sa.Column("state_affiliation", sa.String(32), nullable=False),
    sa.Column("reliability", sa.Float, nullable=True),
    sa.Column("evidence", sa.Integer, nullable=False),
    sa.Column("siblings", sa.JSON, nullable=False),
    sa.Column("aliases", sa.JSON, nullable=False),
    sa.Column("ambiguous_aliases", sa.JSON, nullable=False),
    sa.Column("ratings", sa.JSON, nullable=False),
    sa.Column("provenance", sa.Text, nullable=False),
    sa.Column("notes", sa.Text, nullable=False),
    sa.Column("last_reviewed", sa.String(32), nullable=True),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.Column("updated_by", sa.String(200), nullable=False),
)

# One row per domain an outlet answers to (its own and its siblings'): the primary key keeps a
# domain from belonging to two outlets.
outlet_domains_table = sa.Table(
    "outlet_domains",
    metadata,
    sa.Column("domain", sa.String(253), primary_key=True),
    sa.Column(
        "outlet",
        sa.String(253),
        sa.ForeignKey("outlets.domain", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
)

source_kinds = sa.Table(
    "source_kinds",
    metadata,
    sa.Column("kind", sa.String(64), primary_key=True),
    sa.Column("label", sa.String(200), nullable=False),
    sa.Column("prior", sa.Float, nullable=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sa.Column("updated_by", sa.String(200), nullable=False),
)

audit = sa.Table(
    "audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("entity_type", sa.String(16), nullable=False),
    sa.Column("entity_key", sa.String(253), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("before", sa.JSON, nullable=True),
    sa.Column("after", sa.JSON, nullable=True),
    sa.Column("ratings_version", sa.Integer, nullable=False),
    sa.Index("ix_audit_entity", "entity_type", "entity_key", "id"),
)

state = sa.Table(
    "state",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Integer, nullable=False),
)

VERSION_KEY = "ratings_version"
_OUTLET_FIELDS = tuple(OutletRecordSchema().fields)
_KIND_FIELDS = tuple(SourceKindRecordSchema().fields)


class StoreError(Exception):
    """Base of the errors a write can end in; the API maps each to a status."""


class NotFound(StoreError):
    pass


class PreconditionFailed(StoreError):
    """The client's If-Match no longer names the stored record (412)."""


class PreconditionRequired(StoreError):
    """The record exists and the client sent no If-Match: replacing it blind loses changes."""


class Conflict(StoreError):
    """The write would break a uniqueness rule (409), e.g. a sibling owned by another outlet."""


class Unavailable(StoreError):
    """The database cannot be reached; writes answer 503 and nothing is changed."""


class NotMigrated(Unavailable):
    """The database answers but has no ratings tables: waiting will not help, `srs db upgrade`
    (or starting with `srs serve`) will."""


# How SQLite and PostgreSQL say a table is missing.
_MISSING_TABLE = ("no such table", "does not exist", "undefinedtable")


def _database_error(exc: sa.exc.DBAPIError) -> Unavailable:
    message = str(exc.orig)
    if any(marker in message.lower() for marker in _MISSING_TABLE):
        return NotMigrated(message)
    return Unavailable(message)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def record_etag(record: Mapping[str, Any]) -> str:
    """A strong ETag over everything a client sees of a record."""
    body = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return '"' + hashlib.sha256(body.encode()).hexdigest()[:20] + '"'


def _check_precondition(key: str, current: Mapping[str, Any], if_match: str | None) -> None:
    if if_match is None:
        raise PreconditionRequired(key)
    if if_match != "*" and if_match != record_etag(current):
        raise PreconditionFailed(key)


@dataclass(frozen=True)
class Change:
    """What a write did, returned to the API (which answers with the new record and version)."""

    record: dict[str, Any] | None
    created: bool
    version: int


def create_db_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("sqlite:///", 1)[-1]
        if path and path != ":memory:":
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": 30})

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return sa.create_engine(
        url,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=5,
        pool_timeout=5,
        connect_args={"connect_timeout": 3},
    )


def _outlet_row(record: Mapping[str, Any]) -> dict[str, Any]:
    return {name: record.get(name) for name in outlets.c.keys()}  # noqa: SIM118


def _outlet_record(row: Any) -> dict[str, Any]:
    return {name: row[name] for name in _OUTLET_FIELDS}


_JSON_FIELDS = tuple(c.name for c in outlets.c if isinstance(c.type, sa.JSON))
#: The outlets table with its JSON columns as their text: the whole table is decoded in one
#: json.loads, not one per column and row (a snapshot of twelve thousand outlets loads in a
#: fifth of the time, and every worker loads one at start).
_OUTLETS_AS_TEXT = sa.select(*(
    sa.cast(c, sa.Text).label(c.name) if c.name in _JSON_FIELDS else c for c in outlets.c))


def _outlet_records_from_text(rows: Sequence[Any]) -> list[dict[str, Any]]:
    text = ",".join("[" + ",".join(row[name] for name in _JSON_FIELDS) + "]" for row in rows)
    decoded = json.loads(f"[{text}]")
    records = []
    for row, values in zip(rows, decoded, strict=True):
        parsed = dict(zip(_JSON_FIELDS, values, strict=True))
        records.append({name: parsed[name] if name in parsed else row[name]
                        for name in _OUTLET_FIELDS})
    return records


def _kind_record(row: Any) -> dict[str, Any]:
    return {name: row[name] for name in _KIND_FIELDS}


def _audit_row(*, version: int, actor: str, action: str, entity_type: str, key: str,
               reason: str, before: Mapping[str, Any] | None,
               after: Mapping[str, Any] | None) -> dict[str, Any]:
    """One row of the audit history (a write's who, what, why, and the record before and
    after)."""
    return {"at": now_iso(), "actor": actor, "action": action, "entity_type": entity_type,
            "entity_key": key, "reason": reason, "before": before, "after": after,
            "ratings_version": version}


def bundled_records() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ratings shipped in the package, validated as any import is."""
    data = resources.files("service.ratings") / "data"
    outlet_lines = (data / "outlets.jsonl").read_text(encoding="utf-8").splitlines()
    raw_outlets = [json.loads(line) for line in outlet_lines if line.strip()]
    raw_kinds = json.loads((data / "source_kinds.json").read_text(encoding="utf-8"))
    return (
        OutletRecordSchema(many=True).load(raw_outlets),
        SourceKindRecordSchema(many=True).load(raw_kinds),
    )


class RatingsStore:
    """Every query on the ratings tables. Reads here are for writes and history; the hot path
    reads the in-memory snapshot instead."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except (sa.exc.OperationalError, sa.exc.ProgrammingError) as exc:
            raise _database_error(exc) from exc

    @contextmanager
    def _write(self) -> Iterator[tuple[Connection, int]]:
        """A write transaction that starts by bumping the version: one writer at a time."""
        try:
            with self.engine.begin() as conn:
                version = conn.execute(
                    state.update()
                    .where(state.c.key == VERSION_KEY)
                    .values(value=state.c.value + 1)
                    .returning(state.c.value)
                ).scalar_one()
                yield conn, version
        except (sa.exc.OperationalError, sa.exc.ProgrammingError) as exc:
            raise _database_error(exc) from exc
        except sa.exc.IntegrityError as exc:
            raise Conflict(str(exc.orig)) from exc

    # -- reads ---------------------------------------------------------------------------

    def version(self) -> int:
        with self._read() as conn:
            return int(
                conn.execute(
                    sa.select(state.c.value).where(state.c.key == VERSION_KEY)
                ).scalar_one()
            )

    def load_all(self) -> tuple[int, list[dict[str, Any]], list[dict[str, Any]]]:
        """A consistent copy of the whole table: retried if a write lands between the reads."""
        for _ in range(5):
            with self._read() as conn:
                before = conn.execute(
                    sa.select(state.c.value).where(state.c.key == VERSION_KEY)
                ).scalar_one()
                rows = conn.execute(_OUTLETS_AS_TEXT.order_by(outlets.c.domain)).mappings()
                outlet_records = _outlet_records_from_text(rows.all())
                kinds = conn.execute(sa.select(source_kinds).order_by(source_kinds.c.kind))
                kind_records = [_kind_record(row) for row in kinds.mappings()]
                after = conn.execute(
                    sa.select(state.c.value).where(state.c.key == VERSION_KEY)
                ).scalar_one()
            if before == after:
                return int(after), outlet_records, kind_records
        raise Unavailable("the ratings table kept changing while being read")

    def get_outlet(self, domain: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute(sa.select(outlets).where(outlets.c.domain == domain)).mappings()
            found = row.first()
            return _outlet_record(found) if found else None

    def history(
        self, entity_type: str, key: str, *, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        where = sa.and_(audit.c.entity_type == entity_type, audit.c.entity_key == key)
        with self._read() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(audit).where(where))
            rows = conn.execute(
                sa.select(audit)
                .where(where)
                .order_by(audit.c.id.desc())
                .limit(limit)
                .offset(offset)
            ).mappings()
            return int(total.scalar_one()), [dict(row) for row in rows]

    def audit_count(self) -> int:
        with self._read() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(audit)).scalar_one())

    def ping(self) -> None:
        with self._read() as conn:
            conn.execute(sa.select(state.c.value).where(state.c.key == VERSION_KEY)).scalar_one()

    # -- writes --------------------------------------------------------------------------

    def _audit(
        self,
        conn: Connection,
        *,
        version: int,
        actor: str,
        action: str,
        entity_type: str,
        key: str,
        reason: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
    ) -> None:
        conn.execute(audit.insert().values(_audit_row(
            version=version, actor=actor, action=action, entity_type=entity_type, key=key,
            reason=reason, before=before, after=after)))

    def _locked_outlet(self, conn: Connection, domain: str) -> dict[str, Any] | None:
        row = (
            conn.execute(sa.select(outlets).where(outlets.c.domain == domain).with_for_update())
            .mappings()
            .first()
        )
        return _outlet_record(row) if row else None

    def _write_outlet(self, conn: Connection, record: dict[str, Any], existed: bool) -> None:
        if existed:
            conn.execute(
                outlet_domains_table.delete().where(
                    outlet_domains_table.c.outlet == record["domain"]
                )
            )
            conn.execute(
                outlets.update()
                .where(outlets.c.domain == record["domain"])
                .values(_outlet_row(record))
            )
        else:
            conn.execute(outlets.insert().values(_outlet_row(record)))
        taken = conn.execute(
            sa.select(outlet_domains_table.c.domain, outlet_domains_table.c.outlet).where(
                outlet_domains_table.c.domain.in_(outlet_domains(record))
            )
        ).all()
        if taken:
            domain, owner = taken[0]
            raise Conflict(f"{domain} already belongs to the outlet {owner}")
        conn.execute(
            outlet_domains_table.insert(),
            [{"domain": d, "outlet": record["domain"]} for d in outlet_domains(record)],
        )

    def save_outlet(
        self,
        domain: str,
        update: Callable[[dict[str, Any] | None], dict[str, Any]],
        *,
        if_match: str | None,
        actor: str,
        reason: str,
        require_existing: bool,
    ) -> Change:
        """Create or change one outlet. ``update`` maps the current record (None if absent) to
        the new one and may raise (e.g. a validation error) to abandon the write."""
        with self._write() as (conn, version):
            current = self._locked_outlet(conn, domain)
            if current is None and require_existing:
                raise NotFound(domain)
            if current is not None:
                _check_precondition(domain, current, if_match)
            record = update(current)
            record.update(domain=domain, updated_at=now_iso(), updated_by=actor)
            self._write_outlet(conn, record, existed=current is not None)
            self._audit(
                conn,
                version=version,
                actor=actor,
                action="update" if current else "create",
                entity_type="outlet",
                key=domain,
                reason=reason,
                before=current,
                after=record,
            )
            return Change(record=record, created=current is None, version=version)

    def delete_outlet(
        self, domain: str, *, if_match: str | None, actor: str, reason: str
    ) -> Change:
        with self._write() as (conn, version):
            current = self._locked_outlet(conn, domain)
            if current is None:
                raise NotFound(domain)
            _check_precondition(domain, current, if_match)
            conn.execute(outlets.delete().where(outlets.c.domain == domain))
            conn.execute(
                outlet_domains_table.delete().where(outlet_domains_table.c.outlet == domain)
            )
            self._audit(
                conn,
                version=version,
                actor=actor,
                action="delete",
                entity_type="outlet",
                key=domain,
                reason=reason,
                before=current,
                after=None,
            )
            return Change(record=None, created=False, version=version)

    def get_source_kind(self, kind: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = (
                conn.execute(sa.select(source_kinds).where(source_kinds.c.kind == kind))
                .mappings()
                .first()
            )
            return _kind_record(row) if row else None

    def save_source_kind(
        self,
        kind: str,
        update: Callable[[dict[str, Any]], dict[str, Any]],
        *,
        if_match: str | None,
        actor: str,
        reason: str,
    ) -> Change:
        with self._write() as (conn, version):
            row = (
                conn.execute(
                    sa.select(source_kinds).where(source_kinds.c.kind == kind).with_for_update()
                )
                .mappings()
                .first()
            )
            if row is None:
                raise NotFound(kind)
            current = _kind_record(row)
            _check_precondition(kind, current, if_match)
            record = update(current)
            record.update(kind=kind, updated_at=now_iso(), updated_by=actor)
            conn.execute(source_kinds.update().where(source_kinds.c.kind == kind).values(record))
            self._audit(
                conn,
                version=version,
                actor=actor,
                action="update",
                entity_type="source_kind",
                key=kind,
                reason=reason,
                before=current,
                after=record,
            )
            return Change(record=record, created=False, version=version)

    def replace_all(
        self,
        new_outlets: Iterable[dict[str, Any]],
        new_kinds: Iterable[dict[str, Any]],
        *,
        actor: str,
        reason: str,
    ) -> tuple[int, dict[str, list[str]]]:
        """Make the table equal to the given records, all or nothing; one audit row per change."""
        wanted = {r["domain"]: dict(r) for r in new_outlets}
        wanted_kinds = {k["kind"]: dict(k) for k in new_kinds}
        with self._write() as (conn, version):
            rows = conn.execute(sa.select(outlets)).mappings()
            existing = {row["domain"]: _outlet_record(row) for row in rows}
            kind_rows = conn.execute(sa.select(source_kinds)).mappings()
            existing_kinds = {row["kind"]: _kind_record(row) for row in kind_rows}
            plan = diff_records(existing, wanted, existing_kinds, wanted_kinds)
            stamp = now_iso()
            conn.execute(outlet_domains_table.delete())
            for domain in plan["removed"]:
                conn.execute(outlets.delete().where(outlets.c.domain == domain))
            new_rows = []
            for domain in plan["added"] + plan["changed"]:
                record = wanted[domain]
                record.setdefault("updated_at", stamp)
                record["updated_at"] = record["updated_at"] or stamp
                record["updated_by"] = record.get("updated_by") or actor
                if domain in existing:
                    conn.execute(
                        outlets.update()
                        .where(outlets.c.domain == domain)
                        .values(_outlet_row(record))
                    )
                else:
                    new_rows.append(_outlet_row(record))
            # One statement per table, many rows (executemany): seeding twelve thousand
            # outlets row by row took seconds on SQLite and tens of seconds on PostgreSQL.
            if new_rows:
                conn.execute(outlets.insert(), new_rows)
            links = [
                {"domain": d, "outlet": r["domain"]}
                for r in wanted.values()
                for d in outlet_domains(r)
            ]
            if links:
                conn.execute(outlet_domains_table.insert(), links)
            for kind in plan["kinds_changed"] + plan["kinds_added"]:
                record = wanted_kinds[kind]
                record["updated_at"] = record.get("updated_at") or stamp
                record["updated_by"] = record.get("updated_by") or actor
                if kind in existing_kinds:
                    conn.execute(
                        source_kinds.update().where(source_kinds.c.kind == kind).values(record)
                    )
                else:
                    conn.execute(source_kinds.insert().values(record))
            trail = [
                _audit_row(version=version, actor=actor, action="import", entity_type="outlet",
                           key=domain, reason=reason, before=existing.get(domain),
                           after=wanted.get(domain))
                for domain in plan["added"] + plan["changed"] + plan["removed"]
            ] + [
                _audit_row(version=version, actor=actor, action="import",
                           entity_type="source_kind", key=kind, reason=reason,
                           before=existing_kinds.get(kind), after=wanted_kinds[kind])
                for kind in plan["kinds_changed"] + plan["kinds_added"]
            ]
            if trail:
                conn.execute(audit.insert(), trail)
            return version, plan

    def seed_if_empty(self) -> bool:
        """Load the bundled ratings into an empty table; True when it did."""
        with self._read() as conn:
            count = conn.execute(sa.select(sa.func.count()).select_from(outlets)).scalar_one()
            kinds = conn.execute(sa.select(sa.func.count()).select_from(source_kinds)).scalar_one()
        if count or kinds:
            return False
        bundled_outlets, bundled_kinds = bundled_records()
        self.replace_all(
            bundled_outlets, bundled_kinds, actor="system", reason="bundled ratings, first start"
        )
        return True


_COMPARED_OUT = ("updated_at", "updated_by")


def _same(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    keys = (set(a) | set(b)) - set(_COMPARED_OUT)
    return all(a.get(k) == b.get(k) for k in keys)


def diff_records(
    existing: Mapping[str, Mapping[str, Any]],
    wanted: Mapping[str, Mapping[str, Any]],
    existing_kinds: Mapping[str, Mapping[str, Any]],
    wanted_kinds: Mapping[str, Mapping[str, Any]],
) -> dict[str, list[str]]:
    """What an import would change, by key (timestamps and authors are not changes)."""
    return {
        "added": sorted(set(wanted) - set(existing)),
        "removed": sorted(set(existing) - set(wanted)),
        "changed": sorted(
            d for d in set(wanted) & set(existing) if not _same(existing[d], wanted[d])
        ),
        "kinds_added": sorted(set(wanted_kinds) - set(existing_kinds)),
        "kinds_changed": sorted(
            k
            for k in set(wanted_kinds) & set(existing_kinds)
            if not _same(existing_kinds[k], wanted_kinds[k])
        ),
    }
