"""Attributions in an article: cue, source, content and venue, with their nesting.

One pass over each sentence's tokens finds cues (`cues.py`); `_FieldScanner._build` hands
each to the stage that reads its form: a verb of speech to `verbs.py`, "according to" and
", citing" to `relays.py`, an opinion noun, a reaction or a vague phrase to the builders
here; bounded scans around the cue find the source noun phrase, a venue and the content
(`content.py`). Work per sentence is capped (`MAX_CUES`), so a hostile input costs time
linear in its length. This module also holds the entry points (`extract`, `extract_html`),
the collector pause that keeps long inputs linear, and the passes that run on a whole field:
passive hearsay ("is said to") and the headline's sources read from the body.
"""

from __future__ import annotations

import bisect
import gc
import re
import threading
import time
from typing import Any

from . import lexicon as lx
from .attributions import Attribution, Extraction, Span, Venue
from .chains import build_chains
from .claims import mark_non_claims
from .cues import (
    OPINION_NOUNS,
    POSSESSIVE_PRONOUNS,
    REACTION_DEGREE,
    CueScan,
    cue_candidates,
)
from .directory import OutletDirectory, OutletRef
from .entities import Resolver
from .entity_table import NAMED_KINDS, Mention
from .headline import headline_sources_from_body, sentence_case
from .named_later import name_the_described
from .nesting import NestingScan
from .outlet_refs import OUTLET_KINDS
from .phrases import np_after, np_before, role_after_a_gerund, slug
from .pronouns import prefer_the_speaker
from .subjects import LEADING_WORDS, PERSONAL_PRONOUNS
from .text import html_to_text, paragraphs
from .verbs import AUXILIARIES, VerbScan

# A finite speech verb right after an "-ing" word makes that word the end of its subject
_FINITE_SPEECH = frozenset({"said", "says", "told", "tells", "added", "wrote", "writes"})

_SUBJECT_OF = {"his": "he", "her": "she", "their": "they"}
# What a place or a trade says, as the subject of "is that" ("Talk on the wharf is that")
# The verbs of hearsay going round ("Rumours have circulated ... that"), which state a claim
# only with the "that" clause they carry
_GOING_ROUND = frozenset({"circulated", "circulating", "mounted", "mounting", "grown",
                          "swirled", "swirling"})
_HEARSAY_NOUNS = frozenset({"talk", "word", "chatter", "gossip", "speculation", "rumour",
                            "rumor", "buzz", "whisper", "scuttlebutt"})
# "In a new poll, ...": heads of a finding that opens a sentence as its source.
_FINDING_HEADS = frozenset({
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "census",
    "interview", "statement", "letter", "memo", "op-ed", "editorial", "column", "tweet",
    "post", "speech", "book", "memoir", "filing", "complaint", "lawsuit", "ruling",
    "opinion", "essay", "article", "review", "audit", "transcript", "testimony",
})
# "In a new poll, 79 percent said ...": findings that hold the verbs after them.
_POLL_HEADS = lx.POLL_NOUNS | {"study", "studies", "census"}
# Participles whose subject follows "with" after a comma ("..., with analysts citing ...")
# "The report, which cited two people briefed on the meeting, said": the relative aside
# names whom the report cites, as "The report, citing ..., said" does
_CITED_ASIDE = frozenset({"cited", "quoted"})
_WITH_PARTICIPLES = frozenset({"citing", "pointing", "blaming", "saying", "warning", "arguing",
                               "noting", "predicting", "complaining", "expecting", "claiming",
                               "insisting", "reporting", "estimating", "describing"})
# Who gives a reason so: people, a trade, a body (never a thing: "with prices citing")
_WITH_SOURCE_KINDS = frozenset({"vague", "anonymous", "anonymous_described", "named_person",
                                "named_official", "named_expert", "outlet", "unnamed_outlet"})
# A refusal coordinated after what was said ("... and declined to comment further")
_REFUSAL_TAIL = re.compile(r",?\s+(?:and|but)\s+(?:declined|refused|did\s+not\s+want|would\s+"
                           r"not|could\s+not|did\s+not)\s+(?:to\s+)?(?:comment|respond|"
                           r"elaborate|discuss|say\s+more|give\s+details|provide\s+details)\b")
