"""The delayed identification of wire copy: a lead that describes its source ("a senior
environmental official told a state House committee", "citing a deputy agriculture minister")
and a second paragraph that opens on the same person by name ("Ramona Kessler, deputy
secretary for oil and gas management at the Pennsylvania Department of Environmental
Protection, told ..."). The reader knows who spoke; so does the analysis, once the whole
article is read: the lead's description is linked to the named person.

The link is made only when the description has no mark of anonymity, holds one person (an
indefinite singular role), and shares a word that says which body or office it is ("agriculture",
"environmental", "Rydeo") with the named person's name or description: "A senior U.S. official
said ..." over "Defense Secretary Lloyd Austin said ..." shares none and stays unnamed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attributions import Attribution
from .entity_table import NAMED_KINDS
from .text import paragraphs

# The posts a delayed identification describes first
_ROLES = frozenset({"official", "minister", "executive", "officer", "director", "secretary",
                    "commander", "diplomat", "prosecutor", "manager", "chief", "spokesman",
                    "spokeswoman", "spokesperson", "lawmaker", "senator", "regulator",
                    "administrator", "inspector", "engineer", "scientist", "researcher"})
# Words of a description that say nothing of which body or office it is
_GENERIC = frozenset({"a", "an", "senior", "top", "former", "deputy", "state", "local", "high",
                      "ranking", "high-ranking", "government", "of", "the", "at", "for", "in",
                      "with", "from", "and", "company", "firm", "group", "official", "officials"})
_ANONYMITY = re.compile(r"\b(?:familiar|anonymity|anonymously|authori[sz]ed|named|identified|"
                        r"name|briefed|knowledge|close\s+to|insider)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w-]+")


def name_the_described(text: str, attributions: Sequence[Attribution]) -> None:
    """Link a lead's described source to the person the next paragraph names (in place)."""
    spans = paragraphs(text)
    if len(spans) < 2:
        return
    lead_end, (second_start, second_end) = spans[0][1], spans[1]
    later = sorted((a for a in attributions if a.field == "text" and a.source is not None
                    and second_start <= a.cue.start < second_end
                    and a.source.kind in NAMED_KINDS), key=lambda a: a.cue.start)
    if not later or later[0].source is None:
        return
    named = later[0].source
    named_words = {w.lower() for w in _WORD.findall(f"{named.text} {named.description or ''}")}
    for attribution in attributions:
        source = attribution.source
        if attribution.field != "text" or source is None or attribution.cue.start >= lead_end:
            continue
        if source.kind != "anonymous_described" or source.entity.plural:
            continue
        words = [w.lower() for w in _WORD.findall(source.text)]
        if len(words) < 2 or words[0] not in {"a", "an"} or _ANONYMITY.search(source.text):
            continue
        head = next((w for w in reversed(words) if w in _ROLES), None)
        telling = {w for w in words if w not in _GENERIC and w != head}
        if head is None or not telling or not telling & named_words:
            continue
        attribution.source = source.referring_to(named)
