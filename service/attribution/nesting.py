"""The passes that run on a field's attributions once every sentence is read: where a content
ends when another attribution's clause begins inside it ("..., she said she and Obama had made
progress"), a speaker's second act that is no part of the claim ("... but declined to say"),
an outlet's aside naming whom it cites, and the nesting of each attribution in the one whose
content holds it (`_assign_parents`), with the cues that report no claim inside another's
content dropped.
"""

from __future__ import annotations

import bisect
import re

from . import lexicon as lx
from .attributions import Attribution
from .scan import ScanState

# "... but did not give a timeframe", ", but declined to say": the speaker's second act
_SECOND_ACT = re.compile(r",?\s+but\s+(?:(?:did|does|would|could|has|have|had)\s+not|"
                         r"(?:declined|refused|gave\s+no|offered\s+no))\b|"
                         # "said the agency was assisting but referred questions about the
                         # cause to the sheriff's office": the speaker passing questions on
                         r",?\s+(?:but|and)\s+referred\s+(?:all\s+|further\s+|other\s+)?"
                         r"(?:questions|inquiries|enquiries|queries|requests)\b|"
                         # "said no arrests had been made and asked anyone with video to ...",
                         # "..., and raised their price target": the speaker's next act
                         r",?\s+and\s+(?:asked|urged|appealed|called\s+on|implored|"
                         r"(?:raised|cut|lowered|kept)\s+(?:its|their|his|her)\s+"
                         r"(?:price\s+target|target|rating|forecast|outlook|estimate))\b|"
                         # "ruled on the request and scheduled a hearing for April 22"
                         r",?\s+and\s+(?:scheduled|adjourned|postponed|set\s+a\s+(?:hearing|"
                         r"date|trial))\b|"
                         # '... once it has been licensed," and declined to comment further'
                         r",[”\"’]?\s+and\s+(?:declined|refused|(?:did|would)\s+not\s+"
                         r"(?:comment|elaborate|say|respond|give|provide))\b|"
                         # '... "in a spirit of friendship" and declined to answer questions',
                         # '... "once the schedule is confirmed" and did not give a new date':
                         # no comma after the quotation, a refusal all the same (without
                         # one, "police said he posed a threat and refused to drop the gun"
                         # is the claim's own subject refusing)
                         r"[”\"’]\s+and\s+(?:(?:declined|refused)\s+to|(?:did|would)\s+not\s+"
                         r"(?:comment|elaborate|say|respond|give|provide|answer|disclose))\b|"
                         # "... but, in line with its usual practice, declined to say whether"
                         r",?\s+but,\s+[^,.;]{1,60},\s+(?:declined|refused|(?:did|would)\s+not)\b|"
                         # "..., sending the biotech's shares up 31%": the market's answer
                         r",\s+(?:sending|pushing|lifting|driving|knocking|dragging)\s+"
                         r"(?:[\w’'.-]+\s+){0,3}?(?:shares|stocks?|prices?|yields?|index|"
                         r"currency|bonds?)\b", re.I)
