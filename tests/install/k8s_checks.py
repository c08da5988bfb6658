"""Kubernetes part of check_deployment.py: installers/k8s against the real binary."""

import glob
import os

import yaml

from recipe_checks import SYNCD_BINARY, listen_port


def load_documents(folder):
    docs = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
        with open(path) as f:
            docs[os.path.basename(path)] = [d for d in yaml.safe_load_all(f) if d]
    return docs


def by_kind(docs, kind, files=None):
    return {d["metadata"]["name"]: d for name, ds in docs.items() if files is None or name in files
            for d in ds if d.get("kind") == kind}


def pod_spec(workload):
    return workload["spec"]["template"]["spec"]


def matches(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_kubernetes(check, folder):
    docs = load_documents(folder)
    kustomization = docs.get("kustomization.yaml", [{}])[0]
    applied = set(kustomization.get("resources", []))
    missing = sorted(r for r in applied if r not in docs)
    check.expect(not missing, "k8s: kustomization resources exist (missing %s)" % missing)
    check.expect("secret.example.yaml" not in applied, "k8s: the example Secret is not applied")
    for image in kustomization.get("images", []):
        check.image_tag("%s:%s" % (image["name"], image.get("newTag", "")), "k8s kustomization images")

    configmaps = by_kind(docs, "ConfigMap", applied)
    secrets = by_kind(docs, "Secret")  # the example documents the Secret the operator creates
    deployments = by_kind(docs, "Deployment", applied)
    jobs = by_kind(docs, "Job", applied)
    for name, cm in configmaps.items():
        check.known_vars(cm.get("data", {}), "k8s ConfigMap " + name)
    for name, s in secrets.items():
        check.known_vars(s.get("stringData", {}), "k8s Secret " + name)

    check.expect("satchel-syncd" in deployments and "satchel-syncd-worker" in deployments,
                 "k8s: API Deployment satchel-syncd and worker Deployment satchel-syncd-worker")
    check.expect("satchel-syncd-migrate" in jobs, "k8s: migration Job satchel-syncd-migrate")

    for kind, workloads in (("Deployment", deployments), ("Job", jobs)):
        for name, w in workloads.items():
            for c in pod_spec(w)["containers"]:
                if SYNCD_BINARY in c.get("image", ""):
                    check_container(check, "k8s %s %s" % (kind, name), c, configmaps, secrets,
                                    serving=kind == "Deployment")

    for name, job in jobs.items():
        for c in pod_spec(job)["containers"]:
            check.expect(c.get("args", [None])[0] == "migrate", "k8s Job %s: runs migrate" % name)

    worker = deployments.get("satchel-syncd-worker")
    if worker:
        flags = [a[2:].split("=")[0] for c in pod_spec(worker)["containers"] for a in c.get("args", [])
                 if str(a).startswith("--")]
        check.expect(any("workers" in f and f in check.facts.flags for f in flags),
                     "k8s worker Deployment: starts job workers with a real --*workers flag (%s)" % flags)

    api = deployments.get("satchel-syncd")
    api_labels = api["spec"]["template"]["metadata"]["labels"] if api else {}
    worker_labels = worker["spec"]["template"]["metadata"]["labels"] if worker else {}
    for name, svc in by_kind(docs, "Service", applied).items():
        sel = svc["spec"].get("selector", {})
        check.expect(matches(sel, api_labels) and not matches(sel, worker_labels),
                     "k8s Service %s: selects the API pods only" % name)
        ports = {p["name"] for c in pod_spec(api)["containers"] for p in c.get("ports", [])} if api else set()
        for p in svc["spec"]["ports"]:
            check.expect(p.get("targetPort") in ports, "k8s Service %s: targetPort %s is a named container port"
                         % (name, p.get("targetPort")))
    for name, hpa in by_kind(docs, "HorizontalPodAutoscaler", applied).items():
        ref = hpa["spec"]["scaleTargetRef"]
        check.expect(ref.get("kind") == "Deployment" and ref.get("name") == "satchel-syncd",
                     "k8s HPA %s: scales the API Deployment" % name)
    for name, pdb in by_kind(docs, "PodDisruptionBudget", applied).items():
        check.expect(matches(pdb["spec"]["selector"].get("matchLabels", {}), api_labels),
                     "k8s PDB %s: selects the API pods" % name)
    for name, d in deployments.items():
        check.expect(matches(d["spec"]["selector"]["matchLabels"], d["spec"]["template"]["metadata"]["labels"]),
                     "k8s Deployment %s: selector matches its pod labels" % name)


def check_container(check, where, c, configmaps, secrets, serving):
    check.image_tag(c["image"], where)
    check.command_line(c.get("args"), where)
    env_names = [e["name"] for e in c.get("env", [])]
    check.known_vars([n for n in env_names if n.startswith("SATCHEL_")], where + " env")
    listen = None
    for ref in c.get("envFrom", []):
        if "configMapRef" in ref:
            name = ref["configMapRef"]["name"]
            check.expect(name in configmaps, "%s: ConfigMap %s exists" % (where, name))
            listen = configmaps.get(name, {}).get("data", {}).get("SATCHEL_LISTEN", listen)
        if "secretRef" in ref:
            name = ref["secretRef"]["name"]
            check.expect(name in secrets, "%s: Secret %s is documented (secret.example.yaml)" % (where, name))
    for e in c.get("env", []):
        if e["name"] == "SATCHEL_LISTEN":
            listen = e.get("value")
    check.expect(bool(c.get("envFrom")), "%s: takes settings from the ConfigMap and Secret" % where)
    sc = c.get("securityContext", {})
    check.expect(sc.get("allowPrivilegeEscalation") is False and "ALL" in sc.get("capabilities", {}).get("drop", []),
                 "%s: no privilege escalation, all capabilities dropped" % where)
    if not serving:
        return
    port = listen_port(listen or check.facts.defaults.get("SATCHEL_LISTEN"))
    named = {p.get("name"): p["containerPort"] for p in c.get("ports", [])}
    check.expect(port in named.values(), "%s: containerPort is the listen port %s" % (where, port))
    for probe, path in (("readinessProbe", "/readyz"), ("livenessProbe", "/healthz")):
        get = c.get(probe, {}).get("httpGet", {})
        target = named.get(get.get("port"), get.get("port"))
        check.expect(target == port, "%s: %s on the listen port" % (where, probe))
        check.probe_path(get.get("path"), path, "%s %s" % (where, probe))
