print("this string never ends)
