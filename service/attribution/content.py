"""Where a claim's content begins and ends around its cue: the clause after a verb of
speech up to the sentence's end, a quote or an aside ("..., adding that ..."); the clause
before an inverted or closing cue; and where a content is clipped at a subordinate clause, a
coordinated clause or a second speaker. Every cue stage (`verbs.py`, `relays.py`,
`extract.py`) asks these scans for its content.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .attributions import Attribution, Span
from .phrases import np_after
from .scan import ScanState
from .subjects import LEADING_WORDS

_QUESTION_WORDS = frozenset({"whether", "if", "about", "why", "how", "what", "who", "whom",
                             "which", "where", "when", "to"})

# Verbs that refer to something rather than say it ("..., invoking last year's flood").
REFERRING_VERBS = frozenset({"invoke", "reference", "cite", "quote", "refer", "echo",
                             "compare", "list", "name", "identify", "mean", "sound", "seem",
                             "appear"})


def speech_participle(low: str) -> bool:
    """A participle of speech that continues its sentence's attribution ("..., tweeting")."""
    if low in lx.CONTINUING_PARTICIPLES:
        return True
    base = lx.CUE_VERB_FORMS.get(low)
    return low.endswith("ing") and low not in lx.AMBIGUOUS_FORMS and base is not None and (
        base not in lx.WEAK_VERBS and base not in REFERRING_VERBS)


_CLAUSE_OPENERS = frozenset({"while", "although", "though", "as", "when", "after", "since",
                             "because", "if", "before", "once", "unless", "whereas"})

_AFTER_QUOTE = ("when ", "as ", "after ", "before ", "while ", "because ", "if ", "adding ",
                "according ")

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

# The reporter's word on the claim just reported, set off by a comma: "it said uses 40% less
# power, a claim that has not yet been tested independently", "a claim city officials have not
# addressed", "a figure that could not be verified"
_REPORTERS_COMMENT = re.compile(r",\s+(?:a|an)\s+(?:claim|assertion|allegation|figure|account|"
                                # "..., a report neither company commented on at the time"
                                r"report|story)"
                                r"\s+(?:that|which|(?:\w+\s+){1,3}(?:has|have|had|could|can|did|"
                                r"does|do|would|was|were|is|are|commented|confirmed|denied|"
                                r"disputed)\b)", re.IGNORECASE)

# A clause of its own after the reported one, joined by "and" or "but" with its own subject:
# "said 48 flights had been cancelled, and classes were suspended in 23 provinces", "...,
# and much about the offer remained unclear" (the reporter's account, as the wire readers read
# it); not "..., and that wages would follow", which the source still says
_NEW_CLAUSE_AFTER = re.compile(
    r",\s+(?:and|but)\s+(?!that\b|said\b|says\b|added\b|it\b|he\b|she\b|they\b|we\b|I\b|if\b|"
    r"when\b|whether\b)(?:(?:the|a|an|much|many|some|no|its|his|her|their)\s+)?"
    # the subject's first word: no auxiliary, modal or past form ("..., and would have left
    # sooner", "..., but warned that costs were rising" go on with the same subject)
    r"(?!(?:was|were|is|are|had|has|have|would|will|could|can|may|might|must|should|did|does|"
    r"do|been|being|not|also|then|still)\b|\w+ed\b)"
    r"[a-z]\w*(?:\s+\w+){0,3}\s+(?:was|were|is|are|had|has|have|remained|gave|did|would|will|"
    r"could)\b")


# The reporter's note on when a body named in the claim meets or acts: "asked for the minister
# to appear before the education committee, which is due to meet next week"
_SCHEDULE_TAIL = re.compile(r",\s+which\s+(?:(?:is|are|was|were)\s+(?:due|expected|scheduled|set|"
                            r"slated)\s+to\b|"
                            # "..., which takes effect Jan. 1", "..., which is usually 60
                            # days": when it applies, the reporter's note on the rule
                            r"(?:takes|took|will\s+take|comes|came)\s+(?:into\s+)?effect\b|"
                            r"(?:is|are|was|were)\s+(?:usually|normally|typically|generally)\b)",
                            re.IGNORECASE)

