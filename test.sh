#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (headless).
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
install_dependencies
configure_and_build

export QT_QPA_PLATFORM=offscreen
cd "$BUILD_DIR"
status=0
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@" || status=$?
echo
if [ "$status" = 0 ]; then
  echo "ninefold: all tests passed."
else
  echo "ninefold: some tests FAILED (ctest exit status $status); see the output above."
fi
exit "$status"
