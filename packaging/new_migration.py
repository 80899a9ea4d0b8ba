"""Write a new Alembic migration from the difference between the models and the schema head.

    uv run python packaging/new_migration.py "add rounds"

Review the generated file: Alembic cannot see renames, and data moves must be written by hand.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from smartcity_desktop.storage.database import alembic_config, schema_head, upgrade_to


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scratch.sqlite"
        # Not Database.open: it reads every table of the models, new ones included, which
        # do not exist yet at the current head.
        upgrade_to(path, schema_head())
        cfg = alembic_config()
        cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
        heads = int(schema_head())
        command.revision(cfg, message=sys.argv[1], autogenerate=True, rev_id=f"{heads + 1:04d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
