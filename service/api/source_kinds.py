"""/v1/source-kinds: the priors given to unnamed, vague and anonymous sources, by kind."""

from __future__ import annotations

from typing import Any

from flask import Response, g
from flask.views import MethodView

from service.api import schemas
from service.api.http import (
    Blueprint,
    cached_json,
    if_match,
    json_response,
    require_token,
    services,
)
from service.errors import PROBLEM_MIME, Problem

blp = Blueprint(
    "source_kinds", __name__, url_prefix="/v1/source-kinds",
    description="Priors for sources that are not rated outlets.",
)
_PROBLEMS = {"content_type": PROBLEM_MIME, "schema": schemas.ProblemSchema}


def _record(kind: str) -> dict[str, Any]:
    record = services().holder.current().kinds.get(kind)
    if record is None:
        raise Problem(404, "not-found", f"No source kind {kind!r}.")
    return record


@blp.route("")
class SourceKinds(MethodView):
    @blp.response(200, schemas.SourceKindListSchema)
    @blp.alt_response(304, description="Not modified since the ETag sent in If-None-Match.")
    def get(self) -> Response:
        """List every source kind with its prior."""
        snapshot = services().holder.current()
        return cached_json(
            {"items": list(snapshot.kinds.values())}, etag=f'"kinds-v{snapshot.version}"'
        )


@blp.route("/<string:kind>")
class SourceKind(MethodView):
    @blp.response(200, schemas.SourceKindSchema)
    @blp.alt_response(304, description="Not modified since the ETag sent in If-None-Match.")
    @blp.alt_response(404, **_PROBLEMS)
    def get(self, kind: str) -> Response:
        """Read one source kind's prior."""
        record = _record(kind)
        return cached_json(record, etag=services().holder.current().kind_etags[kind])

    @require_token
    @blp.arguments(schemas.SourceKindPutSchema())
    @blp.response(200, schemas.SourceKindSchema)
    @blp.alt_response(401, **_PROBLEMS)
    @blp.alt_response(403, **_PROBLEMS)
    @blp.alt_response(404, **_PROBLEMS)
    @blp.alt_response(412, **_PROBLEMS)
    @blp.alt_response(428, **_PROBLEMS)
    def put(self, body: dict[str, Any], kind: str) -> Response:
        """Replace a source kind's label, prior and description (If-Match required)."""
        return _save(kind, body)

    @require_token
    @blp.arguments(schemas.SourceKindUpdateSchema())
    @blp.response(200, schemas.SourceKindSchema)
    @blp.alt_response(401, **_PROBLEMS)
    @blp.alt_response(403, **_PROBLEMS)
    @blp.alt_response(404, **_PROBLEMS)
    @blp.alt_response(412, **_PROBLEMS)
    @blp.alt_response(428, **_PROBLEMS)
    def patch(self, body: dict[str, Any], kind: str) -> Response:
        """Change a source kind's prior, label or description (If-Match required)."""
        return _save(kind, body)

    @require_token
    @blp.response(204)
    @blp.alt_response(401, **_PROBLEMS)
    @blp.alt_response(403, **_PROBLEMS)
    @blp.alt_response(409, **_PROBLEMS)
    def delete(self, kind: str) -> Response:
        """Source kinds are the scoring model's vocabulary: they can be changed, not removed."""
        _record(kind)
        raise Problem(409, "conflict", f"{kind!r} is part of the scoring model and cannot be "
                      "removed; PATCH its prior instead.")


def _save(kind: str, body: dict[str, Any]) -> Response:
    reason = body.pop("reason")
    tag = if_match()
    _record(kind)
    change = services().store.save_source_kind(
        kind, lambda current: {**current, **body}, if_match=tag, actor=g.actor, reason=reason
    )
    snapshot = services().holder.refresh_now()
    assert change.record is not None
    response = json_response(snapshot.kinds[kind])
    response.set_etag(snapshot.kind_etags[kind].strip('"'))
    return response
