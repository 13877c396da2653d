print("mod_raises: executing")
partial = "set before the error"
raise ValueError("mod_raises failed during import")
