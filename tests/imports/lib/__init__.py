print("lib/__init__ running, __name__ =", __name__, "__package__ =", __package__)
LIB_VALUE = "from lib/__init__"
