"""Shared set-up of the clang frontend and clang-tidy tests: a temporary copy
of test/integration/clang_fixtures with its own compile_commands.json."""
import json
import os
import shutil
import tempfile

from rtclint_test_util import SOURCE_DIR

FIXTURES = os.path.join(SOURCE_DIR, "test", "integration", "clang_fixtures")

# How each fixture is compiled (arguments after the compiler).
COMMANDS = {
    "src/native_app.c": ["clang-19", "-std=c11", "-Wall", "-Werror"],
    "src/rest_service.cpp": ["clang++-19", "-std=c++17", "-O2"],
    "src/RoomViewController.m": ["clang-19", "-fobjc-arc", "-fblocks"],
    "src/LegacyViewController.m": ["clang-19", "-fobjc-arc"],
}


def make_tree():
    """Copies the fixtures to a temp dir and writes build/compile_commands.json
    there (relative include paths, as CMake writes them for a subdir)."""
    root = tempfile.mkdtemp(prefix="rtclint-clang-")
    for sub in ("src", "sysroot"):
        shutil.copytree(os.path.join(FIXTURES, sub), os.path.join(root, sub))
    build = os.path.join(root, "build")
    os.makedirs(build)
    entries = []
    for rel, cmd in COMMANDS.items():
        out = os.path.join("obj", os.path.basename(rel) + ".o")
        entries.append({
            "directory": build,
            "arguments": cmd + ["-isystem", "../sysroot/include", "-o", out,
                                "-c", os.path.join("..", rel)],
            "file": os.path.join("..", rel),
        })
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    return root


def line_of(root, rel, needle):
    """1-based line of the first line of rel containing needle."""
    with open(os.path.join(root, rel)) as f:
        for n, line in enumerate(f, 1):
            if needle in line:
                return n
    raise AssertionError(f"{needle!r} not in {rel}")
