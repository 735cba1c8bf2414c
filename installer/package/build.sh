#!/usr/bin/env bash
# Build Mibu's offline bundle (`make dist`): a frozen one-folder build (PyInstaller) packed as
# mibu_<version>_<arch>.deb with dpkg-deb, the Debian packages a minimal Debian 12 may lack
# (apt-get download), SHA256SUMS and INSTALL.txt. Run from anywhere; needs the project's venv
# with the `dist` extra (the Makefile installs it).
#
#   installer/package/build.sh [--out DIR] [--version V] [--reuse-frozen] [--no-deps]
#
#   --out DIR        where the bundle goes (default dist/)
#   --version V      the package and application version (default: app.SOURCE_VERSION)
#   --reuse-frozen   keep build/dist-frozen/ from the last build and only stamp the version
#                    (make dist-check's upgrade package: the same binaries, a higher version)
#   --no-deps        only the .deb (no dependency packages, no SHA256SUMS/INSTALL.txt)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
HERE=installer/package
PY="${MIBU_PYTHON:-.venv/bin/python}"
OUT=dist
VERSION=""
REUSE=0
DEPS=1
while [ $# -gt 0 ]; do
    case "$1" in
        --out) OUT="$2"; shift 2 ;;
        --version) VERSION="$2"; shift 2 ;;
        --reuse-frozen) REUSE=1; shift ;;
        --no-deps) DEPS=0; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -n "$VERSION" ] || VERSION="$(PYTHONPATH="$ROOT" "$PY" -c 'import app; print(app.SOURCE_VERSION)')"
ARCH="$(dpkg --print-architecture)"
NAME="mibu_${VERSION}_${ARCH}"
FROZEN=build/dist-frozen/mibu
mkdir -p build "$OUT"

# -- 1. the frozen build ---------------------------------------------------------------------
if [ "$REUSE" = 1 ] && [ -x "$FROZEN/mibu" ]; then
    echo "$VERSION" > "$FROZEN/_internal/mibu-version.txt"
else
    [ -f resources/i18n/mibu_en.qm ] || { echo "resources/i18n/mibu_en.qm missing (make)" >&2; exit 1; }
    echo "$VERSION" > build/mibu-version.txt
    rm -rf build/dist-frozen
    start=$(date +%s)
    PYTHONPATH="$ROOT" "$(dirname "$PY")/pyinstaller" --noconfirm --log-level WARN \
        --distpath build/dist-frozen --workpath build/pyinstaller "$HERE/mibu.spec"
    echo "PyInstaller: $(( $(date +%s) - start )) s"
fi
# The frozen build must run here, offline, before it is packed.
unshare -n true 2>/dev/null && NONET="unshare -n" || NONET=""
$NONET "$FROZEN/mibu" --version

# -- 2. the package tree ---------------------------------------------------------------------
STAGE="build/deb/$NAME"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/lib/udev/rules.d" \
    "$STAGE/usr/share/initramfs-tools/hooks" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/icons/hicolor/256x256/apps" \
    "$STAGE/usr/share/man/man1" "$STAGE/usr/share/doc/mibu"
cp -a "$FROZEN" "$STAGE/opt/mibu"
ln -s /opt/mibu/mibu "$STAGE/usr/bin/mibu"
# installer/: the rules and hook (also as package files below), the README, and every
# mibu-*-config hook (usbguard, cups, ...) that postinst applies and postrm purge reverts.
mkdir -p "$STAGE/opt/mibu/installer/initramfs"
install -m 0644 installer/README.md installer/70-mibu-usb-guard.rules "$STAGE/opt/mibu/installer/"
install -m 0755 installer/initramfs/mibu-usb-guard "$STAGE/opt/mibu/installer/initramfs/"
for hook in installer/mibu-*-config; do
    [ -f "$hook" ] && install -m 0755 "$hook" "$STAGE/opt/mibu/installer/"
done
install -m 0644 installer/70-mibu-usb-guard.rules "$STAGE/lib/udev/rules.d/"
install -m 0755 installer/initramfs/mibu-usb-guard "$STAGE/usr/share/initramfs-tools/hooks/"
install -m 0644 "$HERE/mibu.desktop" "$STAGE/usr/share/applications/mibu.desktop"
install -m 0644 resources/icons/mibu.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/mibu.svg"
install -m 0644 resources/icons/mibu.png "$STAGE/usr/share/icons/hicolor/256x256/apps/mibu.png"

# The man page: mibu --help of this very build, with FILES and ENVIRONMENT.
{
    echo ".TH MIBU 1 \"$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" +%Y-%m-%d)\" \"mibu $VERSION\" \"User Commands\""
    echo ".SH NAME"
    echo "mibu \\- 密簿 Mibu, the secrecy clerk's encrypted register"
    echo ".SH SYNOPSIS"
    echo ".B mibu"
    echo "[\\fIOPTIONS\\fR] [\\fICOMMAND\\fR [\\fIARGS\\fR]]"
    echo ".SH DESCRIPTION"
    echo "Without a command, mibu starts the graphical application. \\fBmibu COMMAND --help\\fR"
    echo "describes each command."
    echo ".SH OPTIONS AND COMMANDS"
    echo ".nf"
    $NONET "$FROZEN/mibu" --help | sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
    echo ".fi"
    echo ".SH FILES"
    echo ".TP"
    echo ".I ~/.local/share/mibu/register.mibu, register.mibu.keys"
    echo "the register and its key file (never removed by the package)"
    echo ".SH ENVIRONMENT"
    echo ".TP"
    echo ".B MIBU_REGISTER"
    echo "path of the register instead of the default"
    echo ".TP"
    echo ".B MIBU_LANG"
    echo "zh_CN (default) or en"
} | gzip -9n > "$STAGE/usr/share/man/man1/mibu.1.gz"

