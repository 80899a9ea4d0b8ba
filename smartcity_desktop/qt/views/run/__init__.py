"""The Run view: the facilitator's screen during the meeting (:mod:`.view`), with its widgets
laid out in :mod:`.layout`."""
