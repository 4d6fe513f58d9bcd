text = """starts here
and keeps going
