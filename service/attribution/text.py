"""Plain text from HTML, and the text's layout: paragraphs, sentences, tokens and quotes.

All offsets are code-point offsets into the text, end exclusive. Every scan here is linear:
regexes have no nested quantifiers over overlapping classes, and look-arounds are bounded.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import partial
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser

_DROPPED_TAGS = (
    "script,style,nav,header,footer,aside,noscript,template,iframe,svg,form,button,select,"
    "object,embed,canvas,head"
)
_BLOCK_TAGS = (
    "p,h1,h2,h3,h4,h5,h6,li,blockquote,div,section,article,main,tr,td,th,figcaption,pre,dd,"
    "dt,ul,ol,table,figure,hr,address,details,summary,caption"
)
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")


# Elements that never hold others, or that the parser closes by itself when the next one opens
# (an unclosed <p> or <li> does not deepen a page); only the rest count towards depth.
_FLAT_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "rb", "rt", "rtc", "rp", "colgroup", "tbody", "thead", "tfoot",
})
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,31})[^<>]{0,2000}?(/?)>")


def html_nesting_depth(html: str) -> int:
    """How deep the page's elements nest, from its tags alone, in one linear pass. The HTML
    parser's time grows with the square of the depth, so a depth no page has is refused
    before parsing."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if name.lower() in _FLAT_TAGS or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def html_to_text(html: str) -> str:
    """Readable text of an HTML page: one paragraph per block, page furniture dropped."""
    tree = LexborHTMLParser(html)
    for node in tree.css(_DROPPED_TAGS):
        node.decompose()
    for node in tree.css("br"):
        node.replace_with("\n")
    for node in tree.css(_BLOCK_TAGS):
        node.insert_before("\n\n")
        node.insert_after("\n\n")
    root = tree.body or tree.root
    raw = root.text(deep=True) if root is not None else ""
    lines = [_SPACES.sub(" ", line).strip() for line in raw.split("\n")]
    joined = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", joined).strip()


# --- tokens ---------------------------------------------------------------------------------

# A full stop between a lowercase letter and a capitalised word ("said.Trump", a missing
# space) ends the word; inside "U.S" or "e.g" it does not.
# A figure with thousands separators ("100,000", "1,250.5") is one token: its commas are no
# clause boundary.
# Invisible format characters (a soft hyphen, zero-width spaces, a byte-order mark) are no
# tokens: "Doug \u00adAndres" is two words, and "Ameri\u00adcan" one.
# A name may end on a plus ("OPEC+", "Disney+", "Canal+"): one word.
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|"
                    # an amount written with its currency's letters ("Sh180,000", "Rs1,200",
                    # "N2,500"): one word, so its comma opens no aside
                    r"[A-Z][A-Za-z]{0,2}\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|"
                    r"\w+(?:[-'’&\u00ad]\w+|\.(?![A-Z][a-z])\w+)*(?:(?<=[A-Za-z])\+(?![\w+]))?|"
                    r"[^\s\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Titles and initials keep their full stop ("Mr.", "Sen.", "J.", "U.S."), and a plural
# possessive its apostrophe ("Sanders’"), so that a name written with them stays one noun
# phrase. These are merged after the scan: a second pattern would double its cost.
_TITLES = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt",
    "Maj", "Adm", "Cmdr", "Jr", "Sr", "St", "Rev", "Hon", "Pres", "Supt", "Insp", "Messrs",
    "Mt", "Ft", "Drs", "Profs", "Sens", "Reps",
})
# Plural titles before names ("Drs. Laura Chen and Michael Pardo", "Sens. Lisa Murkowski and
# Susan Collins"): written with a capital only, so "sales reps." still ends a sentence
PLURAL_TITLES = frozenset({"Drs", "Profs", "Sens", "Reps"})
_MERGE_MARKS = frozenset({".", "’", "'"})
# Abbreviated company endings ("Co.", "Inc.") that a full stop closes inside a sentence
_COMPANY_ENDINGS = frozenset({"Co", "Corp", "Inc", "Ltd", "Bros", "Cos", "Plc"})


