"""Cues: the words that may open an attribution, found token by token in a sentence.

Stage 4 of the attribution pipeline: verbs of saying and believing ("said", "told",
"believes"), phrases ("according to", "there are reports"), noun cues ("in a statement",
"his criticism of"), stance adjectives; capitalised names met on the way are noted for later
pronouns. Which matches state no claim is decided in `claims.py`.
"""

from __future__ import annotations

import bisect
import re

from . import lexicon as lx
from .phrases import (
    DOCUMENT_PARTICIPLES,
    MONTH_ABBREVIATIONS,
    after_common_possessive,
    authored_document,
    is_name_token,
    is_record_head,
    is_role,
    letter_ending_a_name,
    np_before,
    record_aside_lead,
    record_modifier,
)
from .scan import ScanState
from .text import (
    Token,
)

_NOUN_CUES = frozenset({
    "statement", "claim", "assertion", "allegation", "warning", "view", "belief",
    "assessment", "argument", "contention", "prediction", "insistence", "suggestion",
    "admission", "position", "conclusion", "estimate", "promise", "pledge", "vow",
})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
# "in poll numbers", "in the survey's margin": the poll is a modifier, not the source
_POLL_COMPOUNDS = frozenset({"numbers", "results", "standings", "ratings", "averages",
                             "average", "position", "positions", "question", "questions",
                             "’s", "'s", "after", "respondents"})
# "familiar with Cruz's thinking", "with knowledge of the company's plans", "briefed on the
# president's deliberations": a possessed noun there is what an unnamed source knows.
_ANONYMITY_OBJECTS = frozenset({"familiar", "knowledge", "briefed", "privy", "aware"})
# "in Bolton's view": nouns of opinion whose possessor holds the sentence's claim.
OPINION_NOUNS = frozenset({"view", "opinion", "estimation", "judgment", "judgement", "words",
                            "telling", "mind"})
# "his criticism of X", "Trump's call for X": nouns of speech about something.
_ABOUT_NOUNS = frozenset({"criticism", "criticisms", "attack", "attacks", "call", "calls",
                          "warning", "warnings", "claim", "claims", "denunciation", "praise",
                          "defense", "defence", "endorsement", "condemnation", "support",
                          "demand", "demands", "complaint", "complaints", "accusation",
                          "accusations", "proposal", "plea", "appeal", "insistence",
                          "suggestion", "assertion", "allegation", "allegations", "comments",
                          "remarks", "description", "characterization", "rhetoric",
                          "critique", "critiques"})
_NOUN_CUES = _NOUN_CUES | OPINION_NOUNS | _ABOUT_NOUNS
# Adjectives of a count's stage before a participle and its plural noun ("Final certified
# results", "preliminary reported figures")
_COUNT_STAGE_ADJECTIVES = frozenset({"final", "preliminary", "official", "unofficial",
                                     "partial", "initial", "latest", "updated", "revised",
                                     "complete", "provisional"})
# the verb of a plural noun subject just before it ("answers were", "reports have")
_PLURAL_VERBS_AFTER = frozenset({"were", "are", "have"})
# a plural present of what rules and records do, after a cue form in -s that is then their
# noun ("Senate rules require that ...", "Party rules allow", "the regulator's reports show")
_RECORD_PLURAL_VERBS = frozenset({"require", "allow", "permit", "bar", "forbid", "prohibit",
                                  "mandate", "stipulate", "dictate", "specify", "say", "state",
                                  "show", "suggest", "indicate", "provide"})
# What opens a comparison before "than" ("faster than analysts expected"); "rather than",
# "other than" open none
_COMPARATIVES = frozenset({"more", "less", "fewer", "better", "worse", "sooner", "later",
                           "earlier", "higher", "lower", "larger", "smaller", "bigger",
                           "greater", "faster", "slower", "longer", "shorter", "stronger",
                           "weaker", "wider", "deeper", "steeper", "sharper", "quicker",
                           "quickly", "slowly", "rapidly", "sharply", "else"})
_NOT_COMPARATIVE = frozenset({"other", "rather", "whether", "either", "neither", "after",
                              "under", "over", "never", "ever", "member", "number", "order",
                              "together", "consumer", "customer", "worker", "player", "leader",
                              "officer", "manager", "partner", "minister", "register"})
# a count between "than" and the verb makes them the source ("more than 100 residents said",
# "fewer than half of the members voted")
_COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                          "ten", "dozen", "dozens", "hundred", "hundreds", "thousand",
                          "thousands", "million", "half", "third", "quarter", "twice",
                          "twenty", "thirty", "forty", "fifty", "eleven", "twelve"})
# "drew rebukes from the Pentagon", "faced sharp criticism from allies": a reaction and who gave it
_REACTION_NOUNS = frozenset({"rebuke", "rebukes", "criticism", "criticisms", "condemnation",
                             "praise", "complaints", "objections", "pushback", "warnings",
                             "protests", "ridicule", "scorn", "backlash", "denunciations"})
_GETTING = frozenset({"drew", "draw", "draws", "drawing", "drawn", "received", "receive",
                      "receives", "receiving", "faced", "face", "faces", "facing", "earned",
                      "earns", "earning", "won", "got", "attracted", "attracts", "sparked",
                      "prompted", "provoked", "triggered", "brought", "invited"})
REACTION_DEGREE = frozenset({"sharp", "swift", "fierce", "harsh", "strong", "widespread",
                              "immediate", "bipartisan", "heavy", "scathing", "quick", "some",
                              "broad", "high", "rare", "public", "mounting"})
_GEO_WORDS = frozenset({
    "north", "south", "east", "west", "new", "united", "states", "kingdom", "republic",
    "korea", "island", "islands", "sea", "river", "city", "county", "street", "avenue",
    "square", "park", "bay", "lake", "mount", "valley", "region", "province", "district",
    "day", "war", "world", "cup", "league", "america", "europe", "asia", "africa", "union",
    # a street or a landmark ("who left his house on Birch Lane"): no person a "he" means
    "lane", "road", "drive", "boulevard", "highway", "crescent", "terrace", "creek", "beach",
    "ridge", "canyon", "harbor", "harbour", "bridge", "airport",
})
_PHRASE_FIRST = frozenset(k[0] for k in (*lx.PHRASE_CUES, *lx.VAGUE_PHRASES))
# Adjectives between an article and a noun that is also a cue form ("an emailed reply", "a
# written answer", "a short reply")
_MEDIUM_ADJECTIVES = frozenset({"emailed", "e-mailed", "written", "faxed", "texted", "short"})
# Verbs that give a figure as an estimate when followed by "at" and a number.
_ESTIMATE_VERBS = frozenset({"put", "puts", "putting", "pegged", "pegs", "peg", "pegging",
                             # "The crop report valued the harvest at $41 million"
                             "valued", "values"})
