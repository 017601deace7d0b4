"""Attributions that come through a relay or a record: "according to X", ", citing X",
"X quoted Y as saying", "was quoted by X", "a report seen by X", "took to Twitter to say",
and a venue or outlet that closes the sentence ("..., Reuters reported."). Each builds the
hops in the order the rubric reads them (chains.md): who relays, then who said it.
"""

from __future__ import annotations

from . import lexicon as lx
from .attributions import Attribution, Span, Venue
from .content import ContentScan
from .cues import poll_head
from .entities import BODY_OR_OUTLET_NOUNS, NEWS_WORDS
from .entity_table import NAMED_KINDS, UNRESOLVED, Mention
from .outlet_refs import BODY_KINDS, OUTLET_KINDS
from .phrases import (
    DOCUMENT_PARTICIPLES,
    DOCUMENT_RELAYS,
    NAME_PARTICLES,
    RELAY_ADVERBS,
    is_name_token,
    is_people_head,
    is_record_head,
    is_role,
    np_after,
    np_before,
)
from .subjects import PASSIVE_BE, SubjectScan
from .text import quoted_words
from .venues import VenueScan

# What may open a fronted source's post-modifier ("According to the FIR registered at ...",
# "According to a report by the ministry on Monday, ...")
_POST_MODIFIER_PREPOSITIONS = frozenset({"in", "on", "at", "from", "by", "for", "of", "since",
                                         "with", "to", "into", "among", "across", "over"})
# Words that make a clause: after them the words before the comma are no post-modifier
_FINITE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                           "can", "could", "may", "might", "should", "did", "does", "do"})

# "seen by", "obtained by": how an outlet came by a document (see `_relay_split`)
SEEN = frozenset({"seen", "obtained", "reviewed", "viewed"})

# What opens a second source after "and" ("and two officials", "and the ministry").
_SECOND_SOURCE_OPENERS = lx.INDEFINITE | {"the", "his", "her", "its", "their"}

# Words that open a subordinate clause before the main one ("Though Sanders held leads in
# recent surveys, she had hoped ..."): a poll inside it covers that clause only
_SUBORDINATE_OPENERS = frozenset({"though", "although", "while", "whereas", "because", "since",
                                  "if", "unless", "when", "after", "before", "despite", "as"})

# What an outlet quotes someone as doing: "quoted X as saying", "quoted the governor as
# accusing the RSF of ...", "quoted the minister as warning that ..."
QUOTED_AS = frozenset({"saying", "telling", "accusing", "warning", "describing", "calling",
                       "claiming", "insisting", "urging", "denying", "confirming", "vowing",
                       "promising", "adding", "stating", "arguing", "predicting"})

# Participles opening an aside about the person an outlet quotes ("quoted Zhou Minghai,
# described as the mission's chief scientist, as saying")
_QUOTED_ASIDE_PARTICIPLES = frozenset({"described", "identified", "named", "listed", "based",
                                       "speaking"})

# "took to Twitter to call", "went on CNN to declare": the speaker and the venue of the cue
_TOOK = frozenset({"took", "take", "takes", "taking"})

_WENT = frozenset({"went", "go", "goes", "going", "appeared", "appears", "appearing"})


# The auxiliaries a relative clause about a record opens with (", which was obtained by",
# ", which had been seen by")
_RELATIVE_AUXILIARIES = frozenset({"was", "were", "had", "has", "have"})


# Who describes a cited source in the outlet's words ("people it described as close to ...")
_DESCRIBERS = frozenset({"it", "they", "he", "she"})


