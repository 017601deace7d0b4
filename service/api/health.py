"""Liveness, readiness and the contract document."""

from __future__ import annotations

from flask import Response, current_app
from flask.views import MethodView
from marshmallow import Schema, fields, validate

from service.api.http import Blueprint, json_response, services
from service.ratings.store import NotMigrated, Unavailable

blp = Blueprint("health", __name__, description="Health of the process and its dependencies.")


class HealthSchema(Schema):
    status = fields.String(required=True, validate=validate.OneOf(["ok"]))


class RatingsStateSchema(Schema):
    state = fields.String(required=True, validate=validate.OneOf(["ok", "down"]))
    version = fields.Integer()
    outlets = fields.Integer()
    age_seconds = fields.Float()


class ReadySchema(Schema):
    status = fields.String(required=True,
                           validate=validate.OneOf(["ready", "degraded", "unavailable"]))
    database = fields.String(required=True,
                             validate=validate.OneOf(["ok", "down", "not_migrated"]))
    hint = fields.String(metadata={"description": "What fixes a state that waiting will not."})
    cache = fields.String(required=True, validate=validate.OneOf(["ok", "embedded", "down"]))
    ratings = fields.Nested(RatingsStateSchema, required=True)


@blp.route("/healthz")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    def get(self) -> Response:
        """The process answers (liveness); no dependency is asked."""
        return json_response({"status": "ok"}, headers={"Cache-Control": "no-store"})


@blp.route("/readyz")
class Ready(MethodView):
    @blp.response(200, ReadySchema)
    @blp.alt_response(503, schema=ReadySchema, description="No ratings snapshot to serve from.")
    def get(self) -> Response:
        """Whether this worker can serve: database, cache and ratings snapshot.

        ``ready``: all fine; ``degraded``: Redis or the database is down but look-ups and scores
        are served from the snapshot; ``unavailable`` (503): there is no snapshot to serve from.
        """
        svc = services()
        hint = None
        try:
            svc.store.ping()
            database = "ok"
        except NotMigrated:
            database = "not_migrated"
            hint = "the database has no ratings tables: run `srs db upgrade` against it"
        except Unavailable:
            database = "down"
        cache = svc.cache.state()
        try:
            snapshot = svc.holder.current()
            ratings = {"state": "ok", "version": snapshot.version,
                       "outlets": len(snapshot.outlets),
                       "age_seconds": round(svc.holder.age_seconds or 0.0, 3)}
        except Unavailable:
            ratings = {"state": "down"}
        if ratings["state"] != "ok":
            status, code = "unavailable", 503
        elif database != "ok" or cache == "down":
            status, code = "degraded", 200
        else:
            status, code = "ready", 200
        body = {"status": status, "database": database, "cache": cache, "ratings": ratings}
        if hint:
            body["hint"] = hint
        return json_response(body, status=code, headers={"Cache-Control": "no-store"})


@blp.route("/openapi.yaml")
class OpenApiDocument(MethodView):
    @blp.response(200, description="The OpenAPI document (YAML).", content_type="application/yaml")
    def get(self) -> Response:
        """The OpenAPI document the code generates (equal to the committed openapi.yaml)."""
        api = current_app.extensions["service"].api
        return Response(api.spec.to_yaml(), mimetype="application/yaml")
