"""The outlets attribution knows about: names and aliases matched in text with Aho-Corasick.

Attribution never reads the ratings store; the ratings snapshot builds one `OutletDirectory`
from its plain records and hands it to `extract`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import ahocorasick

from . import lexicon as lx
from .outlet_acronyms import (
    bare_wire_with_article,
    lesser_acronym,
    names_news_here,
    sentence_bounds,
)
from .outlet_places import placed_elsewhere


@dataclass(frozen=True, slots=True)
class OutletRef:
    """What an extraction says about an outlet."""

    domain: str
    name: str
    reliability: float | None = None
    state_affiliation: str | None = None
    kind: str | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The outlet as the JSON contract shows it (domain, name, reliability, affiliation)."""
        return {
            "domain": self.domain,
            "name": self.name,
            "reliability": self.reliability,
            "state_affiliation": self.state_affiliation,
        }

    @property
    def is_state_affiliated(self) -> bool:
        return (self.state_affiliation or "none").replace("-", "_") in {
            "state_controlled", "state_funded", "captured",
        }


@dataclass(frozen=True, slots=True)
class OutletMatch:
    start: int
    end: int
    outlet: OutletRef
    ambiguous: bool


def _base_name(name: str) -> str:
    """A name without its leading "the" and a bracketed qualifier, lowercase: "The Telegraph
    (Macon)" and "the Telegraph" are both "telegraph"."""
    return _normalise(_QUALIFIER.sub("", name)).strip().removeprefix("the ")


_QUALIFIER = re.compile(r"\s*\([^)]*\)")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _normalise(name: str) -> str:
    return name.replace("’", "'").lower()


def _cased(name: str) -> str:
    """The form whose casing must agree: apostrophes unified, a leading "the" lowercased."""
    name = name.replace("’", "'").strip()
    if name[:4] in ("The ", "THE "):
        return "the " + name[4:]
    return name


# Generic nouns that, after "the", refer back to an outlet already mentioned ("quoted in the
# paper"): coreference, never a directory look-up, even when an outlet is called "The Paper".
GENERIC_OUTLET_NOUNS = frozenset({
    "paper", "newspaper", "daily", "tabloid", "broadsheet", "weekly", "agency", "wire",
    "broadcaster", "channel", "network", "station", "magazine", "website", "site", "outlet",
    "publication", "journal", "service", "news", "radio", "television",
})


