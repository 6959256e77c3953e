"""A free TCP port on the loopback interface, for servers the tests start.

Chosen below the kernel's ephemeral range: a port the kernel handed out (bind to port 0) is free now,
but the same range serves outgoing connections, so by the time a server binds it a client socket may
hold it (a CI run lost the embedded Valkey that way). No port is handed out twice in one process."""

from __future__ import annotations

import random
import socket

_given: set[int] = set()


def _ephemeral_start() -> int:
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range") as ranges:
            return int(ranges.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_port() -> int:
    high = _ephemeral_start()
    low = min(20000, high - 1000)
    for _ in range(200):
        port = random.randrange(low, high)
        if port in _given:
            continue
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        _given.add(port)
        return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:  # a crowded range: let the kernel pick
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
