"""Venues: where a speaker said it ("on state television", "in an interview with CNN", "in a
statement"), and the same appearance carried to the speaker's later words.

Part of stage 5 (attributions): a venue becomes a hop of its own in the chain (chains.md).
"""

from __future__ import annotations

from . import lexicon as lx
from .attributions import Attribution, Span, Venue
from .directory import OutletRef
from .entity_table import Mention
from .phrases import (
    is_name_token,
    is_role,
    nationality,
    np_after,
    says_state_media,
    slug,
)
from .scan import ScanState
from .text import Token

MAX_VENUE = 16  # tokens in a venue phrase
# Words that make a venue phrase an outlet's, whether or not the directory names it.
_OUTLET_WORDS = lx.OUTLET_NOUNS | frozenset({"programme", "program", "show", "broadcaster"})
# Publications a finding or an essay appears in ("reported in the journal Nature Geoscience").
_PUBLICATION_NOUNS = frozenset({"journal", "magazine", "newspaper", "periodical", "quarterly"})
_OUTLET_MENTIONS = frozenset({"outlet", "unnamed_outlet", "state_affiliated_outlet"})
WHEN_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
    "month", "year", "night", "morning", "afternoon", "evening", "weekend", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "spring", "summer", "fall", "autumn", "winter",
})
# Words that put an attribution on an occasion of its own (so no venue carries to it).
_OCCASION_WORDS = frozenset({"later", "earlier", "yesterday", "today", "tonight", "previously",
                             "interview", "monday", "tuesday", "wednesday", "thursday",
                             "friday", "saturday", "sunday", "weeks", "months", "years", "ago"})
# A broadcaster's call sign ("WKOW-TV", "KQED", "WNYC"): a station, known to the table or not
CALL_SIGN = lx.CALL_SIGN


def sports_desk(tokens: list[Token], a: int, b: int) -> bool:
    """A capitalised name ending in "Sports" where words are given ("told Sky Sports", "told
    Yahoo Sports"): a broadcaster's or a site's sports desk, known to the table or not (a
    retailer so named is never where an interview is given)."""
    return b > a and tokens[b].text == "Sports" and all(
        t.is_capitalised for t in tokens[a:b + 1])


_VENUE_DETERMINERS = frozenset({"a", "an", "his", "her", "their", "another", "separate",
                                "subsequent", "later", "recent", "written"})
_WHEN_LEADS = frozenset({"on", "last", "this", "in", "next", "that", "same"})


# Participles opening a clause that names whom a speaker addressed ("Speaking to Sky News, ...").
_SPEAKING_TO = frozenset({"speaking", "talking", "writing"})
# Participles that say who put out a speaker's written words ("released by", "issued by").
_RELEASED = frozenset({"released", "issued", "distributed", "posted", "provided", "sent",
                       "circulated", "published"})

# Verbs whose object is whom the words are about ("criticised the club on social media",
# "accused rivals on Facebook of ..."), so an "on"/"in" venue after it is where it was said
# ("blamed misinformation on social media" is no such verb: the object holds the phrase)
PERSON_OBJECT_VERBS = frozenset({"criticise", "criticize", "accuse", "attack", "praise",
                                  "condemn", "slam", "thank", "mock", "denounce", "blast",
                                  "rebuke", "chide", "fault", "congratulate", "defend",
                                  "applaud", "challenge", "urge", "warn"})
# Written venues that can follow a verb's object ("criticised the plan in a statement")
_VENUE_AFTER_OBJECT = frozenset({"statement", "letter", "post", "tweet", "interview", "speech",
                                 "video", "email", "blog", "op-ed", "column", "filing"})
# Words that end a platform venue ("on social media in recent days", "on Facebook the photo")
_AFTER_PLATFORM = frozenset({"the", "a", "an", "at", "to", "from", "on", "with", "for", "of",
                             "over", "about", "after", "in"})


# A finite verb of its own: a venue phrase never holds one ("a site in western Pennsylvania
# was flowing into a stream, an official said" is no venue "in ... stream")
_FINITE = frozenset({"was", "were", "is", "are", "has", "have", "had", "will"})


