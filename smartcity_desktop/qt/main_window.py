"""The main window: a navigation tree (projects → workshops) on the left, the views of the
chosen scope on the right, standard menus, undo/redo, and window state kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
)

from .. import APP_NAME, __version__
from ..services.commands import Change, NotUndoable
from ..services.workshop import projects
from ..storage.database import Database
from . import labels, settings
from .dialogs import ProjectDialog, WorkshopDialog
from .errors import error_text
from .icons import app_icon, icon
from .kiosk.start import start_kiosk
from .undo import ChangeBus, announce
from .views.board import BoardView
from .views.capture import CaptureView
from .views.conflicts import ConflictsView
from .views.coverage import CoverageView
from .views.decisions.view import DecisionsView
from .views.earlier_input import EarlierInputView
from .views.ideas import IdeasView
from .views.office import OfficeView
from .views.overview import OverviewView
from .views.participants import ParticipantsView
from .views.representativeness import RepresentativenessView
from .views.results.view import ResultsView
from .views.rounds import RoundsView
from .views.run.view import RunView
from .views.volunteer import VolunteerEntryView
from .views.welcome import WelcomePage

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    """``open_requested(path, create)`` asks the application to switch database files."""

    open_requested = Signal(str)
    demo_requested = Signal()

    def __init__(self, db: Database, qsettings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.qsettings = qsettings
        self.undo_stack = QUndoStack(self)
        self.bus = ChangeBus(self)
        self.setWindowIcon(app_icon())
        self._build_views()
        self._build_actions()
        self._build_menus()
        self._connect_signals()
        self.refresh_navigation()
        self._restore_state()
        self._update_title()

    # ------------------------------------------------------------------ building
    def _build_views(self) -> None:
        self.nav = QTreeWidget(self)
        self.nav.setHeaderHidden(True)
        self.nav.setAccessibleName(self.tr("Projects and workshops"))
        self.nav.setMinimumWidth(200)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.overview = OverviewView(self.db, self.bus, self)
        self.participants = ParticipantsView(self.db, self.undo_stack, self.bus, self)
        self.ideas = IdeasView(self.db, self.undo_stack, self.bus, self)
        self.run = RunView(self.db, self.undo_stack, self.bus, self)
        self.capture = CaptureView(self.db, self.undo_stack, self.bus, self)
        self.capture.set_entered_by(settings.ENTERED_BY.get(self.qsettings))
        self.volunteer = VolunteerEntryView(self.db, self.undo_stack, self.bus, self,
                                            qsettings=self.qsettings)
        self.board = BoardView(self.db, self.undo_stack, self.bus, self)
        self.rounds = RoundsView(self.db, self.undo_stack, self.bus, self)
        self.results = ResultsView(self.db, self.undo_stack, self.bus, self)
        self.representativeness = RepresentativenessView(self.db, self.undo_stack, self.bus, self)
        self.decisions = DecisionsView(self.db, self.undo_stack, self.bus, self,
                                       qsettings=self.qsettings, own_shortcut=False)
        self.coverage = CoverageView(self.db, self.undo_stack, self.bus, self)
        self.earlier_input = EarlierInputView(self.db, self.undo_stack, self.bus, self)
        self.office = OfficeView(self.db, self.undo_stack, self.bus, self)
        self.conflicts = ConflictsView(self.db, self.undo_stack, self.bus, self)
        # Every view has set_scope(project_id, workshop_id) and a status_message signal;
        # later capabilities plug theirs in here (Board, Results, …).
        self.views = [(self.overview, icon("overview"), self.tr("&Overview")),
                      (self.participants, icon("participants"), self.tr("&Participants")),
                      (self.ideas, icon("ideas"), self.tr("&Ideas")),
                      (self.run, icon("run"), self.tr("&Run")),
                      (self.capture, icon("capture"), self.tr("&Capture")),
                      (self.volunteer, icon("volunteer_entry"), self.tr("Card en&try")),
                      (self.board, icon("board"), self.tr("&Board")),
                      (self.rounds, icon("rounds"), self.tr("Ro&unds")),
                      (self.results, icon("results"), self.tr("Re&sults")),
                      (self.representativeness, icon("representativeness"),
                       self.tr("Represe&ntativeness")),
                      (self.decisions, icon("decisions"), self.tr("&Decisions")),
                      (self.coverage, icon("coverage"), self.tr("Covera&ge")),
                      (self.earlier_input, icon("decisions"), self.tr("&What happened")),
                      (self.office, icon("overview"), self.tr("Centr&al office")),
                      (self.conflicts, icon("merge"), self.tr("Conf&licts"))]
        for widget, view_icon, title in self.views:
            self.tabs.addTab(widget, view_icon, title)
        self.welcome = WelcomePage(self)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 950])
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.statusBar()

    def _action(self, icon_name, text, slot, shortcut=None) -> QAction:
        action = QAction(icon(icon_name) if icon_name else app_icon(), text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every platform binding, e.g. Ctrl+Y and Ctrl+Shift+Z
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_db_action = self._action("new", self.tr("&New database…"), self.new_database,
                                          key.New)
        self.open_db_action = self._action("open", self.tr("&Open database…"),
                                           self.open_database, key.Open)
        self.quit_action = self._action("quit", self.tr("&Quit"), self.close, key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(key.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(key.Redo)
        self.redo_action.setIcon(icon("redo"))
        self.find_action = self._action("search", self.tr("&Find ideas"), self.find, key.Find)
        self.new_project_action = self._action("project", self.tr("New &project…"),
                                               self.new_project, "Ctrl+Shift+P")
        self.new_workshop_action = self._action("workshop", self.tr("New &workshop…"),
                                                self.new_workshop, "Ctrl+Shift+W")
        self.demo_action = self._action("demo", self.tr("Add the &demo project"),
                                        self.demo_requested.emit)
        self.import_ideas_action = self._action(
            "import_ideas", self.tr("&Import ideas…"), self.import_ideas,
            "Ctrl+Shift+I")
        self.export_action = self._action("export", self.tr("&Export…"), self.export_data,
                                          "Ctrl+Shift+E")
        self.export_action.setStatusTip(self.tr(
            "Export the selected project or workshop: CSV, Excel, Decidim or open data"))
        self.sync_keys_action = self._action("lock", self.tr("&Keys…"), self.sync_keys)
        self.export_package_action = self._action("export", self.tr("&Export package…"),
                                                  self.export_sync_package, "Ctrl+Shift+X")
        self.import_packages_action = self._action("import_ideas", self.tr("&Import packages…"),
                                                   self.import_sync_packages, "Ctrl+Shift+L")
        self.reports_action = self._action("report", self.tr("&Reports…"), self.reports,
                                           "Ctrl+Shift+G")
        self.reports_action.setStatusTip(self.tr(
            "PDF reports: workshop, project, \u201cYou said, we did\u201d, challenge brief"))
        self.kiosk_action = self._action("kiosk", self.tr("&Kiosk mode…"),
                                         self.start_kiosk_mode, "Ctrl+Shift+K")
        self.kiosk_action.setStatusTip(self.tr("Let participants type their own ideas on "
                                               "this computer, for the selected workshop"))
        self.forms_action = self._action("forms", self.tr("Paper &forms…"), self.paper_forms,
                                         "Ctrl+Shift+F")
        self.forms_action.setStatusTip(self.tr("Print registration forms and idea cards "
                                               "for the selected workshop"))
        self.change_status_action = self._action("change_status", self.tr("Change &status…"),
                                                 self.change_status, "Ctrl+Shift+D")
        self.change_status_action.setStatusTip(self.tr(
            "Change the status of the selected ideas, with a reason and a date"))
        self.about_action = self._action(None, self.tr("&About…"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.view_actions = []
        for n, (widget, view_icon, title) in enumerate(self.views, 1):
            action = QAction(view_icon, title.replace("&", ""), self)
            if n <= 9:  # Ctrl+1 … Ctrl+9; later tabs are reached with Ctrl+Tab or the menu
                action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, w=widget: self._show_view(w))
            self.view_actions.append(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_db_action)
        file_menu.addAction(self.open_db_action)
        self.recent_menu = file_menu.addMenu(icon("recent"), self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_ideas_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.reports_action)
        sync_menu = file_menu.addMenu(icon("merge"), self.tr("S&ync"))
        sync_menu.addAction(self.export_package_action)
        sync_menu.addAction(self.import_packages_action)
        sync_menu.addSeparator()
        sync_menu.addAction(self.sync_keys_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.ideas.add_action)
        edit_menu.addAction(self.ideas.edit_action)
        edit_menu.addAction(self.ideas.delete_action)
        edit_menu.addAction(self.change_status_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.participants.register_action)
        edit_menu.addAction(self.participants.edit_action)
        edit_menu.addAction(self.participants.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.rounds.new_round_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        project_menu = bar.addMenu(self.tr("&Project"))
        project_menu.addAction(self.new_project_action)
        project_menu.addAction(self.new_workshop_action)
        project_menu.addSeparator()
        project_menu.addAction(self.kiosk_action)
        project_menu.addAction(self.forms_action)
        project_menu.addSeparator()
        project_menu.addAction(self.demo_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.view_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.run.projector_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_project_action, self.new_workshop_action, None,
                       self.undo_action, self.redo_action):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)

    def _connect_signals(self) -> None:
        self.nav.currentItemChanged.connect(self._on_nav_current_item_changed)
        self.welcome.create_project.connect(self.new_project)
        self.welcome.open_demo.connect(self.demo_requested.emit)
        for widget, _icon, _title in self.views:
            if hasattr(widget, "status_message"):
                widget.status_message.connect(
                    lambda text: self.statusBar().showMessage(text, 5000))
        self.bus.structure_changed.connect(self.refresh_navigation)
        self.bus.undo_refused.connect(self._undo_refused)
        # Weighted results depend on the reference profile.
        self.representativeness.reference_changed.connect(lambda _pid: self.results.refresh())
        self.conflicts.open_count_changed.connect(self._show_conflict_count)
        self.conflicts.refresh()

    def _undo_refused(self, exc) -> None:
        """An undo or redo the database refused: the step has left the stack; say why."""
        QMessageBox.warning(self, self.tr("This step cannot be undone or redone"),
                            error_text(exc))

    # ------------------------------------------------------------------ navigation
    def refresh_navigation(self, select_id: str | None = None) -> None:
        current = self.nav.currentItem()
        select_id = select_id or (current.data(0, ROLE_ID) if current else None)
        self.nav.blockSignals(True)
        self.nav.clear()
        chosen = first = None
        for project in projects.list_projects(self.db):
            top = QTreeWidgetItem(self.nav, [project.name])
            top.setIcon(0, icon("project"))
            top.setData(0, ROLE_KIND, "project")
            top.setData(0, ROLE_ID, project.id)
            top.setToolTip(0, "\n".join(filter(None, (project.name, project.description))))
            first = first or top
            if project.id == select_id:
                chosen = top
            for workshop in projects.list_workshops(self.db, project.id):
                date = workshop.date.isoformat() if workshop.date else ""
                item = QTreeWidgetItem(top, [f"{workshop.code} · {workshop.title}"])
                item.setIcon(0, icon("workshop"))
                item.setData(0, ROLE_KIND, "workshop")
                item.setData(0, ROLE_ID, workshop.id)
                item.setToolTip(0, f"{workshop.code} · {workshop.title}\n"  # names get elided
                                   f"{date} {workshop.venue}\n"
                                   f"{labels.workshop_status(workshop.status)}")
                if workshop.id == select_id:
                    chosen = item
            top.setExpanded(True)
        chosen = chosen or first
        self.nav.blockSignals(False)
        has_projects = self.nav.topLevelItemCount() > 0
        self.stack.setCurrentWidget(self.splitter if has_projects else self.welcome)
        self.new_workshop_action.setEnabled(has_projects)
        if chosen is not None:
            # Rebuilding the tree leaves no current item, so setCurrentItem would always signal
            # a change; the views are told once, here.
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(chosen)
            self.nav.blockSignals(False)
            self._on_nav_current_item_changed(chosen, None)

    def current_scope(self) -> tuple[str | None, str | None]:
        """(project id, workshop id or None) of the navigation selection."""
        item = self.nav.currentItem()
        if item is None:
            return None, None
        if item.data(0, ROLE_KIND) == "workshop":
            return item.parent().data(0, ROLE_ID), item.data(0, ROLE_ID)
        return item.data(0, ROLE_ID), None

    def _on_nav_current_item_changed(self, item, _previous) -> None:
        if item is None:
            return
        project_id, workshop_id = self.current_scope()
        heading = item.text(0) if workshop_id is None else \
            f"{item.parent().text(0)} — {item.text(0)}"
        self.overview.set_scope(project_id, workshop_id, heading)
        for action in (self.import_ideas_action, self.kiosk_action, self.forms_action):
            action.setEnabled(workshop_id is not None)
        self.export_action.setEnabled(project_id is not None)
        self.reports_action.setEnabled(project_id is not None)
        for widget, _icon, _title in self.views:
            if widget is not self.overview:
                widget.set_scope(project_id, workshop_id)

    def _show_view(self, widget) -> None:
        self.tabs.setCurrentWidget(widget)
        widget.setFocus()

    def select(self, record_id: str) -> None:
        self.refresh_navigation(record_id)

    # ------------------------------------------------------------------ actions
    def new_project(self) -> None:
        dialog = ProjectDialog(self.db, self)
        if dialog.exec():
            announce(self.bus, Change(structure=True), NotUndoable.SETUP)
            self.refresh_navigation(dialog.project.id)
            self.statusBar().showMessage(self.tr("Project created."), 5000)

    def new_workshop(self) -> None:
        project_id, _ = self.current_scope()
        if project_id is None:
            return
        dialog = WorkshopDialog(self.db, project_id, self)
        if dialog.exec():
            announce(self.bus, Change(structure=True), NotUndoable.SETUP)
            self.refresh_navigation(dialog.workshop.id)
            self.statusBar().showMessage(self.tr("Workshop created."), 5000)

    def start_kiosk_mode(self) -> None:
        _, workshop_id = self.current_scope()  # None: start_kiosk explains what to choose
        start_kiosk(self.db, workshop_id, self.bus, self)

    # reportlab, pdfium and openpyxl load on first use, not at every start of the app.
    def paper_forms(self) -> None:
        from .forms_dialog import PaperFormsDialog

        _, workshop_id = self.current_scope()
        if workshop_id is not None:
            PaperFormsDialog(self.db, workshop_id, self).exec()

    def export_data(self) -> None:
        from . import export_dialog

        export_dialog.export_data(self)

    def _show_conflict_count(self, count: int) -> None:
        text = (self.tr("Conf&licts (%1)").replace("%1", str(count)) if count
                else self.tr("Conf&licts"))
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), text)

    def sync_keys(self) -> None:
        from .sync.keys_dialog import show_keys

        show_keys(self)

    def export_sync_package(self) -> None:
        from .sync.export_package import export_package

        export_package(self)

    def import_sync_packages(self) -> None:
        from .sync.import_packages import import_packages

        import_packages(self)
        self.conflicts.refresh()

    def reports(self) -> None:
        from . import report_dialog

        view = self.tabs.currentWidget()
        ids = view.selected_ids() if hasattr(view, "selected_ids") else []
        report_dialog.open_reports(self, ids)

    def import_ideas(self) -> None:
        from . import import_dialog

        import_dialog.import_ideas(self)

    def change_status(self) -> None:
        from .status_dialog import change_status

        view = self.tabs.currentWidget()
        ids = view.selected_ids() if hasattr(view, "selected_ids") else []
        if not ids:
            self.statusBar().showMessage(
                self.tr("Select one or more ideas first, in the Ideas or Decisions tab."), 5000)
            return
        change_status(self, self.db, self.undo_stack, self.bus, ids, self.qsettings)

    def find(self) -> None:
        self._show_view(self.ideas)
        self.ideas.focus_search()

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), "", self.tr("Smart City database (*.sqlite)"))
        if path:
            if not path.endswith(".sqlite"):
                path += ".sqlite"
            self.open_requested.emit(path)

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), "",
            self.tr("Smart City database (*.sqlite);;All files (*)"))
        if path:
            self.open_requested.emit(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = settings.RECENT_DATABASES.get(self.qsettings)
        for n, path in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{n} {path}")
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About %s") % APP_NAME, self.tr(
            "<h3>%1 %2</h3><p>An offline tool for community co-creation workshops about "
            "smarter, greener and more inclusive cities and regions.</p>"
            "<p>Database: %3</p><p>Icons: Material Design Icons via QtAwesome. "
            "SDG colours: United Nations.</p>")
            .replace("%1", APP_NAME).replace("%2", __version__)
            .replace("%3", str(self.db.path or self.db.engine.url)))

    def _update_title(self) -> None:
        name = self.db.path.name if self.db.path else str(self.db.engine.url)
        self.setWindowTitle(f"{name} — {APP_NAME}")

    # ------------------------------------------------------------------ state
    def _saved_bytes(self, setting) -> QByteArray | None:
        # Read directly: Setting.get() turns untyped (object) values into their default.
        value = self.qsettings.value(setting.key)
        return value if isinstance(value, (QByteArray, bytes)) else None

    def _restore_state(self) -> None:
        geometry = self._saved_bytes(settings.WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self._saved_bytes(settings.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = self._saved_bytes(settings.SPLITTER_STATE)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event) -> None:  # noqa: N802
        settings.WINDOW_GEOMETRY.set(self.qsettings, self.saveGeometry())
        settings.WINDOW_STATE.set(self.qsettings, self.saveState())
        if self.stack.currentWidget() is self.splitter:  # a hidden splitter has no real sizes
            settings.SPLITTER_STATE.set(self.qsettings, self.splitter.saveState())
        super().closeEvent(event)
