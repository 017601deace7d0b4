"""/v1/attributions and /v1/score: what the newsroom CMS calls on every save."""

from __future__ import annotations

import functools
import json
from typing import Any

from flask import Response, request
from flask.views import MethodView
from marshmallow import ValidationError

from service import pipeline
from service.api import schemas
from service.api.http import Blueprint, json_response, services
from service.cache import Cache
from service.errors import PROBLEM_MIME, Problem
from service.ratings.snapshot import Snapshot
from service.web import strict_json_loads

blp = Blueprint("articles", __name__, description="Attributions, chains and scores of articles.")
_PROBLEMS = {"content_type": PROBLEM_MIME, "schema": schemas.ProblemSchema}
_ARTICLE = schemas.ArticleSchema()


def _settings() -> Any:
    return services().settings


@blp.route("/v1/attributions")
class Attributions(MethodView):
    @blp.arguments(schemas.ArticleSchema())
    @blp.response(200, schemas.AttributionResultSchema)
    @blp.alt_response(413, **_PROBLEMS)
    @blp.alt_response(422, **_PROBLEMS)
    def post(self, body: dict[str, Any]) -> Response:
        """Find who said what in an article, and link the attributions into chains."""
        snapshot = services().holder.current()
        article = pipeline.read_article(body, snapshot, max_chars=_settings().MAX_TEXT_CHARS)
        return json_response(pipeline.attributions(article, snapshot))


def _score_response(body: dict[str, Any]) -> Response:
    svc = services()
    payload, hit = pipeline.cached_score(
        body, svc.holder.current(), svc.cache,
        max_chars=svc.settings.MAX_TEXT_CHARS, ttl=svc.settings.SCORE_CACHE_TTL_SECONDS,
    )
    return _payload_response(payload, hit)


def _payload_response(payload: bytes, hit: bool) -> Response:
    _record_cache(hit)
    return Response(payload, mimetype="application/json",
                    headers={"X-Cache": "hit" if hit else "miss"})


def cached_payload(data: bytes, snapshot: Snapshot, cache: Cache) -> bytes | None:
    """The cached score of a request body, if the cache holds it; else None.

    The cache only ever holds scores of bodies that passed the schema (the key is the hash of
    the canonical body, stored after scoring), so a hit is a body already validated: for the
    CMS re-saving an unchanged article the schema's work is skipped. A body that does not
    parse is None too (the schema path answers it with the right problem)."""
    try:
        raw = strict_json_loads(data)
    except Exception:
        return None
    if not isinstance(raw, dict):
        return None
    return cache.get(pipeline.cache_key(raw, snapshot))


def _cache_first(view: Any) -> Any:
    """Answer a score from the cache before the body is validated, when it is there (see
    cached_payload). Anything else (no hit, a body that does not parse, a body of unknown
    length) takes the documented path unchanged."""

    @functools.wraps(view)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        if request.content_length:
            svc = services()
            payload = cached_payload(request.get_data(cache=True), svc.holder.current(),
                                     svc.cache)
            if payload is not None:
                return _payload_response(payload, True)
        return view(self, *args, **kwargs)

    return wrapper


def _record_cache(hit: bool) -> None:
    try:
        from service.metrics import record_score_cache
    except ImportError:  # metrics are optional
        return
    record_score_cache(hit)


@blp.route("/v1/score")
class Score(MethodView):
    @_cache_first
    @blp.arguments(schemas.ArticleSchema())
    @blp.response(200, schemas.ScoreResultSchema, headers={
        "X-Cache": {"description": "hit when the score came from the cache, else miss",
                    "schema": {"type": "string", "enum": ["hit", "miss"]}}})
    @blp.alt_response(413, **_PROBLEMS)
    @blp.alt_response(422, **_PROBLEMS)
    def post(self, body: dict[str, Any]) -> Response:
        """Score how well an article is sourced: per claim, per chain and for the article."""
        return _score_response(body)


@blp.route("/score")
class LegacyScore(MethodView):
    @_cache_first
    @blp.arguments(schemas.ArticleSchema())
    @blp.response(200, schemas.ScoreResultSchema)
    @blp.alt_response(413, **_PROBLEMS)
    @blp.alt_response(422, **_PROBLEMS)
    def post(self, body: dict[str, Any]) -> Response:
        """The same as POST /v1/score: the path newsroom integrations are written against."""
        return _score_response(body)


@blp.route("/v1/score/batch")
class ScoreBatch(MethodView):
    @blp.arguments(schemas.BatchSchema())
    @blp.response(200, schemas.BatchResultSchema)
    @blp.alt_response(413, **_PROBLEMS)
    @blp.alt_response(422, **_PROBLEMS)
    def post(self, body: dict[str, Any]) -> Response:
        """Score up to 100 articles: one result or one problem per article, in order."""
        svc = services()
        snapshot = svc.holder.current()
        results = []
        for index, item in enumerate(body["articles"]):
            try:
                if not isinstance(item, dict):
                    raise Problem(422, "validation", f"Article {index} is not a JSON object.")
                try:
                    article_body = _ARTICLE.load(item)
                except ValidationError as exc:
                    raise Problem(422, "validation", f"Article {index} does not match the "
                                  "schema; see errors.", errors=exc.normalized_messages()) from None
                payload, hit = pipeline.cached_score(
                    article_body, snapshot, svc.cache, max_chars=svc.settings.MAX_TEXT_CHARS,
                    ttl=svc.settings.SCORE_CACHE_TTL_SECONDS,
                )
                _record_cache(hit)
                results.append(json.loads(payload))
            except Problem as problem:
                results.append(problem.to_dict())
        return json_response({"results": results})
