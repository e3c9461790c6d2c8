# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, made by CPack from the install rules: `cpack --config build/CPackConfig.cmake`
# (or `cd build && cpack`) writes pivori-console_VERSION_ARCH.deb, and for a build with debug
# information (the presets' RelWithDebInfo) pivori-console-dbgsym_VERSION_ARCH.ddeb beside it.
# Library dependencies are computed from the binaries by dpkg-shlibdeps; only what Qt loads at
# run time, which no ELF header names, is listed here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pivori-console)
set(CPACK_PACKAGE_VENDOR "The Pivori Console maintainers")
set(CPACK_PACKAGE_CONTACT "The Pivori Console maintainers <maintainers@pivori.app>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operations console for Prometheus and Alertmanager")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://pivori.app/")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The extended description (CPack puts the summary above it and indents every line, making an
# empty line Debian's " ."). At most 80 columns a line, as lintian wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Pivori Console is a native Qt desktop console for a Prometheus and
Alertmanager monitoring stack: live dashboards, an alert inbox that merges
the replicas of an HA Alertmanager cluster and keeps acknowledgements as
silences, a full-screen NOC wall, PNG/SVG/PDF snapshots and incident
reports, and health checks of the monitoring itself that run from cron or a
systemd timer like a Nagios plugin.

pivori-console demo starts a synthetic fleet (pivori-simulator) with
Prometheus and two Alertmanager replicas on loopback, to try the console
without a stack of one's own.")
# Loaded by Qt at run time, so shlibdeps cannot see them: the xcb and offscreen platform plugins
# come with libqt6gui6 (which shlibdeps finds); the SVG icon engine and image format plugins
# with libqt6svg6 (named here although the programs also link it, so dropping that link cannot
# drop the plugins). Wayland sessions want the Wayland platform plugin; Qt's own translations
# (file dialogs, standard buttons) are in qt6-translations-l10n; the demo and `stack` start
# Prometheus and Alertmanager, so a user trying the console wants them, a user of an existing
# stack does not.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, prometheus, prometheus-alertmanager")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-qpa-plugins")
# Debug symbols in a -dbgsym package, as Debian's own builds split them (only when the build
# has them: RelWithDebInfo or Debug).
# CPack strips the programs in the main package either way.
if(CMAKE_BUILD_TYPE MATCHES "^(RelWithDebInfo|Debug)$")
  set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
  set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/deb/fix-dbgsym.cmake)
else()
  set(CPACK_STRIP_FILES ON)
endif()
# gzip, not xz: xz takes ~100 s of CPU for the ~130 MB of debug symbols on every CI run, gzip
# ~5 s; the main package is ~1.5 MB either way.
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)

include(CPack)