cat > "$STAGE/usr/share/doc/mibu/copyright" <<EOF
Mibu (密簿) $VERSION. Proprietary.
The bundled font WenQuanYi Micro Hei: see /opt/mibu/_internal/resources/fonts/LICENSE-wqy-microhei.txt.
The bundled Python, Qt (PySide6, LGPLv3) and Python packages keep their own licences;
their metadata is under /opt/mibu/_internal/*.dist-info.
EOF

# -- 3. control: Depends are the Debian packages of every system library the build links to
# (what an ELF file of the bundle needs and the bundle does not carry: the spec leaves /lib
# and /usr/lib out), plus the programs Mibu runs or configures: cups-client (lp, lpstat),
# usbguard.
MULTIARCH="$(uname -m)-linux-gnu"
find "$FROZEN" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | xargs -0 readelf -d 2>/dev/null | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' \
    | sort -u > build/mibu-needed.txt
find "$FROZEN" -name '*.so*' -printf '%f\n' | sort -u > build/mibu-carried.txt
pkg_of() {
    local f="$1" alt
    for alt in "$f" "${f#/usr}" "/usr${f#/usr}"; do
        dpkg -S "$alt" 2>/dev/null | head -1 | cut -d: -f1 && return 0
    done
    return 0
}
ldconfig -p > build/mibu-ldconfig.txt
deps="cups-client usbguard"
for lib in $(comm -23 build/mibu-needed.txt build/mibu-carried.txt); do
    path="$(awk -v l="$lib" -v m="/$MULTIARCH/" '$1 == l && index($NF, m) {print $NF; exit}' \
        build/mibu-ldconfig.txt)"
    [ -n "$path" ] || path="$(awk -v l="$lib" '$1 == l {print $NF; exit}' build/mibu-ldconfig.txt)"
    p="$( [ -n "$path" ] && pkg_of "$(readlink -f "$path")")"
    [ -n "$p" ] || { echo "no Debian package provides $lib" >&2; exit 1; }
    deps="$deps $p"
done
DEPENDS="$(echo "$deps" | tr ' ' '\n' | sort -u | grep -v '^$' | paste -sd, | sed 's/,/, /g')"
SIZE_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: mibu
Version: $VERSION
Architecture: $ARCH
Maintainer: Mibu project <mibu@localhost>
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Section: misc
Priority: optional
Description: 密簿 Mibu, the secrecy clerk's encrypted register
 An offline desktop register of classified documents and removable media for a
 secrecy clerk (保密员): encrypted (SQLCipher), audited, with a USB guard.
 This package carries its own Python runtime and Qt (a frozen build in /opt/mibu)
 and never reaches for a network.
EOF
install -m 0755 "$HERE/debian/postinst" "$HERE/debian/prerm" "$HERE/debian/postrm" "$STAGE/DEBIAN/"
install -m 0644 "$HERE/debian/triggers" "$STAGE/DEBIAN/"
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z \
    | xargs -0 md5sum | sed 's|  \./|  |' > DEBIAN/md5sums)
rm -f "$OUT"/mibu_*.deb
dpkg-deb --root-owner-group -Zgzip -z6 --build "$STAGE" "$OUT/$NAME.deb" >/dev/null
echo "built $OUT/$NAME.deb ($(du -h "$OUT/$NAME.deb" | cut -f1))"
[ "$DEPS" = 1 ] || exit 0

# -- 4. the dependency packages --------------------------------------------------------------
# What a minimal Debian 12 lacks: apt resolves the Depends against a system that has only the
# packages of priority "required" (every Debian system has them: debootstrap's minbase), with
# no recommends; each package it would install is downloaded. A desktop already has most of
# them (same versions: apt leaves them alone).
STATUS="$(mktemp)"
trap 'rm -f "$STATUS"' EXIT
"$HERE/required-status.sh" > "$STATUS"
simulate() {
    apt-get -s -q --no-install-recommends -o Dir::State::status="$STATUS" install "$@"
}
# Named on apt's command line, a package the minimal system has would be upgraded to the
# newest version: only the missing ones are named (their own dependencies apt resolves).
missing="$(echo "$DEPENDS" | tr -d ',' | tr ' ' '\n' | grep -v '^$' \
    | grep -vxF -f <(sed -n 's/^Package: //p' "$STATUS") || true)"
# shellcheck disable=SC2086
plan="$(simulate $missing 2>&1)" || {
    apt-get update -qq
    # shellcheck disable=SC2086
    plan="$(simulate $missing 2>&1)" || { echo "$plan" >&2; exit 1; }
}
wanted="$(echo "$plan" | awk '/^Inst /{print $2}' | sort -u)"
find "$OUT" -maxdepth 1 -name '*.deb' ! -name 'mibu_*' -delete
(cd "$OUT" && echo "$wanted" | xargs apt-get download -q >/dev/null) || {
    apt-get update -qq && (cd "$OUT" && echo "$wanted" | xargs apt-get download -q >/dev/null)
}
echo "$(echo "$wanted" | wc -l) dependency packages for a minimal Debian 12"

# -- 5. INSTALL.txt and SHA256SUMS -----------------------------------------------------------
sed -e "s/@VERSION@/$VERSION/g" -e "s/@ARCH@/$ARCH/g" "$HERE/INSTALL.txt" > "$OUT/INSTALL.txt"
(cd "$OUT" && rm -f SHA256SUMS && sha256sum -- *.deb INSTALL.txt > SHA256SUMS)
echo "bundle $OUT: $(du -sh "$OUT" | cut -f1) in $(ls "$OUT" | wc -l) files"
