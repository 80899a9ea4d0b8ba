"""File ▸ Reports…: the PDF reports, previewed before they are saved (:mod:`.dialog`, laid out
in :mod:`.layout`). The builders and the options they get are in :mod:`.builders`; the
services' builders run in a child process (:mod:`.child`); :mod:`.files` saves the previewed
file."""
