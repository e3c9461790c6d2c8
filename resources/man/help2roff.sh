#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes a man page from a hand-written template and the program's own --help texts, so every
# command's page section says exactly what its --help says (the same strings, the same options).
#   help2roff.sh TEMPLATE PROGRAM OUTPUT
# In TEMPLATE, a line `.\" @HELP [ARGS...]@` becomes the roff of `PROGRAM [ARGS...] --help`;
# @VERSION@ becomes `PROGRAM --version`'s number. Runs with LC_ALL=C so the page is English.
set -eu
template=$1 program=$2 output=$3
export LC_ALL=C QT_QPA_PLATFORM=offscreen

version=$("$program" --version | sed -n 's/.* \([0-9][0-9.]*\)$/\1/p')

# QCommandLineParser's layout: "Usage: ...", description paragraphs, then "Options:" and
# "Arguments:" blocks of "  name      text" with continuation lines indented to the text.
help_to_roff()
{
    # $1 program, the rest the command's words: the usage line names them, as QCommandLineParser
    # (which only knows argv[0]) does not.
    program=$1
    shift
    "$program" "$@" --help | awk -v name="$(basename "$program")" -v words="$*" '
        function esc(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); if (s ~ /^[.\x27]/) s = "\\&" s; return s }
        function item(line,    at) {
            at = match(line, /  +/)
            if (!at) { print ".IP \"\" 2"; print esc(line); return }
            print ".TP"; print "\\fB" esc(substr(line, 1, at - 1)) "\\fR"; print esc(substr(line, at + RLENGTH))
        }
        /^Usage: / {
            sub(/^Usage: [^ ]+/, "")
            print ".PP"; print "\\fB" esc(name (words == "" ? "" : " " words)) "\\fR" esc($0); print ".PP"; next
        }
        /^(Options|Arguments):$/ { block = 1; list = 0; print ".PP"; print "\\fI" $0 "\\fR"; next }
        /^$/ { print ".PP"; block = 0; list = 0; next }
        block && /^  [^ ]/ { item(substr($0, 3)); next }
        block && /^   +/ { sub(/^ +/, ""); print esc($0); next }
        /^ +/ { sub(/^ +/, ""); item($0); list = 1; next }
        { if (list) print ".PP"; block = 0; list = 0; print esc($0) }
    '
}

tmp=$output.tmp
: > "$tmp"
while IFS= read -r line; do
    case $line in
        '.\" @HELP'*'@')
            args=${line#'.\" @HELP'}
            args=${args%@}
            # shellcheck disable=SC2086 # the arguments are words on purpose
            help_to_roff "$program" $args >> "$tmp" ;;
        *) printf '%s\n' "$line" | sed "s/@VERSION@/$version/g" >> "$tmp" ;;
    esac
done < "$template"
mv "$tmp" "$output"
