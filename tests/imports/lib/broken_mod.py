print("broken_mod starting")
PARTIAL = 1
raise ValueError("broken_mod failed during import")
