# Ends with an uncaught AttributeError that carries a "Did you mean" suggestion.

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    def describe(self):
        if self.celsius < 0:
            return "freezing"
        if self.celsius < 20:
            return "cool"
        return "warm"


readings = [Temperature(c) for c in (-5, 12, 25)]
for t in readings:
    print(f"{t.celsius:>4}C = {t.fahrenheit:6.1f}F  {t.describe()}")

print(getattr(readings[0], "kelvin", "no kelvin attribute"))
print(hasattr(readings[1], "fahrenheit"), hasattr(readings[1], "farenheit"))
print("averaging...")
average = sum(t.farenheit for t in readings) / len(readings)
print(average)
