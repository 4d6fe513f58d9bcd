print(int("12"))
int("twelve")
