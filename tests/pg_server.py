"""A throwaway PostgreSQL server for the tests: Debian's postgresql package (which .ci/run installs),
a cluster made by initdb in a temporary folder, listening on a Unix socket only, stopped at the end.

As root (CI, and the developers' machines), the server runs as the package's ``postgres`` user:
PostgreSQL refuses to run as root.
"""
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time


class NoServer(RuntimeError):
    pass


def binaries() -> str:
    found = shutil.which("pg_ctl")
    if found:
        return os.path.dirname(os.path.realpath(found))
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                      key=lambda p: int(p.split("/")[-3]) if p.split("/")[-3].isdigit() else 0)
    if not versions:
        raise NoServer("PostgreSQL is not installed: install Debian's postgresql package "
                       "(apt-get install postgresql; .ci/run does it)")
    return os.path.dirname(versions[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``Server().start()``; ``url(dbname)``; ``create(dbname)``; ``stop()``."""

    def __init__(self):
        self.bin = binaries()
        self.root = tempfile.mkdtemp(prefix="vigil-pg-")
        self.data, self.sock = os.path.join(self.root, "data"), os.path.join(self.root, "sock")
        self.port = _free_port()
        self.as_user = []
        if os.geteuid() == 0:
            import pwd
            user = pwd.getpwnam("postgres")
            os.chmod(self.root, 0o755)
            os.makedirs(self.sock)
            for path in (self.root, self.sock):
                os.chown(path, user.pw_uid, user.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        else:
            os.makedirs(self.sock)

    def _run(self, *cmd) -> None:
        proc = subprocess.run(self.as_user + [os.path.join(self.bin, cmd[0]), *cmd[1:]],
                              capture_output=True, text=True, timeout=120)
        if proc.returncode:
            raise NoServer(f"{cmd[0]} failed: {proc.stderr.strip() or proc.stdout.strip()}")

    def start(self) -> "Server":
        self._run("initdb", "-D", self.data, "-U", "vigil", "--auth=trust", "-E", "UTF8", "--no-sync")
        opts = f"-k {self.sock} -p {self.port} -c listen_addresses='' -c fsync=off -c max_connections=50"
        self._run("pg_ctl", "-D", self.data, "-o", opts, "-l", os.path.join(self.root, "log"), "-w", "start")
        return self

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://vigil@/{dbname}?host={self.sock}&port={self.port}"

    def create(self, dbname: str) -> str:
        import psycopg
        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(self.url(), autocommit=True) as con:
                    con.execute(f'CREATE DATABASE "{dbname}"')
                return self.url(dbname)
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
