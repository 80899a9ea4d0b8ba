"""The clustering board ("make sense"): ideas as cards in one column per theme (:mod:`.view`)."""

from .view import BoardView

__all__ = ["BoardView"]
