#!/usr/bin/env bash
# What a fresh machine needs before `cargo build`: RocksDB (Oxigraph's
# storage) is C++ built by bindgen, so a C++ compiler, clang and libclang;
# `racegraph push` speaks HTTPS through the system's OpenSSL (libssl-dev,
# found by pkg-config).
# With --ci, also what the tests use: Graphviz, Chromium, curl, Virtuoso 7
# (the server binary alone, virtuoso-opensource-7-bin: the push tests start
# it on a database of their own, no system service), and a Python
# venv (pinned versions) with the SPARQL clients the server's tests speak
# with, the Oxigraph server they compare against, and pySHACL for the
# check of the contract's SHACL shapes.
# Installs only what is missing, says what it installs; running it again
# does nothing. The venv is $RACEGRAPH_VENV, by default
# ~/.cache/racegraph-venv (outside the clone).
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
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
pkg-config --exists openssl 2>/dev/null || need+=(libssl-dev)
if [ "$ci" = 1 ]; then
  command -v dot >/dev/null 2>&1 || need+=(graphviz)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v curl >/dev/null 2>&1 || need+=(curl)
  command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource-7-bin)
  python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
fi
if [ "${#need[@]}" -gt 0 ]; then
  echo "setup: installing ${need[*]} with apt-get" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ "$ci" = 1 ]; then
  venv="${RACEGRAPH_VENV:-$HOME/.cache/racegraph-venv}"
  pins=(SPARQLWrapper==2.0.0 rdflib==7.6.0 oxigraph==0.5.13 pyshacl==0.30.1)
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  if ! "$venv/bin/pip" freeze 2>/dev/null | grep -qi '^pyshacl==0.30.1$'; then
    echo "setup: installing ${pins[*]} in $venv" >&2
  fi
  "$venv/bin/pip" install -q --disable-pip-version-check "${pins[@]}"
fi
