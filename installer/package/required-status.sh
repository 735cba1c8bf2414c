#!/bin/sh
# A dpkg status file of a minimal Debian: the installed packages of priority "required" (what
# debootstrap's minbase installs, Essential ones included) and what they depend on, as
# installed on this machine. build.sh and tests/dist/dist_check.sh resolve the bundle's
# dependencies against it.
set -eu
required="$(dpkg-query -W -f='${Package} ${Priority} ${Status}\n' \
    | awk '$2 == "required" && $5 == "installed" {print $1}')"
# shellcheck disable=SC2086
apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances $required 2>/dev/null \
    | awk '!/^ / && !/^</ {print $1}' | sed 's/:.*//' | sort -u > "${TMPDIR:-/tmp}/mibu-minimal.$$"
awk -v list="${TMPDIR:-/tmp}/mibu-minimal.$$" '
    BEGIN { while ((getline p < list) > 0) keep[p] = 1; RS = ""; ORS = "\n\n" }
    /\nStatus: install ok installed\n/ {
        split($0, lines, "\n"); sub(/^Package: /, "", lines[1]); sub(/:.*/, "", lines[1])
        if (lines[1] in keep) print
    }' /var/lib/dpkg/status
rm -f "${TMPDIR:-/tmp}/mibu-minimal.$$"
