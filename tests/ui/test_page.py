"""The editors' page at `/`: served by the service alone, and used as a person would use it.

The browser tests drive headless Chromium against a real gunicorn: paste the drones article,
score it with the keyboard, read the headline claim's chain, click claims and read the
highlights, look an outlet up, open an HTML file, and read it all again at 320 px wide.
Screenshots go to screenshots/ui/ (see conftest.SCREENSHOTS).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from support import REPO
from ui.chrome import Chrome, Page
from ui.live import DRONES, Served

STATIC = REPO / "service" / "ui" / "static"
SHARED = ("chain.js", "outlet.js", "chain.css")
PUBLISHED_AT = "https://www.thesun.co.uk/news/19876543/iran-drones-russia/"


def plain_client(app: Flask) -> FlaskClient:
    """A client without the API-contract check: the page is not part of the API."""
    return FlaskClient(app, app.response_class, use_cookies=True)


def fetch(app: Flask, path: str) -> tuple[int, str, dict[str, str], str]:
    """Status, media type, headers and body of a GET, with the file it served closed."""
    with plain_client(app).get(path) as response:
        return (response.status_code, response.mimetype or "", dict(response.headers),
                response.get_data(as_text=True))


def drones_body() -> dict[str, Any]:
    """What the page sends for the drones article: first line headline, the rest text."""
    headline, _, text = DRONES.read_text(encoding="utf-8").partition("\n")
    return {"headline": headline.strip(), "text": text.lstrip("\n"), "url": PUBLISHED_AT}


# -- served by the service alone ---------------------------------------------------------------


def test_the_page_and_its_assets_come_from_the_service(app: Flask) -> None:
    status, mimetype, headers, html = fetch(app, "/")
    assert (status, mimetype) == (200, "text/html")
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assets = re.findall(r'(?:src|href)="([^"#]+)"', html)
    assert "/ui/app.js" in assets and "/ui/app.css" in assets
    for asset in assets:
        assert not asset.startswith(("http:", "https:", "//")), f"{asset} is not ours"
        if asset.startswith("/ui/"):
            assert fetch(app, asset)[0] == 200, asset
    # Module imports, stylesheets and fetches: all relative or same-origin.
    for path in STATIC.iterdir():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(?:from|import|url\(|fetch\()\s*["']?(?:https?:)?//""", text), path
        assert "@import" not in text, path


def test_labels_and_live_regions_are_in_place(app: Flask) -> None:
    html = fetch(app, "/")[3]
    for control in ("article-text", "first-line-headline", "article-file", "article-url",
                    "lookup-input"):
        assert f'<label for="{control}"' in html, control
    assert 'id="results-live" aria-live="polite"' in html
    assert 'id="lookup-result" aria-live="polite"' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html


def test_the_page_is_not_in_the_api_contract(app: Flask) -> None:
    paths = app.extensions["service"].api.spec.to_dict()["paths"]
    assert not any(path == "/" or path.startswith("/ui") for path in paths)


def test_the_extension_draws_with_the_same_code_as_the_page() -> None:
    for name in SHARED:
        page_copy = (STATIC / name).read_bytes()
        extension_copy = (REPO / "extension" / "lib" / name).read_bytes()
        assert page_copy == extension_copy, (
            f"extension/lib/{name} differs from service/ui/static/{name}: copy it over")


# -- in a browser ----------------------------------------------------------------------------


def open_page(chrome: Callable[..., Chrome], served: Served, width: int = 1280) -> Page:
    page = chrome().new_page(served.url + "/", width=width, height=900)
    page.wait_for("document.documentElement.dataset.ready === 'true'", what="the page script")
    return page


def highlighted(page: Page, where: str, kind: str = "claim") -> str:
    return str(page.evaluate(
        f"[...document.querySelectorAll('{where} mark.hl-{kind}')]"
        ".map(m => m.textContent).join('')"))


def chain_of(page: Page, claim_id: str) -> list[dict[str, str]]:
    return list(page.evaluate(f"""
        [...document.querySelectorAll('#claim-{claim_id} .hop')].map(h => ({{
            role: h.dataset.role,
            entity: h.querySelector('.hop-entity').textContent,
            rating: h.querySelector('.hop-rating').textContent,
            why: h.querySelector('.hop-why').textContent,
            rated: h.classList.contains('rated'),
            colour: getComputedStyle(h.querySelector('.hop-dot')).backgroundColor,
        }}))"""))


