"""Names an outlet goes by in running text, derived from the name a rating set writes.

The extractor resolves a name wherever it appears in an article, so a name that is also an
ordinary word ("Post", "Star", "National Radio") or a country ("Turkmenistan", a newspaper too)
must never resolve alone. The rules, in order:

- a written name is cleaned of list markers and qualifiers: "Print: China Business News" is
  "China Business News"; "ABC News (United States)" and "TED (conference)" are "ABC News" and
  "TED" (a lowercase word in brackets says what the thing is); "People's Daily (Renmin
  Ribao)" is "People's Daily" and also "Renmin Ribao";
- a leading "The" becomes the lowercase form the directory expects ("the Columbus Dispatch"),
  and the name without it is kept ("Columbus Dispatch");
- a name is **ambiguous** (found, never resolved without context) when it is one word that is
  not a coined brand (a coined brand has a digit or a capital inside: "MLive", "HuffPost"),
  when every word is a generic media word, a number or a nationality ("Daily News",
  "Channel 30", "South African"), when it is a channel number in any language, written as one
  word or two ("TV4", "TV 2", "Canal 13", "Kanal 7", "24TV": Sweden's TV4 and Turkey's, Chile's
  Canal 13 and Costa Rica's), or when two outlets share it;
- a country's or a place's name ("New York", a magazine's too), or a name under three
  characters, is no alias at all;
- a paper named for its place with a hyphenated masthead ("St. Louis Post-Dispatch", "The
  Atlanta Journal-Constitution") is also written by the masthead alone, as news does on second
  reference ("the Post-Dispatch", "the Journal-Constitution"); two papers with one masthead
  ("Erie Times-News", "Times-News" of Twin Falls) share it, so it resolves for neither;
- a station's call sign with its service ("WXIA-TV") is also written alone ("WXIA"), and
  resolves unless two records claim it or it is an English word ("KING", "WAVE").

Curated records keep the aliases the team wrote; these rules only fill in the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from service.ratings import countries

#: Words that name what an outlet is, not which: a name made of these alone is not distinctive.
_GENERIC_TEXT = """
a an and of the in on for de la le el al du des der die das di da do
news new daily weekly monthly morning evening sunday today tonight times time post mail star sun
globe journal herald tribune gazette chronicle courier press register record review report
reporter observer monitor standard telegraph guardian independent mirror express examiner
inquirer enquirer bulletin dispatch sentinel leader citizen nation national state public
people republic voice world international global local city county regional radio television
tv channel network broadcasting broadcast broadcaster station fm am media agency service
information info online digital net web live hd one two three first 1 2 3 4 5 24 plus magazine
newspaper paper editorial press-agency center centre institute foundation association council
union office ministry government official free true real open union focus insight view views
watch update updates alert alerts wire source sources central north south east west northern
southern eastern western capital metro community
african american asian european arab arabian latin hispanic british english scottish welsh irish
french german russian chinese japanese korean indian pakistani iranian iraqi syrian turkish
israeli palestinian egyptian saudi mexican canadian australian spanish italian polish ukrainian
greek dutch swedish norwegian danish finnish brazilian cuban nigerian kenyan catholic christian
jewish muslim islamic
seven days far out fresh soap box green papers human events our heat street best real deal
smoking gun hot air third way big think era now urban retro famous birthdays maps exchange
dictionary financial military legal business political lead stories vision
"""
#: Places a name can be written as ("New York" is a magazine's name too): never an alias.
_PLACES_TEXT = """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|
Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|
Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|
New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|
Wisconsin|Wyoming|New York City|Los Angeles|San Francisco|Kansas City|Hong Kong|New Delhi|
Abu Dhabi|Buenos Aires|Sao Paulo|Tel Aviv|Cape Town|Rio de Janeiro|Mexico City|Quebec|Ontario|
Scotland|Wales|England|Europe|Africa|Asia|America|Latin America|Middle East|Gulf|Crimea|Donbas|
Kashmir|Gaza|West Bank|Jerusalem|Moscow|Beijing|Washington DC|Silicon Valley|Wall Street
"""
GENERIC_WORDS = frozenset(_GENERIC_TEXT.split())
#: The articles and prepositions among them, which make no masthead ("Al-Manar").
_ARTICLES = frozenset(_GENERIC_TEXT.split("\n")[1].split())

#: A channel number and nothing else ("TV4", "TV 2", "Canal 13", "Kanal 7", "1TV", "24TV"):
#: broadcasters in many countries go by the same one, and the sets name only some of them.
_CHANNEL_NUMBER = re.compile(
    r"^(?:(?:tv|canal|kanal|kanali|channel|tele|télé)[ -]?\d{1,3}|\d{1,3}[ -]?(?:tv|tele))$",
    re.IGNORECASE)
#: A list marker before the name ("Print: ...", "News agency: ...", "Print media: ...").
_PREFIX = re.compile(r"^[A-Za-z][A-Za-z ]{0,24}:\s+")
_QUALIFIER = re.compile(r"\s*\(([^()]*)\)\s*")
#: Parenthesised words that qualify a name rather than give another name for it.
_QUALIFIER_WORDS = re.compile(
    r"^(?:website|company|magazine|newspaper|journal|publisher|news agency|agency|tv channel|"
    r"channel|tv network|radio|television|broadcaster|blog|podcast|organi[sz]ation|think tank|"
    r"united states|us|usa|uk|united kingdom|british|american|australia|australian|canada|"
    r"canadian|india|indian|ireland|irish|english|french|german|spanish|arabic|russian|"
    r"chinese|in english|english edition|\d{4}(?:[-–]\d{0,4})?(?:-present)?|.*\bnewspaper\b.*|"
    r".*\bwebsite\b.*|.*\bmagazine\b.*|(?:control|controlled|owned|run|part|formerly|"
    r"since|affiliated|under|merged)\b.*)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    places = (p.strip() for p in _PLACES_TEXT.replace("\n", "").split("|"))
    return frozenset(name.casefold() for name in (*countries.names(), *places) if name)


def split_written(written: str) -> list[str]:
    """A set's written name as the names it contains: the main one first."""
    text = " ".join(written.replace("\u2019", "'").split())
    text = _PREFIX.sub("", text).strip(" ,;")
    others: list[str] = []
    for inner in _QUALIFIER.findall(text):
        inner = inner.strip()
        # "TED (conference)", "Blogger (service)": a lowercase word in brackets says what
        # the thing is, as an encyclopedia's title does; another name is capitalised
        if inner and not _QUALIFIER_WORDS.match(inner) and not inner.islower():
            others.append(inner)
    main = _QUALIFIER.sub(" ", text)
    main = " ".join(main.replace("(", " ").replace(")", " ").split()).strip(" ,;:-")
    out = [n for n in (main, *others) if n]
    return list(dict.fromkeys(out))


