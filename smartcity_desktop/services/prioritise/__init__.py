"""Prioritisation rounds: entering votes with each of the four methods and computing results.

API agreed between the service and the views (the views are built against these signatures).
Every computation lives in core (ranking, pairwise, agreement); this package reads and writes the
database and hands plain data to core.

- :mod:`.rounds`: create, list, rename, close, reopen and delete rounds; idea numbers;
- :mod:`.votes`: record votes with each method, list them, delete and restore them (undo);
- :mod:`.vote_writer`: the checks every vote passes before it is written (votes and the import);
- :mod:`.vote_import`: read a round's votes from a CSV or XLSX file, all rows or none;
- :mod:`.scoring`: read a round's votes once and score them (the Bradley-Terry fit cache too);
- :mod:`.results`: rankings, rankings per group, method comparison and the next pairwise pair;
- :mod:`.placements`: the impact/effort matrix;
- :mod:`.commands`: undoable commands over all of the above.

Rules every write follows: the round must be live and open, participants and ideas must belong
to the round's workshop, and a refused entry raises :class:`ValidationError` with nothing
written. Corrections never overwrite a record in place: the old record is tombstoned and a new
one written, so that undo (``delete_votes``/``restore_votes``, see ``prioritise.commands``) and
sync see every change.

Ideas are referred to by id, or in files by their *idea number*: the 1-based position of the
idea in its workshop in the order the ideas were created (see :func:`.rounds.idea_numbers`;
deleted ideas keep their number, so numbers never shift).

How the scores of each method are computed (and what happens with missing scores, short
ranking ballots and "can't decide") is documented in :mod:`core.ranking` and
:mod:`core.pairwise`.
"""
