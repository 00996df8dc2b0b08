#!/usr/bin/env bash
# run.sh — install what is missing, build, and start goschedlab on its default
# scenario (WaitGroup.Add inside the goroutine). Extra arguments go to the app.
# Without a display (no DISPLAY / WAYLAND_DISPLAY) it runs the same scenario in
# the headless CLI instead and says how to get the window.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
build="${GSL_BUILD_DIR:-$root/build}"
scenario="$root/scenarios/wg_add_inside.go"

if [ -x "$build/app/goschedlab" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec "$build/app/goschedlab" "${@:-$scenario}"
fi
if [ -x "$build/app/goschedlab" ]; then
  echo "run.sh: no display found; running the scenario in the CLI. For the window: xvfb-run -a $build/app/goschedlab, or run on a desktop." >&2
fi
"$build/app/goschedlab-cli" explore "$scenario" --gomaxprocs 1,2,4 --runs 200 "$@"