# The reporter's own words after what was said: a caveat ("..., though this could not be
# confirmed", "..., although no official figures have been published") or the market's move
# ("..., and its shares fell 7% in early trading"), no part of the claim.
_REPORTERS_TAIL = re.compile(
    r",\s+(?:(?:though|although|but)\s+(?:this|that|it|the\s+claim|the\s+report)\s+(?:could|"
    r"can|has|had|was)\s+not\s+(?:be\s+)?(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)"
    r"|(?:though|although)\s+no\s+(?:\w+\s+){0,3}(?:figures|data|study|studies|tally|"
    r"statistics|plan|audit|evidence)\s+(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:published|released|made\s+public)"
    r"|and\s+(?:its|the\s+company's|the\s+company’s|their)\s+shares\s+(?:fell|rose|jumped|"
    r"slid|dropped|climbed|tumbled|gained|surged|sank|slumped|rallied)\b)")


# --- public entry points ----------------------------------------------------------------------


def extract(text: str, headline: str | None = None, directory: OutletDirectory | None = None,
            publisher: OutletRef | None = None) -> Extraction:
    """Attributions and chains of an article given as plain text (and its headline)."""
    paused = _pause_gc()
    try:
        return _extract(text, headline, directory, publisher)
    finally:
        if paused:
            _resume_gc()


# An extract makes a token tuple per word and keeps them all to the end; the cyclic
# collector's passes over them cost about a third of the time of an ordinary article and
# made very long inputs superlinear. Nothing here makes reference cycles that outlive the
# call, so the collector is paused while extracts run. `gc.disable` is process-wide and the
# service runs extracts on several threads at once, so the pause is counted under a lock: the
# first extract to start pauses it (only if it was on), the last to finish turns it back on,
# and the allocations made meanwhile trigger a collection at once. So that overlapping calls
# on a busy server cannot keep it off, a call does not join a pause older than
# `GC_PAUSE_MAX_SECONDS`: once the calls inside it end, the collector runs.
GC_PAUSE_MAX_SECONDS = 0.5
_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False
_gc_paused_at = 0.0


def _pause_gc() -> bool:
    """Join (or start) the pause; False when this call runs with the collector as it is."""
    global _gc_depth, _gc_was_enabled, _gc_paused_at
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            if _gc_was_enabled:
                gc.disable()
            _gc_paused_at = time.monotonic()
        elif time.monotonic() - _gc_paused_at > GC_PAUSE_MAX_SECONDS:
            return False
        _gc_depth += 1
        return True


def _resume_gc() -> None:
    global _gc_depth
    with _gc_lock:
        _gc_depth -= 1
        if _gc_depth == 0 and _gc_was_enabled:
            gc.enable()


def _extract(text: str, headline: str | None, directory: OutletDirectory | None,
             publisher: OutletRef | None) -> Extraction:
    named: list[OutletRef] = []
    matches: dict[str, list[Any]] = {}
    if directory is not None:
        for name, field_text in (("headline", headline or ""), ("text", text)):
            found = directory.find(field_text)
            matches[name] = found
            named.extend(m.outlet for m in found if not m.ambiguous and m.outlet not in named)
        # The publisher counts as named: "the Post" in the Post's own article is the Post.
        own = directory.by_domain(publisher.domain) if publisher is not None else None
        if own is not None and own not in named:
            named.append(own)
    resolver = Resolver(directory, named)

    def read(field_text: str, found: list[Attribution]) -> list[Attribution]:
        return mark_non_claims(field_text, _hearsay(field_text, found, resolver))

    attributions: list[Attribution] = []
    bare: list[tuple[str, Span]] = []
    offset = 0
    if headline:
        read_as = sentence_case(headline, text)  # "Leaked Documents Reveal ..." as a sentence
        scanner = _FieldScanner("headline", read_as, resolver, directory,
                                matches.get("headline", []), 0)
        in_headline = read(read_as, scanner.run())
        sentences = scanner.bare_sentences()
        if read_as != headline:
            _as_written(headline, in_headline, sentences)
        attributions.extend(in_headline)
        bare.extend(("headline", s) for s in sentences)
        offset = len(headline) + 1
        resolver.set_context(scanner.tokens)  # the headline's country is the body's default
        _ = resolver.context_country
    scanner = _FieldScanner("text", text, resolver, directory, matches.get("text", []), offset)
    in_text = read(text, scanner.run())
    name_the_described(text, in_text)  # "a senior official told ..." named next paragraph
    prefer_the_speaker(in_text)  # "Baird said a council officer had told her ... She said"
    attributions.extend(in_text)
    bare.extend(("text", s) for s in scanner.bare_sentences())
    if headline:
        spans = paragraphs(text)
        lead_end = spans[0][1] if spans else len(text)
        if len(spans) > 1 and not any(a.cue.start < lead_end for a in in_text):
            # a feature's scene-setting opening ("Under the floodlights at Mill Lane on
            # Saturday, ..."): the story, and the source the headline names, come next
            lead_end = spans[1][1]
        headline_sources_from_body([a for a in attributions if a.field == "headline"], in_text,
                                    lead_end)
    attributions.sort(key=lambda a: (a.field != "headline", a.cue.start, a.cue.end))
    for number, attribution in enumerate(attributions, 1):
        attribution.id = f"a{number}"
    chains = build_chains(attributions, bare, publisher)
    return Extraction(text=text, headline=headline, attributions=attributions, chains=chains)


