"""Host and URL parsing for look-ups: every URL form a browser shows, reduced to candidate hosts.

The Public Suffix List comes from tldextract's bundled snapshot (no network at run time). A
look-up walks from the full host down through its parents, so a subdomain with its own
rating (``blogs.example.com``) wins over its parent, and a parent's rating is only lent to
subdomains of the same organisation, never to tenants of a shared platform.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import idna
import tldextract

MAX_INPUT_CHARS = 2048
_NON_WEB_SCHEME = re.compile(
    r"^(?:javascript|data|mailto|file|about|blob|vbscript|tel|sms|ftp|ws|wss|chrome|"
    r"chrome-extension|moz-extension|view-source|urn):",
    re.IGNORECASE,
)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


class DomainError(ValueError):
    """The input names no public web host; the message says why, in words for a client."""


@dataclass(frozen=True, slots=True)
class ParsedHost:
    host: str  # normalised: lowercase, punycode, no trailing dot, no "www."
    private_suffix: str | None  # a shared-hosting suffix from the PSL's private section
    path: str  # the URL path ("" for a bare host), used for path-based platforms

    def candidates(self) -> list[str]:
        """The host, then each parent with at least two labels: longest match first. Parents
        above the registrable domain (``gov.uk``, ``blogspot.com``) are kept, since some are
        outlets or platforms of their own."""
        labels = self.host.split(".")
        return [".".join(labels[i:]) for i in range(0, len(labels) - 1)]


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # suffix_list_urls=() and cache_dir=None: the bundled snapshot, never the network.
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def _ascii_host(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    if not host:
        raise DomainError("no host name")
    if host.isascii():
        ascii_host = host
    else:
        try:
            ascii_host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError as exc:
            raise DomainError(f"not a valid internationalised host name ({exc})") from None
    if len(ascii_host) > 253:
        raise DomainError("host name longer than 253 characters")
    try:
        ipaddress.ip_address(ascii_host.strip("[]"))
    except ValueError:
        pass
    else:
        raise DomainError("an IP address names no outlet")
    labels = ascii_host.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        raise DomainError("not a valid public host name")
    return ascii_host


def parse(raw: str) -> ParsedHost:
    """Parse a URL or a bare host as a browser would, or raise DomainError saying why not."""
    if not isinstance(raw, str):
        raise DomainError("must be a string")
    text = raw.strip()
    if not text:
        raise DomainError("empty")
    if len(text) > MAX_INPUT_CHARS:
        raise DomainError(f"longer than {MAX_INPUT_CHARS} characters")
    if _SPACE_OR_CONTROL.search(text):
        raise DomainError("contains spaces or control characters")
    if _NON_WEB_SCHEME.match(text):
        raise DomainError("not a web address (only http and https URLs and host names)")
    if _SCHEME.match(text):
        if not text.lower().startswith(("http://", "https://")):
            raise DomainError("not a web address (only http and https URLs and host names)")
    elif text.startswith("//"):
        pass
    else:
        text = "//" + text
    try:
        parts = urlsplit(text)
        hostname = parts.hostname
        parts.port  # noqa: B018  (raises on a malformed port)
    except ValueError as exc:
        raise DomainError(f"not a valid URL ({exc})") from None
    if not hostname:
        raise DomainError("no host name")
    host, private = _host(hostname)
    return ParsedHost(host=host, private_suffix=private, path=parts.path)


@lru_cache(maxsize=65536)
def _host(hostname: str) -> tuple[str, str | None]:
    """A host's normal form and its shared-hosting suffix. Hosts repeat far more than URLs
    (every link on a page, every tab of a site), so the work is done once per host."""
    host = _ascii_host(hostname)
    extracted = _extractor()(host)
    if not extracted.suffix:
        raise DomainError("not under a public suffix")
    private = extracted.suffix if extracted.is_private else None
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    return host, private


def normalise_host(raw: str) -> str:
    """A record's domain as stored: lowercase punycode, no scheme, path, port or ``www.``."""
    parsed = parse(raw)
    if parsed.path not in ("", "/"):
        raise DomainError("a domain, not a URL with a path")
    return parsed.host


def registrable(host: str) -> str:
    """The part of a host its owner registered (``bbc.co.uk`` for ``news.bbc.co.uk``)."""
    extracted = _extractor()(host)
    if not extracted.suffix or not extracted.domain:
        return host
    return f"{extracted.domain}.{extracted.suffix}"
