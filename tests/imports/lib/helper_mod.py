print("helper_mod body running as", __name__)
CONSTANT = 42
_private = "hidden"
def double(x):
    return x * 2
class Helper:
    def hello(self):
        return "hello from Helper in " + __name__
counter = 0
def bump():
    global counter
    counter += 1
    return counter
