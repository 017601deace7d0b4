"""The state one field (headline or body) is scanned with: its tokens, sentences, quotes and
outlet names, and the helpers every stage of the scan uses (spans, trimming, resolving a phrase
to an entity). The stages of the field scan (`cues.py`, `content.py`, `subjects.py`,
`venues.py`, `quotes.py`, `relays.py`, `verbs.py`, `nesting.py`, `extract.py`) share it.
"""

from __future__ import annotations

import bisect
from typing import Any

from .attributions import Attribution, Span
from .directory import OutletDirectory
from .entities import Resolver
from .entity_table import Mention
from .phrases import Units, is_name_token
from .text import (
    QuoteIndex,
    Token,
    pair_quotes,
    paragraphs,
    sentences,
    tokenize_with_starts,
)

_TRAILING_PUNCT = ".!?;:,"


class ScanState:
    """One field's scan state and shared helpers."""

    def __init__(self, name: str, text: str, resolver: Resolver,
                 directory: OutletDirectory | None, matches: list[Any], offset: int) -> None:
        self.name = name
        self.text = text
        self.resolver = resolver
        self.directory = directory
        self.offset = offset
        self.paras = paragraphs(text)
        self.tokens: list[Token]
        self.tokens, self.starts = tokenize_with_starts(text)
        self.candidates: list[int] = []  # set by the cue stage (cues.cue_candidates)
        self.quotes = QuoteIndex(pair_quotes(text, self.paras))
        # Quotes signed with a dash after them, or labelled with a colon before them: where
        # the (rare) sentence-level checks for those two forms are worth making.
        self.signed_at: list[int] = []
        self.labelled_at: list[int] = []
        for quote in self.quotes.quotes:
            after = quote.end
            while after < len(text) and text[after] == " ":
                after += 1
            if quote.closed and after < len(text) and text[after] in "―—–":
                self.signed_at.append(after)
            before = quote.start
            while before > 0 and text[before - 1] == " ":
                before -= 1
            if before > 0 and text[before - 1] == ":":
                self.labelled_at.append(before - 1)
        self.units = self._units(matches)
        self.sentences: list[tuple[int, int]] = []
        for p_start, p_end in self.paras:
            self.sentences.extend(sentences(text, p_start, p_end))
        self.attributed: list[bool] = [False] * len(self.sentences)
        self.out: list[Attribution] = []

    def _units(self, matches: list[Any]) -> Units:
        by_end: dict[int, int] = {}
        by_start: dict[int, int] = {}
        for match in matches:
            first = bisect.bisect_left(self.starts, match.start)
            last = bisect.bisect_left(self.starts, match.end) - 1
            if first <= last < len(self.tokens) and self.tokens[first].start == match.start:
                by_end[last] = first
                by_start[first] = last
        return Units(by_end, by_start)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def tok_index(self, pos: int) -> int:
        return bisect.bisect_left(self.starts, pos)

    def content_end(self, sent_end: int, floor: int) -> int:
        """End of a content that runs to `sent_end`, without trailing punctuation."""
        end = sent_end
        while end > floor and (self.text[end - 1].isspace() or self.text[end - 1] in
                               _TRAILING_PUNCT):
            end -= 1
        return end

    def trim(self, start: int, end: int) -> Span | None:
        while start < end and self.text[start].isspace():
            start += 1
        end = self.content_end(end, start)
        if end <= start:
            return None
        return self.span(start, end)

    def opening_paren(self, close: int, lo: int) -> int:
        """The token of the "(" that the ")" at token `close` closes, within ten tokens and not
        before `lo` ("Sen. Jack Reed (D-R.I.)"), or -1."""
        toks = self.tokens
        p = close - 1
        while p > lo and p > close - 10 and toks[p].text not in "()":
            p -= 1
        return p if toks[p].text == "(" else -1

    def name_before_paren(self, close: int, lo: int) -> int:
        """The name's last token when token `close` ends a parenthesis right after a name
        ("Rep. Sander M. Levin (Mich.)", "Sen. Maria Delgado (D-N.M.)"), or -1."""
        if self.tokens[close].text != ")":
            return -1
        opening = self.opening_paren(close, lo)
        return opening - 1 if opening > lo and is_name_token(self.tokens[opening - 1]) else -1

    def _mention(self, a: int, b: int, *, description: str | None = None,
                 antecedent: Mention | None = None) -> Mention:
        toks = self.tokens[a:b + 1]
        quote = self.quotes.around(toks[0].start)
        return self.resolver.resolve(
            self.text, toks, self.offset + toks[0].start, description=description,
            antecedent=antecedent, units=self.units, first=a, in_headline=self.name == "headline",
            quoted=quote is not None and quote.start < toks[0].start,
        )
