"""Representativeness: how well the people in the room mirror the population.

For the selected project or workshop, one panel per demographic question that has reference
figures: horizontal bars of the participants' shares against the reference population's,
the R-score (lowest participation ratio ÷ highest), the under-represented groups (icon, colour
and words), and a table with the numbers. Above them: the weighting summary (n, effective n,
weights at the cap) and the buttons to load a reference profile from a CSV file or the shipped
sample (Norway 2014). Loading goes through the undo stack; a file with problems loads nothing
and its problems are listed line by line.

Counts are for the facilitator, but groups of 1 to 4 people are shown as "<5", as in
published figures (core.rules.MIN_PUBLISHED_GROUP); the screen says so.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDir, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import representativeness as core
from ...core.errors import SmartCityError
from ...core.rules import MIN_PUBLISHED_GROUP
from ...services.workshop import projects, reference_file
from ...services.workshop import representativeness as rep
from ...services.workshop.representativeness import (
    CategoryRepresentation,
    DimensionRepresentation,
    Weights,
)
from ...storage.database import Database
from ..errors import error_text, row_error_text
from ..icons import icon
from ..undo import ChangeBus, push
from .base import RefreshWhenShown, ScopedView

PARTICIPANT_COLOUR = "#1f6f5c"   # the app's green
REFERENCE_COLOUR = "#a9b4bd"     # a quiet grey: the population is the backdrop
UNDER_COLOUR = "#b54708"         # dark orange (readable on white, distinct from the green)
MUTED = "#5b6670"
ROW_HEIGHT = 34                  # chart height per category (two bars)


translate = QCoreApplication.translate


def count_text(value: int) -> str:
    """A count as the facilitator sees it: 1 to 4 become "<5" (published-figures rule)."""
    return f"<{MIN_PUBLISHED_GROUP}" if 0 < value < MIN_PUBLISHED_GROUP else str(value)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


# =========================================================================== chart
class ComparisonChart(QChartView):
    """Two horizontal bars per category: the participants' share and the reference share,
    first category on top; the participants' bar of an under-represented group in orange."""

    def __init__(self, parent=None) -> None:
        super().__init__(self._new_chart(), parent)
        self.setStyleSheet("background: transparent;")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers reach the summary
        self.participants: QBarSet | None = None
        self.reference: QBarSet | None = None
        self.categories: list[str] = []

    @staticmethod
    def _new_chart() -> QChart:
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeLight)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(0, 0, 8, 0))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def set_dimension(self, dim: DimensionRepresentation) -> None:
        # A fresh chart each time: axes removed from a chart leave their labels behind.
        old = self.chart()
        chart = self._new_chart()
        self.setChart(chart)
        old.deleteLater()
        cats = [c for c in dim.categories if c.has_reference]
        order = list(reversed(cats))  # horizontal charts draw the first category at the bottom
        self.participants = QBarSet(self.tr("Participants"))
        self.reference = QBarSet(self.tr("Population (reference)"))
        for bar_set, colour in ((self.participants, PARTICIPANT_COLOUR),
                                (self.reference, REFERENCE_COLOUR)):
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.setPen(QPen(Qt.PenStyle.NoPen))
            bar_set.setLabelColor(QColor("#24303a"))
        self.participants.append([round((c.participant_share or 0) * 100, 1) for c in order])
        self.reference.append([round((c.reference_share or 0) * 100, 1) for c in order])
        self.participants.setSelectedColor(QColor(UNDER_COLOUR))
        for position, cat in enumerate(order):
            if cat.under_represented:
                self.participants.selectBar(position)
        series = QHorizontalBarSeries()
        # Qt puts the first set nearest the axis; the reference sits below the participants.
        series.append(self.reference)
        series.append(self.participants)
        series.setBarWidth(0.8)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        self.categories = [(("▼ " if c.under_represented else "") + c.label) for c in order]
        axis = QBarCategoryAxis()
        axis.append(self.categories)
        axis.setGridLineVisible(False)
        axis.setTruncateLabels(False)
        axis.setLabelsFont(QFont(self.font()))
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = QValueAxis()
        top = max([(c.participant_share or 0) for c in cats]
                  + [(c.reference_share or 0) for c in cats] + [0.1]) * 100
        values.setRange(0, min(100.0, top * 1.25))
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f %%")
        values.setGridLineColor(QColor("#e3e7ea"))
        values.setLabelsFont(QFont(self.font()))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        # Reverse the legend so it reads like the bars: participants first.
        markers = chart.legend().markers(series)
        if len(markers) == 2:
            chart.legend().setReverseMarkers(True)
        self.setFixedHeight(90 + ROW_HEIGHT * max(1, len(cats)))
        self.setAccessibleName(self.tr("%1: participants and population").replace(
            "%1", dim.label))
        self.setAccessibleDescription("; ".join(
            self.tr("%1: participants %2, population %3").replace("%1", c.label)
            .replace("%2", percent(c.participant_share)).replace("%3", percent(c.reference_share))
            for c in cats))


