"""Ray tracer: spheres and a checkered plane, point lights with shadows and reflections, all
maths through a small Vector class with operator overloading (__add__, __sub__, __mul__,
__neg__), so nearly every operation is a user-defined method call allocating an object."""

WIDTH = 240
HEIGHT = 180
MAX_DEPTH = 3


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def blend(self, o):
        return Vector(self.x * o.x, self.y * o.y, self.z * o.z)


BLACK = Vector(0.0, 0.0, 0.0)
WHITE = Vector(1.0, 1.0, 1.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, shine):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.shine = shine

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return (p - self.centre).normalized()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, point, normal, shine):
        self.point = point
        self.normal = normal.normalized()
        self.shine = shine

    def hit(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal

    def colour_at(self, p):
        if (int(p.x // 1.0) + int(p.z // 1.0)) % 2 == 0:
            return Vector(0.9, 0.9, 0.9)
        return Vector(0.15, 0.15, 0.2)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, Vector(0.9, 0.2, 0.2), 0.3),
            Sphere(Vector(-2.2, 0.7, 6.5), 0.7, Vector(0.2, 0.9, 0.3), 0.2),
            Sphere(Vector(2.0, 1.5, 7.0), 1.5, Vector(0.3, 0.4, 0.95), 0.5),
            Sphere(Vector(0.8, 0.35, 3.2), 0.35, Vector(0.95, 0.85, 0.2), 0.1),
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), 0.25),
        ]
        self.lights = [(Vector(-4.0, 6.0, 0.0), Vector(0.8, 0.8, 0.8)),
                       (Vector(5.0, 4.0, 2.0), Vector(0.4, 0.35, 0.3))]
        self.ambient = Vector(0.08, 0.08, 0.1)

    def nearest(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        dist = to_light.length()
        ray = Ray(point, to_light * (1.0 / dist))
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return WHITE * (1.0 - k) + Vector(0.5, 0.7, 1.0) * k
        p = ray.at(t)
        n = obj.normal_at(p)
        base = obj.colour_at(p)
        colour = base.blend(self.ambient)
        for pos, intensity in self.lights:
            if self.shadowed(p, pos):
                continue
            l = (pos - p).normalized()
            diffuse = n.dot(l)
            if diffuse > 0.0:
                colour = colour + base.blend(intensity) * diffuse
        if depth < MAX_DEPTH and obj.shine > 0.0:
            d = ray.direction
            r = d - n * (2.0 * d.dot(n))
            colour = colour * (1.0 - obj.shine) + self.trace(Ray(p, r), depth + 1) * obj.shine
        return colour


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0 + 0.5)


def render(scene, width, height):
    eye = Vector(0.0, 1.6, -1.0)
    checksum = 0
    lit = 0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2.0) / width * 1.6
            y = (height / 2.0 - j) / width * 1.6
            d = Vector(x, y - 0.15, 1.0).normalized()
            c = scene.trace(Ray(eye, d), 0)
            r, g, b = to_byte(c.x), to_byte(c.y), to_byte(c.z)
            if r + g + b > 384:
                lit += 1
            checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 4294967291
    return checksum, lit


def workload():
    checksum, lit = render(Scene(), WIDTH, HEIGHT)
    return "raytrace %dx%d: checksum %d, bright pixels %d" % (WIDTH, HEIGHT, checksum, lit)


from _harness import run

run(workload)
