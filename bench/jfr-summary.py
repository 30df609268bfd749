#!/usr/bin/env python3
"""Where a running Tessera spends its CPU, from a JFR recording (JDK 17 has no `jfr view`).

    jcmd <pid> JFR.start duration=20s filename=/tmp/t.jfr settings=profile    # while the driver runs a scenario
    jfr print --events jdk.ExecutionSample --stack-depth 200 /tmp/t.jfr > /tmp/t.txt
    bench/jfr-summary.py /tmp/t.txt

Prints each library's share of the samples by the innermost frame of that library (a sample in the JDBC driver
called from Hibernate counts for the driver), the threads, and the hottest frames.
"""
import collections
import re
import sys

LIBRARIES = [("jdbc driver", "org.postgresql."), ("hikari", "com.zaxxer.hikari"), ("hibernate", "org.hibernate."),
             ("jackson", "tools.jackson."), ("thymeleaf", "org.thymeleaf."),
             ("modulith events", "org.springframework.modulith."), ("spring security", "org.springframework.security."),
             ("spring data", "org.springframework.data."), ("spring jdbc", "org.springframework.jdbc."),
             ("spring tx/aop", "org.springframework.transaction."), ("spring web", "org.springframework.web."),
             ("tomcat", "org.apache."), ("micrometer", "io.micrometer."), ("tessera", "org.tessera.")]

samples = 0
by_library, by_thread, top = collections.Counter(), collections.Counter(), collections.Counter()
for event in open(sys.argv[1]).read().split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)
    if not frames:
        continue
    samples += 1
    top[frames[0]] += 1
    thread = re.search(r'sampledThread = "([^"]+)"', event)
    by_thread[re.sub(r"[-#]?\d+$", "", thread.group(1) if thread else "?")] += 1
    by_library[next((name for f in frames for name, prefix in LIBRARIES if f.startswith(prefix)), "jdk/other")] += 1

print(f"{samples} samples")
for title, counter, n in (("libraries (innermost frame)", by_library, 20), ("threads", by_thread, 8),
                          ("hottest frames", top, 20)):
    print(title + ":")
    for name, count in counter.most_common(n):
        print(f"  {100.0 * count / samples:5.1f}%  {name}")