class Token(NamedTuple):
    """A word or punctuation mark; `bare` is `lower` without a possessive ending."""

    start: int
    end: int
    text: str
    lower: str
    bare: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] == "_"

    @property
    def is_capitalised(self) -> bool:
        first = self.text[:1]
        return first.isupper() or (first.isdigit() and any(c.isupper() for c in self.text))


_NEW_TOKEN = partial(tuple.__new__, Token)
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
_SPECIAL = re.compile(r"[.'’]")


def make_token(start: int, end: int, text: str) -> Token:
    low = text.lower()
    bare = _bare(low)
    if bare.endswith(".") and len(bare) > 1:
        bare = bare[:-1]
    return Token(start, end, text, low, bare)


def _bare(low: str) -> str:
    if low.endswith(("’s", "'s")):
        return low[:-2]
    if low.endswith(("s’", "s'")):
        return low[:-1]
    return low


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words (with inner hyphens, apostrophes, dots) and single punctuation marks."""
    return tokenize_with_starts(text, start, end)[0]


def tokenize_with_starts(text: str, start: int = 0, end: int | None = None
                         ) -> tuple[list[Token], list[int]]:
    """The tokens and the list of their start offsets (for bisecting)."""
    stop = len(text) if end is None else end
    # Only tokens holding a full stop or an apostrophe need a second look (merged marks,
    # possessive "bare" forms): in prose they are few, and found from those marks' positions
    # in the text; when they are many, every token is looked at once instead.
    matches = list(_TOKEN.finditer(text, start, stop))
    words = list(map(_GROUP, matches))
    starts = list(map(_START, matches))
    ends = list(map(_END, matches))
    special = (text.count(".", start, stop) + text.count("'", start, stop)
               + text.count("’", start, stop))
    few = special * 4 < len(words)
    if special:
        if few:
            positions = [m.start() for m in _SPECIAL.finditer(text, start, stop)]
            marks = sorted({i for i in (bisect.bisect_right(starts, p) - 1 for p in positions)
                            if i >= 0 and words[i] in _MERGE_MARKS})
        else:
            marks = [i for i, w in enumerate(words) if w in _MERGE_MARKS]
        if marks:
            _merge_marks(text, stop, marks, starts, ends, words)
    lowers = list(map(str.lower, words))
    if not special:
        bares = lowers
    elif few:
        bares = lowers[:]
        for i in {bisect.bisect_right(starts, p) - 1 for p in positions}:
            if i < 0:
                continue
            w = lowers[i]
            if "'" in w or "’" in w:
                bares[i] = _bare(w)
            elif w[-1] == "." and len(w) > 1:
                bares[i] = w[:-1]
    else:
        bares = [
            _bare(w) if ("'" in w or "’" in w) else (w[:-1] if w[-1] == "." and len(w) > 1
                                                     else w)
            for w in lowers
        ]
    return list(map(_NEW_TOKEN, zip(starts, ends, words, lowers, bares, strict=True))), starts


def _merge_marks(text: str, stop: int, marks: list[int], starts: list[int], ends: list[int],
                 words: list[str]) -> None:
    """Join a full stop to the title, initial or acronym before it, and an apostrophe to the
    plural before it; right to left, so earlier indices stay valid. Merged marks are dropped in
    one pass at the end (deleting them one by one would be quadratic)."""
    dropped: set[int] = set()
    for i in reversed(marks):
        if i == 0 or ends[i - 1] != starts[i]:
            continue
        prev, mark = words[i - 1], words[i]
        if mark == ".":
            after = ends[i]
            if not (prev in _TITLES or (
                    len(prev) == 1 and prev.isupper()
                    and after + 1 < stop and text[after] in " \t" and text[after + 1].isupper()
                    and not _platform_x(text, starts[i], 0)
            ) or (
                # "Midori Home Co. said", "Acme Inc., the maker": a company's ending inside
                # the sentence (not "... sold to Acme Inc. The deal")
                prev in _COMPANY_ENDINGS and after + 1 < stop and (
                    text[after] == "," or (text[after] in " \t" and text[after + 1].islower()))
            ) or (
                "." in prev and prev.replace(".", "").isupper()
                and all(len(part) == 1 for part in prev.split("."))
            ) or (
                # "issued at 9 p.m. on Sunday said", "at 2:15 p.m., gave": a clock time's
                # full stop inside the sentence
                prev in {"a.m", "p.m"} and after + 1 < stop and (text[after] == "," or (
                    text[after] in " \t" and (text[after + 1].islower()
                                               or text[after + 1].isdigit())))
            )):
                continue
        elif not (prev[-1:] == "s" and (ends[i] >= stop or not (
                text[ends[i]].isalnum() or text[ends[i]] in "'’_"))):
            continue
        words[i - 1] = prev + mark
        ends[i - 1] = ends[i]
        dropped.add(i)
    if dropped:
        kept = [k for k in range(len(words)) if k not in dropped]
        starts[:] = [starts[k] for k in kept]
        ends[:] = [ends[k] for k in kept]
        words[:] = [words[k] for k in kept]


# --- paragraphs and sentences -----------------------------------------------------------------

_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "maj", "adm", "cmdr", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "messrs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "vs", "v", "etc", "inc", "corp", "ltd", "co", "dept", "est", "approx",
    "fig", "vol", "ca", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "ph.d",
    "mt", "ft", "ave", "blvd", "rd", "univ", "assn", "bros",
})
_SENTENCE_END = re.compile(r"[.!?]+|\n")
_CLOSERS = "\"”’'»)]"
_OPENERS = "\"“‘'«([`„"


# A dateline before a lead's words (the plan test of scoring/label.py reads past it): a place
# in capitals ("BUENOS AIRES, May 6 (Reuters) - ", "MARLOW -- ", "MARLOW, England—"), or a
# place in title case before an agency in brackets ("Marlow, England (CNN) — ")
DATELINE = re.compile(r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40}(?:,[^-–—\n]{0,40}?)?(?:\s\([^)]*\))?|"
                      r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*(?:,\s[^-–—\n(]{0,40}?)?"
                      r"\s\([^)]*\))\s*(?:--|[-–—])\s*")

# What stands above a story without being part of it: a wire service's note on what a new
# version adds ("(Adds Lithuanian ministry comment in paragraph 3)") and a byline ("By Evan
# Marchetti"). Neither is the lead, and the note's words are nobody's claim.
WIRE_NOTE = re.compile(
    r"\((?:Adds|Updates|Corrects|Recasts|Changes|Refiles|Repeats|Fixes|Rewrites|Removes|"
    r"Clarifies|Writes through|Inserts|Deletes|Moves)\b[^()]*\)")
BYLINE = re.compile(r"By [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? (?:and|in) [A-Z][\w.'’-]+"
                    r"(?: [A-Z][\w.'’-]+){0,3})?")


def above_the_story(paragraph: str) -> bool:
    """The paragraph is a wire service's version note or a byline, not the story."""
    return WIRE_NOTE.fullmatch(paragraph) is not None or BYLINE.fullmatch(paragraph) is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines of the text, as (start, end) without surrounding spaces."""
    spans: list[tuple[int, int]] = []
    pos = 0
    size = len(text)
    while pos <= size:
        nl = text.find("\n", pos)
        end = size if nl < 0 else nl
        start = pos
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            spans.append((start, stop))
        if nl < 0:
            break
        pos = nl + 1
    return spans


# Abbreviations a sentence may end with ("... to enter the U.S. The proposal ...").
_FINAL_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "d.c", "etc", "inc", "corp", "ltd", "co",
                                  "a.m", "p.m", "jr", "sr", "bros"})
_OPENING_WORD = re.compile(r"(?:The|A|An|He|She|It|They|We|I|But|And|This|That|These|Those|"
                           r"There|His|Her|Its|Their|If|When|While|As|After|Before|In|On|At|"
                           r"For|Some|Many|Most|Still|Yet|So|Meanwhile|However)\b")


# What may follow "p.m." inside one sentence ("at 3 p.m. Tuesday", "4 p.m. EDT")
_AFTER_CLOCK = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                          r"January|February|March|April|May|June|July|August|September|"
                          r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
                          r"Nov|Dec|[A-Z]{1,2}[SD]?T|GMT|UTC|CEST?|AEST|AEDT|JST|IST|local|"
                          r"Eastern|Central|Pacific|Mountain)\b")


def _after_clock_time(text: str, dot: int, floor: int, nxt: int) -> bool:
    """"... to overheat and trip at 4:12 p.m. Protection systems then ...": after a clock
    time, a capitalised word that is no day, month or time zone opens the next sentence."""
    return _word_before(text, dot, floor) in {"a.m", "p.m"} and text[nxt].isupper() and (
        _AFTER_CLOCK.match(text, nxt) is None)


def _word_before(text: str, dot: int, floor: int) -> str:
    """The lowercased word (letters and inner full stops, "u.s") that ends at `dot`."""
    pos = dot
    limit = max(floor, dot - 8)
    while pos > limit and (text[pos - 1].isalpha() or text[pos - 1] == "."):
        pos -= 1
    return text[pos:dot].lower()


def _ends_sentences(text: str, dot: int, floor: int) -> bool:
    """The abbreviation ending at `dot` is one a sentence may end with."""
    return _word_before(text, dot, floor) in _FINAL_ABBREVIATIONS


# Words before "X" when it is the platform ("posted on X", "wrote to followers via X")
_PLATFORM_PREPOSITIONS = ("on ", "via ", "to ", "across ")


def _platform_x(text: str, dot: int, floor: int) -> bool:
    """The capital X before the full stop at `dot` is the platform after a preposition ("on
    X."), not an initial."""
    return dot - 1 >= floor and text[dot - 1] == "X" and (dot - 2 < floor or not (
        text[dot - 2].isalnum())) and text[max(floor, dot - 8):dot - 1].endswith(
        _PLATFORM_PREPOSITIONS)


def _abbreviation_before(text: str, dot: int, floor: int) -> bool:
    """True when the word ending at `dot` is an abbreviation or an initial ("J.")."""
    word = _word_before(text, dot, floor)
    if not word:
        return False
    if _platform_x(text, dot, floor):
        return False  # "complained on X. Others said": the platform ends the sentence
    if len(word) == 1 and word.isalpha():
        # an initial ("J."), not the "s" of a possessive name ending the sentence ("a report
        # by Moody's.", "outside McDonald's.")
        before = dot - 2
        return not (before >= floor and text[before] in "'’")
    return word in _ABBREVIATIONS or text[dot - len(word):dot] in PLURAL_TITLES


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end]; line breaks always end a sentence."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sent_start = start
    for match in _SENTENCE_END.finditer(text, start, stop):
        mark_start, cut = match.start(), match.end()
        if text[mark_start] == "\n":
            _push(text, spans, sent_start, mark_start)
            sent_start = cut
            continue
        if text[mark_start] == "." and cut - mark_start == 1 and _abbreviation_before(
            text, mark_start, sent_start
        ):
            nxt = cut
            while nxt < stop and nxt < cut + 3 and text[nxt] == " ":
                nxt += 1
            # An abbreviation ends a sentence only before an obvious sentence opener: a
            # quotation, or after one that may close a sentence ("the U.S.", "Inc.", "p.m.")
            # a word that opens one and never continues a name ("The", "He", "But").
            if nxt >= stop or not ((text[nxt] in "“\"" and nxt > cut) or (
                    nxt > cut and _ends_sentences(text, mark_start, sent_start)
                    and _OPENING_WORD.match(text, nxt)) or (
                    nxt > cut and _after_clock_time(text, mark_start, sent_start, nxt))):
                continue
        while cut < stop and cut < match.end() + 3 and text[cut] in _CLOSERS:
            cut += 1
        if cut < stop and not text[cut].isspace():
            continue
        nxt = cut
        while nxt < stop and text[nxt] in " \t":
            nxt += 1
        if nxt < stop and text[nxt] != "\n":
            first = text[nxt]
            if not (first.isupper() or first.isdigit() or first in _OPENERS):
                continue
        _push(text, spans, sent_start, cut)
        sent_start = cut
    _push(text, spans, sent_start, stop)
    return spans


