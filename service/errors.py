"""Every error the service answers is application/problem+json (RFC 9457).

Views raise `Problem` (or werkzeug's HTTP exceptions, or let a store error through); the handlers
registered here turn each into one problem document with a stable ``type``, a ``title``, the
``status``, a ``detail`` for a person and, for validation errors, field-level ``errors``.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, json, request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from service.logging import current_request_id
from service.ratings.store import (
    Conflict,
    NotFound,
    NotMigrated,
    PreconditionFailed,
    PreconditionRequired,
    Unavailable,
)

log = logging.getLogger(__name__)

PROBLEM_MIME = "application/problem+json"
TYPE_BASE = "https://source-reliability.invalid/problems/"


class Problem(Exception):
    """An error with everything its problem document needs."""

    def __init__(
        self,
        status: int,
        slug: str,
        detail: str,
        *,
        title: str | None = None,
        errors: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.slug = slug
        self.detail = detail
        self.title = title
        self.errors = errors
        self.headers = headers or {}

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": TYPE_BASE + self.slug,
            "title": self.title or _TITLES.get(self.status, "Error"),
            "status": self.status,
            "detail": self.detail,
        }
        if self.errors is not None:
            body["errors"] = self.errors
        request_id = current_request_id()
        if request_id:
            body["request_id"] = request_id
        return body


_TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    412: "Precondition failed",
    413: "Content too large",
    415: "Unsupported media type",
    422: "Unprocessable content",
    428: "Precondition required",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}

_SLUGS = {
    400: "bad-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    406: "not-acceptable",
    409: "conflict",
    412: "precondition-failed",
    413: "too-large",
    414: "uri-too-long",
    415: "unsupported-media-type",
    422: "validation",
    428: "precondition-required",
    429: "rate-limited",
    431: "headers-too-large",
    503: "unavailable",
}


def problem_response(problem: Problem) -> Response:
    response = Response(
        json.dumps(problem.to_dict()), status=problem.status, mimetype=PROBLEM_MIME
    )
    for name, value in problem.headers.items():
        response.headers[name] = value
    return response


def _from_http(exc: HTTPException) -> Problem:
    status = exc.code or 500
    errors = None
    detail = exc.description or _TITLES.get(status, "Error")
    data = getattr(exc, "data", None)
    if isinstance(data, dict) and "messages" in data:
        # webargs (through flask-smorest) puts field-level errors here, keyed by location.
        messages = data["messages"]
        errors = messages.get("json", messages) if isinstance(messages, dict) else messages
        detail = (
            "The body is not valid JSON (or not UTF-8)."
            if status == 400
            else "The request does not match the schema; see errors for each field."
        )
    elif isinstance(data, dict) and data.get("message"):
        detail = str(data["message"])
    headers = {}
    if status == 405 and getattr(exc, "valid_methods", None):
        headers["Allow"] = ", ".join(exc.valid_methods)  # type: ignore[attr-defined]
    if status == 422 and errors is None:
        errors = {}
    return Problem(status, _SLUGS.get(status, "http-error"), detail, errors=errors,
                   headers=headers)


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(Problem)
    def _problem(exc: Problem) -> Response:
        return problem_response(exc)

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response:
        return problem_response(_from_http(exc))

    @app.errorhandler(ValidationError)
    def _validation(exc: ValidationError) -> Response:
        return problem_response(
            Problem(422, "validation", "The request does not match the schema; see errors.",
                    errors=exc.normalized_messages())
        )

    @app.errorhandler(RecursionError)
    def _too_deep(exc: RecursionError) -> Response:
        return problem_response(
            Problem(400, "bad-request", "The JSON body is nested too deeply to be read.")
        )

    @app.errorhandler(NotFound)
    def _not_found(exc: NotFound) -> Response:
        return problem_response(Problem(404, "not-found", f"No record for {exc}."))

    @app.errorhandler(PreconditionFailed)
    def _stale(exc: PreconditionFailed) -> Response:
        return problem_response(
            Problem(412, "precondition-failed",
                    f"{exc} changed since the ETag you sent; GET it again (with Cache-Control: "
                    "no-cache, to read past this worker's snapshot) and reapply.")
        )

    @app.errorhandler(PreconditionRequired)
    def _blind(exc: PreconditionRequired) -> Response:
        return problem_response(
            Problem(428, "precondition-required", f"{exc} exists: send If-Match with the ETag "
                    "of the record you read, so no one's change is lost.")
        )

    @app.errorhandler(Conflict)
    def _conflict(exc: Conflict) -> Response:
        return problem_response(Problem(409, "conflict", str(exc)))

    @app.errorhandler(Unavailable)
    def _unavailable(exc: Unavailable) -> Response:
        if isinstance(exc, NotMigrated):
            # waiting will not change this state: say what does
            log.error("database not migrated", extra={"error": str(exc)[:300]})
            return problem_response(
                Problem(503, "not-migrated", "The ratings database has no tables yet: run "
                        "`srs db upgrade` against it (or start the service with `srs serve`, "
                        "which does it). Nothing was changed.")
            )
        log.error("database unavailable", extra={"error": str(exc)[:300]})
        return problem_response(
            Problem(503, "unavailable", "The ratings database is unavailable; nothing was "
                    "changed. Try again shortly.", headers={"Retry-After": "5"})
        )

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.path)
        return problem_response(
            Problem(500, "internal", "The service failed unexpectedly; the request id in this "
                    "answer finds it in the logs.")
        )
