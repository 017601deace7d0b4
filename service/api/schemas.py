"""The shapes clients code against; unknown fields are rejected everywhere (marshmallow RAISE)."""

from __future__ import annotations

from typing import Any

from marshmallow import (
    RAISE,
    Schema,
    ValidationError,
    fields,
    pre_load,
    validate,
    validates_schema,
)

from service.ratings.model import (
    OUTLET_KINDS,
    SOURCE_KINDS,
    STATE_AFFILIATIONS,
    DomainField,
    OutletRecordSchema,
    RatingSchema,
    Text,
)

MAX_BULK_ITEMS = 1000


class StrictSchema(Schema):
    class Meta:
        unknown = RAISE
        ordered = True


_reason = Text(
    required=True,
    validate=validate.Length(min=3, max=1000),
    metadata={"description": "Why the change is made; kept in the audit history."},
)


class ProblemSchema(Schema):
    """An RFC 9457 problem document."""

    class Meta:
        ordered = True

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String()
    errors = fields.Raw(metadata={"description": "Field-level messages of a validation error."})
    request_id = fields.String()


class OutletSchema(StrictSchema):
    """An outlet as the API shows it: every rating it rests on, side by side."""

    domain = fields.String(required=True)
    siblings = fields.List(fields.String(), required=True)
    name = fields.String(required=True)
    aliases = fields.List(fields.String(), required=True)
    ambiguous_aliases = fields.List(
        fields.String(), required=True,
        metadata={"description": "Short names that need context (\"the Post\")."},
    )
    kind = fields.String(required=True, validate=validate.OneOf(OUTLET_KINDS))
    country = fields.String(required=True)
    state_affiliation = fields.String(required=True, validate=validate.OneOf(STATE_AFFILIATIONS))
    reliability = fields.Float(required=True, allow_none=True)
    evidence = fields.Integer(required=True)
    ratings = fields.List(fields.Nested(RatingSchema), required=True)
    provenance = fields.String(required=True)
    notes = fields.String(required=True)
    last_reviewed = fields.String(required=True, allow_none=True)
    updated_at = fields.String(required=True, allow_none=True)
    updated_by = fields.String(required=True, allow_none=True)


class OutletPutSchema(OutletRecordSchema):
    """A whole outlet to create or replace; the domain comes from the URL."""

    class Meta:
        unknown = RAISE
        ordered = True
        exclude = ("domain", "updated_at", "updated_by")

    reason = _reason


class OutletUpdateSchema(StrictSchema):
    """The fields a PATCH may change; absent fields keep their value."""

    siblings = fields.List(DomainField(), validate=validate.Length(max=50))
    name = Text(validate=validate.Length(min=1, max=200))
    aliases = fields.List(Text(validate=validate.Length(min=1, max=200)),
                          validate=validate.Length(max=100))
    ambiguous_aliases = fields.List(Text(validate=validate.Length(min=1, max=200)),
                                    validate=validate.Length(max=100))
    kind = Text(validate=validate.OneOf(OUTLET_KINDS))
    country = Text(validate=validate.Regexp(r"^[A-Z]{2}$"))
    state_affiliation = Text(validate=validate.OneOf(STATE_AFFILIATIONS))
    reliability = fields.Float(allow_none=True, allow_nan=False, validate=validate.Range(0, 1))
    evidence = fields.Integer(strict=True, validate=validate.Range(0, 100))
    ratings = fields.List(fields.Nested(RatingSchema))
    provenance = Text(validate=validate.Length(max=2000))
    notes = Text(validate=validate.Length(max=4000))
    last_reviewed = Text(allow_none=True, validate=validate.Length(max=32))
    reason = _reason

    @validates_schema
    def _something(self, data: dict[str, Any], **_: Any) -> None:
        if set(data) <= {"reason"}:
            raise ValidationError("name at least one field to change", "_schema")


class OutletQueryArgsSchema(StrictSchema):
    q = Text(validate=validate.Length(min=1, max=200),
                      metadata={"description": "Part of a name, alias or domain."})
    country = Text(validate=validate.Regexp(r"^[A-Za-z]{2}$"))
    kind = Text(validate=validate.OneOf(OUTLET_KINDS))
    state_affiliation = Text(validate=validate.OneOf(STATE_AFFILIATIONS))
    min_reliability = fields.Float(validate=validate.Range(0, 1))
    max_reliability = fields.Float(validate=validate.Range(0, 1))
    page = fields.Integer(load_default=1, validate=validate.Range(1, 100000))
    per_page = fields.Integer(load_default=50, validate=validate.Range(1, 200))


class OutletPageSchema(StrictSchema):
    items = fields.List(fields.Nested(OutletSchema), required=True)
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    next = fields.String(required=True, allow_none=True,
                         metadata={"description": "URL of the next page, null on the last."})


