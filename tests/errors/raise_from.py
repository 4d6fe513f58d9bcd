def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise LookupError("config missing: " + key) from e
print("loading")
load("db")
