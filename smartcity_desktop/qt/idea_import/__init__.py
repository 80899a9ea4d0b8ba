"""Import ideas from a CSV or XLSX file: the dialog (:mod:`.dialog`) and the preview of the
rows with their problems (:mod:`.preview`)."""
