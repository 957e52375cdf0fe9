# Method calls and attribute access on instances, with a small class hierarchy.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1

    def energy(self):
        return self.vel.dot(self.vel)

class Heavy(Particle):
    def energy(self):
        return 10 * super().energy()

def run(n):
    ps = [Particle(Vec(i, -i), Vec(1, 2)) if i % 2 else Heavy(Vec(i, i), Vec(-1, 1)) for i in range(100)]
    e = 0
    for _ in range(n):
        for p in ps:
            p.step()
        e += ps[0].energy() + ps[1].energy()
    return e, ps[7].pos.x, ps[8].pos.y, sum(p.steps for p in ps)

print(run(8000))