@pytest.mark.serving
def test_an_editor_scores_the_drones_article(
    served: Served, chrome: Callable[..., Chrome], screenshots: Path
) -> None:
    expected = served.post("/v1/score", drones_body())
    page = open_page(chrome, served)

    # Paste the article, then go on with the keyboard alone.
    page.click("#article-text")
    page.type_text(DRONES.read_text(encoding="utf-8"))
    page.tab()
    assert page.active() == "first-line-headline"
    page.tab()
    assert page.active() == "article-file"
    page.tab()
    assert page.active() == "article-url"
    page.type_text(PUBLISHED_AT)
    page.tab()
    assert page.active() == "score-button"
    page.press("Enter", key_code=13)
    page.wait_for("document.querySelectorAll('.claim .hop').length > 0", what="the chains")
    texts = page.evaluate("[...document.querySelectorAll('.claim-text')].map(e => e.textContent)")
    assert texts and all(t.startswith("“") and t[1:2] not in "“\"" for t in texts), texts

    assert page.evaluate("document.querySelector('[data-testid=score-label]').textContent") \
        == expected["score"]["label"]
    assert page.evaluate("document.querySelector('[data-testid=summary]').textContent") \
        == expected["summary"]
    assert page.evaluate("document.querySelectorAll('.flags .flag').length") \
        == len(expected["flags"])
    assert page.evaluate("document.querySelectorAll('.claim-button').length") \
        == len(expected["claims"])

    # The headline claim's chain: publisher → relay → venue → speaker → origin, one node each,
    # with the reason on each hop, coloured by rating (grey when unrated).
    headline = expected["claims"][0]
    assert headline["position"] == "headline"
    hops = headline["chains"][0]["hops"]
    drawn = chain_of(page, headline["id"])
    assert [h["role"] for h in drawn] == [h["role"] for h in hops]
    assert drawn[0]["role"] == "publisher" and drawn[-1]["role"] == "origin"
    assert drawn[0]["entity"] == "The Sun"
    assert drawn[1]["entity"] == "Daily Mail"
    assert [h["why"] for h in drawn] == [h["why"] for h in hops]
    for node, hop in zip(drawn, hops, strict=True):
        if hop.get("rating") is None:
            assert not node["rated"] and node["rating"] == "unrated"
        else:
            assert node["rated"] and node["rating"].startswith(f"rated {hop['rating']:.2f}")
    red = drawn[2]["colour"]  # Rossiya 1, rated 0.08
    assert drawn[2]["entity"].startswith("Rossiya 1")
    assert _hue_is_red(red), red
    page.screenshot(screenshots / "page-1280-scored-full.png")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(screenshots / "page-1280-scored.png", full_page=False)

    # Click the headline claim: the headline is highlighted, word for word.
    page.click(f'.claim-button[data-claim="{headline["id"]}"]')
    assert page.evaluate(
        f"document.querySelector('.claim-button[data-claim=\"{headline['id']}\"]')"
        ".getAttribute('aria-pressed')") == "true"
    assert highlighted(page, "#article-headline") == headline["text"]

    # Click a claim in the body: its text, and the source that carries it.
    engineers = next(c for c in expected["claims"] if "Iranian engineers" in c["text"])
    page.click(f'.claim-button[data-claim="{engineers["id"]}"]')
    assert highlighted(page, "#article-body") == engineers["text"]
    assert highlighted(page, "#article-headline") == ""
    assert "The Russian commentator" in highlighted(page, "#article-body", "source")
    assert page.evaluate("document.getElementById('highlight-status').textContent") \
        .endswith(engineers["text"])
    page.screenshot(screenshots / "page-1280-claim-highlighted.png", full_page=False)

    # The keyboard again: Tab to the next claim and press Space.
    page.tab()
    following = expected["claims"][expected["claims"].index(engineers) + 1]
    assert page.active() == following["id"]
    page.press(" ", code="Space", key_code=32)
    assert highlighted(page, "#article-body") == following["text"]

    # Readable at 320 px: nothing wider than the screen, the chain still in one column.
    page.resize(320, 800)
    page.wait_for("window.innerWidth === 320")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    overflowing = page.evaluate("""[...document.querySelectorAll('main *')]
        .filter(e => e.getBoundingClientRect().right > 320.5 && e.getClientRects().length)
        .map(e => e.tagName + '.' + e.className)""")
    assert overflowing == []
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(screenshots / "page-320-top.png", full_page=False)
    page.evaluate(f"document.getElementById('claim-{headline['id']}').scrollIntoView()")
    page.screenshot(screenshots / "page-320-headline-chain.png", full_page=False)


