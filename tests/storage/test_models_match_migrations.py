"""The migrations must build exactly the schema the models describe; otherwise a change to
``models.py`` without a migration would only show up on users' machines."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from smartcity_desktop.storage.database import include_object


def test_migrated_schema_equals_models(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == [], f"models.py and the migrations differ; write a migration: {diff}"
