words = ["hello", "Hello World", "HELLO", "hELLO wORLD", "they're bill's", "123abc", "", "a1b2 c3"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
for w in ["abc", "ABC", "Abc", "Abc Def", "abc1", "123", "1.5", " ", "", "a b", "\t\n", "ab_c", "Ab Cd1"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isalnum(), w.isupper(), w.islower(),
          w.istitle(), w.isspace(), w.isdecimal(), w.isnumeric(), w.isidentifier(), w.isascii())
print("_x".isidentifier(), "2x".isidentifier(), "class".isidentifier(), "é".isidentifier())
