# An order workflow state machine with class constants, enum-like classes and transition errors.

class Status:
    _members = []

    def __init__(self, name, terminal=False):
        self.name, self.terminal = name, terminal
        Status._members.append(self)

    def __repr__(self):
        return f"Status.{self.name}"

    def __str__(self):
        return self.name.lower()

    @classmethod
    def all(cls):
        return list(cls._members)


NEW = Status("NEW")
PAID = Status("PAID")
SHIPPED = Status("SHIPPED")
DELIVERED = Status("DELIVERED", terminal=True)
CANCELLED = Status("CANCELLED", terminal=True)


class TransitionError(Exception):
    def __init__(self, order, action):
        super().__init__(f"order {order.oid}: cannot {action} when {order.status}")
        self.order, self.action = order, action


class Order:
    TRANSITIONS = {
        "pay": ({NEW}, PAID),
        "ship": ({PAID}, SHIPPED),
        "deliver": ({SHIPPED}, DELIVERED),
        "cancel": ({NEW, PAID}, CANCELLED),
    }
    _next_id = 1

    def __init__(self, amount):
        self.oid = Order._next_id
        Order._next_id += 1
        self.amount = amount
        self.status = NEW
        self.history = [NEW]

    def __getattr__(self, action):
        if action not in self.TRANSITIONS:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {action!r}")
        sources, target = self.TRANSITIONS[action]

        def do():
            if self.status not in sources:
                raise TransitionError(self, action)
            self.status = target
            self.history.append(target)
            return self
        return do

    def __repr__(self):
        path = " > ".join(map(str, self.history))
        return f"Order#{self.oid}(${self.amount:.2f}, {path})"


o1 = Order(25).pay().ship().deliver()
o2 = Order(99.5).pay().cancel()
o3 = Order(10)
print(o1, o2, o3, sep="\n")
print([s for s in Status.all() if s.terminal], str(PAID), repr(PAID))

script = [(o3, "ship"), (o3, "pay"), (o1, "cancel"), (o3, "refund"), (o3, "ship"), (o2, "pay")]
for order, action in script:
    try:
        getattr(order, action)()
        print("ok:", order)
    except TransitionError as e:
        print("TransitionError:", e, "|", e.action)
    except AttributeError as e:
        print("AttributeError:", e)

summary = {}
for o in (o1, o2, o3):
    summary.setdefault(str(o.status), []).append(o.oid)
print(summary)
print(sum(o.amount for o in (o1, o2, o3) if o.status is not CANCELLED))
