#!/usr/bin/env python3
"""Prints the benchmark table from the files bench/run.sh wrote: wrk outputs, JMH results and peak RSS."""
import glob
import json
import os
import re
import statistics
import sys

work, jdk, cores, threads, connections, duration, runs = sys.argv[1:8]
cores = int(cores)


def seconds(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0}[unit]


def wrk_runs(name):
    results = []
    for path in sorted(glob.glob(os.path.join(work, "wrk-%s-*.txt" % name))):
        text = open(path).read()
        errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", text))
        socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
        if socket:
            errors += sum(int(n) for n in socket.groups())
        results.append({
            "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
            "p50": seconds(re.search(r"\s50%\s+(\S+)", text).group(1)),
            "p99": seconds(re.search(r"\s99%\s+(\S+)", text).group(1)),
            "errors": errors,
        })
    return results


def summary(name):
    results = wrk_runs(name)
    rps = [r["rps"] for r in results]
    return {
        "median": statistics.median(rps), "min": min(rps), "max": max(rps),
        "p50": statistics.median(r["p50"] for r in results),
        "p99": statistics.median(r["p99"] for r in results),
        "errors": sum(r["errors"] for r in results),
    }


def signing_rates():
    rates = {}
    for result in json.load(open(os.path.join(work, "jmh.json"))):
        params = result.get("params", {})
        name = result["benchmark"].rsplit(".", 1)[-1]
        rates[(name, params.get("algorithm", ""))] = result["primaryMetric"]["score"]
    return rates


def rss(name):
    path = os.path.join(work, "rss-%s.txt" % name)
    return int(open(path).read().strip()) / 1024 if os.path.exists(path) else float("nan")


rates = signing_rates()
nginx = summary("jwks-nginx")
rows = [("GET /api/jwks  nginx (file)", nginx, "", "")]
server = summary("jwks-server")
rows.append(("GET /api/jwks  jwks-server", server, "%.2f x nginx" % (server["median"] / nginx["median"]),
             "%.0f MB" % rss("RS256")))
for algorithm in ("RS256", "ES256", "EdDSA"):
    token = summary("token-" + algorithm)
    ceiling = rates.get(("signature", algorithm), float("nan")) * cores
    rows.append(("POST /api/token %s" % algorithm, token,
                 "%.2f x ceiling %.0f/s" % (token["median"] / ceiling, ceiling), "%.0f MB" % rss(algorithm)))

print()
print("jwks-server benchmark: %s; %d cores; wrk -t%s -c%s -d%s, %s runs each" % (jdk, cores, threads, connections,
                                                                                 duration, runs))
print()
header = "| case | req/s median | min - max | p50 | p99 | non-2xx + socket errors | ratio | server peak RSS |"
print(header)
print("|" + "---|" * 8)
for name, s, ratio, memory in rows:
    print("| %s | %.0f | %.0f - %.0f | %.2f ms | %.2f ms | %d | %s | %s |" % (
        name, s["median"], s["min"], s["max"], s["p50"] * 1e3, s["p99"] * 1e3, s["errors"], ratio, memory))
print()
print("Signing ceiling (JMH, one thread, ops/s; the ceiling for %d cores is %d x this):" % (cores, cores))
for (name, algorithm), rate in sorted(rates.items()):
    print("  %-20s %-6s %10.0f" % (name, algorithm, rate))
