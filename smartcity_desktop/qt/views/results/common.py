"""What the tabs of the Results view share: their constants and the words for ranks, ties,
agreement, caveats and group differences."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem

from ....services.prioritise import results as prioritise_results
from ....services.prioritise.results import GroupResult
from ....services.prioritise.scoring import RankedIdea
from ...labels import method_label

ROLE_ID = Qt.ItemDataRole.UserRole
TOP_CHART = 10          # ideas in the bar chart
TOP_GROUP = 10          # ideas per group in "by group"
SHIFT_THRESHOLD = 3     # methods compared: ranks this far apart are marked
MIN_COMPARED = 5        # fewer ideas in common: Kendall's tau comes with a caution
HIGHER = "#1b7f3b"
HIGHER_BG = "#e3f4e6"
LOWER = "#b3261e"
LOWER_BG = "#fbe4e1"
BAR_COLOUR = "#2f5d8a"

TAB_RANKING, TAB_COMPARE, TAB_MATRIX, TAB_GROUPS = range(4)
COL_RANK, COL_NUMBER, COL_IDEA, COL_SCORE, COL_N = range(5)


def rank_spoken(idea: RankedIdea) -> str:
    if idea.tied:
        return QCoreApplication.translate("Results", "%1, tied").replace("%1", str(idea.rank))
    return str(idea.rank)


def tau_words(tau: float) -> str:
    if tau is None or math.isnan(tau):
        return QCoreApplication.translate("Results", "cannot be measured (too few ideas in "
                                                     "common, or everything tied)")
    if tau >= 0.7:
        return QCoreApplication.translate("Results", "strong agreement")
    if tau >= 0.4:
        return QCoreApplication.translate("Results", "moderate agreement")
    if tau >= 0.1:
        return QCoreApplication.translate("Results", "weak agreement")
    if tau > -0.1:
        return QCoreApplication.translate("Results", "no real agreement")
    return QCoreApplication.translate("Results", "they disagree")


def note_text(code: str) -> str:
    """Words for the caveat codes of services.prioritise and services.representativeness."""
    head, _, rest = code.partition(":")
    if head == "no_participants":
        return QCoreApplication.translate(
            "Results", "Nobody in the workshop is in the reference group %1, so it cannot be "
            "weighted up.").replace("%1", rest.replace(":", " / "))
    if head == "nobody_answered":
        return QCoreApplication.translate(
            "Results", "Nobody answered the question “%1”; it is left out of the "
            "weighting.").replace("%1", rest)
    known = {
        "tallies_have_no_voters": QCoreApplication.translate(
            "Results", "Dots counted on the wall have no voter attached: they are in the "
            "scores, but not in the number of voters."),
        "criteria_missing": QCoreApplication.translate(
            "Results", "Some ideas were not scored on every criterion; their score uses the "
            "criteria that were scored."),
        "no_criteria": QCoreApplication.translate(
            "Results", "The project has no criteria, so nothing can be scored."),
        "cant_decide_ignored": QCoreApplication.translate(
            "Results", "“Can't decide” answers are counted as comparisons made, but not in "
            "the scores."),
        "tallies_not_weighted": QCoreApplication.translate(
            "Results", "Dots counted on the wall have no voter, so they are not weighted."),
        "table_groups_not_weighted": QCoreApplication.translate(
            "Results", "Scores by table groups have no single voter, so they are not "
            "weighted."),
        "anonymous_not_weighted": QCoreApplication.translate(
            "Results", "Votes without a participant code count with weight 1."),
        "no_reference": QCoreApplication.translate(
            "Results", "The project has no reference population, so nothing is weighted."),
        "cap_limits_margins": QCoreApplication.translate(
            "Results", "Some weights reached the cap, so the weighted groups match the "
            "reference population only approximately."),
        "not_converged": QCoreApplication.translate(
            "Results", "The weighting did not settle; the weighted result is approximate."),
        "tallies_not_split": QCoreApplication.translate(
            "Results", "Dots counted on the wall without a colour for this question cannot be "
            "split into groups; they are only in “Everyone”."),
        "table_groups_not_split": QCoreApplication.translate(
            "Results", "Scores by table groups cannot be split into groups; they are only in "
            "“Everyone”."),
        "anonymous_not_split": QCoreApplication.translate(
            "Results", "Votes without a participant code cannot be split into groups; they "
            "are only in “Everyone”."),
    }
    return known.get(code, code.replace("_", " ").capitalize())


def round_title(r, separator: str = " · ") -> str:
    """The round's name, with its method unless the name says it already."""
    method = method_label(r.method)
    return r.name if r.name.casefold() == method.casefold() else f"{r.name}{separator}{method}"


def signed(value: float) -> str:
    return f"{value:+.2f}".replace("-", "−")


def group_label(group: GroupResult) -> str:
    if group.category_key == prioritise_results.NOT_ANSWERED:
        return QCoreApplication.translate("Results", "Not answered")
    if group.category_key == prioritise_results.OTHER and group.folded:
        return QCoreApplication.translate("Results", "Other (small groups combined)")
    return group.label


def shift_text(shift: int) -> str:
    """rank_shift = group rank - everyone's rank: negative means the group ranks it higher."""
    if shift < 0:
        return QCoreApplication.translate("Results", "▲ %n place(s) higher than everyone",
                                          "", -shift)
    return QCoreApplication.translate("Results", "▼ %n place(s) lower than everyone", "", shift)


def ordinal(n: int) -> str:
    return QCoreApplication.translate("Results", "#%1").replace("%1", str(n))


def section_heading(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: 600;")
    return label


def hint_label(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def read_only_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
