#!/usr/bin/env bash
# Start-up time of `ssoctl --version` and `--help` next to `gh --version`, in
# one hyperfine run. Needs hyperfine and gh (Debian packages of those names).
# Usage: scripts/bench-startup.sh [--export-markdown FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine gh; do
    command -v "$tool" >/dev/null || { echo "install $tool first: apt-get install $tool" >&2; exit 1; }
done
cargo build --release --locked --quiet
bin=target/release/ssoctl
# An empty config dir and no keyring: start-up must touch neither anyway.
export SSOCTL_CONFIG_DIR="$(mktemp -d)"
hyperfine --warmup 20 --runs 300 -N "$@" \
    "$bin --version" \
    "$bin --help" \
    "gh --version"
