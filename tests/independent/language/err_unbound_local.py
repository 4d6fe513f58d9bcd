# Ends with an uncaught UnboundLocalError: a counter updated without 'global'.

processed = 0
errors = []


def process_ok(item):
    errors.append(item) if item < 0 else None
    return abs(item)


def process_with_global(item):
    global processed
    processed += 1
    return item * 2


def process_buggy(item):
    if item > 100:
        processed = -1
    processed += 1
    return item


print([process_ok(x) for x in [3, -1, 4]], errors)
print([process_with_global(x) for x in range(3)], processed)


def shadow_demo():
    value = "local"
    def inner():
        return value
    return inner()

print(shadow_demo())
print(process_buggy(5))