class OutletDirectory:
    """Outlets by domain and by every name and alias they are written with.

    Names match case-sensitively (apart from a leading "the"), so "the paper" is not the
    outlet "The Paper" and "an independent panel" is not "Independent"; a line written all
    in capitals (a shouting headline) matches whatever the case. An alias that any record
    lists as ambiguous is ambiguous for every outlet written that way.
    """

    def __init__(self, records: Iterable[Mapping[str, Any]]) -> None:
        self._by_domain: dict[str, OutletRef] = {}
        self._by_name: dict[str, OutletRef] = {}
        # key (lowercase) -> cased form -> outlets written so; and keys that are ambiguous
        forms: dict[str, dict[str, list[OutletRef]]] = {}
        spaced_forms: list[tuple[str, OutletRef]] = []
        ambiguous_keys: set[str] = set()
        # name without its qualifier ("The Telegraph (Macon)") -> countries of its outlets
        namesakes: dict[str, set[str]] = {}
        for record in records:
            outlet = OutletRef(
                domain=str(record["domain"]).lower(),
                name=str(record.get("name") or record["domain"]),
                reliability=record.get("reliability"),
                state_affiliation=record.get("state_affiliation"),
                kind=record.get("kind"),
                country=record.get("country"),
            )
            self._by_domain[outlet.domain] = outlet
            # A record the sets name only by its domain ("kansascity.com") adds no name: its
            # domain is not how an article names it, and most of the table is such records.
            # A domain the record lists among its aliases is a name it goes by in print
            # ("told news.com.au", "444.hu reported").
            aliases = [str(a) for a in record.get("aliases") or []]
            named = [a for a in dict.fromkeys([str(outlet.name), *aliases])
                     if a != outlet.domain or a in aliases]
            # "The Clarion-Ledger" is written "The Clarion Ledger" as often: a hyphen between
            # two capitalised words of a name may be a space (added below, where no outlet
            # goes by the spaced name: "Star Tribune" stays Minneapolis's, not Casper's)
            spaced_forms += [(spaced, outlet) for a in named
                             if (spaced := _HYPHENED.sub(" ", a)) != a]
            unclear = [str(a) for a in record.get("ambiguous_aliases") or []]
            for alias in named + unclear:
                key = _normalise(alias).strip()
                if not key:
                    continue
                same = forms.setdefault(key, {}).setdefault(_cased(alias), [])
                if outlet not in same:
                    same.append(outlet)
            ambiguous_keys.update(_normalise(a).strip() for a in unclear)
            if outlet.country:
                for alias in named + unclear:
                    namesakes.setdefault(_base_name(alias), set()).add(outlet.country.upper())
        shared: dict[frozenset[str], frozenset[str]] = {}  # one set per set of countries
        self._namesakes = {key: shared.setdefault(frozenset(codes), frozenset(codes))
                           for key, codes in namesakes.items()}
        for spaced, outlet in spaced_forms:
            key = _normalise(spaced).strip()
            if key and key not in forms:
                forms[key] = {_cased(spaced): [outlet]}
        self._ambiguous: dict[str, list[OutletRef]] = {}
        # Matching runs on the text as written, over every cased form ("the X" and "The X");
        # a second automaton over lowercase keys serves lines written all in capitals.
        self._automaton: Any = ahocorasick.Automaton()
        self._shouted: Any = ahocorasick.Automaton()
        for key, by_form in forms.items():
            outlets: list[OutletRef] = []
            for same in by_form.values():
                outlets.extend(o for o in same if o not in outlets)
            # a name that is a bare number ("444" of 444.hu) is "444 days" far more often
            ambiguous = key in ambiguous_keys or len(outlets) > 1 or key.isdigit()
            if ambiguous:
                self._ambiguous[key] = outlets
            else:
                self._by_name[key] = outlets[0]
            for form, same in by_form.items():
                generic = ambiguous and _is_generic(form)
                value = (len(form), same[0], ambiguous, generic)
                surfaces = [form, "The " + form[4:]] if form.startswith("the ") else [form]
                if not ambiguous and len(form) >= 4 and form != form.upper():
                    # "POLITICO", "USA TODAY's analysis": a name its outlet writes in capitals
                    surfaces.append(form.upper())
                for surface in surfaces:
                    self._automaton.add_word(surface, value)
            first = next(iter(by_form.values()))[0]
            self._shouted.add_word(key, (len(key), first, ambiguous, ambiguous and (
                _is_generic(key))))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()
            self._shouted.make_automaton()

    def __len__(self) -> int:
        return len(self._by_domain)

    def find(self, text: str) -> list[OutletMatch]:
        """Outlet names on word boundaries, cased as listed, longest first, never overlapping."""
        if self._empty or not text:
            return []
        haystack = text.replace("’", "'") if "’" in text else text
        candidates: list[tuple[int, int, OutletRef, bool]] = []
        size = len(text)
        for end_index, (length, outlet, ambiguous, generic) in self._automaton.iter(haystack):
            end = end_index + 1
            start = end - length
            if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
                continue
            if end < size and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
                continue
            if not generic and not self._something_else(text, start, end, outlet) and not (
                    ambiguous and _tail_of_longer_name(text, start, end)):
                candidates.append((start, end, outlet, ambiguous))
        for line in _SHOUTING_LINE.finditer(haystack):
            lowered = line.group().lower()
            if len(lowered) != len(line.group()):
                continue
            base = line.start()
            for end_index, (length, outlet, ambiguous, generic) in self._shouted.iter(lowered):
                end = base + end_index + 1
                start = end - length
                if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
                    continue
                if end < size and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
                    continue
                if not generic and text[start:end].isupper():
                    candidates.append((start, end, outlet, ambiguous))
        # Longest per start, then left to right, letting a longer overlapping match win.
        candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
        matches: list[OutletMatch] = []
        for start, end, outlet, ambiguous in candidates:
            if matches and start < matches[-1].end:
                last = matches[-1]
                if end - start > last.end - last.start and (
                    len(matches) < 2 or start >= matches[-2].end
                ):
                    matches[-1] = OutletMatch(start, end, outlet, ambiguous)
                continue
            matches.append(OutletMatch(start, end, outlet, ambiguous))
        return self._without_bare_acronyms(text, matches)

    @staticmethod
    def _without_bare_acronyms(text: str, matches: list[OutletMatch]) -> list[OutletMatch]:
        """The matches less a lesser-known outlet's acronym that nothing in its sentence says
        is the outlet ("The PRI lost control", "The NTA postponed the exam"; see
        outlet_acronyms). Another outlet named in the same sentence that is not itself such
        an acronym vouches for it ("SVT and Yle", "the BBC, NHK and ZDF")."""
        unsure = [m for m in matches if not m.ambiguous and _counted(m.outlet)
                  and lesser_acronym(text[m.start:m.end])
                  and not names_news_here(text, m.start, m.end)]
        if not unsure:
            return matches
        vouching = [m for m in matches
                    if not m.ambiguous and _counted(m.outlet) and m not in unsure]
        dropped = []
        for m in unsure:
            left, right = sentence_bounds(text, m.start, m.end)
            if not any(left <= o.start < right for o in vouching):
                dropped.append(m)
        return [m for m in matches if m not in dropped]

    def _something_else(self, text: str, start: int, end: int, outlet: OutletRef) -> bool:
        """Is the name at [start, end) here something other than the outlet: a surname, the
        head of a longer name, a person or thing an article counts, a share, a work, a person,
        a body of another trade, a thing named after it or a nickname, the modifier of a
        plural or of a noun that no outlet makes, another
        namesake placed elsewhere, the company, a surname's bearer, part of a foreign name, or an
        acronym spelled out as another name?"""
        return (
            _surname(text, start, end)
            or _heads_longer_name(text, start, end, outlet)
            or _common_noun_after_article(text, start, end, outlet)
            or _quoted_on_a_market(text, start, end)
            or _WORK_AFTER.match(text, end) is not None
            or _WORK_BEFORE.search(text, max(0, start - 24), start) is not None
            or _PERSON_AFTER.match(text, end) is not None
            or (_WHO_AFTER.match(text, end) is not None
                and text[start:end].endswith(_PERSON_ENDINGS))
            or _INDEX_AFTER.match(text, end) is not None
            or _BODY_AFTER.match(text, end) is not None
            or _party(text, start, end, outlet)
            or _THING_BEFORE.search(text, max(0, start - 16), start) is not None
            or _PERSON_ROLE_BEFORE.search(text, max(0, start - 16), start) is not None
            or _LONGER_MASTHEAD_BEFORE.search(text, max(0, start - 5), start) is not None
            or _NICKNAME_BEFORE.search(text, max(0, start - 40), start) is not None
            or _modifies_a_plural(text, start, end)
            or _modifies_a_noun(text, start, end, outlet)
            or placed_elsewhere(text, start, end, outlet, self._namesakes_of)
            or _COMPANY_AFTER.match(text, end) is not None
            or _COMPOUND_AFTER.match(text, end) is not None
            or _MATCH_RESULT_AFTER.match(text, end) is not None
            or ((compound := _CAPITAL_COMPOUND_AFTER.match(text, end)) is not None
                and not _is_masthead_compound(
                    text[start:compound.end()].removeprefix("The ").split(" ")[-1]))
            or _exclaimed(text, start, end)
            or (text[start:end].endswith("Independent")
                and _INDEPENDENT_POLITICS.match(text, end) is not None)
            or (" " not in text[start:end].removeprefix("The ")
                and _PERSON_HAS.match(text, end) is not None)
            or _FOREIGN_NAME_PARTICLE.search(text, max(0, start - 24), start) is not None
            or self._spelled_out_otherwise(text, start, end, outlet)
            or _defines_a_common_term(text, start, end)
            or _a_currency_amount(text, start, end)
            or _another_kind_of_body(text, start, end, outlet)
            or _common_use_of_acronym(text, start, end)
            or (text[start:end].isupper()
                and _CONDITION_BEFORE.search(text, max(0, start - 32), start) is not None)
            or _GERMAN_NAME_PARTICLE_BEFORE.search(text, max(0, start - 24), start) is not None
            or _GERMAN_NAME_PARTICLE_AFTER.match(text, end) is not None
            or (_FOREIGN_ARTICLE.match(text, start) is not None
                and _FOREIGN_TITLE_GOES_ON.match(text, end) is not None)
        )

    def _spelled_out_otherwise(self, text: str, start: int, end: int,
                               outlet: OutletRef) -> bool:
        """An acronym in parentheses spelled out before it as another name than the outlet's
        ("The American Psychiatric Association (APA)" is no news agency)."""
        if not _counted(outlet):
            return False  # a body's full name often differs from its listed one (UNHCR)
        name = spelled_out(text, start, end)
        if name is None:
            return False
        return self.by_name(name.removeprefix("The ").removeprefix("the ")) != outlet

    def _namesakes_of(self, name: str) -> frozenset[str]:
        """The countries of every outlet the table lists under `name`, as written."""
        return self._namesakes.get(_base_name(name), frozenset())

    def by_name(self, name: str) -> OutletRef | None:
        """The outlet written as `name` (a name or unambiguous alias, any case), or its domain."""
        key = _normalise(name).strip()
        return self._by_name.get(key) or self._by_domain.get(key)

    def by_domain(self, domain: str) -> OutletRef | None:
        return self._by_domain.get(domain.lower())

    def ambiguous_candidates(self, alias: str) -> list[OutletRef]:
        """Outlets that may be meant by an ambiguous alias such as "the Post"."""
        return list(self._ambiguous.get(_normalise(alias).strip(), []))

    def is_ambiguous(self, alias: str) -> bool:
        return _normalise(alias).strip() in self._ambiguous

    def state_media(self, country: str | None) -> list[OutletRef]:
        """State-affiliated outlets of a country (ISO 3166-1 alpha-2)."""
        if not country:
            return []
        wanted = country.upper()
        return [
            o for o in self._by_domain.values()
            if o.is_state_affiliated and (o.country or "").upper() == wanted
        ]



