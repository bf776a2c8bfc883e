#!/usr/bin/env bash
# Prints the wall-clock time of `attack techniques --group G0016` in a fresh JVM, five times,
# through the attack launcher (which maps the class-data archive target/attack.jsa when the build
# wrote one) and through a plain `java -jar`. Build first with ./mvnw -B -q package -Pquick. The
# bundle defaults to ../shared/data beside the project.
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=${1:-../shared/data/attack/enterprise-attack-18.1.json.gz}
jar=attack-examples/target/attack.jar
archive=attack-examples/target/attack.jsa
[ -f "$jar" ] || { echo "cold-start: $jar not found; build it with ./mvnw -B -q package -Pquick" >&2; exit 1; }
[ -f "$bundle" ] || { echo "cold-start: bundle not found: $bundle" >&2; exit 1; }

time_of() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

for runner in "attack-examples/attack" "java -jar $jar"; do
  times=()
  for _ in 1 2 3 4 5; do
    # shellcheck disable=SC2086 # the runner is a list of words
    times+=("$(time_of $runner techniques --group G0016 --bundle "$bundle")")
  done
  echo "$runner techniques --group G0016: ${times[*]} ms"
done
if [ "$archive" -nt "$jar" ]; then
  echo "class-data archive: $archive"
else
  echo "class-data archive: none newer than the jar"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
