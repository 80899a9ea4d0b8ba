"""The kiosk's look: large type, big touch targets, high contrast, and a focus frame only
while someone uses the keyboard."""

from __future__ import annotations

from ...core.resources import resource

BASE_POINT_SIZE = 20
BUTTON_HEIGHT = 60

STYLE = """
KioskWindow { background: #ffffff; }
QWidget { color: #111111; }
QScrollArea, QScrollArea > QWidget > QWidget { background: #ffffff; border: none; }
QLabel#heading { font-size: 30pt; font-weight: bold; color: #0b2540; }
QLabel#step { font-size: 18pt; color: #3d4a55; }
QLabel#question { font-size: 21pt; font-weight: bold; }
QLabel#hint { font-size: 18pt; color: #3d4a55; }
QLabel#thanks { font-size: 60pt; font-weight: bold; color: #0b6e4f; }
QLabel#workshop { font-size: 18pt; color: #3d4a55; }
QLabel#message { font-size: 19pt; background: #fff4d6; border: 2px solid #8a5a00;
                 border-radius: 12px; padding: 12px 16px; color: #3b2600; }
QLabel#error { font-size: 19pt; background: #fde7ea; border: 2px solid #b00020;
               border-radius: 12px; padding: 12px 16px; color: #6d0014; }
QLabel#counter { font-size: 18pt; color: #3d4a55; }
QPlainTextEdit, QLineEdit { background: #ffffff; border: 3px solid #44515c; border-radius: 14px;
                            padding: 10px 14px; font-size: 24pt;
                            selection-background-color: #0b4f8a; selection-color: #ffffff; }
QPlainTextEdit:focus, QLineEdit:focus { border: 4px solid #0b4f8a; }
QPushButton { min-height: %(button)dpx; padding: 4px 18px; font-size: 20pt; background: #eef2f6;
              border: 3px solid #44515c; border-radius: 16px; color: #111111; }
QPushButton:hover { background: #e2e8ee; }
QPushButton:pressed { background: #c9d3dc; }
QPushButton:checked { background: #d3e7ff; border: 3px solid #0b4f8a; color: #0b2540; }
QPushButton:disabled { color: #8a939b; border-color: #b9c1c8; background: #f4f6f8; }
QPushButton#primary { background: #0b6e4f; color: #ffffff; border: 3px solid #0b6e4f;
                      font-weight: bold; font-size: 24pt; min-width: 220px;
                      min-height: 76px; padding: 4px 40px; }
QPushButton#primary:hover { background: #095c42; }
QPushButton#secondary { background: #ffffff; border: 3px solid #44515c; min-height: 76px;
                        min-width: 160px; }
QPushButton#key { font-size: 30pt; font-weight: bold; min-width: 116px; min-height: 80px;
                  padding: 0; }
QPushButton#exit { background: transparent; border: none; min-height: 44px; min-width: 44px;
                   padding: 0; }
QCheckBox { font-size: 20pt; spacing: 18px; padding: 10px 4px; }
QCheckBox::indicator { width: 44px; height: 44px; }
QCheckBox::indicator:unchecked { image: url(%(check_off)s); }
QCheckBox::indicator:checked { image: url(%(check_on)s); }
QFrame#consent { background: #f4f6f8; border: 2px solid #c9d3dc; border-radius: 14px; }
QFrame#banner { background: #ffd54f; border-bottom: 3px solid #8a5a00; }
QFrame#banner QLabel { font-size: 24pt; font-weight: bold; color: #111111; }
QFrame#bottom { background: #f4f6f8; border-top: 2px solid #c9d3dc; }
QScrollBar:vertical { width: 28px; background: #eef2f6; }
QScrollBar::handle:vertical { background: #8a959f; border-radius: 10px; min-height: 60px; }
"""

# Only while someone uses the keyboard (Tab) does the focused control get an orange frame; a
# frame on a touched button would look like a choice.
KEYBOARD_STYLE = """
QPushButton:focus, QPushButton#primary:focus, QPushButton#secondary:focus,
QPushButton#key:focus { border: 3px solid #c25e00; background: #fff0e0; }
QPushButton#primary:focus { background: #0b6e4f; }
QPushButton:checked:focus { background: #d3e7ff; }
QCheckBox:focus { background: #ffe8cc; }
"""


def kiosk_style(keyboard: bool) -> str:
    values = {"button": BUTTON_HEIGHT,
              "check_off": resource("icons", "kiosk-check-off.svg").as_posix(),
              "check_on": resource("icons", "kiosk-check-on.svg").as_posix()}
    return STYLE % values + (KEYBOARD_STYLE if keyboard else "")