# =========================================================================== one dimension
class DimensionPanel(QGroupBox):
    COLUMNS = 5

    def __init__(self, dim: DimensionRepresentation, parent=None) -> None:
        super().__init__(dim.label, parent)
        self.dimension_key = dim.key
        self.setAccessibleName(dim.label)
        self.chart = ComparisonChart(self)
        self.r_score = QLabel(self)
        self.r_score.setTextFormat(Qt.TextFormat.RichText)
        self.r_score.setAccessibleName(self.tr("R-score of %1").replace("%1", dim.label))
        self.r_score.setToolTip(self.tr(
            "The lowest participation ratio divided by the highest. 1 = every group takes "
            "part in proportion to the population; 0 = a group is missing."))
        self.flag_icon = QLabel(self)
        self.flag = QLabel(self)
        self.flag.setWordWrap(True)
        self.flag.setAccessibleName(self.tr("Under-represented groups in %1").replace(
            "%1", dim.label))
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setAccessibleName(self.tr("%1: numbers").replace("%1", dim.label))
        self.table.setHorizontalHeaderLabels([
            self.tr("Group"), self.tr("People"), self.tr("Share"), self.tr("Population"),
            self.tr("Ratio")])
        for column, tip in enumerate((
                "", self.tr("Participants in the group (groups of 1 to 4 are shown as <5)"),
                self.tr("Share among the participants compared with the population"),
                self.tr("Share of the reference population"),
                self.tr("Participation ratio: share ÷ population share (below %1 = "
                        "under-represented)").replace(
                    "%1", f"{core.UNDER_REPRESENTED_RATIO:g}"))):
            if tip:
                self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.footnote = QLabel(self)
        self.footnote.setWordWrap(True)
        self.footnote.setStyleSheet(f"color: {MUTED};")
        self.footnote.setAccessibleName(self.tr("Not compared in %1").replace("%1", dim.label))

        flag_row = QHBoxLayout()
        flag_row.addWidget(self.flag_icon, 0, Qt.AlignmentFlag.AlignTop)
        flag_row.addWidget(self.flag, 1)
        side = QVBoxLayout()
        side.addWidget(self.r_score)
        side.addLayout(flag_row)
        side.addWidget(self.table)
        side.addWidget(self.footnote)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chart, 3, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(side, 2)
        self.set_dimension(dim)

    def set_dimension(self, dim: DimensionRepresentation) -> None:
        self.chart.set_dimension(dim)
        score = "—" if dim.r_score is None else f"{dim.r_score:.2f}"
        self.r_score.setText(self.tr("R-score <b style='font-size: 15pt'>%1</b>")
                             .replace("%1", score))
        under = dim.under_represented
        if under:
            self.flag_icon.setPixmap(icon("under_represented").pixmap(20, 20))
            self.flag.setText(self.tr("Under-represented: %1").replace("%1", ", ".join(
                f"{c.label} ({c.ratio:.2f})" for c in under)))
            self.flag.setStyleSheet(f"color: {UNDER_COLOUR}; font-weight: 600;")
        else:
            self.flag_icon.setPixmap(icon("represented_ok").pixmap(20, 20))
            self.flag.setText(self.tr("No group under-represented (every ratio is %1 or "
                                      "more).").replace("%1",
                                                        f"{core.UNDER_REPRESENTED_RATIO:g}"))
            self.flag.setStyleSheet("")
        cats = [c for c in dim.categories if c.has_reference]
        self.table.setRowCount(len(cats))
        for row, cat in enumerate(cats):
            self._fill_row(row, cat)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(len(cats)))
        self.table.setFixedHeight(height)
        others = [self.tr("Prefer not to say: %1").replace("%1",
                                                          count_text(dim.prefer_not_to_say)),
                  self.tr("Not answered: %1").replace("%1", count_text(dim.not_answered))]
        without = [c for c in dim.categories if not c.has_reference and c.participants]
        if without:
            others.append(self.tr("No population figure: %1").replace("%1", ", ".join(
                f"{c.label} {count_text(c.participants)}" for c in without)))
        self.footnote.setText(self.tr("Not compared — %1").replace("%1", " · ".join(others)))

    def _fill_row(self, row: int, cat: CategoryRepresentation) -> None:
        values = [cat.label, count_text(cat.participants), percent(cat.participant_share),
                  percent(cat.reference_share), "—" if cat.ratio is None else f"{cat.ratio:.2f}"]
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if cat.under_represented:
                item.setForeground(QColor(UNDER_COLOUR))
                if column in (0, 4):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            self.table.setItem(row, column, item)
        first = self.table.item(row, 0)
        if cat.under_represented:
            first.setIcon(icon("under_represented"))
            first.setToolTip(self.tr("%1 is under-represented: %2 of its share of the "
                                     "population").replace("%1", cat.label)
                             .replace("%2", f"{cat.ratio:.2f}×"))
            first.setData(Qt.ItemDataRole.AccessibleTextRole,
                          self.tr("%1, under-represented").replace("%1", cat.label))


