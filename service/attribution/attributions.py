"""What the attribution stages produce: spans, venues, attributions and the extraction.

Every span is a character (code point) offset into the field it was found in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .directory import OutletRef
from .entity_table import Mention


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Venue:
    span: Span
    outlet: OutletRef | None = None
    kind: str | None = None  # source kind of the venue when it is an outlet
    entity: str | None = None
    country: str | None = None
    # who put the written venue out for the speaker ("a statement released by their lawyers")
    relay: Mention | None = None

    def to_dict(self) -> dict[str, Any]:
        out = self.span.to_dict()
        if self.outlet is not None:
            out["outlet"] = self.outlet.to_dict()
        return out


@dataclass(slots=True, eq=False)
class Attribution:
    field: str
    cue: Span
    cue_kind: str
    source: Mention | None
    content: Span | None
    venue: Venue | None = None
    sentence_span: Span | None = None
    direction: str = "forward"  # forward | backward | cover | none
    clause_start: int = 0
    explicit_parent: Attribution | None = None
    follows: Attribution | None = None  # a quote paragraph continuing this attribution
    parent: Attribution | None = None
    # An earlier attribution of the same person whose venue this one's chain carries (the
    # same appearance: "said on state television ... The expert praised ...").
    venue_from: Attribution | None = None
    # The first of sources joined by "and" after one cue ("according to a subpoena obtained
    # by the Post and two officials"): this one nests where that one's relay nests, never
    # under that relay.
    sibling_of: Attribution | None = None
    id: str = ""
    # False for a cue that states no claim ("declined to comment"): see claims.py.
    claim: bool = True
    # Where the source is shown from once the field is read: the phrase a relative subject
    # stands for ("Okonjo, who said"), before the pronoun the scan reads the clause by.
    source_from: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parent": self.parent.id if self.parent is not None else None,
            "field": self.field,
            "cue": {**self.cue.to_dict(), "kind": self.cue_kind},
            "source": self.source.to_source() if self.source is not None else None,
            "content": self.content.to_dict() if self.content is not None else None,
            "venue": self.venue.to_dict() if self.venue is not None else None,
            "claim": self.claim,
        }


@dataclass(slots=True)
class Extraction:
    text: str
    headline: str | None
    attributions: list[Attribution] = field(default_factory=list)
    chains: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "attributions": [a.to_dict() for a in self.attributions],
            "chains": self.chains,
        }
