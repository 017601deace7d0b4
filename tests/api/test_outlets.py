"""/v1/outlets over the Flask test client, every answer checked against openapi.yaml."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from support import ADMIN_TOKEN, OTHER_TOKEN, auth, make_app, problem


def _etag(client: FlaskClient, domain: str) -> str:
    response = client.get(f"/v1/outlets/{domain}")
    assert response.status_code == 200
    return str(response.headers["ETag"])


def _patch(client: FlaskClient, domain: str, body: dict[str, Any], etag: str | None = None,
           token: str = ADMIN_TOKEN) -> Any:
    headers = auth(token)
    if etag is not None:
        headers["If-Match"] = etag
    return client.patch(f"/v1/outlets/{domain}", json=body, headers=headers)


# -- reads -------------------------------------------------------------------------------------


def test_get_outlet_shows_every_rating_and_review_date(client: FlaskClient) -> None:
    response = client.get("/v1/outlets/nypost.com")
    assert response.status_code == 200
    outlet = response.get_json()
    assert outlet["domain"] == "nypost.com"
    assert outlet["name"] == "New York Post"
    assert outlet["kind"] == "tabloid" and outlet["country"] == "US"
    assert 0 <= outlet["reliability"] <= 1
    assert outlet["ratings"] and all({"source", "value", "as_of"} <= set(r)
                                     for r in outlet["ratings"])
    assert outlet["last_reviewed"]
    assert "the Post" in outlet["ambiguous_aliases"]
    assert response.headers["ETag"].startswith('"')
    assert "max-age" in response.headers["Cache-Control"]


@pytest.mark.parametrize(
    "url",
    [
        "https://m.nypost.com/2022/08/05/some-story/",
        "nypost.com",
        "NYPOST.COM.",
        "http://www.nypost.com:8080/a?b=c#d",
        "amp.nypost.com/x",
        "//nypost.com/path",
        " https://nypost.com ",
    ],
)
def test_lookup_by_any_url_form(client: FlaskClient, url: str) -> None:
    response = client.get("/v1/outlets/lookup", query_string={"url": url})
    assert response.status_code == 200
    body = response.get_json()
    assert body["input"] == url
    assert body["outlet"]["domain"] == "nypost.com"


def test_sibling_domains_answer_with_one_record(client: FlaskClient) -> None:
    by_primary = client.get("/v1/outlets/bbc.com").get_json()
    by_sibling = client.get("/v1/outlets/bbc.co.uk").get_json()
    assert by_primary == by_sibling
    assert "bbc.co.uk" in by_primary["siblings"]
    looked_up = client.get("/v1/outlets/lookup?url=https://www.bbc.co.uk/news/x").get_json()
    assert looked_up["outlet"]["domain"] == "bbc.com"


def test_idn_host_is_matched_in_punycode(app: Flask) -> None:
    snapshot = app.extensions["service"].holder.current()
    # An IDN host and its punycode form parse to the same candidate host.
    assert snapshot.lookup("https://ПРИМЕР.рф/x").reason == snapshot.lookup(
        "xn--e1afmkfd.xn--p1ai").reason


def test_platform_never_lends_its_rating(client: FlaskClient) -> None:
    for url in ("https://someone.substack.com/p/post", "https://medium.com/@writer/story",
                "https://www.youtube.com/@somechannel", "https://a-blog.blogspot.com/2024/x.html"):
        body = client.get("/v1/outlets/lookup", query_string={"url": url}).get_json()
        assert body["outlet"] is None, url
        assert body["reason"].startswith("platform"), url
    own = client.get("/v1/outlets/lookup?url=youtube.com").get_json()
    assert own["outlet"]["kind"] == "platform" and own["outlet"]["reliability"] is None


def test_subdomain_longest_match_wins(client: FlaskClient) -> None:
    body = {"name": "Example Blogs", "kind": "digital_native", "country": "US",
            "reliability": 0.3, "ratings": [{"source": "test", "value": 0.3, "as_of": "2026"}],
            "reason": "a subdomain rated on its own"}
    parent = {"name": "Example", "kind": "newspaper", "country": "US", "reliability": 0.9,
              "ratings": [{"source": "test", "value": 0.9, "as_of": "2026"}],
              "reason": "the parent organisation"}
    assert client.put("/v1/outlets/example.com", json=parent, headers=auth()).status_code == 201
    assert client.put("/v1/outlets/blogs.example.com", json=body,
                      headers=auth()).status_code == 201
    blog = client.get("/v1/outlets/lookup?url=https://blogs.example.com/p/1").get_json()
    news = client.get("/v1/outlets/lookup?url=https://news.example.com/p/1").get_json()
    assert blog["outlet"]["reliability"] == 0.3
    assert news["outlet"]["reliability"] == 0.9


def test_lookup_by_name_and_ambiguous_alias(client: FlaskClient) -> None:
    named = client.get("/v1/outlets/lookup", query_string={"name": "the New York Post"})
    assert named.get_json()["outlet"]["domain"] == "nypost.com"
    channel = client.get("/v1/outlets/lookup", query_string={"name": "Channel One"}).get_json()
    assert channel["outlet"]["domain"] == "1tv.ru"
    assert channel["outlet"]["state_affiliation"] == "state_controlled"
    ambiguous = client.get("/v1/outlets/lookup", query_string={"name": "the Post"}).get_json()
    assert ambiguous["outlet"] is None
    assert ambiguous["reason"].startswith("ambiguous")
    assert "nypost.com" in ambiguous["candidates"]


def test_bulk_lookup_keeps_order_and_marks_unknown(client: FlaskClient) -> None:
    items = ["https://www.reuters.com/world/", "unknown-outlet-zz.com", "javascript:alert(1)",
             "bbc.co.uk", "", "nypost.com"]
    response = client.post("/v1/outlets/lookup", json={"items": items})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["input"] for r in results] == items
    assert results[0]["outlet"]["domain"] == "reuters.com"
    assert results[1]["outlet"] is None and results[1]["reason"].startswith("unknown")
    assert results[2]["outlet"] is None and results[2]["reason"].startswith("invalid")
    assert results[3]["outlet"]["domain"] == "bbc.com"
    assert results[4]["reason"].startswith("invalid")
    assert results[5]["outlet"]["domain"] == "nypost.com"


def test_bulk_lookup_takes_1000_and_refuses_1001(client: FlaskClient) -> None:
    ok = client.post("/v1/outlets/lookup", json={"items": ["nypost.com"] * 1000})
    assert len(ok.get_json()["results"]) == 1000
    body = problem(client.post("/v1/outlets/lookup", json={"items": ["a.com"] * 1001}), 422)
    assert "items" in body["errors"]


def test_search_pages_with_total(client: FlaskClient) -> None:
    first = client.get("/v1/outlets?q=post&country=US&kind=tabloid").get_json()
    assert first["total"] >= 1
    assert all(o["country"] == "US" and o["kind"] == "tabloid" for o in first["items"])
    assert any(o["domain"] == "nypost.com" for o in first["items"])
    everything = client.get("/v1/outlets?per_page=10").get_json()
    assert everything["total"] >= 400 and len(everything["items"]) == 10
    assert everything["next"] and "page=2" in everything["next"]
    second = client.get(everything["next"]).get_json()
    assert {o["domain"] for o in second["items"]}.isdisjoint(
        {o["domain"] for o in everything["items"]})
    state = client.get("/v1/outlets?state_affiliation=state_controlled&country=RU").get_json()
    assert state["total"] >= 3
    assert all(o["state_affiliation"] == "state_controlled" for o in state["items"])


def test_conditional_get_gives_304(client: FlaskClient) -> None:
    first = client.get("/v1/outlets/nypost.com")
    again = client.get("/v1/outlets/nypost.com", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""
    listing = client.get("/v1/outlets?q=times")
    assert client.get("/v1/outlets?q=times",
                      headers={"If-None-Match": listing.headers["ETag"]}).status_code == 304


def test_snapshot_is_compact_versioned_and_complete(client: FlaskClient) -> None:
    response = client.get("/v1/outlets/snapshot", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert len(response.data) < 300_000
    body = json.loads(gzip.decompress(response.data))
    assert len(body["outlets"]) >= 400
    _name, kind, country, affiliation, _reliability, _ = body["outlets"]["1tv.ru"]
    assert (kind, country, affiliation) == ("broadcaster", "RU", "state_controlled")
    assert body["siblings"]["bbc.co.uk"] == "bbc.com"
    assert "substack.com" in body["platforms"]
    etag = response.headers["ETag"]
    assert client.get("/v1/outlets/snapshot",
                      headers={"If-None-Match": etag}).status_code == 304
    plain = client.get("/v1/outlets/snapshot")
    assert "Content-Encoding" not in plain.headers
    assert json.loads(plain.data) == body


# -- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,hi", "has space.com", "x" * 5000, "127.0.0.1",
     "http://[::1]/", "localhost", "http://example.com:99999/"],
)
def test_malformed_lookup_is_a_422_problem(client: FlaskClient, url: str) -> None:
    body = problem(client.get("/v1/outlets/lookup", query_string={"url": url}), 422)
    assert body["errors"]


def test_lookup_needs_exactly_one_of_url_or_name(client: FlaskClient) -> None:
    problem(client.get("/v1/outlets/lookup"), 422)
    problem(client.get("/v1/outlets/lookup?url=a.com&name=b"), 422)
    problem(client.get("/v1/outlets/lookup?url="), 422)


def test_unknown_outlet_is_404_problem(client: FlaskClient) -> None:
    problem(client.get("/v1/outlets/no-such-outlet-zz.com"), 404)


def test_non_json_bodies_are_refused(client: FlaskClient) -> None:
    problem(client.post("/v1/outlets/lookup", data="items=a", content_type="text/plain"), 415)
    problem(client.post("/v1/outlets/lookup", data="{not json",
                        content_type="application/json"), 400)
    problem(client.post("/v1/outlets/lookup", data=b'{"items": ["\xff\xfe"]}',
                        content_type="application/json"), 400)
    problem(client.post("/v1/outlets/lookup", data="[" * 50_000,
                        content_type="application/json"), 400)
    problem(client.post("/v1/outlets/lookup", data='{"items": [NaN]}',
                        content_type="application/json"), 400)


def test_unknown_fields_and_wrong_types_are_422_with_field_errors(client: FlaskClient) -> None:
    body = problem(client.post("/v1/outlets/lookup", json={"items": ["a"], "extra": 1}), 422)
    assert "extra" in body["errors"]
    body = problem(client.post("/v1/outlets/lookup", json={"items": [1, 2]}), 422)
    assert "items" in body["errors"]
    body = problem(client.post("/v1/outlets/lookup", json=["a"]), 422)


def test_too_large_body_is_413(tmp_path: Any, sqlite_url: str) -> None:
    client = make_app(sqlite_url, tmp_path, MAX_BODY_BYTES=1000).test_client()
    problem(client.post("/v1/outlets/lookup", json={"items": ["a" * 2000]}), 413)


def test_unknown_route_and_method_are_problems(client: FlaskClient) -> None:
    problem(client.get("/v1/nothing-here"), 404)
    response = client.post("/v1/outlets/nypost.com/history", json={})
    assert problem(response, 405)
    assert "GET" in response.headers["Allow"]


# -- admin writes ------------------------------------------------------------------------------


def test_patch_needs_token_then_right_token(client: FlaskClient) -> None:
    etag = _etag(client, "nypost.com")
    body = {"reliability": 0.6, "reason": "quarterly review"}
    unauthenticated = client.patch("/v1/outlets/nypost.com", json=body,
                                   headers={"If-Match": etag})
    assert problem(unauthenticated, 401)
    assert unauthenticated.headers["WWW-Authenticate"].startswith("Bearer")
    problem(_patch(client, "nypost.com", body, etag, token=OTHER_TOKEN), 403)
    problem(client.patch("/v1/outlets/nypost.com", json=body,
                         headers={"Authorization": "Basic abc", "If-Match": etag}), 401)
    assert client.get("/v1/outlets/nypost.com").get_json()["reliability"] != 0.6


def test_patch_requires_if_match_and_refuses_stale(client: FlaskClient) -> None:
    body = {"reliability": 0.6, "reason": "quarterly review"}
    problem(_patch(client, "nypost.com", body), 428)
    etag = _etag(client, "nypost.com")
    changed = _patch(client, "nypost.com", body, etag)
    assert changed.status_code == 200
    assert changed.get_json()["reliability"] == 0.6
    assert changed.get_json()["updated_by"] == "editor"
    assert changed.headers["ETag"] != etag
    problem(_patch(client, "nypost.com", {"reliability": 0.1, "reason": "stale"}, etag), 412)
    assert client.get("/v1/outlets/nypost.com").get_json()["reliability"] == 0.6


def test_history_has_one_row_per_change_with_actor_and_reason(client: FlaskClient) -> None:
    before = client.get("/v1/outlets/nypost.com/history").get_json()["total"]
    etag = _etag(client, "nypost.com")
    _patch(client, "nypost.com", {"notes": "reviewed", "reason": "desk review 42"}, etag)
    _patch(client, "nypost.com", {"notes": "x", "reason": "rejected"}, etag)  # stale: refused
    history = client.get("/v1/outlets/nypost.com/history").get_json()
    assert history["total"] == before + 1
    latest = history["items"][0]
    assert latest["actor"] == "editor" and latest["reason"] == "desk review 42"
    assert latest["before"]["notes"] != "reviewed" and latest["after"]["notes"] == "reviewed"


def test_rejected_writes_change_nothing(client: FlaskClient, app: Flask) -> None:
    store = app.extensions["service"].store
    version, audits = store.version(), store.audit_count()
    etag = _etag(client, "nypost.com")
    problem(_patch(client, "nypost.com", {"reliability": 1.5, "reason": "too high"}, etag), 422)
    problem(_patch(client, "nypost.com", {"reliability": -0.1, "reason": "too low"}, etag), 422)
    problem(_patch(client, "nypost.com", {"reliablity": 0.5, "reason": "typo"}, etag), 422)
    problem(_patch(client, "nypost.com", {"reason": "nothing to change"}, etag), 422)
    problem(_patch(client, "nypost.com", {"reliability": 0.5}, etag), 422)
    # A sibling already owned by another outlet is a conflict, and rolls back whole.
    problem(_patch(client, "nypost.com", {"siblings": ["bbc.co.uk"], "reason": "x-y-z"},
                   etag), 409)
    assert store.version() == version and store.audit_count() == audits
    assert client.get("/v1/outlets/nypost.com").headers["ETag"] == etag


def test_put_creates_with_location_then_delete(client: FlaskClient) -> None:
    body = {"name": "The Daily Example", "aliases": ["the Daily Example"],
            "kind": "newspaper", "country": "GB", "state_affiliation": "none",
            "reliability": 0.7, "evidence": 1,
            "ratings": [{"source": "Desk review", "value": 0.7, "as_of": "2026-11"}],
            "provenance": "desk review 2026-11", "reason": "new outlet"}
    problem(client.put("/v1/outlets/daily-example.co.uk", json=body), 401)
    created = client.put("/v1/outlets/www.Daily-Example.co.uk", json=body, headers=auth())
    assert created.status_code == 201
    assert created.headers["Location"] == "/v1/outlets/daily-example.co.uk"
    assert created.get_json()["domain"] == "daily-example.co.uk"
    found = client.get("/v1/outlets/lookup?name=the Daily Example").get_json()
    assert found["outlet"]["domain"] == "daily-example.co.uk"
    problem(client.put("/v1/outlets/daily-example.co.uk", json=body, headers=auth()), 428)
    etag = created.headers["ETag"]
    problem(client.delete("/v1/outlets/daily-example.co.uk?reason=duplicate entry",
                          headers=auth()), 428)
    gone = client.delete("/v1/outlets/daily-example.co.uk?reason=duplicate entry",
                         headers=auth(**{"If-Match": etag}))
    assert gone.status_code == 204
    problem(client.get("/v1/outlets/daily-example.co.uk"), 404)
    history = client.get("/v1/outlets/daily-example.co.uk/history").get_json()
    assert [h["action"] for h in history["items"]] == ["delete", "create"]


def test_method_override_headers_do_not_reach_writes(client: FlaskClient) -> None:
    etag = _etag(client, "nypost.com")
    for header in ("X-HTTP-Method-Override", "X-Method-Override", "X-HTTP-Method"):
        response = client.post("/v1/outlets/nypost.com", json={"reliability": 0.0},
                               headers={header: "PATCH", "If-Match": etag})
        problem(response, 405)
    assert client.get("/v1/outlets/nypost.com").headers["ETag"] == etag


# -- CORS --------------------------------------------------------------------------------------


def test_cors_lets_any_origin_read_and_none_write(client: FlaskClient) -> None:
    read = client.get("/v1/outlets/nypost.com", headers={"Origin": "chrome-extension://abc"})
    assert read.headers["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in read.headers["Access-Control-Expose-Headers"]
    preflight = client.options("/v1/outlets/nypost.com", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "PATCH"})
    assert "PATCH" not in preflight.headers.get("Access-Control-Allow-Methods", "")


def test_cors_write_origins_are_configurable(sqlite_url: str, tmp_path: Any) -> None:
    client = make_app(sqlite_url, tmp_path,
                      CORS_WRITE_ORIGINS="https://desk.example").test_client()
    preflight = client.options("/v1/outlets/nypost.com", headers={
        "Origin": "https://desk.example", "Access-Control-Request-Method": "PATCH"})
    assert "PATCH" in preflight.headers["Access-Control-Allow-Methods"]
    assert "If-Match" in preflight.headers["Access-Control-Allow-Headers"]
    other = client.options("/v1/outlets/nypost.com", headers={
        "Origin": "https://other.example", "Access-Control-Request-Method": "PATCH"})
    assert "PATCH" not in other.headers.get("Access-Control-Allow-Methods", "")
