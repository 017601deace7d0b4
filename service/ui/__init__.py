"""The editors' page: paste an article, see its score and chains; look an outlet up.

A plain Flask blueprint, outside the API and its OpenAPI document: `GET /` serves the page and
`/ui/...` its assets, all from this package (no CDN, no build step). The page only calls the
public API (`/v1/score`, `/v1/attributions`, `/v1/outlets/lookup`), like any other client.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, send_from_directory

STATIC = Path(__file__).resolve().parent / "static"

blp = Blueprint("ui", __name__, static_folder=str(STATIC), static_url_path="/ui")

# Everything the page loads comes from this origin; nothing inline, nothing framed.
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


@blp.get("/")
def index() -> Response:
    """The page itself (always revalidated, so a deploy shows at once)."""
    response = send_from_directory(STATIC, "index.html", max_age=0)
    response.headers["Cache-Control"] = "no-cache"
    return response


@blp.after_request
def _page_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", _CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response
