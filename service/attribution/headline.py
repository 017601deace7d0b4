"""A title-case headline read as the sentence it stands for.

Many outlets capitalise every word of a headline ("Leaked Documents Reveal Democratic Campaign
Donors", "Hacked Emails Show DNC Favored Clinton"). The later stages read a capital letter as
the mark of a name, so in such a headline "Documents Reveal Democratic Campaign Donors" became
a named organisation and "Hacked Emails" a named body. Before the headline is scanned, each
word the article itself writes in lower case ("documents", "campaign", "emails") is put in
lower case; words the article capitalises ("Clinton", "Democratic", "DNC") keep their capital.
Offsets do not move: only letters' case changes, so every span found in the sentence-case
reading is a span of the headline as written, and its text is taken from the headline.

After both fields are read, a headline's bare source ("union says", "company says", "... -
sources") is linked to the body the story names in full (`headline_sources_from_body`).
"""

from __future__ import annotations

import re
from collections import Counter

from . import lexicon as lx
from .attributions import Attribution
from .entity_table import HEADLINE_ROLE, UNRESOLVED

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]|\n)[\s\"“‘'(]*$")
# Words a headline capitalises that are never names, whether or not the body uses them.
_SMALL_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or",
    "but", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
    "will", "would", "can", "could", "should", "may", "might", "must", "not", "no", "his",
    "her", "their", "its", "our", "your", "my", "he", "she", "they", "it", "we", "you", "who",
    "what", "why", "how", "when", "where", "after", "before", "over", "under", "about", "into",
    "against", "amid", "during", "than", "that", "this", "these", "those", "if", "just", "now",
    "out", "up", "down", "off", "more", "most", "new", "says", "said", "say", "tells", "told",
    "claims", "reveals", "reveal", "shows", "show", "slams", "blasts", "warns", "admits",
    "reportedly", "report", "reports", "sources", "source", "officials", "aide", "aides",
})


def is_title_case(headline: str) -> bool:
    """Most words of four letters or more after the first start with a capital."""
    words = [w for w in _WORD.findall(headline)[1:] if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _body_cases(body: str, words: set[str]) -> tuple[Counter[str], Counter[str]]:
    """How often the body writes each of `words` in lower case, and capitalised inside a
    sentence (every word counted at once, then the sentences' first words taken off)."""
    every = Counter(_WORD.findall(body))
    first = Counter(_FIRST_WORD.findall(body))
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for word in words:
        lower[word] = every[word]
        capitalised = word[:1].upper() + word[1:]
        upper[word] = every[capitalised] - first[capitalised]
    return lower, upper


# The first word of a sentence, a paragraph or a quotation, capitalised by position only.
_FIRST_WORD = re.compile(r"(?:^|[.!?:;]|\n)[\s\"“‘'(]*([A-Z][A-Za-z'’-]*)")


def sentence_case(headline: str, body: str) -> str:
    """The headline with the words the article writes in lower case put in lower case (the
    same length as the headline); a headline that is not in title case comes back as it is."""
    if not is_title_case(headline):
        return headline
    candidates = [
        match for index, match in enumerate(_WORD.finditer(headline))
        if index > 0 and match.group()[0].isupper() and not match.group()[1:2].isupper()
        # not the first word, a word in lower case, "DNC" or "MSNBC"; nor the first word
        # after a colon: "Poll: Harris Leads"
        and not _SENTENCE_START.search(headline[max(0, match.start() - 6):match.start()])]
    lower, upper = _body_cases(body, {m.group().lower() for m in candidates})
    out = list(headline)
    for match in candidates:
        word = match.group()
        key = word.lower()
        bare = key[:-2] if key.endswith(("'s", "’s")) else key
        if lower[key] > upper[key] or (
                (key in _SMALL_WORDS or key in lx.CUE_VERB_FORMS or bare in lx.DOCUMENT_HEADS)
                and upper[key] == 0):
            out[match.start()] = word[0].lower()
    return "".join(out)


# Words that open a post-modifier: "a person close to the company" is no "company".
_POST_MODIFIERS = frozenset({"close", "familiar", "of", "at", "for", "with", "from", "who", "in",
                             "near", "on", "to", "by"})


def _content_words(attribution: Attribution) -> set[str]:
    content = attribution.content
    return {w.lower().strip(".,;:’'\"“”") for w in (content.text.split() if content else [])
            if len(w) > 4}


def _same_story(headline: Attribution, lead: Attribution) -> bool:
    """The lead's attribution tells the headline's claim (they share a content word)."""
    return bool(_content_words(headline) & _content_words(lead))


def headline_sources_from_body(in_headline: list[Attribution], in_text: list[Attribution],
                                lead_end: int) -> None:
    """A headline's bare "union says", "police say" names a body the story names in full
    ("their union", "the Federation of Southern Metal Workers", "Ashby Falls police"): the
    headline's source is that body, never an unresolved word."""
    for attribution in in_headline:
        source = attribution.source
        if source is None or len(source.text.split()) > 2:
            continue
        # "..., state agency says" over "the state news agency KarsPress reported" in the lead
        state_word = "state" in source.text.lower().split() and source.kind != (
            "state_affiliated_outlet")
        # "..., MPs warn" over "a cross-party committee of MPs has warned" in the lead: the
        # headline's group is the body the lead names
        members = source.kind == "vague" and len(source.text.split()) == 1
        # "..., officer says" over "..., a senior army officer said, speaking on condition of
        # anonymity" in the lead: the headline's role word is the lead's person of that role
        role = source.entity.id.startswith(HEADLINE_ROLE)
        if source.kind not in {UNRESOLVED, "anonymous_described", "anonymous"} and not (
                state_word) and not members and not role:
            continue
        head = source.text.split()[-1].lower().rstrip("’'s")
        for other in in_text:
            found = other.source
            if found is None or found.kind == UNRESOLVED or not found.text.split():
                continue
            words = [w.lower() for w in found.text.split()]
            same_head = words[-1].rstrip("’'s") == head and not set(words) & _POST_MODIFIERS
            body = head in lx.ORG_NOUNS and found.entity.category == "org" and found.kind == (
                "named_official" if head in lx.GOVERNMENT_HEADS else "named_expert")
            # "... - sources" over "..., three people familiar with the matter said": the
            # headline names the story's unnamed sources in short
            unnamed = source.kind.startswith("anonymous") and found.kind.startswith(
                "anonymous") and other.cue.start < lead_end and _same_story(attribution, other)
            state = state_word and found.kind == "state_affiliated_outlet" and (
                other.cue.start < lead_end)
            if (state_word and not state) or (role and not (
                    same_head and other.cue.start < lead_end
                    and found.kind.startswith("anonymous"))):
                continue
            matched = (same_head or body or unnamed or state) if not members else (
                other.cue.start < lead_end and words[-1].rstrip("’'s") == head
                and len(words) > 2 and words[-2] == "of" and found.kind != "vague")
            if matched:
                # "union says" -> "their union"; "company says" -> "Corvale Therapeutics"
                source.entity, source.kind = found.entity, found.kind
                source.description = found.description or found.text
                break
