"""URL and host parsing: every form a browser shows, and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.ratings.domains import DomainError, normalise_host, parse


@pytest.mark.parametrize(
    ("raw", "host", "candidates"),
    [
        ("https://m.nypost.com/2022/08/05/x/", "m.nypost.com", ["m.nypost.com", "nypost.com"]),
        ("NYPOST.COM.", "nypost.com", ["nypost.com"]),
        ("www.bbc.co.uk", "bbc.co.uk", ["bbc.co.uk", "co.uk"]),
        ("http://amp.theguardian.com:8080/x?y#z", "amp.theguardian.com",
         ["amp.theguardian.com", "theguardian.com"]),
        ("Пример.рф", "xn--e1afmkfd.xn--p1ai", ["xn--e1afmkfd.xn--p1ai"]),
        ("//www.gov.uk/government", "gov.uk", ["gov.uk"]),
        ("www.com", "www.com", ["www.com"]),
    ],
)
def test_forms_reduce_to_hosts_and_parents(raw: str, host: str, candidates: list[str]) -> None:
    parsed = parse(raw)
    assert parsed.host == host
    assert parsed.candidates() == candidates


def test_private_suffix_is_known_for_shared_hosting() -> None:
    assert parse("someone.blogspot.com").private_suffix == "blogspot.com"
    assert parse("someone.github.io").private_suffix == "github.io"
    assert parse("nypost.com").private_suffix is None


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "javascript:alert(1)", "data:text/html,x", "mailto:a@b.com", "ftp://x.com",
     "a b.com", "tab\there.com", "1.2.3.4", "http://[::1]/", "localhost", "x" * 5000,
     "http://example.com:99999/", "-bad-.com", "exa_mple.com", "http://", "https://.com"],
)
def test_refused_with_a_reason(raw: str) -> None:
    with pytest.raises(DomainError) as info:
        parse(raw)
    assert str(info.value)


def test_record_domains_take_no_path() -> None:
    assert normalise_host("WWW.Example.COM") == "example.com"
    with pytest.raises(DomainError):
        normalise_host("example.com/section")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_or_is_refused_cleanly(raw: str) -> None:
    try:
        parsed = parse(raw)
    except DomainError:
        return
    assert parsed.host == parsed.host.lower() and parsed.host.isascii()
    assert all(parsed.host.endswith(c) for c in parsed.candidates())
