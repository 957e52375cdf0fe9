# asyncio's loop.add_signal_handler: the callback runs on the loop, so it may
# cancel tasks or set events; remove_signal_handler restores the default.
import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    got = []

    def on_signal(name):
        got.append(name)
        print('callback for', name, 'on the loop:', asyncio.get_running_loop() is loop)
        stop.set()

    loop.add_signal_handler(signal.SIGUSR1, on_signal, 'SIGUSR1')
    loop.add_signal_handler(signal.SIGTERM, on_signal, 'SIGTERM')
    for bad, args in [('coroutine', (signal.SIGUSR2, main)), ('SIGKILL', (signal.SIGKILL, print)),
                      ('number', (99, print)), ('type', ('x', print))]:
        try:
            loop.add_signal_handler(*args)
        except (TypeError, RuntimeError, ValueError) as e:
            print(bad, type(e).__name__, e)
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGUSR1)
    await stop.wait()
    stop.clear()
    os.kill(os.getpid(), signal.SIGTERM)
    await stop.wait()
    print(got, loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL)

asyncio.run(main())
print('after run:', signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
