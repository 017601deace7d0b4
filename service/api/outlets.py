"""/v1/outlets: look-ups for browser extensions, search and corrections for standards editors."""

from __future__ import annotations

import functools
import gzip
import hashlib
from typing import Any
from urllib.parse import unquote

from flask import Response, g, request
from flask.views import MethodView

from service.api import schemas
from service.api.http import (
    Blueprint,
    cached_json,
    cached_text,
    if_match,
    json_response,
    page_links,
    require_token,
    services,
)
from service.errors import PROBLEM_MIME, Problem
from service.ratings import domains
from service.ratings.model import OutletRecordSchema
from service.ratings.snapshot import Snapshot

blp = Blueprint("outlets", __name__, url_prefix="/v1/outlets", description="Outlet ratings.")

_PROBLEMS = {"content_type": PROBLEM_MIME, "schema": schemas.ProblemSchema}


def _snapshot() -> Snapshot:
    return services().holder.current()


def _query_etag(snapshot: Snapshot) -> str:
    digest = hashlib.sha256(request.query_string).hexdigest()[:12]
    return f'"v{snapshot.version}-{digest}"'


def _resolve(snapshot: Snapshot, raw: str) -> dict[str, Any]:
    result = snapshot.lookup(raw)
    if result.outlet is None:
        raise Problem(404, "not-found", f"No outlet for {raw!r}: {result.reason}.")
    return result.outlet


def _outlet_response(snapshot: Snapshot, outlet: dict[str, Any], status: int = 200) -> Response:
    response = cached_json(outlet, etag=snapshot.etags[outlet["domain"]])
    response.status_code = status if response.status_code == 200 else response.status_code
    return response


@blp.route("")
class Outlets(MethodView):
    @blp.arguments(schemas.OutletQueryArgsSchema(), location="query")
    @blp.response(200, schemas.OutletPageSchema)
    @blp.alt_response(304, description="Not modified since the ETag sent in If-None-Match.")
    def get(self, args: dict[str, Any]) -> Response:
        """Search outlets by name, alias or domain, country, kind and state affiliation."""
        snapshot = _snapshot()
        page, per_page = args.pop("page"), args.pop("per_page")
        found = snapshot.search(**args)
        start = (page - 1) * per_page
        body = {
            "items": found[start : start + per_page],
            "total": len(found),
            "page": page,
            "per_page": per_page,
            "next": page_links(len(found), page, per_page),
        }
        return cached_json(body, etag=_query_etag(snapshot))


_LOOKUP_ARG_LIMITS = {"url": 4096, "name": 200}  # as in schemas.LookupArgsSchema
_LOOKUP_ARG_BYTES = frozenset(name.encode() for name in _LOOKUP_ARG_LIMITS)


def one_lookup_pair(query: bytes) -> dict[str, str] | None:
    """The look-up's query when it is the usual one, a single ``url=`` or ``name=`` pair of a
    valid length, read as werkzeug reads ``request.args`` (urllib's parse_qsl): exactly what
    LookupArgsSchema accepts and returns for it. Else None, and the caller reads it otherwise."""
    name, equals, raw = query.partition(b"=")
    if not equals or b"&" in query or name not in _LOOKUP_ARG_BYTES:
        return None
    try:
        key = name.decode()
        value = unquote(raw.decode().replace("+", " "), "utf-8", "werkzeug.url_quote")
    except UnicodeError:
        return None
    return _within_limits(key, [value])


def _within_limits(key: str, values: list[str]) -> dict[str, str] | None:
    limit = _LOOKUP_ARG_LIMITS.get(key)
    if limit is None or len(values) != 1 or not 1 <= len(values[0]) <= limit:
        return None
    return {key: values[0]}


def _plain_lookup_args() -> dict[str, str] | None:
    """The look-up's query when it is the usual one (one_lookup_pair, or a single argument
    however written); else None, and the schema reads the query, with its own messages for
    whatever is wrong."""
    query = request.query_string
    if b"&" not in query:
        plain = one_lookup_pair(query)
        if plain is not None:
            return plain
    args = request.args
    if len(args) != 1:
        return None
    key, values = next(iter(args.lists()))
    return _within_limits(key, values)


