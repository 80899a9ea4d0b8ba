"""The Results view of a workshop's prioritisation rounds (:mod:`.view`), one tab per part:
the ranking of a round with a bar chart (:mod:`.ranking`), the methods compared
(:mod:`.compare`), the impact/effort matrix (:mod:`.impact_effort`) and the results by group
(:mod:`.groups`); the words and constants they share are in :mod:`.common`."""
