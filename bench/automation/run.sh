#!/bin/bash
# Rule evaluation cost per event with 200 active rules. Run from the project root after `mvn compile`:
#   bench/automation/run.sh
set -e
cd "$(dirname "$0")/../.."
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -cp "target/classes:$(cat target/bench.classpath)" bench/automation/RuleEvaluationBenchmark.java
