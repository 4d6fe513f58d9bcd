# str searching and replacing: find/index/count/startswith/partition/replace, with ranges and errors.

text = "the cat sat on the mat with the hat"
print(text.find("the"), text.find("the", 1), text.rfind("the"), text.find("dog"), text.rfind("the", 0, 20))
print(text.index("sat"), text.rindex("at"), text.count("the"), text.count("at", 10), text.count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "".find(""), "abc".find("", 10), "abc".find("", 3))
print(text.startswith("the"), text.startswith(("a", "th")), text.endswith("hat"), text.endswith("the", 0, 18))
print(text.startswith("cat", 4), text.startswith("", 100), "abc".endswith(()))
print(text.partition(" on "), text.rpartition("the"), text.partition("xyz"), text.rpartition("xyz"))
print(text.replace("the", "a"), text.replace("the", "THE", 2), text.replace("", "-", 3), "aaa".replace("a", "", 1))
print("abc".replace("", "."), "banana".replace("ana", "ANA"), "x".replace("x", "yx" * 3))
print("a,b,,c".split(","), "mississippi".split("ss"), "hello"[::-1], "ab" in "cab", "" in "x")
for call in [lambda: text.index("dog"), lambda: text.rindex("z"), lambda: "abc".index(""),
             lambda: text.startswith(["the"]), lambda: text.count(1), lambda: "a".replace("a")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")


def highlight(haystack, needle, marker="*"):
    out, pos = [], 0
    while (i := haystack.find(needle, pos)) != -1:
        out.append(haystack[pos:i])
        out.append(marker + needle + marker)
        pos = i + len(needle)
    out.append(haystack[pos:])
    return "".join(out)


print(highlight(text, "at"))
print(highlight("aaaa", "aa", "|"))


def all_positions(s, sub):
    return [i for i in range(len(s)) if s.startswith(sub, i)]


print(all_positions("abababa", "aba"), all_positions(text, "the"))
template = "Dear {name}, your order {order} ships {when}."
filled = template
for key, value in {"name": "Ann", "order": "#42", "when": "today"}.items():
    filled = filled.replace("{" + key + "}", value)
print(filled)
print("tab\tsep".expandtabs(), "a\tbb\tccc".expandtabs(4), "x\ty".expandtabs(0), "1\t2\n3\t4".expandtabs(3))
print("%".join(["a", "b"]), "prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("a-b_c d".translate(str.maketrans("-_", "  ")), "hello".translate(str.maketrans("", "", "l")))
print("abc".translate({97: "AA", 98: None}), str.maketrans({"a": "1"}), str.maketrans("ab", "xy"))
