"""The ratings tables: outlets, their domains, source-kind priors, audit, version.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outlets",
        sa.Column("domain", sa.String(253), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("state_affiliation", sa.String(32), nullable=False),
        sa.Column("reliability", sa.Float, nullable=True),
        sa.Column("evidence", sa.Integer, nullable=False),
        sa.Column("siblings", sa.JSON, nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("ambiguous_aliases", sa.JSON, nullable=False),
        sa.Column("ratings", sa.JSON, nullable=False),
        sa.Column("provenance", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("last_reviewed", sa.String(32), nullable=True),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
    )
    op.create_table(
        "outlet_domains",
        sa.Column("domain", sa.String(253), primary_key=True),
        sa.Column(
            "outlet",
            sa.String(253),
            sa.ForeignKey("outlets.domain", ondelete="CASCADE"),
            nullable=False,
        ),
    )
    op.create_index("ix_outlet_domains_outlet", "outlet_domains", ["outlet"])
    op.create_table(
        "source_kinds",
        sa.Column("kind", sa.String(64), primary_key=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("prior", sa.Float, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("entity_type", sa.String(16), nullable=False),
        sa.Column("entity_key", sa.String(253), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("before", sa.JSON, nullable=True),
        sa.Column("after", sa.JSON, nullable=True),
        sa.Column("ratings_version", sa.Integer, nullable=False),
    )
    op.create_index("ix_audit_entity", "audit", ["entity_type", "entity_key", "id"])
    state = op.create_table(
        "state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
    )
    op.bulk_insert(state, [{"key": "ratings_version", "value": 0}])


def downgrade() -> None:
    for table in ("state", "audit", "source_kinds", "outlet_domains", "outlets"):
        op.drop_table(table)
