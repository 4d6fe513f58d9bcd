import sys
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print(sep="ignored", end="only end\n")
print(1, [2, "3"], (4,), {"5": 6}, None, True, 7.0, sep=" | ")
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)
print("x", end="")
print("y", end="")
print()
r = print("print returns")
print(r)
print("", "", sep="[]")
print("multi", "args", "with", "default", "sep")
print(*range(5), sep=", ")
print(*[], sep="x")
print("tab\tseparated", "new\nline")
print("unicode: é ñ 日本 😀")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", bogus=1)
except TypeError as e:
    print("TypeError:", e)
class Obj:
    def __str__(self):
        return "Obj.__str__"
    def __repr__(self):
        return "Obj.__repr__"
print(Obj(), [Obj()], str(Obj()), repr(Obj()))
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print(end="")
print("last line without newline", end="")
