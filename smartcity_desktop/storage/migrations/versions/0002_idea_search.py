"""Full-text search over ideas (SQLite FTS5, external content on the idea table).

PostgreSQL (the central office) gets its own kind of index instead: a GIN index over a
``tsvector`` of the title and text of live ideas (``smartcity_idea_tsv``), folded like the
FTS5 index (see ``_FOLD``). ``services.capture`` searches with the same function and
``smartcity_search_query`` for what was typed, so index and query always fold alike.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The index holds title and text of live ideas only; a tombstoned idea leaves the index.
# unicode61 folds case, and remove_diacritics 2 lets "cafe" find "café". It also folds å to a
# (æ and ø stay letters of their own): "bla" finds "blå" too. We accept the extra hits so
# that a volunteer on a keyboard without å still finds every idea.
_TRIGGERS = """
CREATE TRIGGER idea_fts_ai AFTER INSERT ON idea WHEN new.deleted = 0 BEGIN
  INSERT INTO idea_fts(rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER idea_fts_ad AFTER DELETE ON idea WHEN old.deleted = 0 BEGIN
  INSERT INTO idea_fts(idea_fts, rowid, title, text)
  VALUES ('delete', old.rowid, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER idea_fts_au AFTER UPDATE OF title, text, deleted ON idea BEGIN
  INSERT INTO idea_fts(idea_fts, rowid, title, text)
  SELECT 'delete', old.rowid, coalesce(old.title, ''), old.text WHERE old.deleted = 0;
  INSERT INTO idea_fts(rowid, title, text)
  SELECT new.rowid, coalesce(new.title, ''), new.text WHERE new.deleted = 0;
END;
"""


# The same folding as SQLite's unicode61 with remove_diacritics: decompose (NFD) and drop the
# combining accents, so "cafe" finds "café" and "bla" finds "blå" while æ and ø stay letters
# of their own; the 'simple' configuration then folds case and drops no words. normalize()
# needs PostgreSQL 13 or newer.
_FOLD = "regexp_replace(normalize({}, NFD), '[\\u0300-\\u036f]', '', 'g')"


def _upgrade_postgresql() -> None:
    op.execute(
        "CREATE FUNCTION smartcity_idea_tsv(title text, body text) RETURNS tsvector "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_tsvector('simple'::regconfig, "
        + _FOLD.format("coalesce(title, '') || ' ' || coalesce(body, '')") + ") $$")
    op.execute(
        "CREATE FUNCTION smartcity_search_query(query text) RETURNS tsquery "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_tsquery('simple'::regconfig, "
        + _FOLD.format("query") + ") $$")
    op.execute("CREATE INDEX ix_idea_search ON idea USING gin (smartcity_idea_tsv(title, text)) "
               "WHERE NOT deleted")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    if bind.dialect.name != "sqlite":
        return  # other back ends search without an index (see services.capture)
    op.execute(
        "CREATE VIRTUAL TABLE idea_fts USING fts5(title, text, content='idea', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    for statement in _TRIGGERS.split("END;"):
        if statement.strip():
            op.execute(statement + "END;")
    # Not 'rebuild': that would also index tombstoned ideas.
    op.execute("INSERT INTO idea_fts(rowid, title, text) "
               "SELECT rowid, coalesce(title, ''), text FROM idea WHERE deleted = 0")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_idea_search")
        op.execute("DROP FUNCTION IF EXISTS smartcity_idea_tsv(text, text)")
        op.execute("DROP FUNCTION IF EXISTS smartcity_search_query(text)")
        return
    if bind.dialect.name != "sqlite":
        return
    for name in ("idea_fts_ai", "idea_fts_ad", "idea_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS idea_fts")
