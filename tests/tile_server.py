"""A small tile server on 127.0.0.1 for tests: serves ``z/x/y.png`` from a dict, counts the
requests, and stops when the test ends."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class TileServer:
    """The tiles it serves (path -> bytes) and the paths asked for."""

    def __init__(self, tiles: dict[str, bytes]) -> None:
        self.tiles = tiles
        self.requests: list[str] = []
        self.url = ""


@contextmanager
def tile_server(tiles: dict[str, bytes]) -> Iterator[TileServer]:
    """Serve ``tiles`` (``"/z/x/y.png"`` -> bytes) on a free port of 127.0.0.1."""
    state = TileServer(tiles)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            data = state.tiles.get(self.path)
            if data is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
