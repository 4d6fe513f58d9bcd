"""Scheduler: a toy operating-system kernel with prioritised tasks (idle, workers, handlers,
devices) that pass packets through linked queues, hold and release each other. Lots of small
method calls and attribute reads on a few classes."""

ROUNDS = 120
IDLE_TICKS = 2500

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.payload = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is None

    def runnable(self):
        if self.held:
            return False
        return not self.waiting or self.queue is not None

    def take(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
            p.link = None
        return p

    def deliver(self, packet):
        self.queue = packet.append_to(self.queue)

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, ticks):
        Task.__init__(self, kernel, ident, priority, None)
        self.waiting = False
        self.seed = 1
        self.ticks = ticks

    def run(self, packet):
        self.ticks -= 1
        if self.ticks == 0:
            return self.kernel.hold_self()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.kernel.release(DEVICE_B)
        self.seed = self.seed >> 1
        return self.kernel.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.kernel.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.owner = self.target
        packet.count = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.payload[i] = self.letter
        return self.kernel.send(packet, self.target)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            i = work.count
            if i >= 4:
                self.work = work.link
                return self.kernel.send(work, WORKER)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.count = work.payload[i]
                work.count = i + 1
                return self.kernel.send(dev, dev.owner)
        return self.kernel.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None)
        self.pending = None
        self.total = 0

    def run(self, packet):
        if packet is None:
            p = self.pending
            if p is None:
                return self.kernel.wait()
            self.pending = None
            return self.kernel.send(p, self.handler_for())
        self.pending = packet
        self.total += packet.count
        return self.kernel.hold_self()

    def handler_for(self):
        return HANDLER_A if self.ident == DEVICE_A else HANDLER_B


class Kernel:
    def __init__(self):
        self.tasks = [None] * 6
        self.order = []
        self.current = None
        self.sends = 0
        self.holds = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return None

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def wait(self):
        self.current.waiting = True
        return None

    def send(self, packet, ident):
        self.sends += 1
        t = self.tasks[ident]
        packet.link = None
        was_empty = t.queue is None
        t.deliver(packet)
        if was_empty and t.waiting:
            if t.priority > self.current.priority:
                return t
        return self.current

    def pick(self):
        for t in self.order:
            if t.runnable():
                return t
        return None

    def schedule(self):
        task = self.pick()
        steps = 0
        while task is not None:
            self.current = task
            packet = None
            if task.waiting and task.queue is not None:
                packet = task.take()
                task.waiting = False
            steps += 1
            nxt = task.run(packet)
            if nxt is None or not nxt.runnable():
                nxt = self.pick()
            task = nxt
        return steps


def simulate(ticks):
    k = Kernel()
    k.add(IdleTask(k, IDLE, 0, ticks))
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    k.add(WorkerTask(k, WORKER, 1000, work))
    devs = Packet(None, DEVICE_A, KIND_DEVICE)
    devs = Packet(devs, DEVICE_A, KIND_DEVICE)
    devs = Packet(devs, DEVICE_A, KIND_DEVICE)
    k.add(HandlerTask(k, HANDLER_A, 2000, devs))
    devs = Packet(None, DEVICE_B, KIND_DEVICE)
    devs = Packet(devs, DEVICE_B, KIND_DEVICE)
    devs = Packet(devs, DEVICE_B, KIND_DEVICE)
    k.add(HandlerTask(k, HANDLER_B, 3000, devs))
    k.add(DeviceTask(k, DEVICE_A, 4000))
    k.add(DeviceTask(k, DEVICE_B, 5000))
    steps = k.schedule()
    return steps, k.sends, k.holds, k.tasks[DEVICE_A].total + k.tasks[DEVICE_B].total


def workload():
    totals = [0, 0, 0, 0]
    for r in range(ROUNDS):
        res = simulate(IDLE_TICKS + r)
        for i in range(4):
            totals[i] += res[i]
    return "scheduler: steps %d, sends %d, holds %d, device total %d" % tuple(totals)


from _harness import run

run(workload)
