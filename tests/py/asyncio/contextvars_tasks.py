# contextvars: each asyncio task sees its own value; threads start empty;
# Context.run, copy_context, tokens.
import asyncio
import contextvars
import threading

request_id = contextvars.ContextVar('request_id', default='-')
user = contextvars.ContextVar('user')
print(repr(request_id).startswith("<ContextVar name='request_id' default='-' at "), user.name)


def line(msg):
    return f'[{request_id.get()}] {msg}'


def log(msg):
    print(line(msg))


async def handle(n):
    # The tasks interleave (and to_thread takes as long as a thread takes):
    # each keeps its lines, printed in order once all are done.
    request_id.set(f'req-{n}')
    await asyncio.sleep(0.01 * (3 - n))
    lines = [line(f'handled {n}')]
    await asyncio.sleep(0)
    lines.append(line(await asyncio.to_thread(lambda: f'thread sees {request_id.get()}')))
    return lines


async def main():
    request_id.set('main')
    for lines in await asyncio.gather(*(handle(n) for n in range(3))):
        print(*lines, sep='\n')
    log('main still sees its own')

asyncio.run(main())
log('outside any task')

t = user.set('ada')
print(user.get(), t.var is user, t.old_value)
user.reset(t)
print(user.get('nobody'))
try:
    user.get()
except LookupError as e:
    print('LookupError', e is not None)
try:
    user.reset(t)
except RuntimeError as e:
    print('RuntimeError', 'has already been used once' in str(e))

ctx = contextvars.copy_context()
def inside():
    user.set('in ctx')
    return user.get()
print(ctx.run(inside), user.get('unset outside'), ctx[user], user in ctx, len(ctx) >= 1)
try:
    ctx.run(ctx.run, inside)
except RuntimeError as e:
    print('RuntimeError', 'cannot enter context' in str(e))

seen = []
user.set('main thread')
th = threading.Thread(target=lambda: seen.append(user.get('empty in a new thread')))
th.start(); th.join()
print(seen, user.get())
try:
    ctx['x']
except TypeError as e:
    print('TypeError', e)