class LookupArgsSchema(StrictSchema):
    url = fields.String(validate=validate.Length(min=1, max=4096),
                        metadata={"description": "A URL or a host name."})
    name = fields.String(validate=validate.Length(min=1, max=200),
                         metadata={"description": "An outlet's name or alias as written."})

    @validates_schema
    def _one(self, data: dict[str, Any], **_: Any) -> None:
        if ("url" in data) == ("name" in data):
            raise ValidationError("give exactly one of url or name", "_schema")


class BulkLookupSchema(StrictSchema):
    @pre_load
    def _count_first(self, data: Any, **_: Any) -> Any:
        """Refuse an oversized list before looking at any item (cost stays bounded)."""
        if isinstance(data, dict) and isinstance(data.get("items"), list) and len(
            data["items"]
        ) > MAX_BULK_ITEMS:
            raise ValidationError(f"at most {MAX_BULK_ITEMS} items", "items")
        return data

    items = fields.List(
        fields.String(validate=validate.Length(max=4096)),
        required=True,
        validate=validate.Length(min=1, max=MAX_BULK_ITEMS),
        metadata={"description": "URLs or hosts; up to 1,000."},
    )


class LookupResultSchema(StrictSchema):
    input = fields.String(required=True)
    outlet = fields.Nested(OutletSchema, required=True, allow_none=True)
    reason = fields.String(
        metadata={"description": "Why there is no outlet: unknown, invalid, platform, ambiguous."}
    )
    matched = fields.String(metadata={"description": "The domain that matched."})
    candidates = fields.List(fields.String())


class BulkLookupResultSchema(StrictSchema):
    results = fields.List(fields.Nested(LookupResultSchema), required=True)


class AuditEntrySchema(StrictSchema):
    id = fields.Integer(required=True)
    at = fields.String(required=True)
    actor = fields.String(required=True)
    action = fields.String(required=True)
    entity_type = fields.String(required=True)
    entity_key = fields.String(required=True)
    reason = fields.String(required=True)
    before = fields.Dict(required=True, allow_none=True)
    after = fields.Dict(required=True, allow_none=True)
    ratings_version = fields.Integer(required=True)


class HistoryArgsSchema(StrictSchema):
    page = fields.Integer(load_default=1, validate=validate.Range(1, 100000))
    per_page = fields.Integer(load_default=50, validate=validate.Range(1, 200))


class HistoryPageSchema(StrictSchema):
    items = fields.List(fields.Nested(AuditEntrySchema), required=True)
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    next = fields.String(required=True, allow_none=True)


class SourceKindSchema(StrictSchema):
    kind = fields.String(required=True, validate=validate.OneOf(SOURCE_KINDS))
    label = fields.String(required=True)
    prior = fields.Float(required=True)
    description = fields.String(required=True)
    updated_at = fields.String(required=True, allow_none=True)
    updated_by = fields.String(required=True, allow_none=True)


class SourceKindListSchema(StrictSchema):
    items = fields.List(fields.Nested(SourceKindSchema), required=True)


class SourceKindUpdateSchema(StrictSchema):
    label = Text(validate=validate.Length(min=1, max=200))
    prior = fields.Float(allow_nan=False, validate=validate.Range(0, 1))
    description = Text(validate=validate.Length(max=2000))
    reason = _reason

    @validates_schema
    def _something(self, data: dict[str, Any], **_: Any) -> None:
        if set(data) <= {"reason"}:
            raise ValidationError("name at least one field to change", "_schema")


class SourceKindPutSchema(StrictSchema):
    label = Text(required=True, validate=validate.Length(min=1, max=200))
    prior = fields.Float(required=True, allow_nan=False, validate=validate.Range(0, 1))
    description = Text(required=True, validate=validate.Length(max=2000))
    reason = _reason


class DeleteArgsSchema(StrictSchema):
    reason = _reason


# -- articles: /v1/attributions and /v1/score ---------------------------------------------------


class ArticleSchema(StrictSchema):
    """An article to analyse: its text (or HTML), and what is known of where it appeared."""

    headline = fields.String(allow_none=True, validate=validate.Length(max=2000))
    text = fields.String(allow_none=True, metadata={"description": "Plain text; offsets refer "
                                                    "to it. Exactly one of text or html."})
    html = fields.String(allow_none=True, metadata={"description": "An HTML page or fragment; "
                                                    "its readable text is analysed."})
    url = fields.String(allow_none=True, validate=validate.Length(max=4096),
                        metadata={"description": "Where the article is published; gives the "
                                  "publisher when publisher is absent."})
    publisher = fields.String(allow_none=True, validate=validate.Length(max=300),
                              metadata={"description": "The publisher's domain, URL or name."})


class OutletRefSchema(Schema):
    domain = fields.String(required=True)
    name = fields.String(required=True)
    reliability = fields.Float(required=True, allow_none=True)
    state_affiliation = fields.String(required=True, allow_none=True)
    kind = fields.String(allow_none=True)
    country = fields.String(allow_none=True)
    evidence = fields.Integer()


class SpanSchema(Schema):
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    text = fields.String(required=True)


class CueSchema(SpanSchema):
    kind = fields.String(required=True)


