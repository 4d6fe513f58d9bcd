# Generators resumed in place by hot loops and yield from: handlers inside the generator, finally
# on return, close() after in-place yields, an exception crossing yield from, and the traceback
# through a generator frame.
def g():
    for i in range(5):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield 'caught %s' % e
        finally:
            pass
    try:
        return
    finally:
        print('fin')

def h():
    try:
        yield 1
        yield 2
    finally:
        print('closing h')

for k in range(60):
    out = [v for v in g()]
print(out)
for k in range(60):
    it = h()
    for v in it:
        break
    it.close()
print('done')
def outer():
    try:
        x = yield from inner()
    except KeyError as e:
        yield 'outer caught %r' % (e,)
def inner():
    yield 1
    raise KeyError('deep')
for k in range(60):
    r = list(outer())
print(r)

def tb():
    def bad():
        yield 1
        return 1 // 0
    try:
        for _ in bad():
            pass
    except ZeroDivisionError as e:
        t = e.__traceback__
        names = []
        while t:
            names.append(t.tb_frame.f_code.co_name)
            t = t.tb_next
        return names
for k in range(60):
    n = tb()
print(n)
