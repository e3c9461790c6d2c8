#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package that building, testing and running the demo of
# Pivori Console needs. Idempotent: packages already present are skipped, so a second
# run costs one dpkg query. Works as root or through sudo.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ca-certificates
  # Qt 6.4 (Charts' CMake config needs Qt6OpenGL and xkbcommon to be found)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libgl-dev
  libqt6svg6 qt6-qpa-plugins
  # plotting, config, metrics
  libqcustomplot-dev libqcustomplot2.1-qt6 libyaml-cpp-dev prometheus-cpp-dev
  # secrets from the desktop keychain (auth's password_keychain / token_keychain)
  qtkeychain-qt6-dev
  # the real monitoring stack for the demo and the tests
  prometheus prometheus-alertmanager
  # a scale-out, Prometheus-compatible store: the console is tested against it
  # (tst_victoriametrics, flavor: victoriametrics)
  victoria-metrics
  # real host metrics for a Node Exporter-shaped Grafana dashboard (tst_nodeexporterdashboard)
  prometheus-node-exporter
  # fonts so that offscreen rendering has glyphs
  fonts-dejavu-core
  # a private session bus for the screen saver inhibition test
  dbus-daemon
  # a real Secret Service on that private bus for the keychain test (tst_keychainsecret), and
  # secret-tool to store an entry in it as a user would
  gnome-keyring libsecret-tools
  # pdfinfo, pdftoppm: the export tests check every PDF we write with poppler's own parser and
  # rasterise it; rsvg-convert (librsvg) rasterises the SVGs, to compare both with the PNG
  poppler-utils librsvg2-bin
  # openssl req / s_server: the TLS expiry health check is tested against a real TLS server
  # with certificates made for it (tst_healthcheckslive)
  openssl
  # the Debian package (installer/packaging.cmake, tests/package): dpkg-shlibdeps computes its
  # dependencies, `file` checks the programs are stripped, and the validators Debian and the
  # software centres use check the desktop entry, the AppStream metainfo and the package
  dpkg-dev file desktop-file-utils appstream lintian
  # lint: installer/check-format.sh and run-clang-tidy.sh (pinned to Debian 12's 14);
  # installer/run-clazy.sh, run on request, also wants `clazy`
  clang-format clang-tidy
  # fuzzing: the `fuzz` preset builds tests/fuzz with clang and -fsanitize=fuzzer (libFuzzer)
  clang libfuzzer-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
# --no-install-recommends keeps the footprint small; policy-rc.d stops the packages'
# own services from being started where an init system would start them.
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
