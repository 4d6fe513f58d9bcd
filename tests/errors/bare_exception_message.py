print("raising with no message")
raise ValueError
