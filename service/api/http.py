"""HTTP mechanics shared by the views: caching headers, preconditions and the admin token."""

from __future__ import annotations

import functools
import hmac
import json
from collections.abc import Callable
from typing import Any, TypeVar

import flask_smorest as smorest
from flask import Response, current_app, g, request

from service.errors import Problem
from service.web import StrictBodyParser

F = TypeVar("F", bound=Callable[..., Any])


class Blueprint(smorest.Blueprint):
    """flask-smorest's Blueprint reading bodies with the service's strict JSON rules."""

    ARGUMENTS_PARSER = StrictBodyParser()


def services() -> Any:
    """The clients and stores create_app assembled (see service.Services)."""
    return current_app.extensions["service"]


def dumps(body: Any) -> str:
    """The service's JSON: compact, UTF-8, keys in the order the code builds them."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    response = Response(dumps(body), status=status, mimetype="application/json")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def cached_json(body: Any, *, etag: str, max_age: int | None = None) -> Response:
    """A cacheable GET answer: ETag, Cache-Control, and 304 when If-None-Match names the ETag."""
    return cached_text(None, etag=etag, max_age=max_age, body=body)


def cached_text(
    text: str | None, *, etag: str, max_age: int | None = None, body: Any = None
) -> Response:
    """`cached_json` of a body already serialised as ``text`` (else of ``body``); the body is
    serialised only when the answer is not a 304."""
    if max_age is None:
        max_age = services().settings.HTTP_MAX_AGE
    tag = etag.strip('"')
    headers = [("ETag", f'"{tag}"'),
               ("Cache-Control", f"public, max-age={max_age}, stale-while-revalidate=60")]
    # Only parse If-None-Match when the client sent it (most requests do not).
    if request.environ.get("HTTP_IF_NONE_MATCH"):
        if_none_match = request.if_none_match
        if if_none_match.contains(tag) or if_none_match.star_tag:
            return Response(status=304, headers=headers, mimetype="application/json")
    return Response(dumps(body) if text is None else text, status=200, headers=headers,
                    mimetype="application/json")


def if_match() -> str:
    """The entity tag a write is conditional on; 428 when the client sent none."""
    raw = request.headers.get("If-Match", "").strip()
    if not raw:
        raise Problem(
            428,
            "precondition-required",
            "Send If-Match with the ETag of the record you read, so no one's change is lost.",
        )
    if raw == "*":
        return raw
    tags = request.if_match
    first = next(iter(tags.as_set(include_weak=False)), None)
    if first is None:
        raise Problem(412, "precondition-failed", "If-Match names no strong entity tag.")
    return f'"{first}"'


def require_token(view: F) -> F:
    """Admin writes: a bearer token from ADMIN_TOKENS, compared in constant time."""

    @functools.wraps(view)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Problem(
                401,
                "unauthorized",
                "This write needs an administrator's bearer token.",
                headers={"WWW-Authenticate": 'Bearer realm="ratings"'},
            )
        actor = None
        presented = token.strip().encode()
        # Compare against every configured token, never stopping early.
        for candidate, name in services().settings.ADMIN_TOKENS.items():
            if hmac.compare_digest(presented, candidate.encode()):
                actor = name
        if actor is None:
            raise Problem(403, "forbidden", "This token may not change the ratings.")
        g.actor = actor
        return view(*args, **kwargs)

    return guarded  # type: ignore[return-value]


def page_links(total: int, page: int, per_page: int) -> str | None:
    if page * per_page >= total:
        return None
    args = request.args.to_dict()
    args["page"] = str(page + 1)
    args["per_page"] = str(per_page)
    query = "&".join(f"{k}={_quote(v)}" for k, v in args.items())
    return f"{request.path}?{query}"


def _quote(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")
