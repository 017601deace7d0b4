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
    return _read()[0]


@functools.cache
def _read() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Countries by lowercased place name, and the names that are a city somewhere."""
    text = resources.files(__package__).joinpath("data/places.tsv").read_text("utf-8")
    table: dict[str, frozenset[str]] = {}
    cities: set[str] = set()
    shared: dict[str, frozenset[str]] = {}  # one set per list of countries: most are one
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, codes, kind = line.split("\t")
        key = name.casefold()
        table[key] = shared.setdefault(codes, frozenset(codes.split(",")))
        if kind == "city":
            cities.add(key.replace(" ", "").replace("-", ""))
    return table, frozenset(cities)


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
    """Is `name` a city or state of the table?"""
    return name.casefold() in _table()


def is_city(squeezed: str) -> bool:
    """Is `squeezed` (lowercase letters only: "losangeles") the name of a city of the table,
    not only of a state ("minnesota")?"""
    return squeezed in _read()[1]


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
    _read()
    pycountry.countries.lookup("FR")
