"""Build the site into a folder and serve it on 127.0.0.1: what the tests, the benchmarks and the
screenshot script each need, in one place."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the callers' output readable
        pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build(
    root: Path,
    site_dir: Path,
    site_url: str,
    config: str = "mkdocs.yml",
    env: dict | None = None,
    quiet: bool = False,
) -> subprocess.CompletedProcess:
    """The strict build, exactly as CI runs it, of the project in `root` for the address
    `site_url`; `env` adds to the environment (e.g. SITE_DATE, SITE_PREVIEW)."""
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1", **(env or {}))
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            *(["-q"] if quiet else []),
            "-f",
            str(config),
            "-d",
            str(site_dir),
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # Several browsers load pages at once (three test workers); the default backlog of 5 drops
    # connections (Chromium then waits a second and retries) whenever the thread is slow to accept.
    request_queue_size = 128

    def handle_error(self, request, client_address):
        # A browser that drops a request it no longer needs (a page left mid-load) is no error.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def serve(site_dir: Path, port: int = 0, handler=QuietHandler) -> Server:
    """Serve `site_dir` on 127.0.0.1:`port` (0: any free port, see .server_address) from a
    background thread; stop it with .shutdown()."""
    server = Server(("127.0.0.1", port), functools.partial(handler, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def not_found_handler(page: Path):
    """A handler that answers a missing address with `page` (status 404), as GitHub Pages answers
    with the site's 404.html (for the screenshots and the tests of the 404 pages)."""
    body = Path(page).read_bytes()

    class NotFoundHandler(QuietHandler):
        def send_error(self, code, message=None, explain=None):
            if code != 404:
                return super().send_error(code, message, explain)
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    return NotFoundHandler
