"""N-body: a small planetary system advanced with a symplectic Euler step (float arithmetic
on lists of attributes, nested loops over body pairs)."""

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS = 365.24
STEPS = 300000


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx * DAYS
        self.vy = vy * DAYS
        self.vz = vz * DAYS
        self.mass = mass * SOLAR_MASS


def make_system():
    # a star and four made-up planets (positions in AU, velocities in AU/day, masses in suns)
    return [
        Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        Body(5.2, -1.1, -0.10, 1.6e-3, 7.0e-3, -6.9e-5, 9.5e-4),
        Body(8.3, 4.1, -0.40, -2.8e-3, 5.0e-3, 2.3e-5, 2.9e-4),
        Body(12.9, -15.1, -0.22, 3.0e-3, 2.4e-3, -3.0e-5, 4.4e-5),
        Body(15.4, -25.9, 0.18, 2.7e-3, 1.6e-3, -9.5e-5, 5.2e-5),
    ]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = bodies[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            e -= a.mass * b.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, dt, steps):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b.mass * mag
            am = a.mass * mag
            a.vx -= dx * bm
            a.vy -= dy * bm
            a.vz -= dz * bm
            b.vx += dx * am
            b.vy += dy * am
            b.vz += dz * am
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def workload():
    bodies = make_system()
    offset_momentum(bodies)
    e0 = energy(bodies)
    advance(bodies, 0.01, STEPS)
    e1 = energy(bodies)
    return "energy %.9f -> %.9f" % (e0, e1)


from _harness import run

run(workload)