# Capitalised words that come before an outlet's name without being a first name: sentence
# openers, days and months, nationalities ("Russian RT", "On Monday Reuters said").
_NOT_FIRST_NAMES_TEXT = """
The A An And But Or Nor So Yet For On In At By To From With Without Via Per Unlike Like As Of
If When While After Before Since Until Though Although Because Meanwhile Earlier Later Last
Next This That These Those Then Also Still Now Both Only Even Yesterday Today Tonight Tomorrow
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Citing Told Asked Said Says Unnamed Several
Many Some Other Another Each Every Rival Fellow Former Liberal Conservative Independent State
Public National Regional Local Russian Chinese Iranian American British French German Israeli
Turkish Saudi Qatari Korean Japanese Indian Pakistani Syrian Iraqi Egyptian Ukrainian Polish
Italian Spanish Mexican Canadian Australian Irish Scottish Arab European African Asian Western
Kremlin Official Online Pro Anti Wire Cable Network Breaking Exclusive Watch Read Listen
Subscribe
"""
_NOT_FIRST_NAMES = frozenset(_NOT_FIRST_NAMES_TEXT.split())
_FIRST_NAME_BEFORE = re.compile(r"(?:^|[\s(\"“‘'])([A-Z][a-z]+)\.? $")


# Words a newspaper's title is made of. A hyphenated name made only of them ("Courier-Journal",
# "Clarion-Ledger", "Register-Guard") is a masthead, never a double-barrelled surname, so the
# capitalised word before it is the paper's city ("the Louisville Courier-Journal", "the Jackson
# Clarion-Ledger", "the Eugene Register-Guard"), not a first name.
_MASTHEAD_WORDS_TEXT = """
Advertiser Advocate Argus Avalanche Banner Beacon Bee Bulletin Call Caller Camera Chronicle
Citizen Clarion Colonist Commercial Constitution Courant Courier Crescent Daily Democrat
Dispatch Eagle Enquirer Enterprise Examiner Express Free Gazette Globe Guard Herald
Independent Inquirer Intelligencer Journal Leader Ledger Mail Mercury Messenger Mirror Monitor
News Observer Picayune Pilot Pioneer Post Press Progress Record Register Reporter Republic
Republican Review Searchlight Sentinel Sentry Spokesman Standard Star Statesman Sun Telegram
Telegraph Times Tribune Union Vindicator Voice World
"""
_MASTHEAD_WORDS = frozenset(_MASTHEAD_WORDS_TEXT.split())


def _is_masthead_compound(name: str) -> bool:
    """"Courier-Journal", "Register-Guard": a hyphenated name made only of masthead words,
    which no person bears as a surname."""
    parts = name.split("-")
    return len(parts) > 1 and all(part in _MASTHEAD_WORDS for part in parts)


# A capitalised word (or its possessive) right before a one-word name: "the Rail Engineering
# and Signal Workers' Union", "the Farmers Union"
_CAPITALISED_BEFORE = re.compile(r"(?:^|[\s(“\"])([A-Z][\w-]*(?:['’]s?)?) $")
_NOT_NAME_BEFORE = frozenset({"The", "A", "An", "In", "On", "At", "By", "For", "From", "To",
                              "And", "But", "Or", "As", "With", "Of", "Told", "Said", "Says"})


# A body's name running up to the word: "Ministry of Education and ", "Institute for "
_BODY_NAME_BEFORE = re.compile(
    r"\b(?:Ministry|Department|Institute|Academy|Council|Office|Agency|Commission|Committee|"
    r"Foundation|University|Cent(?:re|er)|School|Society|Association|Federation|College|"
    r"Museum|Board|Bureau|Authority)\s+(?:of|for)\s+(?:(?:the\s+)?[A-Z][\w-]*,?\s+){0,3}"
    r"(?:(?:and|&)\s+)?$")


def _tail_of_longer_name(text: str, start: int, end: int) -> bool:
    """Is a one-word name that is ambiguous on its own ("Union", "Star") the last word of a
    longer name here ("Signal Workers' Union"), rather than the outlet?"""
    if " " in text[start:end]:
        return False
    if _BODY_NAME_BEFORE.search(text, max(0, start - 60), start):
        return True  # "the Ministry of Education and Science", "the Institute for Science"
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1) in _NOT_NAME_BEFORE:
        return False
    sentence_start = text[max(0, before.start(1) - 3):before.start(1)].rstrip(" “\"")
    return not (before.start(1) == 0 or sentence_start.endswith((".", "!", "?", "\n")))


def _surname(text: str, start: int, end: int) -> bool:
    """Is a one-word name here most likely a person's surname ("Michael Bloomberg", "George
    Gallup", "Mr. Gallup", "Andrew Breitbart") rather than the outlet?"""
    if start < 3 or text[start - 1] != " " or " " in text[start:end]:
        return False
    if _is_masthead_compound(text[start:end]):
        return False
    before = _FIRST_NAME_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1) not in _NOT_FIRST_NAMES


# "a", "every", "another": a name after one of these is a thing or a person counted, not an
# outlet ("a lifelong Oklahoman", "every Oregonian", "a New Yorker who moved", "like a Rolling
# Stone"), unless it modifies what an outlet makes or employs ("a Tennessean reporter", "a CNN
# poll", "a Reuters/Ipsos survey"). One word that describes a person may stand between ("a
# native Washingtonian", "a fourth-generation Tennessean"); any other ("a report Reuters
# published", "a story in Politico") leaves the name to be the outlet.
_ARTICLE_BEFORE = re.compile(
    r"(?:^|[\s(\"“])(?:(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny|[Aa]nother)"
    r"(?: (?:[a-z]+-[a-z-]+|\d+-year-old|lifelong|longtime|native|proud|fellow|true|typical|"
    r"ordinary|average|young|old|retired|transplanted|adopted|real|former|loyal|devoted))?"
    # "The lifelong Tennessean said", "the first Oklahoman to win", "The 34-year-old Oklahoman
    # finished third": "the" and a word that counts or describes a person, or an age
    r"|[Tt]he (?:lifelong|longtime|native|proud|fellow|first|last|only|youngest|oldest|"
    r"retired|former|loyal|devoted|\d+-year-old|[a-z]+-year-old)) $")
#: Kinds whose names are bodies or platforms, which an article modifies with their own nouns
#: ("a State Department official", "a Facebook post"); the rule above is about outlets.
_NOT_COUNTED = frozenset({"government", "ngo", "think_tank", "academic", "platform"})


def _counted(outlet: OutletRef) -> bool:
    """The outlet is a news organisation, not a body, a think tank or a platform the table
    also holds (which no outlet rule concerns)."""
    return (outlet.kind or "").replace(" ", "_") not in _NOT_COUNTED