def lookup_answer(snapshot: Snapshot, args: dict[str, str], query: bytes) -> tuple[str, str]:
    """The look-up's JSON and ETag for validated ``args`` (one url or one name) and the raw
    query string they came from; Problem 422 for a URL that names no web host. The one place
    both the view and its hot path (service.api.hot) answer from."""
    if "name" in args:
        result = snapshot.lookup_name(args["name"])
    else:
        result = snapshot.lookup(args["url"])
        if result.reason and result.reason.startswith("invalid"):
            raise Problem(
                422, "invalid-url", f"{args['url'][:100]!r} is {result.reason}",
                errors={"url": [result.reason]},
            )
    digest = hashlib.sha256(query).hexdigest()[:12]
    return result.to_json(snapshot), f'"v{snapshot.version}-{digest}"'


def _lookup_args(view: Any) -> Any:
    """``@blp.arguments(LookupArgsSchema, location="query")`` (documented the same), skipping
    the schema for a plain query (see _plain_lookup_args)."""
    parsed = blp.arguments(schemas.LookupArgsSchema(), location="query")(view)

    @functools.wraps(parsed)
    def fast(self: Any, *args: Any, **kwargs: Any) -> Any:
        plain = _plain_lookup_args()
        if plain is None:
            return parsed(self, *args, **kwargs)
        return view(self, *args, plain, **kwargs)

    return fast


@blp.route("/lookup")
class Lookup(MethodView):
    @_lookup_args
    @blp.response(200, schemas.LookupResultSchema)
    @blp.alt_response(304, description="Not modified since the ETag sent in If-None-Match.")
    @blp.alt_response(422, **_PROBLEMS)
    def get(self, args: dict[str, Any]) -> Response:
        """Look up the outlet of one URL or host (?url=), or of a name or alias (?name=)."""
        text, etag = lookup_answer(_snapshot(), args, request.query_string)
        return cached_text(text, etag=etag)

    @blp.arguments(schemas.BulkLookupSchema())
    @blp.response(200, schemas.BulkLookupResultSchema)
    @blp.alt_response(422, **_PROBLEMS)
    def post(self, body: dict[str, Any]) -> Response:
        """Look up many URLs or hosts at once: one result per input, in input order."""
        snapshot = _snapshot()
        return json_response({"results": [snapshot.lookup(i).to_dict() for i in body["items"]]})


@blp.route("/snapshot")
class CompactSnapshot(MethodView):
    @blp.response(
        200,
        description="The whole table for offline look-ups, versioned by ETag. Sent gzip-encoded "
        "to clients that accept it.",
    )
    @blp.alt_response(304, description="Not modified since the ETag sent in If-None-Match.")
    def get(self) -> Response:
        """Download the whole ratings table in a compact form, for look-ups on the device."""
        snapshot = _snapshot()
        etag = snapshot.compact_etag
        response = Response(status=200, mimetype="application/json")
        response.set_etag(etag.strip('"'))
        response.headers["Cache-Control"] = "public, max-age=3600, stale-while-revalidate=600"
        response.vary.add("Accept-Encoding")
        if request.if_none_match.contains(etag.strip('"')):
            response.status_code = 304
            return response
        if "gzip" in request.accept_encodings:
            response.set_data(snapshot.compact)
            response.headers["Content-Encoding"] = "gzip"
        else:
            response.set_data(gzip.decompress(snapshot.compact))
        return response


