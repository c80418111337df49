#!/usr/bin/env python3
"""Hostile HTTP clients against a running `dni serve` on loopback; prints one line per case.

    scripts/hostile-http.py PORT SERVER_PID [--idle N] [--slow N]

The server must run with --header-timeout 2 --body-timeout 2 and --max-connections CAP. Every case is
bounded in time; the script exits 1 when any case fails. Only 127.0.0.1 is ever contacted.
"""
import argparse
import http.client
import socket
import sys
import time

HOST = "127.0.0.1"
failures = []


def check(name, ok, detail):
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    if not ok:
        failures.append(name)


def get(port, path, timeout=5.0):
    """A raw GET (http.client would normalise the path); returns (status, headers, body)."""
    with socket.create_connection((HOST, port), timeout=timeout) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and len(lines[0].split()) > 1 else 0
    headers = {k.strip().lower(): v.strip() for k, _, v in (l.partition(":") for l in lines[1:])}
    return status, headers, body


def probe(port):
    """Seconds for one GET of /app.js, and its status."""
    start = time.monotonic()
    try:
        status, _, _ = get(port, "/app.js", timeout=10)
    except OSError:
        status = 0
    return time.monotonic() - start, status


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return -1


def static_files(port):
    status, headers, body = get(port, "/app.js")
    check("static js", status == 200 and headers.get("content-type", "").startswith("text/javascript")
          and headers.get("x-content-type-options") == "nosniff", f"{status} {headers.get('content-type')}")
    status, headers, _ = get(port, "/")
    check("folder index", status == 200 and headers.get("content-type", "").startswith("text/html"),
          f"{status} {headers.get('content-type')}")
    for path, want in [("/index.html%00.js", 400), ("/..%2f..%2fetc%2fpasswd", 400), ("/%2e%2e/%2e%2e/etc/passwd", 400),
                       ("/a%5c..%5c..%5cetc", 400), ("/link", 404), ("/dirlink/passwd", 404)]:
        status, headers, body = get(port, path)
        leaked = b"root:" in body
        check(f"refused {path}", status == want and not leaked, f"{status}{' LEAKED /etc/passwd' if leaked else ''}")


def hold(port, count, payload):
    """Opens `count` connections that each send `payload` and then nothing; returns the open sockets."""
    held = []
    for _ in range(count):
        try:
            s = socket.create_connection((HOST, port), timeout=5)
            s.sendall(payload)
            held.append(s)
        except OSError:
            break
    return held


def closed_by_server(sockets, wait):
    """How many of `sockets` the server closed (or answered) within `wait` seconds."""
    deadline = time.monotonic() + wait
    closed = 0
    for s in sockets:
        s.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            while s.recv(65536):
                pass
            closed += 1
        except socket.timeout:
            pass
        except OSError:
            closed += 1
        s.close()
    return closed


def slowloris(port, pid, count):
    held = hold(port, count, f"GET / HTTP/1.1\r\nHost: {HOST}\r\nX-Slow: ".encode())
    for s in held:
        try:
            s.sendall(b"a")  # one more byte: still no end of headers
        except OSError:
            pass
    latency, status = probe(port)
    rss = rss_mb(pid)
    check(f"slowloris x{len(held)}: probe still served", status == 200, f"{status} in {latency * 1000:.0f} ms, server RSS {rss} MB")
    closed = closed_by_server(held, 6)
    check(f"slowloris x{len(held)}: closed by header timeout", closed == len(held), f"{closed}/{len(held)} closed")


def slow_body(port):
    held = hold(port, 5, f"POST /dni/fetch HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{".encode())
    closed = closed_by_server(held, 6)
    check("slow body: closed by body timeout", closed == len(held), f"{closed}/{len(held)} closed")


def over_the_cap(port, pid, cap):
    held = hold(port, cap, f"GET / HTTP/1.1\r\nHost: {HOST}\r\n".encode())
    time.sleep(0.5)
    try:
        status, headers, body = get(port, "/app.js")
    except OSError as error:
        status, headers, body = 0, {}, str(error).encode()
    check(f"over the cap of {cap}: refused politely", status == 503 and headers.get("retry-after") == "1",
          f"{status} {body[:60]!r}, server RSS {rss_mb(pid)} MB")
    closed_by_server(held, 6)
    latency, status = probe(port)
    check("after the held connections time out: served again", status == 200, f"{status} in {latency * 1000:.0f} ms")


def idle(port, pid, count):
    held = hold(port, count, b"")
    latency, status = probe(port)
    check(f"idle x{len(held)}: probe", status in (200, 503), f"{status} in {latency * 1000:.0f} ms, server RSS {rss_mb(pid)} MB")
    for s in held:
        s.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("pid", type=int)
    parser.add_argument("--cap", type=int, required=True)
    parser.add_argument("--slow", type=int, default=200)
    parser.add_argument("--idle", type=int, default=0)
    args = parser.parse_args()
    static_files(args.port)
    slowloris(args.port, args.pid, args.slow)
    slow_body(args.port)
    over_the_cap(args.port, args.pid, args.cap)
    if args.idle:
        idle(args.port, args.pid, args.idle)
    latency, status = probe(args.port)
    check("server alive at the end", status == 200, f"{status}, RSS {rss_mb(args.pid)} MB")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