_MEDIA_NOUNS_TEXT = """
account accounts ad affiliate affiliates alum alumna alumnus analysis analyst analysts anchor
anchors app appearance article articles audience audiences award awards banner best-seller
bestseller blog blogger blogs breakfast broadcast broadcasts bulletin bureau bureaus byline
calculation calculations camera cameraman caption cartoon cartoonist cartoons channel chart
charts check chyron clip clips colleague colleagues column columnist columnists columns comment
commentator commentators comments compilation conference contributor contributors correction
correspondent correspondents count cover coverage crew critic critics crossword data database
dataset debate desk dinner dispatch dispatches documentary editor editorial editorials editors
employee employees endorsement essay estimate estimates event events examination excerpt
exclusive executive executives fact-check feature features feed festival footage forecast
forecasts forum freelancer gala graphic graphics guest headline headlines host hosts image
images inquiry intern interview interviewer interviews investigation investigations journalist
journalists leak letter list listener listeners lists livestream lunch luncheon map maps
message moderator newscast newsletter newsletters newsroom obituary op-ed opinion page panel
panelist partner photo photograph photographer photographers photographs photos piece pieces
podcast podcasts poll polling polls post posts presenter presenters prize probe producer
producers profile profiles program programme programs projection projections publisher query
ranking rankings reader readers reconstruction recording report reporter reporters reporting
reports representative representatives request retraction review reviews scoop scoops segment
segments series show shows site source sources special spokesman spokesperson spokeswoman staff
staffer staffers stories story stream stringer studio subscriber subscribers subscription
summit survey surveys tally team tip town tracker transcript truck tweet tweets user users van
veteran video videos viewer viewers website witness witnesses writer writers
"""
_MEDIA_NOUNS = frozenset(_MEDIA_NOUNS_TEXT.split())
_WORDS_AFTER = re.compile(r"(?:['’]s?)?((?: [a-z][a-z-]*){1,3})")


