#!/usr/bin/env python3
"""Summarises a JFR recording of the server under load: where its CPU samples are.

Usage: bench/profile.py RECORDING.jfr [JFR_COMMAND]
Prints the share of execution samples whose innermost frame is in each of the main layers (the JDK's
cryptography, Undertow and XNIO, RESTEasy and Weld, jjwt, this project, the rest) and the hottest frames.
"""
import collections
import re
import subprocess
import sys

LAYERS = [
    ("JDK cryptography (sun.security, java.math)", ("sun.security.", "java.math.", "com.sun.crypto.")),
    ("Undertow and XNIO (HTTP I/O)", ("io.undertow.", "org.xnio.", "org.wildfly.common.")),
    ("RESTEasy, Weld, Servlet (dispatch)", ("org.jboss.resteasy.", "org.jboss.weld.", "jakarta.")),
    ("jjwt (JWS building)", ("io.jsonwebtoken.",)),
    ("jwks-server", ("dev.jwksserver.",)),
    ("logging", ("org.jboss.logmanager.", "java.util.logging.")),
]


def leaf_frames(recording, jfr):
    text = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", recording], check=True,
                          capture_output=True, text=True).stdout
    for sample in text.split("jdk.ExecutionSample")[1:]:
        frame = re.search(r"^\s+([\w.$<>]+)\(.*line: (\d+)", sample, re.M)
        if frame:
            yield frame.group(1), frame.group(2)


def layer(method):
    for name, prefixes in LAYERS:
        if method.startswith(prefixes):
            return name
    return "other (JDK collections, strings, threads...)"


def main():
    recording = sys.argv[1]
    jfr = sys.argv[2] if len(sys.argv) > 2 else "jfr"
    frames = list(leaf_frames(recording, jfr))
    if not frames:
        print("no execution samples in %s" % recording)
        return
    layers = collections.Counter(layer(method) for method, _ in frames)
    print("%d execution samples in %s" % (len(frames), recording))
    for name, count in layers.most_common():
        print("  %5.1f%%  %s" % (100.0 * count / len(frames), name))
    print("hottest frames:")
    for (method, line), count in collections.Counter(frames).most_common(8):
        print("  %5.1f%%  %s line %s" % (100.0 * count / len(frames), method, line))


main()