# The speaker's own refusal after the reported clause, with its pronoun: "said internal
# polling showed the race closer, but he declined to release the figures", "said it would
# finance the defences, but it has not published costs" (the reporter's account)
_SPEAKERS_REFUSAL = re.compile(r",\s+but\s+(?:he|she|it)\s+(?:(?:declined|refused)\s+to|"
                               r"(?:did|does|has|had|would)\s+not|(?:didn|doesn|hasn|hadn|"
                               r"wouldn)[’']t)\b|"
                               # "..., and referred further questions to the EPA": the
                               # speaker passes the questions on, saying nothing more
                               r",?\s+(?:and|but)\s+(?:referred|directed|forwarded)\s+"
                               r"(?:\w+\s+){0,2}(?:questions|inquiries|enquiries|queries)\s+"
                               r"to\b", re.IGNORECASE)


# The terms a source spoke on, right after the cue: "said on condition of anonymity", "on the
# condition that he not be named", "on background"
_ANONYMITY_TERMS = re.compile(
    r"on\s+(?:(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they|it|the\s+\w+)\s+"
    r"(?:not\s+be|remain|was\s+not|were\s+not)\s+(?:named|identified|unnamed))|"
    r"background)\b"
    # and why ("... because he was not authorized to speak publicly", "because the talks are
    # confidential"): the reason for the anonymity, never the claim
    r"(?:,?\s+because\s+[^.;:]*)?", re.IGNORECASE)


class ContentScan(ScanState):
    """Content spans: what a cue's claim covers in its sentence."""

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
        if opener not in _CLAUSE_OPENERS and not (
                opener.endswith("ing") and speech_participle(opener)):
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
        """`end`, or where the reporter's own words after the reported clause begin (outside
        quotation marks), whichever comes first: an aside ("..., as shipping lines began
        diverting vessels"), a clause of its own ("..., and classes were suspended"), a
        comment on the claim ("..., a claim that could not be verified")."""
        cut = end
        for pattern in (_REPORTERS_ASIDE, _NEW_CLAUSE_AFTER, _REPORTERS_COMMENT, _SCHEDULE_TAIL,
                        _SPEAKERS_REFUSAL):
            for found in pattern.finditer(self.text, start, cut):
                if self.quotes.around(found.start()) is None:
                    cut = found.start()
                    break
        return cut

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

    def _leads_clause(self, first: int, lo: int) -> bool:
        """Only conjunctions and adverbs stand between the sentence start and token `first`."""
        return all(self.tokens[k].lower in LEADING_WORDS for k in range(lo, first))

    def _skip_forward(self, k: int, hi: int) -> int:
        """Past time words and adverbs after a cue ("said on Tuesday that"), and past the terms
        of anonymity ("said on condition of anonymity on Tuesday": no content of its own)."""
        toks = self.tokens
        steps = 0
        while k < hi and steps < 6:
            low = toks[k].lower
            if low == "on" and k + 2 < hi:
                terms = _ANONYMITY_TERMS.match(self.text, toks[k].start)
                if terms is not None:
                    while k < hi and toks[k].start < terms.end():
                        k += 1
                    steps += 1
                    continue
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

    def skip_place(self, k: int, hi: int) -> int:
        """Past a place after a cue's object ("told a news conference in Manila", "... at
        Geneva on Monday that"), when the sentence ends or its clause opens after it; `k`
        otherwise."""
        toks = self.tokens
        if k + 1 >= hi or toks[k].lower not in {"in", "at"} or not toks[k + 1].is_capitalised:
            return k
        m = k + 1
        while m < hi and m < k + 6 and (toks[m].is_capitalised or toks[m].text == ","):
            m += 1
        if toks[m - 1].text == ",":
            m -= 1
        after = self._skip_forward(m, hi)
        if after >= hi or toks[after].text in {".", "!", "?", ";"} or toks[after].lower == "that":
            return after
        return k

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
