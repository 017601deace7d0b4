"""Attributions in an article: cue, source, content and venue, with their nesting.

One pass over each sentence's tokens finds cues; around each cue, bounded scans find the
source noun phrase, a venue and the content. Work per sentence is capped (`MAX_CUES`), so a
hostile input costs time linear in its length.
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
    poll_head,
)
from .directory import OutletDirectory, OutletRef
from .entities import (
    BODY_KINDS,
    BODY_OR_OUTLET_NOUNS,
    NAMED_KINDS,
    NEWS_WORDS,
    Mention,
    Resolver,
)
from .headline import headline_sources_from_body, sentence_case
from .named_later import name_the_described
from .nesting import NestingScan
from .phrases import (
    DOCUMENT_RELAYS,
    RELAY_ADVERBS,
    is_name_token,
    is_role,
    np_after,
    np_before,
    post_modified_start,
    slug,
)
from .quotes import QuoteScan
from .subjects import (
    IRREGULAR_PARTICIPLES,
    LEADING_WORDS,
    PASSIVE_BE,
    PERSONAL_PRONOUNS,
    SubjectScan,
    participle_form,
)
from .text import Token, html_to_text, paragraphs
from .venues import CALL_SIGN, PERSON_OBJECT_VERBS, WHEN_WORDS, VenueScan

_OUTLET_KINDS = frozenset({"outlet", "unnamed_outlet", "state_affiliated_outlet"})
MAX_SKIP = 4  # auxiliaries and adverbs between a subject and its verb
# A finite speech verb right after an "-ing" word makes that word the end of its subject
_FINITE_SPEECH = frozenset({"said", "says", "told", "tells", "added", "wrote", "writes"})
# Verbs a gerund cue follows ("to stop writing", "kept saying"): never its subject
_GERUND_VERBS = frozenset({"stop", "stops", "stopped", "keep", "keeps", "kept", "start",
                           "starts", "started", "begin", "began", "begun", "continue",
                           "continued", "quit", "resume", "resumed", "avoid", "avoided",
                           "risk", "finish", "finished", "cease", "ceased", "consider"})

_OBJECT_VERBS = frozenset({
    "tell", "inform", "assure", "remind", "warn", "urge", "ask", "advise", "notify", "alert",
    "caution", "promise", "brief", "beg", "implore", "pressure", "press", "encourage",
})
_SUBJECT_OF = {"his": "he", "her": "she", "their": "they"}
_CLAUSE_STARTERS = frozenset({
    "that", "whether", "if", "how", "why", "what", "when", "where", "who", "to",
})
# Tokens after which a participle continues the sentence's attribution ("..., adding").
_CONTINUERS = frozenset({",", "and", "—", "–", "-", "by", "while", "after", "before", "when",
                         "also", "then"})
# "..., an allegation / a charge / a claim the company denies": the noun names what was said
_DISPUTED_CLAIM_NOUNS = frozenset({"allegation", "allegations", "accusation", "accusations",
                                   "charge", "charges", "claim", "claims", "assertion",
                                   "characterization", "characterisation", "suggestion"})
# Words that open a time adjunct after a closing cue ("..., state television reported on
# Saturday, days after ..."): a time noun, or a word that counts or hedges one
_TIME_ADJUNCT_LEADS = lx.TIME_NOUNS | frozenset({
    "shortly", "just", "only", "soon", "a", "an", "one", "two", "three", "four", "five", "six",
    "several", "long", "even", "well"})
# Cue forms that are plural nouns before a verb ("Police reports show", "The claims suggest")
_PLURAL_NOUN_CUES = frozenset({"reports", "claims", "notes", "statements", "accounts",
                               "estimates", "records", "calls"})
# What a body does with its own document ("issued a statement calling on", "filed a
# complaint alleging"): the issuer speaks through it
_ISSUED = frozenset({"issued", "issues", "issue", "issuing", "released", "releases", "release",
                     "filed", "files", "file", "filing", "published", "publishes", "publish",
                     "sent", "sends", "send", "posted", "posts", "post", "wrote", "writes",
                     "write", "signed", "signs", "sign", "submitted", "submits", "submit",
                     "brought", "brings", "bring", "put", "puts", "lodged", "lodges",
                     "circulated", "circulates", "distributed", "tweeted", "made", "makes"})
# What a place or a trade says, as the subject of "is that" ("Talk on the wharf is that")
_HEARSAY_NOUNS = frozenset({"talk", "word", "chatter", "gossip", "speculation", "rumour",
                            "rumor", "buzz", "whisper", "scuttlebutt"})
# Words after "..., X said," that open a clause of its own ("as", "while", "but")
_NEW_CLAUSE = frozenset({"as", "while", "whereas", "but", "although", "though", "because",
                         "since", "when", "after", "before", "amid", "despite", "following",
                         # "..., the minister said on Monday, in a move growers warned ..."
                         "in"})
# Ambiguous forms that still work inverted ("..., continued Smith.").
_INVERTIBLE = frozenset({"continued", "asked", "offered", "remarked", "wrote", "noted",
                         "claimed", "reported", "stated", "quipped", "added"})
# The verbs a speaker follows ("..., said Smith", "“...,” recalled X", "..., tweeted Y"):
# after any other verb the next noun phrase is its object ("declared bankruptcy", "decided
# one institution at a time", "praised the Saudis"), not an inverted speaker.
_INVERTED_SPEECH = frozenset({
    "say", "add", "write", "ask", "recall", "explain", "report", "note", "reply", "tweet",
    "state", "conclude", "warn", "continue", "offer", "remark", "quip", "claim", "insist",
    "argue", "observe", "joke", "counter", "acknowledge", "admit", "concede", "predict",
    "caution", "tell", "announce", "retort", "exclaim", "muse", "complain", "boast",
    "suggest", "answer", "wonder", "whisper", "shout", "testify", "recount", "emphasize",
    "emphasise", "stress", "assert", "contend", "maintain", "agree", "estimate", "reckon",
    "promise", "vow", "scoff", "sigh", "laugh", "opine", "posit", "chime", "interject",
})
# "In a new poll, ...": heads of a finding that opens a sentence as its source.
_FINDING_HEADS = frozenset({
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "census",
    "interview", "statement", "letter", "memo", "op-ed", "editorial", "column", "tweet",
    "post", "speech", "book", "memoir", "filing", "complaint", "lawsuit", "ruling",
    "opinion", "essay", "article", "review", "audit", "transcript", "testimony",
})
# Words that pass their subject to an infinitive cue ("tended to say", "is likely to back").
_RAISING = frozenset({
    "likely", "unlikely", "able", "unable", "willing", "unwilling", "ready", "eager",
    "going", "quick", "set", "tend", "tends", "tended", "seem", "seems", "seemed", "appear",
    "appears", "appeared", "try", "tries", "tried", "trying", "need", "needs", "needed",
    "used", "continue", "continues", "continued", "began", "begin", "begins", "started",
    "start", "starts", "refuse", "refused", "refuses", "declined", "declines", "hoped",
    "hopes", "wanted", "wants", "want", "plans", "planned", "decided", "went", "on",
    "has", "have", "had", "got", "chose", "chooses", "rushed", "moved", "sought", "vowed",
    "promised", "pledged", "threatened", "expected", "supposed", "prepared", "reluctant",
    "determined", "happy", "careful", "forced", "scheduled", "poised", "likes", "liked",
    "sure", "certain", "bound", "expect", "expects", "intends", "intended", "wished",
})
_WEEKDAYS = lx.WEEKDAYS
# "In a new poll, 79 percent said ...": findings that hold the verbs after them.
_POLL_HEADS = lx.POLL_NOUNS | {"study", "studies", "census"}
_QUESTION_WORDS = frozenset({"whether", "if", "about", "why", "how", "what", "who", "whom",
                             "which", "where", "when", "to"})
# Verbs that refer to something rather than say it ("..., invoking last year's flood").
_REFERRING = frozenset({"invoke", "reference", "cite", "quote", "refer", "echo", "compare",
                        "list", "name", "identify", "mean", "sound", "seem", "appear"})


# Forms mostly nouns ("a ruling", "the finding") that before "that" continue a clause as speech.
# Verbs whose subject is a noun cue ("Trump's comment drew criticism"): no content follows
_NOUN_THEN_VERB = frozenset({"drew", "draws", "made", "makes", "came", "comes", "caused",
                             "causes", "sparked", "sparks", "prompted", "prompts", "angered",
                             "triggered", "raised", "raises", "followed", "follows", "echoed",
                             "echoes", "seemed", "seems", "appeared", "appears"})
# "seen by", "obtained by": how an outlet came by a document (see `_relay_split`)
_SEEN = frozenset({"seen", "obtained", "reviewed", "viewed"})
# Participles whose subject follows "with" after a comma ("..., with analysts citing ...")
_WITH_PARTICIPLES = frozenset({"citing", "pointing", "blaming", "saying", "warning", "arguing",
                               "noting", "predicting", "complaining", "expecting", "claiming",
                               "insisting", "reporting", "estimating", "describing"})
# Who gives a reason so: people, a trade, a body (never a thing: "with prices citing")
_WITH_SOURCE_KINDS = frozenset({"vague", "anonymous", "anonymous_described", "named_person",
                                "named_official", "named_expert", "outlet", "unnamed_outlet"})
# Verbs by which an outlet relays the sentence before it ("..., reports USA Today.")
_RELAYING = frozenset({"report", "write"})
_THAT_PARTICIPLES = frozenset({"ruling", "finding", "stating", "reporting", "recording"})


def _participle(low: str) -> bool:
    """A participle of speech that continues its sentence's attribution ("..., tweeting")."""
    if low in lx.CONTINUING_PARTICIPLES:
        return True
    base = lx.CUE_VERB_FORMS.get(low)
    return low.endswith("ing") and low not in lx.AMBIGUOUS_FORMS and base is not None and (
        base not in lx.WEAK_VERBS and base not in _REFERRING)


