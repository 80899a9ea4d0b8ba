"""The Capture view (:mod:`.view`): fast idea entry during a meeting or from a pile of paper
cards. The form with its pins, completers and keys is built in :mod:`.form`, saving it and
showing its problems is in :mod:`.saving`, and the list of the workshop's ideas below it is in
:mod:`.idea_list`."""

from .view import CaptureView

__all__ = ["CaptureView"]
