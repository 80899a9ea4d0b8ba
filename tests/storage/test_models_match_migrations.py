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


def test_the_revision_chain_seen_without_alembic_matches_alembic():
    # Opening a database reads revisions from the file names (to keep Alembic out of start-up);
    # that shortcut is only right while the migrations form one numbered chain.
    from alembic.script import ScriptDirectory

    from smartcity_desktop.storage.database import alembic_config, known_revisions, schema_head

    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_heads() == [schema_head()]
    assert {s.revision for s in scripts.walk_revisions()} == known_revisions()
    chain = sorted(known_revisions())
    for previous, script in zip([None, *chain], chain):
        assert scripts.get_revision(script).down_revision == previous