def _noun_modifier(tok: Token) -> bool:
    """An adjective that makes the ambiguous cue after it a noun ("military support")."""
    low = tok.lower
    return tok.text[:1].islower() and (low in lx.MODIFIERS or low in _NOUN_ADJECTIVES or (
        len(low) > 4 and low.endswith(("al", "ic", "ary", "ful", "ive", "ous"))))


# Ambiguous cue forms that are past tenses of verbs and never nouns
_NEVER_NOUNS = frozenset({"found", "saw", "knew", "thought"})
_NOUN_ADJECTIVES = frozenset({"strong", "full", "broad", "public", "popular", "wide", "more",
                              "less", "much", "little", "new", "early", "initial", "growing",
                              # "on a conference call", "an earnings call", "a phone call"
                              "conference", "earnings", "phone", "investor",
                              "analyst", "telephone", "zoom"})


_CLAUSE_OPENERS = frozenset({"while", "although", "though", "as", "when", "after", "since",
                             "because", "if", "before", "once", "unless", "whereas"})
_QUANTIFIER_SUBJECTS = frozenset({"many", "some", "most", "several", "few", "both", "all",
                                  "another", "one", "others", "two", "three"})
_AFTER_QUOTE = ("when ", "as ", "after ", "before ", "while ", "because ", "if ", "adding ",
                "according ")
_INTERJECTIONS = frozenset({"though", "however", "too", "meanwhile", "also", "instead",
                            "likewise", "similarly", "moreover", "meantime", "nonetheless",
                            "nevertheless", "therefore", "separately", "again", "apparently"})


# --- public entry points ----------------------------------------------------------------------


def _no_person(tok: Token) -> bool:
    """"co-founder of Renaissance Technologies hedge fund who once backed Cruz": "who" is a
    person, so a body or a thing just before it is not what it refers to."""
    return tok.bare in lx.ORG_NOUNS or tok.bare in lx.DOCUMENT_HEADS or tok.bare in (
        lx.OUTLET_NOUNS)


#: Verbs of expecting that close a comparison ("higher than officials had predicted").
# What opens a second source after "and" ("and two officials", "and the ministry").
_SECOND_SOURCE_OPENERS = lx.INDEFINITE | {"the", "his", "her", "its", "their"}
# Where a coordinated clause begins: ", but the turnout ...".
_CLAUSE_JOINT = re.compile(r"(?:,|;)\s+(?:but|and|yet|while|although|though|whereas)\s+")
_EXPECTING = frozenset({"expected", "expect", "expects", "believe", "believes", "believed",
                        "think", "thinks", "thought", "predicted", "predict", "predicts",
                        "anticipated", "feared", "hoped", "estimated", "projected", "assumed",
                        "forecast", "imagined", "suspected", "suggested", "claimed", "say",
                        "says", "said", "reported", "realize", "realized"})
#: Participles of verbs that also name acts, which after "by" say how something was done
#: ("by admitting more students", "by offering classes"), not what anyone said.
# Words that open a subordinate clause before the main one ("Though Sanders held leads in
# recent surveys, she had hoped ..."): a poll inside it covers that clause only
_SUBORDINATE_OPENERS = frozenset({"though", "although", "while", "whereas", "because", "since",
                                  "if", "unless", "when", "after", "before", "despite", "as"})
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
# What follows "agree" when it reports a view or a commitment, not a deal struck
_AGREED_WITH_CLAUSE = frozenset({"that", "to", "with", "in", "wholeheartedly", "completely",
                                 "entirely", "strongly", "publicly", "privately", "so"})
# A relative clause closing the content with the speaker's refusal ("a deal with a European
# turbine maker, which he declined to name"): what the speaker withheld, not what was said.
_WITHHELD_TAIL = re.compile(r",\s+(?:which|whom|whose \w+)\s+(?:he|she|they|it|the \w+)\s+"
                            r"(?:(?:declined|refused)\s+to|would\s+not|wouldn[’']t|did\s+not|"
                            r"didn[’']t)\s+(?:name|identify|disclose|specify)\b[^,;.]*[.]?$")
# A clause the reporter adds after a reported one, set off by a comma and a conjunction of
# contrast or circumstance: "X said the strike had halted work, as shipping lines began
# diverting vessels"; "shares rose, according to LSEG data, while the index edged up".
_REPORTERS_ASIDE = re.compile(r",\s+(?:while|whereas|though|although|even\s+though|even\s+as|"
                              r"as)\s+(?!well\b|expected\b|usual\b|much\b|many\b|long\b|soon\b|"
                              r"part\b|a\s+result\b|such\b|of\b|in\b|if\b|though\b|to\b|for\b)",
                              re.IGNORECASE)
_WH_WORDS = frozenset({"who", "what", "whether", "how", "why", "when", "where", "which"})
# What follows "push" when it moves something rather than argues for it
_PUSHED_MOVES = frozenset({"up", "down", "higher", "lower", "out", "through", "ahead", "into",
                           "aside", "off"})
_MEANS_PARTICIPLES = frozenset({"admitting", "offering", "allowing", "granting", "showing",
                                "pushing", "pressing", "charging", "counting", "casting",
                                "releasing", "welcoming", "marking", "backing", "supporting",
                                "opposing", "accepting", "rejecting", "recording", "posting"})
#: Auxiliaries a post-modified subject never ends with ("... with the groups have made clear").
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "might", "may", "can",
                          "should", "did", "does", "do", "is", "are", "was", "were"})
#: A quote of fewer words, not opening the sentence, may be a title ("“New Day,”").
_TITLE_WORDS_MAX = 5


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


