# asyncio streams: the docs' TCP echo server and client in one program, several
# clients at once, line-oriented reads, end of input, and address errors.
import asyncio


async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')
    print(f"Received {message!r} from a {type(addr).__name__} address")
    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()
    print("Close the connection")
    writer.close()
    await writer.wait_closed()


async def tcp_echo_client(message, port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(f'Send: {message!r}')
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f'Received: {data.decode()!r}')
    print('then', repr(await reader.read(100)), reader.at_eof())
    writer.close()
    await writer.wait_closed()


async def upper_lines(reader, writer):
    async for line in reader:
        if line.strip() == b'quit':
            break
        writer.write(line.upper())
        await writer.drain()
    writer.write(b'bye\n')
    await writer.drain()
    writer.close()


async def chat(name, lines, port):
    # Two clients run at once; what each saw is printed at the end, in order.
    seen = []
    reader, writer = await asyncio.open_connection('localhost', port)
    for line in lines:
        writer.write(f'{name}: {line}\n'.encode())
        await writer.drain()
        seen.append(await reader.readline())
    writer.write(b'quit\n')
    seen.append(await reader.readuntil(b'\n'))
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        seen.append(f'IncompleteReadError {e} {e.partial} {e.expected}')
    writer.close()
    return seen


async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 8888)
    addrs = ', '.join(str(sock.getsockname()) for sock in server.sockets)
    print(f'Serving on {addrs}', server.is_serving())
    async with server:
        await tcp_echo_client('Hello World!', 8888)
    print('serving after the with block:', server.is_serving())

    server = await asyncio.start_server(upper_lines, 'localhost', 8890)
    serving = asyncio.create_task(server.serve_forever())
    for seen in await asyncio.gather(chat('ada', ['hi', 'how are you'], 8890), chat('bob', ['hello'], 8890)):
        print(seen)
    serving.cancel()
    try:
        await serving
    except asyncio.CancelledError:
        print('serve_forever cancelled; serving:', server.is_serving())

    try:
        await asyncio.open_connection('127.0.0.1', 8889)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, e)
    first = await asyncio.start_server(handle_echo, '127.0.0.1', 8891)
    try:
        await asyncio.start_server(handle_echo, '127.0.0.1', 8891)
    except OSError as e:
        print('OSError', e.errno)
    first.close()
    await first.wait_closed()

asyncio.run(main())
