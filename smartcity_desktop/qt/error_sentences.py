"""Every error sentence the user can see: one translatable template per reason (context
"Errors", so pyside6-lupdate extracts it), with the details that fill its %1, %2 … .
:mod:`.errors` looks reasons up here; add the sentence for a new reason to :data:`TEMPLATES`
(a test fails for a reason the code can give without one)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


#: The categories (class codes) of errors raised without a reason of their own: their message is
#: all there is to show.
SHOWN_AS_MESSAGE = frozenset({
    "error", "invalid", "export_failed", "report_failed", "package_export_failed",
    "import_file", "reference_file", "db_refused", "key_error", "package_rejected"})

#: reason -> (the translated sentence, the details that fill %1, %2, …). A detail name may
#: say how to show its value after a colon: ``:mb`` (bytes as megabytes), ``:workshop_status``,
#: ``:.3f`` (a number format). ``what`` and ``field`` are translated nouns, ``status`` an idea
#: status, ``message`` the English message (for technical details). Lists are joined.
Template = tuple[Callable[[], str], tuple[str, ...]]


TEMPLATES: dict[str, Template] = {
    # ---- records and fields (any service)
    "not_found": (lambda: translate("Errors", "No %1 with id %2."), ("what", "id")),
    "required": (lambda: translate("Errors", "The %1 must not be empty."), ("field",)),
    "too_long": (lambda: translate("Errors", "The %1 is %2 characters long; the limit is %3."),
                 ("field", "length", "limit")),
    "not_one_of": (lambda: translate("Errors", "“%1” is not one of: %2."), ("value", "choices")),
    "not_a_number": (lambda: translate("Errors", "“%1” is not a number."), ("value",)),
    "not_whole_number": (lambda: translate("Errors", "The %1 must be a whole number, not “%2”."),
                         ("field", "value")),
    "out_of_range": (lambda: translate("Errors", "The %1 must be from %2 to %3; %4 is not."),
                     ("field", "low", "high", "value")),
    "too_small": (lambda: translate("Errors", "The %1 must be at least %2; %3 is not."),
                  ("field", "low", "value")),
    # ---- files and folders
    "folder_missing": (lambda: translate(
        "Errors", "The folder %1 does not exist; choose an existing folder."), ("path",)),
    "folder_read_only": (lambda: translate(
        "Errors", "The folder %1 is read-only; choose another folder."), ("path",)),
    "folder_not_empty": (lambda: translate(
        "Errors", "The folder %1 is not empty; choose a new folder name."), ("path",)),
    "is_folder": (lambda: translate("Errors", "%1 is a folder; give a file name."), ("path",)),
    "is_file": (lambda: translate("Errors", "%1 is a file; give a name for a new folder."),
                ("path",)),
    "write_failed": (lambda: translate("Errors", "Could not write %1 (%2); nothing was saved."),
                     ("path", "error")),
    "read_failed": (lambda: translate("Errors", "Cannot read %1 (%2)."), ("path", "error")),
    "file_name_missing": (lambda: translate("Errors", "Give a file name for the PDF."), ()),
    "pdf_name_is_md": (lambda: translate(
        "Errors", "The PDF needs a file name that does not end in .md."), ()),
    "cancelled": (lambda: translate("Errors", "Cancelled; nothing was written."), ()),
    "export_cancelled": (lambda: translate(
        "Errors", "The export was cancelled; nothing was written."), ()),
    "report_cancelled": (lambda: translate(
        "Errors", "The report was cancelled; nothing was written."), ()),
    "package_cancelled": (lambda: translate("Errors", "Cancelled; nothing was written."), ()),
    "report_process_stopped": (lambda: translate(
        "Errors", "The process making the report stopped unexpectedly; nothing was written."),
        ()),
    "printer_failed": (lambda: translate("Errors", "The printer could not be started."), ()),
    # ---- files that are read (ideas, reference figures, votes)
    "unreadable": (lambda: translate("Errors", "Cannot read %1."), ("path",)),
    "too_big": (lambda: translate(
        "Errors", "The file is %1 MB; files up to %2 MB can be read. Split it into smaller "
        "files."), ("size:mb", "limit:mb")),
    "too_many_rows": (lambda: translate(
        "Errors", "The file has more than %1 rows; split it into smaller files."), ("limit",)),
    "too_many_columns": (lambda: translate("Errors", "The file has more than %1 columns."),
                         ("limit",)),
    "cell_too_big": (lambda: translate(
        "Errors", "The file has a cell too large to be an idea near line %1."), ("line",)),
    "not_text": (lambda: translate(
        "Errors", "The file is not a text (CSV) file. Save it as CSV (UTF-8) or Excel (.xlsx) "
        "and load that file."), ()),
    "not_utf8": (lambda: translate(
        "Errors", "The file is not UTF-8 text. Save it as “CSV UTF-8” in Excel or as UTF-8 in "
        "LibreOffice and load it again."), ()),
    "unknown_encoding": (lambda: translate("Errors", "“%1” is not a known text encoding."),
                         ("encoding",)),
    "bad_quotes": (lambda: translate(
        "Errors", "The file is not valid CSV near line %1: check the quotes (\") on that line."),
        ("line",)),
    "not_xlsx": (lambda: translate(
        "Errors", "The file is not an Excel workbook (.xlsx) or it is damaged. Open it in Excel "
        "or LibreOffice and save it again as .xlsx or CSV."), ()),
    "old_xls": (lambda: translate(
        "Errors", "The file is in the old Excel format (.xls). Open it in Excel or LibreOffice "
        "and save it as .xlsx or CSV."), ()),
    "ods": (lambda: translate(
        "Errors", "The file is not an Excel or CSV file. Save it as .xlsx or CSV (UTF-8) and "
        "import that file."), ()),
    "unknown_sheet": (lambda: translate(
        "Errors", "The workbook has no sheet “%1”; its sheets are: %2."), ("sheet", "sheets")),
    "empty": (lambda: translate("Errors", "The file holds no data."), ()),
    "missing_columns": (lambda: translate(
        "Errors", "The file does not name its columns. The first line that is not a comment "
        "must read dimension,category,count (or share)."), ()),
    "no_value_column": (lambda: translate(
        "Errors", "The file has neither a count nor a share column."), ()),
    # ---- database files
    "db_not_ours": (lambda: translate(
        "Errors", "%1 is not a Smart City database. Nothing was changed in it."), ("path",)),
    "db_newer_schema": (lambda: translate(
        "Errors", "%1 was made by a newer version of the app. Update the app to open it. "
        "Nothing was changed in it."), ("path",)),
    "db_corrupt": (lambda: translate(
        "Errors", "The database %1 is damaged and cannot be opened. Nothing was changed in it; "
        "a backup copy may help."), ("path",)),
    "db_connect_failed": (lambda: translate("Errors", "Cannot connect to %1: %2"),
                          ("path", "error")),
    # ---- projects, workshops, participants
    "workshop_code_invalid": (lambda: translate(
        "Errors", "Workshop code “%1” must be 1 to 8 letters A-Z or digits, e.g. W3."),
        ("code",)),
    "workshop_code_taken": (lambda: translate(
        "Errors", "A workshop with code %1 already exists."), ("code",)),
    "workshop_unknown": (lambda: translate("Errors", "There is no workshop %1."), ("code",)),
    "workshop_other_project": (lambda: translate(
        "Errors", "The workshop belongs to another project."), ()),
    "status_transition": (lambda: translate(
        "Errors", "A workshop that is “%1” cannot become “%2”."),
        ("current:workshop_status", "status:workshop_status")),
    "workshop_closed": (lambda: translate(
        "Errors", "Workshop %1 is closed; its agenda can no longer change."), ("code",)),
    "workshop_not_started": (lambda: translate(
        "Errors", "Workshop %1 has not started yet; start its first activity before closing "
        "it."), ("code",)),
    "workshop_without_ideas": (lambda: translate(
        "Errors", "Workshop %1 has no ideas yet; there is nothing to report back."), ("code",)),
    "agenda_empty": (lambda: translate("Errors", "The agenda is empty: add an activity first."),
                     ()),
    "agenda_done": (lambda: translate("Errors", "Every activity on the agenda has been run."),
                    ()),
    "activity_running": (lambda: translate("Errors", "“%1” is still running."), ("activity",)),
    "no_activity_running": (lambda: translate("Errors", "No activity is running."), ()),
    "activity_started": (lambda: translate(
        "Errors", "“%1” has already started; it can no longer be changed."), ("activity",)),
    "position_before_started": (lambda: translate(
        "Errors", "An activity cannot go before the ones that have already started."), ()),
    "minutes_invalid": (lambda: translate("Errors", "“%1” is not a whole number of minutes."),
                        ("value",)),
    "minutes_out_of_range": (lambda: translate(
        "Errors", "%1 minutes is not between %2 and %3."), ("minutes", "low", "high")),
    # participant codes as the idea intake reads them (services/ideas/intake.py)
    "participant_not_a_code": (lambda: translate(
        "Errors", "“%1” is not a participant code like W3-017."), ("code",)),
    "participant_not_found": (lambda: translate("Errors", "There is no participant %1."),
                              ("code",)),
    "participant_other_workshop": (lambda: translate(
        "Errors", "Participant %1 belongs to workshop %2."), ("code", "workshop")),
    "participant_unknown_workshop": (lambda: translate(
        "Errors", "%1 is not a code of this workshop: there is no workshop %2."),
        ("code", "workshop")),
    "participant_code_twice": (lambda: translate("Errors", "The code %1 is given twice."),
                               ("code",)),
    "too_many_codes": (lambda: translate("Errors", "At most %1 codes at a time."), ("limit",)),
    "nothing_to_print": (lambda: translate(
        "Errors", "Nothing to print: ask for at least one registration form or idea card."), ()),
    "contact_without_consent": (lambda: translate(
        "Errors", "Contact details can only be recorded when the participant agreed to be "
        "contacted."), ()),
    "email_invalid": (lambda: translate("Errors", "“%1” is not an e-mail address."), ("value",)),
    "dimension_unknown": (lambda: translate(
        "Errors", "“%1” is not a demographic question of this project (the questions are %2)."),
        ("value", "known")),
    "category_unknown": (lambda: translate(
        "Errors", "“%1” is not a category of %2 (the categories are %3)."),
        ("value", "dimension_label", "known")),
    # ---- ideas, themes and statuses
    "idea_deleted": (lambda: translate("Errors", "The idea has been deleted meanwhile."), ()),
    "idea_other_workshop": (lambda: translate(
        "Errors", "The idea belongs to another workshop."), ()),
    "no_ideas": (lambda: translate("Errors", "Choose at least one idea."), ()),
    "no_status": (lambda: translate("Errors", "Choose the new status."), ()),
    "no_date": (lambda: translate("Errors", "Choose the date of the decision."), ()),
    "already_status": (lambda: translate(
        "Errors", "Nothing to change: the status is already “%1”."), ("status",)),
    "status_changed_since": (lambda: translate(
        "Errors", "The idea's status has changed since; undo the later change first."), ()),
    "sort_unknown": (lambda: translate("Errors", "Cannot sort by “%1”."), ("value",)),
    "sdg_unknown": (lambda: translate(
        "Errors", "There is no SDG %1: SDGs are numbered 1 to 17."), ("numbers",)),
    "sdg_unreadable": (lambda: translate("Errors", "Cannot read SDG numbers from “%1”."),
                       ("value",)),
    "theme_exists": (lambda: translate(
        "Errors", "The project already has a theme called “%1”. Choose another name, or merge "
        "the two themes."), ("existing",)),
    "theme_other_project": (lambda: translate(
        "Errors", "Ideas and themes of different projects cannot be combined."), ()),
    "ideas_several_projects": (lambda: translate(
        "Errors", "The ideas belong to different projects."), ()),
    "theme_removed": (lambda: translate(
        "Errors", "A theme the ideas were in has been removed."), ()),
    "theme_merge_itself": (lambda: translate(
        "Errors", "A theme cannot be merged into itself."), ()),
    "ideas_not_in_theme": (lambda: translate(
        "Errors", "%1 of the chosen ideas are not in the theme “%2”."), ("count", "theme")),
    "ideas_left_theme": (lambda: translate(
        "Errors", "Some ideas have left the theme since."), ()),
    "theme_without_ideas": (lambda: translate(
        "Errors", "The theme “%1” has no ideas yet; there is nothing to put in a brief."),
        ("theme",)),
    "brief_scope": (lambda: translate(
        "Errors", "Choose a theme or a set of ideas (exactly one)."), ()),
    # ---- exports
    "export_scope_missing": (lambda: translate(
        "Errors", "Choose either a project or a workshop to export."), ()),
    "top_missing": (lambda: translate(
        "Errors", "Say how many of the round's top ideas to export."), ()),
    "top_needs_round": (lambda: translate(
        "Errors", "A top N needs a prioritisation round."), ()),
    "nothing_to_export": (lambda: translate(
        "Errors", "No idea matches the selection; nothing to export."), ()),
    "no_language": (lambda: translate("Errors", "Give at least one language."), ()),
    # ---- prioritisation rounds and votes
    "wrong_method": (lambda: translate(
        "Errors", "“%1” is a round of another kind; these votes do not fit it."), ("name",)),
    "round_closed": (lambda: translate(
        "Errors", "The round “%1” is closed: no more votes are taken. Reopen it to change its "
        "votes."), ("name",)),
    "ballot_needs_participant": (lambda: translate(
        "Errors", "A ballot needs the participant who voted (a tally from the wall has no "
        "participant)."), ()),
    "ballot_without_ideas": (lambda: translate(
        "Errors", "A ballot needs at least one idea."), ()),
    "ballot_unnamed": (lambda: translate(
        "Errors", "Name the ballot (a ballot number) or its participant."), ()),
    "ballot_exists": (lambda: translate(
        "Errors", "Ballot “%1” has been entered already in this round."), ("ballot",)),
    "participant_has_ballot": (lambda: translate(
        "Errors", "%1 has a ranking ballot in this round already."), ("code",)),
    "ranking_idea_twice": (lambda: translate(
        "Errors", "A ranking ballot lists each idea once; one idea appears twice."), ()),
    "too_many_dots": (lambda: translate(
        "Errors", "Each participant has %1 dots in this round; this ballot gives %2."),
        ("limit", "given")),
    "too_many_dots_used": (lambda: translate(
        "Errors", "Each participant has %1 dots in this round; this ballot gives %2. They have "
        "used %3 already."), ("limit", "given", "used")),
    "tally_invalid": (lambda: translate(
        "Errors", "A tally is a whole number of dots from 0 to %1, not “%2”."),
        ("high", "value")),
    "tally_without_dots": (lambda: translate(
        "Errors", "A row without participant is a wall tally and needs its number of dots."),
        ()),
    "tally_twice": (lambda: translate(
        "Errors", "The same idea and group has a tally on row %1 already."), ("row",)),
    "dot_colour_unknown": (lambda: translate(
        "Errors", "The dot colour must stand for a group (a demographic or stakeholder "
        "category) of this project."), ()),
    "group_on_ballot": (lambda: translate(
        "Errors", "A dot colour group belongs on a wall tally (a row without participant); a "
        "ballot is split by the participant's own answers."), ()),
    "group_unknown": (lambda: translate(
        "Errors", "“%1” is not a group (category) of this project's demographic or stakeholder "
        "questions."), ("value",)),
    "group_ambiguous": (lambda: translate(
        "Errors", "“%1” is a group of several questions (%2); write question:group, e.g. %3."),
        ("value", "dimensions", "example")),
    "scorer_one": (lambda: translate(
        "Errors", "Scores are given by a participant or by a table group: name exactly one of "
        "them."), ()),
    "no_scores": (lambda: translate("Errors", "Give at least one criterion score."), ()),
    "score_invalid": (lambda: translate(
        "Errors", "A score must be a whole number from %1 to %2, not “%3”."),
        ("low", "high", "value")),
    "score_twice": (lambda: translate(
        "Errors", "The same scorer scored this idea on row %1 already."), ("row",)),
    "criterion_unknown": (lambda: translate(
        "Errors", "“%1” is not a criterion of this project."), ("id",)),
    "pair_same_idea": (lambda: translate("Errors", "An idea cannot be compared with itself."),
                       ()),
    "winner_unknown": (lambda: translate(
        "Errors", "The winner must be a, b or cant_decide (or the idea as written in idea_a "
        "or idea_b), not “%1”."), ("value",)),
    "idea_number_unknown": (lambda: translate(
        "Errors", "%1 has no idea number %2 (its ideas are numbered 1 to %3)."),
        ("workshop", "number", "count")),
    "idea_unknown": (lambda: translate(
        "Errors", "“%1” is neither an idea number of %2 nor the id of one of its ideas."),
        ("value", "workshop")),
    "vote_import_refused": (lambda: translate(
        "Errors", "Nothing was imported from %1: it has %2 problem(s)."), ("file", "problems")),
    # ---- reference figures (representativeness)
    "reference_rejected": (lambda: translate(
        "Errors", "Nothing was loaded: %1 has %2 problem(s)."), ("file", "count")),
    "reference_other_project": (lambda: translate(
        "Errors", "Some reference rows are not part of this project."), ()),
    "dimension_missing": (lambda: translate("Errors", "The dimension is empty."), ()),
    "category_missing": (lambda: translate("Errors", "The category is empty."), ()),
    "category_prefer_not_to_say": (lambda: translate(
        "Errors", "“Prefer not to say” is an answer, not a group of the population: leave it "
        "out."), ()),
    "count_unreadable": (lambda: translate("Errors", "“%1” is not a number."), ("value",)),
    "count_negative": (lambda: translate("Errors", "The count %1 is below 0."), ("value",)),
    "share_unreadable": (lambda: translate(
        "Errors", "“%1” is not a share like 0.25 or 25%."), ("value",)),
    "share_out_of_range": (lambda: translate(
        "Errors", "The share %1 is not between 0 and 1 (write a percentage with %, e.g. 25%)."),
        ("value",)),
    "value_missing": (lambda: translate("Errors", "The row has no count and no share."), ()),
    "year_unreadable": (lambda: translate("Errors", "“%1” is not a year like 2014."),
                        ("value",)),
    "source_too_long": (lambda: translate(
        "Errors", "The source is %1 characters long; the limit is %2."), ("length", "limit")),
    "duplicate": (lambda: translate("Errors", "The same category is already on line %1."),
                  ("first",)),
    "dimension_mixed": (lambda: translate(
        "Errors", "%1 mixes counts and shares: give every category a count, or every category "
        "a share."), ("dimension_label",)),
    "shares_sum": (lambda: translate("Errors", "The shares of %1 add up to %2, not 1."),
                   ("dimension_label", "total:.3f")),
    "total_zero": (lambda: translate("Errors", "The counts of %1 add up to 0."),
                   ("dimension_label",)),
    # ---- rows and columns of an idea import
    "text_empty": (lambda: translate("Errors", "The idea text is empty."), ()),
    "kind_unknown": (lambda: translate("Errors", "“%1” is not a kind: write need or idea."),
                     ("value",)),
    "source_unknown": (lambda: translate(
        "Errors", "“%1” is not a source: write paper, sticky, live or kiosk."), ("value",)),
    "goal_unknown": (lambda: translate("Errors", "Unknown strategy goal code: %1."),
                     ("codes",)),
    "author_both": (lambda: translate(
        "Errors", "An idea has a participant or a table group as author, not both."), ()),
    "unknown_field": (lambda: translate("Errors", "“%1” is not a field that can be imported."),
                      ("name",)),
    "unknown_column": (lambda: translate("Errors", "There is no column “%1”."), ("column",)),
    "column_twice": (lambda: translate(
        "Errors", "The column “%1” is chosen for two fields."), ("column",)),
    "no_text_column": (lambda: translate(
        "Errors", "Choose the column that holds the text of the ideas."), ()),
    # ---- ideas through the intake (services/ideas/intake.py) and card entry
    "theme_not_of_project": (lambda: translate(
        "Errors", "The theme does not belong to this project."), ()),
    "goal_other_project": (lambda: translate(
        "Errors", "A strategy goal is not of this project."), ()),
    "idea_not_found": (lambda: translate(
        "Errors", "An idea was deleted meanwhile, so nothing was changed."), ()),
    # ---- the database refused a write (storage.database.write_error)
    "disk_full": (lambda: translate(
        "Errors", "The disk is full: nothing was saved. Free some space and try again."), ()),
    "db_read_only": (lambda: translate(
        "Errors", "The database file %1 is read-only: nothing was saved. Open a copy you may "
        "write to."), ("path",)),
    "db_locked": (lambda: translate(
        "Errors", "Another program is writing to the database %1: nothing was saved. Try "
        "again in a moment."), ("path",)),
    "db_unreachable": (lambda: translate(
        "Errors", "The database file %1 cannot be reached (a removed USB stick?): nothing was "
        "saved."), ("path",)),
    "db_write_failed": (lambda: translate(
        "Errors", "The database refused the change (%1); nothing was saved."), ("error",)),
    # ---- a database that cannot be opened now, though the file is not damaged
    "open_disk_full": (lambda: translate(
        "Errors", "%1 cannot be opened because the disk is full. The file is not damaged: "
        "free some space and open it again."), ("path",)),
    "open_read_only": (lambda: translate(
        "Errors", "%1 cannot be opened for writing: the file or its folder is read-only. The "
        "file is not damaged: copy it to a folder you may write to."), ("path",)),
    "open_locked": (lambda: translate(
        "Errors", "%1 is in use by another program. The file is not damaged: close the other "
        "program and open it again."), ("path",)),
    "open_unreachable": (lambda: translate(
        "Errors", "%1 cannot be opened: its folder cannot be read or written (a removed USB "
        "stick?). The file is not damaged."), ("path",)),
    "kiosk_not_saved": (lambda: translate(
        "Errors", "Sorry, your idea could not be saved. Please ask the facilitator for help."),
        ()),
    "batch_closed": (lambda: translate(
        "Errors", "The batch “%1” is closed; start a new one for more cards."), ("label",)),
    "pass_single": (lambda: translate("Errors", "A single-entry batch has one pass only."), ()),
    "pass_unknown": (lambda: translate("Errors", "The pass is 1 or 2."), ()),
    # ---- keys
    "key_missing": (lambda: translate(
        "Errors", "There is no key yet: create one first under Keys."), ()),
    "key_exists": (lambda: translate("Errors", "This computer already has such a key."), ()),
    "key_wrong_passphrase": (lambda: translate(
        "Errors", "Wrong passphrase: the key could not be unlocked. Check the passphrase (and "
        "the keyboard layout) and try again."), ()),
    "key_weak_passphrase": (lambda: translate(
        "Errors", "Choose a passphrase of at least %1 characters."), ("minimum",)),
    "key_corrupt": (lambda: translate("Errors", "The key file is damaged."), ()),
    "not_key_file": (lambda: translate("Errors", "This file is not a key file of that kind."),
                     ()),
    "key_newer_version": (lambda: translate(
        "Errors", "This key file was made by a newer version of the app."), ()),
    "qr_not_office_key": (lambda: translate(
        "Errors", "This QR code is not a Smart City office key."), ()),
    "fingerprint_invalid": (lambda: translate(
        "Errors", "“%1” is not a key fingerprint (32 hex digits)."), ("value",)),
    "public_key_invalid": (lambda: translate("Errors", "This is not an Ed25519 public key."),
                           ()),
    "key_needs_device": (lambda: translate(
        "Errors", "A trusted key needs the device id it belongs to."), ()),
    # ---- sync: writing packages, conflicts
    "package_too_big": (lambda: translate(
        "Errors", "The package would be too large; export an incremental package or one per "
        "project instead."), ()),
    "since_twice": (lambda: translate(
        "Errors", "Give a starting date or an HLC stamp, not both."), ()),
    "full_package_since": (lambda: translate(
        "Errors", "A full package holds everything; a starting point needs an incremental (or "
        "return) package."), ()),
    "return_package_contacts": (lambda: translate(
        "Errors", "Return packages never carry contact details."), ()),
    "clock_stamp_invalid": (lambda: translate("Errors", "“%1” is not a clock stamp."),
                            ("value",)),
    "conflict_resolved": (lambda: translate("Errors", "This conflict is already resolved."), ()),
    "record_changed_since": (lambda: translate(
        "Errors", "The record has changed again since the conflict was resolved; the "
        "resolution cannot be undone."), ()),
    "combined_values_misplaced": (lambda: translate(
        "Errors", "Combined values are given with the choice “combined”, and only then."), ()),
    "column_fixed": (lambda: translate("Errors", "“%1” cannot be changed here."), ("column",)),
    # ---- sync: packages that are refused (the English message names the technical detail)
    "invalid_record": (lambda: translate(
        "Errors", "The package holds a record that is not valid; nothing was imported. (%1)"),
        ("message",)),
    "invalid_value": (lambda: translate(
        "Errors", "The package holds a value that is not valid; nothing was imported. (%1)"),
        ("message",)),
    "invalid_manifest": (lambda: translate(
        "Errors", "The package's description is not valid; nothing was imported. (%1)"),
        ("message",)),
    "unknown_table": (lambda: translate(
        "Errors", "“%1” is not a table this app synchronises."), ("table",)),
    "missing_column": (lambda: translate(
        "Errors", "The package lacks a column; nothing was imported. (%1)"), ("message",)),
    "duplicate_record": (lambda: translate(
        "Errors", "The package holds a record twice; nothing was imported. (%1)"),
        ("message",)),
    "missing_reference": (lambda: translate(
        "Errors", "A record refers to another record that is missing. (%1)"), ("message",)),
    "privacy": (lambda: translate(
        "Errors", "The package carries personal data it may not carry; nothing was imported. "
        "(%1)"), ("message",)),
    "constraint": (lambda: translate(
        "Errors", "The records break a rule of the database; nothing was imported. (%1)"),
        ("message",)),
    "file_not_found": (lambda: translate("Errors", "%1 does not exist."), ("path",)),
    "not_zip": (lambda: translate(
        "Errors", "The file is not a package (it is not a ZIP archive)."), ()),
    "bad_zip": (lambda: translate(
        "Errors", "The package is damaged or incomplete (was the copy interrupted?)."), ()),
    "too_large": (lambda: translate(
        "Errors", "The package is larger than a package may be."), ()),
    "too_many_entries": (lambda: translate(
        "Errors", "The package has too many entries; it was not made by this app."), ()),
    "compression_bomb": (lambda: translate(
        "Errors", "The package expands far too much: it was not made by this app."), ()),
    "absolute_path": (lambda: translate(
        "Errors", "The package contains an absolute path; it was not made by this app."), ()),
    "path_traversal": (lambda: translate(
        "Errors", "The package contains a path that leads outside it."), ()),
    "symlink": (lambda: translate(
        "Errors", "The package contains a link; packages hold only plain files."), ()),
    "unexpected_entry": (lambda: translate(
        "Errors", "The package contains an unexpected entry; it was not made by this app."),
        ()),
    "duplicate_entry": (lambda: translate("Errors", "The package contains %1 more than once."),
                        ("entry",)),
    "bad_manifest": (lambda: translate(
        "Errors", "This is not a valid Smart City package. (%1)"), ("message",)),
    "bad_jsonl": (lambda: translate(
        "Errors", "The package is damaged: %1 is not valid."), ("entry",)),
    "newer_format": (lambda: translate(
        "Errors", "The package was made by a newer version of the app. Update the app to "
        "import it."), ()),
    "newer_schema": (lambda: translate(
        "Errors", "The package comes from a newer version of the app. Update the app to "
        "import it."), ()),
    "unsigned": (lambda: translate(
        "Errors", "The package has no signature, so nobody can vouch for where it came from. "
        "It was not made by this app, or it was altered."), ()),
    "bad_signature": (lambda: translate(
        "Errors", "The package's signature does not match its contents: it was altered after "
        "it was signed, or damaged."), ()),
    "revoked_key": (lambda: translate(
        "Errors", "The package is signed with a key that was revoked (fingerprint %1)."),
        ("fingerprint",)),
    "untrusted_key": (lambda: translate(
        "Errors", "The package is signed with a key this database does not trust yet "
        "(fingerprint %1). Compare the fingerprint with the sender and trust the key to import "
        "it."), ("fingerprint",)),
    "device_mismatch": (lambda: translate(
        "Errors", "The package's key (fingerprint %1) is registered for another device."),
        ("fingerprint",)),
    "envelope_mismatch": (lambda: translate(
        "Errors", "The package arrived in another envelope than it was signed for: it was "
        "altered."), ()),
    "unlisted_file": (lambda: translate(
        "Errors", "%1 is in the package but not in its signed manifest."), ("entry",)),
    "missing_file": (lambda: translate(
        "Errors", "The manifest lists %1 but the package does not contain it."), ("entry",)),
    "hash_mismatch": (lambda: translate(
        "Errors", "%1 was changed or damaged after the package was made."), ("entry",)),
    "count_mismatch": (lambda: translate(
        "Errors", "The package holds another number of %1 records than its manifest says."),
        ("table",)),
    "needs_office_key": (lambda: translate(
        "Errors", "The package is encrypted for the office with key %1; unlock this office's "
        "key to read it."), ("recipient",)),
    "other_office": (lambda: translate(
        "Errors", "The package is encrypted for another office. Send it to the office it was "
        "made for, or ask the facilitator to export it again."), ()),
    "decrypt_failed": (lambda: translate(
        "Errors", "The encrypted package cannot be opened with this office's key: it is "
        "damaged or was altered."), ()),
}


# An import row names the field in its reason; the sentence is the same.
for _field in ("text", "title", "theme", "table_group"):
    TEMPLATES[f"{_field}_too_long"] = TEMPLATES["too_long"]

#: (reason, field or what) -> a sentence that says more than the generic one.
FIELD_TEMPLATES: dict[tuple[str, str], Template] = {
    ("not_found", "idea"): (lambda: translate(
        "Errors", "An idea was deleted meanwhile, so nothing was changed."), ()),
    ("required", "theme"): (lambda: translate("Errors", "Type a name for the theme."), ()),
    ("required", "reason"): (lambda: translate(
        "Errors", "Write down why: a status change needs a reason."), ()),
}