# "The court held that", "Courts have long held that": a judgment's finding, as "ruled that"
_HOLDING = frozenset({"held", "holds", "hold"})
# Hearings told what witnesses said ("the inquest heard", "the tribunal heard")
_PROCEEDINGS = frozenset({"inquest", "court", "tribunal", "hearing", "trial", "inquiry",
                          "jury", "committee", "panel"})
# Words that open the clause after "held that" ("held that the disclosure was", not "held that
# post for a decade")
_CLAUSE_OPENERS_AFTER_THAT = frozenset({"the", "a", "an", "his", "her", "its", "their", "he",
                                        "she", "it", "they", "there", "this", "such", "no",
                                        "any", "every", "our", "we", "i", "you"})
# Records whose terms a sentence sets out after "Under the ...,": decisions and agreements
_UNDER_RECORDS = frozenset({"order", "communique", "communiqué", "agreement", "decision",
                            "ruling", "judgment", "judgement", "settlement", "decree",
                            "contract", "memorandum", "accord"})
# Verbs with which a record says what it holds: cues only right after a record's head noun
# ("the affidavit states", "The decree requires", "a customs ledger from 1898 lists"), where
# after a person or on their own they are acts ("He states his case", "the law requires")
_RECORD_VERBS = {"states": "state", "stated": "state", "notes": "note", "lists": "list",
                 "requires": "require", "mandates": "mandate", "mandated": "mandate",
                 "attributes": "attribute", "specifies": "specify", "stipulates": "stipulate",
                 "stipulated": "stipulate",
                 # what a decree, a filing or a clip sets down ("The decree, dated March 8,
                 # sets the higher rate", "The report records manganese concentrations")
                 "sets": "set", "records": "record", "recorded": "record", "covers": "cover",
                 "includes": "include", "instructs": "instruct",
                 "instructed": "instruct", "traces": "trace", "list": "list",
                 # a plural record's forms and a ruling's: "The guidelines state that", "The
                 # judgment orders the department to", "The document provides that" (not the
                 # plural "require": "EU rules require companies to notify" is background law)
                 "state": "state", "note": "note", "orders": "order",
                 "provides": "provide",
                 # what a report or a filing does with its findings (the thirty-second
                 # session's dev misses: "The report ranked the county among the ten weakest",
                 # "The notice gives the company 14 days", "The study links the contamination
                 # to", "The report classified it as a Class II recall", "The rate filing
                 # projects that")
                 "ranks": "rank", "ranked": "rank", "gives": "give", "links": "link",
                 "linked": "link", "classifies": "classify", "classified": "classify",
                 "traced": "trace", "projects": "project", "projected": "project",
                 "details": "detail", "detailed": "detail", "flags": "flag",
                 "flagged": "flag", "counts": "count", "counted": "count",
                 "puts": "put", "listed": "list",
                 # (the forty-fourth session's dev misses: "The assessment, published in 2024,
                 # rated fewer than 40 percent of waters as good", "The notice names two
                 # partners as administrators", "The order directs deputy commissioners to";
                 # not "allows" nor "envisages", which the readers read as background law and
                 # plans: "The ordinance allows fines of up to", "The programme envisages")
                 "rates": "rate", "rated": "rate", "names": "name", "directs": "direct"}
# What follows a past participle that describes a record rather than stating what it holds
# ("classified as secret", "traced to the ministry", "linked above")
_PARTICIPLE_AFTER = frozenset({"as", "by", "to", "in", "on", "above", "below", "for", "from",
                               "with", "at", "under", "into"})
_INTERESTING = frozenset(_ESTIMATE_VERBS | _PHRASE_FIRST | {"under", "heard"} | _HOLDING
                         | (set(lx.CUE_VERB_FORMS) - lx.NOT_CUE_FORMS)
                         | _NOUN_CUES | set(lx.STANCE_ADJECTIVES) | set(_RECORD_VERBS))
_DEGREE = frozenset({"very", "so", "too", "more", "less", "most", "not", "also", "still",
                     "quite", "far", "much", "particularly", "especially", "increasingly",
                     "deeply", "highly", "fully", "clearly", "openly", "now", "all", "n’t",
                     "n't", "never", "no", "longer", "even", "sharply", "equally", "strongly"})
_DIGIT = re.compile(r"\d").search
_PHRASE_PAIRS = frozenset(k[:2] for k in (*lx.PHRASE_CUES, *lx.VAGUE_PHRASES) if len(k) > 1)
# "is planning", "were planning": the verb, whatever follows it
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "should", "shall"})
# "the Rai 1 talk show", "a morning show": the kind of programme before "show" makes it the noun
_SHOW_KINDS = frozenset({"talk", "chat", "game", "quiz", "radio", "TV", "television", "morning",
                         "breakfast", "news", "reality", "cooking", "comedy", "variety",
                         "late-night", "call-in", "phone-in", "trade", "road", "air", "boat",
                         "motor"})
# Determiners after which a verb form is a noun ("that", "this" and "her" may also be a
# pronoun: "officials that said", "This shows", "heard her say").
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "his", "their", "its", "our", "my", "your",
                               "every"})
# Verbs whose object is the noun "blame": "did not assign blame to any official", "laid blame
# on the contractor", "accepted blame" (the noun, not the verb "blame")
_BLAME_TAKERS = frozenset({"assign", "assigned", "assigns", "assigning", "apportion",
                           "apportioned", "lay", "laid", "lays", "laying", "place", "placed",
                           "shift", "shifted", "accept", "accepted", "take", "took", "taken",
                           "deflect", "deflected", "share", "shared", "put"})
_PLURAL_QUANTIFIERS = frozenset({"some", "many", "several", "most", "few", "all", "both"})
# Words before "accused of" that make it a verb of its clause, not a participle describing the
# noun before it ("who was twice accused of", "and charged with")
_VERB_LEADS = lx.AUX_ADVERBS | {"having", "n’t", "and", "or", "but", "who", "that", "which",
                                "twice"}
# Participles of taking part: "not involved in the survey" says where nobody spoke
_PART_IN = frozenset({"involved", "participating", "participated", "engaged"})
MAX_CUES = 24  # per sentence: real sentences have a handful, hostile ones thousands