def _as_written(field_text: str, found: list[Attribution], sentences: list[Span]) -> None:
    """Give every span found in a field's sentence-case reading the field's own text (the
    offsets are the same: only letters' case differed)."""
    spans: list[Any] = list(sentences)
    for attribution in found:
        spans.extend(s for s in (attribution.cue, attribution.source, attribution.content,
                                 attribution.sentence_span) if s is not None)
        if attribution.venue is not None:
            spans.append(attribution.venue.span)
    for span in spans:
        span.text = field_text[span.start:span.end]


def extract_html(html: str, headline: str | None = None,
                 directory: OutletDirectory | None = None,
                 publisher: OutletRef | None = None) -> Extraction:
    """Like `extract`, on the readable text of an HTML page."""
    return extract(html_to_text(html), headline=headline, directory=directory,
                   publisher=publisher)


# --- one field (headline or text) ---------------------------------------------------------


class _FieldScanner(VerbScan, CueScan, NestingScan):
    """One field's attributions: the cue scan, then per cue its source, content and venue."""

    def __init__(self, name: str, text: str, resolver: Resolver,
                 directory: OutletDirectory | None, matches: list[Any], offset: int) -> None:
        super().__init__(name, text, resolver, directory, matches, offset)
        self.candidates = cue_candidates(self.tokens)

    def run(self) -> list[Attribution]:
        starts = self.starts
        if self.name == "headline":
            self._headline_colon()
            if not self.out:
                self._headline_dash()
        for number, (s_start, s_end) in enumerate(self.sentences):
            tok_lo = bisect.bisect_left(starts, s_start)
            tok_hi = bisect.bisect_left(starts, s_end, tok_lo)
            self.resolver.set_context(self.tokens, tok_lo, min(tok_hi, tok_lo + 40))
            found = self._sentence(number, s_start, s_end, tok_lo, tok_hi)
            if not found:
                found = self._follow_on_quote(s_start, s_end)
            if found:
                self.attributed[number] = True
        self._quotes_across_paragraphs()
        self.trim_at_headline_dash()
        self._assign_parents()
        self._carry_venues()
        self._show_relative_sources()
        return self.out

    def _show_relative_sources(self) -> None:
        """Widen each relative subject's source to the phrase it stands for ("Okonjo, who"),
        now that contents and nesting no longer need the pronoun's own place."""
        for attribution in self.out:
            source = attribution.source
            if attribution.source_from is not None and source is not None and (
                    attribution.source_from < source.start):
                source.start = attribution.source_from
                source.text = self.text[source.start:source.end]

    def _anonymous_pronouns(self, made: list[Attribution]) -> None:
        """"..., he said, on condition of anonymity to speak freely": a pronoun whose speaker
        is granted anonymity right at the cue is an unnamed source, whoever came before."""
        for attribution in made:
            source = attribution.source
            if source is None:
                continue
            aside = _ANONYMITY_ASIDE.match(self.text, attribution.cue.end)
            if aside is None:
                continue
            if source.text.lower() in PERSONAL_PRONOUNS:
                attribution.source = self.resolver.speaking_anonymously(
                    source, self.offset + source.start)
            elif source.kind in {"anonymous", "anonymous_described"}:
                words = aside.group(0).strip(" ,")
                self._withheld(source, words if not words.lower().startswith("on ") else (
                    "speaking " + words))
            # "A senior European diplomat said, on condition of anonymity, that ...": whoever
            # speaks, the aside is why they are unnamed, no part of what they say
            content = attribution.content
            if content is not None and aside.start() <= content.start < aside.end() <= (
                    content.end):
                # "He said, on condition of anonymity, that ...": the aside is no content
                rest = self.text[aside.end():content.end]
                skip = len(rest) - len(rest.lstrip(" ,"))
                trimmed = self.trim(aside.end() + skip, content.end)
                if trimmed is not None:
                    attribution.content = trimmed

    def bare_sentences(self) -> list[Span]:
        covered = sorted(
            (a.content.start, a.content.end) for a in self.out if a.content is not None
        )
        bare: list[Span] = []
        idx = 0
        furthest = -1
        for number, (start, end) in enumerate(self.sentences):
            while idx < len(covered) and covered[idx][0] < end:
                furthest = max(furthest, covered[idx][1])
                idx += 1
            if self.attributed[number] or furthest > start:
                continue
            if any(ch.isalpha() for ch in self.text[start:min(end, start + 200)]):
                bare.append(self.span(start, end))
        return bare

    # -- one sentence --

    def _sentence(self, number: int, s_start: int, s_end: int, lo: int, hi: int) -> bool:
        if lo >= hi:
            return False
        made: list[Attribution] = self._opening(lo, hi, s_end)
        if self.signed_at and self._any_between(self.signed_at, s_start, s_end):
            made.extend(self._signed_quotes(s_start, s_end))
        if not made and self.labelled_at and self._any_between(self.labelled_at, s_start,
                                                                s_end):
            made.extend(self._labelled_quote(lo, hi))
        taken: list[tuple[int, int]] = [(a.cue.start, a.cue.end) for a in made]
        for first, last, kind, base, vague_idx in self._cues(lo, hi):
            start, end = self.tokens[first].start, self.tokens[last].end
            if any(t_start < end and start < t_end for t_start, t_end in taken[-8:]):
                continue
            built = self._build(first, last, kind, base, vague_idx, s_start, s_end, lo, hi,
                                made)
            for attribution in built:
                attribution.sentence_span = self.span(s_start, s_end)
                made.append(attribution)
                taken.append((attribution.cue.start, attribution.cue.end))
                if attribution.source is not None:
                    taken.append((attribution.source.start, attribution.source.end))
        if not made:
            return False
        if len(made) > 1:
            self._clip(made)  # one attribution has no later clause to stop at
        for attribution in made:
            content = attribution.content
            if attribution.direction == "forward" and content is not None and (
                    refusal := _REFUSAL_TAIL.search(content.text)) is not None and (
                    refusal.start() > 0):
                # "said it was studying the report and declined to comment further": the
                # refusal is the speaker's act, no part of what was said
                attribution.content = self.trim(content.start, content.start + refusal.start())
        for attribution in made:
            content = attribution.content
            if content is not None and (tail := _REPORTERS_TAIL.search(content.text)) and (
                    tail.start() > 0):
                attribution.content = self.trim(content.start, content.start + tail.start())
        for attribution in made:
            if attribution.venue is None and attribution.content is not None and (
                    attribution.cue_kind == "verb" and attribution.direction == "forward"):
                attribution.venue, attribution.content = self._written_venue_at_end(
                    attribution.content, attribution.source)
        self._anonymous_pronouns(made)
        self.out.extend(made)
        return True

    def _opening(self, lo: int, hi: int, s_end: int) -> list[Attribution]:
        """Cues that open a sentence: "In a new poll, ..." (the poll is the source) and
        "Asked whether ..., " (a question put to someone the sentence names later)."""
        toks = self.tokens
        label = self._speaker_label(lo, hi)
        if label:
            return label
        a = lo
        while a < hi and toks[a].lower in LEADING_WORDS:
            a += 1
        if a + 2 >= hi:
            return []
        low = toks[a].lower
        if low == "in":
            comma = a + 1
            while comma < hi and comma < a + 16 and toks[comma].lower != ",":
                comma += 1
            if comma >= hi or toks[comma].lower != ",":
                return []
            heads = [t.bare for t in toks[a + 1:comma]]
            if not any(h in _FINDING_HEADS for h in heads):
                return []
            if not any(h in _POLL_HEADS for h in heads) and any(
                    t.lower in lx.CUE_VERB_FORMS and (t.lower not in lx.AMBIGUOUS_FORMS or (
                        t.lower in lx.FINDING_VERB_FORMS)) for t in toks[comma + 1:hi]):
                # "In a statement, the ministry said ...", "In a 212-page final report, the
                # board found that ...": the verb is the cue, the document its venue
                return []
            source = self._mention(a + 1, comma - 1)
            content = self.trim(toks[comma + 1].start, s_end) if comma + 1 < hi else None
            if content is None:
                return []
            venue = None
            speaker = self._interviewee(a, comma, hi, source)
            if speaker is not None:
                # "In an interview with National Public Radio, President Barack Obama
                # castigated ...": the outlet is where the speaker said it, not its source
                source, venue = speaker
            return [Attribution(self.name, self.span(toks[a].start, toks[a].end), "phrase",
                                source, content, venue=venue, direction="none")]
        hearsay = self._hearsay_is_that(a, hi, s_end)
        if hearsay:
            return hearsay
        if low == "asked" and toks[a + 1].lower in {"whether", "if", "about", "why", "how",
                                                     "what", "when", "to", "who", "for"}:
            comma = a + 1
            while comma < hi and comma < a + 40 and toks[comma].lower != ",":
                comma += 1
            if comma >= hi:
                return []
            content = self.trim(toks[a + 1].start, toks[comma].start)
            return [Attribution(self.name, self.span(toks[a].start, toks[a].end), "verb",
                                None, content, direction="none")]
        return []

    def _interviewee(self, a: int, comma: int, hi: int, outlet: Mention | None
                     ) -> tuple[Mention, Venue] | None:
        """The named subject after a fronted "In an interview with OUTLET," and the outlet
        as its venue, when no cue verb follows (that case is the verb's, with this venue)."""
        toks = self.tokens
        if outlet is None or outlet.kind not in OUTLET_KINDS or not any(
                t.lower in {"interview", "interviews", "appearance"} for t in toks[a + 1:comma]):
            return None
        end = comma + 1
        while end < hi and toks[end].is_capitalised:
            end += 1  # the subject's capitalised name ("President Barack Obama")
        if end == comma + 1 or end >= hi or not toks[end].text.islower():
            return None
        speaker = self._mention(comma + 1, end - 1)
        if speaker is None or speaker.kind not in NAMED_KINDS:
            return None
        venue = self._venue_from(toks[a].start, a + 1, comma - 1, speaker)
        return speaker, venue

    def _make_vague(self, source: Mention, key: str, name: str) -> None:
        """Make `source` the vague source its phrase says it is ("it is understood", "Talk on
        the wharf"), whatever the resolver made of its words."""
        source.entity = self.resolver._entity("vague-" + slug(key), kind="vague",
                                              category="vague", name=name)
        source.kind = "vague"

    def _hearsay_is_that(self, a: int, hi: int, s_end: int) -> list[Attribution]:
        """"Talk on the wharf is that ...", "Word in the industry is that ...", "The talk among
        traders is that ...": what a place or a trade says, nobody in particular (vague, as
        the wire readers read it), with the clause after "that" its content."""
        toks = self.tokens
        head = a + 1 if toks[a].lower == "the" else a
        if head >= hi or toks[head].lower not in _HEARSAY_NOUNS:
            return []
        k = head + 1
        if k < hi and toks[k].lower not in {"is", "was"}:
            if toks[k].lower not in {"on", "in", "among", "around", "at", "across", "along"}:
                return []
            while k < hi and k < head + 8 and toks[k].lower not in {"is", "was", ","}:
                k += 1
        if k + 2 >= hi or toks[k].lower not in {"is", "was"} or toks[k + 1].lower != "that":
            return []
        source = self._mention(a, k - 1)
        name = self.text[toks[a].start:toks[k - 1].end]
        self._make_vague(source, name.lower(), name)
        content = self.trim(toks[k + 2].start, s_end)
        if content is None:
            return []
        return [Attribution(self.name, self.span(toks[k].start, toks[k + 1].end), "phrase",
                            source, content)]


    def _build(self, first: int, last: int, kind: str, base: str, vague_idx: int,
               s_start: int, s_end: int, lo: int, hi: int, made: list[Attribution]
               ) -> list[Attribution]:
        toks = self.tokens
        cue = self.span(toks[first].start, toks[last].end)
        if first == last and toks[first].lower.endswith("ing") and last + 1 < hi and (
                toks[last + 1].lower in _FINITE_SPEECH):
            return []  # "a manager involved in production planning told Reuters": a noun
        if first == last and last + 1 < hi and role_after_a_gerund(toks, first):
            # "A former Corpoelec planning manager, who ..., said", "the marketing director":
            # the form is the noun a role is of, not a verb ("is planning to", "warning
            # officials that")
            return []
        if toks[last].lower == "calling" and last + 1 < hi and toks[last + 1].lower in {
                "itself", "themselves", "himself", "herself"}:
            return []  # "A criminal group calling itself Greyfin": its name, nothing said
        if kind == "phrase":
            return self._vague_phrase(first, last, vague_idx, cue, s_start, s_end, lo, hi)
        if kind == "according_to":
            return self._according(first, last, cue, s_start, s_end, lo, hi)
        if toks[first].lower in _WITH_PARTICIPLES:
            absolute = self._with_absolute(first, last, cue, s_end, lo)
            if absolute is not None:
                return absolute
        if kind == "citing" or (first == last and toks[first].lower in _CITED_ASIDE and (
                first - 2 >= lo and toks[first - 1].lower in {"which", "who"}
                and toks[first - 2].text == ",")):
            return self._citing(first, last, cue, s_start, s_end, lo, hi, made)
        if kind == "noun" and toks[last].lower == "from":
            return self._reaction_from(first, last, cue, s_start, hi)
        if kind == "noun":
            if toks[first - 1].lower in POSSESSIVE_PRONOUNS:
                possessor: tuple[int, int] | None = (first - 1, first - 1)
            else:
                possessor = np_before(toks, first - 1, lo, self.units)
            if possessor is None:
                return []
            if toks[first].lower in OPINION_NOUNS:
                return self._opinion(first, possessor, cue, s_start, s_end, lo, hi)
            subject = _SUBJECT_OF.get(toks[possessor[0]].lower)
            if subject is not None and possessor[0] == possessor[1]:
                tok = toks[possessor[0]]
                ref = self.resolver._pronoun(subject, self.offset + tok.start, None)
                source = Mention(tok.start, tok.end, tok.text, ref.entity, ref.kind)
            else:
                source = self._mention(possessor[0], possessor[1])
            content = self.trim(toks[last + 1].start, self.sentence_content_end(first, s_end))
            return [Attribution(self.name, cue, "noun", source, content)]
        return self._verb(first, last, base, cue, s_start, s_end, lo, hi, made)

    def _with_absolute(self, first: int, last: int, cue: Span, s_end: int, lo: int
                       ) -> list[Attribution] | None:
        """"Shares fell, with analysts citing the storm losses", "with traders pointing to a
        tighter supply outlook": the noun phrase after "with" gives the reason it names."""
        toks = self.tokens
        np = np_before(toks, first - 1, lo, self.units)
        if np is None or np[0] - 1 < lo or toks[np[0] - 1].lower != "with" or (
                np[0] - 2 < lo or toks[np[0] - 2].text != ","):
            return None
        source = self._mention(np[0], np[1])
        if source.kind not in _WITH_SOURCE_KINDS or last + 1 >= len(toks):
            return None
        content = self.trim(toks[last + 1].start, self.sentence_content_end(first, s_end))
        return [Attribution(self.name, cue, "verb", source, content, direction="forward",
                            clause_start=toks[np[0] - 2].start)]


    def _reaction_from(self, first: int, last: int, cue: Span, s_start: int, hi: int
                       ) -> list[Attribution]:
        """"Trump's assertion that X drew rebukes from the Pentagon": who gave the reaction
        (after "from") said something of what the clause before the verb holds."""
        toks = self.tokens
        np = np_after(toks, last + 1, hi, self.units)
        if np is None:
            return []
        source = self._mention(np[0], np[1])
        verb = first - 1 if toks[first - 1].lower not in REACTION_DEGREE else first - 2
        while verb - 1 >= 0 and toks[verb - 1].lower in AUXILIARIES and (
                toks[verb - 1].start > s_start):
            verb -= 1  # "The plan has faced": the plan
        content = self.trim(s_start, toks[verb].start)
        return [Attribution(self.name, cue, "noun", source, content, direction="backward",
                            clause_start=toks[verb].start)]

    def _opinion(self, first: int, possessor: tuple[int, int], cue: Span, s_start: int,
                 s_end: int, lo: int, hi: int) -> list[Attribution]:
        """"In Bolton's view, X" / "X, in Bolton's view": the possessor holds X."""
        toks = self.tokens
        opening = self._opinion_in(first, lo)
        if opening is None:
            return []
        source = self._mention(possessor[0], possessor[1])
        if self._leads_clause(opening, lo):
            k = first + 2 if first + 1 < hi and toks[first + 1].lower == "," else first + 1
            content = self._forward_content(k, first, s_end, hi)
            return [Attribution(self.name, cue, "noun", source, content, direction="none")]
        clause_start = toks[opening].start
        if opening - 1 >= lo and toks[opening - 1].lower == ",":
            clause_start = toks[opening - 1].start
        after = first + 1
        if after >= hi or toks[after].text in {".", "!", "?", ";"}:
            content = self._backward_content(s_start, clause_start)
            return [Attribution(self.name, cue, "noun", source, content, direction="backward",
                                clause_start=clause_start)]
        content = self.trim(s_start, s_end)
        return [Attribution(self.name, cue, "noun", source, content, direction="cover",
                            clause_start=clause_start)]


    # -- patterns --

    def _reported_by(self, first: int, last: int, s_end: int, hi: int) -> list[Attribution]:
        """"It was reported by RTÉ News last week that ...": the passive's agent, a name or an
        outlet, is the source of what follows "that", not a vague "it is reported"."""
        toks = self.tokens
        if toks[first].lower != "it" or last + 2 >= hi or toks[last + 1].lower != "by":
            return []
        np = np_after(toks, last + 2, hi, self.units)
        if np is None:
            return []
        end = np[1]
        while end > np[0] and not (end in self.units.by_end or toks[end].is_capitalised):
            end -= 1  # "by RTÉ News last week": the outlet, then when
        if not (end in self.units.by_end or toks[end].is_capitalised):
            return []
        np = (np[0], end)
        k = np[1] + 1
        while k < hi and k <= np[1] + 4 and toks[k].lower != "that" and toks[k].is_word:
            k += 1
        if k >= hi or toks[k].lower != "that":
            return []
        content = self._forward_content(k, last, s_end, hi)
        if content is None:
            return []
        source = self._mention(np[0], np[1])
        cue = self.span(toks[first + 1].start, toks[last].end)
        return [Attribution(self.name, cue, "phrase", source, content)]

    def _vague_phrase(self, first: int, last: int, idx: int, cue: Span, s_start: int,
                      s_end: int, lo: int, hi: int) -> list[Attribution]:
        toks = self.tokens
        source_tok = toks[first + idx]
        single = first == last
        if single:
            # "reportedly", "allegedly": the whole sentence is the content, and its source is
            # the vague "it is reported" (rubric: "reports", "it is said") ...
            later = _OTHER_SPEECH.search(self.text, cue.end, s_end)
            if later is not None and len(self.text[cue.end:later.start()].split()) <= 1:
                later = None  # "Trump reportedly told aides": the telling is what is reported
            if _OTHER_SPEECH.search(self.text, s_start, cue.start) or later is not None:
                # ... unless the sentence names who says it ("after a passenger allegedly
                # attacked a member of the crew, the airline and Irish police said"): the
                # adverb is that source's hedge, not a second, vague source
                return []
            source = self._mention(first, first)
            if source.kind == "unresolved":
                self._make_vague(source, source_tok.lower, source_tok.text)
            content = self.trim(s_start, s_end)
            return [Attribution(self.name, cue, "phrase", source, content, direction="cover",
                                clause_start=cue.start)]
        by_agent = self._reported_by(first, last, s_end, hi)
        if by_agent:
            return by_agent
        if idx == 0 and toks[last].lower in _GOING_ROUND and not any(
                t.lower == "that" for t in toks[last + 1:min(hi, last + 10)]):
            return []  # "Reports circulated on social media": no "that" clause, no claim
        source = self.resolver.resolve(self.text, [source_tok], self.offset + source_tok.start)
        if source.kind not in {"vague"}:
            self._make_vague(source, source_tok.lower, source_tok.text)
        cue_span = cue
        if idx == 0:
            cue_span = self.span(toks[first + 1].start, toks[last].end)
        k = last + 1
        if toks[first].lower == "by" and first > lo and toks[first - 1].text == "," and (
                k < hi and toks[k].text == ","):
            # "It was, by most accounts, the defining issue": the sentence around the aside
            return [Attribution(self.name, cue_span, "phrase", source, self.trim(s_start, s_end),
                                direction="cover", clause_start=cue_span.start)]
        if toks[first].lower == "by" and k < hi and toks[k].text == ",":
            k += 1  # "By most accounts, the defining issue was ...": what follows the comma
        content = self._forward_content(k, last, s_end, hi)
        if content is None and first > lo and toks[first - 1].text == "," and (
                last + 1 >= len(toks) or toks[last + 1].text in {".", ","}):
            # "..., an announcement could come before Christmas, it is understood." and
            # "The family, it is understood, wants to keep a stake": the sentence around the
            # aside is what is understood
            return [Attribution(self.name, cue_span, "phrase", source, self.trim(s_start, s_end),
                                direction="cover", clause_start=cue_span.start)]
        if content is None and first > lo:
            return []
        return [Attribution(self.name, cue_span, "phrase", source, content)]