def _bare(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name


def is_distinctive(name: str) -> bool:
    """May this name resolve on its own, wherever it appears?"""
    bare = _bare(name)
    folded = bare.casefold()
    if folded in _country_names() or len(bare) < 3 or _CHANNEL_NUMBER.match(bare):
        return False
    words = re.findall(r"[\w'&.-]+", bare)
    if len(words) == 1:
        word = words[0]
        coined = any(ch.isdigit() for ch in word) or (
            any(ch.islower() for ch in word) and any(ch.isupper() for ch in word[1:]))
        return coined and word.casefold() not in GENERIC_WORDS
    return not all(w.casefold().strip(".'") in GENERIC_WORDS or w.isdigit() for w in words)


def text_forms(name: str) -> list[str]:
    """The forms a name is written in: "The X" as "the X" and "X"."""
    if name[:4].lower() == "the " and len(name) > 4:
        return [name[4:], "the " + name[4:]]
    return [name]


def masthead_short_forms(name: str) -> list[str]:
    """The masthead alone of a paper named for its place: "St. Louis Post-Dispatch" gives
    "Post-Dispatch" and "the Post-Dispatch". The masthead is one hyphenated word of capitalised
    parts, one of them a media word; what goes before it is the place, capitalised words none
    of which is itself a media word or an acronym (so "State Journal-Register", "Press &
    Sun-Bulletin" and "NHK World-Japan", whose first words are part of the title, give
    nothing)."""
    words = _bare(" ".join(_QUALIFIER.sub(" ", name).split())).split(" ")
    if len(words) < 2:
        return []
    masthead, place = words[-1], words[:-1]
    parts = masthead.split("-")
    if len(parts) < 2 or not all(part[:1].isupper() and part.isalpha() for part in parts):
        return []
    if not any(part.casefold() in GENERIC_WORDS - _ARTICLES for part in parts):
        return []  # "Al-Manar", "Al-Awsat": an article joined to a name, not a masthead
    if not all(w[:1].isupper() and not w.isupper() and w.casefold().strip(".") not in (
            GENERIC_WORDS - {"city"}) for w in place):
        return []  # a title ("State", "Press &") or a brand ("NHK World-Japan"), not a place
    return [masthead, "the " + masthead]


#: A broadcaster's call sign with its service ("WXIA-TV", "WBUR-FM", "KUSA-TV").
_CALL_SIGN = re.compile(r"^([KW][A-Z]{2,3})-(?:TV|FM|AM|DT|LD|CD|HD)$")


#: Call signs that are English words: alone, in a headline in capitals, they are the word.
_WORD_CALL_SIGNS_TEXT = """
war was way web wed wet who why win wit woe won kid kit key keg
king kind kick kill kiss kite knee knew knit knot know keep kept kids kits keen kale kelp kilt
kiln wave wear wood wish wink wind wild well walk want wash wall warm warn wars wary ways weak
wean weed week weep were west what when whip whom wide wife will wilt wine wing wins wipe wire
wise with woes woke wolf wore word work worm worn wove wrap writ wake ware wade wage wait wand
ward wasp watt weld went wept whey wick wiki wily wimp wiry womb wool wren kerb keys kind kins
"""
_WORD_CALL_SIGNS = frozenset(_WORD_CALL_SIGNS_TEXT.split())


def call_sign_short_forms(name: str) -> list[str]:
    """A station named by its call sign and service is written by the call sign alone as well
    ("WXIA-TV" is "WXIA reported"), unless the call sign is an English word ("KING-TV")."""
    match = _CALL_SIGN.match(name.strip())
    if match is None or match.group(1).lower() in _WORD_CALL_SIGNS:
        return []
    return [match.group(1)]


def is_usable(name: str) -> bool:
    """Can this be an alias (distinctive or not)? Countries and fragments cannot."""
    bare = _bare(name).strip()
    return len(bare) >= 3 and bare.casefold() not in _country_names() and not bare.isdigit()