def poll_head(toks: list[Token], i: int, hi: int) -> int:
    """The index of the poll's noun when "in" at token i opens a poll or survey that the
    clause's figures come from ("in an NBC News/Marist poll released Sunday", "in the latest
    CNN/ORC poll", "in the polls"), or -1. The noun heads a phrase of at most 13 tokens."""
    for k in range(i + 1, min(hi, i + 14)):
        word = toks[k].lower
        if word in lx.POLL_NOUNS:
            after = toks[k + 1].lower if k + 1 < hi else ""
            return k if after not in _POLL_COMPOUNDS else -1
        if not toks[k].is_word and toks[k].text not in {"/", "-", "’s", "'s", "&"}:
            return -1
        if word in {"which", "that", "who", "where", "when", "and", "or", "to", "for", "on",
                    "at", "with", "by", "from", "into", "over", "head", "heads"} or (
                word in lx.CUE_VERB_FORMS and not toks[k].is_capitalised):
            return -1
    return -1


def cue_candidates(tokens: list[Token]) -> list[int]:
    """Indexes of the tokens worth a look as the start of a cue: a cue word's form, or a token
    whose bare form differs from its lowercase one (quotes, possessives)."""
    interesting = _INTERESTING
    return [i for i, t in enumerate(tokens) if t[3] in interesting or t[2] != t[3]]


# The participles that describe a record ("Videos posted on social media showed": the
# record's own verb is the cue), and the verbs with which a picture says what it shows.
_RECORD_PARTICIPLES = DOCUMENT_PARTICIPLES | {"circulating"}
_SHOW_VERBS = frozenset({"show", "shows", "showed", "shown", "showing", "appear", "appears",
                         "appeared", "depict", "depicts", "depicted"})


_WITHHELD_PARTICIPLES = frozenset({"named", "identified", "quoted"})
# Participles that say where a thing is named ("the firms named in the report")
_NAMED_IN = frozenset({"named", "listed", "mentioned", "cited", "identified"})
_CALL_FORMS = frozenset({"call", "calls", "called", "calling"})
_ANSWERING = frozenset({"return", "returned", "returning", "answer", "answered", "answering",
                        "take", "took", "taking"})
# A check that may fail ("could not be verified", "was unable to confirm")
_FAILED_CHECKS = frozenset({"verify", "verified", "confirm", "confirmed", "corroborate",
                            "corroborated", "authenticate", "authenticated"})