# Words that cannot be what an outlet's name modifies: after "a New Yorker who", "a Scotsman
# in", "like a Rolling Stone was", the name is the head of its phrase, a person or a thing.
_FUNCTION_WORDS_TEXT = """
who whom whose that which what when where while in on at of over under from with without by
for to into onto about after before since until and or but nor as than like was is were are
has had have will would can could may might must should shall did does do been be being
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def _common_noun_after_article(text: str, start: int, end: int, outlet: OutletRef) -> bool:
    """Is a name written without "the" counted here by an article ("a lifelong Oklahoman",
    "every Oregonian", "a New Yorker who") rather than naming the outlet?

    After the name: something an outlet makes or employs among the next three words ("a CNN
    poll", "a CNN legal analyst") makes it the outlet; a comma, the end, a function word or a
    participle ("a Scotsman in his 60s", "a native Washingtonian living abroad") makes it a
    person or a thing; any other word is a noun the outlet's name modifies after "a" ("a Fox
    News proposal") and a verb after "every", "each" or "any" ("every Coloradoan lives").
    """
    if not _counted(outlet):
        return False
    if text[start:start + 4] in ("The ", "the "):
        return False
    article = _ARTICLE_BEFORE.search(text, max(0, start - 24), start)
    if article is None:
        return False
    if end < len(text) and text[end] in "/-":
        return False  # "a Reuters/Ipsos poll", "a Washington Post-ABC News poll"
    if _NEXT_CAPITALISED.match(text, end):
        return False  # a longer name goes on ("a Fox News Digital report"): other rules decide
    following = _WORDS_AFTER.match(text, end)
    if following is None:
        return True  # "a lifelong Oklahoman," at a comma or at the end
    words = following.group(1).split()
    if any(word in _MEDIA_NOUNS for word in words):
        return False
    first = words[0]
    if first in _FUNCTION_WORDS or first.endswith(("ing", "ed")):
        return True
    return not article.group().lstrip(" \t\n(\"“").lower().startswith(("a ", "an "))


_PLURAL_AFTER = re.compile(r" ([a-z]+s)\b(?! (?:that|the|a|an|to|it|he|she|they|his|her|its|"
                           r"their|on|in|of|for|with|about|from|up|out)\b)")


def _modifies_a_plural(text: str, start: int, end: int) -> bool:
    """Is a one-word name here the first part of a compound ("Townhall meetings", "Jacobin
    clubs") rather than the outlet? A plural noun right after it that is nothing an outlet
    makes or employs ("CNN reporters", "Reuters calculations" stay the outlet), and no verb:
    a word in "-s" that an object, a clause or a preposition follows is the outlet's verb
    ("Yahoo reports that", "Politico says the")."""
    if " " in text[start:end] or text[max(0, start - 4):start].lower() == "the ":
        return False
    following = _PLURAL_AFTER.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    return not word.endswith("ss") and word not in _MEDIA_NOUNS and (
        word not in _KEEPS_THE_OUTLET)


# Words after an outlet's name, neither in "-s", "-ed", "-ing" nor "-ly", that keep it the
# outlet: its irregular verbs of news ("The Sun ran", "Reuters broke"), adverbs of time ("The
# Guardian today reported"), what it is ("The Oklahoman editorial board", "the Nikkei business
# daily"), who runs it ("CNN founder Ted Turner", "Post owner Jeff Bezos"), what it does as
# a business ("a Fox News proposal for a debate", "the RealClearPolitics average"), and the
# words that open the next clause or phrase ("told the Boston Herald he would", "told the
# Guardian outside the court", "CNN because", "mentioned CNN five times"). Checked over every
# PolNeAR article: of 3,565 names found before, two changed, both rightly.
# Of them, the nouns (what it is, who runs it, what it makes or does as a business): an
# outlet's name may modify them a word or two away ("the PBS medical drama", "the Washington
# Post fact checker")
_OUTLET_THINGS_TEXT = """
paper newspaper daily weekly magazine tabloid broadsheet edition department board network
station agency service outlet publication wire radio television drama sitcom comedy thriller
checker activist member model founder owner parent president chairman chairwoman chief boss
ceo head average proposal offer lawsuit policy style paywall archive headquarters media
"""
_OUTLET_THINGS = frozenset(_OUTLET_THINGS_TEXT.split())
_NOUN_KEEPS_THE_OUTLET_TEXT = """
said ran wrote broke found won led got put made took saw told sent gave spoke brought paid lost
kept began read cut set hit let quit spread shut struck stood held became came went sold bought
caught drew knew chose rose fell shown seen known done
today yesterday tonight earlier later first also last again then now still alone too once
never often already even just soon itself both all each either jointly together
front home co-founder chair suit fact
he she it we you i they them him her his their its our this these those there the a an no
whether why how what because although though unless whereas if so yet
far much very quite rather almost nearly right only ever instead
one two three four five six seven eight nine ten dozen half
shot fought threw hid beat built dealt drove fed felt fled forgot froze grew hung laid lent
lit meant met rode rang sang sank shook slept slid sought sped spent spun stole stuck swore
swept swung taught tore understood woke wore wept withdrew wound bet bid cast hurt split upset
did had use clash
within outside inside near across against along amid among around behind beyond during through
throughout toward towards upon via per despite versus
"""
_NOUN_KEEPS_THE_OUTLET = frozenset(_NOUN_KEEPS_THE_OUTLET_TEXT.split()) | _OUTLET_THINGS
_NOUN_AFTER = re.compile(r" ([a-z][a-z-]*)\b(?! [A-Z])(?!['’])((?: [a-z][a-z-]*){0,2})")


def _modifies_a_noun(text: str, start: int, end: int, outlet: OutletRef) -> bool:
    """Is the name here the modifier of a noun no outlet makes ("The Guardian angel statue",
    "Sousa's The Washington Post march", "a Bloomberg terminal") rather than the outlet? The
    word right after it is no verb (not in "-s", "-ed", "-ing", "-ly", nor one of the
    outlet's irregular verbs), no function word, no adverb of time, and neither it nor the two
    words after it is something an outlet makes, is or employs ("a CNN poll", "the Guardian's
    weekend edition", "the Oklahoman editorial board" stay the outlet). A lowercase word
    before a capitalised one is a particle of a longer name ("Bild am Sonntag"): other rules
    decide."""
    if not _counted(outlet):
        return False  # "a State Department official": bodies have their own rules
    following = _NOUN_AFTER.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    if (word in _FUNCTION_WORDS or word in _NOUN_KEEPS_THE_OUTLET or word in _MEDIA_NOUNS
            or word.endswith(("s", "ed", "ing", "ly"))):
        return False
    return not any(w in _MEDIA_NOUNS or w in GENERIC_OUTLET_NOUNS or w in _OUTLET_THINGS
                   for w in following.group(2).split())


# Words in "-s" after an outlet's name that keep it the outlet: what it is ("news"), makes or
# is read by, and the verbs it does its news with. Never the noun of a compound.
_KEEPS_THE_OUTLET_TEXT = """
news cameras photographers photos pages headlines viewers readers listeners subscribers
channels feeds platforms hours days weeks months years minutes seconds his its hers this
thus as us plus whereas
says reports notes writes adds claims shows finds reveals confirms states explains argues
suggests warns predicts estimates projects publishes posts tweets airs broadcasts runs has is
was does puts calls describes quotes cites tells asks agrees disputes denies insists hosts
"""
_KEEPS_THE_OUTLET = frozenset(_KEEPS_THE_OUTLET_TEXT.split())


# A name quoted on a market is a share or an index that bears it, not the outlet: "shares of
# Asahi", "Japan's Nikkei 225 index", "the Nikkei average gaining 400 points", "the Nikkei fell
# 1.8 percent". An outlet never rises or falls by a percentage, nor by hundreds of points (a
# polling average, "the RealClearPolitics average", moves by a few points and is no market).
_SHARES_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]tock|[Ss]tocks) (?:of|in) $")
_MARKET_AFTER = re.compile(
    r"(?: \d{1,4})?(?: (?:[Ii]ndex|[Ii]ndices|stock average|share average|futures|benchmark|"
    r"shares|stock|stocks)\b|(?: average| [Ii]ndex)? (?:fell|rose|gained|lost|closed|ended|"
    r"climbed|"
    r"slipped|dropped|jumped|tumbled|slid|surged|sank|rallied|edged|advanced|declined|added|shed|"
    r"falling|rising|gaining|losing|closing|ending|climbing|slipping|dropping|jumping|sliding)"
    r"(?: [a-z]+){0,2} (?:[\d.,]+ ?(?:%|percent|per cent)|(?:\d{3,}|\d{1,3},\d{3})(?:\.\d+)?"
    r" points?)\b)")


def _quoted_on_a_market(text: str, start: int, end: int) -> bool:
    """Is a name here a share or a stock index that bears it ("shares of Asahi", "the Nikkei
    225 index", "the Nikkei fell 1.8 percent") rather than the outlet?"""
    return bool(_SHARES_BEFORE.search(text, max(0, start - 16), start)
                or _MARKET_AFTER.match(text, end))


# A name that an apposition calls a work ("in The Guardian, a 2006 film", "The Post, Spielberg's
# drama") is the film, book or song of that title, not the outlet.
_WORK_AFTER = re.compile(
    r"[\"”’']?, (?:a|an|the|[A-Z][\w.]*['’]s?) (?:[\w'’-]+ ){0,3}(?:film|films|movie|novel|book|"
    r"memoir|song|single|album|play|musical|opera|painting|poem|sitcom|drama|thriller|comedy)\b")
# A staging, a screening or an adaptation of a name ("a new staging of Vanity Fair", "a
# screening of The Post"): the work of that title, not the outlet.
_WORK_BEFORE = re.compile(r"\b(?:staging|stagings|production|revival|adaptation|performance|"
                          r"screening|premiere|sequel|remake|translation) of (?:the |The )?$")
# A hyphen joining two capitalised words of a name ("Clarion-Ledger", "Courier-Journal")
_HYPHENED = re.compile(r"(?<=[a-z])-(?=[A-Z][a-z])")
# A name that an apposition calls a person ("Mother Jones, the labor organizer") is that
# person, not the outlet.
_PERSON_AFTER = re.compile(
    r", (?:a|an|the) (?:[\w'’-]+ ){0,3}(?:organizer|organiser|activist|singer|songwriter|"
    r"rapper|poet|novelist|painter|composer|musician|saint|missionary|preacher|abolitionist|"
    r"suffragist|suffragette|revolutionary|philosopher|inventor|explorer|politician|actor|"
    r"actress|comedian|athlete|footballer|boxer|wrestler|queen|king|emperor|general)"
    # an apposition ends there; ", the inspector general had opened" is the next clause
    r"(?=[,.;:)]|$| (?:in|of|on|at|from|who|whose|known|born)\b)")
# A name made like a word for a person ("The Scotsman", "The Oklahoman") that a relative "who"
# follows ("The Scotsman, who led by two shots"): that person (news writes "who" of bodies
# too, "Human Rights Watch, who", so only such names).
_WHO_AFTER = re.compile(r",? who\b")
_PERSON_ENDINGS = ("an", "er")  # "Scotsman", "Oklahoman", "Oregonian", "New Yorker"
# An index or survey named after the outlet that publishes it ("the Caixin manufacturing PMI",
# "the Nikkei 225"): a market figure, not the outlet speaking.
_INDEX_AFTER = re.compile(r" (?:(?:manufacturing|services|composite|general) )?(?:PMI|index|"
                          r"Index)\b")
# A name that an apposition calls a body of another trade ("Focus on the Family, the Colorado
# Springs ministry", "Sinai, the Manhattan hospital") is that body, not the outlet.
_BODY_AFTER = re.compile(
    r", (?:a|an|the) (?:[\w'’-]+ ){0,3}(?:ministry|church|congregation|charity|hospital|"
    r"university|college|school|bank|lender|insurer|retailer|carmaker|automaker|airline|"
    r"brewery|winery|restaurant|hotel|casino|museum|orchestra|band|choir|team|club|"
    r"franchise|foundation|union|party|militia|mosque|temple|synagogue|monastery|operator|"
    r"utility|town|city|village|suburb|county|district|province|municipality)"
    r"(?=[,.;:)]|$| (?:in|of|on|at|near|based|founded|that|which|where)\b)")
# An acronym a party goes by ("AAP leader Arvind Kejriwal", "Singapore's ruling PAP", "the AP
# chief minister"): the party or the state, not the news agency that shares the letters
_PARTY_AFTER = re.compile(r" (?:leaders?|chief ministers?|ministers?|lawmakers?|legislators?|"
                          r"MPs?|MLAs?|candidates?|cadres|government|chief)\b(?! (?:of|at)\b)")
_PARTY_BEFORE = re.compile(r"\b(?:[Rr]uling|[Oo]pposition|[Gg]overning) (?:the )?$")


def _party(text: str, start: int, end: int, outlet: OutletRef) -> bool:
    """Is an outlet's acronym here a party or a state that shares its letters?"""
    if not _counted(outlet):
        return False  # "U.N. leaders", "NAACP leaders": the body itself
    name = text[start:end].removeprefix("the ").removeprefix("The ")
    if not (name.isupper() and 2 <= len(name) <= 5):
        return False
    after = _PARTY_AFTER.match(text, end)
    if after is not None and after.group(0).strip() == "chief" and not text.startswith(
            " chief minister", end):
        return False  # "AP chief Gary Pruitt": the agency's chief
    return after is not None or _PARTY_BEFORE.search(text, max(0, start - 12), start) is not None


# A thing the name is given to, written just before it ("Castro's yacht Granma", "the racehorse
# Independent"): the thing, not the outlet.
_THING_BEFORE = re.compile(
    r"\b(?:yacht|ship|vessel|boat|ferry|tanker|submarine|frigate|destroyer|carrier|horse|"
    r"racehorse|dog|cat|film|movie|album|song|novel|book|band|restaurant|hotel|brand|app|"
    r"game|robot|satellite|rocket|spacecraft|probe|aircraft|plane|jet|locomotive|train|"
    # a sports side ("Quito side El Nacional", "the club Olympia")
    r"side|club) "
    r"(?:the |The )?$")
# A person's calling before a name ("the labor organizer Mother Jones", "the activist ..."):
# the person, not the outlet; and "New" before a name the table holds begins a longer masthead
# it does not hold ("The New Indian Express" is not The Indian Express).
_PERSON_ROLE_BEFORE = re.compile(
    r"\b(?:organizer|organiser|activist|singer|actor|actress|rapper|poet|novelist|comedian|"
    r"painter|sculptor|saint|preacher|evangelist) (?:the )?$")
_LONGER_MASTHEAD_BEFORE = re.compile(r"(?:^|[^\w])New $")
# A name something or someone else is known by ("Mary Harris Jones, better known as Mother
# Jones", "known as Mother Jones"): that one, not the outlet, unless an outlet noun says what it
# is ("a weekly known as") or it is the outlet's own former name ("HLN, once known as CNN
# Headline News")
_NICKNAME_BEFORE = re.compile(
    r"(?<!paper )(?<!newspaper )(?<!daily )(?<!weekly )(?<!magazine )(?<!website )(?<!channel )"
    r"(?<!station )(?<!once )(?<!formerly )(?<!previously )(?<!now )"
    r"\b(?:(?:(?:better|also|widely|popularly) )?known as|nicknamed|"
    # a writer's or a performer's other name ("wrote under the pen name Clarín")
    r"(?:pen|stage|code|assumed) name|pseudonym) (?:the )?$")
_NEXT_CAPITALISED = re.compile(r" ([A-Z][a-z][\w-]*)")
_OF_A_NAME = re.compile(r" of (?:the )?[A-Z][a-z]")
_IN_THE_NAME = re.compile(r" (?:on|in|of|under) the [A-Z][a-z]+\b(?! (?:said|says|reported))")
# What a surname's bearer has, after a one-word name ("the Bloomberg administration", "The
# Snopes family"): the person, not the outlet.
_PERSON_HAS = re.compile(r" (?:family|families|administration|campaign|presidency|era|estate|"
                         r"dynasty|household|clan|brothers|sisters|heirs|fortune)\b")
_CAPITALISED_RUN = re.compile(r"(?: (?:[A-Z][a-z][\w-]*|of|and|for|&)){1,5}")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Capitalised words that may follow an outlet's name without making it part of another name:
# the day or month a report is dated ("told Reuters Tuesday"), and what the outlet itself
# publishes or employs ("Fox News Sunday", "Bloomberg Opinion", "the Washington Post Editorial
# Board", "Politico Magazine", "the Associated Press Stylebook").
_NAME_GOES_ON_TEXT = """
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Magazine Opinion Editorial Digital Online
Radio Television Live International Weekly Investigates Newsroom Podcast Network Staff Writer
Reporter Correspondent Columnist Editor Arabic English Europe Asia Africa Stylebook Poll Graphics
Daily Fact Tonight Weekend
"""
_NAME_GOES_ON = frozenset(_NAME_GOES_ON_TEXT.split())
# What a longer proper name that begins with a name of several words ends in, when that name is
# not the outlet: a body or a place ("the National Review Board", "Morning Star Baptist Church",
# "the Times Union Center"). Without one the words after are the outlet's own ("Fox News
# Channel White House correspondent", "the Los Angeles Times Daybreak poll").
_INSTITUTION_HEADS_TEXT = """
Academy Arena Association Avenue Bank Board Building Cathedral Center Centre Chapel Church Club
College Commission Committee Company Corporation Council Court Field Foundation Fund Hall
Hospital Institute Institution Library Mosque Museum Panel Park Party Road School Society
Square Stadium Street Synagogue Temple Theater Theatre Tower Trust University Markets Securities
Holdings Partners Airlines Airways
Beverages Brewery Breweries Foods Motors Steel Cement Textiles Pharmaceuticals Petroleum Mining
Shipping Logistics Industries Enterprises
Tour Cup Prize Awards Festival Marathon Trophy Classic Games Race Summit Proms
Hotel Hotels Resort Airport Station Bridge Prison Clinic Mall Plaza Pavilion Amphitheater
Amphitheatre Ballpark
"""
_INSTITUTION_HEADS = frozenset(_INSTITUTION_HEADS_TEXT.split())


def _heads_longer_name(text: str, start: int, end: int, outlet: OutletRef | None = None
                       ) -> bool:
    """Is a name that ends in a plain capitalised word the first part of a longer proper name
    here? A one-word name ("The Independent", "Harper's") is, before any capitalised word but a
    date or the outlet's own section ("The Independent Review Panel", "Harper's Bazaar"); a name
    of several words ("National Review", "Morning Star") only before a run of capitalised words
    that ends in a body or a place ("the National Review Board", "Morning Star Baptist
    Church"), and never for a body, whose longer names are its own organs ("the United Nations
    Security Council", "the State Department Refugee Processing Center"). A line in title case
    (a headline) proves nothing and is let through."""
    core = text[start + 4:end] if text[start:start + 4] in ("The ", "the ") else text[start:end]
    last = core.split(" ")[-1].replace("’", "'").removesuffix("'s")
    if core.isupper() and core.isalpha() and 2 <= len(core) <= 6:
        # "RBC Capital Markets", "CNN Center": an acronym heading a longer name of a body (a
        # body's own organs keep it: "the UN Security Council")
        if outlet is not None and not _counted(outlet):
            return False
        run = _CAPITALISED_RUN.match(text, end)
        return run is not None and bool(_INSTITUTION_HEADS & set(run.group().split()))
    if " " not in core and "-" in last:
        # "the Al-Thawra Hospital in Hodeidah": a hyphenated name heading a body's or a
        # place's own name
        run = _CAPITALISED_RUN.match(text, end)
        return run is not None and run.group().split()[0] in _INSTITUTION_HEADS
    if not (last.isalpha() and last[0].isupper() and last[1:].islower()):
        return False
    if " " not in core and core != text[start:end] and _OF_A_NAME.match(text, end):
        return True  # "The Age of Innocence", "The Hill of Tara": a title of its own
    if " " not in core and _IN_THE_NAME.match(text, end):
        return True  # "Focus on the Family", "the Rumble in the Jungle"
    following = _NEXT_CAPITALISED.match(text, end)
    if not following or following.group(1) in _NAME_GOES_ON:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    # a title-case line writes every word but the small ones with a capital: one content
    # word in lower case ("The Spectator Bird won the ...") makes it a sentence
    title_case = not any(w[0].islower() and w not in _TITLE_SMALL_WORDS
                         for w in _WORD.findall(line))
    if title_case and (outlet is None or (outlet.kind or "").replace(" ", "_") not in (
            _NOT_COUNTED)):
        # a headline: the outlet is its subject when a verb follows ("Reuters Says",
        # "Washington Post Hires ..."; any word in -s or -ed may be one) or its work does
        # ("Haaretz Investigation"); before any other word ("Roll Call Vote Delayed", "Daily
        # Mail Delivery to End", "The Blaze That Took Paradise") the name heads a longer one
        word = following.group(1).lower()
        if word.endswith("s") and word not in lx.CUE_VERB_FORMS and (
                _PLURAL_SUBJECT.match(text, following.end())):
            return True  # "National Interest Waivers Surge": a plural noun, then its verb
        return word not in lx.CUE_VERB_FORMS and word not in _TITLE_SMALL_WORDS and (
            word not in _MEDIA_NOUNS  # "Haaretz Investigation Finds ...": its own work
        ) and not word.endswith(("s", "ed")) and (  # "Washington Post Hires ...": a verb
            word not in _HEADLINE_VERBS)
    if " " in core:
        if outlet is not None and not _counted(outlet):
            return False
        run = _CAPITALISED_RUN.match(text, end)
        if run is None or not _INSTITUTION_HEADS & set(run.group().split()):
            return False
    return True


# A news outlet's name described as another kind of body after it ("the CBS, the Dutch
# statistics office", "The AJC, a Jewish advocacy group"), or a company's trade before it
# ("Portuguese telecom operator NOS"): that body or company. Only for the table's news
# outlets: a think tank or a campaign group of the table is such a body ("the Cato Institute,
# a libertarian policy group") and stays itself.
_OTHER_BODY_AFTER = re.compile(
    r", (?:a|an|the) (?:[\w'’-]+ ){0,3}(?:office|bureau|institute|authority|regulator|watchdog|"
    r"(?<!news )(?<!media )(?<!press )(?<!publishing )(?:agency|group|organi[sz]ation))"
    r"(?=[,.;:)]|$| (?:in|of|on|at|near|based|founded|that|which|where)\b)")
_TRADE_BEFORE = re.compile(r"\b(?:operator|telco|insurer|lender|[a-z]*maker|airline|"
                           r"retailer|miner|brewer|brand|label|start-?up) $")
# A body's description set before the name as its apposition ("Nigeria's broadcasting
# regulator, the NBC, fined ..."): that body, as the description after it says.
_OTHER_BODY_BEFORE = re.compile(
    r"\b(?:regulator|watchdog|commission|authority|ministry|council|party|union|tribunal), "
    r"(?:the )?$"
    # "Dutch statistics office CBS said": the office before its own short name
    r"|\b(?:statistics|statistical|census|audit|planning|patent|tax) (?:office|bureau) $")


def _another_kind_of_body(text: str, start: int, end: int, outlet: OutletRef) -> bool:
    if not _counted(outlet):
        return False
    return _OTHER_BODY_AFTER.match(text, end) is not None or (
        _TRADE_BEFORE.search(text, max(0, start - 16), start) is not None) or (
        _OTHER_BODY_BEFORE.search(text, max(0, start - 24), start) is not None)


# The outlet names that are also ISO 4217 currency codes (the Nepalese rupee, the Ethiopian
# birr), found by comparing the table's names with the code list: before an amount ("a kilo of
# tomatoes sold for NPR 180") they are money, not the broadcaster.
_CURRENCY_CODES = frozenset({"NPR", "ETB"})
_AMOUNT_AFTER = re.compile(r" ?\d")


def _a_currency_amount(text: str, start: int, end: int) -> bool:
    return text[start:end] in _CURRENCY_CODES and _AMOUNT_AFTER.match(text, end) is not None


# "AP Biology", "AP Calculus exams": an Advanced Placement course of American schools, not
# the Associated Press ("AP courses", "AP exams" are nouns the plural and noun rules catch).
_COURSE_AFTER = re.compile(
    r" (?:Biology|Calculus|Chemistry|Physics|English|History|Psychology|Statistics|Economics|"
    r"Macroeconomics|Microeconomics|Government|Spanish|French|German|Latin|Chinese|Japanese|"
    r"Literature|Language|Art|Music|Computer|Environmental|Human|World|European|U\.S\.|"
    r"United States|Seminar|Research|Precalculus)\b")


# Acronyms of outlets that are, before these words, the common thing of the same letters:
# "AP Biology" (an Advanced Placement course), "CCTV footage showed the suspect" (closed-circuit
# television, not China's broadcaster), "UPI transactions topped 18 billion" (India's payments
# interface, not the wire).
_COMMON_USES = {
    "AP": _COURSE_AFTER,
    "CCTV": re.compile(r" (?:footage|cameras?|images?|recordings?|systems?|monitors?|"
                       r"operators?|stills?)\b"),
    "UPI": re.compile(r" (?:transactions?|payments?|apps?|IDs?|platform|network)\b"),
}


def _common_use_of_acronym(text: str, start: int, end: int) -> bool:
    after = _COMMON_USES.get(text[start:end])
    return (after is not None and after.match(text, end) is not None) or (
        bare_wire_with_article(text, start, end))


# The company that owns the outlet, written with its legal form ("Shares of The New York
# Times Co. rose"), is the company: the business news is about it, not the paper's reporting.
# A hyphen gluing the name to a lowercase word that is not a participle makes one compound
# word: "Chosun-era palaces", "a Fox-style format" ("a BBC-commissioned poll", "WABC-TV" and
# "an AP-NORC poll" keep the outlet).
_COMPOUND_AFTER = re.compile(r"-(?![a-z]+(?:ed|ing)\b)[a-z]+\b")
# A hyphen gluing the name to a capitalised word makes another name ("La Croix-Valmer", a
# town; "RT-PCR tests") unless a poll follows ("an AP-GfK poll", "the NBC-Wall Street Journal
# poll": the outlet's poll with its partner)
_CAPITAL_COMPOUND_AFTER = re.compile(r"-[A-Z][\w’'&.]*(?![\w’'&.])(?!(?:[\s-]+\S+){0,4}?\s+"
                                     r"(?:[Pp]olls?|[Ss]urveys?)\b)")
# A team of the same name with its result ("El Nacional beat Barcelona SC 2-1", "drew 1-1
# with"): a verb of a match and a score in the clause after the name ("Bloomberg drew 13
# percentage points" has none)
_MATCH_RESULT_AFTER = re.compile(r" (?:beat|beats|drew|draw|defeated|defeat|lost|edged|"
                                 r"thrashed|routed|held)\b[^.;]{0,60}?\b\d{1,2}-\d{1,2}\b")


def _exclaimed(text: str, start: int, end: int) -> bool:
    """The name alone in quotation marks with an exclamation mark ("Axios!", chanted at a
    bishop's enthronement): a word called out, no outlet."""
    return text[end:end + 1] == "!" and start > 0 and text[start - 1] in "\"'“‘"


_COMPANY_AFTER = re.compile(r"(?: (?:Co|Corp|Inc|Ltd|Plc|PLC|LLC|LP|AG|GmbH)\b\.?| L\.P\.|"
                            r" Company\b| and General Trust\b)")
# "The Independent candidate for governor": the politics' independent, not the paper
_INDEPENDENT_POLITICS = re.compile(r" (?:candidate|candidates|senator|senators|lawmaker|"
                                   r"lawmakers|voters?|party|members?|councill?ors?|MPs?|"
                                   r"legislators?|bid|run|campaign|ticket|caucus)\b")
# A name inside a longer Romance-language proper name ("Museo de Arte de Ponce", "Piazza della
# Repubblica"): the particle follows a capitalised word.
_FOREIGN_NAME_PARTICLE = re.compile(r"\b[A-Z][\w'’-]+ (?:de|del|della|delle|dei|di|da|do|dos|"
                                    r"das|du|des|de la|de las|de los|van der|van den|von der|"
                                    r"de l['’]) ?$")
# A German name run on by a particle ("Zeit im Bild", Austrian television's news; Arvo Pärt's
# "Spiegel im Spiegel"): the outlet's name is a word of a longer name; its Sunday edition ("Bild
# am Sonntag", "Welt am Sonntag") is still the paper
_GERMAN_NAME_PARTICLE_BEFORE = re.compile(r"\b[A-Z][\w'’-]+ (?:im|am|zum|zur|vom) $")
_GERMAN_NAME_PARTICLE_AFTER = re.compile(r" (?:im|am|zum|zur|vom) (?!Sonntag\b)[A-Z]")
# A condition or a disease written in capitals ("every case of AFP", acute flaccid paralysis;
# "diagnosed with SVT"): the letters are the illness, never the outlet
_CONDITION_BEFORE = re.compile(r"\b(?:cases? of|diagnosed with|treated for|suffer(?:s|ed|ing)? "
                               r"from|symptoms of|screened for|tested positive for|"
                               r"vaccinated against|outbreaks? of)\s+$", re.IGNORECASE)
# A name that opens with a French, German, Spanish or Italian article and runs on with a
# lowercase word of that language ("Le Temps des cerises", "Die Welt als Wille und
# Vorstellung"): the title of a song or a book, not the paper.
_FOREIGN_ARTICLE = re.compile(r"(?:Le|La|Les|Die|Der|Das|El|Los|Las|Il|Lo) ")
_FOREIGN_TITLE_GOES_ON = re.compile(r" (?:des|du|de|als|und|der|dem|del|della|di|et|y)\b")
_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z]{2,6})\)")
_INITIAL_WORDS = re.compile(r"[A-Z][\w-]*|of|the|and|for|on|de|&")


_OR_BEFORE = re.compile(r"(?:, or |\()$")


def _defines_a_common_term(text: str, start: int, end: int) -> bool:
    """An acronym that abbreviates the lowercase words just before it ("a complete blood
    count, or CBC", "the annual percentage rate (APR)"): the term, not an outlet."""
    acronym = text[start:end]
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 5):
        return False
    before = text[max(0, start - 120):start]
    lead = _OR_BEFORE.search(before)
    if lead is None:
        return False
    words = re.findall(r"[A-Za-z][\w-]*", before[:lead.start()])
    initials = ""
    for word in reversed(words):
        if not word.islower():
            return False
        initials = word[0].upper() + initials
        if initials == acronym:
            return True
        if len(initials) >= len(acronym):
            return False
    return False


def spelled_out(text: str, start: int, end: int) -> str | None:
    """The name an acronym in parentheses stands for, written just before it ("The American
    Psychiatric Association (APA)", "Taiwan's Central News Agency (CNA)"), or None."""
    if start == 0 or text[start - 1] != "(" or text[end:end + 1] != ")":
        return None
    acronym = text[start:end]
    if not _ACRONYM_IN_PARENS.fullmatch(text, start - 1, end + 1):
        return None
    words = text[max(0, start - 120):start - 1].split()
    initials = ""
    taken: list[str] = []
    for word in reversed(words):
        if not _INITIAL_WORDS.fullmatch(word):
            break
        taken.insert(0, word)
        if word[0].isupper():
            initials = word[0] + initials
        if initials == acronym:
            return " ".join(taken)
        if len(initials) > len(acronym):
            break
    return None


# Words after an outlet's name in a title-case headline that make it the headline's subject:
# past tenses not in -ed, modals and adverbs ("Fox News Just Uncovered", "Washington Post Hit
# Piece", "CNN Will Host").
# A headline verb in its base form or in -ed after a plural noun ("... Veterans Brace for",
# "... Schools Brace", "... Waivers Surge"): the plural is the subject, so the name before it
# only modifies it.
_PLURAL_SUBJECT = re.compile(
    r" (?:Brace|Surge|Soar|Rise|Fall|Face|Fear|Seek|Push|Plan|Vow|Warn|Urge|Rally|Struggle|"
    r"Scramble|Flock|Flee|Return|Protest|Demand|Welcome|Await|Grapple|Prepare|Celebrate|Mourn|"
    r"Strike|Unite|Split|Clash|Win|Lose|Slump|Plunge|Jump|Climb|Drop|Gather|Weigh|Sue|Say|"
    r"Worry|Wait|Need|Want|Get|Take|Make|See|Find|Look|Turn|Call|Fight|Oppose|Back|Head|"
    r"[A-Z][a-z]+ed)\b")
_HEADLINE_VERBS_TEXT = """
hit cut put set let won lost took made got gave held kept left met ran sent spent told went came
became began broke bought brought caught chose drew fell fought found grew hid knew led paid
quit rose saw sold shut stood struck threw wore wrote just also now still again finally will
can must may might could would should to
"""
_HEADLINE_VERBS = frozenset(_HEADLINE_VERBS_TEXT.split())
_TITLE_SMALL_WORDS_TEXT = """
a an the and or nor but for of in on at to by with from as vs via per into onto over than
"""
_TITLE_SMALL_WORDS = frozenset(_TITLE_SMALL_WORDS_TEXT.split())


def _is_generic(written: str) -> bool:
    """"the paper", "The Paper", "the agency": a generic outlet noun after "the"."""
    low = written.lower()
    return low.startswith("the ") and low[4:] in GENERIC_OUTLET_NOUNS


# A line with capitals and no lowercase letter (ASCII is enough to tell a shouting headline).
_SHOUTING_LINE = re.compile(r"^[^a-z\n]*[A-Z][^a-z\n]*$", re.MULTILINE)
