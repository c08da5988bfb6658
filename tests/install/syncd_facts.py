"""What the real satchel-syncd binary says about itself: its settings and commands (parsed from
`--help`), its version, which HTTP routes it answers and the metric names it exports.
check_deployment.py holds the deployment recipes against these.
"""

import os
import re
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

SETTING_LINE = re.compile(r"^\s+--([a-z0-9-]+) VALUE\s+\((SATCHEL_[A-Z0-9_]+)\)(?:\s+default: (.*))?$")
COMMAND_LINE = re.compile(r"^  ([a-z][a-z-]*)\b")


@dataclass
class SyncdFacts:
    version: str
    flags: dict = field(default_factory=dict)  # flag name (no dashes) -> env variable
    defaults: dict = field(default_factory=dict)  # env variable -> default ("" when none)
    descriptions: dict = field(default_factory=dict)  # env variable -> help text
    commands: set = field(default_factory=set)
    route_status: dict = field(default_factory=dict)  # path -> status with no database
    metric_names: set = field(default_factory=set)

    @property
    def env_vars(self):
        return set(self.flags.values())

    def route_exists(self, path):
        return self.route_status.get(path, 404) != 404


class FactsError(Exception):
    pass


def parse_help(text):
    """Settings and commands from --help; raises FactsError when the layout is not understood."""
    flags, defaults, descriptions, commands = {}, {}, {}, set()
    section, current = None, None
    for line in text.splitlines():
        if line.startswith("Commands:"):
            section = "commands"
            continue
        if line.startswith("Settings"):
            section = "settings"
            continue
        if section == "commands":
            if not line.strip():
                section = None
                continue
            m = COMMAND_LINE.match(line)
            if m and not line.strip().startswith("--"):
                commands.add(m.group(1))
        elif section == "settings":
            m = SETTING_LINE.match(line)
            if m:
                current = m.group(2)
                flags[m.group(1)] = current
                defaults[current] = (m.group(3) or "").strip()
                descriptions[current] = ""
            elif current and line.startswith("      "):
                descriptions[current] = (descriptions[current] + " " + line.strip()).strip()
    if len(flags) < 5 or "serve" not in commands or "migrate" not in commands:
        raise FactsError("could not parse satchel-syncd --help (found %d settings, commands %s)"
                         % (len(flags), sorted(commands)))
    return flags, defaults, descriptions, commands


def settings_table(facts):
    """The Markdown table docs/operations.md carries between its settings markers."""
    rows = ["| flag | environment variable | default | meaning |", "|---|---|---|---|"]
    for flag, env in facts.flags.items():
        default = facts.defaults[env]
        rows.append("| `--%s` | `%s` | %s | %s |" % (flag, env, "`%s`" % default if default else "",
                                                     facts.descriptions[env].replace("|", "\\|")))
    return "\n".join(rows) + "\n"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def probe_routes(binary, paths):
    """Starts `serve` with no reachable database (it still serves /healthz) and returns the
    status of each path, plus the metric names /metrics lists."""
    port = free_port()
    dead_db = free_port()  # nothing listens there
    with tempfile.TemporaryDirectory(prefix="satchel-manifests-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SATCHEL_")}
        env.update({
            "SATCHEL_LISTEN": "127.0.0.1:%d" % port,
            "SATCHEL_DATABASE_URL": "postgresql://nobody@127.0.0.1:%d/none?connect_timeout=2" % dead_db,
            "SATCHEL_BLOB_DIR": os.path.join(tmp, "blobs"),
            "SATCHEL_JWT_SECRET_FILE": os.path.join(tmp, "jwt-secret"),
        })
        log = open(os.path.join(tmp, "serve.log"), "w+")
        proc = subprocess.Popen([binary, "serve"], env=env, stdout=log, stderr=log)
        try:
            base = "http://127.0.0.1:%d" % port
            deadline = time.monotonic() + 60  # generous: the machine may be loaded
            while True:
                if proc.poll() is not None:
                    log.seek(0)
                    raise FactsError("serve exited with %s: %s" % (proc.returncode, log.read()[-2000:]))
                try:
                    if http_get(base + "/healthz")[0] == 200:
                        break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise FactsError("serve did not answer /healthz within 60 s")
                time.sleep(0.2)
            status = {p: http_get(base + p)[0] for p in paths}
            metrics_status, metrics = http_get(base + "/metrics")
            names = set()
            if metrics_status == 200:
                for line in metrics.splitlines():
                    m = re.match(r"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) ", line) or \
                        re.match(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)[ {]", line)
                    if m:
                        names.add(m.group(1))
            return status, names
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()


def describe(binary):
    """Version, settings and commands: what the binary prints, without running a server."""
    run = lambda *args: subprocess.run([binary, *args], check=True, capture_output=True, text=True).stdout
    m = re.match(r"satchel-syncd (\S+)", run("--version"))
    if not m:
        raise FactsError("unexpected --version output")
    facts = SyncdFacts(version=m.group(1))
    facts.flags, facts.defaults, facts.descriptions, facts.commands = parse_help(run("--help"))
    return facts


def gather(binary, probe_paths):
    facts = describe(binary)
    # A path no server would have: proves a 404 means "no such route" for the others.
    nonsense = "/no-such-route-%d" % os.getpid()
    facts.route_status, facts.metric_names = probe_routes(binary, sorted(set(probe_paths) | {nonsense}))
    if facts.route_status.get(nonsense) != 404:
        raise FactsError("serve answered %s for %s: cannot tell routes apart"
                         % (facts.route_status.get(nonsense), nonsense))
    return facts
