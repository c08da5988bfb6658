#!/usr/bin/python3
"""Structural test of Satchel's deployment recipes (ctest: install_manifests).

No container engine or cluster runs on the build machine, so this holds the Containerfile,
the compose file, the Kubernetes manifests, the packaged configuration and
docs/operations.md against what the real satchel-syncd binary says and does: every
SATCHEL_* variable and --flag they use is one `--help` lists, every command is a real one,
image tags are the binary's version, ports agree with the listen address, probe paths are
routes the server answers, Service/HPA/PDB selectors and ConfigMap/Secret references
resolve, the docs cover every setting and name only metrics the server exports.

    check_deployment.py --syncd BUILD/bin/satchel-syncd --source REPO
    check_deployment.py --syncd BUILD/bin/satchel-syncd --settings-table
        prints the settings table for docs/operations.md (between its settings markers)
"""

import argparse
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import syncd_facts  # noqa: E402
from recipe_checks import Checker  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--syncd", required=True)
    parser.add_argument("--source")
    parser.add_argument("--settings-table", action="store_true")
    args = parser.parse_args()
    if args.settings_table:
        sys.stdout.write(syncd_facts.settings_table(syncd_facts.describe(args.syncd)))
        return 0
    if not args.source:
        parser.error("--source is required")

    probe_paths = ["/healthz", "/readyz", "/metrics"]
    facts = syncd_facts.gather(args.syncd, probe_paths)
    print("satchel-syncd %s: %d settings, commands %s, routes %s"
          % (facts.version, len(facts.flags), sorted(facts.commands), facts.route_status))

    check = Checker(facts, args.source)
    inst = os.path.join(args.source, "installers")
    check.containerfile(os.path.join(inst, "container", "Containerfile"))
    with open(os.path.join(inst, "compose", "compose.yaml")) as f:
        check.compose(yaml.safe_load(f), os.path.join(inst, "compose"))
    check.kubernetes(os.path.join(inst, "k8s"))
    check.packaged_config(os.path.join(inst, "linux", "syncd.conf"),
                          os.path.join(inst, "linux", "satchel-syncd.service"))
    check.operations_guide(os.path.join(args.source, "docs", "operations.md"))

    for line in check.passed:
        print("ok   " + line)
    for line in check.failures:
        print("FAIL " + line)
    print("%d checks passed, %d failed" % (len(check.passed), len(check.failures)))
    return 1 if check.failures or not check.passed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (syncd_facts.FactsError, yaml.YAMLError, OSError) as e:
        print("FAIL " + str(e))
        sys.exit(1)
