#!/usr/bin/env python3
"""Precision on real code: scan trees that Debian installs and compare the
findings with a hand-reviewed expectation file.

Every finding in a tree must be listed in expected.toml under that tree, with
its rule, file and a reason (why it is real, or why it is an accepted
exception). A finding that is not listed, or more findings of a rule in a
file than listed, fails the test: new noise shows up here before users see
it. Trees whose Debian package is not installed are skipped with a message
(`make deps` installs them).
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import tomllib


def installed(package):
    r = subprocess.run(['dpkg-query', '-W', '-f=${Status}', package],
                       capture_output=True, text=True)
    return r.returncode == 0 and r.stdout.startswith('install ok installed')


def resolve(pattern):
    """The tree's directory; a glob may absorb a version (go-1.19)."""
    hits = sorted(glob.glob(pattern))
    return hits[-1] if hits else None


def scan(rtclint, root):
    r = subprocess.run([rtclint, 'scan', '--format', 'json', '--fail-on',
                        'never', '--no-ignore', root],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f'rtclint failed on {root} ({r.returncode}):\n'
                           f'{r.stderr}')
    return json.loads(r.stdout)['findings']


def relative(path, root):
    return os.path.relpath(path, root)


def check_tree(rtclint, tree):
    name = tree['name']
    if not installed(tree['package']):
        return None, f'skipped {name}: Debian package {tree["package"]} is ' \
            'not installed (make deps installs it)'
    root = resolve(tree['path'])
    if root is None:
        return None, f'skipped {name}: {tree["path"]} not found'
    allowed = collections.Counter()
    for f in tree.get('finding', []):
        missing = [k for k in ('rule', 'file', 'reason') if not f.get(k)]
        if missing:
            return [f'{name}: expectation {f} lacks {", ".join(missing)}'], ''
        allowed[(f['rule'], f['file'])] += f.get('count', 1)
    seen = collections.Counter()
    lines = collections.defaultdict(list)
    for f in scan(rtclint, root):
        key = (f['rule'], relative(f['path'], root))
        seen[key] += 1
        lines[key].append(f['line'])
    errors = []
    for key, n in sorted(seen.items()):
        if n > allowed[key]:
            rule, file = key
            errors.append(
                f'{name}: {n} {rule} finding(s) in {file} (lines '
                f'{", ".join(map(str, lines[key]))}), {allowed[key]} '
                'expected: fix the rule, or review each one and list it in '
                'test/realworld/expected.toml with a reason')
    for key, n in sorted(allowed.items()):
        if seen[key] < n:
            rule, file = key
            errors.append(
                f'{name}: {n} {rule} finding(s) expected in {file}, '
                f'{seen[key]} found: lower the count or delete the entry in '
                'test/realworld/expected.toml')
    per_rule = collections.Counter()
    for (rule, _), n in seen.items():
        per_rule[rule] += n
    summary = ', '.join(f'{r} {n}' for r, n in sorted(per_rule.items()))
    return errors, f'{name} ({root}): {sum(seen.values())} findings' + \
        (f' ({summary})' if summary else '')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rtclint', required=True)
    ap.add_argument('--expect', required=True)
    args = ap.parse_args()
    with open(args.expect, 'rb') as f:
        spec = tomllib.load(f)
    failures = []
    for tree in spec['tree']:
        errors, note = check_tree(args.rtclint, tree)
        print(note)
        failures += errors or []
    for e in failures:
        print('FAIL ' + e)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
