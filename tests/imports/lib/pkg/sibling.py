print("lib.pkg.sibling running")
SIBLING = "sibling value"
