"""Who a "he" or "she" is once the whole article has been read, where the scan's nearest
person is only someone a speaker told of.

"Local councillor Fiona Baird said a council officer had told her that all options were on
the table. She said she would oppose any cut": the scan resolves "She" to the latest person
mentioned, the council officer; but the officer is only part of what Baird said (an
attribution nested in hers), and a new sentence opening on "She" carries on with the person
speaking, Baird. An editor reading "an unnamed council officer said she would oppose any cut"
would be misled, so the pronoun is given to the speaker (named, or one unnamed person: "A
nurse said a doctor had told her the ward was full. She said ..." is the nurse)."""

from __future__ import annotations

from collections.abc import Sequence

from .attributions import Attribution
from .entity_table import NAMED_KINDS

_PERSONAL = frozenset({"he", "she"})


def prefer_the_speaker(attributions: Sequence[Attribution]) -> None:
    """Give a "he"/"she" resolved to an unnamed person a speaker told of to that speaker (in
    place), when the pronoun's sentence lies past the speaker's words."""
    ordered = sorted((a for a in attributions if a.source is not None),
                     key=lambda a: a.cue.start)
    for at, attribution in enumerate(ordered):
        source = attribution.source
        if source is None or source.text.strip().lower() not in _PERSONAL or (
                source.kind != "anonymous_described") or attribution.parent is not None:
            continue
        told = next((a for a in reversed(ordered[:at]) if a.source is not None
                     and a.source.entity is source.entity and a.source.text.strip().lower()
                     not in _PERSONAL), None)
        speaker = told.parent if told is not None else None
        if speaker is None or speaker.source is None or speaker.content is None or (
                speaker.source.kind not in NAMED_KINDS | {"anonymous_described"}) or (
                speaker.source.entity.category not in {"person", "anon"}) or (
                speaker.source.entity.plural) or (
                speaker.content.end > attribution.cue.start):
            continue
        attribution.source = source.referring_to(speaker.source)
