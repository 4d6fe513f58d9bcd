print(__name__)
import lib.main_guard
print(lib.main_guard.run(), lib.main_guard.__name__)
if __name__ == "__main__":
    print("this file is the main module")
import sys
print(sys.modules["__main__"].__name__, "main_name" in sys.modules)
