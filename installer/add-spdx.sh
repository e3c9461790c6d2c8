#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Puts the SPDX licence tag on every source file of ours: C++ sources and headers
# (models, widgets, app, tests), every CMakeLists.txt and *.cmake, and every shell script.
# A file that already carries an SPDX tag where we would put it is left alone, so a second
# run changes nothing. Prints each file it changes. Usage: installer/add-spdx.sh [ROOT]
set -euo pipefail
root=${1:-"$(dirname "$0")/.."}
cd "$root"

readonly tag='SPDX-License-Identifier: GPL-3.0-or-later'
changed=0

# The tag goes on line 1, or on line 2 after a shebang (the kernel only reads line 1 for it).
tag_file() {
  local file=$1 comment=$2
  local first
  first=$(head -n 1 "$file")
  local tag_line=1
  if [[ $first == '#!'* ]]; then tag_line=2; fi
  if sed -n "${tag_line}p" "$file" | grep -q 'SPDX-License-Identifier:'; then
    return
  fi
  if [ ! -s "$file" ]; then
    printf '%s %s\n' "$comment" "$tag" >"$file"
  elif [ "$tag_line" = 2 ]; then
    sed -i "1a $comment $tag" "$file"
  else
    sed -i "1i $comment $tag" "$file"
  fi
  echo "add-spdx: $file"
  changed=$((changed + 1))
}

# Never descend into build trees (generated code) or git's own files.
prune=(-type d \( -path './build*' -o -name .git -o -name .cache \) -prune)

while IFS= read -r f; do
  tag_file "$f" '//'
done < <(find models widgets app tests "${prune[@]}" -o -type f \( -name '*.h' -o -name '*.cpp' \) -print |
  LC_ALL=C sort)

while IFS= read -r f; do
  tag_file "$f" '#'
done < <(find . "${prune[@]}" -o -type f \( -name CMakeLists.txt -o -name '*.cmake' \) -print | LC_ALL=C sort)

# Shell scripts: *.sh, and extension-less ones such as .ci/run, known by their shebang.
# tests/data holds recorded answers, not scripts of ours.
while IFS= read -r f; do
  if [[ $f == *.sh ]] || head -n 1 "$f" | grep -Eq '^#!.*[/ ](ba|da)?sh( |$)'; then
    tag_file "$f" '#'
  fi
done < <(find . "${prune[@]}" -o -path ./tests/data -prune -o -type f -print | LC_ALL=C sort)

echo "add-spdx: $changed file(s) changed"
