# Ends with an uncaught TypeError: a callback invoked with the wrong number of arguments.

class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)

    def emit(self, event, *payload):
        results = []
        for handler in self.handlers.get(event, []):
            results.append(handler(*payload))
        return results


def on_login(user, ip):
    return f"{user} logged in from {ip}"


def on_logout(user):
    return f"{user} logged out"


bus = EventBus()
bus.on("login", on_login)
bus.on("logout", on_logout)
bus.on("login", lambda user, ip: f"audit:{user}@{ip}")

print(bus.emit("login", "ann", "10.0.0.1"))
print(bus.emit("logout", "ann"))
print(bus.emit("unknown", 1, 2, 3))
bus.on("logout", on_login)
print("emitting logout with a badly registered handler...")
print(bus.emit("logout", "bob"))
