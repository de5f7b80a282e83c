#!/usr/bin/env python3
"""Summarises an async-profiler CPU profile of the server under load (collapsed stacks, one thread per stack).

Usage: bench/profile.py PROFILE.collapsed
Prints the share of CPU samples per thread pool (the HTTP I/O threads, the worker threads that run the
application, the JIT compilers, the garbage collector), per layer of the innermost frame (the JDK's
cryptography, Undertow and XNIO, RESTEasy and Weld, jjwt, this project, logging, the kernel), and the hottest
innermost frames.
"""
import collections
import re
import sys

THREAD_POOLS = [
    ("HTTP I/O threads (Undertow)", re.compile(r"I/O")),
    ("worker threads (the requests)", re.compile(r"task")),
    ("JIT compiler threads", re.compile(r"Compiler")),
    ("garbage collector", re.compile(r"GC")),
]

LAYERS = [
    ("JDK cryptography (sun.security, java.math)", ("sun/security/", "java/math/", "com/sun/crypto/")),
    ("Undertow and XNIO (HTTP I/O)", ("io/undertow/", "org/xnio/", "org/wildfly/common/")),
    ("RESTEasy, Weld, Servlet (dispatch)", ("org/jboss/resteasy/", "org/jboss/weld/", "jakarta/")),
    ("jjwt (JWS building)", ("io/jsonwebtoken/",)),
    ("jwks-server", ("dev/jwksserver/",)),
    ("logging", ("org/jboss/logmanager/", "java/util/logging/")),
]


def samples(path):
    """Yields (thread, innermost frame, count) for each line of a collapsed profile."""
    with open(path) as lines:
        for line in lines:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            frames = stack.split(";")
            yield frames[0], frames[-1], int(count)


def thread_pool(thread):
    for name, pattern in THREAD_POOLS:
        if pattern.search(thread):
            return name
    return "other threads"


def layer(frame):
    if frame.endswith("_[k]"):
        return "kernel (network system calls, scheduling)"
    for name, prefixes in LAYERS:
        if frame.startswith(prefixes):
            return name
    if "/" in frame:
        return "other Java (JDK collections, strings, threads...)"
    return "JVM and native code (JIT, GC, libc)"


def print_shares(title, counter, total, most=None):
    print(title)
    for name, count in counter.most_common(most):
        print("  %5.1f%%  %s" % (100.0 * count / total, name))


def main():
    pools, layers, frames = collections.Counter(), collections.Counter(), collections.Counter()
    for thread, frame, count in samples(sys.argv[1]):
        pools[thread_pool(thread)] += count
        layers[layer(frame)] += count
        frames[frame] += count
    total = sum(pools.values())
    if not total:
        print("no samples in %s" % sys.argv[1])
        return
    print("%d CPU samples in %s" % (total, sys.argv[1]))
    print_shares("per thread pool:", pools, total)
    print_shares("per layer of the innermost frame:", layers, total)
    print_shares("hottest innermost frames:", frames, total, 8)


main()
