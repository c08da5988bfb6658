"""The checks of check_deployment.py. Each check records a line in `passed` or `failures`;
nothing stops at the first failure, so one run shows everything that drifted."""

import os
import re

import yaml

SYNCD_BINARY = "satchel-syncd"
VAR = re.compile(r"\bSATCHEL_[A-Z0-9_]+\b")


def listen_port(value):
    m = re.match(r"^\[?[^\]]*\]?:(\d+)$", value or "")
    return int(m.group(1)) if m else None


class Checker:
    def __init__(self, facts, source):
        self.facts = facts
        self.source = source
        self.passed = []
        self.failures = []

    def expect(self, ok, what):
        (self.passed if ok else self.failures).append(what)
        return ok

    # ---- shared pieces ------------------------------------------------------------------------
    def known_vars(self, names, where):
        unknown = sorted(n for n in names if n not in self.facts.env_vars)
        self.expect(not unknown, "%s: SATCHEL_* variables are real settings %s"
                    % (where, ("(unknown: %s)" % unknown) if unknown else ""))

    def command_line(self, argv, where):
        """argv after the binary: a command, then --flag VALUE / --flag=VALUE settings."""
        argv = [str(a) for a in argv or []]
        self.expect(bool(argv) and argv[0] in self.facts.commands,
                    "%s: command %r is one of %s" % (where, argv[:1], sorted(self.facts.commands)))
        flags = [a[2:].split("=", 1)[0] for a in argv[1:] if a.startswith("--")]
        unknown = [f for f in flags if f not in self.facts.flags]
        self.expect(not unknown, "%s: flags %s are real settings%s"
                    % (where, flags, (" (unknown: %s)" % unknown) if unknown else ""))
        return argv[0] if argv else None, flags

    def probe_path(self, path, expected, where):
        self.expect(path == expected and self.facts.route_exists(path),
                    "%s: probe path %s is %s and the server answers it (status %s)"
                    % (where, path, expected, self.facts.route_status.get(path)))

    def image_tag(self, image, where):
        repo, _, tag = image.rpartition(":")
        self.expect(repo.endswith("/" + SYNCD_BINARY) and tag == self.facts.version,
                    "%s: image %s is .../%s:%s (the binary's version)"
                    % (where, image, SYNCD_BINARY, self.facts.version))

    # ---- Containerfile ------------------------------------------------------------------------
    def containerfile(self, path):
        where = os.path.relpath(path, self.source)
        with open(path) as f:
            text = re.sub(r"\\\n", " ", f.read())
        lines = [l.strip() for l in text.splitlines() if l.strip() and not l.strip().startswith("#")]
        stages = [i for i, l in enumerate(lines) if l.upper().startswith("FROM ")]
        self.expect(len(stages) >= 2, "%s: multi-stage (%d FROM lines)" % (where, len(stages)))
        final = lines[stages[-1]:] if stages else lines

        def instr(name, block=final):
            return [l[len(name) + 1:].strip() for l in block if l.upper().startswith(name + " ")]

        users = instr("USER")
        user = users[-1].split(":")[0] if users else "root"
        self.expect(user.isdigit() and int(user) != 0,
                    "%s: final stage runs as a numeric non-root user (%s)" % (where, user))
        env = {}
        for e in instr("ENV"):
            for k, v in re.findall(r"(\S+?)=(\S+)", e):
                env[k] = v
        self.known_vars([k for k in env if k.startswith("SATCHEL_")], where)
        port = listen_port(env.get("SATCHEL_LISTEN", self.facts.defaults.get("SATCHEL_LISTEN")))
        self.expect(str(port) in " ".join(instr("EXPOSE")).split(),
                    "%s: EXPOSE %s matches SATCHEL_LISTEN's port" % (where, instr("EXPOSE")))
        health = " ".join(instr("HEALTHCHECK"))
        m = re.search(r"http://[^:/\"]+:(\d+)(/[a-z]+)", health)
        self.expect(bool(m) and int(m.group(1)) == port,
                    "%s: HEALTHCHECK targets the listen port %s" % (where, port))
        if m:
            self.probe_path(m.group(2), "/healthz", where + " HEALTHCHECK")
        entry = instr("ENTRYPOINT")
        self.expect(bool(entry) and entry[-1].strip('[]" ').endswith("/" + SYNCD_BINARY),
                    "%s: ENTRYPOINT is %s" % (where, SYNCD_BINARY))
        cmd = instr("CMD")
        if self.expect(bool(cmd), "%s: CMD present" % where):
            self.command_line(yaml.safe_load(cmd[-1]), where + " CMD")
        # The runtime installs the server package built in the first stage, so the libraries
        # it needs are exactly the package's Depends.
        self.expect(any("--from=" in c and SYNCD_BINARY + "_" in c for c in instr("COPY")) and
                    any(SYNCD_BINARY + "_" in r and "apt-get install" in r for r in instr("RUN")),
                    "%s: runtime stage installs the %s .deb from the build stage" % (where, SYNCD_BINARY))
        build = lines[:stages[-1]] if stages else []
        for src in instr("COPY", build):
            for part in src.split()[:-1]:
                if not part.startswith("--"):
                    self.expect(os.path.exists(os.path.join(self.source, part)),
                                "%s: COPY source %s exists in the repository" % (where, part))
        cmake_text = open(os.path.join(self.source, "CMakeLists.txt")).read() + \
            open(os.path.join(self.source, "resources", "CMakeLists.txt")).read()
        for opt in set(re.findall(r"-D(SATCHEL_[A-Z_]+)=", " ".join(build))):
            self.expect(opt in cmake_text, "%s: cmake -D%s is a real option" % (where, opt))

    # ---- compose ------------------------------------------------------------------------------
    def compose(self, doc, folder):
        where = "compose.yaml"
        services = doc.get("services", {})
        for name in ("postgres", "minio", "migrate", "syncd"):
            self.expect(name in services, "%s: has service %s" % (where, name))
        syncd_like = {n: s for n, s in services.items() if SYNCD_BINARY in str(s.get("image", ""))}
        self.expect(set(syncd_like) >= {"migrate", "syncd"}, "%s: migrate and syncd run the syncd image" % where)
        for name, svc in syncd_like.items():
            w = "%s service %s" % (where, name)
            self.image_tag(svc["image"], w)
            env = svc.get("environment", {})
            self.expect(isinstance(env, dict), "%s: environment is a mapping" % w)
            self.known_vars([k for k in env if k.startswith("SATCHEL_")], w)
            command, _ = self.command_line(svc.get("command"), w)
            url = env.get("SATCHEL_DATABASE_URL", "")
            host = re.match(r"postgres(?:ql)?://[^@]*@([^:/]+)", url)
            self.expect(bool(host) and host.group(1) in services,
                        "%s: SATCHEL_DATABASE_URL points at a compose service" % w)
            if "build" in svc:
                b = svc["build"]
                ctx = os.path.normpath(os.path.join(folder, b.get("context", ".")))
                self.expect(os.path.isfile(os.path.join(ctx, b.get("dockerfile", "Dockerfile"))),
                            "%s: build context and Containerfile exist" % w)
            if command == "serve":
                port = listen_port(env.get("SATCHEL_LISTEN"))
                published = [str(p).rsplit(":", 1)[-1] for p in svc.get("ports", [])]
                self.expect(str(port) in published, "%s: publishes the listen port %s" % (w, port))
                test = " ".join(map(str, svc.get("healthcheck", {}).get("test", [])))
                m = re.search(r"http://[^:/]+:(\d+)(/[a-z]+)", test)
                self.expect(bool(m) and int(m.group(1)) == port, "%s: healthcheck on the listen port" % w)
                if m:
                    self.probe_path(m.group(2), "/healthz", w + " healthcheck")
                deps = svc.get("depends_on", {})
                self.expect(deps.get("migrate", {}).get("condition") == "service_completed_successfully",
                            "%s: starts after migrate completed successfully" % w)
            if command == "migrate":
                self.expect(svc.get("restart") == "no", "%s: a one-shot step (restart: no)" % w)

    # ---- packaged configuration and unit ------------------------------------------------------
    def packaged_config(self, conf_path, unit_path):
        with open(conf_path) as f:
            conf = dict(re.findall(r"^(SATCHEL_[A-Z0-9_]+)=(.*)$", f.read(), re.M))
        self.known_vars(conf, "syncd.conf")
        self.expect(conf.get("SATCHEL_REGISTRATION") == "admin", "syncd.conf: registration is admin-only")
        self.expect(not conf.get("SATCHEL_JWT_SECRET") and "@" not in conf.get("SATCHEL_DATABASE_URL", ""),
                    "syncd.conf: ships no secret")
        with open(unit_path) as f:
            unit = f.read()
        m = re.search(r"^ExecStart=/usr/bin/%s (.*)$" % SYNCD_BINARY, unit, re.M)
        if self.expect(bool(m), "unit: ExecStart runs /usr/bin/%s" % SYNCD_BINARY):
            self.command_line(m.group(1).split(), "unit ExecStart")
        state = re.search(r"^StateDirectory=(\S+)", unit, re.M)
        blob = conf.get("SATCHEL_BLOB_DIR", self.facts.defaults.get("SATCHEL_BLOB_DIR", ""))
        self.expect(bool(state) and blob.startswith("/var/lib/%s/" % state.group(1)),
                    "unit: the blob folder %s is inside StateDirectory" % blob)

    # ---- docs/operations.md -------------------------------------------------------------------
    def operations_guide(self, path):
        with open(path) as f:
            text = f.read()
        # The settings table: one row per setting with its flag, variable and default as --help
        # gives them (descriptions may be reworded; regenerate with --settings-table).
        block = re.search(r"<!-- settings:begin -->\n(.*?)<!-- settings:end -->", text, re.S)
        rows = set(re.findall(r"^\| `--([a-z0-9-]+)` \| `(SATCHEL_[A-Z0-9_]+)` \| (?:`([^`]*)`)? \|",
                              block.group(1) if block else "", re.M))
        expected = {(f, e, self.facts.defaults[e]) for f, e in self.facts.flags.items()}
        self.expect(rows == expected,
                    "operations.md: the settings table matches --help (missing or wrong: %s; extra: %s)"
                    % (sorted(expected - rows), sorted(rows - expected)))
        missing = sorted(e for e in self.facts.env_vars if e not in text)
        self.expect(not missing, "operations.md: documents every variable (missing %s)" % missing)
        missing = sorted(f for f in self.facts.flags if "--" + f not in text)
        self.expect(not missing, "operations.md: documents every flag (missing %s)" % missing)
        # Besides the server's settings the guide may name the install test's own knobs.
        here = os.path.dirname(os.path.abspath(__file__))
        tools = "".join(open(os.path.join(here, f)).read() for f in ("deb-install-test", "debian-root.sh"))
        test_knobs = set(re.findall(r"\$\{(SATCHEL_[A-Z0-9_]+):-", tools))
        self.known_vars(set(VAR.findall(text)) - test_knobs, "operations.md")
        commands = set(re.findall(r"\bsatchel-syncd ([a-z][a-z-]+)", text))
        unknown = sorted(commands - self.facts.commands)
        self.expect(not unknown, "operations.md: names only real commands (unknown: %s)" % unknown)
        for route in ("/healthz", "/readyz", "/metrics"):
            self.expect(route in text and self.facts.route_exists(route),
                        "operations.md: explains %s, which the server answers" % route)
        exported = self.facts.metric_names
        named = set(re.findall(r"\b(satchel_[a-z][a-z0-9_]*)", text))
        base = lambda n: re.sub(r"_(bucket|sum|count)$", "", n)
        unknown = sorted(n for n in named if n not in exported and base(n) not in exported)
        self.expect(bool(named) and not unknown,
                    "operations.md: metrics and alerts name only exported metrics (unknown: %s)" % unknown)

    # ---- Kubernetes -----------------------------------------------------------------------------
    def kubernetes(self, folder):
        from k8s_checks import check_kubernetes
        check_kubernetes(self, folder)
