"""Which countries a place name may stand for, so an outlet's name qualified by a place
("The Telegraph, a Kolkata daily", "Colombo's Daily Mirror", "Channel 4 in Jacksonville") is
not taken for the namesake the table lists in another country.

The names are the bundled data/places.tsv (cities of 50,000 people or more and the states of
federal countries; scripts/build_places.py rebuilds it), with the countries' own names and
the lexicon's nationalities on top. About 12,000 names; loaded on first use (a few ms) and
kept for the process.
"""

from __future__ import annotations

import functools
from importlib import resources

import pycountry

from . import lexicon as lx


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    text = resources.files(__package__).joinpath("data/places.tsv").read_text("utf-8")
    table: dict[str, frozenset[str]] = {}
    shared: dict[str, frozenset[str]] = {}  # one set per list of countries: most are one
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, codes = line.split("\t")
        table[name.casefold()] = shared.setdefault(codes, frozenset(codes.split(",")))
    return table


def countries_of(name: str) -> frozenset[str]:
    """ISO 3166-1 codes of the countries that hold a place called `name` ("Macon" -> US,
    "Colombo" -> BR, LK), of the country itself ("Chile", "Britain") or of the nationality
    ("Saudi", "Sri Lankan"); empty for a word that names no place."""
    key = name.casefold().replace("’", "'")
    codes = set(_table().get(key, ()))
    for known in (country_code(name), lx.NATIONALITIES.get(key)):
        if known:
            codes.add(known)
    return frozenset(codes)


def is_place(name: str) -> bool:
    """Is `name` a city or state of the table, written as is or squeezed ("losangeles")?"""
    return name.casefold() in _table() or name in _squeezed_names()


@functools.cache
def _squeezed_names() -> frozenset[str]:
    return frozenset(key.replace(" ", "").replace("-", "") for key in _table() if len(key) >= 6)


@functools.lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code of a country written as running text names it ("Chile",
    "Britain", "South Korea"), or None for any other word."""
    known = lx.COUNTRY_NAMES.get(name.lower())
    if known is not None:
        return known
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return None


def load() -> None:
    """Load the place table and pycountry's country table now (about 130 ms and 4 MB, once per
    process) rather than in the first request that places an outlet's name."""
    _table()
    _squeezed_names()
    pycountry.countries.lookup("FR")
