"""The HTTP API: one module per resource, assembled on a flask-smorest Api for the contract.

The two requests clients make most (a look-up by one URL or name, a score the cache holds) are
answered below Flask by ``hot``, from the same functions as their views (see there).
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from flask import Flask
from flask_smorest import Api
from flask_smorest.spec import prepare_response

from service.api import articles, health, hot, outlets, source_kinds
from service.api.schemas import ProblemSchema
from service.errors import PROBLEM_MIME
from service.web import DomainConverter

API_TITLE = "Source reliability service"
API_VERSION = "1.0.0"


class ServiceApi(Api):
    """flask-smorest's Api with every documented error as application/problem+json."""

    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self) -> None:
        for status in HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if not (100 <= status < 200) and status not in (204, 304):
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_MIME)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_MIME)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)

    def _register_error_handlers(self) -> None:
        """Errors are answered by service.errors, not by flask-smorest's own handler."""


def register_api(app: Flask) -> ServiceApi:
    app.config.update(
        API_TITLE=API_TITLE,
        API_VERSION=API_VERSION,
        OPENAPI_VERSION="3.0.3",
        API_SPEC_OPTIONS={
            "info": {
                "description": "Finds who said what in an article, links the attributions into "
                "chains from the publisher to each claim's origin, rates every hop and scores "
                "the article. Errors are RFC 9457 problem documents.",
            },
            "components": {
                "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            },
        },
    )
    api = ServiceApi(app)
    api.register_converter(
        DomainConverter,
        lambda _converter: {"type": "string", "pattern": r"^[^/]*\.[^/]*$",
                            "description": "A domain or host name, e.g. nypost.com."},
    )
    for blueprint in (health.blp, outlets.blp, source_kinds.blp, articles.blp):
        api.register_blueprint(blueprint)
    # Last: it reads the request ids, metrics, CORS decisions and rate limits set up before.
    hot.install(app)
    return api
