# SPDX-License-Identifier: GPL-3.0-or-later
# CPACK_POST_BUILD_SCRIPTS: repairs the -dbgsym package CMake 3.25's CPack writes. Its md5sums
# name the files by their absolute staging paths (dpkg and debsums expect paths relative to /),
# and it has no /usr/share/doc entry; Debian's own dbgsym packages link theirs to the main
# package's, whose copyright and changelog they share (they depend on it, version for version).
# The package is unpacked, fixed and built again with dpkg-deb, about 10 s of CPU.
foreach(file IN LISTS CPACK_PACKAGE_FILES)
  if(NOT file MATCHES "-dbgsym_.*\\.ddeb$")
    continue()
  endif()
  set(tree ${file}.tree)
  file(REMOVE_RECURSE ${tree})
  execute_process(COMMAND dpkg-deb --raw-extract ${file} ${tree} COMMAND_ERROR_IS_FATAL ANY)
  file(STRINGS ${tree}/DEBIAN/md5sums sums)
  list(TRANSFORM sums REPLACE "^([0-9a-f]+)  .*/_CPack_Packages/[^/]+/DEB/[^/]+/(usr/.*)$" "\\1  \\2")
  list(JOIN sums "\n" sums)
  file(WRITE ${tree}/DEBIAN/md5sums "${sums}\n")
  file(MAKE_DIRECTORY ${tree}/usr/share/doc)
  file(CREATE_LINK pivori-console ${tree}/usr/share/doc/pivori-console-dbgsym SYMBOLIC)
  execute_process(COMMAND dpkg-deb --root-owner-group -Zgzip -z6 --build ${tree} ${file}
    OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
  file(REMOVE_RECURSE ${tree})
endforeach()
