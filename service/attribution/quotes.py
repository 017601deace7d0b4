"""Quotes: speakers of quotations that no verb of their own attributes: a quote signed with a
dash, a name and a colon before it, a headline's "...: source", a quote paragraph that
continues the last speaker, a follow-on quote ("he added").

Part of stage 5 (attributions).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from . import lexicon as lx
from .attributions import Attribution, Span
from .entity_table import Mention
from .phrases import (
    is_name_token,
    is_role,
)
from .scan import ScanState
from .text import (
    Token,
    sentences,
)

_COLON_HEADS = frozenset(lx.DOCUMENT_HEADS | lx.OUTLET_NOUNS | lx.VAGUE_HEADS
                         | lx.ANONYMOUS_HEADS | {"camp", "campaign", "aides", "aide", "insiders"})
# A desk's label before a headline ("Exclusive: ", "EXCLUSIVE-", "UPDATE 2-", "Analysis: ")
_HEADLINE_LABEL = re.compile(
    r"^(?:exclusive|update(?:\s+\d+)?|analysis|breaking|insight)\s*[-:–]\s*", re.IGNORECASE)
# A wire headline's trailing source after a dash ("... - sources", "... -source", "... - EU
# document", "... - Kremlin official"): a few words ending in a source noun.
_DASH_SOURCE = re.compile(
    r"\s(?P<dash>[-–—])\s?(?P<source>(?:(?:[A-Z][\w.&'’-]*|state|local|government|"
    r"official|company|court|police|industry|party)\s){0,2}(?:sources?|officials?|"
    r"insiders?|diplomats?|documents?|memo|filing|draft|report|media|aides?|bankers?|"
    r"TV|television|agency|newspaper|paper|broadcaster)"
    r"(?:\s+(?:say|says|said))?)\s*$")
# "... - WSJ", "... - Nikkei", "... - Le Monde": an outlet's name after the dash (the name must
# be one the directory holds, whole)
_DASH_NAME = re.compile(
    r"\s(?P<dash>[-–—])\s?(?P<source>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})\s*$")
# Words that head a label before a colon that is not a speaker ("Update:", "The Latest:").
_LABEL_WORDS = frozenset({
    "latest", "update", "updates", "updated", "correction", "corrections", "related", "note",
    "photo", "photos", "video", "videos", "watch", "read", "more", "click", "see", "follow",
    "breaking", "warning", "disclaimer", "clarification", "advertisement", "exclusive", "live",
    "contact", "image", "images", "credit", "via", "abstract", "summary", "question",
    "answer", "editor", "editor’s", "editor's", "transcript", "background", "timeline",
    "explainer", "recap", "preview", "quiz", "factbox", "listen", "subscribe", "share",
    "tags", "topics", "where", "when", "what", "why", "how", "here",
})
_SIGNING_DASH = re.compile("[―—–]")
# A verb of reporting in a lead: after a city in capitals and a colon, it makes the city a
# dateline rather than a transcript's speaker
_REPORTED = re.compile(r"\b(?:said|says|told|according to|reported)\b")
# A transcript turn's label opening a paragraph ("BASH: That is right")
_SHOUTED_LABEL = re.compile(r"[A-Z][A-Z.'’ -]{1,30}:\s")
# A lead's first sentence is long; a transcript's turn opens on a conjunction or a reply
_LEAD_WORDS = 15
_TURN_OPENERS = frozenset({"and", "but", "so", "well", "yes", "no", "look", "oh", "thank",
                           "thanks", "right", "okay", "ok", "now", "listen"})
# Words of a speaker's own turn: the first and second person
_SPOKEN_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|me|us|our|Our|my|My|you|You|your|Your)\b")


class QuoteScan(ScanState):
    """Attributes quotations that no verb of their own does."""

    headline_dash = -1  # where a headline's trailing "- source" begins, once found

    def _labelled_quote(self, lo: int, hi: int) -> list[Attribution]:
        """"Polls miss late shifts - Jane Doe: “...”": a name and a colon before a quote,
        opening the sentence or after a dash."""
        toks = self.tokens
        for colon in range(lo + 1, min(hi - 1, lo + 30)):
            if toks[colon].text != ":":
                continue
            quote = self.quotes.starting_at(toks[colon + 1].start)
            if quote is None:
                return []
            a = colon - 1
            while a > lo and a > colon - 5 and toks[a - 1].text not in {"-", "—", "–", "―"}:
                a -= 1
            if a > lo and toks[a - 1].text not in {"-", "—", "–", "―"}:
                return []
            if not self._label_ok(toks[a:colon]):
                return []
            source = self._mention(a, colon - 1)
            cue = self.span(toks[colon].start, toks[colon].end)
            return [Attribution(self.name, cue, "colon", source,
                                self.span(quote.start, quote.end), direction="none")]
        return []

    def _signed_quotes(self, s_start: int, s_end: int) -> list[Attribution]:
        """"“We will win.” ― Jane Doe": a quote signed with a dash and a name."""
        toks = self.tokens
        found: list[Attribution] = []
        for tries, match in enumerate(_SIGNING_DASH.finditer(self.text, s_start, s_end)):
            if tries >= 16 or len(found) >= 4:
                break  # a bounded look per sentence, whatever its length
            at = match.start()
            before = at
            while before > s_start and self.text[before - 1] == " ":
                before -= 1
            quote = self.quotes.ending_at(before)
            if quote is None or not quote.closed:
                continue
            k = self.tok_index(at) + 1
            end = k
            while end < len(toks) and end < k + 5 and toks[end].start < s_end and (
                    is_name_token(toks[end]) or toks[end].text == "."
                    or (toks[end].is_capitalised and toks[end].is_word)):
                end += 1
            if end == k or not any(is_name_token(t) for t in toks[k:end]):
                continue
            if end < len(toks) and toks[end].start < s_end and toks[end].is_word:
                continue  # the name must end the sentence or its clause
            last = end - 1
            while last > k and toks[last].text == ".":
                last -= 1
            source = self._mention(k, last)
            found.append(Attribution(self.name, self.span(at, at + 1), "colon", source,
                                     self.span(quote.start, quote.end), direction="none"))
        return found

    def _reads_as_a_lead(self, start: int, end: int) -> bool:
        """The words after a shouted label read as a news lead, not a transcript's turn: a
        long first sentence in the third person that opens on no conjunction or reply ("The
        Lahore High Court on Tuesday suspended ...", not "And obviously the president is in
        trouble.")."""
        if any(_SHOUTED_LABEL.match(self.text, p_start) for p_start, _ in self.paras
               if p_start > end):
            return False  # a transcript: later turns open on shouted labels too
        spans = sentences(self.text, start, end)
        first = self.text[spans[0][0]:spans[0][1]] if spans else self.text[start:end]
        words = first.split()
        return len(words) >= _LEAD_WORDS and words[0].lower().strip(",") not in _TURN_OPENERS and (
            _SPOKEN_PERSON.search(first) is None)

    def _speaker_label(self, lo: int, hi: int) -> list[Attribution]:
        """A transcript turn ("TAPPER: And obviously ...") or a name before a quote ("Jane
        Doe: “...”") opening a paragraph: the label is the source, the turn the content."""
        toks = self.tokens
        start = toks[lo].start
        if self.name != "text" or (start > 0 and self.text[start - 1] != "\n"):
            return []
        colon = lo
        while colon < hi and colon < lo + 4 and toks[colon].is_word:
            colon += 1
        if colon == lo or colon + 1 >= hi or toks[colon].text != ":":
            return []
        label = toks[lo:colon]
        shouting = all(t.text.isupper() and t.text.isalpha() for t in label) and any(
            len(t.text) > 1 for t in label) and not any(t.bare in _LABEL_WORDS for t in label)
        if not shouting:
            quoted = self.quotes.starting_at(toks[colon + 1].start) is not None
            if not all(is_name_token(t) for t in label) or any(
                    t.bare in _LABEL_WORDS for t in label) or not (
                    len(label) >= 2 and quoted):
                return []
        if any(t.bare in lx.KNOWN_WORDS and not t.text.isupper() for t in label):
            return []
        p = bisect.bisect_right(self.paras, (start, len(self.text) + 1)) - 1
        end = self.paras[p][1] if p >= 0 else len(self.text)
        if shouting and p == 0 and (_REPORTED.search(self.text, toks[colon].end, end) or (
                self.quotes.starting_at(toks[colon + 1].start) is None
                and self._reads_as_a_lead(toks[colon].end, end))):
            # "LAHORE: A former branch manager is suspected ..., a senior police official
            # said": a dateline written with a colon, over a lead that names its own source;
            # so is one over a lead in the reporter's own words ("LAHORE: The Lahore High
            # Court on Tuesday suspended ..."), where a transcript's first turn speaks in the
            # first or second person
            return []
        content = self.trim(toks[colon + 1].start, end)
        if content is None:
            return []
        if shouting:  # "JAKE TAPPER" is a person, not an acronym
            entity = self.resolver._person([t.text.title() for t in label])
            end_label = toks[colon - 1].end
            source = Mention(start, end_label, self.text[start:end_label], entity, entity.kind)
            self.resolver.history.add(self.offset + start, entity)
        else:
            source = self._mention(lo, colon - 1)
        cue = self.span(toks[colon].start, toks[colon].end)
        return [Attribution(self.name, cue, "colon", source, content, direction="none")]

    def _quoted(self, content: Span) -> bool:
        return content.text[:1] in "“\"`'‘" or content.text[-1:] in "”\"'’"

    def _next_paragraph_quote(self, s_end: int) -> Span | None:
        """"X warned:" at a paragraph's end: the quote opening the next paragraph."""
        pos = s_end
        size = len(self.text)
        while pos < size and self.text[pos] in " \t:":
            pos += 1
        if pos < size and self.text[pos] != "\n":
            return None
        while pos < size and self.text[pos].isspace():
            pos += 1
        quote = self.quotes.starting_at(pos)
        if quote is None:
            return None
        return self.span(quote.start, quote.end)

    def _previous_quote(self, s_start: int) -> Span | None:
        """"He said." right after a quote: that quote is the content."""
        end = s_start
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        quote = self.quotes.ending_at(end)
        if quote is None:
            return None
        return self.span(quote.start, quote.end)

    def _headline_colon(self) -> None:
        text = self.text
        colon = text.rfind(":")
        if colon <= 0:
            return
        right = [t for t in self.tokens if t.start > colon]
        left = [t for t in self.tokens if t.end <= colon]
        if not right or not left:
            return
        candidates: list[tuple[list[Token], Span | None, int]] = []
        if (len(right) <= 6 and right[-1].is_word) or (len(right) <= 7 and not right[-1].is_word):
            words = [t for t in right if t.is_word]
            if words and not any(t.bare in _LABEL_WORDS for t in words):
                candidates.append((words, self.trim(0, colon), 0))
        if len(left) <= 5 and not any(t.bare in _LABEL_WORDS for t in left):
            # "Clinton camp: ..." -- a name on the left speaks what is on the right
            named_left = self._label_ok(left)
            if named_left or len(left) <= 4:
                candidates.insert(len(candidates) if not named_left else 0,
                                  (left, self.trim(colon + 1, len(text)), 1))
        for words, content, side in candidates:
            first_idx = self.tok_index(words[0].start)
            mention = self._mention(first_idx, first_idx + len(words) - 1)
            named = any(is_name_token(t) for t in words)
            if side == 1 and not named and mention.kind not in {"outlet"} and (
                    words[-1].bare not in _COLON_HEADS):
                continue  # "Poll: ...", "Insiders: ..." are sources; "Update: ..." is not
            if mention.kind == "unresolved" or (
                    mention.kind == "anonymous_described" and mention.entity.category == "org"):
                continue  # "Harris leads in three swing states" speaks for no one
            cue = self.span(colon, colon + 1)
            self.out.append(Attribution(self.name, cue, "colon", mention, content,
                                        sentence_span=self.span(0, len(text)), direction="none"))
            return

    def _headline_dash(self) -> None:
        """"Airline in talks to buy rival - sources", "Bank weighs sale -source", "... -
        EU document", "... - state media", "... - WSJ": the wire headline's trailing source
        after a dash."""
        match = _DASH_SOURCE.search(self.text)
        named = False
        if match is None:
            match = _DASH_NAME.search(self.text)
            named = True
        if match is None or match.start() < 8:
            return
        first = self.tok_index(match.start("source"))
        last = self.tok_index(match.end("source")) - 1
        if first > last or last >= len(self.tokens) or (
                named and self.units.by_start.get(first) != last):
            return
        mention = self._mention(first, last)
        cue = self.span(match.start("dash"), match.end("dash"))
        label = _HEADLINE_LABEL.match(self.text)
        content = self.trim(label.end() if label else 0, match.start())
        if content is None:
            return
        self.headline_dash = match.start()
        self.out.append(Attribution(self.name, cue, "colon", mention, content,
                                    sentence_span=self.span(0, len(self.text)),
                                    direction="none"))

    def trim_at_headline_dash(self) -> None:
        """"Tavaria says it tested a missile - state media": what the headline's own verb
        says ends at the dash that names its source."""
        dash = self.headline_dash
        if dash < 0:
            return
        for inner in self.out:
            if inner.content is not None and inner.content.start < dash < inner.content.end:
                inner.content = self.trim(inner.content.start, dash)

    @staticmethod
    def _label_ok(label: list[Token]) -> bool:
        """A speaker's label before a colon: a short run of name words, roles and source
        nouns ("Sen. Jane Doe", "Clinton camp"), with at least one name."""
        if not 1 <= len(label) <= 5 or any(t.bare in _LABEL_WORDS for t in label):
            return False
        named = False
        for t in label:
            if is_name_token(t):
                named = True
            elif not (is_role(t) or t.bare in _COLON_HEADS or t.text in {".", "-", "’s", "'s"}
                      or t.bare.rstrip(".") in lx.PERSON_TITLES):
                return False
        return named

    def _follow_on_quote(self, s_start: int, s_end: int) -> bool:
        """“A,” he said. “B.” — the second quote, with no cue, is the same speaker's."""
        quote = self.quotes.starting_at(s_start)
        if quote is None or not quote.closed or quote.end < self.content_end(s_end, s_start):
            return False
        if not self.out:
            return False
        last = self.out[-1]
        if last.source is None or last.content is None or not self._quoted(last.content):
            return False
        if last.content.end > s_start or s_start - last.content.end > 200:
            return False
        between = self.text[last.content.end:s_start]
        if "\n" in between:
            return False
        content = self.span(quote.start, quote.end)
        mark_end = quote.start + (2 if self.text.startswith(("``", "''"), quote.start) else 1)
        self.out.append(Attribution(
            self.name, self.span(quote.start, mark_end), "quote", last.source, content,
            sentence_span=self.span(s_start, s_end), direction="none", follows=last,
        ))
        return True

    def _quotes_across_paragraphs(self) -> None:
        """A speaker carries over every paragraph of a quote that spans several."""
        groups: dict[int, list[Any]] = {}
        for quote in self.quotes.quotes:
            groups.setdefault(quote.group, []).append(quote)
        if not any(len(g) > 1 for g in groups.values()):
            return
        spans = sorted(
            ((a.content.start, a.content.end, a) for a in self.out
             if a.content is not None and a.source is not None),
            key=lambda x: x[0],
        )
        starts = [s[0] for s in spans]
        for segments in groups.values():
            if len(segments) < 2:
                continue
            owner: Attribution | None = None
            covered: set[int] = set()
            for seg in segments:
                idx = bisect.bisect_right(starts, seg.end) - 1
                probe = idx
                while probe >= 0 and probe > idx - 6:
                    c_start, c_end, attribution = spans[probe]
                    if c_start < seg.end and seg.start < c_end:
                        owner = owner or attribution
                        covered.add(seg.start)
                        break
                    probe -= 1
            if owner is None or owner.source is None:
                continue
            for seg in segments:
                if seg.start in covered:
                    continue
                content = self.span(seg.start, seg.end)
                mark_end = seg.start + (2 if self.text.startswith(("``", "''"), seg.start) else 1)
                self.out.append(Attribution(
                    self.name, self.span(seg.start, mark_end), "quote", owner.source, content,
                    sentence_span=self.span(seg.start, seg.end), direction="none", follows=owner,
                ))

    @staticmethod
    def _any_between(positions: list[int], start: int, end: int) -> bool:
        if not positions:
            return False
        idx = bisect.bisect_left(positions, start)
        return idx < len(positions) and positions[idx] < end