def _push(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


# --- quotes -----------------------------------------------------------------------------------

_QUOTE_MARK = re.compile(r"``|''|[“”„‟«»\"]")
_OPEN_MARKS = frozenset({"“", "„", "‟", "«", "``"})
# "''" closes "``", but some papers open their quotes with it too: it alternates like '"'.
_CLOSE_MARKS = frozenset({"”", "»"})


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: `start` is its opening mark, `end` is after its closing mark (or the
    paragraph's end when a multi-paragraph quote continues). `group` joins the paragraphs of
    one multi-paragraph quote; `closed` tells whether this segment has its own closing mark."""

    start: int
    end: int
    closed: bool
    group: int


def quoted_words(text: str, quote: Quote) -> str:
    """The words inside a quotation, without its marks."""
    return text[quote.start:quote.end].strip("“”\"'‘’«» ")


def quote_kind(mark: str) -> str:
    """'open', 'close' or 'either' for a (normalised) double quote mark."""
    if mark in _OPEN_MARKS:
        return "open"
    if mark in _CLOSE_MARKS:
        return "close"
    return "either"


def pair_quotes(text: str, paras: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Pair quote marks paragraph by paragraph in one pass.

    Curly marks say which side they are; straight marks alternate. A paragraph that opens a
    quote and never closes it continues into the next paragraph when that one starts with an
    opening mark: both segments share a group.
    """
    quotes: list[Quote] = []
    group = 0
    carried = False  # the previous paragraph left its quote open
    for p_start, p_end in paras if paras is not None else paragraphs(text):
        open_at = -1
        first_mark = True
        for match in _QUOTE_MARK.finditer(text, p_start, p_end):
            kind = quote_kind(match.group())
            at_start = first_mark and match.start() == p_start
            first_mark = False
            if open_at < 0:
                if kind == "close":
                    continue
                open_at = match.start()
                if not (carried and at_start):
                    group += 1
                carried = False
                continue
            if kind == "open":
                open_at = match.start()
                group += 1
                continue
            quotes.append(Quote(open_at, match.end(), True, group))
            open_at = -1
        if open_at >= 0:
            quotes.append(Quote(open_at, p_end, False, group))
            carried = True
        else:
            carried = False
    return quotes


class QuoteIndex:
    """Finds the quote around a position in O(log n)."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self._starts = [q.start for q in quotes]
        self._groups: dict[int, list[Quote]] = {}
        for quote in quotes:
            self._groups.setdefault(quote.group, []).append(quote)

    def around(self, pos: int) -> Quote | None:
        """The quote whose marks enclose `pos` (inclusive of the marks)."""
        idx = bisect.bisect_right(self._starts, pos) - 1
        if idx >= 0 and self.quotes[idx].start <= pos < self.quotes[idx].end:
            return self.quotes[idx]
        return None

    def starting_at(self, pos: int) -> Quote | None:
        idx = bisect.bisect_left(self._starts, pos)
        if idx < len(self.quotes) and self.quotes[idx].start == pos:
            return self.quotes[idx]
        return None

    def ending_at(self, pos: int) -> Quote | None:
        """The quote whose closing mark ends exactly at `pos`."""
        idx = bisect.bisect_left(self._starts, pos) - 1
        if idx >= 0 and self.quotes[idx].end == pos:
            return self.quotes[idx]
        return None

    def group(self, quote: Quote) -> list[Quote]:
        return self._groups.get(quote.group, [quote])
