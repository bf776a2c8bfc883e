#!/usr/bin/env bash
# Times `attack threat-model` from a cold JVM, three runs with `java -jar` and three with the
# attack-examples/attack launcher, and prints each wall time and the machine load. Build the jar
# first: ./mvnw -B -q package -Pquick
# Usage: attack-examples/bench/threat-model-timing.sh [BUNDLE [RULES...]]
# Defaults: enterprise 18.1 and the SigmaHQ rules in ../shared/data beside the repository.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/attack-examples/target/attack.jar"
bundle=${1:-$root/../shared/data/attack/enterprise-attack-18.1.json.gz}
shift || true
rules=("$@")
if [ ${#rules[@]} -eq 0 ]; then
  rules=("$root/../shared/data/detections/sigma/rules")
fi
if [ ! -f "$jar" ]; then
  echo "missing $jar: build it with ./mvnw -B -q package -Pquick" >&2
  exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "load before: $(uptime)"
for command in "java -jar $jar" "$root/attack-examples/attack"; do
  for run in 1 2 3; do
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # the command is a list of words
    $command threat-model --bundle "$bundle" --rules "${rules[@]}" \
        --out "$out/threat-model" > /dev/null 2>&1
    end=$(date +%s%N)
    echo "${command##*/} run $run: $(( (end - start) / 1000000 )) ms"
  done
done
echo "load after: $(uptime)"