# A verb of saying in the sentence of a hearsay adverb ("allegedly", "reportedly")
_OTHER_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|according\s+to|stated|added)\b")
# ", on condition of anonymity", "speaking on the condition that she not be named"
_ANONYMITY_ASIDE = re.compile(
    r",?\s+(?:(?:while\s+)?speaking\s+|who\s+spoke\s+)?on\s+(?:the\s+)?condition\s+(?:of\s+"
    r"anonymity|that\s+(?:he|she|they)\s+(?:not\s+be|remain|were\s+not|was\s+not)\s+"
    r"(?:named|identified|unnamed|anonymous))", re.I)
# "The central bank is said to weigh a cut", "Hungarian central bank said to weigh ...": the
# passive of hearsay has no source; its subject is what the claim is about.
_HEARSAY_AFTER = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|me|us|him|them|"
                            r"reporters|journalists|lawmakers|investors|police)\b)[a-z]")
# A headline's passive of blame or suspicion, its agent left out: "Mine runoff blamed for
# fish deaths", "Arson suspected as wildfire burns into third day"
_HEADLINE_PASSIVES = frozenset({"blamed", "suspected", "feared", "alleged"})
_BLAMED_AFTER = re.compile(r"(?:\s+(?:for|on|in|as|after)\s+|\s*[,:;]|\s*$)(?!.*\bby\b)")
# the passive's auxiliary ("is said to"); a headline drops it ("Bank said to weigh cut")
_HEARSAY_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$")


def _hearsay(text: str, attributions: list[Attribution], resolver: Resolver
             ) -> list[Attribution]:
    """Give each passive-hearsay cue ("X is said to ...") the vague source "it is said", with
    the subject inside the claim."""
    for attribution in attributions:
        cue = attribution.cue
        blamed = attribution.field == "headline" and cue.text.lower() in _HEADLINE_PASSIVES and (
            # "Mine runoff blamed for deaths", "Arson suspected as wildfire burns"
            _BLAMED_AFTER.match(text, cue.end) is not None)
        if not blamed and (cue.text.lower() not in lx.HEARSAY_CUES
                           or not _HEARSAY_AFTER.match(text, cue.end)):
            continue
        if attribution.field != "headline" and not _HEARSAY_BEFORE.search(
                text[max(0, cue.start - 30):cue.start]):
            continue
        source = attribution.source
        entity = resolver._entity("vague-" + cue.text.lower() + "-to", kind="vague",
                                  category="vague", name=cue.text, plural=True)
        attribution.source = Mention(cue.start, cue.end, cue.text, entity, "vague")
        content = attribution.content
        if source is not None and content is not None and source.start < content.start:
            attribution.content = Span(source.start, content.end,
                                       text[source.start:content.end])
    return attributions