def _hue_is_red(css_colour: str) -> bool:
    r, g, b = (int(v) for v in re.findall(r"\d+", css_colour)[:3])
    return r > 2 * g and r > 2 * b


@pytest.mark.serving
def test_an_editor_looks_an_outlet_up(
    served: Served, chrome: Callable[..., Chrome], screenshots: Path
) -> None:
    _, nypost = served.get("/v1/outlets/nypost.com")
    page = open_page(chrome, served)
    page.click("#lookup-input")
    page.type_text("https://www.nypost.com/2022/08/05/some-story/")
    page.press("Enter", key_code=13)
    page.wait_for("document.querySelector('#lookup-result .outlet-card')", what="the card")
    assert page.evaluate("document.querySelector('.outlet-name').textContent") == nypost["name"]
    assert page.evaluate("document.querySelector('[data-testid=outlet-rating]').textContent") \
        == f"{nypost['reliability']:.2f}"
    page.evaluate("document.querySelector('.panel-lookup').scrollIntoView()")
    page.screenshot(screenshots / "page-1280-outlet-lookup.png", full_page=False)

    page.evaluate("document.getElementById('lookup-input').select()")
    page.type_text("no-such-outlet-anywhere.com")
    page.press("Enter", key_code=13)
    message = page.wait_for(
        "document.querySelector('#lookup-result .outlet-none')?.textContent", what="the answer")
    assert message.startswith("No rating for no-such-outlet-anywhere.com")


@pytest.mark.serving
def test_an_editor_drops_an_html_file(
    served: Served, chrome: Callable[..., Chrome], tmp_path: Path, screenshots: Path
) -> None:
    # Characters outside the Basic Multilingual Plane before the claims: the API counts code
    # points, JavaScript UTF-16 units; the highlight must still fall on the claim's words.
    story = tmp_path / "story.html"
    story.write_text(
        "<!doctype html><html><head><title>Bridge | Example</title></head><body>"
        "<nav><a href='/'>Home 🏠</a></nav><article>"
        "<h1>Bridge to reopen in May, minister says</h1>"
        "<p>🌉🚧 The transport minister said on Tuesday that the bridge would reopen in May.</p>"
        "<p>According to the BBC, engineers 👷 had warned of delays.</p>"
        "</article></body></html>", encoding="utf-8")
    page = open_page(chrome, served)
    page.drop_files("#article-text", story)
    page.wait_for("document.getElementById('article-text').value.startsWith('<!doctype')",
                  what="the file to load")
    assert page.evaluate("location.pathname") == "/"  # still on the page, not on the file
    page.click("#score-button")
    page.wait_for("document.querySelectorAll('.claim-button').length > 0", what="the claims")
    claims = page.evaluate(
        "[...document.querySelectorAll('.claim-button')].map(b => b.dataset.claim)")
    texts = page.evaluate("[...document.querySelectorAll('.claim-text')].map(e => e.textContent)")
    assert any("reopen in May" in t for t in texts), texts
    for claim_id, text in zip(claims, texts, strict=True):
        page.click(f'.claim-button[data-claim="{claim_id}"]')
        where = "#article-headline" if highlighted(page, "#article-headline") else "#article-body"
        assert f"“{highlighted(page, where)}”" == text
    page.screenshot(screenshots / "page-1280-dropped-html-file.png", full_page=False)


@pytest.mark.serving
def test_the_page_says_what_is_wrong(served: Served, chrome: Callable[..., Chrome]) -> None:
    page = open_page(chrome, served)
    page.click("#score-button")
    assert page.evaluate("document.getElementById('form-status').textContent") \
        == "Paste an article or drop a file first."
    assert page.active() == "article-text"

    page.type_text("x" * 2500 + "\nThe mayor said so.")  # a headline longer than the API takes
    page.click("#score-button")
    alert = page.wait_for("document.querySelector('#results-live [role=alert]')?.textContent",
                          what="the error")
    assert alert.startswith("Could not score the article: ")
    assert alert.endswith("headline: Longer than maximum length 2000.")
