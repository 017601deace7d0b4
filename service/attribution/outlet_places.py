"""An outlet's name qualified by a place that is not the listed outlet's: "Colombo's Daily
Mirror", "The Telegraph, a Kolkata daily", "Saudi-owned MBC", "San Francisco's KCBS".

Names travel: many papers are the Telegraph, the Daily Mirror, El País or Channel 4 of their
own city, and a writer who means a namesake says where it is. Where the place a sentence puts
the name in is in no country the listed outlet is of, or is another city of its country than
the one its address names (losangeles.cbslocal.com, jacksonville.com), the name is that place's
namesake: the directory leaves it unresolved rather than rate it as the listed outlet.

Four ways a sentence places a name, each read right next to it: a dateline's city before an
agency in brackets ("TAIPEI (CNA) --", save a wire service's bureau), a place's possessive or a
nationality before it ("Montevideo's El País", "Sri Lankan broadcaster Rupavahini",
"Saudi-owned MBC"), an appositive that describes it as a medium of a place ("..., a
Johannesburg weekly,"), and a city between the name and its report ("The Telegraph in Macon
reported"), save after a wire service's name ("Reuters in Moscow reported" is a bureau).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import lexicon as lx
from .places import countries_of, country_code, is_city, is_place

if TYPE_CHECKING:
    from .directory import OutletRef

# a capitalised run, not opened by an article ("The Santo Domingo daily El Nacional": the
# place is "Santo Domingo")
_PLACE = r"(?!(?:The|A|An)\b)[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|de|do|da))*?"
_MEDIUM_WORDS = (r"(?:(?:state|state-run|state-owned|public|private|local|regional|national|"
                 r"commercial|independent|news|daily|weekly|evening|morning|[a-z]+-language|"
                 r"[A-Z][a-z]+-language|flagship|main|leading|biggest|largest|top|popular|"
                 r"influential) )*")
_OUTLET_NOUN = rf"(?:{'|'.join(sorted(lx.OUTLET_NOUNS, key=len, reverse=True))})"
# "Colombo's Daily Mirror", "Israel's public broadcaster Kan", "Saudi-owned MBC", "Kenyan
# broadcaster KBC"; a place's "-based" is not read ("London-based Asharq Al-Awsat" is the
# Saudi paper, edited abroad as exile and pan-Arab media are).
_PLACE_BEFORE = re.compile(
    rf"\b({_PLACE})(['’]s |-(?:owned|run|funded|backed|controlled|financed) | )"
    rf"{_MEDIUM_WORDS}(?:{_OUTLET_NOUN} )?$")
# "The Telegraph in Macon reported", "Channel 4 in Jacksonville said": the name that reports,
# placed; not "an interview to RFI in Nairobi", where the place is the event's
_IN_PLACE_AFTER = re.compile(
    rf" in ({_PLACE}) (?:(?:first|also|later|earlier|has|had) )?(?:reported|reports|said|says|"
    rf"broadcast|aired|published|quoted|cited|wrote|revealed|disclosed)\b")
# "The Telegraph, a Kolkata daily,", "KPBS, San Diego's public broadcaster,"
_APPOSITIVE_AFTER = re.compile(
    rf", (?:(?:a|an|the) )?(?:[a-z]+ )?({_PLACE})(?:['’]s)? {_MEDIUM_WORDS}{_OUTLET_NOUN}\b")

# A dateline's agency: "TAIPEI (CNA) --", "SYDNEY, Australia (AAP) -": the city the story was
# filed from, in capitals, with the agency that filed it in brackets
_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*)"
                              r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)? \($")

# State-controlled and captured media: the table's country is the state that runs them, and
# many of them work from abroad ("Auckland's Chinese New Zealand Herald", "SinoVision in New
# York", "CGTN Africa in Nairobi"), so a city elsewhere says nothing about which outlet it is
# (another country's possessive still does: "India's NTA" is not Nigeria's).
_OWNED_ABROAD = frozenset({"state_controlled", "captured"})


def placed_elsewhere(text: str, start: int, end: int, outlet: OutletRef,
                     namesakes_of: Callable[[str], frozenset[str]]) -> bool:
    """Does the sentence put the name at [start, end) in a place the listed outlet is not of?
    `namesakes_of(name)` gives the countries of every outlet the table lists under a name
    (asked only where a nationality needs it: most names meet no place at all).

    A city or state elsewhere is a namesake (papers are named after their own city's needs,
    and the table cannot list them all), save for state-controlled and captured media, which
    work abroad. A country or nationality is read as one only where the table lists a
    namesake there ("Saudi-owned MBC" is mbc.net, not Korea's MBC), or as a country's
    possessive ("Chile's TVN"): the writer's nationality for an outlet edited abroad ("the
    Russian news site Meduza", from Riga) is its audience's, not its address."""
    home = (outlet.country or "").upper()
    if not home or home == "ZZ":
        return False
    abroad = (outlet.state_affiliation or "").replace("-", "_") in _OWNED_ABROAD
    namesakes = functools.partial(namesakes_of, text[start:end])
    window = max(0, start - 80)
    before = _PLACE_BEFORE.search(text, window, start)
    if before is not None and _elsewhere(before.group(1), home, outlet.domain, namesakes,
                                         possessive=before.group(2).startswith(("'", "’")),
                                         abroad=abroad):
        return True
    after = _APPOSITIVE_AFTER.match(text, end)
    if after is not None and _elsewhere(after.group(1), home, outlet.domain, namesakes,
                                        possessive=False, abroad=abroad):
        return True
    dateline = _DATELINE_BEFORE.search(text, max(0, start - 40), start)
    if dateline is not None and outlet.kind != "wire_service":
        # "TAIPEI (CNA)" is Taiwan's Central News Agency, not Singapore's state-run CNA: the
        # agency that files from a city is that city's, state media or not (a wire service's
        # dateline is a bureau: "MOSCOW (Reuters)")
        codes = countries_of(dateline.group(1).title())
        if codes and home not in codes:
            return True
    inside = _IN_PLACE_AFTER.match(text, end)
    return (inside is not None and outlet.kind != "wire_service"
            and country_code(inside.group(1)) is None
            and _elsewhere(inside.group(1), home, outlet.domain, namesakes, possessive=False,
                           abroad=abroad))


def _elsewhere(place: str, home: str, domain: str,
               namesakes: Callable[[], frozenset[str]], *, possessive: bool,
               abroad: bool) -> bool:
    codes = countries_of(place)
    if not codes:
        return False
    a_country = country_code(place) is not None or place.casefold() in lx.NATIONALITIES
    if home not in codes:
        if not a_country:
            return is_place(place) and not abroad
        return (possessive and place.casefold() not in lx.NATIONALITIES) or bool(
            codes & namesakes())
    if a_country or abroad:
        return False
    city = _city_of_domain(domain)
    return city is not None and _squeezed(place) != city


def _squeezed(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.casefold())


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne"})
# Subdomains that name a version of the site, not a city ("mobile.yahoo.com": not Mobile, Ala.)
_WEB_SUBDOMAINS = frozenset({"mobile", "www", "edition", "news", "amp"})


@functools.lru_cache(maxsize=16384)
def _city_of_domain(domain: str) -> str | None:
    """The city an outlet's address names ("losangeles.cbslocal.com", "jacksonville.com"),
    squeezed to letters; None where it names none. A subdomain names a city when it is one
    (a state is no city: "minnesota.cbslocal.com" is the Twin Cities'); the registered name
    only when it is a city of seven letters or more, so that a paper named like a small town
    ("asahi.com": Asahi is a town in Chiba) is not placed there."""
    labels = domain.casefold().split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    for index, label in enumerate(labels):
        letters = _squeezed(label)
        registered = index == len(labels) - 1
        if label not in _WEB_SUBDOMAINS and is_city(letters) and (
                not registered or len(letters) >= 7):
            return letters
    return None
