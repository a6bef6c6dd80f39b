#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Stridelog needs to build, test and run. tzdata too: minimal
# images leave it out, and the tests that set TZ=Europe/Berlin would run in UTC without it.
# Idempotent: packages already present are left alone, and apt is only asked
# when something is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqcustomplot-dev
  libgl-dev
  libgtest-dev libgmock-dev libbenchmark-dev libssl-dev
  sqlite3 clang-format clang-tidy git ccache
  zlib1g-dev
  tzdata
  clang libclang-rt-14-dev
  gpsbabel time python3 python3-gpxpy
  xvfb xauth hyperfine imagemagick poppler-utils appstream desktop-file-utils
  openbox xdotool x11-utils
  mmdebstrap
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