@blp.route("/<domain:domain>")
class Outlet(MethodView):
    @blp.response(200, schemas.OutletSchema)
    @blp.alt_response(304, description="Not modified since the ETag sent in If-None-Match.")
    @blp.alt_response(404, **_PROBLEMS)
    def get(self, domain: str) -> Response:
        """Read one outlet by its domain, a sibling domain or any host under it.

        Served from this worker's snapshot (at most RATINGS_REFRESH_SECONDS old). An editor
        about to write sends ``Cache-Control: no-cache`` and reads the stored record itself, so
        the ETag it sends back after a 412 is the current one, not the same stale one again."""
        if request.cache_control.no_cache:
            snapshot = services().holder.refresh_now()
        else:
            snapshot = _snapshot()
        return _outlet_response(snapshot, _resolve(snapshot, domain))

    @require_token
    @blp.arguments(schemas.OutletPutSchema())
    @blp.response(200, schemas.OutletSchema)
    @blp.alt_response(201, schema=schemas.OutletSchema, description="Created.")
    @blp.alt_response(401, **_PROBLEMS)
    @blp.alt_response(403, **_PROBLEMS)
    @blp.alt_response(409, **_PROBLEMS)
    @blp.alt_response(412, **_PROBLEMS)
    @blp.alt_response(428, **_PROBLEMS)
    def put(self, body: dict[str, Any], domain: str) -> Response:
        """Create an outlet, or replace it whole (If-Match required when it exists)."""
        host = _canonical(domain)
        reason = body.pop("reason")
        tag = request.headers.get("If-Match", "").strip() or None
        if tag is not None:
            tag = if_match()

        def replace(_current: dict[str, Any] | None) -> dict[str, Any]:
            return OutletRecordSchema().load({**body, "domain": host})

        change = services().store.save_outlet(
            host, replace, if_match=tag, actor=g.actor, reason=reason, require_existing=False
        )
        return _after_write(change.record, 201 if change.created else 200)

    @require_token
    @blp.arguments(schemas.OutletUpdateSchema())
    @blp.response(200, schemas.OutletSchema)
    @blp.alt_response(401, **_PROBLEMS)
    @blp.alt_response(403, **_PROBLEMS)
    @blp.alt_response(404, **_PROBLEMS)
    @blp.alt_response(409, **_PROBLEMS)
    @blp.alt_response(412, **_PROBLEMS)
    @blp.alt_response(428, **_PROBLEMS)
    def patch(self, changes: dict[str, Any], domain: str) -> Response:
        """Correct some fields of an outlet (If-Match of its ETag required)."""
        reason = changes.pop("reason")
        tag = if_match()
        primary = _primary(domain)

        def merge(current: dict[str, Any] | None) -> dict[str, Any]:
            assert current is not None
            merged = {**current, **changes}
            merged.pop("updated_at"), merged.pop("updated_by")
            return OutletRecordSchema().load(merged)

        change = services().store.save_outlet(
            primary, merge, if_match=tag, actor=g.actor, reason=reason, require_existing=True
        )
        return _after_write(change.record, 200)

    @require_token
    @blp.arguments(schemas.DeleteArgsSchema(), location="query")
    @blp.response(204)
    @blp.alt_response(401, **_PROBLEMS)
    @blp.alt_response(403, **_PROBLEMS)
    @blp.alt_response(404, **_PROBLEMS)
    @blp.alt_response(412, **_PROBLEMS)
    @blp.alt_response(428, **_PROBLEMS)
    def delete(self, args: dict[str, Any], domain: str) -> Response:
        """Remove an outlet (If-Match of its ETag required; kept in the audit history)."""
        tag = if_match()
        services().store.delete_outlet(
            _primary(domain), if_match=tag, actor=g.actor, reason=args["reason"]
        )
        services().holder.refresh_now()
        return Response(status=204)


@blp.route("/<domain:domain>/history")
class OutletHistory(MethodView):
    @blp.arguments(schemas.HistoryArgsSchema(), location="query")
    @blp.response(200, schemas.HistoryPageSchema)
    @blp.alt_response(404, **_PROBLEMS)
    @blp.alt_response(503, **_PROBLEMS)
    def get(self, args: dict[str, Any], domain: str) -> Response:
        """Every change to one outlet, newest first, with who made it and why."""
        key = _history_key(domain)
        page, per_page = args["page"], args["per_page"]
        total, rows = services().store.history(
            "outlet", key, limit=per_page, offset=(page - 1) * per_page
        )
        if total == 0 and key not in _snapshot().outlets:
            raise Problem(404, "not-found", f"No outlet and no history for {domain!r}.")
        body = {
            "items": rows,
            "total": total,
            "page": page,
            "per_page": per_page,
            "next": page_links(total, page, per_page),
        }
        return json_response(body, headers={"Cache-Control": "no-cache"})


def _canonical(domain: str) -> str:
    try:
        return domains.normalise_host(domain)
    except domains.DomainError as exc:
        raise Problem(422, "invalid-domain", f"{domain[:100]!r}: {exc}",
                      errors={"domain": [str(exc)]}) from None


def _primary(domain: str) -> str:
    host = _canonical(domain)
    return _snapshot().by_host.get(host, host)


def _history_key(domain: str) -> str:
    return _primary(domain)


def _after_write(record: dict[str, Any] | None, status: int) -> Response:
    assert record is not None
    snapshot = services().holder.refresh_now()
    response = json_response(snapshot.outlets.get(record["domain"], record), status=status)
    response.set_etag(snapshot.etags.get(record["domain"], "").strip('"') or "none")
    if status == 201:
        response.headers["Location"] = f"/v1/outlets/{record['domain']}"
    return response
