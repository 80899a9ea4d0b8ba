"""The Decisions view: the ideas of a project or workshop on their way to a decision
(:mod:`.view`), listed by a lazily paged model with the status log drawn by a delegate
(:mod:`.model`)."""
