#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: install missing Debian packages, configure
# and build into build/. Sourced, not executed.
set -euo pipefail

NINEFOLD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${NINEFOLD_BUILD_DIR:-$NINEFOLD_ROOT/build}

# Every package the build, the tests and the report tools need, on Debian 12.
NINEFOLD_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev
  libqt6svg6 qt6-qpa-plugins libgl-dev
  libeigen3-dev libboost-dev
  libbenchmark-dev
  xvfb xauth poppler-utils fonts-dejavu-core python3-jsonschema
)

missing_packages() {
  local p
  for p in "${NINEFOLD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

install_dependencies() {
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  [ -z "${missing// /}" ] && return 0
  echo "ninefold: installing missing packages: $missing"
  local cmd="apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing"
  if [ "$(id -u)" = 0 ]; then
    bash -c "$cmd"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo bash -c "$cmd"
  else
    echo "ninefold: these packages are missing and I cannot install them without root:" >&2
    echo "  sudo bash -c '$cmd'" >&2
    exit 1
  fi
}

configure_and_build() {
  # Release without debug information compiles about a third faster than
  # RelWithDebInfo; set NINEFOLD_BUILD_TYPE=RelWithDebInfo to debug.
  local type=${NINEFOLD_BUILD_TYPE:-Release}
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S "$NINEFOLD_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$type"
  fi
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
