#!/usr/bin/env bash
# Installs what is missing, builds, and starts Ninefold on a model (the Delta example
# by default). Without a display it analyses the model and writes its PDF report.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
install_dependencies
configure_and_build

model=${1:-$NINEFOLD_ROOT/examples/delta-2016.ninefold}
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD_DIR/app/ninefold" "$model"
fi
echo "ninefold: no display found; analysing $model on the command line instead."
cli="$BUILD_DIR/app/ninefold-cli"
"$cli" validate "$model"
"$cli" analyze "$model"
out="$BUILD_DIR/$(basename "${model%.*}")-report.pdf"
"$cli" report "$model" -o "$out"
echo "ninefold: the PDF report is $out"
