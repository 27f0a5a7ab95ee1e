#!/usr/bin/env python3
"""beai's start-up, footprint and latency benchmark.

Runs each program under a pseudo-terminal (100x30 unless told) and measures:
  - time from process start to the first complete frame (the footer's "quit" drawn), median of N
    runs, for beai and for the floor: a minimal C ncurses program built here from floor.c;
  - peak resident memory (RSS) of beai with the built-in data and with --data DIR;
  - with --data DIR, the first start (which decodes and validates the JSON, then caches it) and
    later starts (from the cache), each under a fresh XDG_CACHE_HOME;
  - keystroke-to-frame latency of search (beai writes per-frame timings to BEAI_FRAME_LOG),
    p50 and p99, at both sizes; for a large dataset, where beai searches on a thread of its own,
    also the time from each key to the frame that shows its results.

  - the time to render a full frame at 200x60, by running `beai-bench --render` (built beside
    beai: `swift build -c release --static-swift-stdlib --product beai-bench`).

With --config FILE, beai starts with that config file (by default with none, whatever the
user's own).

Usage: python3 Benchmarks/startup.py [--beai PATH] [--runs N] [--large-data DIR] [--config FILE]
"""
import argparse, os, pty, resource, select, signal, statistics, struct, subprocess, sys, tempfile, time, fcntl, termios

HERE = os.path.dirname(os.path.abspath(__file__))


def build_floor():
    out = os.path.join(tempfile.gettempdir(), "beai-floor")
    subprocess.run(["gcc", "-O2", "-o", out, os.path.join(HERE, "floor.c"), "-lncursesw"], check=True)
    return out


def spawn(argv, env, cols, rows):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd


def read_until(fd, marker, timeout):
    """Reads pty output until `marker` is seen; returns the time it was seen (or None)."""
    seen = b""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return None, seen
        if not chunk:
            return None, seen
        seen += chunk
        if marker in seen:
            return time.perf_counter(), seen
    return None, seen


def drain(fd, seconds):
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.02)
        if ready:
            try:
                if not os.read(fd, 65536):
                    return
            except OSError:
                return


def first_frame(argv, env, cols=100, rows=30, marker=b"quit", keys=b"q"):
    """Seconds from start to the first frame, and the child's peak RSS in KiB."""
    start = time.perf_counter()
    pid, fd = spawn(argv, env, cols, rows)
    seen_at, _ = read_until(fd, marker, 60)
    os.write(fd, keys)
    drain(fd, 0.2)
    _, status, usage = os.wait4(pid, 0)
    os.close(fd)
    if seen_at is None:
        raise SystemExit(f"no frame from {argv[0]}")
    return seen_at - start, usage.ru_maxrss


def search_latency(argv, env, query, cols=100, rows=30, settle=0.3, per_key=0.05):
    """Per-keystroke frame times (ms) from BEAI_FRAME_LOG while typing `query` into the search.
    `settle` is how long to wait after the first frame (the index is built after it)."""
    log = tempfile.NamedTemporaryFile(prefix="beai-frames-", delete=False).name
    env = dict(env, BEAI_FRAME_LOG=log)
    pid, fd = spawn(argv, env, cols, rows)
    read_until(fd, b"quit", 120)
    drain(fd, settle)
    os.write(fd, b"/")
    drain(fd, 0.3)
    for character in query:
        os.write(fd, character.encode())
        drain(fd, per_key)
    os.write(fd, b"\x1b")
    drain(fd, 0.3)
    os.write(fd, b"q")
    drain(fd, 0.3)
    _, _, usage = os.wait4(pid, 0)
    os.close(fd)
    with open(log) as handle:
        lines = [line.split() for line in handle if line.strip()]
    os.unlink(log)
    # Each line: "<action> <milliseconds>"; keep the frames that answered a typed key, and the
    # frames that showed a deferred search's results (timed from the key that asked for them).
    times = [float(parts[1]) for parts in lines if parts[0] == "key"]
    results = [float(parts[1]) for parts in lines if parts[0] == "results"]
    return times[-len(query):], results, usage.ru_maxrss


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beai", default=os.path.join(HERE, "..", ".build", "release", "beai"))
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--large-data", help="a dataset directory (e.g. 100,000 synthetic programmes)")
    parser.add_argument("--config", help="a config.toml to start with (default: none, whatever the user has)")
    args = parser.parse_args()

    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    env.pop("LC_ALL", None)
    env["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="beai-bench-state-")
    env["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="beai-bench-cache-")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="beai-bench-config-")
    if args.config:
        os.makedirs(os.path.join(env["XDG_CONFIG_HOME"], "beai"))
        with open(args.config, "rb") as source, open(os.path.join(env["XDG_CONFIG_HOME"], "beai", "config.toml"), "wb") as copy:
            copy.write(source.read())
    floor = build_floor()
    beai = [os.path.abspath(args.beai)]

    floor_times, beai_times, rss = [], [], []
    for _ in range(args.runs):
        floor_times.append(first_frame([floor], env)[0])
        seconds, peak = first_frame(beai, env)
        beai_times.append(seconds)
        rss.append(peak)
    floor_median = statistics.median(floor_times) * 1000
    beai_median = statistics.median(beai_times) * 1000
    print(f"first frame, 100x30, median of {args.runs}: floor {floor_median:.1f} ms, "
          f"beai {beai_median:.1f} ms = {beai_median / floor_median:.1f}x the floor")
    print(f"peak RSS, built-in data: {max(rss) / 1024:.1f} MiB")

    query = "innovation wallonia ai"
    latencies, _, _ = search_latency(beai, env, query)
    print(f"search keystroke to frame (with its results), built-in data: p50 {percentile(latencies, 0.5):.2f} ms, "
          f"p99 {percentile(latencies, 0.99):.2f} ms over {len(latencies)} keys")

    bench = os.path.join(os.path.dirname(beai[0]), "beai-bench")
    if os.access(bench, os.X_OK):
        render = subprocess.run([bench, "--render"], capture_output=True, text=True, check=False)
        print(render.stdout.strip() or render.stderr.strip())
    else:
        print(f"frame render: {bench} is not built (swift build -c release --static-swift-stdlib --product beai-bench)")

    if args.large_data:
        large = beai + ["--data", args.large_data]
        seconds, peak = first_frame(large, env)
        print(f"large dataset, first start (no cache): first frame {seconds * 1000:.0f} ms, peak RSS {peak / 1024:.1f} MiB")
        times, peaks = [], []
        for _ in range(5):
            seconds, peak = first_frame(large, env)
            times.append(seconds)
            peaks.append(peak)
        print(f"large dataset, later starts (cached), median of 5: first frame {statistics.median(times) * 1000:.0f} ms, "
              f"peak RSS {max(peaks) / 1024:.1f} MiB")
        latencies, results, peak = search_latency(large, env, query, settle=15, per_key=0.5)
        print(f"search keystroke to frame, large dataset: p50 {percentile(latencies, 0.5):.2f} ms, "
              f"p99 {percentile(latencies, 0.99):.2f} ms over {len(latencies)} keys; peak RSS {peak / 1024:.1f} MiB")
        if results:
            print(f"search keystroke to the frame with its results (searched on a thread of its own), large dataset: "
                  f"p50 {percentile(results, 0.5):.2f} ms, p99 {percentile(results, 0.99):.2f} ms over {len(results)} searches")


if __name__ == "__main__":
    main()
