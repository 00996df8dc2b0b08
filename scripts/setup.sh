#!/usr/bin/env bash
# setup.sh — shared by run.sh and test.sh: install the Debian packages that are
# missing (Debian 12, as root), configure and build. Idempotent: when nothing
# changed it only checks packages (dpkg-query, no network) and runs an
# incremental build.
#
# Environment:
#   GSL_BUILD_DIR   build folder (default: build)
#   GSL_GUI         ON|OFF, build the desktop app (default: ON)
#   GSL_CMAKE_ARGS  extra arguments for the configure step
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${GSL_BUILD_DIR:-$root/build}"
gui="${GSL_GUI:-ON}"

# Everything the project needs, from Debian's archive only.
packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libgl1-mesa-dev
  # Debian 12's qt6-charts-dev does not depend on the OpenGL module its CMake
  # config requires (Qt6Charts -> Qt6OpenGL); without it configure fails on a
  # fresh machine. libxkbcommon-dev is Qt6Gui's optional XKB dependency.
  libqt6opengl6-dev libxkbcommon-dev
  libboost-graph-dev libtbb-dev libgraphviz-dev librapidcheck-dev
  # malloc for the CLI and the app (a run allocates afresh; CMakeLists.txt)
  libmimalloc-dev
  libgtest-dev libbenchmark-dev
  clang libclang-rt-14-dev
  golang-go
  xvfb xauth imagemagick poppler-utils
  fonts-wqy-microhei
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

jobs="$(nproc 2>/dev/null || echo 2)"
# build.ninja, not CMakeCache.txt: a configure that failed (a package missing)
# leaves a cache behind, and the next run must configure again, not stop.
if [ ! -f "$build/build.ninja" ]; then
  # ccache is not required (CI does not install it); when a developer has it,
  # rebuilds in fresh build folders and clones are much faster.
  launcher=()
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  fi
  # shellcheck disable=SC2086
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DGOSCHEDLAB_BUILD_GUI="$gui" "${launcher[@]}" ${GSL_CMAKE_ARGS:-}
fi
cmake --build "$build" -j "$jobs"