class VenueScan(ScanState):
    """Finds venue phrases and carries a speaker's venue."""

    def _carry_venues(self) -> None:
        """A person's later attributions with no venue of their own come from the same
        appearance as the last one that named a venue, unless their sentence names another
        occasion ("in an interview with", "on Tuesday", "later")."""
        current: dict[str, Attribution | None] = {}
        for attribution in sorted(self.out, key=lambda a: a.cue.start):
            source = attribution.source
            if source is None or source.entity.category != "person":
                continue
            key = source.entity.id
            venue = attribution.venue
            if venue is not None:
                current[key] = attribution if venue.kind is not None else None
                continue
            if self._other_occasion(attribution):
                current[key] = None
                continue
            earlier = current.get(key)
            if earlier is not None:
                attribution.venue_from = earlier

    def _other_occasion(self, attribution: Attribution) -> bool:
        """The attribution's sentence, outside its content, names a time or an occasion."""
        sentence = attribution.sentence_span
        if sentence is None:
            return False
        content = attribution.content
        lo = self.tok_index(sentence.start)
        hi = self.tok_index(sentence.end)
        toks = self.tokens
        end = min(hi, lo + 80)
        ranges = [(lo, end)]
        if content is not None:  # the content's tokens are skipped in one step
            c_lo, c_hi = self.tok_index(content.start), self.tok_index(content.end)
            ranges = [(lo, min(c_lo, end)), (max(c_hi, lo), end)]
        for first, last in ranges:
            for k in range(first, last):
                low = toks[k].lower
                if low in _OCCASION_WORDS or (low in lx.VENUE_NOUNS and k > lo and toks[
                        k - 1].lower in _VENUE_DETERMINERS) or (
                        low in WHEN_WORDS and k > lo and toks[k - 1].lower in _WHEN_LEADS):
                    return True
        return False

    def programme_title_end(self, k: int, hi: int) -> int:
        """The last token of a quoted programme title that follows a possessive outlet ending
        at token k ("ABC’s “Good Morning America”", "CBS’s “This Morning,”"), or a programme's
        noun ("the Rai 1 talk show “Porta a Porta”": a short title, its words mostly
        capitalised, not words spoken on it), or k."""
        toks = self.tokens
        if k + 1 >= hi:
            return k
        possessive = toks[k].text.endswith(("’s", "'s")) or toks[k].text in {"’s", "'s"}
        if not possessive and toks[k].bare not in lx.PROGRAMME_NOUNS:
            return k
        quote = self.quotes.starting_at(toks[k + 1].start)
        if quote is None or not quote.closed or quote.end - quote.start > 80:
            return k
        if not possessive:
            words = self.text[quote.start + 1:quote.end - 1].split()
            if not words or len(words) > 6 or not words[0][:1].isupper() or (
                    2 * sum(1 for w in words if w[:1].isupper()) < len(words)) or any(
                    w.endswith((".", "!", "?", ",")) for w in words[:-1]):
                return k
        end = k + 1
        while end + 1 < hi and toks[end + 1].end <= quote.end:
            end += 1
        return end

    def object_appositive_end(self, k: int, hi: int) -> int:
        """After the object of "told": the token after an appositive (", a longtime friend,")
        at token k when "that" follows it ("told Smith, a longtime friend, that ..."), else -1.
        """
        toks = self.tokens
        close = self._appositive_close(k, hi)
        return close + 1 if close > 0 and toks[close + 1].lower == "that" else -1

    def _appositive_close(self, k: int, hi: int) -> int:
        """The comma closing an appositive noun phrase that opens at the comma at token k
        (", a local news podcast,"), or -1."""
        toks = self.tokens
        if k + 2 >= hi or toks[k].text != "," or toks[k + 1].lower not in {"a", "an", "the"}:
            return -1
        close = next((m for m in range(k + 2, min(hi, k + 16)) if not toks[m].is_word
                      and toks[m].text not in {"-", "’s", "'s", "&"}), -1)
        if close < 0 or toks[close].text != "," or close + 1 >= hi:
            return -1
        return close

    def _outlet_appositive_end(self, k: int, hi: int) -> int:
        """After the object of "told": the token after ", a local news podcast," when an
        appositive that calls the object an outlet or a programme follows it at token k ("told
        the Alder Valley Report, a local news podcast, that ..."), else -1."""
        toks = self.tokens
        close = self._appositive_close(k, hi)
        if close < 0:
            return -1
        head = next((m for m in range(k + 2, close) if toks[m].lower in {
            "produced", "hosted", "run", "owned", "published", "founded", "that", "which",
            "with", "by", "from", "about", "for", "on"}), close) - 1
        if head <= k + 1 or toks[head].bare not in lx.PROGRAMME_NOUNS | lx.OUTLET_NOUNS or (
                toks[head].bare in {"service", "media", "press", "news", "agency", "agencies"}):
            return -1
        return close + 1

    def _titled_programme(self, k: int, hi: int) -> tuple[Venue | None, int] | None:
        """"told “Off the Beaten Track”, a podcast produced by the travel magazine Wanderpost,
        that ...": a quoted title the appositive after it calls a programme or an outlet is
        where the words were given (a venue of its own), and the claim starts after it."""
        toks = self.tokens
        quote = self.quotes.starting_at(toks[k].start)
        if quote is None or not quote.closed or quote.end - quote.start > 80:
            return None
        end = k
        while end + 1 < hi and toks[end + 1].end <= quote.end:
            end += 1
        after = self._outlet_appositive_end(end + 1, hi)
        if after < 0:
            return None
        span = self.span(toks[k].start, toks[end].end)
        return Venue(span, None, "unnamed_outlet", "outlet-" + slug(span.text)), after

    def _venue_start(self, j: int, lo: int) -> int:
        """The preposition opening a venue phrase that ends at token j ("in a Medium
        post", "on Fox News"), when a subject comes before it; or -1."""
        toks = self.tokens
        p = j - 1
        while p > lo and p > j - 6:
            low = toks[p].lower
            if low in {"in", "on", "during"}:
                return p if p - 1 >= lo and toks[p - 1].is_word else -1
            if not toks[p].is_word and low not in {"’s", "'s", "-"}:
                return -1
            p -= 1
        return -1

    def _venue(self, k: int, hi: int, source: Mention | None) -> tuple[Venue | None, int]:
        """A venue phrase starting at token k ("in a statement", "on state television")."""
        toks = self.tokens
        if k >= hi or toks[k].lower not in lx.VENUE_PREPOSITIONS:
            return None, k
        if k + 2 < hi and toks[k + 1].lower == "order" and toks[k + 2].lower in {"to", "for"}:
            return None, k  # "said in order to win ...": a purpose, no court order
        end = k + 1
        limit = min(hi, k + MAX_VENUE)
        saw_venue = False
        while end < limit:
            if end in self.units.by_start:
                end = self.units.by_start[end] + 1
                saw_venue = True
                continue
            tok = toks[end]
            low = tok.lower
            if low == "." and toks[end - 1].lower in {"a.m", "p.m"}:
                end += 1  # "in a 5 a.m. bulletin": the clock time's full stop
                continue
            if low == "(" and end + 2 < hi and toks[end + 2].text == ")" and (
                    toks[end + 1].text.isupper()):
                end += 3  # "carried by the Qatar News Agency (QNA)": its acronym goes with it
                continue
            if not tok.is_word and low not in {"-", "&", "’s", "'s"}:
                title_end = self.programme_title_end(end - 1, limit)
                if title_end > end - 1:
                    end = title_end + 1  # "on CBS’s “This Morning,”": the programme ends it
                elif low == "," and saw_venue and is_role(toks[end - 1]):
                    end = self._appositive_name_end(end, limit)
                break
            if low in {"and", "&"} and end + 1 < limit and end > k + 1 and (
                    toks[end - 1].is_capitalised and toks[end + 1].is_capitalised):
                end += 1  # "a filing with the Securities and Exchange Commission"
                continue
            if low in {"that", "said", "says", "saying", "who", "which", "and", "but",
                       "according", "when", "where", "as", "after", "before", "while",
                       "because", "about"} or low in _FINITE:
                break  # ... "in western Pennsylvania was flowing into a stream": a clause
            if low in lx.CUE_VERB_FORMS and not tok.is_capitalised and low not in (
                lx.VENUE_NOUNS
            ) and low not in lx.AMBIGUOUS_FORMS and not (
                    # "in its latest planning bulletin": the "-ing" form modifies the venue
                    # noun after it (after the noun, "in a statement welcoming news that ...",
                    # it opens a clause of its own)
                    not saw_venue and low.endswith("ing") and end + 1 < limit
                    and toks[end + 1].lower in lx.VENUE_NOUNS):
                break
            if saw_venue and low in _AFTER_PLATFORM and (
                    toks[end - 1].lower in lx.PLATFORMS or toks[end - 1].lower == "media"):
                # "criticised on social media the prospect of ...", "on social media in recent
                # days for failing": the platform ends the venue
                break
            if low in {"opinion", "view"} and toks[end - 1].lower in {
                    "his", "her", "their", "my", "our", "its", "your"}:
                break  # "in his opinion": a stance, not a court's opinion
            if low in lx.VENUE_NOUNS or low in lx.PLATFORMS or (
                    low in _PUBLICATION_NOUNS and not tok.is_capitalised):
                saw_venue = True  # ... and "in the journal Nature Geoscience"
            end += 1
        if not saw_venue or end == k + 1:
            return None, k
        venue = self._venue_from(toks[k].start, k + 1, end - 1, source)
        if venue.relay is None:
            venue.relay = self._reported_after(end, hi, source)
        return venue, end

    def to_outlet(self, k: int, hi: int, source: Mention | None) -> tuple[Venue | None, int]:
        """"said to CNN", "confirmed to AFP that", "explained to CBS why": an outlet the
        directory names after "to" is where the words were given, as "told CNN" is."""
        toks = self.tokens
        if k + 1 >= hi or toks[k].lower != "to":
            return None, k
        end = self.units.by_start.get(k + 1)
        if end is None and toks[k + 1].lower == "the":
            end = self.units.by_start.get(k + 2)
        if end is None or toks[end].text.endswith(("’s", "'s")) or (
                end + 1 < hi and toks[end + 1].text in {"’s", "'s"}):
            return None, k  # "to CNN's website": what the outlet owns, not the outlet
        return self._venue_from(toks[k + 1].start, k + 1, end, source), end + 1

    def _reported_after(self, k: int, hi: int, source: Mention | None) -> Mention | None:
        """"Ash wrote in the email, which was first reported by The Associated Press": the
        outlet that first reported the speaker's written words relays them."""
        toks = self.tokens
        if k + 5 >= hi or toks[k].text != "," or toks[k + 1].lower != "which" or (
                toks[k + 2].lower not in {"was", "were", "had", "has"}):
            return None
        m = k + 3
        while m < hi and m < k + 6 and toks[m].lower in {"been", "first", "initially",
                                                         "originally", "earlier"}:
            m += 1
        if m + 2 >= hi or toks[m].lower not in {"reported", "published", "obtained",
                                                 "posted", "broadcast"} or (
                toks[m + 1].lower != "by"):
            return None
        np = np_after(toks, m + 2, hi, self.units)
        if np is None:
            return None
        relay = self._mention(np[0], np[1])
        if source is not None and relay.entity is source.entity:
            return None
        return relay

    def _venue_before(self, lo: int, first: int, source: Mention | None) -> Venue | None:
        """The last venue phrase of the clause that a participle at token `first` continues."""
        toks = self.tokens
        found: Venue | None = None
        k = max(lo, first - 24)
        if k == lo and lo + 2 < first and toks[lo].lower in _SPEAKING_TO and (
                toks[lo + 1].lower in {"to", "with"}):
            # "Speaking to Sky News, the minister said": the outlet spoken to, before the
            # subject, is the venue when it is an outlet
            comma = next((c for c in range(lo + 2, first) if toks[c].text == ","), -1)
            if comma > lo + 2:
                spoken_to = self._venue_from(toks[lo].start, lo + 2, comma - 1, source)
                if spoken_to.kind is not None:
                    return spoken_to
        while k < first:
            if toks[k].lower in lx.VENUE_PREPOSITIONS:
                venue, end = self._venue(k, first, source)
                if venue is not None:
                    found, k = venue, end
                    continue
            k += 1
        return found

    def _venue_from(self, start: int, a: int, b: int, source: Mention | None) -> Venue:
        toks = self.tokens
        span = self.span(start, toks[b].end)
        outlet: OutletRef | None = None
        kind: str | None = None
        entity: str | None = None
        country: str | None = None
        ends = [k for k in range(b, a - 1, -1) if self.units.by_end.get(k, -1) >= a]
        # "CBS's Face the Nation": the network that owns the programme, not "the Nation" inside
        # its title
        owner = [k for k in ends if toks[k].text.endswith(("’s", "'s")) or (
            k + 1 <= b and toks[k + 1].text in {"’s", "'s"})]
        for k in owner[-1:] or ends:
            first = self.units.by_end.get(k)
            if first is not None and first >= a:
                mention = self._mention(first, k)
                outlet = mention.outlet or mention.entity.outlet
                kind, entity = mention.kind, mention.entity.id
                country = mention.country or mention.entity.country
                break
        if kind is None:
            if says_state_media(toks[a:b + 1]) and any(
                    t.bare in lx.OUTLET_NOUNS for t in toks[a:b + 1]):
                # "on state television", not "in its first official crop forecast"
                country = nationality(toks[a:b + 1]) or (
                    source.country or source.entity.country if source is not None else None
                ) or self.resolver.context_country
                outlet = self.resolver.state_outlet(country)
                kind = "state_affiliated_outlet"
                entity = outlet.domain if outlet else f"state-media-{(country or 'xx').lower()}"
        if kind is None:
            named = self._interviewer(a, b)
            if named is not None:
                # "in an interview with Fox Business Network": an outlet the directory does not
                # hold is an unrated outlet, never the nearest known one
                kind, entity = "unnamed_outlet", "outlet-" + slug(named)
        if kind is None:
            words = {t.bare for t in toks[a:b + 1]}
            titled = toks[a].text == "The" and b > a and all(
                t.text[:1].isupper() or not t.is_word for t in toks[a + 1:b + 1])
            masthead = toks[a].lower == "the" and (any(
                t.is_capitalised and t.bare in lx.MASTHEAD_WORDS for t in toks[a + 1:b + 1]) or (
                b > a + 1 and toks[b].bare in lx.MASTHEAD_WORDS_AFTER_THE
                and all(t.is_capitalised for t in toks[a + 1:b + 1])))
            if a > 0 and lx.PLAIN_PROGRAM.fullmatch(self.text[toks[a - 1].start:toks[b].end]):
                words = set()  # "in the program": a programme of work (lexicon.PLAIN_PROGRAM)
            if words & _OUTLET_WORDS or titled or masthead or sports_desk(toks, a, b) or any(
                    CALL_SIGN.match(t.text) for t in toks[a:b + 1]):
                # "told The Columbus Dispatch", "told the newspaper", "on public broadcaster
                # RTV Slovenija's evening programme": an outlet, named or referred back to
                mention = self._mention(a, b)
                if mention.kind in _OUTLET_MENTIONS:
                    outlet = mention.outlet or mention.entity.outlet
                    kind, entity = mention.kind, mention.entity.id
                else:
                    kind, entity = "unnamed_outlet", "outlet-" + slug(self.text[
                        toks[a].start:toks[b].end])
        venue = Venue(span, outlet, kind, entity, country)
        venue.relay = self._released_by(a, b, source)
        return venue

    def _appositive_name_end(self, comma: int, limit: int) -> int:
        """After "a statement released by his lawyer": the token after ", Sophie Lambrecht"
        when a name between commas follows the role, else `comma` (the venue ends there)."""
        toks = self.tokens
        k = comma + 1
        while k < limit and k - comma <= 4 and is_name_token(toks[k]):
            k += 1
        if k > comma + 1 and k < len(toks) and toks[k].text == ",":
            return k
        return comma

    def _released_by(self, a: int, b: int, source: Mention | None) -> Mention | None:
        """"a statement released by their lawyers", "a video posted by the campaign": whoever
        put the speaker's words out is a relay between the speaker and the reader."""
        toks = self.tokens
        for k in range(a + 1, b):
            if toks[k].lower == "by" and toks[k - 1].lower in _RELEASED:
                comma = next((c for c in range(k + 1, b) if toks[c].text == ","), -1)
                if comma > k + 1:
                    # "released by his lawyer, Sophie Lambrecht": the lawyer, named
                    relay = self._mention(comma + 1, b, description=self.text[
                        toks[k + 1].start:toks[comma - 1].end])
                else:
                    relay = self._mention(k + 1, b)
                if source is not None and relay.entity is source.entity:
                    return None
                return relay
        return None

    def _interviewer(self, a: int, b: int) -> str | None:
        """The capitalised name after "interview with" / "appearance on" in tokens [a, b]."""
        toks = self.tokens
        for k in range(a, b):
            if toks[k].lower in {"interview", "appearance", "interviews"} and k + 2 <= b and (
                    toks[k + 1].lower in {"with", "on"}):
                start = k + 2
                if toks[start].lower == "the" and start + 1 <= b:
                    start += 1
                end = start
                while end <= b and toks[end].is_word and (
                        toks[end].text[:1].isupper() or toks[end].lower in {"of", "&"}):
                    end += 1
                    if toks[end - 1].text.endswith(("’s", "'s")):
                        break  # "Fox Business Network's Maria Bartiromo": the network
                if end > start and is_name_token(toks[start]):
                    name = self.text[toks[start].start:toks[end - 1].end]
                    return name[:-2] if name.endswith(("’s", "'s")) else name
        return None

    def _venue_after_object(self, content: Span, source: Mention | None) -> Venue | None:
        """"criticised the club on social media for ...", "accused rivals on Facebook of ...":
        a platform or a written venue right after the verb's object is where it was said."""
        toks = self.tokens
        lo, hi = self.tok_index(content.start), self.tok_index(content.end)
        for m in range(lo + 1, min(hi, lo + 8)):
            if toks[m].lower not in {"on", "in"}:
                continue
            nxt = toks[m + 1].lower if m + 1 < hi else ""
            nxt2 = toks[m + 2].lower if m + 2 < hi else ""
            if nxt in lx.PLATFORMS or (nxt == "social" and nxt2 == "media") or (
                    nxt in {"a", "an", "its", "his", "her", "their"}
                    and nxt2 in _VENUE_AFTER_OBJECT):
                return self._venue(m, hi, source)[0]
        return None