# ", and a fan group has called ...", ", although it was not clear whether ...": a clause with
# its own subject and verb
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|although|though)\s+(?:(?:a|an|the|its|his|her|"
                          r"their|some|several|many)\s+)?(?:[\w’'-]+\s+){0,3}?(?:has|have|had|"
                          r"was|were|is|are|will|would|could|said|says)\b")
# ", which he attributed to": a relative clause whose subject is the speaker again
_WHICH_BEFORE = re.compile(r",\s+which\s+$")
# ", a day after", ", 24 hours after", ", shortly after", ", since": a clause of time that
# opens another attribution's report ("confirmed on Monday that it is in talks ..., a day after
# La Nación reported that a fund had offered ...")
_TIME_AFTER = re.compile(r",\s+(?:(?:(?:a|the|one|two|three|four|five|several|a\s+few|"
                         r"a\s+couple\s+of|\d+|just|only|some|barely)\s+)?(?:minutes?|hours?|"
                         r"days?|weeks?|months?|years?)\s+|(?:shortly|soon|just|only)\s+)?"
                         r"(?:after|since)\s+(?=\S)", re.I)
# what may follow a closing cue before ", and" opens a second clause ("said Friday, and")
_COORDINATED_JOINT = re.compile(r"(?:\s+[\w’'.-]+){0,4}?,\s+(?:and|but)\s+(?=\w)")


# A record's verbs of holding a finding, weak after a person ("she found", "he listed his
# demands") but a record's own statement after a document
_RECORD_FINDINGS = frozenset({"find", "show", "list", "record", "identify", "document"})

# ", which ..." or ", who ..." right after a source: a relative clause set off by commas
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b")
# What opens the main clause after the comma that closes such an aside
_MAIN_VERB_AFTER = re.compile(r"\s+(?:did|does|do|has|have|had|was|were|is|are|would|could|"
                              r"will|declined|refused|said|says|told|denied)\b")


class NestingScan(ScanState):
    """The passes over a field's attributions after the sentence scan."""

    @staticmethod
    def _in_cycle(attribution: Attribution) -> bool:
        seen = {id(attribution)}
        node = attribution.parent
        while node is not None and len(seen) < 64:
            if id(node) in seen:
                return True
            seen.add(id(node))
            node = node.parent
        return False

    def _no_clause(self, attribution: Attribution) -> bool:
        """A verb-and-particle cue ("warned of", "spoke about") whose content is a noun
        phrase, not a clause or quote: inside another's content it reports no claim."""
        cue = attribution.cue.text
        if " " not in cue or cue.split(" ", 1)[0].lower() not in lx.PHRASE_BASES:
            return False
        content = attribution.content
        if content is None:
            return True
        head = content.text[:12].lower()
        return not (content.text[:1] in "“\"‘'" or head.startswith(
            ("that ", "whether ", "how ", "why ", "what ")))

    def _inside_quote(self, attribution: Attribution) -> bool:
        """A first- or second-person cue inside a quote belongs to the quote's speaker."""
        source = attribution.source
        if source is None:
            return False
        # "I’d", "we're": a contraction is its pronoun
        word = source.text.lower().replace("’", "'").split("'", 1)[0]
        if word not in {"i", "we", "you", "me", "us"}:
            return False
        quote = self.quotes.around(attribution.cue.start)
        return quote is not None and quote.start < attribution.cue.start

    def _quoted_words(self, attribution: Attribution) -> bool:
        """A cue inside a closed quotation that no attribution holds: the quoted speaker's
        own words ("“They feel like a bad mom”"), not an attribution of the article's."""
        quote = self.quotes.around(attribution.cue.start)
        return quote is not None and quote.closed and quote.start < attribution.cue.start and (
            attribution.cue.end < quote.end)

    def _close_noun_contents(self) -> None:
        """A noun cue's content ("Sanders' charge that she has been weak on climate change")
        ends at the comma after which another attribution's speaker opens the main clause
        ("..., she said she and Obama had made progress"): that clause is no part of it."""
        starts = {a.source.start: a for a in self.out
                  if a.source is not None and a.source.end > a.source.start}
        for attribution in self.out:
            content = attribution.content
            possessive = attribution.source is not None and attribution.source.text.endswith(
                ("'s", "’s", "'", "’"))
            if not (attribution.cue_kind == "noun" or possessive) or content is None or (
                    content.start < attribution.cue.end):
                continue
            comma = self.text.find(",", content.start, content.end)
            while comma >= 0:
                nxt = comma + 1
                while nxt < content.end and self.text[nxt] == " ":
                    nxt += 1
                other = starts.get(nxt)
                if other is not None and other is not attribution and (
                        other.cue.start > nxt and other.cue.end <= content.end + 1):
                    attribution.content = self.trim(content.start, comma)
                    break
                comma = self.text.find(",", comma + 1, content.end)

    def _close_time_clauses(self) -> None:
        """"Nordvik confirmed that it was in talks ..., a day after Bloomberg News reported that
        the companies were discussing a deal ...": the clause of time tells when the speaker
        spoke, after another party's report; that report is no part of what the speaker said,
        and is not nested under it (the wire readers: the outlet is the report's only hop)."""
        starts = {a.source.start: a for a in self.out
                  if a.source is not None and a.source.end > a.source.start}
        for attribution in self.out:
            content = attribution.content
            if content is None or content.start < attribution.cue.end or (
                    content.text[:1] in "“\"‘'"):
                continue
            for match in _TIME_AFTER.finditer(self.text, content.start, content.end):
                other = starts.get(match.end())
                if other is not None and other is not attribution and (
                        match.end() < other.cue.start < content.end):
                    attribution.content = self.trim(content.start, match.start())
                    break

    def _close_same_speaker_which(self) -> None:
        """"An official said applications had fallen sharply, which he attributed to stricter
        checks": a closing ", which" clause whose subject is the same speaker again is that
        speaker's second claim, not part of the first; the first ends before ", which" and the
        two stand side by side ("the budget, which she called balanced, would be approved"
        runs on past the clause and keeps it)."""
        # the clauses first (few), then the claim each one closes
        clauses = [(a, a.source.entity, a.content.end, which) for a in self.out
                   if a.source is not None and a.content is not None
                   and (which := _WHICH_BEFORE.search(
                       self.text, max(0, a.source.start - 12), a.source.start)) is not None]
        for inner, speaker, inner_end, which in clauses:
            for outer in self.out:
                content = outer.content
                if content is None or outer is inner or outer.source is None or (
                        outer.source.entity is not speaker) or not (
                        content.start < which.start() and outer.cue.end <= content.start
                        and inner.cue.end <= content.end and inner_end >= content.end - 1):
                    continue
                outer.content = self.trim(content.start, which.start())

    def _close_relative_contents(self) -> None:
        """A cue inside another attribution's source phrase ("Two officials who have seen the
        report said ...", "Parents who want to keep the school open said ...") is a relative
        clause of that phrase: its content ends where the phrase ends, so the main clause's
        cue is neither part of it nor nested under it."""
        by_cue = sorted(self.out, key=lambda a: a.cue.start)
        cue_starts = [a.cue.start for a in by_cue]
        for outer in self.out:
            source = outer.source
            if source is None or source.end - source.start < 8:
                continue
            # only the cues inside the source phrase can be its relative clause's
            lo = bisect.bisect_right(cue_starts, source.start)
            hi = bisect.bisect_left(cue_starts, source.end, lo)
            for inner in by_cue[lo:hi]:
                content = inner.content
                if inner is outer or content is None or not (
                        inner.cue.end <= source.end
                        and content.start < source.end < content.end
                        and source.end <= outer.cue.start):
                    continue
                inner.content = self.trim(content.start, source.end)

    def _close_aside_contents(self) -> None:
        """A cue inside a relative clause set off by commas after another attribution's
        source ("Totara Building Supplies, which has 31 branches and reported its half-year
        result last month, did not respond") says what the clause says: its content ends at
        the comma that closes the clause, before the main verb."""
        for outer in self.out:
            source = outer.source
            if source is None or source.end >= outer.cue.start:
                continue
            opening = _RELATIVE_ASIDE.match(self.text, source.end, outer.cue.start)
            if opening is None:
                continue
            close = self.text.rfind(",", opening.end(), outer.cue.start)
            if close < 0 or self.text[close + 1:outer.cue.start].count(",") or not (
                    _MAIN_VERB_AFTER.match(self.text, close + 1)):
                continue
            for inner in self.out:
                content = inner.content
                if inner is outer or content is None or not (
                        opening.end() <= inner.cue.start < close < content.end) or (
                        # "The report, which cited two people briefed on the meeting, said":
                        # whom the source cites, read by the citing asides
                        lx.CUE_VERB_FORMS.get(inner.cue.text.split(" ", 1)[0].lower()) in {
                            "cite", "quote"}):
                    continue
                inner.content = self.trim(content.start, close)

    def _open_coordinated_contents(self) -> None:
        """A closing "according to" after two joined clauses ("..., the fire marshal's office
        said Friday, and police have questioned a former employee, according to a law
        enforcement official") covers only the clause after the joint: the first clause has
        its own source, which is no part of the second one's claim."""
        for outer in self.out:
            content = outer.content
            if outer.direction != "backward" or content is None:
                continue
            start = content.start
            for inner in self.out:
                if inner is outer or inner.direction not in ("cover", "backward") or not (
                        content.start <= inner.cue.start and inner.cue.end <= content.end):
                    continue
                joint = _COORDINATED_JOINT.match(self.text, inner.cue.end, content.end)
                if joint is not None:
                    start = max(start, joint.end())
            if start > content.start:
                outer.content = self.trim(start, content.end)

    def _citing_asides(self) -> None:
        """"The Wall Street Journal, citing unnamed officials, reported that ...", "The state
        broadcaster, quoting the Defence Ministry, said ...": the aside
        names whom the outlet cites for what it reports, as "reported, citing X, that" does;
        its content is the report's, under the report."""
        by_source = {(a.source.start, a.source.end): a for a in self.out
                     if a.source is not None and a.content is not None}
        by_source_start = {a.source.start: a for a in self.out
                           if a.source is not None and a.content is not None}
        by_source_end = {a.source.end: a for a in self.out
                         if a.source is not None and a.content is not None}
        for citing in self.out:
            content = citing.content
            if citing.cue.text.lower() not in {"citing", "quoting", "cited", "quoted"} or (
                    content is None) or (
                    citing.explicit_parent is not None):
                continue
            report = by_source.get((content.start, content.end))
            if report is None and (ending := by_source_end.get(content.end)) is not None and (
                    ending.source is not None and content.start < ending.source.start):
                # "On Thursday, the Arizona Ledger, citing ..., reported": a time phrase
                # before the outlet, inside what the aside's clause holds
                report = ending
            if report is None and citing.cue.text[:1].isupper() and (
                    citing.source is not None and citing.source.kind != "unresolved"):
                # "Citing a senior Government source, the paper said ...": the participle
                # fronted before the report it belongs to, whose speaker opens its content
                # (not a reason cited, "Citing rising costs, the company said")
                fronted = by_source_start.get(content.start)
                if fronted is not None and content.start < fronted.cue.start < content.end:
                    report = fronted
            if report is None or report is citing or report.cue.start < citing.cue.end:
                continue
            citing.content = report.content
            citing.explicit_parent = report
            citing.direction = "none"

    def _cut_second_acts(self) -> None:
        """"The ministry said talks would continue but did not give a timeframe": what follows
        "but did not", "but declined" is the speaker's own second act, no part of the claim."""
        for attribution in self.out:
            content = attribution.content
            if content is None:
                continue
            act = _SECOND_ACT.search(self.text, content.start, content.end)
            if act is not None and act.start() > content.start:
                cut = act.start()
                if self.text[cut:cut + 2] in {",”", ',"', ",’"}:
                    cut += 2  # the quotation closes after its comma: it is kept whole
                elif self.text[cut:cut + 1] in {"”", '"', "’"}:
                    cut += 1  # '"... mutual benefit" and declined': the quotation kept whole
                attribution.content = self.trim(content.start, cut)
                content = attribution.content
            first = attribution.cue.text.split(" ", 1)[0].lower()
            if attribution.cue_kind != "verb" or lx.CUE_VERB_FORMS.get(first) in lx.SAY_VERBS or (
                    content is None or content.text[:1] in "“\"'" or (
                    content.text.lower().startswith(("that ", "whether ")))):
                continue
            # "criticised the club for ..., and a fan group has called a protest": a verb
            # that takes an object, not a clause; what follows ", and" with its own subject
            # is the reporter's next sentence
            nxt = _NEXT_CLAUSE.search(self.text, content.start, content.end)
            if nxt is not None and nxt.start() > content.start:
                attribution.content = self.trim(content.start, nxt.start())

    @staticmethod
    def _record_finding(attribution: Attribution) -> bool:
        """A record's finding inside what someone reports ("According to La Tercera, the
        monitoring reports showed ...", "The paper said minutes of the meeting show ..."): the
        record is the origin the outlet passes on, not a view of the speaker's to drop; so is
        what it lists or records ("The letter listed at least 60 complainants, police
        said")."""
        return lx.CUE_VERB_FORMS.get(attribution.cue.text.lower()) in _RECORD_FINDINGS and (
            attribution.source is not None and attribution.source.kind == "document")

    def _assign_parents(self) -> None:
        """Each attribution's parent is the innermost other one whose content holds its cue."""
        self._cut_second_acts()
        self._citing_asides()
        self._close_noun_contents()
        self._close_time_clauses()
        self._close_same_speaker_which()
        self._close_relative_contents()
        self._close_aside_contents()
        self._open_coordinated_contents()
        intervals = sorted(
            (a for a in self.out if a.content is not None),
            key=lambda a: (a.content.start, -a.content.end),  # type: ignore[union-attr]
        )
        order = sorted(self.out, key=lambda a: a.cue.start)
        stack: list[Attribution] = []
        idx = 0
        for attribution in order:
            pos = attribution.cue.start
            while idx < len(intervals) and intervals[idx].content.start <= pos:  # type: ignore[union-attr]
                stack.append(intervals[idx])
                idx += 1
            while stack and stack[-1].content.end <= pos:  # type: ignore[union-attr]
                stack.pop()
            if attribution.explicit_parent is not None:
                attribution.parent = attribution.explicit_parent
                continue
            for candidate in reversed(stack[-8:]):
                content = candidate.content
                if candidate is attribution or content is None:
                    continue
                if content.start <= attribution.cue.start and attribution.cue.end <= content.end:
                    if candidate.parent is attribution:
                        continue
                    attribution.parent = candidate
                    break
        for attribution in self.out:
            sibling = attribution.sibling_of
            if sibling is not None:
                over = sibling.explicit_parent  # the relay of the first source, if any
                attribution.parent = over.parent if over is not None else sibling.parent
        weak = [a for a in self.out if a.cue_kind == "verb" and (
            # (a document an outlet relays, "The documents, obtained by Reuters, showed",
            # keeps its own verb: its parent is explicit, not a content it sits in)
            (a.parent is not None and a.parent is not a.explicit_parent and (
                (lx.CUE_VERB_FORMS.get(a.cue.text.lower()) in lx.WEAK_VERBS
                 and not self._record_finding(a))
                or self._no_clause(a)
                or a.cue.text.split(" ", 1)[0].lower() in lx.STANCE_ADJECTIVES))
            or (a.parent is None and (self._inside_quote(a) or self._quoted_words(a)))
        )]
        if weak:
            dropped = {id(a) for a in weak}
            self.out = [a for a in self.out if id(a) not in dropped]
            for attribution in self.out:
                while attribution.parent is not None and id(attribution.parent) in dropped:
                    attribution.parent = attribution.parent.parent
                if self._in_cycle(attribution):
                    # re-linked past a dropped cue onto its own child: only an explicit
                    # parent ("seen by" over "according to") stays
                    attribution.parent = attribution.explicit_parent
        for attribution in self.out:
            if attribution.follows is not None:
                attribution.parent = attribution.follows.parent
            source = attribution.source
            parent = attribution.parent
            if source is not None and parent is not None and parent.source is not None and (
                source.text.lower() in {"i", "we", "me", "us"}
            ):
                source.entity = parent.source.entity
                source.kind = parent.source.kind