# =========================================================================== the view
class RepresentativenessView(RefreshWhenShown, ScopedView):
    """``reference_changed(project_id)`` is emitted when a profile was loaded, or its loading
    undone or redone, for views that show weighted results."""

    reference_changed = Signal(str)

    def __init__(self, db: Database, undo_stack, bus: ChangeBus, parent=None) -> None:
        super().__init__(db, undo_stack, bus, parent)
        self.panels: dict[str, DimensionPanel] = {}
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.load_button = QPushButton(icon("load_reference"),
                                       self.tr("&Load reference profile…"), self)
        self.load_button.setAccessibleName(self.tr("Load reference profile"))
        self.load_button.setToolTip(self.tr(
            "A CSV file with the columns dimension, category and count (or share), e.g. "
            "census figures for your municipality"))
        self.load_button.clicked.connect(self.load_reference)
        self.sample_button = QPushButton(icon("sample_reference"),
                                         self.tr("Load the &sample (Norway 2014)"), self)
        self.sample_button.setAccessibleName(self.tr("Load the sample reference profile"))
        self.sample_button.setToolTip(self.tr(
            "Residents of Norway on 1 January 2014 by age (16 and over) and sex, from "
            "Statistics Norway. National figures, not a municipality's."))
        self.sample_button.clicked.connect(self.load_sample)
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label.setStyleSheet(f"color: {MUTED};")
        self.source_label.setAccessibleName(self.tr("Source of the reference figures"))

        # Problems of a file that was not loaded.
        self.errors_box = QFrame(self)
        self.errors_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.errors_box.setStyleSheet(
            f"QFrame#errors {{ border: 1px solid {UNDER_COLOUR}; border-radius: 4px; }}")
        self.errors_box.setObjectName("errors")
        self.errors_title = QLabel(self.errors_box)
        self.errors_title.setWordWrap(True)
        self.errors_title.setStyleSheet(f"color: {UNDER_COLOUR}; font-weight: 600;")
        self.errors_list = QListWidget(self.errors_box)
        self.errors_list.setAccessibleName(self.tr("Problems in the reference file"))
        self.errors_list.setWordWrap(True)
        self.errors_list.setUniformItemSizes(False)
        close = QToolButton(self.errors_box)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the list of problems"))
        close.clicked.connect(self.errors_box.hide)
        error_icon = QLabel(self.errors_box)
        error_icon.setPixmap(icon("under_represented").pixmap(20, 20))
        title_row = QHBoxLayout()
        title_row.addWidget(error_icon)
        title_row.addWidget(self.errors_title, 1)
        title_row.addWidget(close)
        box_layout = QVBoxLayout(self.errors_box)
        box_layout.addLayout(title_row)
        box_layout.addWidget(self.errors_list)
        self.errors_box.hide()

        self.weights_label = QLabel(self)
        self.weights_label.setWordWrap(True)
        self.weights_label.setAccessibleName(self.tr("Weighting summary"))
        self.weights_label.setToolTip(self.tr(
            "Raking gives every participant a weight so that the weighted groups match the "
            "reference population. The effective n is how many unweighted participants the "
            "weighted group is worth: (Σw)² ÷ Σw². Participants who prefer not to say, or did "
            "not answer, are not weighted on that question."))
        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(f"color: {MUTED};")
        self.notice_label.setText(self.tr(
            "Groups of fewer than %1 people are shown as “<%1”, as in published figures. "
            "A group is under-represented (▼) when its share among the participants is below "
            "%2 × its share of the population. “Prefer not to say” and unanswered questions "
            "are counted apart, not as groups.")
            .replace("%1", str(MIN_PUBLISHED_GROUP))
            .replace("%2", f"{core.UNDER_REPRESENTED_RATIO:g}"))
        self.notice_label.setAccessibleName(self.tr("How to read this view"))
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setAccessibleName(self.tr("No reference profile"))
        self.empty_label.setStyleSheet("font-size: 11pt; padding: 12px 0;")
        self.missing_label = QLabel(self)
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(f"color: {MUTED};")

        self.panel_area = QWidget(self)
        self.panel_layout = QVBoxLayout(self.panel_area)
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.panel_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.panel_area)

        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.sample_button)
        buttons.addWidget(self.source_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.errors_box)
        layout.addWidget(self.weights_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll, 1)

        self._init_refresh_when_shown()
        bus.participants_changed.connect(self._data_changed)
        bus.structure_changed.connect(self._data_changed)
        bus.references_changed.connect(self._on_references_changed)
        self._set_enabled(False)

    # ------------------------------------------------------------------ scope and refresh
    def set_scope(self, project_id: str | None, workshop_id: str | None) -> None:
        changed = (project_id, workshop_id) != (self._project_id, self._workshop_id)
        self._project_id, self._workshop_id = project_id, workshop_id
        if changed:
            self.errors_box.hide()
        self._refresh_or_defer()

    def _on_references_changed(self, change) -> None:
        """A reference profile was loaded, undone or redone."""
        self._data_changed()
        for project_id in change.references:
            self.reference_changed.emit(project_id)


    def _set_enabled(self, enabled: bool) -> None:
        self.load_button.setEnabled(enabled)
        self.sample_button.setEnabled(enabled)

    def refresh(self) -> None:
        self._refreshed()
        if not self._project_id:
            self._set_enabled(False)
            self.heading.setText(self.tr("Representativeness"))
            self._show_dimensions([])
            self.weights_label.clear()
            self.source_label.clear()
            self.empty_label.setText(self.tr("Choose a project or a workshop on the left."))
            self.empty_label.show()
            return
        self._set_enabled(True)
        try:
            self.heading.setText(self._heading())
            dims = rep.representativeness(self._db, self._project_id, self._workshop_id)
            weights = rep.participant_weights(self._db, self._project_id, self._workshop_id)
        except SmartCityError as exc:  # e.g. the workshop was deleted meanwhile
            self.status_message.emit(error_text(exc))
            return
        compared = [d for d in dims if d.has_reference]
        self._show_dimensions(compared)
        self._show_sources(compared)
        self._show_weights(weights, compared)
        missing = [d.label for d in dims if not d.has_reference]
        self.missing_label.setText(self.tr("No reference figures for: %1.").replace(
            "%1", ", ".join(missing)) if missing and compared else "")
        if not compared:
            self.empty_label.setText(self.tr(
                "This project has no reference profile yet. Load the population figures of "
                "your municipality (a CSV file with the columns dimension, category and count "
                "or share), or the sample: Norway's residents in 2014 by age and sex."))
        self.empty_label.setVisible(not compared)
        self.weights_label.setVisible(bool(compared))
        self.notice_label.setVisible(bool(compared))

    def _heading(self) -> str:
        if self._workshop_id:
            workshop = projects.get_workshop(self._db, self._workshop_id)
            return f"{workshop.code} · {workshop.title}"
        return projects.get_project(self._db, self._project_id).name

    def _show_dimensions(self, dims: list[DimensionRepresentation]) -> None:
        wanted = [d.key for d in dims]
        if wanted != list(self.panels):
            for panel in self.panels.values():
                self.panel_layout.removeWidget(panel)
                panel.hide()
                panel.deleteLater()  # still parented: Qt deletes it when it is safe
            self.panels = {}
            for position, dim in enumerate(dims):
                panel = DimensionPanel(dim, self.panel_area)
                self.panel_layout.insertWidget(position, panel)
                self.panels[dim.key] = panel
            if self.missing_label.parent() is not self.panel_area:
                self.missing_label.setParent(self.panel_area)
            self.panel_layout.removeWidget(self.missing_label)
            self.panel_layout.insertWidget(len(dims), self.missing_label)
        else:
            for dim in dims:
                self.panels[dim.key].set_dimension(dim)

    def _show_sources(self, dims: list[DimensionRepresentation]) -> None:
        found = []
        for dim in dims:
            for item in dim.sources:
                text = ", ".join(filter(None, (item.source, str(item.year or ""))))
                if text and text not in found:
                    found.append(text)
        self.source_label.setText(self.tr("Reference: %1").replace("%1", "; ".join(found))
                                  if found else "")
        self.source_label.setToolTip("\n".join(found))

    def _show_weights(self, weights: Weights, dims: list[DimensionRepresentation]) -> None:
        if not dims:
            self.weights_label.setText(self.tr("No weighting: there is no reference profile."))
            return
        names = {d.key: d.label for d in dims}
        text = self.tr("<b>Weighting</b> to the reference on %1: n = %2 participants · "
                       "effective n = %3 · weights at the cap (%5): %4").replace(
            "%1", ", ".join(names.get(k, k) for k in weights.dimensions) or "—") \
            .replace("%2", str(weights.n)).replace("%3", f"{weights.effective_n:.1f}") \
            .replace("%4", str(weights.capped)).replace("%5", f"{weights.cap:g}"
                                                        if weights.cap else "—")
        labels_of = {(d.key, c.key): (d.label, c.label) for d in dims for c in d.categories}
        empty = []
        for note in weights.notes:
            kind, _, rest = note.partition(":")
            if kind == "no_participants":
                dim_key, _, cat_key = rest.partition(":")
                dim_label, cat_label = labels_of.get((dim_key, cat_key), (dim_key, cat_key))
                empty.append(f"{cat_label} ({dim_label})")
        if empty:
            text += "<br>" + self.tr("Nobody in %1: no weight can make up for a group that "
                                     "is not in the room.").replace("%1", ", ".join(empty))
        if not weights.converged:
            text += "<br>" + self.tr("The weights cannot match the reference exactly: some "
                                     "combinations of groups are missing, or the cap is in "
                                     "the way.")
        self.weights_label.setText(text)

    # ------------------------------------------------------------------ loading
    def load_reference(self) -> None:
        if not self._project_id:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load reference profile"), QDir.homePath(),
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self._load(path)

    def load_sample(self) -> None:
        if self._project_id:
            self._load(str(reference_file.sample_reference_file()))

    def _load(self, path: str) -> None:
        command = reference_file.ReplaceReference(self._db, self._project_id, path)
        name = command.path.name
        try:
            push(self._stack, command, self.tr("Load reference profile %1").replace("%1", name),
                 self._bus)
        except reference_file.ReferenceRejected as exc:
            errors = exc.report.errors
            self._show_errors(self.tr("Nothing loaded: %n problem(s) in %1. Correct the file "
                                      "and load it again.", "", len(errors)).replace("%1", name),
                              [row_error_text(e) for e in errors])
            return
        except SmartCityError as exc:
            self._show_errors(self.tr("Nothing loaded from %1.").replace("%1", name),
                              [error_text(exc)])
            return
        self.errors_box.hide()
        report = command.report
        self.status_message.emit(self.tr("Loaded %n reference figure(s) from %1.", "",
                                         report.rows).replace("%1", name))
        self.refresh()  # (reference_changed was emitted when the command reached the stack)

    def _show_errors(self, title: str, lines: list[str]) -> None:
        self.errors_title.setText(title)
        self.errors_list.clear()
        self.errors_list.addItems(lines)
        rows = min(len(lines), 6)
        self.errors_list.setFixedHeight(
            rows * self.errors_list.sizeHintForRow(0) + 2 * self.errors_list.frameWidth() + 4)
        self.errors_box.show()
        self.status_message.emit(title)