class CueScan(ScanState):
    """Finds the cues of a sentence."""

    def _note_name(self, k: int, hi: int) -> int:
        """Remember the name starting at token k for later pronouns; return the next token."""
        toks = self.tokens
        run = k + 1
        while run < hi and toks[run].text[0].isupper() and is_name_token(toks[run]):
            run += 1
        while run < hi and run - k < 4 and toks[run].text[0].isupper() and (
                toks[run].bare in lx.ORG_WORDS or toks[run].bare in lx.MODIFIERS):
            run += 1  # "Halvorsen Energy", "Brightwater Health Group": a body's name
        if 2 <= run - k <= 4 and k not in self.units.by_start and not any(
            t.bare in _GEO_WORDS or _DIGIT(t.text) for t in toks[k:run]
        ):
            before = toks[k - 1] if k > 0 else None
            lower_before = before is not None and before.is_word and not before.is_capitalised
            # "an analyst at Banco Itaparica" (an employer or a place), "the business newspaper
            # Valor Economico" (an outlet): no person a later "she" could mean, nor a body
            # "the ministry" could; "packaging maker Nordvik Paper" is a body
            if before is None or not (before.lower == "at" or (
                    lower_before and before.bare in lx.OUTLET_NOUNS)):
                body = lower_before and before is not None and before.bare in lx.ORG_NOUNS
                self.resolver.note_name(self.offset + toks[k].start, toks[k:run], org=body)
        return run

    def _cues(self, lo: int, hi: int) -> list[tuple[int, int, str, str, int]]:
        """(first token, last token, cue kind, verb base, vague source index) per cue."""
        found: list[tuple[int, int, str, str, int]] = []
        toks = self.tokens
        i = lo
        interesting = _INTERESTING
        # Only candidate tokens (cue words and capitalised words) are visited; `i` is the
        # first token the scan may still look at.
        cands = self.candidates
        c = bisect.bisect_left(cands, lo)
        c_end = bisect.bisect_left(cands, hi, c)
        while c < c_end and len(found) < MAX_CUES:
            if cands[c] < i:
                c += 1
                continue
            i = cands[c]
            c += 1
            tok = toks[i]
            low = tok.lower
            if low not in interesting and not tok.text[0].isupper():
                continue
            if low == "in" and poll_head(toks, i, hi) > 0 and not (
                    # "scientists not involved in the survey": who took no part in it
                    i > lo and toks[i - 1].lower in _PART_IN):
                found.append((i, i, "according_to", "", -1))  # "led by 12 points in a poll"
                i += 1
                continue
            if low == "under" and self._under_record(i, lo, hi):
                found.append((i, i, "according_to", "", -1))  # "Under the order, the bank must"
                i += 1
                continue
            hit = False
            if low not in _PHRASE_FIRST or (
                i + 1 < hi and (low, toks[i + 1].lower) not in _PHRASE_PAIRS
                and (low,) not in lx.PHRASE_CUES and (low,) not in lx.VAGUE_PHRASES
            ):
                if i == lo and i + 1 < hi and toks[i + 1].text[0].isupper() and (
                        is_name_token(toks[i]) and (is_name_token(toks[i + 1]) or toks[
                            i + 1].bare in lx.ORG_WORDS or toks[i + 1].bare in lx.MODIFIERS)):
                    i = self._note_name(i, hi)  # "Tom Baker spoke.": a name for "his"
                    continue
                if i != lo and toks[i].text[0].isupper():
                    if is_name_token(toks[i]):
                        i = self._note_name(i, hi)
                        continue
                    if self._mid_capital(i, lo):
                        i += 1  # "the United States", "the Granite State": not a verb
                        continue
                if self._is_reaction_from(i, lo, hi):
                    found.append((i, i + 1, "noun", low, -1))  # "drew rebukes from the Pentagon"
                    i += 2
                    continue
                if self._attributive_participle(i, lo, hi) or self._naming(i, lo, hi) or (
                        self._reduced_passive(i, lo, hi)) or self._record_described(i, lo, hi) or (
                        self._named_in_record(i, lo, hi)) or (
                        self._appositive_participle(i, lo, hi)) or (
                        self._unverified_aside(i, lo)) or self._name_withheld(i, lo) or (
                        self._attributed_to_passive(i, lo, hi)) or self._compared_with(i, lo):
                    pass  # "112 confirmed cases", "a movement called the EPRP": no cue
                elif low in _HOLDING and self._holds_that(i, hi):
                    found.append((i, i, "verb", "rule", -1))  # "the court held that"
                elif low == "heard" and self._proceedings_heard(i, lo, hi):
                    found.append((i, i, "verb", "hear", -1))  # "the inquest heard that"
                elif low in _ESTIMATE_VERBS and self._puts_at(i, lo, hi):
                    found.append((i, i, "verb", "estimate", -1))  # "put the crop at 14.6 bn"
                elif self._record_verb(i, lo, hi):
                    found.append((i, i, "verb", _RECORD_VERBS[low], -1))  # "the decree requires"
                elif low in lx.CUE_VERB_FORMS and low not in lx.NOT_CUE_FORMS and not (
                        i + 1 < hi and (low, toks[i + 1].lower) in lx.NOUN_COMPOUNDS) and not (
                        self._after_determiner(i, lo)) and not self._plural_noun(i, hi) and not (
                        self._noun_before_modal(i, lo, hi)) and not (
                        low in {"show", "shows"} and i - 1 >= lo
                        and toks[i - 1].text in _SHOW_KINDS) and not (
                    self._listed_on_exchange(i, lo, hi)) and not (
                        # "Internal planning documents show": the kind of the record
                        i + 1 < hi and record_modifier(toks, i, lo)):
                    found.append((i, i, "verb", lx.CUE_VERB_FORMS[low], -1))
                elif low in lx.STANCE_ADJECTIVES:
                    if self._stance(i, lo, hi):
                        found.append((i, i + 1, "verb", "feel", -1))
                        i += 2
                        continue
                elif low in _NOUN_CUES and self._noun_cue(i, lo, hi):
                    found.append((i, i, "noun", low, -1))
                i += 1
                continue
            for size in (4, 3, 2, 1):
                if i + size > hi:
                    continue
                key = tuple(t.lower for t in toks[i:i + size])
                if key in lx.VAGUE_PHRASES:
                    found.append((i, i + size - 1, "phrase", "", lx.VAGUE_PHRASES[key]))
                    i += size
                    hit = True
                    break
                if key in lx.PHRASE_CUES:
                    kind = lx.PHRASE_CUES[key]
                    if kind == "verb" and self._after_determiner(i, lo):
                        continue  # "Some advocates for stem cell research": a noun
                    if size == 2 and key[1] == "on" and key[0] in _CALL_FORMS and (
                            (i + 2 < hi and toks[i + 2].lower in lx.WEEKDAYS)
                            or (i > lo and toks[i - 1].lower in _ANSWERING)):
                        # "did not return calls on Saturday": telephone calls, no appeal
                        continue
                    base = (lx.PHRASE_BASES.get(key[0]) or lx.CUE_VERB_FORMS.get(key[-1], key[0])
                            ) if kind == "verb" else ""
                    if key[0] in {"has", "have", "was", "were", "is", "are"} and kind == "verb":
                        base = key[1]
                    found.append((i, i + size - 1, kind, base, -1))
                    i += size
                    hit = True
                    break
            if hit:
                continue
            if low in lx.CUE_VERB_FORMS and low not in lx.NOT_CUE_FORMS and not (
                    i + 1 < hi and (low, toks[i + 1].lower) in lx.NOUN_COMPOUNDS) and not (
                    self._attributive_participle(i, lo, hi)) and not (
                    self._after_determiner(i, lo)) and not self._plural_noun(i, hi) and not (
                    self._listed_on_exchange(i, lo, hi)) and not self._compared_with(i, lo):
                found.append((i, i, "verb", lx.CUE_VERB_FORMS[low], -1))
            elif low in _NOUN_CUES and self._noun_cue(i, lo, hi):
                found.append((i, i, "noun", low, -1))
            i += 1
        return found

    def _after_determiner(self, i: int, lo: int) -> bool:
        """A verb form right after a determiner is a noun or an adjective: "some protest
        leaders", "Some advocates for stem cell research", "this claim", "their support"; so is
        one after a determiner and an adjective ("an emailed reply", "a short reply");
        and a base form after "a" and the capitalised words of one thing ("An Ohio judge")."""
        if i - 1 < lo:
            return False
        prev = self.tokens[i - 1].lower
        if prev in _NOUN_DETERMINERS and not letter_ending_a_name(self.tokens, i - 1, lo):
            # (not "Lega Serie A said", "Group A reported": a capital letter ending a name)
            return True
        low = self.tokens[i].lower
        if low == "blame" and prev in _BLAME_TAKERS:
            return True  # "did not assign blame to any official": the noun
        if lx.CUE_VERB_FORMS.get(low) == low:
            # "An Ohio judge on Tuesday blocked": a base form after "a" and the capitalised
            # words of one thing is a noun (a singular subject would take "judges")
            k = i - 1
            while k >= lo and i - k <= 3 and self.tokens[k].is_capitalised and (
                    self.tokens[k].is_word) and self.tokens[k].lower not in {"a", "an"}:
                k -= 1
            if k < i - 1 and k >= lo and self.tokens[k].lower in {"a", "an"}:
                return True
        if after_common_possessive(self.tokens[i - 1]):
            return True  # "the department's planning"; not "he's planning" ("he is")
        if i - 2 >= lo and prev in _MEDIUM_ADJECTIVES and (
                self.tokens[i - 2].lower in _NOUN_DETERMINERS):
            return True  # "said in an emailed reply", "in a written response": the noun
        if low == "planning" and i + 1 < len(self.tokens) and not self.tokens[i + 1].is_word and (
                self.tokens[i - 1].is_word and self.tokens[i - 1].text.islower()
                and prev not in _BE_FORMS):
            # "familiar with the airline's network planning,": the noun; the verb plans
            # something ("is planning to boycott", "planning a strike")
            return True
        if prev.endswith(("'s", "’s")) and lx.CUE_VERB_FORMS.get(low) == low and (
                not low.endswith(("ing", "ed"))):
            return True  # "at Wire's request": no "is" takes a bare verb after it
        if prev.endswith(("'s", "’s")) and any(
                t.lower in _ANONYMITY_OBJECTS for t in self.tokens[max(lo, i - 6):i - 1]):
            return True  # "a source familiar with Cruz's thinking": what the source knows
        # after "some", "many": a verb agrees with a plural ("Some say"), so "-s" is a noun
        return prev in _PLURAL_QUANTIFIERS and low.endswith("s") and not low.endswith("ss") and (
            lx.CUE_VERB_FORMS.get(low) != low)

    def _listed_on_exchange(self, i: int, lo: int, hi: int) -> bool:
        """"Kestrel, a mid-sized producer listed in Johannesburg", "shares listed on the
        Nasdaq": a company's listing, after the noun it describes, says nothing."""
        toks = self.tokens
        if toks[i].lower == "listed" and i - 1 >= lo and toks[i - 1].lower in {
                "publicly", "privately", "dual", "separately"}:
            return True  # "Huaxin, which is not publicly listed, did not respond"
        if toks[i].lower != "listed" or i - 1 < lo or i + 2 >= hi:
            return False
        prev, where = toks[i - 1], toks[i + 2]
        named_place = where.is_capitalised or (
            where.lower == "the" and i + 3 < hi and toks[i + 3].is_capitalised)
        return toks[i + 1].lower in {"in", "on"} and prev.is_word and prev.text.islower() and (
            prev.lower not in lx.PRONOUNS) and where.lower not in lx.WEEKDAYS and named_place

    def _noun_before_modal(self, i: int, lo: int, hi: int) -> bool:
        """"The advisory question will appear on the ballot", "the request would cost": a form
        that is as often a noun, after a determiner (or a determiner and one modifier) and
        right before a modal, is the noun heading the subject ("the slowdown that analysts
        fear will hit jobs" keeps its cue: a plural subject before it)."""
        toks = self.tokens
        low = toks[i].lower
        if i + 1 >= hi or toks[i + 1].lower not in _MODALS or low not in lx.AMBIGUOUS_FORMS or (
                low.endswith("ed") or low == "thought"):
            return False
        prev = toks[i - 1] if i - 1 >= lo else None
        if prev is None:
            return False
        if prev.lower in _NOUN_DETERMINERS:
            return True
        return i - 2 >= lo and toks[i - 2].lower in _NOUN_DETERMINERS and prev.is_word and (
            prev.text.islower() and not prev.lower.endswith("s")
            and prev.lower not in lx.PRONOUNS)

    def _plural_noun(self, i: int, hi: int) -> bool:
        """The cue form at `i` is a plural noun. A form in -s right before "were", "are" or
        "have", or a plural present of what records do ("Senate rules require that ...", "Party
        rules allow"), is the subject of that verb ("students' NAPLAN answers were altered", "the
        agency's reports have shown"), but not "says", nor a verb after a pronoun ("vessels
        it says are smuggling fuel", "workers it claims were paid"): a clause about the noun
        before them. "Voter lists show 2,000 new names", "registration lists because ...":
        "lists" is the noun unless what a record lists follows it ("lists the figures as",
        "lists him as a director", "lists 40 names")."""
        toks = self.tokens
        low = toks[i].lower
        if low.endswith("s") and not low.endswith("ss") and low != "says" and i + 1 < hi and (
                toks[i + 1].lower in _PLURAL_VERBS_AFTER
                or toks[i + 1].text in _RECORD_PLURAL_VERBS) and not (
                i > 0 and toks[i - 1].lower in lx.PRONOUNS):
            return True
        if toks[i].lower != "lists":
            return False
        if i + 1 >= hi:
            return True
        nxt = toks[i + 1]
        return not (nxt.lower in lx.DETERMINERS or nxt.lower in lx.PRONOUNS
                    or nxt.is_capitalised or nxt.text[:1].isdigit())

    def _is_reaction_from(self, i: int, lo: int, hi: int) -> bool:
        """"The plan drew rebukes from the Pentagon", "has faced criticism from allies": a
        reaction noun after a verb of getting, before "from" and who gave it."""
        toks = self.tokens
        return i - 1 >= lo and i + 2 < hi and toks[i].lower in _REACTION_NOUNS and (
            toks[i + 1].lower == "from" and toks[i + 2].is_word) and (
            toks[i - 1].lower in _GETTING or (
                i - 2 >= lo and toks[i - 1].lower in REACTION_DEGREE
                and toks[i - 2].lower in _GETTING))

    def _naming(self, i: int, lo: int, hi: int) -> bool:
        """"joined a resistance movement called the Ethiopian People's Revolutionary Party", "a
        group dubbed Fancy Bear": a participle that gives a thing its name, said by nobody."""
        toks = self.tokens
        if toks[i].lower not in {"called", "dubbed", "nicknamed", "titled", "entitled"} or (
                i - 2 < lo or i + 1 >= hi):
            return False
        nxt = toks[i + 1]
        if not (nxt.is_capitalised or (nxt.lower == "the" and i + 2 < hi
                                       and toks[i + 2].is_capitalised)
                or nxt.text in {"“", "\"", "‘"}):
            return False
        noun = toks[i - 1]
        if not noun.is_word or noun.is_capitalised or is_role(noun) or (
                noun.bare in lx.PERSON_NOUNS or noun.bare in lx.PRONOUNS):
            return False  # "the senator called Trump a fraud", "Critics called it ..."
        k = i - 1
        while k > lo and i - k <= 4 and toks[k - 1].is_word and (
                toks[k - 1].lower not in lx.DETERMINERS):
            k -= 1
        return toks[k - 1].lower in {"a", "an"} if k - 1 >= lo else False

    def _attributive_participle(self, i: int, lo: int, hi: int) -> bool:
        """A past participle between a number, a determiner or an adjective of a count's stage
        and a plural noun is an adjective: "112 confirmed cases", "the reported deaths", "three
        alleged victims", "Final certified results are scheduled for Thursday"."""
        toks = self.tokens
        if i - 1 < lo or i + 1 >= hi or not toks[i].lower.endswith("ed"):
            return False
        prev, nxt = toks[i - 1], toks[i + 1]
        return (prev.text[:1].isdigit() or prev.lower in lx.DETERMINERS
                or prev.lower in _COUNT_STAGE_ADJECTIVES) and nxt.is_word and (
            not nxt.is_capitalised and nxt.lower.endswith("s")
            and nxt.lower not in lx.DETERMINERS and nxt.lower not in lx.CUE_VERB_FORMS)

    def _appositive_participle(self, i: int, lo: int, hi: int) -> bool:
        """"Coutinho, a 58-year-old economist seeking a second term, rejects the charge": an
        "-ing" form right after the role of an appositive to a name describes the person named
        (what they are doing), no claim of theirs; before "that" or a quotation it still is
        one ("an economist warning that ...")."""
        toks = self.tokens
        if i - 3 < lo or i + 1 >= hi or not toks[i].lower.endswith("ing") or not (
                is_role(toks[i - 1]) or toks[i - 1].bare in lx.PERSON_NOUNS or (
                    # "a superdelegate supporting Clinton": the appositive's noun is the
                    # named person's role, whether or not the lexicon lists it
                    toks[i - 1].text.islower() and toks[i - 1].is_word
                    and toks[i - 1].lower not in lx.DETERMINERS)) or (
                toks[i + 1].lower == "that" or not toks[i + 1].is_word):
            return False
        for k in range(i - 2, max(lo, i - 7), -1):
            if toks[k].lower in {"a", "an"} and toks[k - 1].text == "," and k - 2 >= lo and (
                    is_name_token(toks[k - 2]) or self.name_before_paren(k - 2, lo) >= 0):
                return True
            if not toks[k].is_word:
                return False
        return False

    def _name_withheld(self, i: int, lo: int) -> bool:
        """"who declined to be named", "asked not to be identified", "who was not named by
        the newspaper": why or that the name is withheld, said by nobody."""
        toks = self.tokens
        return toks[i].lower in _WITHHELD_PARTICIPLES and i - 2 >= lo and (
            (toks[i - 1].lower == "be" and toks[i - 2].lower in {"to", "not"})
            or (toks[i - 1].lower == "not" and toks[i - 2].lower in {"was", "were", "is",
                                                                     "are", "been"}))

    def _unverified_aside(self, i: int, lo: int) -> bool:
        """A failed check in a relative clause set off by commas ("Videos posted online,
        which could not be independently verified, showed ...", ", which Reuters was unable
        to verify,"): the reporter's caveat on the phrase before it, no cue; the sentence's
        own verb after the clause is."""
        toks = self.tokens
        if toks[i].lower not in _FAILED_CHECKS:
            return False
        negated = False
        for k in range(i - 1, max(lo, i - 10) - 1, -1):
            low = toks[k].lower
            if low in {"not", "unable", "never", "cannot"}:
                negated = True
            elif low == "which":
                return negated and k - 1 >= lo and toks[k - 1].text == ","
            elif not toks[k].is_word:
                return False
        return False

    def _record_described(self, i: int, lo: int, hi: int) -> bool:
        """"Videos posted on social media showed ...", "Photos shared online show ...": the
        participle describes the record, whose own verb ("showed") is the cue."""
        toks = self.tokens
        return lo < i and toks[i].lower in _RECORD_PARTICIPLES and (
            toks[i - 1].bare in lx.PICTURE_NOUNS) and any(
            toks[k].lower in _SHOW_VERBS for k in range(i + 1, min(hi, i + 12)))

    def _reduced_passive(self, i: int, lo: int, hi: int) -> bool:
        """"A man accused of murder told the court", "a driver charged with manslaughter": a
        participle right after the noun it describes says what the person is accused of, and
        the whole phrase is the source of the sentence's verb ("was accused of" stays a cue;
        "charged in a letter that ..." is a charge someone makes)."""
        toks = self.tokens
        if i - 1 < lo or i + 1 >= hi or toks[i].lower not in lx.ACCUSED_PARTICIPLES or (
                toks[i + 1].lower not in {"of", "with", "in", "over"}):
            return False
        prev = toks[i - 1]
        if toks[i + 1].lower in {"in", "over"} and any(
                t.lower == "that" for t in toks[i + 2:min(hi, i + 10)]):
            return False  # "The lawmakers charged in a letter that the bill was unlawful"
        return prev.is_word and not prev.is_capitalised and prev.lower not in lx.BE_FORMS and (
            prev.lower not in _VERB_LEADS) and prev.lower not in lx.PRONOUNS and not (
            prev.lower.endswith("ly"))

    def _named_in_record(self, i: int, lo: int, hi: int) -> bool:
        """"Two grocery chains named in the report did not respond", "the firms listed in the
        filing": a participle right after the noun it describes says where those are named,
        and the whole phrase is the subject of the sentence's own verb ("The company cited in
        its statement that costs had risen" keeps its cue: "that" follows)."""
        toks = self.tokens
        if i - 1 < lo or i + 2 >= hi or toks[i].lower not in _NAMED_IN or (
                toks[i + 1].lower not in {"in", "on"}) or (
                toks[i + 2].lower not in lx.DETERMINERS):
            return False
        if any(t.lower == "that" for t in toks[i + 2:min(hi, i + 10)]):
            return False
        prev = toks[i - 1]
        return prev.is_word and not prev.is_capitalised and prev.lower not in lx.BE_FORMS and (
            prev.lower not in _VERB_LEADS) and prev.lower not in lx.PRONOUNS and not (
            prev.lower.endswith("ly"))

    def _attributed_to_passive(self, i: int, lo: int, hi: int) -> bool:
        """"Remarks attributed to the minister", "The quote was attributed to an aide": the
        passive, which names who said the words, not a cause someone gives ("which the
        company attributed to weaker demand", "a decline she attributed partly to the
        closures" are cues: a relative clause or a pronoun brings the subject)."""
        toks = self.tokens
        if toks[i].lower != "attributed":
            return False
        k = i + 1
        while k < hi and toks[k].lower.endswith("ly") and toks[k].text.islower():
            k += 1  # "attributed partly to", "attributed falsely to"
        if k >= hi or toks[k].lower != "to":
            return False
        return not self._subject_in_relative(i, lo)

    def _compared_with(self, i: int, lo: int) -> bool:
        """The verb closes a comparison ("rose faster than analysts had expected", "higher than
        the central bank projected", "more quickly than earlier models predicted"): the
        sentence measures its news against what they expected; it is not their claim. A count
        after "than" is a source ("more than 100 residents said")."""
        toks = self.tokens
        for k in range(i - 1, max(lo, i - 9) - 1, -1):
            tok = toks[k]
            if tok.lower == "than":
                if k - 1 < lo or k + 1 >= i:
                    return False
                before = toks[k - 1].lower
                comparative = before in _COMPARATIVES or (
                    before.endswith("er") and len(before) > 4 and before not in _NOT_COMPARATIVE)
                return comparative and not any(
                    t.text[0].isdigit() or t.lower in _COUNT_WORDS for t in toks[k + 1:i])
            if not tok.is_word and tok.text not in {"’s", "'s", "-"}:
                return False  # a comma, a quotation mark: another clause
        return False

    def _subject_in_relative(self, i: int, lo: int) -> bool:
        """The verb at `i` has its subject in a relative clause ("which the company attributed
        to", "a deal that people familiar with it put at") or right before it as a pronoun ("a
        decline she attributed to"): active, its object the phrase the clause describes."""
        toks = self.tokens
        if i - 1 >= lo and toks[i - 1].lower in lx.PRONOUNS:
            return toks[i - 1].lower not in {"which", "who"}
        for k in range(i - 2, max(lo - 1, i - 8), -1):
            if toks[k].text in {",", ";", ":"}:
                break
            if toks[k].lower in {"which", "that", "whom"}:
                if toks[k].lower == "that" and k - 1 >= lo and (
                        toks[k - 1].lower in lx.CUE_VERB_FORMS) and not (
                        self._after_determiner(k - 1, lo)):
                    # "said that shares valued at ...": a clause, no relative ("a decline that
                    # the company attributed to" is one: the noun after its article)
                    return False
                between = toks[k + 1:i]
                # a subject between the pronoun and the verb ("which the company"), and no
                # passive ("which could be valued at", "which has already been valued at")
                return not any(t.lower in _BE_FORMS for t in between) and any(
                    t.lower not in lx.AUX_ADVERBS and not t.lower.endswith("ly")
                    for t in between)
        return False

    def _record_verb(self, i: int, lo: int, hi: int) -> bool:
        """A verb with which the record just before it says what it holds ("the decree
        requires", "The report ranked the county among"), where the form is no cue of its own
        or an ambiguous one; not a noun ("The data sets show", "the report's list of donors")
        nor a participle describing the record ("The files classified as secret were
        released", "the study linked above")."""
        toks = self.tokens
        low = toks[i].lower
        if low not in _RECORD_VERBS or not (
                low in lx.NOT_CUE_FORMS or low not in lx.CUE_VERB_FORMS
                or low in lx.AMBIGUOUS_FORMS):
            return False
        after = toks[i + 1].lower if i + 1 < hi else ""
        if after == "of" or after in lx.CUE_VERB_FORMS or (
                low.endswith("ed") and after in _PARTICIPLE_AFTER):
            return False
        return self._after_record(i, lo)

    def _after_record(self, i: int, lo: int) -> bool:
        """The token before `i` (past "also") ends a record's phrase: its head noun ("the
        affidavit states", "The legislation also mandates") or its author after "by" ("A 2019
        study by the Public Works Department recorded"), also across an aside."""
        toks = self.tokens
        j = i - 1
        if j > lo and toks[j].lower in {"also", "further", "specifically", "already"}:
            j -= 1
        if j >= lo and toks[j].text == ",":
            return self._record_before_aside(j, lo)
        if j == lo and toks[j].lower == "it":
            # "The ruling orders the department to restart the process. It also orders ...":
            # the "It" opening a sentence after a record is that record, where the last body,
            # outlet or record named before it is one
            last = self.resolver.history.last_before(
                self.offset + toks[j].start, frozenset({"outlet", "org", "document"}))
            return last is not None and last.category == "document"
        return j >= lo and self._ends_a_record_phrase(j, lo)

    def _ends_a_record_phrase(self, j: int, lo: int) -> bool:
        """Token j ends a record's phrase: its head noun ("the affidavit"), or the author after
        it ("A 2019 study by the Public Works Department")."""
        toks = self.tokens
        if toks[j].text == ")":
            # "The weekly bulletin of the Hanoi Center for Disease Control (Hanoi CDC)
            # recorded": the author's acronym closes the phrase
            opening = next((k for k in range(j - 1, max(lo - 1, j - 8), -1)
                            if toks[k].text == "("), None)
            if opening is None or opening - 1 < lo:
                return False
            j = opening - 1
        if is_record_head(toks[j]):
            return not toks[j].lower.endswith(("'s", "’s"))
        if self._record_participle_phrase(j, lo):
            return True
        np = np_before(toks, j, lo, self.units)
        if np is None:
            return False
        by = next((k for k in range(j - 1, max(lo, np[0] - 2), -1) if toks[k].lower == "by"),
                  None)
        if by is None:
            # "The weekly bulletin of the Hanoi Center for Disease Control recorded": a
            # record of a named body
            of = next((k for k in range(j - 1, max(lo, np[0] - 2), -1)
                       if toks[k].lower == "of"), None)
            return of is not None and of - 1 >= lo and is_record_head(toks[of - 1]) and (
                of + 1 <= j and (toks[of + 1].is_capitalised or (
                    toks[of + 1].lower == "the" and of + 2 <= j
                    and toks[of + 2].is_capitalised)))
        return authored_document(toks, by, lo) is not None

    def _record_participle_phrase(self, j: int, lo: int) -> bool:
        """Token j ends a record's phrase that runs on in participles with no comma ("A
        Treasury circular dated Sept. 30 and published in the Official Gazette"): a record's
        head noun opening the sentence, a participle of making right after it, and no verb
        or clause before j."""
        toks = self.tokens
        for k in range(j - 1, max(lo, j - 20) - 1, -1):
            tok = toks[k]
            if tok.text in {",", ";", ":", "“", "”", "\""} or (
                    tok.lower in lx.CUE_VERB_FORMS and tok.lower not in DOCUMENT_PARTICIPLES) or (
                    tok.lower in {"that", "which", "who", "but"}):
                return False
            if is_record_head(tok) and toks[k + 1].lower in DOCUMENT_PARTICIPLES:
                np = np_before(toks, k, lo, self.units)
                return np is not None and np[0] == lo
        return False

    def _record_before_aside(self, j: int, lo: int) -> bool:
        """The comma at `j` closes an aside about a record's phrase ("The decree, dated March 8
        and published in the official gazette on Tuesday, sets", "The report, signed by three
        inspectors and dated May 29, records"): the aside opens on a participle, "which" or
        "according to" right after the record's head noun, and holds no clause of its own."""
        toks = self.tokens
        for c in range(j - 1, max(lo, j - 30), -1):
            if (toks[c].text in {".", ";", ":", "“", "”", "\""} and not (
                    # "The order, signed Dec. 2 by the department, requires": a month's
                    # abbreviation, no end of a sentence; "at 2:15 p.m.": a clock time
                    toks[c].text == "." and toks[c - 1].text in MONTH_ABBREVIATIONS) and not (
                    toks[c].text == ":" and toks[c - 1].text.isdigit()
                    and c + 1 < j and toks[c + 1].text.isdigit())) or (
                    # "..., found that costs rose, and the governor, a Democrat, sets": the
                    # comma before "and" or a verb of finding ends another clause
                    toks[c].lower in {"and", "but", "or"} and toks[c - 1].text == ",") or (
                    toks[c].lower in lx.FINDING_VERB_FORMS):
                return False
            if toks[c].text != "," or c - 1 < lo or c + 1 >= j:
                continue
            lead = toks[c + 1]
            if lead.lower in lx.RECORD_ASIDE_ADVERBS and c + 2 < j:
                lead = toks[c + 2]
            if self._ends_a_record_phrase(c - 1, lo) and lead.text.islower() and (
                    lead.lower in {"which", "according"} or record_aside_lead(lead)):
                return True
        return False

    def _proceedings_heard(self, i: int, lo: int, hi: int) -> bool:
        """"The inquest heard that the auger was still running", "the court heard how ...":
        British court reporting gives what a hearing was told as the hearing's (the wire
        readers: the inquest, the court, a named source), where "heard" is no cue of its own
        ("residents heard a bang")."""
        toks = self.tokens
        j = i - 1
        if j > lo and toks[j].lower in {"also", "previously", "earlier", "later"}:
            j -= 1
        return j - 1 >= lo and toks[j].lower in _PROCEEDINGS and (
            toks[j - 1].lower in {"the", "an"}) and i + 2 < hi and (
            toks[i + 1].lower in {"that", "how"}) and toks[i + 2].is_word and (
            toks[i + 2].lower not in {"case", "appeal", "evidence", "day"})

    def _holds_that(self, i: int, hi: int) -> bool:
        """"held that the non-disclosure amounted to a corrupt practice": "that" opens a clause
        (a determiner, a pronoun or a name after it), not a demonstrative ("held that post")."""
        toks = self.tokens
        if i + 2 >= hi or toks[i + 1].lower != "that":
            return False
        nxt = toks[i + 2]
        return nxt.lower in _CLAUSE_OPENERS_AFTER_THAT or (
            nxt.is_capitalised and nxt.lower not in lx.DETERMINERS)

    def _under_record(self, i: int, lo: int, hi: int) -> bool:
        """"Under the order, the bank must hire a consultant", "Under the communique, Tanzania
        will scrap ...": a decision or an agreement named at the head of its sentence says
        what follows, as "According to the order," would (the wire readers' document source).
        A law, a code or a plan so named is the reporter's background or someone else's
        account ("Under the law, companies must report breaches": no claim, the readers say)."""
        toks = self.tokens
        if i != lo or i + 2 >= hi or not (toks[i + 1].lower in lx.DETERMINERS or (
                toks[i + 1].lower.endswith(("'s", "’s")))):
            return False
        for k in range(i + 2, min(hi, i + 8)):
            if toks[k].text == ",":
                head = toks[k - 1]
                return k - 1 > i + 1 and head.text.islower() and head.bare in _UNDER_RECORDS
            if not toks[k].is_word or toks[k].lower in lx.CUE_VERB_FORMS:
                return False
        return False

    def _puts_at(self, i: int, lo: int, hi: int) -> bool:
        """"put the crop at 14.6 billion bushels", "pegged losses at $2 million": an estimate,
        the figure a source gives."""
        toks = self.tokens
        # from the next word when the estimate's object is the phrase before: "which Solheim
        # put at roughly 300 million crowns", "a shortfall the district puts at $3.1 million"
        # (not the passive "a unit valued at $2 billion", "could be put at risk")
        first = i + 1 if toks[i].lower in {"puts", "pegs"} or self._subject_in_relative(
            i, lo) else i + 2
        for k in range(first, min(hi - 1, i + 16)):
            if toks[k].text == "," and toks[k - 1].is_capitalised and (
                    toks[k + 1].is_capitalised):
                continue  # "put the harvest in Sanliurfa, Mardin and Diyarbakir at": a list
            if toks[k].text in {",", ".", ";"}:
                return False
            if toks[k].lower == "at" and (toks[k + 1].text[:1].isdigit() or toks[k + 1].text in {
                    "$", "€", "£", "about", "around", "roughly", "nearly", "more", "less"}):
                return True
            if toks[k].lower == "on" and toks[k + 1].text[:1].isdigit() and (
                    toks[k + 1].text.endswith("%") or (k + 2 < hi and toks[k + 2].lower in {
                        "percent", "%", "per", "points"})):
                # "put National Renewal on 21 percent": a poll's share as British copy
                # writes it ("put troops on 24-hour alert" is no figure)
                return True
        return False

    def _noun_cue(self, i: int, lo: int, hi: int) -> bool:
        """"Smith's claim that", "his criticism of", "in Bolton's view": a speech noun after
        a possessor, before "that" or (for some nouns) the thing it is about."""
        toks = self.tokens
        if i - 1 < lo:
            return False
        prev = toks[i - 1]
        possessive = prev.lower.endswith(("’s", "'s")) or prev.lower in POSSESSIVE_PRONOUNS
        if not possessive:
            return False
        low = toks[i].lower
        if low in OPINION_NOUNS:
            return self._opinion_in(i, lo) is not None
        nxt = toks[i + 1].lower if i + 1 < hi else ""
        if nxt == "that":
            return prev.lower not in POSSESSIVE_PRONOUNS or low in _ABOUT_NOUNS
        return low in _ABOUT_NOUNS and nxt in {"of", "on", "for", "against", "to"} and (
            prev.lower in POSSESSIVE_PRONOUNS or is_name_token(prev) or is_role(prev))

    def _opinion_in(self, i: int, lo: int) -> int | None:
        """The token of "in" opening "in Bolton's view" (whose noun is token i)."""
        k = i - 1
        while k >= lo and k > i - 6:
            if self.tokens[k].lower == "in":
                return k
            if not self.tokens[k].is_word:
                return None
            k -= 1
        return None

    def _stance(self, i: int, lo: int, hi: int) -> bool:
        """"is critical of", "were not confident that": a stance adjective after a form of
        "be" (and degree words), before the word it takes."""
        toks = self.tokens
        if i + 1 >= hi or toks[i + 1].lower not in lx.STANCE_ADJECTIVES[toks[i].lower]:
            return False
        k = i - 1
        while k >= lo and k > i - 4 and (toks[k].lower in _DEGREE or (
                toks[k].lower.endswith("ly") and not toks[k].is_capitalised)):
            k -= 1
        return k >= lo and toks[k].lower in lx.BE_FORMS

    def _mid_capital(self, i: int, lo: int) -> bool:
        """A capitalised word inside a body sentence (not after a quote mark, colon or
        bracket) is part of a name or title, never a cue ("United States", "Empire State")."""
        if self.name == "headline":
            return False
        prev = self.tokens[i - 1]
        return prev.is_word or prev.text in {",", "-", "&"}
