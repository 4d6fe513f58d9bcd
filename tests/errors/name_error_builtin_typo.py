print("start")
pritn("oops")