class _FieldScanner(CueScan, VenueScan, QuoteScan, SubjectScan, NestingScan):
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
        return self.out

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
            return [Attribution(self.name, self.span(toks[a].start, toks[a].end), "phrase",
                                source, content, direction="none")]
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

    def _clip(self, made: list[Attribution]) -> None:
        """A forward content stops where a later clause of the sentence attributes it: a
        backward or continuing cue, or a coordinate clause with its own subject and cue
        ("X said A, but Y said B"; after a cue that takes no clause, "X backed A, which Y
        called B")."""
        for outer in made:
            # "Lofgren, who introduced a bill aimed at X, said Y": a cue inside another's
            # subject phrase has its content end before that one's cue
            src = outer.source
            if src is None or src.start >= outer.cue.start or outer.direction == "continue":
                continue
            for inner in made:
                content = inner.content
                if inner is not outer and content is not None and (
                        src.end <= inner.cue.start < outer.cue.start
                        < content.end) and content.start < outer.cue.start and (
                        "," in self.text[inner.cue.end:outer.cue.start]):
                    inner.content = self.trim(content.start, outer.cue.start)
        self._clip_subordinate(made)
        cut = -1
        loose_cut = -1  # a boundary only cues that take no clause stop at
        subject_cut = -1  # a coordinate clause with its own subject and cue
        for attribution in reversed(made):
            if attribution.direction in {"forward", "continue"} and attribution.content:
                content = attribution.content
                cuts = [cut] if self._says(attribution) else [cut, loose_cut]
                clause = min((c for c in cuts if c >= 0), default=-1)
                if content.start < clause < content.end:
                    attribution.content = self.trim(content.start, clause)
            elif attribution.direction == "cover" and attribution.content and (
                    attribution.cue.end <= subject_cut < attribution.content.end):
                # ", records show, and aviation experts say ...": the clause after the
                # coordinate boundary is the experts', not the records'
                attribution.content = self.trim(attribution.content.start, subject_cut)
            if attribution.direction in {"backward", "continue"}:
                cut = attribution.clause_start
            elif attribution.direction == "forward" and attribution.source is not None:
                boundary = self._coordinate_boundary(attribution.source.start)
                if boundary is not None:
                    strong, pos = boundary
                    if strong:
                        cut = pos
                        if attribution.cue.start - 60 < attribution.source.start < (
                                attribution.cue.start):
                            subject_cut = pos
                    else:
                        loose_cut = pos

    def _clip_subordinate(self, made: list[Attribution]) -> None:
        """"While many have expressed doubts, most said ...", "Noting that A, Tester added B":
        a cue in an opening subordinate or participial clause has its content end at the
        comma that closes the clause, before the main clause's own attribution."""
        if len(made) < 2 or made[0].sentence_span is None:
            return
        toks = self.tokens
        lo = self.tok_index(made[0].sentence_span.start)
        a = lo
        while a < len(toks) and toks[a].lower in LEADING_WORDS and (
                toks[a].lower not in _CLAUSE_OPENERS):
            a += 1
        if a >= len(toks):
            return
        opener = toks[a].lower
        if opener not in _CLAUSE_OPENERS and not (opener.endswith("ing") and _participle(opener)):
            return
        for inner in made:
            content = inner.content
            if content is None or inner.direction not in {"forward", "continue"}:
                continue
            for main in made:
                if main is inner or not (content.start <= main.cue.start < content.end):
                    continue
                stop = main.source.start if main.source is not None and (
                    main.source.start < main.cue.start) else main.cue.start
                comma = self.text.rfind(",", content.start, stop)
                if comma > content.start and self.quotes.around(comma) is None:
                    inner.content = self.trim(content.start, comma)
                    if inner.source is None and main.source is not None and (
                            inner.cue.start == toks[a].start):
                        inner.source = main.source  # "Noting that A, Tester added B"
                    break

    def _says(self, attribution: Attribution) -> bool:
        return lx.CUE_VERB_FORMS.get(attribution.cue.text.lower()) in lx.SAY_VERBS or (
            attribution.content is not None and attribution.content.text[:1] in "“\"‘'"
        ) or self.text.startswith("that ", attribution.content.start
                                  if attribution.content is not None else 0)

    def _coordinate_boundary(self, source_start: int) -> tuple[bool, int] | None:
        """Where the clause whose subject starts at `source_start` begins, if a coordinating
        word or mark precedes it: (True, pos) for any content, (False, pos) for the content
        of a cue that takes no clause."""
        k = self.tok_index(source_start) - 1
        if k < 0:
            return None
        toks = self.tokens
        skipped = 0
        while k > 0 and skipped < 4 and (toks[k].lower in lx.TIME_WORDS or (
                toks[k].text[:1].isdigit() and len(toks[k].text) <= 4)) and (
                toks[k].lower not in {"and", "but"}):
            k, skipped = k - 1, skipped + 1  # "..., but late Saturday he announced"
        low = toks[k].lower
        if skipped and low not in {"but", "and", "while", "whereas", "yet", ";"}:
            return None
        if low in {"but", "and", "while", "whereas", "although", "though", "yet"}:
            if k - 1 >= 0 and toks[k - 1].text in {",", ";", "—", "–"}:
                return True, toks[k - 1].start
            return True, toks[k].start
        if low in {";", "—", "–", "-"}:
            return True, toks[k].start
        if low == "with" and k - 1 >= 0 and toks[k - 1].text == ",":
            return True, toks[k - 1].start  # "..., with Lewandowski taking to Twitter to call"
        if low in {",", "which", "who", "when", "as", "because", "after", "since", "if"}:
            if low != "," and k - 1 >= 0 and toks[k - 1].text == ",":
                return False, toks[k - 1].start
            return False, toks[k].start
        return None

    def _build(self, first: int, last: int, kind: str, base: str, vague_idx: int,
               s_start: int, s_end: int, lo: int, hi: int, made: list[Attribution]
               ) -> list[Attribution]:
        toks = self.tokens
        cue = self.span(toks[first].start, toks[last].end)
        if first == last and toks[first].lower.endswith("ing") and last + 1 < hi and (
                toks[last + 1].lower in _FINITE_SPEECH):
            return []  # "a manager involved in production planning told Reuters": a noun
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
        if kind == "citing":
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

    def _plural_subject_before(self, lo: int, k: int) -> Mention | None:
        """"the Democrats are acting as though they want to lose": a "they" later in the
        sentence is the plural group its main clause opens with."""
        toks = self.tokens
        subject = self._clause_subject(lo, k)
        if subject is None or subject[1] >= k - 1:
            return None
        head = toks[subject[1]]
        if toks[subject[0]].lower in lx.PRONOUNS or not head.lower.endswith("s") or (
                head.lower.endswith(("'s", "’s", "ss"))):
            return None
        found = self._mention(subject[0], subject[1])
        return found if found.kind != "unresolved" else None

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
        while verb - 1 >= 0 and toks[verb - 1].lower in _AUXILIARIES and (
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

    def sentence_content_end(self, cue_tok: int, s_end: int) -> int:
        """Where a forward content ends: the sentence end, or the quote holding the cue."""
        quote = self.quotes.around(self.tokens[cue_tok].start)
        if quote is not None and quote.start < self.tokens[cue_tok].start:
            return min(s_end, quote.end - 1) if quote.closed else min(s_end, quote.end)
        return s_end

    def _forward_content(self, k: int, cue_tok: int, s_end: int, hi: int) -> Span | None:
        if k >= hi:
            return None
        start = self.tokens[k].start
        end = self.sentence_content_end(cue_tok, s_end)
        quote = self.quotes.starting_at(start)
        if quote is not None and quote.end > end:
            end = quote.end
            return self.span(start, end)
        if quote is not None and quote.closed:
            rest = self.text[quote.end:min(end, quote.end + 12)].lstrip(" ,").lower()
            if rest.startswith(_AFTER_QUOTE):
                # "said, “We’ll see,” when asked whether ...": the quote is the content
                return self.span(start, quote.end)
        semi = self.text.find(";", start, end)
        if semi > start and self.quotes.around(semi) is None:
            end = semi  # "X said A; most said B": the clause after the semicolon is not A
        withheld = _WITHHELD_TAIL.search(self.text, start, end)
        if withheld is not None and self.quotes.around(withheld.start()) is None:
            end = withheld.start()  # "..., which he declined to name": withheld, no claim
        return self.trim(start, self.before_aside(start, end))

    def before_aside(self, start: int, end: int) -> int:
        """`end`, or where a reporter's aside after the reported clause begins (outside
        quotation marks): "..., as shipping lines began diverting vessels"."""
        for aside in _REPORTERS_ASIDE.finditer(self.text, start, end):
            if self.quotes.around(aside.start()) is None:
                return aside.start()
        return end

    def _backward_content(self, s_start: int, clause_start: int) -> Span | None:
        end = clause_start
        while end > s_start and self.text[end - 1].isspace():
            end -= 1
        if end > s_start and self.text[end - 1] in ",;:—–-":
            end -= 1
        while end > s_start and self.text[end - 1].isspace():
            end -= 1
        if end <= s_start:
            # The sentence is only "he said": the content is the quote just before it.
            quote = self.quotes.ending_at(end)
            if quote is None:
                return None
        start = s_start
        quote = self.quotes.ending_at(end) if end > 0 else None
        if quote is None and end > 1 and self.text[end - 1] in ",.!?":
            quote = self.quotes.ending_at(end)
        if quote is not None and quote.start < start:
            start = quote.start
        while start < end and self.text[start] in "([":
            start += 1
        lead = self.tok_index(start)
        while lead < len(self.tokens) and self.tokens[lead].end <= end and (
            self.tokens[lead].lower in {"but", "and", "yet", "so", "however", "meanwhile"}
        ):
            nxt = lead + 1
            if nxt < len(self.tokens) and self.tokens[nxt].lower == ",":
                nxt += 1
            start = self.tokens[nxt].start if nxt < len(self.tokens) else end
            lead = nxt
        if end <= start:
            return None
        return self.span(start, end)

    # -- patterns --

    def _vague_phrase(self, first: int, last: int, idx: int, cue: Span, s_start: int,
                      s_end: int, lo: int, hi: int) -> list[Attribution]:
        toks = self.tokens
        source_tok = toks[first + idx]
        single = first == last
        if single:
            # "reportedly", "allegedly": the whole sentence is the content, and its source is
            # the vague "it is reported" (rubric: "reports", "it is said")
            source = self._mention(first, first)
            if source.kind == "unresolved":
                self._make_vague(source, source_tok.lower, source_tok.text)
            content = self.trim(s_start, s_end)
            return [Attribution(self.name, cue, "phrase", source, content, direction="cover",
                                clause_start=cue.start)]
        source = self.resolver.resolve(self.text, [source_tok], self.offset + source_tok.start)
        if source.kind not in {"vague"}:
            self._make_vague(source, source_tok.lower, source_tok.text)
        cue_span = cue
        if idx == 0:
            cue_span = self.span(toks[first + 1].start, toks[last].end)
        k = last + 1
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
                           content: Span | None, direction: str, clause_start: int
                           ) -> list[Attribution]:
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
            source = self._mention(a, b)
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

    def _leads_clause(self, first: int, lo: int) -> bool:
        """Only conjunctions and adverbs stand between the sentence start and token `first`."""
        return all(self.tokens[k].lower in LEADING_WORDS for k in range(lo, first))

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
            b = self._relative_after_person(b, hi)
        after = b + 1
        at_start = self._leads_clause(first, lo)
        clause_start = cue.start
        if first - 1 >= lo and toks[first - 1].lower == ",":
            clause_start = toks[first - 1].start
        if at_start:
            k = after + 1 if after < hi and toks[after].lower == "," else after
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
                                        clause_start)
        second = self._second_source(b + 1, hi)
        if second is not None:
            # "according to a subpoena obtained by The Star-Ledger and two officials who spoke
            # on condition of anonymity": each source vouches for the content on its own
            more = self._source_with_relay(second[0], second[1], cue, "according_to", content,
                                           direction, clause_start)
            more[-1].sibling_of = found[-1]
            found += more
        return found

    def _appositive_closes_sentence(self, k: int, hi: int) -> bool:
        """"..., according to Halden Bank, a Norwegian lender." and "..., according to the
        agency, which runs the line.": what follows the source's comma describes the source
        and ends the sentence; the claim is before the cue, not around it."""
        toks = self.tokens
        if k >= hi or toks[k].lower not in {"a", "an", "the", "which", "who", "whose"}:
            return False
        return not any(t.text in {",", ";", ":"} or t.text in {"\"", "“", "”"} for t in toks[k:hi])

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

    def _citing(self, first: int, last: int, cue: Span, s_start: int, s_end: int, lo: int,
                hi: int, made: list[Attribution]) -> list[Attribution]:
        toks = self.tokens
        low = toks[first].lower
        if low in {"quoted", "cited"}:
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
        if np is None:
            return []
        a, b = np
        said_in = self._statement_from(a, b)
        source = self._mention(said_in + 2 if said_in is not None else a, b)
        # "citing a statement from the Guards' navy": the navy speaks through its statement
        said_venue: Venue | None = None
        if said_in is not None:
            said_venue = self._venue_from(toks[a].start, a, said_in, source)
        clause_start = cue.start
        if first - 1 >= lo and toks[first - 1].lower == ",":
            clause_start = toks[first - 1].start
        carrier = next((m for m in reversed(made) if m.source is not None), None)
        if carrier is not None:
            return [Attribution(self.name, cue, "citing", source, carrier.content, venue=said_venue,
                                direction="none", clause_start=clause_start,
                                explicit_parent=carrier)]
        if self._leads_clause(first, lo):
            k = b + 2 if b + 1 < hi and toks[b + 1].lower == "," else b + 1
            content = self._forward_content(k, first, s_end, hi)
            return [Attribution(self.name, cue, "citing", source, content, venue=said_venue,
                                direction="none", clause_start=clause_start)]
        content = self._backward_content(s_start, clause_start)
        return [Attribution(self.name, cue, "citing", source, content, venue=said_venue,
                            direction="backward", clause_start=clause_start)]

    def _skip_back(self, j: int, lo: int) -> int:
        skipped = 0
        toks = self.tokens
        while j >= lo and skipped < MAX_SKIP:
            low = toks[j].lower
            if low in {"time", "past"} and j - 2 >= lo and toks[j - 1].lower == "the" and (
                    toks[j - 2].lower in {"at", "in"}):
                j -= 3  # "Trump at the time said", "have in the past said"
            elif low in lx.VENUE_NOUNS and not toks[j].is_capitalised and (
                    self._venue_start(j, lo) >= 0):
                j = self._venue_start(j, lo) - 1  # "Jeb Bush in a Medium post said"
            elif low in WHEN_WORDS and j - 2 >= lo and toks[j - 1].lower == "past" and (
                    toks[j - 2].lower in {"this", "the"}):
                j -= 3  # "Reince Priebus, the GOP chairman, this past week announced"
                if j > lo and toks[j].lower in {"over", "in", "during", "for", "within"}:
                    j -= 1  # "Reports circulating on the island over the past week suggest"
            elif low in WHEN_WORDS and j - 1 >= lo and toks[j - 1].lower in {
                    "on", "last", "this", "in", "late", "early", "next"}:
                j -= 2  # "who on Tuesday endorsed", "said last week"
            elif low in WHEN_WORDS and j - 2 >= lo and toks[j - 1].lower in WHEN_WORDS and (
                    toks[j - 2].lower in {"on", "last", "this", "late", "early"}):
                j -= 3  # "on Thursday evening said"
            elif low in _WEEKDAYS and toks[j].is_capitalised and j > lo:
                j -= 1  # "Spicer Thursday said"
            elif low == "to" and j - 1 > lo and toks[j - 1].lower in _RAISING:
                j -= 2  # "voters tended to support", "he went on to call"
                if toks[j + 1].lower == "on" and j >= lo and toks[j].lower in _RAISING:
                    j -= 1
            elif low in lx.AUX_ADVERBS or (
                low.endswith("ly") and not toks[j].is_capitalised
                and low not in {"only", "family", "ally", "daily", "italy", "weekly", "monthly",
                                "quarterly", "fortnightly", "biweekly"}
            ):
                j -= 1
            else:
                break
            skipped += 1
        return j

    def _skip_forward(self, k: int, hi: int) -> int:
        """Past time words and adverbs after a cue ("said on Tuesday that")."""
        toks = self.tokens
        steps = 0
        while k < hi and steps < 6:
            low = toks[k].lower
            if (low in lx.TIME_WORDS and not (low == "on" and k + 1 < hi and (
                toks[k + 1].lower not in lx.TIME_WORDS
            ))) or (low.endswith("ly") and not toks[k].is_capitalised and len(low) > 4 and (
                low not in {"reply", "supply", "family", "italy", "ally", "only"}
            )):
                k += 1
            else:
                break
            steps += 1
        return k

    def _verb(self, first: int, last: int, base: str, cue: Span, s_start: int, s_end: int,
              lo: int, hi: int, made: list[Attribution]) -> list[Attribution]:
        toks = self.tokens
        low = toks[first].lower
        if first == last and low in _PLURAL_NOUN_CUES and last + 1 < hi and (
                toks[last + 1].lower in lx.FINDING_VERB_FORMS):
            return []  # "Police reports show the car was speeding": the noun, then its verb
        if first == last and low in _PLURAL_NOUN_CUES and ((
                last + 1 < hi and toks[last + 1].lower in _AUXILIARIES
                and not (first - 1 >= lo and toks[first - 1].is_capitalised))
                or self._counted_before(first, lo)):
            # "a backlog of 3,000 claims had built up", "Two current Coralline claims staff":
            # a plural noun, counted or followed by its own verb, no one's speech (after a
            # name it is the name's verb: "what the Society of Civil Engineers estimates will
            # be needed")
            return []
        if low == "saying" and first - 1 > lo and toks[first - 1].lower == "as":
            quoted_by = self._quoted_by(first - 1, lo, cue, s_end, hi)
            if quoted_by:
                return quoted_by
        ambiguous = low in lx.AMBIGUOUS_FORMS and first == last
        if ambiguous and first - 1 >= lo and _noun_modifier(toks[first - 1]) and (
                low not in _NEVER_NOUNS):
            # "military support", "financial backing": a noun, nobody's claim (not "A study
            # by the government found": a verb in the past is never the noun)
            return []
        if first == last and low.endswith("ed") and first - 1 >= lo and (
                toks[first - 1].text.endswith(("'", "’", "'s", "’s"))) and last + 1 < hi and (
                toks[last + 1].is_word and not toks[last + 1].is_capitalised
                and toks[last + 1].lower not in lx.DETERMINERS
                and toks[last + 1].lower not in {"that", "to", "by", "with", "on", "in", "as"}):
            return []  # "the two countries' disputed border", "the firm's revised forecast"
        if low in _MEANS_PARTICIPLES and first - 1 >= lo and toks[first - 1].lower == "by" and (
                last + 1 < hi and toks[last + 1].lower not in {"that", ":", ","}
                and self.quotes.starting_at(toks[last + 1].start) is None):
            # "make up the shortfall by admitting more students": a means, no speech ("he
            # responded by saying that ..." keeps its clause)
            return []
        if base == "agree" and first == last and last + 2 < hi and toks[last + 1].is_word and (
                toks[last + 1].lower not in _AGREED_WITH_CLAUSE) and (
                toks[last + 1].lower not in lx.PRONOUNS) and not (
                toks[last + 1].lower == "on" and toks[last + 2].lower in _WH_WORDS):
            # "has agreed personal terms", "agreed a price", "agreed on a deal": an act, no
            # one's claim ("agreed that ...", "agreed with ...", "agreed to ..." are read on)
            return []
        if base == "push" and first == last and last + 1 < hi and (
                toks[last + 1].lower in _PUSHED_MOVES):
            return []  # "and pushed up rents", "pushed through the bill": a move, no speech
        if low == "considering" and first - 1 >= lo and toks[first - 1].text == ",":
            return []  # "..., considering the risks involved": given, no one considers
        after = toks[last + 1] if last + 1 < hi else None
        if first == last and first - 1 >= lo and toks[first - 1].text.endswith(("’s", "'s")) and (
                after is not None and after.text.islower() and (
                    after.lower in _AUXILIARIES or after.lower in _NOUN_THEN_VERB)):
            # "Biden's remark makes it seem insensitive", "Trump's comment drew criticism":
            # after a possessive the cue word is a noun, the subject of its own verb
            return []
        if first == last and low in _SEEN and last + 1 < hi and toks[last + 1].lower == "by":
            return []  # "a memo seen by Bloomberg News": who has the document, no speech
        if low == "asked" and first == last and self._question_after(last + 1, hi) >= 0:
            ambiguous = False  # "asked whether ...", "asked voters if ..."
        took = self._took_to(first, lo)
        if took is not None:
            return self._took_to_attribution(took, first, last, cue, s_end, lo, hi)
        k_after = self._skip_forward(last + 1, hi)
        clause_follows = k_after < hi and (
            toks[k_after].lower in {"that", ":"}
            or self.quotes.starting_at(toks[k_after].start) is not None
            or (toks[k_after].lower == "," and k_after + 1 < hi
                and self.quotes.starting_at(toks[k_after + 1].start) is not None)
        )
        j = self._skip_back(first - 1, lo)
        source: Mention | None = None
        strong = False
        source_first = first
        description: str | None = None
        continuing = False
        # "..., tweeting her thanks": any unambiguous participle continues the clause
        participle = low[-3:] == "ing" and (_participle(low) or (
            # "..., ruling that the ordinance ...", "..., finding that": an ambiguous form is
            # a participle of speech before "that"
            k_after < hi and toks[k_after].lower == "that" and low in _THAT_PARTICIPLES))
        if j - 1 >= lo and toks[j].text in "”\"’'" and toks[j - 1].lower == "," and (
            participle
        ):
            j -= 1
        elif j - 2 >= lo and toks[j].text == "'" and toks[j - 1].text == "'" and (
                toks[j - 2].lower == "," and participle):
            j -= 2  # "... ''Morning Joe,'' adding"
        if first == last and base in _RELAYING and j >= lo and toks[j].text == "," and (
                self._outlet_closes(last + 1, hi)):
            # "“...,” said Kristen Day, director of X, reports USA Today.": the outlet after
            # the cue relays the sentence before it, whose speaker is no subject of "reports"
            return self._inverted(first, last, base, cue, False, j, lo, s_start, s_end, hi, None)
        if j - 2 >= lo and toks[j].text == "," and toks[j - 1].lower in _INTERJECTIONS and (
                toks[j - 2].text == ","):
            j = self._skip_back(j - 3, lo)  # "Murphy, though, said"
        if j >= lo and (
            (toks[j].lower in _CONTINUERS and participle)
            or (toks[j].lower in {"and", "but"} and not ambiguous)
        ):
            carrier = self._carrier(made)
            if carrier is not None and j - 2 >= lo and toks[j - 1].lower.endswith("ed") and (
                    toks[j - 1].text.islower() and toks[j - 2].lower in PERSONAL_PRONOUNS
                    and carrier.cue.end <= toks[j - 2].start):
                # "When Mook was asked by the Journal ..., he laughed and said": the subject
                # of the verb before "and", not the earlier cue's source
                source = self._mention(j - 2, j - 2)
                continuing = True
                source_first = j - 2
                carrier = None
            main = self._clause_subject(lo, j) if carrier is not None else None
            if main is not None and carrier is not None and (
                    toks[main[0]].start > carrier.cue.end):
                # "When I asked him ..., he looked up, frowned and said": the main clause's
                # subject after the subordinate one, not the subordinate's speaker
                carrier = None
            if source is None and carrier is not None and carrier.source is not None:
                source = carrier.source
                continuing = True
                source_first = j
            elif source is None:
                np0 = self.coordinated_pronoun(lo, j) or self._clause_subject(lo, j)
                if np0 is not None:
                    source = self._mention(np0[0], np0[1])
                    continuing = True
                    source_first = j
        paren_end = -1
        if source is None and j > lo and toks[j].text == ")":
            # "Sen. Bernie Sanders (I-Vt.) said": the parenthesis belongs to the name.
            p = self.opening_paren(j, lo)
            if p > lo and (is_name_token(toks[p - 1]) or (
                    # "The Tavarian News Agency (TNA) said": a body's name and its acronym
                    toks[p - 1].is_capitalised and p + 2 == j and toks[p + 1].text.isupper())):
                paren_end, j = j, p - 1
        if source is None and j - 1 >= lo and toks[j].text == "%" and (
                toks[j - 1].text[:1].isdigit()):
            source = self._mention(j - 1, j)  # "47% say"
            source_first = j - 1
        if source is None and j >= lo:
            np = np_before(toks, j, lo, self.units)
            if np is not None and toks[np[1]].lower in lx.DETERMINERS:
                np = None
                if toks[j].lower in _QUANTIFIER_SUBJECTS and (
                        j == lo or toks[j - 1].lower in LEADING_WORDS
                        or not toks[j - 1].is_word):
                    np = (j, j)  # "many said", "while another says"
            if np is not None and np[0] < np[1] and toks[np[0]].lower in {"which", "that"}:
                np = (np[0] + 1, np[1])  # "which Will claims": the subject of the relative
            if np is not None and np[0] == np[1] and low.endswith("ing") and (
                    toks[np[0]].lower in _GERUND_VERBS):
                np = None  # "whether to stop writing new policies": the verb of the cue
            if np is not None:
                np = (self.list_start(np[0], np[1], lo), np[1])
                np = (self.coordinated_start(np[0], np[1], lo), np[1])
            if np is not None:
                np = (self.record_with_its_maker(np[0], np[1], lo), np[1])
            appositive_end = -1
            if np is not None and (holder := self._unclosed_appositive_holder(np[0], lo)):
                if toks[holder[1] + 1].text == "," and holder[1] + 1 == np[0] - 1:
                    appositive_end = np[1]  # "Doug Andres, a spokesman for X told": the name,
                    # its appositive kept with it
                np = holder
                if toks[np[1]].text == ")":  # the name's parenthesis goes with it
                    paren_end = np[1]
                    np = (np[0], self.opening_paren(paren_end, lo) - 1)
            if np is not None:
                a, b = np
                strong = ambiguous and self._strong_subject(a, b)
                if ambiguous and not clause_follows and not strong:
                    return []
                antecedent = None
                if a == b and toks[a].lower.replace("’", "'").split("'", 1)[0] in {
                        "who", "which"}:  # "who", and "who’d", "who's" too
                    c = a - 1
                    if c >= lo and toks[c].lower == ",":
                        c -= 1
                    ante = np_before(toks, c, lo, self.units)
                    if ante is not None and (toks[ante[0]].lower in lx.DETERMINERS or not any(
                            is_name_token(t) for t in toks[ante[0]:ante[1] + 1]) or (
                            toks[a].lower.startswith("who") and _no_person(
                                toks[ante[1]]))):
                        # "Robert Mercer, the GOP mega-donor and co-founder of X who ...": the
                        # relative's antecedent is the name the appositive describes
                        ante = self._appositive_name(ante[0], lo) or ante
                    elif ante is not None and ante[0] - 1 > lo and (
                            toks[ante[0] - 1].lower in {"in", "at", "from", "near"}):
                        # "A paediatrician at a hospital in Braga, who asked not to be named":
                        # the person the place phrase post-modifies, not the place
                        widened = post_modified_start(toks, ante[0], lo, self.units)
                        if widened < ante[0] and is_role(toks[widened + 1] if toks[
                                widened].lower in lx.DETERMINERS else toks[widened]):
                            ante = (widened, ante[1])
                    if ante is not None:
                        antecedent = self._mention(ante[0], ante[1])
                elif a == b and toks[a].lower == "they" and a > lo:
                    antecedent = self._plural_subject_before(lo, a)
                if low.endswith("ing") and a - 1 > lo and toks[a - 1].is_word and (
                        toks[a - 1].lower not in LEADING_WORDS
                        and toks[a - 1].lower not in lx.PRONOUNS
                ) and not toks[a - 1].is_capitalised and not (
                        toks[b].bare in lx.DOCUMENT_HEADS and toks[a - 1].lower not in _ISSUED):
                    # "she issued a statement calling on": the statement's issuer calls (and
                    # "refused to dismiss a lawsuit accusing X": the lawsuit accuses, not
                    # the judge)
                    np0 = self._clause_subject(lo, a - 1)
                    if np0 is not None:
                        a, b = np0
                widened = post_modified_start(toks, a, lo, self.units)
                if widened < a:  # the post-modifier runs to the verb ("... speak publicly")
                    a, b = widened, max(b, max((k for k in range(b, first) if toks[k].is_word),
                                               default=b))
                    while b > a and toks[b].lower in _AUXILIARIES:
                        b -= 1  # "officials involved with the groups have made clear"
                if a - 2 >= lo and toks[a - 2].lower in {"a", "an"} and (
                        toks[a - 1].lower in _DISPUTED_CLAIM_NOUNS):
                    # "..., an allegation the company has previously denied": the noun is what
                    # is said, the verb is the company's answer to it, no source of it
                    return []
                source = self.named_conjunct(a, b, self._mention(a, b, antecedent=antecedent))
                source_first = a
                if base == "tell" and source.kind in ("vague", "unresolved"):
                    # "Several residents told Reuters": people someone spoke to
                    self.resolver.spoken_to(source, toks[a:b + 1])
                if paren_end >= 0:
                    source.end = toks[paren_end].end
                    source.text = self.text[toks[a].start:toks[paren_end].end]
                    self.resolver.note_acronym(source)
                if appositive_end >= 0:
                    source.description = self.text[toks[b + 2].start:toks[appositive_end].end]
                    source.end = toks[appositive_end].end
                    source.text = self.text[toks[a].start:source.end]
            elif toks[j].lower == ",":
                source, source_first, description = self._appositive_subject(j, lo)
            elif j - 1 > lo and toks[j - 1].text == "," and (
                    (scare := self.quotes.ending_at(toks[j].end)) is not None
            ) and scare.start > toks[lo].start:
                # "Humphrey, who calls him a “sociopath,” said"; a quote that opens the
                # sentence is what is said ("“..., the math is daunting,” explained X")
                source, source_first, description = self._appositive_subject(j - 1, lo)
            if source is None and j > lo and (toks[j].text in {",", "—", "–", "-"} or (
                    toks[j - 1].text == "," and self.quotes.ending_at(toks[j].end) is not None)
            ) and not (toks[j].text == "," and self._speaker_after(first, last, base, hi)):
                # (not "Brenner, 44, has agreed terms ..., said the person": the speaker
                # after the verb)
                fronted = self._fronted_subject(lo, j)
                if fronted is not None:
                    source = self._mention(fronted[0], fronted[1])
                    source_first = fronted[0]
        if source is None:
            return self._inverted(first, last, base, cue, ambiguous, j, lo, s_start, s_end, hi,
                                  description)
        # Source before the cue: venue, indirect object, then content.
        k = last + 1
        venue, k = self._venue(self._skip_forward(k, hi), hi, source)
        if venue is None and base not in _OBJECT_VERBS:
            venue, k = self.to_outlet(k, hi, source)  # "explained to CBS why ..."
        if base == "quote" and k < hi:
            quoted = self._quoted_as_saying(k, hi, cue, source, s_end)
            if quoted:
                return quoted
        if base in _OBJECT_VERBS and first == last and k < hi and (
            toks[k].lower not in _CLAUSE_STARTERS and toks[k].is_word
        ):
            obj = np_after(toks, k, hi, self.units)
            if obj is not None:
                # "told senators in a letter last week that": the object ends where a venue
                # phrase starts
                cut = next((m for m in range(obj[0] + 1, obj[1] + 1)
                            if toks[m].lower in lx.VENUE_PREPOSITIONS
                            and self._venue(m, hi, source)[0] is not None), None)
                if cut is not None:
                    obj = (obj[0], cut - 1)
                obj = (obj[0], self.programme_title_end(obj[1], hi))  # "ABC’s “GMA”"
                after_obj = self._skip_forward(obj[1] + 1, hi)
                obj_words = {t.bare for t in toks[obj[0]:obj[1] + 1]}
                object_venue = None
                titled = toks[obj[0]].text == "The" and obj[1] > obj[0] and all(
                    t.text[:1].isupper() for t in toks[obj[0] + 1:obj[1] + 1] if t.is_word)
                masthead = toks[obj[0]].lower == "the" and obj[1] > obj[0] + 1 and (
                    toks[obj[1]].is_capitalised
                    and toks[obj[1]].bare in lx.MASTHEAD_WORDS_AFTER_THE) and all(
                    t.is_capitalised for t in toks[obj[0] + 1:obj[1] + 1]
                )  # "the Monadnock Courier", "the Halvard Bay Mercury" (a name, then its masthead)
                if obj_words & lx.OUTLET_NOUNS or titled or masthead or any(
                        k in self.units.by_end for k in range(obj[0], obj[1] + 1)) or any(
                        CALL_SIGN.match(t.text) for t in toks[obj[0]:obj[1] + 1]):
                    # "told Reuters", "told CNN's Jake Tapper", "told the Paris daily X"
                    object_venue = self._venue_from(toks[obj[0]].start, obj[0], obj[1], source)
                further, k = self._venue(after_obj, hi, source)
                if further is not None and (object_venue is not None
                                            or obj_words & lx.VENUE_NOUNS):
                    # "told Reuters in an interview", "told a talk show on Press TV"
                    merged = self.span(toks[obj[0]].start, further.span.end)
                    keep = object_venue if object_venue and object_venue.kind else further
                    venue = Venue(merged, keep.outlet, keep.kind, keep.entity, keep.country)
                else:
                    venue = venue or object_venue or further
        k = self._skip_forward(k, hi)
        if venue is None:
            venue, k = self._venue(k, hi, source)
            k = self._skip_forward(k, hi)
        if venue is None and not continuing and source_first > lo:
            # "In an interview with CNN, Trump said": a venue phrase fronted before the subject
            venue = self._venue_before(lo, source_first, source)
        if venue is None and source is not None and not continuing:
            # "Piras, speaking on regional television channel TeleSarda, said": the venue in
            # the subject's aside
            speaking = next((m for m in range(source_first, first - 1)
                             if toks[m].lower == "speaking" and toks[m - 1].text == ","
                             and toks[m + 1].lower in {"on", "to", "in", "at"}), None)
            if speaking is not None:
                venue = self._venue(speaking + 1, first, source)[0]
            elif first - 1 > source_first and toks[first - 1].text == ",":
                # "Rourke, in a rare interview with the Brennock Courier in February, said":
                # the venue in an aside between the speaker and the verb
                aside = next((m for m in range(source_first + 1, first - 2)
                              if toks[m].text == "," and toks[m + 1].lower in {"in", "on"}),
                             None)
                if aside is not None:
                    venue = self._venue(aside + 1, first - 1, source)[0]
        clause_start = toks[source_first].start
        if source_first - 1 >= lo and toks[source_first - 1].lower == ",":
            clause_start = toks[source_first - 1].start
        direction = "forward"
        if continuing:
            direction = "continue"
            clause_start = cue.start
            if venue is None and (low.endswith("ing") or toks[source_first].lower == "and"):
                # "X shot back in a statement, saying ...", "X welcomed the vote in a statement
                # and said ...": the clause's venue is the speaker's
                venue = self._venue_before(lo, first, source)
            if toks[source_first].lower in {"and", "but"}:
                # "X disputed A, but says B": A ends before the conjunction
                clause_start = toks[source_first].start
                if source_first - 1 >= lo and toks[source_first - 1].lower == ",":
                    clause_start = toks[source_first - 1].start
        at_end = k >= hi or toks[k].text in {".", "!", "?", ";"} or (
            toks[k].text in {"”", "\""} and k + 1 >= hi
        )
        before_quote = self.quotes.ending_at(toks[source_first - 1].end) if (
            source_first > lo) else None
        if not at_end and not continuing and not clause_follows and before_quote is not None and (
                before_quote.start <= toks[lo].start
                or len(self.text[before_quote.start:before_quote.end].split()) >= _TITLE_WORDS_MAX
        ) and not self._programme_title(before_quote.start, before_quote.end):
            # "“...,” Susan said as she left": the quote before is the content (not a
            # programme's title: "on CNN’s “New Day,” Sen. Gillibrand told host Chris Cuomo")
            at_end = True
        if at_end:
            content = None
            if not continuing:
                direction = "backward"
                if source_first > lo:
                    before = toks[source_first - 1]
                    if before.lower in {"than", "as"} and low in _EXPECTING:
                        # "more delegates than her advisers expected", "not as toxic as most
                        # insiders believe": what they expected is the comparison before
                        clause_start = before.start
                    elif before.lower not in {",", ":", "—", "–", "-"} and (
                        before.text not in "”\"'’»"
                    ):
                        # "..., a source close to him said.": the subject runs back to a comma
                        wide = self._subject_after_comma(source_first, lo)
                        if wide < 0:
                            return []
                        b = self.tok_index(source.end) - 1
                        source = self._mention(wide, b)
                        source_first = wide
                        clause_start = toks[wide - 1].start
                    content = self._backward_content(s_start, clause_start)
                    if before.lower in {"than", "as"} and content is not None:
                        # "Many speculated ..., but the turnout was higher than most analysts
                        # had forecast": the comparison is the last clause only
                        joints = list(_CLAUSE_JOINT.finditer(content.text))
                        if joints:
                            content = self.trim(content.start + joints[-1].end(), content.end)
                else:
                    content = self._previous_quote(s_start)
            if ambiguous and not (content is not None and (self._quoted(content) or (
                    strong and (toks[source_first].lower not in lx.PRONOUNS
                                or source.end > toks[source_first].end)))):
                return []
        elif toks[k].lower == "," and k + 1 < hi and toks[k + 1].lower in {
                "citing", "quoting", "according"}:
            # "reported, citing people familiar with the matter, that ..."
            m = k + 2
            while m < hi and m < k + 18 and toks[m].lower != ",":
                m += 1
            content = self._forward_content(m + 1, first, s_end, hi) if m < hi else None
            closing = source_first > lo and toks[source_first - 1].lower == "," and (
                low in _CITING_REPORTS)
            if content is not None and closing and m + 1 < hi and toks[m + 1].lower != "that" and (
                    self.quotes.starting_at(toks[m + 1].start) is None):
                # "X won 81%, TNA reported, citing figures from the commission, in a vote
                # ...": what follows the citing phrase is no "that" clause
                content = None
            if content is None and closing:
                # "The talks will resume, Axios reported, citing two sources ...": what is
                # reported comes before the outlet
                content = self._backward_content(s_start, clause_start)
                direction = "backward"
        elif toks[k].lower == ",":
            if k + 1 < hi and self.quotes.starting_at(toks[k + 1].start) is not None:
                content = self._forward_content(k + 1, first, s_end, hi)
            elif k + 1 < hi and _participle(toks[k + 1].lower) and (
                source_first > lo and (toks[source_first - 1].text in "”\"'’»" or (
                    toks[source_first - 1].text == ","
                    and lx.CUE_VERB_FORMS.get(toks[k + 1].lower) in lx.SAY_VERBS))
            ):
                # "“...,” Anderson said, adding that ...": the quote is this cue's content;
                # so is the clause before "..., the person said, adding that ..."
                content = self._backward_content(s_start, clause_start)
                direction = "backward"
            elif source_first > lo and toks[source_first - 1].lower == "," and (
                    k + 1 >= hi or (toks[k + 1].lower not in _NEW_CLAUSE
                                    and not self._time_adjunct(k + 1, hi))):
                content = self.trim(s_start, s_end)
                quote = self.quotes.around(cue.start)
                if quote is not None and quote.closed and s_start <= quote.start and (
                        quote.end < s_end):
                    # "“This young officer, I don’t know what she was thinking,” he said.":
                    # a cue inside the quotation covers the quotation, not its speaker's verb
                    content = self.trim(quote.start, quote.end)
                direction = "cover"
            elif source_first > lo and toks[source_first - 1].lower == ",":
                # "..., the agency said, as forecasters warned that ...": what follows is a
                # clause of its own, not the rest of what the agency said ("..., the company
                # said, in a statement" names where it said it)
                content = self._backward_content(s_start, clause_start)
                direction = "backward"
                if venue is None and k + 1 < hi:
                    venue, _ = self._venue(k + 1, hi, source)
            elif ambiguous:
                return []
            else:
                content = self._forward_content(k + 1, first, s_end, hi)
        elif toks[k].lower == ":":
            content = self._forward_content(k + 1, first, s_end, hi)
            if content is None:
                content = self._next_paragraph_quote(s_end)
        else:
            content = self._forward_content(k, first, s_end, hi)
        if source.text.lower() in {"who", "which"} and content is not None and (
                direction in {"forward", "continue"}):
            content = self._relative_clause_end(content)
        if lx.CUE_VERB_FORMS.get(low) in {"seem", "appear"} or (
                source.text.lower() == "it" and base == "feel"):
            source = None  # "Sanders appeared to dismiss it": a look, nobody's claim
        elif not continuing and (first < last or low[-2:] == "ed" or low in (
                IRREGULAR_PARTICIPLES)) and self._passive(first, last, lo) and (
                toks[last].lower != "saying"):  # "X was quoted as saying": X speaks
            source = self._agent(last + 1, hi)  # "Roof is accused of ...", "... by X"
        if venue is None and content is not None:
            venue, content = self._venue_at_end(content, source)
        if venue is None and content is not None and base in PERSON_OBJECT_VERBS and (
                not content.text.lower().startswith(("that", "“", '"'))):
            venue = self._venue_after_object(content, source)
        if source is not None and direction == "forward":
            return self._with_document_relay(source, source_first, first, lo, cue, content,
                                             venue, clause_start, continuing)
        if source is not None and source.kind in _OUTLET_KINDS:
            source = self._seen_document(source, source_first, lo)[0]
        return [Attribution(self.name, cue, "verb", source, content, venue=venue,
                            direction=direction, clause_start=clause_start)]

    def _with_document_relay(self, source: Mention, source_first: int, first: int, lo: int,
                             cue: Span, content: Span | None, venue: Venue | None,
                             clause_start: int, continuing: bool) -> list[Attribution]:
        """A document an outlet has seen, as the subject of a forward cue, is relayed by the
        outlet ("A memo seen by Bloomberg News said", "An internal memo reviewed by the
        Eastfield Courier, a local newspaper, showed", "The report, reviewed by Reuters,
        noted"); any other subject is the cue's source alone."""
        toks = self.tokens
        if source.kind in _OUTLET_KINDS:
            source, source_first = self._seen_document(source, source_first, lo)
        if " by " in source.text and not continuing:
            sa, sb = self.tok_index(source.start), self.tok_index(source.end) - 1
            split = self._relay_split(sa, sb)
            if split is not None and toks[split[2]].lower in _SEEN:
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
                toks[source_first - 2].lower in _SEEN):
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
        at = next((m for m in range(source_first + 1, first - 3)
                   if toks[m].text == "," and toks[m + 1].lower in DOCUMENT_RELAYS
                   and toks[m + 2].lower == "by"), None)
        if at is None:
            return None
        close = next((m for m in range(at + 3, first) if toks[m].text == ","), first)
        if close - 1 < at + 3 or not self._names_outlet(at + 3, close - 1):
            return None
        relay = self._mention(at + 3, close - 1)
        outer = Attribution(self.name, self.span(toks[at + 1].start, toks[at + 2].end),
                            "citing", relay, inner.content, direction="none",
                            clause_start=inner.clause_start)
        inner.explicit_parent = outer
        return outer

    def _inverted(self, first: int, last: int, base: str, cue: Span, ambiguous: bool, j: int,
                  lo: int, s_start: int, s_end: int, hi: int, description: str | None
                  ) -> list[Attribution]:
        """The speaker after the cue: "..., said Smith." or "“...,” says the report."."""
        toks = self.tokens
        low = toks[first].lower
        before_ok = j < lo or toks[j].lower in {",", ":"} or toks[j].text in "”\"'’»"
        if not before_ok or (ambiguous and low not in _INVERTIBLE) or low.endswith("ing") or (
                base not in _INVERTED_SPEECH):
            return self._sourceless(first, last, base, cue, ambiguous, s_end, hi)
        np = np_after(toks, last + 1, hi, self.units)
        if np is None:
            return self._sourceless(first, last, base, cue, ambiguous, s_end, hi)
        a, b = np
        after = b + 1
        tail = -1
        if after < hi and toks[after].lower not in {",", ".", ";", "!", "?", "in", "on",
                                                   "at", "during", "”", "\"", ")",
                                                   "when", "while", "as", "after",
                                                   "before", "because", "—", "–"}:
            tail = self._source_tail(after, hi)
            if tail < 0:
                return self._sourceless(first, last, base, cue, ambiguous, s_end, hi)
        if after < hi and toks[after].lower == ",":
            description = self._appositive_after(after, hi)
        if tail >= 0:
            # "said a cafe owner near the harbour, who did not want to give her name": the
            # phrase ends at the comma before the relative clause, which is about the speaker
            cut = next((m for m in range(after + 1, tail) if toks[m].text == ","
                        and toks[m + 1].lower == "who"), -1)
            if cut > 0:
                tail, after = cut - 1, cut
        source = self._mention(a, b, description=description)
        if tail >= 0:
            # "said a member of the committee who backs him.": the phrase runs on
            source.end = toks[tail].end
            source.text = self.text[source.start:source.end]
        if after + 1 < hi and toks[after].text == "," and toks[after + 1].lower == "who":
            aside = self.text[toks[after + 1].start:toks[hi - 1].end].rstrip(" .")
            if lx.WITHHELD_NAME.search(aside) and source.entity.plural and source.kind in {
                    "anonymous", "anonymous_described"}:
                # "..., said the officials, who asked not to be identified because ...": why
                # they are unnamed belongs to them, and to "one of the officials" later
                self._withheld(source, aside)
        venue, _ = self._venue(after, hi, source)
        if venue is None and description is not None:
            # "said Rep. Elijah Cummings, the top Democrat on the committee, in a
            # statement": the venue after the speaker's appositive
            close = next((m for m in range(after + 1, min(hi, after + 16))
                          if toks[m].text == ","), -1)
            if close > 0:
                venue, _ = self._venue(close + 1, hi, source)
        clause_start = cue.start
        if j >= lo and toks[j].lower == ",":
            clause_start = toks[j].start
        content = self._backward_content(s_start, clause_start)
        return [Attribution(self.name, cue, "verb", source, content, venue=venue,
                            direction="backward", clause_start=clause_start)]

    def _speaker_after(self, first: int, last: int, base: str, hi: int) -> bool:
        """An inverted speaker follows the cue and ends the clause ("..., said the person,
        who ...", "..., said a spokeswoman.")."""
        toks = self.tokens
        if first != last or base not in _INVERTED_SPEECH or toks[first].lower.endswith("ing"):
            return False
        np = np_after(toks, last + 1, hi, self.units)
        if np is None or toks[np[0]].lower in {"that", "it", "this", "so", "nothing"}:
            return False
        after = np[1] + 1
        return after >= hi or toks[after].text in {",", ".", "!", "?", ";"}

    def _counted_before(self, first: int, lo: int) -> bool:
        """A number of more than one opens the words before token `first` ("Two current
        Coralline claims", "3,000 claims"): a plural noun follows, not a verb in "-s"."""
        toks = self.tokens
        for j in range(first - 1, max(lo, first - 4) - 1, -1):
            tok = toks[j]
            if (tok.text[:1].isdigit() and tok.text != "1") or (
                    tok.lower in lx.INDEFINITE and tok.lower not in {"a", "an", "one", "another",
                                                                     "some"}):
                return True
            if not tok.is_word or tok.lower in lx.CUE_VERB_FORMS or tok.lower in _AUXILIARIES:
                return False
        return False

    def _outlet_closes(self, k: int, hi: int) -> bool:
        """An outlet's name (with its "the") runs from token k to the end of the sentence."""
        toks = self.tokens
        if k < hi and toks[k].lower == "the":
            k += 1
        end = self.units.by_start.get(k)
        return end is not None and (end + 1 >= hi or toks[end + 1].text in {".", "!", "?"})

    def _time_adjunct(self, k: int, hi: int) -> bool:
        """Tokens from k are a time adjunct ("days after the government ordered ...", "hours
        before the vote", "shortly after"): when, not more of what was said."""
        toks = self.tokens
        if toks[k].lower not in _TIME_ADJUNCT_LEADS and not toks[k].text[:1].isdigit():
            return False
        return any(toks[m].lower in {"after", "before", "since", "ahead"}
                   for m in range(k + 1, min(hi, k + 4)))

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
        if venue.kind not in _OUTLET_KINDS:
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
        if relay.kind not in _OUTLET_KINDS and (words & lx.OUTLET_NOUNS or (
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

    def _question_after(self, k: int, hi: int) -> int:
        """After "asked": the token opening the question ("whether", "if", "about", "to"),
        past an adverb, a "by" agent or an object of a few words; -1 if there is none."""
        toks = self.tokens
        k = self._skip_forward(k, hi)
        for _ in range(2):
            if k >= hi:
                return -1
            if toks[k].lower in _QUESTION_WORDS:
                return k
            if toks[k].lower in {"by", "on", "in", "at", "during"}:
                k += 1
            np = np_after(toks, k, hi, self.units)
            if np is None or np[1] - np[0] > 5:
                return -1
            if np[1] > np[0] and toks[np[1]].lower in _QUESTION_WORDS:
                return np[1]  # "asked by a reporter to explain": the phrase took the "to"
            k = self._skip_forward(np[1] + 1, hi)
        return -1

    def _sourceless(self, first: int, last: int, base: str, cue: Span, ambiguous: bool,
                    s_end: int, hi: int) -> list[Attribution]:
        """A speech verb whose speaker the rules cannot find ("Asked whether ..., ", "... who
        had urged"): the cue and its content, with no source."""
        if ambiguous or base in lx.WEAK_VERBS or base not in lx.SAY_VERBS or (
            first > 0 and self.tokens[first - 1].lower in {"to", "not", "never"}
        ):
            return []
        toks = self.tokens
        if toks[first].lower == "asked" and first == last:
            # "When asked whether ..., most said": the question runs to its comma; "asked
            # by a reporter whether": the one who asked is the source
            q = self._question_after(last + 1, hi)
            if q >= 0:
                source = None
                if toks[last + 1].lower == "by":
                    np = np_after(toks, last + 2, hi, self.units)
                    if np is not None and np[0] < q:
                        source = self._mention(np[0], min(np[1], q - 1))
                end = q + 1
                while end < hi and end < q + 40 and toks[end].text not in {",", ";", "—"}:
                    end += 1
                stop = toks[end].start if end < hi else s_end
                content = self.trim(toks[q].start, stop)
                if content is None:
                    return []
                return [Attribution(self.name, cue, "verb", source, content,
                                    direction="none")]
        agent = self._agent(last + 1, hi) if participle_form(toks[last].lower) else None
        k = self._skip_forward(last + 1, hi)
        if agent is not None:
            # "The campaign, first reported by The Post, is ...": the agent reported it
            return [Attribution(self.name, cue, "verb", agent, None)]
        content = self._forward_content(k, first, s_end, hi)
        if content is None:
            return []
        return [Attribution(self.name, cue, "verb", None, content)]

    def _relative_clause_end(self, content: Span) -> Span:
        """"X, who said A, added B": the relative clause's content ends at its comma."""
        for dash in (" - ", " — ", " – ", "—"):
            at = content.text.find(dash)
            if at > 0 and self.quotes.around(content.start + at) is None:
                # "Trump - who said A - said B": the clause ends at its dash
                comma = content.text.find(",")
                if comma < 0 or comma > at:
                    trimmed = self.trim(content.start, content.start + at)
                    if trimmed is not None:
                        return trimmed
        cut = content.text.find(",")
        tries = 0
        while cut > 0 and tries < 8:
            tries += 1
            pos = content.start + cut
            quote = self.quotes.around(pos)
            if quote is None or quote.start < content.start:
                trimmed = self.trim(content.start, pos)
                if trimmed is not None:
                    return trimmed
                break
            if quote.closed and quote.end - pos <= 2 and quote.end < content.end:
                # "who calls him a “sociopath,” said": the clause ends with the quote
                return self.span(content.start, quote.end)
            cut = content.text.find(",", max(cut + 1, quote.end - content.start))
        return content

    def _quoted_as_saying(self, k: int, hi: int, cue: Span, source: Mention | None,
                          s_end: int) -> list[Attribution]:
        """"The paper quoted a source as saying that ...": relay and speaker."""
        toks = self.tokens
        # The speaker is everything up to "as saying" ("one of Carson's advisers", "a senior
        # aide, Jane Doe,"), within a bounded stretch holding no clause of its own.
        c = k
        aside = -1  # "TNA quoted President Oleg Varan, who it said watched ..., as saying"
        while c + 1 < hi and c < k + 24 and not (
                toks[c].lower == "as" and toks[c + 1].lower in _QUOTED_AS):
            if aside < 0 and c > k and toks[c].text == "," and c + 1 < hi and (
                    toks[c + 1].lower in {"who", "a", "an", "the"}
                    # "Zhou Minghai, described as the mission's chief scientist,"
                    or toks[c + 1].lower in _QUOTED_ASIDE_PARTICIPLES):
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
        inner_cue = self.span(toks[c].start, toks[c + 1].end)
        content = self._forward_content(c + 2, c + 1, s_end, hi)
        outer_content = self.trim(toks[a].start, s_end)
        outer = Attribution(self.name, cue, "verb", source, outer_content, direction="none")
        inner = Attribution(self.name, inner_cue, "verb", speaker, content, direction="none",
                            explicit_parent=outer)
        return [outer, inner]



# What an outlet quotes someone as doing: "quoted X as saying", "quoted the governor as
# accusing the RSF of ...", "quoted the minister as warning that ..."
_QUOTED_AS = frozenset({"saying", "telling", "accusing", "warning", "describing", "calling",
                        "claiming", "insisting", "urging", "denying", "confirming", "vowing",
                        "promising", "adding", "stating", "arguing", "predicting"})
# Participles opening an aside about the person an outlet quotes ("quoted Zhou Minghai,
# described as the mission's chief scientist, as saying")
_QUOTED_ASIDE_PARTICIPLES = frozenset({"described", "identified", "named", "listed", "based",
                                       "speaking"})
# Cues after which ", citing X" closes a report of what came before ("..., Axios reported,
# citing two sources"), unlike "it declined, citing legal risks" (a reason)
_CITING_REPORTS = frozenset({"reported", "reports", "said", "says", "wrote", "writes"})
# "took to Twitter to call", "went on CNN to declare": the speaker and the venue of the cue
_TOOK = frozenset({"took", "take", "takes", "taking"})
_WENT = frozenset({"went", "go", "goes", "going", "appeared", "appears", "appearing"})
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
