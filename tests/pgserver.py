"""A throwaway PostgreSQL server for the tests: initdb into a temporary folder, a free port on
127.0.0.1 and a Unix socket in that folder, stopped and removed at the end.

The server binaries come from Debian's ``postgresql`` package (``.ci/run`` installs it with
PostGIS). PostgreSQL refuses to run as root, so under root the cluster belongs to the
``postgres`` system user and its commands run through ``runuser``.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: Where Debian puts the server binaries (``/usr/lib/postgresql/<major>/bin``).
DEBIAN_BIN = Path("/usr/lib/postgresql")


def server_binaries() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, or ``None``."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    versions = sorted(DEBIAN_BIN.glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    return versions[-1].parent if versions else None


def has_postgis(binaries: Path) -> bool:
    """Whether the PostGIS extension is installed for this server version."""
    version = binaries.parent.name
    return any(Path("/usr/share/postgresql", version, "extension").glob("postgis.control"))


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    """A running server; :meth:`url` gives a libpq URL for a database on it."""

    folder: Path
    port: int
    binaries: Path
    owner: str | None  # the system user running it (None: this user)
    options: str = ""  # the server's command-line options (port, socket, settings)

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str = "postgres", user: str = "postgres", password: str = "") -> str:
        """A ``postgresql://`` URL over TCP to ``database`` as ``user``."""
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run ``sql`` as the superuser; its output."""
        command = [
            str(self.binaries / "psql") if (self.binaries / "psql").exists() else "psql",
            "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
            "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", database,
            "-c", sql,
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    def create_database(self, name: str, postgis: bool = True) -> str:
        """A new empty database (with PostGIS enabled); its URL."""
        self.psql(f'CREATE DATABASE "{name}"')
        if postgis:
            self.psql("CREATE EXTENSION postgis", database=name)
        return self.url(name)

    def stop(self) -> None:
        """Stop the server (fast: open connections are closed) and remove its folder."""
        _run(self.owner, [str(self.binaries / "pg_ctl"), "-D", str(self.folder / "data"),
                          "-m", "fast", "-w", "stop"], check=False)  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)

    def halt(self) -> None:
        """Stop the server but keep its folder (:meth:`start` brings it back)."""
        _run(self.owner, [str(self.binaries / "pg_ctl"), "-D", str(self.folder / "data"),
                          "-m", "fast", "-w", "stop"])  # fmt: skip

    def start(self) -> None:
        """Start the server again on the same port after :meth:`halt`."""
        _run(self.owner, [str(self.binaries / "pg_ctl"), "-D", str(self.folder / "data"),
                          "-o", self.options, "-w", "-l", str(self.folder / "server.log"),
                          "start"])  # fmt: skip

    def restart(self) -> None:
        """Stop and start the server on the same port (connections are cut). Not ``pg_ctl
        restart``: without its log file the new server would hold our output pipes open."""
        self.halt()
        self.start()


def _run(owner: str | None, command: list[str], check: bool = True) -> None:
    if owner is not None:
        command = ["runuser", "-u", owner, "--", *command]
    subprocess.run(command, capture_output=True, text=True, check=check)


def start_cluster(binaries: Path) -> Cluster:
    """initdb a new cluster in a temporary folder and start it on a free port."""
    folder = Path(tempfile.mkdtemp(prefix="cosmoplan-pg-"))
    owner = None
    if os.geteuid() == 0:
        owner = "postgres"
        entry = pwd.getpwnam(owner)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    (folder / "socket").mkdir()
    if owner is not None:
        os.chown(folder / "socket", pwd.getpwnam(owner).pw_uid, pwd.getpwnam(owner).pw_gid)
    data = folder / "data"
    _run(owner, [str(binaries / "initdb"), "-D", str(data), "-U", "postgres",
                 "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])  # fmt: skip
    port = free_port()
    options = (
        f"-p {port} -c listen_addresses=127.0.0.1 -k {folder / 'socket'} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400"
    )
    cluster = Cluster(folder, port, binaries, owner, options)
    cluster.start()
    return cluster
