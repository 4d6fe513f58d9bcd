# A global read in a hot loop is deleted; the final NameError (with its suggestion) escapes.
threshold = 10


def over(values):
    return [v for v in values if v > threshold]


data = list(range(25))
counts = []
for i in range(80):
    counts.append(len(over(data)))
    if i == 40:
        threshold = 20
print(counts[40], counts[41], counts[-1])
thresholds = threshold
del threshold
print(len(over(data)))
