# Ends with an uncaught IndexError from a off-by-one in a sliding-window routine.

def moving_average(values, window):
    out = []
    for i in range(len(values) - window + 1):
        out.append(sum(values[i:i + window]) / window)
    return out


def peaks(values):
    found = []
    for i in range(1, len(values) - 1):
        if values[i - 1] < values[i] > values[i + 1]:
            found.append(i)
    return found


def buggy_deltas(values):
    return [values[i + 1] - values[i] for i in range(len(values))]


series = [3, 5, 4, 8, 6, 9, 2, 7]
print(moving_average(series, 3))
print(peaks(series))
print(series[-1], series[2:100], series[::-3])
print(buggy_deltas(series[:0]))
print(buggy_deltas(series))
