"""The browser extension, loaded unpacked in headless Chromium against a live service.

A local test page stands in for an outlet's site: Chromium resolves nypost.com to the test's
own little web server (--host-resolver-rules), so the tab's URL is the outlet's while nothing
leaves the machine. Screenshots go to screenshots/ui/ (see ui.live.SCREENSHOTS).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from ui.chrome import Chrome, Page
from ui.live import EXTENSION, Served

MANIFEST = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))


def test_the_manifest_asks_for_little() -> None:
    assert MANIFEST["manifest_version"] == 3
    assert MANIFEST["background"] == {"service_worker": "background.js", "type": "module"}
    assert set(MANIFEST["permissions"]) == {"storage", "tabs", "activeTab", "scripting"}
    # The default service only; any other is asked for when a person sets it in the options.
    assert MANIFEST["host_permissions"] == ["http://127.0.0.1/*", "http://localhost/*"]
    assert "content_scripts" not in MANIFEST
    for icon in MANIFEST["icons"].values():
        assert (EXTENSION / icon).is_file()


def test_the_extension_loads_nothing_from_elsewhere() -> None:
    for path in EXTENSION.rglob("*"):
        if path.suffix in {".js", ".html", ".css"}:
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", text), path
            assert not re.search(r"""(?:from|import)\s*\(?["'](?:https?:)?//""", text), path


def start_with_extension(chrome: Callable[..., Chrome], *flags: str) -> tuple[Chrome, str]:
    """Chromium with the extension loaded unpacked; returns it and the extension's id."""
    browser = chrome(f"--load-extension={EXTENSION}", f"--disable-extensions-except={EXTENSION}",
                     *flags)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        for target in browser.targets():
            if target["type"] == "service_worker" and target["url"].endswith("/background.js"):
                return browser, urlsplit(target["url"]).netloc
        time.sleep(0.1)
    raise AssertionError(f"the extension's service worker never started: {browser.log_tail()}")


def set_service_url(browser: Chrome, extension_id: str, url: str) -> Page:
    """Type the service URL into the options page and save, as a person would."""
    options = browser.new_page(f"chrome-extension://{extension_id}/options.html", 800, 600)
    options.wait_for("document.documentElement.dataset.ready === 'true'", what="the options")
    assert options.evaluate("document.getElementById('service-url').value") \
        == "http://127.0.0.1:8000"
    options.click("#service-url")
    options.evaluate("document.getElementById('service-url').select()")
    options.type_text(url + "/")
    options.click("#save-button")
    status = options.wait_for("document.getElementById('options-status').textContent",
                              what="the options to save")
    assert status == f"Saved: the extension now asks {url}."
    return options


def tab_id(page: Page, url_pattern: str) -> int:
    return int(page.wait_for(
        f"chrome.tabs.query({{url: {json.dumps(url_pattern)}}}).then(t => t[0] && t[0].id)",
        what=f"a tab at {url_pattern}"))


def open_popup(browser: Chrome, extension_id: str, tab: int) -> Page:
    popup = browser.new_page(f"chrome-extension://{extension_id}/popup.html?tab={tab}", 420, 900)
    popup.wait_for("document.documentElement.dataset.ready === 'true'", what="the popup")
    return popup


@pytest.mark.serving
def test_the_badge_and_popup_show_the_rating_of_the_tabs_outlet(
    served: Served, news_site: str, chrome: Callable[..., Chrome], screenshots: Path
) -> None:
    headers, nypost = served.get("/v1/outlets/nypost.com")
    snapshot_etag = served.get("/v1/outlets/snapshot")[0]["ETag"]
    site_port = urlsplit(news_site).port
    browser, extension_id = start_with_extension(
        chrome, f"--host-resolver-rules=MAP nypost.com 127.0.0.1:{site_port}")
    options = set_service_url(browser, extension_id, served.url)

    story = browser.new_page("http://nypost.com/drones.html", 1280, 800)
    assert story.evaluate("document.querySelector('h1').textContent").startswith("Iran poised")
    tab = tab_id(options, "http://nypost.com/*")

    # The badge: the outlet's rating, computed from the cached table.
    badge = options.wait_for(f"chrome.action.getBadgeText({{tabId: {tab}}})", what="the badge")
    assert badge == f".{round(nypost['reliability'] * 100):02d}"
    title = options.evaluate(f"chrome.action.getTitle({{tabId: {tab}}})")
    assert title == f"{nypost['name']}: rated {nypost['reliability']:.2f} of 1"

    # The popup: the outlet card, with the same figure as the API.
    popup = open_popup(browser, extension_id, tab)
    popup.wait_for("document.querySelector('#outlet .outlet-card')", what="the outlet card")
    assert popup.evaluate("document.querySelector('.outlet-name').textContent") == nypost["name"]
    assert popup.evaluate("document.querySelector('[data-testid=outlet-rating]').textContent") \
        == f"{nypost['reliability']:.2f}"
    assert popup.evaluate("document.getElementById('page-host').textContent") == "nypost.com"
    popup.screenshot(screenshots / "extension-popup-outlet.png")

    # Ratings are cached by ETag: the stored table carries the service's ETag, and asking again
    # is a conditional request that the service answers with 304.
    stored = popup.evaluate("chrome.storage.local.get('snapshot').then(s => s.snapshot.etag)")
    assert stored == snapshot_etag
    again = popup.evaluate(
        "import('./ratings.js').then(m => m.cachedJSON('snapshot', "
        f"{json.dumps(served.url + '/v1/outlets/snapshot')}, {{force: true}}))"
        ".then(r => r.status)")
    assert again == "revalidated"
    card = popup.evaluate("chrome.storage.local.get('lookup:nypost.com')"
                          ".then(s => s['lookup:nypost.com'].etag)")
    assert card == served.get("/v1/outlets/lookup?url=nypost.com")[0]["ETag"]
    assert headers["ETag"]


@pytest.mark.serving
def test_the_popup_scores_the_article_in_the_tab(
    served: Served, news_site: str, chrome: Callable[..., Chrome], screenshots: Path
) -> None:
    browser, extension_id = start_with_extension(chrome)
    options = set_service_url(browser, extension_id, served.url)
    # A page on this machine: the extension may read it without a click on its button.
    browser.new_page(f"{news_site}/drones.html", 1280, 800)
    tab = tab_id(options, f"{news_site}/*")

    popup = open_popup(browser, extension_id, tab)
    popup.wait_for("document.getElementById('outlet').getAttribute('aria-busy') === 'false'")
    assert popup.evaluate("document.getElementById('outlet').textContent") \
        .startswith("No rating for 127.0.0.1")
    popup.click("#score-button")
    popup.wait_for("document.querySelectorAll('#score .hop').length > 0", what="the chains")

    headline = popup.evaluate("document.querySelector('.claim').id.replace('claim-', '')")
    button = f'.claim-button[data-claim="{headline}"]'
    assert popup.evaluate(f"document.querySelector('{button} .claim-position').textContent") \
        == "headline"
    claim = popup.evaluate(f"document.querySelector('{button} .claim-text').textContent")
    assert claim == "“Iran poised to ship 5,000 drones to Russia within weeks”"
    roles = popup.evaluate(
        f"[...document.querySelectorAll('#claim-{headline} .hop')].map(h => h.dataset.role)")
    assert roles[-1] == "origin" and "relay" in roles and "venue" in roles
    # The page's navigation, aside and footer were left out of the text sent.
    body = popup.evaluate("document.getElementById('article-body').textContent")
    assert "Most read" not in body and "Home" not in body
    assert body.startswith("Sergei Markovin, a Russian security analyst")

    popup.click(button)
    marked = popup.evaluate("[...document.querySelectorAll('#article-headline mark.hl-claim')]"
                            ".map(m => m.textContent).join('')")
    assert f"“{marked}”" == claim
    popup.evaluate(f"document.querySelector('{button}').scrollIntoView()")
    popup.screenshot(screenshots / "extension-popup-score.png", full_page=False)


@pytest.mark.serving
def test_the_badge_knows_outlets_only_the_published_sets_rate(
    served: Served, news_site: str, chrome: Callable[..., Chrome]
) -> None:
    """The Kansas City Star is rated by Lin et al. only: its rating reaches the badge from the
    table stored on the device, as a curated outlet's does."""
    star = served.get("/v1/outlets/kansascity.com")[1]
    assert star["ratings"][0]["source"].startswith("Lin et al. 2023")
    site_port = urlsplit(news_site).port
    browser, extension_id = start_with_extension(
        chrome, f"--host-resolver-rules=MAP kansascity.com 127.0.0.1:{site_port}")
    options = set_service_url(browser, extension_id, served.url)
    browser.new_page("http://kansascity.com/drones.html", 1280, 800)
    tab = tab_id(options, "http://kansascity.com/*")
    badge = options.wait_for(f"chrome.action.getBadgeText({{tabId: {tab}}})", what="the badge")
    assert badge == f".{round(star['reliability'] * 100):02d}"
    assert options.evaluate(f"chrome.action.getTitle({{tabId: {tab}}})") \
        == f"{star['name']}: rated {star['reliability']:.2f} of 1"
    stored = options.evaluate(
        "chrome.storage.local.get('snapshot').then(s => s.snapshot.data.outlets['kansascity.com'])")
    assert stored[0] == star["name"]
    # A card for an outlet whose country the sets do not give says "unknown", not "ZZ".
    nowhere = _an_outlet_without_country()
    popup = browser.new_page(
        f"chrome-extension://{extension_id}/popup.html?url=https://{nowhere}/news", 420, 900)
    popup.wait_for("document.querySelector('#outlet .outlet-card')", what="the outlet card")
    facts = popup.evaluate("document.querySelector('.outlet-facts').textContent")
    assert "Countryunknown" in facts


def _an_outlet_without_country() -> str:
    """A rated outlet of the bundled table whose country no set gives (country "ZZ")."""
    table = Path(__file__).resolve().parents[2] / "service" / "ratings" / "data" / "outlets.jsonl"
    for line in table.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["country"] == "ZZ" and record["domain"].endswith(".com") and (
                record["domain"].count(".") == 1 and not record["siblings"]):
            return str(record["domain"])
    raise AssertionError("no outlet without a country in the bundled table")
