"""/v1/source-kinds: priors read and edited like outlets."""

from __future__ import annotations

from flask.testing import FlaskClient
from support import OTHER_TOKEN, auth, problem

from service.ratings.model import SOURCE_KINDS


def test_every_kind_is_listed_with_a_prior(client: FlaskClient) -> None:
    response = client.get("/v1/source-kinds")
    items = {k["kind"]: k for k in response.get_json()["items"]}
    assert set(items) == set(SOURCE_KINDS)
    assert items["anonymous"]["prior"] < items["named_official"]["prior"]
    assert items["vague"]["prior"] == 0.3
    again = client.get("/v1/source-kinds", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


def test_patch_prior_with_token_and_if_match(client: FlaskClient) -> None:
    first = client.get("/v1/source-kinds/vague")
    etag = first.headers["ETag"]
    body = {"prior": 0.2, "reason": "vague attributions rarely check out"}
    problem(client.patch("/v1/source-kinds/vague", json=body, headers={"If-Match": etag}), 401)
    problem(client.patch("/v1/source-kinds/vague", json=body,
                         headers=auth(OTHER_TOKEN, **{"If-Match": etag})), 403)
    problem(client.patch("/v1/source-kinds/vague", json=body, headers=auth()), 428)
    changed = client.patch("/v1/source-kinds/vague", json=body,
                           headers=auth(**{"If-Match": etag}))
    assert changed.status_code == 200 and changed.get_json()["prior"] == 0.2
    assert client.get("/v1/source-kinds/vague").get_json()["prior"] == 0.2
    problem(client.patch("/v1/source-kinds/vague", json={"prior": 0.9, "reason": "stale"},
                         headers=auth(**{"If-Match": etag})), 412)


def test_bad_priors_and_unknown_kinds(client: FlaskClient) -> None:
    etag = client.get("/v1/source-kinds/anonymous").headers["ETag"]
    for prior in (1.01, -0.5, "high"):
        body = problem(client.patch("/v1/source-kinds/anonymous",
                                    json={"prior": prior, "reason": "bad value"},
                                    headers=auth(**{"If-Match": etag})), 422)
        assert "prior" in body["errors"]
    problem(client.get("/v1/source-kinds/psychic"), 404)
    assert client.get("/v1/source-kinds/anonymous").headers["ETag"] == etag


def test_put_replaces_and_delete_is_refused(client: FlaskClient) -> None:
    etag = client.get("/v1/source-kinds/document").headers["ETag"]
    body = {"label": "Document", "prior": 0.8, "description": "A checkable document.",
            "reason": "documents are checkable"}
    replaced = client.put("/v1/source-kinds/document", json=body,
                          headers=auth(**{"If-Match": etag}))
    assert replaced.get_json()["prior"] == 0.8
    assert replaced.get_json()["description"] == "A checkable document."
    problem(client.delete("/v1/source-kinds/document", headers=auth()), 409)
    problem(client.delete("/v1/source-kinds/document"), 401)
