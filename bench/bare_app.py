"""The baseline of the HTTP benchmarks: a bare Flask app doing no work but the same I/O.

``/bare/lookup`` returns a fixed JSON body (set by BARE_LOOKUP_JSON, the service's own answer
for the URL under test); ``/bare/parse`` parses a JSON request body and answers a fixed body.
"""

from __future__ import annotations

import json
import os

from flask import Flask, Response, request

app = Flask(__name__)
_LOOKUP = os.environ.get("BARE_LOOKUP_JSON", "{}").encode()
_PARSED = os.environ.get("BARE_PARSE_JSON", '{"ok": true}').encode()


@app.get("/healthz")
def healthz() -> Response:
    return Response(b'{"status": "ok"}', mimetype="application/json")


@app.get("/bare/lookup")
def lookup() -> Response:
    return Response(_LOOKUP, mimetype="application/json")


@app.post("/bare/parse")
def parse() -> Response:
    body = request.get_json()
    json.dumps(body)  # the same parse and one serialisation of it, as a minimum of work
    return Response(_PARSED, mimetype="application/json")
