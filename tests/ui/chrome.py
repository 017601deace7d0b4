"""Headless Chromium driven over the DevTools protocol, through a pipe: no extra package.

`chromium --remote-debugging-pipe` reads JSON commands on fd 3 and writes answers and events on
fd 4, each message ended by a NUL byte. This is the whole client: enough to open pages, type,
press keys, click where a person would (real input events at an element's centre), read the DOM
and take screenshots.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# The flags this machine needs (no sandbox in a container, no GPU, no network chatter).
BASE_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter",
    "--hide-scrollbars",
    "--mute-audio",
]


def chromium_binary() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("chromium is not installed (apt-get install chromium chromium-driver)")


class ChromeError(RuntimeError):
    pass


class Chrome:
    """One browser process with a fresh, empty profile."""

    def __init__(self, *extra_flags: str, timeout: float = 20.0) -> None:
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="chrome-profile-")
        # Chromium expects the pipe on fds 3 and 4: bash puts it there, then execs. The ends
        # move above 9 first, so that neither can already be fd 3 or 4 and be overwritten.
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
        high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
        for fd in (to_chrome_r, from_chrome_w):
            os.close(fd)
        argv = [chromium_binary(), *BASE_FLAGS, f"--user-data-dir={self.profile}",
                "--remote-debugging-pipe", *extra_flags, "about:blank"]
        script = f'exec "$@" 3<&{high_r} 4>&{high_w} {high_r}<&- {high_w}>&-'
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115  (closed in close())
        self.process = subprocess.Popen(
            ["/bin/bash", "-c", script, "chromium", *argv],
            pass_fds=(high_r, high_w),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.stderr,
        )
        os.close(high_r)
        os.close(high_w)
        self._next_id = 0
        self._lock = threading.Lock()
        self._answers: dict[int, dict[str, Any]] = {}
        self._events: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        try:
            self.send("Target.setDiscoverTargets", {"discover": True})
        except (ChromeError, OSError) as exc:
            log = self.log_tail()
            self.close()
            raise ChromeError(f"chromium did not start ({exc}): {log}") from None

    # -- the protocol ------------------------------------------------------------------------

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_chrome, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._cond.notify_all()
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self._cond:
                    if "id" in message:
                        self._answers[message["id"]] = message
                    else:
                        self._events.append(message)
                    self._cond.notify_all()

    def send(self, method: str, params: dict[str, Any] | None = None,
             session: str | None = None, timeout: float | None = None) -> dict[str, Any]:
        with self._lock:
            self._next_id += 1
            ident = self._next_id
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._cond:
            while ident not in self._answers:
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    raise ChromeError(f"{method}: no answer ({self.log_tail()})")
                self._cond.wait(min(left, 0.5))
            answer = self._answers.pop(ident)
        if "error" in answer:
            raise ChromeError(f"{method}: {answer['error'].get('message')}")
        return dict(answer.get("result", {}))

    def events(self, method: str) -> Iterator[dict[str, Any]]:
        with self._cond:
            return iter([e for e in self._events if e.get("method") == method])

    def log_tail(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read().decode(errors="replace")[-1500:]

    # -- targets -------------------------------------------------------------------------------

    def targets(self) -> list[dict[str, Any]]:
        return list(self.send("Target.getTargets")["targetInfos"])

    def new_page(self, url: str = "about:blank", width: int = 1280, height: int = 900) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        page = Page(self, target)
        page.resize(width, height)
        if url != "about:blank":
            page.goto(url)
        return page

    def close(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ChromeError, OSError):
                self.send("Browser.close", timeout=5)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        for fd in (self._to_chrome, self._from_chrome):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._reader.join(5)
        self.stderr.close()
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """One tab (or extension page), attached in flat mode."""

    def __init__(self, chrome: Chrome, target_id: str) -> None:
        self.chrome = chrome
        self.target_id = target_id
        self.session = chrome.send("Target.attachToTarget",
                                   {"targetId": target_id, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime"):
            self.send(f"{domain}.enable")

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.chrome.send(method, params, session=self.session)

    def resize(self, width: int, height: int = 900) -> None:
        self.send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
        })

    def goto(self, url: str, ready: str = "document.readyState === 'complete'") -> None:
        answer = self.send("Page.navigate", {"url": url})
        if answer.get("errorText"):
            raise ChromeError(f"navigating to {url}: {answer['errorText']}")
        self.wait_for(ready, what=f"{url} to load")

    def evaluate(self, expression: str) -> Any:
        answer = self.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": True,
        })
        if "exceptionDetails" in answer:
            details = answer["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise ChromeError(f"{expression[:80]}: {text}")
        return answer["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20.0, what: str = "") -> Any:
        """Poll until the expression is truthy; returns its value (an element counts as true)."""
        deadline = time.monotonic() + timeout
        probe = (f"(async () => {{ const v = await ({expression});"
                 " return v instanceof Node || v; })()")
        while True:
            try:
                value = self.evaluate(probe)
            except ChromeError:
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise ChromeError(f"timed out waiting for {what or expression}")
            time.sleep(0.1)

    # -- what a person does --------------------------------------------------------------------

    def centre(self, selector: str) -> tuple[float, float]:
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " if (!e) return null; e.scrollIntoView({block: 'center'});"
            " const r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        if not box:
            raise ChromeError(f"no element matches {selector}")
        return float(box[0]), float(box[1])

    def click(self, selector: str) -> None:
        x, y = self.centre(selector)
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent",
                      {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def drop_files(self, selector: str, *paths: Path) -> None:
        """Drag files from the desktop and drop them on an element."""
        x, y = self.centre(selector)
        data = {"items": [], "files": [str(p) for p in paths], "dragOperationsMask": 1}
        for kind in ("dragEnter", "dragOver", "drop"):
            self.send("Input.dispatchDragEvent", {"type": kind, "x": x, "y": y, "data": data})

    def type_text(self, text: str) -> None:
        """Type into the focused element (as an input method would: one insertion)."""
        self.send("Input.insertText", {"text": text})

    def press(self, key: str, code: str | None = None, key_code: int = 0,
              modifiers: int = 0) -> None:
        params = {"key": key, "code": code or key, "windowsVirtualKeyCode": key_code,
                  "modifiers": modifiers}
        if key == "Enter":
            params["text"] = "\r"
        self.send("Input.dispatchKeyEvent", {"type": "keyDown", **params})
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", **params})

    def tab(self) -> None:
        self.press("Tab", key_code=9)

    def active(self) -> str:
        return str(self.evaluate(
            "(() => { const e = document.activeElement;"
            " return e ? (e.id || e.dataset.claim || e.tagName) : ''; })()"))

    def screenshot(self, path: Path, full_page: bool = True) -> Path:
        self.send("Page.bringToFront")  # a background tab never paints, so never answers
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            size = self.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params["clip"] = {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1}
        data = self.send("Page.captureScreenshot", params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path