class SourceSpanSchema(SpanSchema):
    kind = fields.String(required=True)
    entity = fields.String(required=True)
    description = fields.String()
    country = fields.String()
    outlet = fields.Nested(OutletRefSchema)


class VenueSchema(SpanSchema):
    outlet = fields.Nested(OutletRefSchema)


class AttributionSchema(Schema):
    id = fields.String(required=True)
    parent = fields.String(required=True, allow_none=True)
    field = fields.String(required=True, validate=validate.OneOf(["headline", "text"]))
    cue = fields.Nested(CueSchema, required=True)
    source = fields.Nested(SourceSpanSchema, required=True, allow_none=True)
    content = fields.Nested(SpanSchema, required=True, allow_none=True)
    venue = fields.Nested(VenueSchema, required=True, allow_none=True)
    claim = fields.Boolean(
        required=True,
        metadata={"description": "False when the cue states no claim of its source (\"declined "
                  "to comment\", \"is expected to\"): no chain or flag is made of it."},
    )


class ClaimSpanSchema(SpanSchema):
    field = fields.String(required=True, validate=validate.OneOf(["headline", "text"]))


_ROLES = ["publisher", "relay", "venue", "speaker", "origin"]


class ChainHopSchema(Schema):
    role = fields.String(required=True, validate=validate.OneOf(_ROLES))
    attribution = fields.String(allow_none=True)
    entity = fields.String(required=True)
    kind = fields.String(required=True)
    outlet = fields.Nested(OutletRefSchema)
    description = fields.String()
    country = fields.String()
    span = fields.Nested(SpanSchema, metadata={
        "description": "Where the hop's words are, when they are neither the attribution's "
                       "source nor its venue (the relay of a written venue: 'a statement "
                       "released by their lawyers'); offsets in the attribution's field."})


class ChainSchema(Schema):
    claim = fields.Nested(ClaimSpanSchema, required=True)
    hops = fields.List(fields.Nested(ChainHopSchema), required=True)


class AttributionResultSchema(Schema):
    text = fields.String(required=True, metadata={"description": "The text offsets refer to."})
    headline = fields.String(allow_none=True)
    publisher = fields.Nested(OutletRefSchema, required=True, allow_none=True)
    attributions = fields.List(fields.Nested(AttributionSchema), required=True)
    chains = fields.List(fields.Nested(ChainSchema), required=True)


class FlagSchema(Schema):
    code = fields.String(required=True)
    message = fields.String(required=True)
    claims = fields.List(fields.String(), required=True)
    spans = fields.List(fields.Dict())


class ScoredHopSchema(Schema):
    role = fields.String(required=True, validate=validate.OneOf(_ROLES))
    entity = fields.String(required=True)
    kind = fields.String(required=True)
    source_text = fields.String(required=True)
    outlet = fields.Nested(OutletRefSchema)
    rating = fields.Float()
    p = fields.Float(required=True)
    why = fields.String(required=True)


class ScoredChainSchema(Schema):
    hops = fields.List(fields.Nested(ScoredHopSchema), required=True)
    strength = fields.Float(required=True)
    origin = fields.String(required=True)


class ClaimSchema(Schema):
    id = fields.String(required=True)
    field = fields.String(required=True, validate=validate.OneOf(["headline", "text"]))
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    text = fields.String(required=True)
    position = fields.String(required=True, validate=validate.OneOf(["headline", "lead", "body"]))
    support = fields.Float(required=True)
    uncertainty = fields.Float(required=True)
    strength = fields.Float(required=True)
    chains = fields.List(fields.Nested(ScoredChainSchema), required=True)
    flags = fields.List(fields.Nested(FlagSchema), required=True)


_LABELS = ["well sourced", "mixed", "weakly sourced", "unsupported"]


class ArticleScoreSchema(Schema):
    support = fields.Float(required=True)
    uncertainty = fields.Float(required=True)
    probability = fields.Float(required=True)
    label = fields.String(required=True, validate=validate.OneOf(_LABELS))


class ScoreResultSchema(Schema):
    score = fields.Nested(ArticleScoreSchema, required=True)
    summary = fields.String(required=True)
    flags = fields.List(fields.Nested(FlagSchema), required=True)
    claims = fields.List(fields.Nested(ClaimSchema), required=True)
    publisher = fields.Nested(OutletRefSchema, required=True, allow_none=True)
    ratings_version = fields.Integer(required=True)
    model_version = fields.String(required=True)
    attributions = fields.List(fields.Nested(AttributionSchema), required=True)


class BatchSchema(StrictSchema):
    articles = fields.List(
        fields.Raw(), required=True, validate=validate.Length(min=1, max=100),
        metadata={"description": "Up to 100 article bodies, each as for /v1/score."},
    )


class BatchResultSchema(Schema):
    results = fields.List(
        fields.Raw(), required=True,
        metadata={"description": "One score result or one problem document per article, in "
                  "order; a problem has `status` and `type`."},
    )
