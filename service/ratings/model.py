"""What an outlet record and a source-kind prior are: the vocabulary and the validation rules.

Shared by the API, the importers and the bundled data, so a record is valid in exactly one sense.
"""

from __future__ import annotations

import re
from typing import Any

from marshmallow import (
    RAISE,
    Schema,
    ValidationError,
    fields,
    post_load,
    validate,
    validates_schema,
)

from service.ratings.domains import DomainError, normalise_host

OUTLET_KINDS = (
    "wire_service",
    "newspaper",
    "tabloid",
    "broadcaster",
    "magazine",
    "digital_native",
    "think_tank",
    "government",
    "ngo",
    "academic",
    "platform",
    "other",
)
STATE_AFFILIATIONS = ("none", "independent_public", "state_funded", "state_controlled", "captured")
#: Affiliations under which a government decides what the outlet says.
STATE_DIRECTED = frozenset({"state_controlled", "captured"})
SOURCE_KINDS = (
    "publisher",
    "outlet",
    "unnamed_outlet",
    "state_affiliated_outlet",
    "named_official",
    "named_expert",
    "named_person",
    "document",
    "anonymous_described",
    "anonymous",
    "vague",
)

# Which rating sources count as independent evidence (team judgement is not evidence).
TEAM_JUDGEMENT = "Source-reliability team judgement"


_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


class Text(fields.String):
    """A string that can be stored and shown: no NUL or other control characters (tab and line
    breaks allowed) and no lone surrogates, refused with the position of the first one."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        bad = _FORBIDDEN.search(text)
        if bad:
            raise ValidationError(
                f"holds an unprintable character U+{ord(bad.group()):04X} at {bad.start()}"
            )
        return text


def _domain(value: str) -> str:
    try:
        return normalise_host(value)
    except DomainError as exc:
        raise ValidationError(str(exc)) from None


class DomainField(Text):
    """A host name, stored normalised (lowercase, punycode, no www)."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        return _domain(super()._deserialize(value, attr, data, **kwargs))


class RatingSchema(Schema):
    class Meta:
        unknown = RAISE

    source = Text(required=True, validate=validate.Length(min=1, max=200))
    value = fields.Float(required=True, allow_nan=False, validate=validate.Range(0, 1))
    as_of = Text(required=True, validate=validate.Length(min=4, max=20))
    #: Which of the outlet's domains the set rated (sibling domains can be rated apart, and a
    #: set may rate a section such as "rfi.fr/en"); absent when the figure is for the outlet.
    domain = Text(validate=validate.Length(min=1, max=300))


_names = fields.List(
    Text(validate=validate.Length(min=1, max=200)), validate=validate.Length(max=100)
)


class OutletRecordSchema(Schema):
    """A whole outlet as stored and exported (the admin PUT body is this minus domain)."""

    class Meta:
        unknown = RAISE
        ordered = True

    domain = DomainField(required=True)
    siblings = fields.List(DomainField(), load_default=list, validate=validate.Length(max=50))
    name = Text(required=True, validate=validate.Length(min=1, max=200))
    aliases = _names
    ambiguous_aliases = _names
    kind = Text(required=True, validate=validate.OneOf(OUTLET_KINDS))
    country = Text(
        required=True, validate=validate.Regexp(r"^[A-Z]{2}$", error="an ISO 3166-1 alpha-2 code")
    )
    state_affiliation = Text(
        load_default="none", validate=validate.OneOf(STATE_AFFILIATIONS)
    )
    reliability = fields.Float(
        required=True, allow_none=True, allow_nan=False, validate=validate.Range(0, 1)
    )
    evidence = fields.Integer(load_default=0, strict=True, validate=validate.Range(0, 100))
    ratings = fields.List(fields.Nested(RatingSchema), load_default=list)
    provenance = Text(load_default="", validate=validate.Length(max=2000))
    notes = Text(load_default="", validate=validate.Length(max=4000))
    last_reviewed = Text(load_default=None, allow_none=True)
    updated_at = Text(load_default=None, allow_none=True)
    updated_by = Text(load_default=None, allow_none=True)

    @validates_schema
    def _consistent(self, data: dict[str, Any], **_: Any) -> None:
        if data.get("kind") != "platform" and data.get("reliability") is None:
            raise ValidationError("only a platform may have no reliability", "reliability")
        if data.get("reliability") is not None and not data.get("ratings"):
            raise ValidationError("a rated outlet needs the ratings it rests on", "ratings")
        if data.get("domain") in data.get("siblings", []):
            raise ValidationError("an outlet's domain cannot be its own sibling", "siblings")

    @post_load
    def _defaults(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        data.setdefault("aliases", [])
        data.setdefault("ambiguous_aliases", [])
        data["siblings"] = sorted(set(data["siblings"]))
        return data


class SourceKindRecordSchema(Schema):
    class Meta:
        unknown = RAISE
        ordered = True

    kind = Text(required=True, validate=validate.OneOf(SOURCE_KINDS))
    label = Text(required=True, validate=validate.Length(min=1, max=200))
    prior = fields.Float(required=True, allow_nan=False, validate=validate.Range(0, 1))
    description = Text(load_default="", validate=validate.Length(max=2000))
    updated_at = Text(load_default=None, allow_none=True)
    updated_by = Text(load_default=None, allow_none=True)


def outlet_domains(record: dict[str, Any]) -> list[str]:
    return [record["domain"], *record.get("siblings", [])]
