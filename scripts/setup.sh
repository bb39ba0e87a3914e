#!/usr/bin/env bash
# What a fresh machine needs before `cargo build`: RocksDB (Oxigraph's
# storage) is C++ built by bindgen, so a C++ compiler, clang and libclang.
# With --ci, also what the tests use: Graphviz, Chromium, and pySHACL in
# .venv (pinned) for the cross-check of `racegraph validate`.
# Installs only what is missing, says what it installs; running it again
# does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

ci=0
[ "${1:-}" = "--ci" ] && ci=1

have_libclang() {
  ls /usr/lib/llvm-*/lib/libclang*.so* /usr/lib/x86_64-linux-gnu/libclang*.so* >/dev/null 2>&1
}

need=()
command -v c++ >/dev/null 2>&1 || need+=(g++)
command -v clang >/dev/null 2>&1 || need+=(clang)
have_libclang || need+=(libclang-dev)
if [ "$ci" = 1 ]; then
  command -v dot >/dev/null 2>&1 || need+=(graphviz)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  python3 -m venv --help >/dev/null 2>&1 || need+=(python3-venv)
fi
if [ "${#need[@]}" -gt 0 ]; then
  echo "setup: installing ${need[*]} with apt-get" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ "$ci" = 1 ] && [ ! -x .venv/bin/pyshacl ]; then
  echo "setup: installing pySHACL in .venv" >&2
  python3 -m venv .venv
  .venv/bin/pip install -q "pyshacl==0.30.1"
fi
