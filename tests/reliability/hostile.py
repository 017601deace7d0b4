"""Hostile inputs by family, each built at a size n: shared by the tests and bench/hostile_input.py.

Every family targets one weakness: the JSON reader (nesting, encodings, numbers), the character
checks, the HTML reader (nesting, entities), or one regular expression or scan of the extractor
(tokens, sentence ends, quote pairing, blank lines, space runs, cue runs, the explanation's
leading-word and broadcast patterns, host labels). Each gives the request to send and the
statuses that are right for it (a 4xx problem or a 200, never a 5xx).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    name: str
    path: str
    build: Callable[[int], bytes]  # n -> request body
    ok: frozenset[int]  # the statuses that are right
    n: int  # a size that takes a few tens of ms in-process; the bench also runs 2n
    method: str = "POST"

    def body(self, n: int, salt: int = 0) -> bytes:
        """The body at size n; a salt makes a /v1/score body unique (no cache hit)."""
        raw = self.build(n)
        if self.path == "/v1/score" and salt:
            raw = raw[:-1] + f', "url": "https://example.com/{salt}"}}'.encode()
        return raw


def _text(text: str, **extra: str) -> bytes:
    return json.dumps({"text": text, **extra}, ensure_ascii=False).encode()


def _html(html: str) -> bytes:
    return json.dumps({"html": html}, ensure_ascii=False).encode()


ATTR = "/v1/attributions"
OK = frozenset({200})
BAD_JSON = frozenset({400})
INVALID = frozenset({422})

FAMILIES: list[Family] = [
    # The JSON reader.
    Family("deep JSON arrays", ATTR, lambda n: b"[" * n + b"]" * n, BAD_JSON, 200_000),
    Family("deep JSON objects", ATTR,
           lambda n: b'{"text":' + b'{"a":' * n + b"1" + b"}" * (n + 1), BAD_JSON, 100_000),
    Family("invalid UTF-8", ATTR, lambda n: b'{"text": "' + b"said \xff\xfe " * n + b'"}',
           BAD_JSON, 50_000),
    Family("overlong UTF-8 and CESU-8 surrogates", ATTR,
           lambda n: b'{"text": "' + b"\xc0\xaf\xed\xa0\x80 " * n + b'"}', BAD_JSON, 50_000),
    Family("huge numbers (under 4300 digits)", ATTR,
           lambda n: b'{"text": "x said.", "headline": ' + b"9" * n + b"}", INVALID, 2_000),
    Family("huge exponents", "/v1/outlets/lookup",
           lambda n: b'{"items": [' + b",".join([b"1e999999"] * n) + b"]}", INVALID, 20_000),
    # The character checks.
    Family("NUL and control characters", ATTR, lambda n: _text("He said \x00\x1b\x7f. " * n),
           INVALID, 20_000),
    Family("unicode whitespace", ATTR,
           lambda n: _text("The minister\u00a0said\u2028\u3000that\u2009it\u200b rained. " * n),
           OK, 5_000),
    Family("one 1 MB line", ATTR, lambda n: _text("a" * n), OK, 500_000),
    # The HTML reader.
    # Nesting deeper than any page (1,000 elements) is refused before parsing.
    Family("HTML deep nesting (div)", "/v1/attributions", lambda n: _html("<div>" * n + "said"),
           INVALID, 12_000),
    Family("HTML deep nesting (inline)", ATTR, lambda n: _html("<span><b>" * n + "said"),
           INVALID, 50_000),
    Family("HTML entity chains", ATTR, lambda n: _html("<p>" + "&amp;amp;amp;&#x26;" * n),
           OK, 50_000),
    Family("HTML numeric entities", ATTR,
           lambda n: _html("<p>" + "&#99999999999;&#x110000;&#0;&#xD800;" * n), OK, 30_000),
    Family("HTML unclosed tags and comments", ATTR,
           lambda n: _html("<p><!--<a href='" * n + "said"), OK | INVALID, 50_000),
    # The extractor's regular expressions and scans.
    Family("tokens: joined words (a-a-a...)", ATTR, lambda n: _text("a-" * n + "!"), OK, 200_000),
    Family("tokens: apostrophes and dots", ATTR, lambda n: _text("a'.&" * n), OK, 100_000),
    Family("sentence ends (.!?)", ATTR, lambda n: _text("Mr." * n + "?!" * n), OK, 20_000),
    Family("quote marks, straight", ATTR, lambda n: _text('"' * n + " said"), OK, 200_000),
    Family("quote marks, curly and doubled", ATTR, lambda n: _text("“``''«" * n + " said"),
           OK, 50_000),
    Family("quotes each with a speaker", ATTR, lambda n: _text('"Yes," he said. ' * n), OK, 5_000),
    Family("runs of 'said'", ATTR, lambda n: _text("said " * n), OK, 50_000),
    Family("runs of 'according to'", ATTR, lambda n: _text("according to " * n), OK, 30_000),
    Family("nested attributions", ATTR,
           lambda n: _text("Reuters reported that the BBC said that " * n + "it rained."),
           OK, 3_000),
    Family("colons", ATTR, lambda n: _text("Minister: " * n, headline="A: " * 600), OK, 50_000),
    Family("blank lines and space runs", ATTR, lambda n: _text("\n \t\n" * n + "said"), OK,
           100_000),
    Family("leading words (there are some many...)", "/v1/score",
           lambda n: _text("There are some many several unnamed " * n + "sources, they said."),
           OK, 10_000),
    Family("broadcast words", "/v1/score",
           lambda n: _text("He said on broadcast" + "a" * n + " tv radio channel. " * 3), OK,
           200_000),
    Family("host labels (bulk look-up)", "/v1/outlets/lookup",
           lambda n: json.dumps({"items": [("a-" * 500 + "a.") * 2 + "example.com"]
                                 * min(n, 1000)}).encode(), OK, 500),
]
