"""A private tmux server with one pane running wbr: the shared driver of scripts/monkey.py and
scripts/crash-loop.py (standard library only).

The pane runs `sh -c` around wbr so that its exit status lands in a file (`EXIT:<status>`),
its standard error in another, and every byte wbr writes to the terminal in a log (tmux
pipe-pane, attached before wbr is allowed to start). The pane then stays open: tmux 3.3a
crashes when input is pasted into a dead pane. TERM is never overridden.
"""
import os
import shlex
import subprocess
import time


class Pane:
    """One tmux session on a private socket in `tmp`, whose single pane is respawned per run."""

    def __init__(self, tmp, width=80, height=24):
        self.tmp = tmp
        self.sock = os.path.join(tmp, "tmux.sock")
        self.runs = 0
        self.tm("new-session", "-d", "-s", "m", "-x", str(width), "-y", str(height), "sleep 100000")
        self.tm("set-option", "-g", "history-limit", "0")

    def tm(self, *args, check=True):
        r = subprocess.run(["tmux", "-S", self.sock, *args], capture_output=True, timeout=30)
        if check and r.returncode != 0:
            raise RuntimeError(f"tmux {args[0]} failed: {r.stderr.decode(errors='replace')}")
        return r.stdout.decode("utf-8", errors="replace")

    def kill_server(self):
        subprocess.run(["tmux", "-S", self.sock, "kill-server"], capture_output=True)

    def start(self, argv, cwd, env=None, log=True):
        """Respawns the pane with wbr (argv); returns once wbr has been let go. With log, the
        bytes wbr writes go to self.log_file. (tmux 3.3a can crash when a pane is respawned
        with a pipe still open, so the previous pipe is closed first.)"""
        self.runs += 1
        n = self.runs
        self.status_file = os.path.join(self.tmp, f"run{n}.status")
        self.err_file = os.path.join(self.tmp, f"run{n}.err")
        self.log_file = os.path.join(self.tmp, f"run{n}.out")
        go = os.path.join(self.tmp, f"run{n}.go")
        envs = " ".join(f"{k}={shlex.quote(v)}" for k, v in (env or {}).items())
        cmd = (f"cd {shlex.quote(cwd)}; while [ ! -e {shlex.quote(go)} ]; do sleep 0.02; done; "
               f"{envs} {' '.join(shlex.quote(a) for a in argv)} 2>{shlex.quote(self.err_file)}; "
               f"echo EXIT:$? > {shlex.quote(self.status_file)}; exec sleep 100000")
        self.tm("pipe-pane", "-t", "m", check=False)
        self.tm("respawn-pane", "-k", "-t", "m", "sh -c " + shlex.quote(cmd))
        if log:
            self.tm("pipe-pane", "-t", "m", "cat >> " + shlex.quote(self.log_file))
        open(go, "w").close()

    def status(self):
        """wbr's exit status, or None while it runs."""
        try:
            with open(self.status_file) as f:
                text = f.read().strip()
        except FileNotFoundError:
            return None
        if not text.startswith("EXIT:"):
            return None
        return int(text[5:])

    def wbr_pid(self):
        """The pid of wbr (the child of the pane's sh), or None."""
        try:
            sh = self.tm("display-message", "-p", "-t", "m", "#{pane_pid}").strip()
            out = subprocess.run(["pgrep", "-P", sh], capture_output=True, text=True).stdout.split()
        except (RuntimeError, ValueError):
            return None
        for pid in out:  # not the sleep of the start-up wait
            try:
                with open(f"/proc/{pid}/comm") as f:
                    if f.read().strip() != "sleep":
                        return int(pid)
            except (OSError, ValueError):
                continue
        return None

    def screen(self):
        return self.tm("capture-pane", "-p", "-t", "m", check=False)

    def title(self):
        return self.tm("display-message", "-p", "-t", "m", "#{pane_title}", check=False).strip()

    def size(self):
        w, h = self.tm("display-message", "-p", "-t", "m", "#{window_width} #{window_height}").split()
        return int(w), int(h)

    def resize(self, width, height):
        self.tm("resize-window", "-t", "m", "-x", str(width), "-y", str(height))

    def keys(self, *names):
        """Named keys (Up, Enter, C-a, F5, ...) or single printable characters."""
        self.tm("send-keys", "-t", "m", *names)

    def raw(self, data, bracketed=False):
        """Writes bytes to the pane as typed (or as a bracketed paste when the app asked for it)."""
        path = os.path.join(self.tmp, "buf")
        with open(path, "wb") as f:
            f.write(data)
        self.tm("load-buffer", "-b", "mk", path)
        self.tm("paste-buffer", "-d", "-r", "-b", "mk", "-t", "m", *(["-p"] if bracketed else []))

    def log_size(self):
        try:
            return os.path.getsize(self.log_file)
        except FileNotFoundError:
            return 0

    def log_bytes(self):
        try:
            with open(self.log_file, "rb") as f:
                return f.read()
        except FileNotFoundError:
            return b""

    def wait_for(self, predicate, seconds=10.0):
        """Polls the screen until predicate(screen) holds; returns the screen or None."""
        end = time.monotonic() + seconds
        while True:
            s = self.screen()
            if predicate(s):
                return s
            if time.monotonic() > end or self.status() is not None:
                return s if predicate(s) else None
            time.sleep(0.05)