class RelayScan(ContentScan, VenueScan, SubjectScan):
    """Attributions through a relay, a record or a closing venue."""

    def _statement_from(self, a: int, b: int) -> int | None:
        """In "a statement from the Guards' navy", "a brief statement by the ministry": the
        index of "statement" when a named body's phrase follows "from" or "by", else None."""
        toks = self.tokens
        for k in range(a, min(b - 1, a + 4)):
            if toks[k].bare in {"statement", "statements"} and toks[k + 1].lower in {
                    "from", "by"} and (toks[k + 2].lower == "the" or toks[k + 2].is_capitalised):
                return k
        return None

    def _relay_split(self, a: int, b: int) -> tuple[int, int, int, int, int, int] | None:
        """In "a source quoted in the paper": (inner a, inner b, cue a, cue b, relay a, b)."""
        toks = self.tokens
        for k in range(a + 1, b):
            low = toks[k].lower
            if low in {"quoted", "cited", "interviewed"} and k + 1 <= b and (
                toks[k + 1].lower in {"in", "by"}
            ) and k + 2 <= b:
                return a, k - 1, k, k + 1, k + 2, b
            if low == "speaking" and k + 1 <= b and toks[k + 1].lower == "to" and k + 2 <= b:
                return a, k - 1, k, k + 1, k + 2, b
            if low in DOCUMENT_RELAYS and k + 2 <= b and toks[k + 1].lower in {"by", "to"} and (
                    toks[k - 1].bare in lx.DOCUMENT_HEADS or (
                        # "an internal document first reported by the student newspaper"
                        k - 2 > a and toks[k - 1].lower in RELAY_ADVERBS
                        and toks[k - 2].bare in lx.DOCUMENT_HEADS)):
                if low in {"published", "reported"} and not self._names_outlet(k + 2, b):
                    return None  # "data published by the ministry": its author, no relay
                # "a draft document seen by Reuters": Reuters relays the document
                inner_end = k - 1 if toks[k - 1].bare in lx.DOCUMENT_HEADS else k - 2
                return a, inner_end, k, k + 1, k + 2, b
        return None

    def _names_outlet(self, a: int, b: int) -> bool:
        """The phrase tokens[a..b] names a news outlet (the directory's, or by its noun)."""
        toks = self.tokens
        if any(t.bare in lx.OUTLET_NOUNS and (t.bare not in BODY_OR_OUTLET_NOUNS or (
                k > a and toks[k - 1].bare in NEWS_WORDS))
               for k, t in enumerate(toks[a:b + 1], start=a)):
            return True  # "the news agency", not "the Dutch customs service"
        first = self.units.by_end.get(b)
        if first is None or first < a:
            return False
        outlet = self.directory.by_name(self.text[toks[first].start:toks[b].end]) if (
            self.directory is not None) else None
        return outlet is not None and (outlet.kind or "").replace(" ", "_") not in BODY_KINDS

    def _source_with_relay(self, a: int, b: int, cue: Span, cue_kind: str,
                           content: Span | None, direction: str, clause_start: int,
                           description: str | None = None) -> list[Attribution]:
        split = self._relay_split(a, b)
        said_in = self._statement_from(a, b) if split is None else None
        if said_in is not None:
            # "citing a statement from the Guards' navy": the navy speaks, through its
            # statement (a venue hop, as "the navy said in a statement" is)
            source = self._mention(said_in + 2, b)
            venue = self._venue_from(self.tokens[a].start, a, said_in, source)
            return [Attribution(self.name, cue, cue_kind, source, content, venue=venue,
                                direction=direction, clause_start=clause_start)]
        if split is None:
            source = self._mention(a, b, description=description)
            return [Attribution(self.name, cue, cue_kind, source, content, direction=direction,
                                clause_start=clause_start)]
        ia, ib, ca, cb, ra, rb = split
        toks = self.tokens
        relay = self._mention(ra, rb)
        inner = self._mention(ia, ib)
        sentence_span = None
        if content is not None:
            sentence_span = self.span(min(content.start, toks[ia].start),
                                      max(content.end, toks[rb].end))
        outer = Attribution(self.name, self.span(toks[ca].start, toks[cb].end), "citing", relay,
                            sentence_span, direction="none", clause_start=clause_start)
        inner_att = Attribution(self.name, cue, cue_kind, inner, content, direction=direction,
                                clause_start=clause_start, explicit_parent=outer)
        return [outer, inner_att]

    def _relative_after_person(self, b: int, hi: int) -> int:
        """The last token of the source phrase ending at token `b`, run on over a "who" clause
        that describes the people ("according to people who attended the meeting", "two
        officials who spoke on condition of anonymity"): the clause is what makes them
        particular, and it runs to the next comma or the sentence's end."""
        toks = self.tokens
        if b + 2 >= hi or toks[b + 1].lower != "who" or not is_role(toks[b]):
            return b
        end = b + 2
        while end < hi and end < b + 30 and toks[end].text not in {",", ";", ":", ".", "!", "?",
                                                                     "(", "—", "–"} and (
                toks[end].text not in "“”\"‘’'«»"):
            end += 1
        return end - 1 if end < b + 30 and end > b + 2 else b

    def _according(self, first: int, last: int, cue: Span, s_start: int, s_end: int, lo: int,
                   hi: int) -> list[Attribution]:
        toks = self.tokens
        titled: tuple[int, int] | None = None
        np: tuple[int, int] | None
        if toks[first].lower == "in" and first == last:  # "led by 12 points in a Marist poll"
            head = poll_head(toks, first, hi)
            if head < 0:
                return []  # no poll after all: never a phrase running to the end of the text
            np = titled = (first + 1, head)
        else:
            np = np_after(toks, last + 1, hi, self.units)
        if np is None:
            np = titled = self._quoted_title(last + 1, hi)
        if np is None:
            return []
        a, b = np
        if titled is None:
            b = self._coordinated_modifier_end(a, b, hi)
            b = self._relative_after_person(b, hi)
        after = b + 1
        at_start = self._leads_clause(first, lo)
        clause_start = cue.start
        if first - 1 >= lo and toks[first - 1].lower == ",":
            clause_start = toks[first - 1].start
        withheld: str | None = None
        modifier_end = -1
        if after < hi and toks[after].lower != ",":
            # "According to the FIR registered at Alpurai police station on the complaint of a
            # forest guard, ...", "According to claims widely shared on Facebook since
            # Saturday, ...": the source's post-modifier runs on to the comma, and the claim
            # starts after it; "..., according to claims widely shared on Facebook and in
            # tech groups on Telegram since Saturday.": to the sentence's end. The source is
            # resolved by its head ("claims", not "claims widely shared")
            comma = self._post_modifier_end(after, hi, closing=not at_start)
            if comma > after:
                modifier_end, after = comma - 1, comma
                if b - 1 > a and toks[b - 1].text.islower() and (
                        toks[b - 1].lower.endswith("ly")) and toks[b].text.islower() and (
                        toks[b].lower.endswith("ed") or toks[b].lower in DOCUMENT_PARTICIPLES):
                    b -= 2  # "claims widely shared": the claims (not "the weekly figures")
                elif b > a and toks[b].text.islower() and toks[b].lower.endswith("ed") and (
                        toks[b].lower not in DOCUMENT_PARTICIPLES):
                    b -= 1  # ("accounts filed" stays the record its participle says)
        if at_start:
            k = after + 1 if after < hi and toks[after].lower == "," else after
            aside_end = self._withheld_aside_end(k, hi)
            if aside_end > k:
                # "According to two officials involved in the talks, who asked not to be
                # named because the negotiations are confidential, several farmers ...": why
                # the names are withheld belongs to the source; the claim comes after it
                withheld = self.text[toks[k].start:toks[aside_end - 1].end]
                k = aside_end + 1
            content = self._forward_content(k, first, s_end, hi)
            direction = "none"
        elif after < hi and toks[after].lower == "," and after + 1 < hi and (
            toks[after + 1].is_word and self.content_end(s_end, s_start) > toks[after].end
        ) and toks[lo].lower not in _SUBORDINATE_OPENERS and not (
                self._appositive_closes_sentence(after + 1, hi)):
            end = self.before_aside(toks[after].start, s_end)
            if toks[after + 1].lower in {"and", "but"}:
                # "..., according to the central bank, and much of the cargo moves through
                # Arica": a clause of the reporter's own joined after the source
                end = toks[after].start
            content = self.trim(s_start, end)
            direction = "cover"
        else:
            content = self._backward_content(s_start, clause_start)
            direction = "backward"
        if titled is not None:
            # a title or a poll is a document; "in the polls" is no poll in particular
            source = self._mention(a, b) if toks[b].lower in {"polls", "surveys"} else (
                self.resolver.document_mention(self.text, toks[a].start, toks[b].end))
            return [Attribution(self.name, cue, "according_to", source, content,
                                direction=direction, clause_start=clause_start)]
        found = self._source_with_relay(a, b, cue, "according_to", content, direction,
                                        clause_start, self._closing_appositive(after, hi))
        origin = found[-1].source if found else None
        if modifier_end >= 0 and len(found) == 1 and origin is not None and (
                origin.start == toks[a].start):
            whole = self._mention(a, modifier_end)
            if whole.kind in OUTLET_KINDS and origin.kind not in OUTLET_KINDS:
                # "According to a report on Wednesday in the Lusaka-based newspaper Zambia
                # Business Weekly, ...": the outlet's own reporting, that outlet speaking
                found[-1].source = origin = whole
            else:
                origin.end = toks[modifier_end].end
                origin.text = self.text[origin.start:origin.end]
        if withheld is not None and origin is not None:
            self._withheld(origin, withheld)
        second = self._second_source(b + 1, hi)
        if second is not None:
            # "according to a subpoena obtained by The Star-Ledger and two officials who spoke
            # on condition of anonymity": each source vouches for the content on its own
            more = self._source_with_relay(second[0], second[1], cue, "according_to", content,
                                           direction, clause_start)
            more[-1].sibling_of = found[-1]
            found += more
        return found

    def _post_modifier_end(self, k: int, hi: int, closing: bool = False) -> int:
        """The comma that closes a fronted "according to" source's post-modifier at token k
        (a participle, an adverb and a participle, or a preposition, then phrases of place,
        time and agent with no verb of their own), or -1; `closing`: the full stop that ends
        the sentence after a closing source's post-modifier instead (no comma then)."""
        toks = self.tokens
        first = toks[k].lower
        if not toks[k].is_word or toks[k].is_capitalised or not (
                first in _POST_MODIFIER_PREPOSITIONS or first in DOCUMENT_PARTICIPLES
                or first.endswith("ed") or (first.endswith("ly") and k + 1 < hi
                                            and toks[k + 1].lower.endswith("ed"))):
            return -1
        for c in range(k + 1, min(hi, k + 25)):
            tok = toks[c]
            if tok.text == "," or (closing and tok.text == "." and c == hi - 1):
                return c if (tok.text == ",") != closing else -1
            if not (tok.is_word or tok.text in {"-", "–", "'", "’", "'s", "’s", "."}) or (
                    tok.lower in _FINITE_WORDS or tok.lower in {"that", "who", "which"}):
                return -1
        return -1

    def _name_after_cited(self, b: int, hi: int) -> int:
        """The last token of a name set off by commas right after a cited phrase ending at
        token b (", Zhou Minghua, said"), or -1."""
        toks = self.tokens
        if b + 2 >= hi or toks[b + 1].text != "," or not toks[b].text.islower():
            return -1  # ("citing officials in Lviv, Ukraine,": a place goes on)
        for end in range(b + 2, min(hi, b + 7)):
            if toks[end].text == ",":
                name = self.text[toks[b + 2].start:toks[end - 1].end].lower()
                return end - 1 if end > b + 2 and end + 1 < hi and (
                    toks[end + 1].text.islower()) and name not in lx.COUNTRY_NAMES else -1
            if not (is_name_token(toks[end]) or toks[end].text == "."):
                return -1
        return -1

    def _withheld_aside_end(self, k: int, hi: int) -> int:
        """The token of the comma closing a "who" clause at token k that says why a source is
        unnamed ("who asked not to be named because ...,"), or -1."""
        toks = self.tokens
        if k >= hi or toks[k].lower != "who":
            return -1
        comma = next((c for c in range(k + 1, min(hi, k + 30)) if toks[c].text == ","), -1)
        if comma < 0 or lx.WITHHELD_NAME.search(
                self.text[toks[k].start:toks[comma - 1].end]) is None:
            return -1
        return comma

    def _closing_appositive(self, comma: int, hi: int) -> str | None:
        """The words of an appositive after the source's comma that ends the sentence
        ("..., according to the Jornal de Corval, a local weekly."), or None."""
        toks = self.tokens
        if comma >= hi or toks[comma].text != "," or not self._appositive_closes_sentence(
                comma + 1, hi):
            return None
        end = hi - 1
        while end > comma and not toks[end].is_word:
            end -= 1
        return self.text[toks[comma + 1].start:toks[end].end] if end > comma + 1 else None

    def _appositive_closes_sentence(self, k: int, hi: int) -> bool:
        """"..., according to Halden Bank, a Norwegian lender." and "..., according to the
        agency, which runs the line.": what follows the source's comma describes the source
        and ends the sentence; the claim is before the cue, not around it."""
        toks = self.tokens
        if k >= hi or (toks[k].lower not in {"a", "an", "the", "which", "who", "whose"} and (
                # "..., according to the bank's annual report, published last month."
                toks[k].lower not in DOCUMENT_PARTICIPLES and toks[k].lower not in {
                    "conducted", "updated"})):
            return False
        return not any(t.text in {",", ";", ":"} or t.text in {"\"", "“", "”"} for t in toks[k:hi])

    def _coordinated_modifier_end(self, a: int, b: int, hi: int) -> int:
        """"according to the state forestry and fire agency", "the health and social services
        department": modifiers joined by "and" before one body's noun are one phrase; the last
        token of the body's noun, or `b` ("the ministry and the police" are two)."""
        toks = self.tokens
        if b + 2 >= hi or toks[b + 1].lower != "and" or not toks[b].text.islower() or (
                toks[b].bare in lx.ORG_NOUNS or is_people_head(toks[b])) or b == a or (
                toks[a].lower not in {"the", "a", "an", "its", "their"}):
            return b
        for m in range(b + 2, min(hi, b + 5)):
            if not (toks[m].is_word and toks[m].text.islower()) or (
                    toks[m].lower in lx.DETERMINERS):
                return b
            if toks[m].bare in lx.ORG_NOUNS:
                return m
        return b

    def _second_source(self, k: int, hi: int) -> tuple[int, int] | None:
        """The phrase of a second source joined by "and" at token `k` ("... and two officials
        who spoke on condition of anonymity"), when it opens as a new noun phrase does."""
        toks = self.tokens
        if k + 1 >= hi or toks[k].lower != "and":
            return None
        opener = toks[k + 1].lower
        if opener not in _SECOND_SOURCE_OPENERS and not opener.isdigit():
            return None
        return np_after(toks, k + 1, hi, self.units)

    def _quoted_title(self, k: int, hi: int) -> tuple[int, int] | None:
        """Tokens of a quoted title and its author after "according to" ("“Perfect Enough:
        Carly Fiorina and the Reinvention of Hewlett-Packard” by George Anders"), or None. A
        title is short and capitalised; a quotation of speech is not one."""
        toks = self.tokens
        if k >= hi or toks[k].text not in {"\"", "“"}:
            return None
        title = self.quotes.starting_at(toks[k].start)
        if title is None or not title.closed or title.end - title.start > 120:
            return None
        close = self.tok_index(title.end - 1)
        words = [t for t in toks[k + 1:close] if t.is_word and len(t.text) > 3]
        if close >= hi or not words or not all(t.text[:1].isupper() for t in words):
            return None
        end = close
        if close + 1 < hi and toks[close + 1].lower == "by":
            author = np_after(toks, close + 2, hi, self.units)
            if author is not None:
                end = author[1]
        return k, end

    def _described_as(self, b: int, hi: int) -> tuple[int, int] | None:
        """The phrase of "(people) it described as close to the talks" after token `b`: the
        first token after "as" and the last of the phrase it opens (to a comma or the
        sentence's end), or None."""
        toks = self.tokens
        if not (b + 3 < hi and toks[b + 1].lower in _DESCRIBERS
                and toks[b + 2].lower in {"described", "identified"}
                and toks[b + 3].lower == "as"):
            return None
        end = b + 4
        while end < hi and toks[end].text not in {",", ".", ";", ":", "—"}:
            end += 1
        return (b + 4, end - 1) if end - 1 >= b + 4 else None

    def _citing(self, first: int, last: int, cue: Span, s_start: int, s_end: int, lo: int,
                hi: int, made: list[Attribution]) -> list[Attribution]:
        toks = self.tokens
        low = toks[first].lower
        relative = first - 2 >= lo and toks[first - 1].lower in {"which", "who"} and (
            toks[first - 2].text == ",")
        if low in {"quoted", "cited"} and not relative and toks[last].lower == "by":
            np = np_after(toks, last + 1, hi, self.units)
            if np is not None and np[1] + 1 < hi and toks[np[1] + 1].lower in (
                    lx.CUE_VERB_FORMS) and self._quoted_people(np[1] + 1, lo) is not None:
                # "Officials quoted by Kan said ...": the verb's own reading relays them
                # (quoted_by_subject)
                return []
        if low in {"quoted", "cited"} and not relative:
            # "X, quoted in the paper, said": the quoted person speaks, the paper is the venue.
            speaker = np_before(toks, first - 1, lo, self.units)
            relay = np_after(toks, last + 1, hi, self.units)
            if speaker is None or relay is None:
                return []
            source = self._mention(speaker[0], speaker[1])
            venue = self._venue_from(toks[first].start, relay[0], relay[1], source)
            content = self.trim(s_start, s_end)
            return [Attribution(self.name, cue, "citing", source, content, venue=venue,
                                direction="cover", clause_start=cue.start)]
        if first - 1 >= lo and toks[first - 1].lower in {"without", "not"}:
            return []  # "the paper said, without citing sources, that ...": nobody was cited
        np = np_after(toks, last + 1, hi, self.units)
        if last + 1 < hi and toks[last + 1].lower == "what":
            np = (-1, -1)  # "citing what it described as a source close to the talks"
        if np is None:
            return []
        a, b = np
        described = self._described_as(b if a >= 0 else last + 1, hi)
        if described is not None:
            # "citing people it described as close to the negotiations", "citing what it
            # described as a source close to the talks": the outlet's description is the
            # cited source's phrase, the words that make it unnamed
            if a < 0:
                a = described[0]
            b = described[1]
        elif a < 0:
            return []
        said_in = self._statement_from(a, b)
        source = self._mention(said_in + 2 if said_in is not None else a, b)
        named = self._name_after_cited(b, hi) if said_in is None else -1
        if named > b:
            # "Xinhua, citing China's special envoy for climate affairs, Zhou Minghua, said":
            # the name after the cited role is whom the outlet cites
            role = self.text[toks[a].start:toks[b].end]
            source = self._mention(b + 2, named, description=role)
            source.start = toks[a].start
            source.text = self.text[source.start:source.end]
            b = named
        # "citing a statement from the Guards' navy": the navy speaks through its statement
        said_venue: Venue | None = None
        if said_in is not None:
            said_venue = self._venue_from(toks[a].start, a, said_in, source)
        clause_start = cue.start
        if first - 1 >= lo and toks[first - 1].lower == ",":
            clause_start = toks[first - 1].start
        elif relative:
            clause_start = toks[first - 2].start  # ", which cited ...,": the aside's comma
        latest = next((m for m in reversed(made) if m.source is not None), None)
        if latest is not None:
            # "The Süddeutsche Zeitung reported that the ministry had urged both sides to agree
            # to arbitration, citing a senior official": the outlet's report that holds the
            # latest verb cites the official, not the ministry's urging inside it
            carrier = next((m for m in made if m is not latest and m.source is not None
                            and m.source.kind in OUTLET_KINDS and m.content is not None
                            and m.content.start <= latest.cue.start
                            and latest.cue.end <= m.content.end), latest)
            return [Attribution(self.name, cue, "citing", source, carrier.content, venue=said_venue,
                                direction="none", clause_start=clause_start,
                                explicit_parent=carrier)]
        if self._leads_clause(first, lo):
            k = b + 2 if b + 1 < hi and toks[b + 1].lower == "," else b + 1
            content = self._forward_content(k, first, s_end, hi)
            return [Attribution(self.name, cue, "citing", source, content, venue=said_venue,
                                direction="none", clause_start=clause_start)]
        reason = self._reason_cited(source, a, b, first, lo, cue, s_end, hi)
        if reason is not None:
            return [reason]
        content = self._backward_content(s_start, clause_start)
        return [Attribution(self.name, cue, "citing", source, content, venue=said_venue,
                            direction="backward", clause_start=clause_start)]

    def _reason_cited(self, cited: Mention, a: int, b: int, first: int, lo: int, cue: Span,
                      s_end: int, hi: int) -> Attribution | None:
        """"Moody's placed the ratings on review, citing uncertainty over the liabilities",
        "The airline cancelled 40 flights, citing a shortage of pilots": what is cited after
        an act is the reason the actor gives, no source; the actor (the clause's subject)
        says it. None where the cited phrase may be a source (a person, a body, a record, a
        pronoun) or the clause has no subject."""
        toks = self.tokens
        head = toks[b]
        if cited.kind != UNRESOLVED or not head.text.islower() or (
                head.lower in lx.PRONOUNS or is_role(head) or head.bare in lx.DOCUMENT_HEADS
                or head.bare in lx.ORG_NOUNS or is_people_head(head)) or (
                first - 1 < lo or toks[first - 1].text != ","):
            return None
        subject = self._clause_subject(lo, first - 1)
        if subject is None:
            return None
        # the subject ends before its verb ("Moody's Investors Service placed ...")
        end = next((k - 1 for k in range(subject[0] + 1, subject[1] + 1)
                    if toks[k].text.islower() and toks[k].lower.endswith("ed")), subject[1])
        source = self._mention(subject[0], end)
        if source.kind == UNRESOLVED and toks[subject[0]].lower not in lx.PRONOUNS:
            return None
        content = self.trim(toks[a].start, self.sentence_content_end(first, s_end))
        return Attribution(self.name, cue, "citing", source, content, direction="forward",
                           clause_start=toks[first - 1].start)

    def _with_document_relay(self, source: Mention, source_first: int, first: int, lo: int,
                             cue: Span, content: Span | None, venue: Venue | None,
                             clause_start: int, continuing: bool) -> list[Attribution]:
        """A document an outlet has seen, as the subject of a forward cue, is relayed by the
        outlet ("A memo seen by Bloomberg News said", "An internal memo reviewed by the
        Eastfield Courier, a local newspaper, showed", "The report, reviewed by Reuters,
        noted"); any other subject is the cue's source alone."""
        toks = self.tokens
        if source.kind in OUTLET_KINDS:
            source, source_first = self._seen_document(source, source_first, lo)
        if " by " in source.text and not continuing:
            sa, sb = self.tok_index(source.start), self.tok_index(source.end) - 1
            split = self._relay_split(sa, sb)
            if split is not None and toks[split[2]].lower in SEEN:
                relayed = self._source_with_relay(sa, sb, cue, "verb", content, "forward",
                                                  clause_start)
                relayed[-1].venue = venue
                return relayed
        made_here = Attribution(self.name, cue, "verb", source, content, venue=venue,
                                direction="forward", clause_start=clause_start)
        if source.kind == "document":
            seen_by = self._document_seen_by(made_here, source_first, first)
            if seen_by is not None:
                return [seen_by, made_here]
        return [made_here]

    def _seen_document(self, source: Mention, source_first: int, lo: int
                       ) -> tuple[Mention, int]:
        """"An internal memo reviewed by the Eastfield Courier": an outlet found as the
        subject after "<document> reviewed by" is the end of the document's phrase."""
        toks = self.tokens
        if source_first - 3 >= lo and toks[source_first - 1].lower == "by" and (
                toks[source_first - 2].lower in SEEN):
            doc = np_before(toks, source_first - 3, lo, self.units)
            if doc is not None and toks[doc[1]].bare in lx.DOCUMENT_HEADS:
                return self._mention(doc[0], self.tok_index(source.end) - 1), doc[0]
        return source, source_first

    def _programme_title(self, start: int, end: int) -> bool:
        """A quotation after "of", "on" or "in" whose words are capitalised names a programme
        or a work ("On Tuesday's episode of “The Steve Harvey Morning Show,” the nominee
        said"), not what was said."""
        words = [w for w in self.text[start:end].strip("“”\"‘’',. ").split() if w[:1].isalpha()]
        before = self.text[max(0, start - 4):start].lower()
        return len(words) >= 2 and before.rstrip().endswith((" of", " on", " in")) and all(
            w[:1].isupper() or w.lower() in {"of", "the", "and", "a", "in", "on", "for", "to"}
            for w in words)

    def _document_seen_by(self, inner: Attribution, source_first: int, first: int
                          ) -> Attribution | None:
        """"A 2023 inspection report by the health department, reviewed by Reuters, noted
        that ...": the outlet that has seen the document relays it."""
        toks = self.tokens
        at = verb = None
        for m in range(source_first + 1, first - 3):
            if toks[m].text != ",":
                continue
            # ", reviewed by Reuters,", and the relative clause ", which was obtained by The
            # Age," (", which had been seen by ...")
            k = m + 1
            if toks[k].lower == "which" and k + 1 < first and (
                    toks[k + 1].lower in _RELATIVE_AUXILIARIES):
                k += 2 if toks[k + 2].lower != "been" else 3
            if k + 1 < first and toks[k].lower in DOCUMENT_RELAYS and toks[k + 1].lower == "by":
                at, verb = m, k
                break
        if at is None or verb is None:
            return None
        close = next((m for m in range(verb + 2, first) if toks[m].text == ","), first)
        if close - 1 < verb + 2 or not self._names_outlet(verb + 2, close - 1):
            return None
        relay = self._mention(verb + 2, close - 1)
        outer = Attribution(self.name, self.span(toks[verb].start, toks[verb + 1].end),
                            "citing", relay, inner.content, direction="none",
                            clause_start=inner.clause_start)
        inner.explicit_parent = outer
        return outer

    def _outlet_closes(self, k: int, hi: int) -> bool:
        """An outlet's name (with its "the") runs from token k to the end of the sentence."""
        toks = self.tokens
        if k < hi and toks[k].lower == "the":
            k += 1
        end = self.units.by_start.get(k)
        return end is not None and (end + 1 >= hi or toks[end + 1].text in {".", "!", "?"})

    def _took_to(self, first: int, lo: int) -> tuple[int, int, int] | None:
        """"Lewandowski took to Twitter to call ...", "went on CNN to declare ...": (the
        verb's token, and the venue's first and last tokens) before the infinitive cue."""
        toks = self.tokens
        to = first - 1
        if to - 3 < lo or toks[to].lower != "to":
            return None
        end = to - 1
        start = end
        while start - 1 > lo and start > end - 4 and (toks[start - 1].text[:1].isupper() or (
                toks[start - 1].text in {"’s", "'s"})):
            start -= 1
        if not toks[start].text[:1].isupper() or start - 2 < lo:
            return None
        prep, verb = toks[start - 1].lower, toks[start - 2].lower
        if (verb in _TOOK and prep == "to") or (verb in _WENT and prep == "on"):
            words = {t.bare for t in toks[start:end + 1]}
            if words & lx.PLATFORMS or any(k in self.units.by_end for k in range(start, end + 1)):
                return start - 2, start, end
        return None

    def _took_to_attribution(self, took: tuple[int, int, int], first: int, last: int, cue: Span,
                             s_end: int, lo: int, hi: int) -> list[Attribution]:
        toks = self.tokens
        verb, v_start, v_end = took
        np = None
        if toks[verb].lower.endswith("ing") and verb - 1 >= lo and toks[verb - 1].is_word:
            # "..., with Lewandowski taking to Twitter to call ...": the gerund's own subject
            np = np_before(toks, verb - 1, lo, self.units)
        if np is None:
            np = self._clause_subject(lo, verb)
        if np is None:
            return []
        source = self._mention(np[0], np[1])
        venue = self._venue_from(toks[v_start - 1].start, v_start, v_end, source)
        content = self._forward_content(last + 1, first, s_end, hi)
        return [Attribution(self.name, cue, "verb", source, content, venue=venue,
                            direction="forward", clause_start=toks[np[0]].start)]

    def _written_venue_at_end(self, content: Span, source: Mention | None
                              ) -> tuple[Venue | None, Span | None]:
        """"welcomed the vote in a statement": a venue phrase that ends the content is where
        the source said it, not part of what it said."""
        toks = self.tokens
        last = self.tok_index(content.end) - 1
        first = self.tok_index(content.start)
        for k in range(last - 1, max(first, last - 7), -1):
            if toks[k].lower not in lx.VENUE_PREPOSITIONS:
                continue
            words = {t.bare for t in toks[k + 1:last + 1]}
            # "in a statement", "on Facebook"; not "declined to comment on the report"
            written = words & lx.VENUE_NOUNS if toks[k].lower != "on" else words & lx.PLATFORMS
            venue, end = self._venue(k, last + 1, source)
            if venue is not None and end == last + 1 and written and k - 1 > first and (
                    toks[first].lower != "to"):
                return venue, self.trim(content.start, toks[k].start)
            break
        return None, content

    def _venue_at_end(self, content: Span, source: Mention | None
                      ) -> tuple[Venue | None, Span | None]:
        """"confirmed the figure to Agence France-Presse": an outlet after "to" that ends the
        content is where the source said it, not part of the claim."""
        toks = self.tokens
        last = self.tok_index(content.end) - 1
        first = self.units.by_end.get(last)
        if first is None or first - 1 < 0:
            return None, content
        to = first - 1 if toks[first - 1].lower != "the" else first - 2
        if to <= self.tok_index(content.start) or toks[to].lower != "to":
            return None, content
        venue = self._venue_from(toks[to].start, first, last, source)
        if venue.kind not in OUTLET_KINDS:
            return None, content
        return venue, self.trim(content.start, toks[to].start)

    def _quoted_by(self, as_tok: int, lo: int, cue: Span, s_end: int, hi: int
                   ) -> list[Attribution]:
        """"Lemos was quoted by Portuguese newspaper Record as saying ...": the outlet relays
        what the subject said (a relay and its speaker, as "X quoted Y as saying")."""
        toks = self.tokens
        k = as_tok - 1
        while k > lo and as_tok - k < 14 and toks[k].lower != "by":
            if toks[k].lower in {",", ";", "said", "says"}:
                return []
            k -= 1
        if k <= lo + 1 or toks[k].lower != "by" or toks[k - 1].lower not in {
                "quoted", "cited"} or toks[k - 2].lower not in PASSIVE_BE:
            return []
        # the outlet runs to the first "in"/"on"/"last" of a time phrase, else up to "as"
        end = k + 1
        while end < as_tok and toks[end].lower not in {"in", "on", "last", "this", ","}:
            end += 1
        before = k - 3
        if before > lo and toks[before].text == ",":
            # "Lemos, who has scored 14 goals, was quoted by ...": past the relative clause
            opener = before - 1
            while opener > lo and before - opener < 30 and toks[opener].lower not in {
                    "who", "which", ".", ";"}:
                opener -= 1
            if toks[opener].lower in {"who", "which"} and toks[opener - 1].text == ",":
                before = opener - 2
        subject = np_before(toks, before, lo, self.units)
        named: Mention | None = None
        if subject is None and toks[before].text == ",":
            # "A regional commander, Brigadier General Reza Sadeghpour, was quoted by IRNA as
            # saying": the name in its appositive
            named, first, _ = self._appositive_subject(before, lo)
            if named is not None:
                subject = (first, before - 1)
        if subject is None or end <= k + 1:
            return []
        relay = self._mention(k + 1, end - 1)
        words = {t.bare for t in toks[k + 1:end]}
        if relay.kind not in OUTLET_KINDS and (words & lx.OUTLET_NOUNS or (
                toks[end - 1].text[:1].isupper() and (
                    relay.kind not in NAMED_KINDS or toks[k + 1].lower == "the"))):
            relay.kind = "outlet"  # "quoted by Portuguese newspaper Record": a publication
        speaker = named or self._mention(subject[0], subject[1])
        content = self._forward_content(as_tok + 2, as_tok + 1, s_end, hi)
        quoted_cue = self.span(toks[k - 1].start, toks[k].end)
        outer_content = self.span(toks[subject[0]].start,
                                  content.end if content is not None else toks[as_tok].end)
        outer = Attribution(self.name, quoted_cue, "citing", relay, outer_content,
                            direction="none")
        inner = Attribution(self.name, cue, "verb", speaker, content, direction="none",
                            explicit_parent=outer)
        return [outer, inner]

    def quoted_by_subject(self, first: int, last: int, lo: int, cue: Span, s_end: int,
                          hi: int) -> list[Attribution]:
        """"Officials quoted by Kan said the talks had stalled", "people cited by Bloomberg
        said": the people the outlet quoted speak, and the outlet relays them (a relay and its
        speaker, as "X was quoted by Y as saying"); [] when the subject is no such phrase."""
        toks = self.tokens
        parts = self._quoted_people(first, lo)
        if parts is None:
            return []
        subject, (a, b) = parts
        relay = self._mention(a, b)
        if relay.kind not in OUTLET_KINDS and toks[b].text[:1].isupper():
            relay.kind = "outlet"  # "quoted by Kan": the publication that quoted them
        speaker = self._mention(subject[0], subject[1])
        content = self._forward_content(last + 1, first, s_end, hi)
        quoted_cue = self.span(toks[a - 2].start, toks[a - 1].end)
        outer_content = self.span(toks[subject[0]].start,
                                  content.end if content is not None else cue.end)
        outer = Attribution(self.name, quoted_cue, "citing", relay, outer_content,
                            direction="none")
        inner = Attribution(self.name, cue, "verb", speaker, content, direction="none",
                            explicit_parent=outer)
        return [outer, inner]

    def _quoted_people(self, first: int, lo: int
                       ) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The people's phrase and the outlet's phrase of "<people> quoted by / cited by
        <outlet>" right before the verb at token `first` ("Officials quoted by Kan said"), or
        None: no comma before "quoted" ("X, quoted in the paper, said" is read as a venue),
        and people, not a record ("The figures quoted by the minister show")."""
        toks = self.tokens
        if first - 4 < lo:
            return None
        np = np_before(toks, first - 1, lo, self.units)
        if np is None or np[1] != first - 1 or np[0] - 3 < lo:
            return None
        if toks[np[0] - 1].lower != "by" or toks[np[0] - 2].lower not in {"quoted", "cited"}:
            return None
        subject = np_before(toks, np[0] - 3, lo, self.units)
        if subject is None or not is_people_head(toks[subject[1]], opening=subject[1] == lo) or (
                is_record_head(toks[subject[1]])):
            return None
        return subject, np

    @staticmethod
    def _carrier(made: list[Attribution]) -> Attribution | None:
        """The sentence's latest attribution with a source that is not inside another's
        content: the one a continuing cue ("..., and predicted") shares its source with."""
        for m in reversed(made):
            if m.source is None or m.cue_kind == "noun":
                continue  # "escalated her criticism, telling CNN": she tells, not "her"
            if m.direction != "backward" and any(
                    n is not m and n.content is not None
                    and n.content.start <= m.cue.start < n.content.end for n in made):
                continue  # (a closing cue, "..., the person said", closes what came before)
            return m
        return None

    def _quoted_label_end(self, c: int) -> int:
        """Where the quotation opening at token c closes, when it is a short label inside a
        phrase (quoted an unnamed "law enforcement source" as saying), not words someone
        said; else -1."""
        quote = self.quotes.starting_at(self.tokens[c].start)
        if quote is None or not quote.closed:
            return -1
        inner = quoted_words(self.text, quote)
        return quote.end if 0 < len(inner.split()) <= 4 and inner[-1:].isalnum() else -1

    def _quoted_as_saying(self, k: int, hi: int, cue: Span, source: Mention | None,
                          s_end: int) -> list[Attribution]:
        """"The paper quoted a source as saying that ...": relay and speaker."""
        toks = self.tokens
        # The speaker is everything up to "as saying" ("one of Carson's advisers", "a senior
        # aide, Jane Doe,"), within a bounded stretch holding no clause of its own.
        c = k
        aside = -1  # "TNA quoted President Oleg Varan, who it said watched ..., as saying"
        label_end = -1  # where a quoted label inside the phrase closes
        while c + 1 < hi and c < k + 24 and not (
                toks[c].lower == "as" and toks[c + 1].lower in QUOTED_AS):
            if toks[c].start < label_end:
                c += 1
                continue
            if toks[c].lower in {"“", "\""} and (label := self._quoted_label_end(c)) > 0:
                label_end = label
                c += 1
                continue
            if aside < 0 and c > k and toks[c].text == "," and c + 1 < hi and (
                    toks[c + 1].lower in {"who", "a", "an", "the"}
                    # "Zhou Minghai, described as the mission's chief scientist,"
                    or toks[c + 1].lower in _QUOTED_ASIDE_PARTICIPLES
                    # "Henryk Sobczak, head of the plant's largest union,": a role with no
                    # article after a name (not "Smith, Jones and Lee": a list of names)
                    or (toks[c + 1].is_word and toks[c + 1].text[:1].islower()
                        and toks[c + 1].lower not in {"and", "or", "but", "as", "whom"}
                        and all(t.is_capitalised or t.lower in NAME_PARTICLES
                                for t in toks[k:c]))):
                aside = c
            if toks[c].lower in {".", ";", "“", "\""} or (aside < 0 and toks[c].lower in {
                    "that", "said", "says"}) or (aside < 0 and c >= k + 16):
                return []
            c += 1
        if not (c + 1 < hi and toks[c].lower == "as" and c > k):
            return []
        a, b = k, (aside - 1 if aside > k else c - 1)
        while b > a and not toks[b].is_word:
            b -= 1
        description = None
        if aside > k and toks[aside + 1].lower != "who":
            description = self.text[toks[aside + 1].start:toks[c - 1].start].rstrip(" ,")
        speaker = self._mention(a, b, description=description)
        if b + 1 < c and toks[b + 1].end == label_end:
            # the closing mark of a quoted label stays in the phrase: an unnamed "law
            # enforcement source"
            speaker.end = toks[b + 1].end
            speaker.text = self.text[speaker.start:speaker.end]
        if aside > k and toks[aside + 1].lower == "who":
            withheld = self.text[toks[aside + 1].start:toks[c - 1].start].rstrip(" ,")
            if lx.WITHHELD_NAME.search(withheld) is not None:
                # "quoted a senior manager, who spoke on condition of anonymity, as saying":
                # why the name is withheld belongs to the speaker
                self._withheld(speaker, withheld)
        inner_cue = self.span(toks[c].start, toks[c + 1].end)
        content = self._forward_content(c + 2, c + 1, s_end, hi)
        outer_content = self.trim(toks[a].start, s_end)
        outer = Attribution(self.name, cue, "verb", source, outer_content, direction="none")
        inner = Attribution(self.name, inner_cue, "verb", speaker, content, direction="none",
                            explicit_parent=outer)
        return [outer, inner]
