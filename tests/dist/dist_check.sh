#!/usr/bin/env bash
# make dist-check: install the offline bundle (dist/) into this Debian 12 system WITH THE
# NETWORK UNREACHABLE (every apt, dpkg and mibu run is inside `unshare -n`), use it from
# /usr/bin/mibu, upgrade to a rebuilt package of a higher version, purge it. Needs root (CI
# runs as root). Leaves the system as it found it: mibu and every package it brought in are
# purged at the end, also on failure.
#
#   tests/dist/dist_check.sh [BUNDLE_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUNDLE="$(cd "${1:-$ROOT/dist}" && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "dist-check installs a package: run it as root" >&2; exit 1; }
NONET="unshare -n --"
$NONET true || { echo "unshare -n does not work here" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive

WORK="$(mktemp -d /tmp/mibu-dist-check.XXXXXX)"
BEFORE="$WORK/packages-before.txt"
dpkg-query -W -f='${Package}\n' | sort > "$BEFORE"
passed=0
failed=0
ok() { echo "ok   - $*"; passed=$((passed + 1)); }
fail() { echo "FAIL - $*"; failed=$((failed + 1)); }
check() {  # check DESCRIPTION COMMAND...: the command must succeed
    local what="$1"; shift
    if "$@" > "$WORK/last.out" 2>&1; then ok "$what"; else
        fail "$what"; sed 's/^/     | /' "$WORK/last.out" | tail -30
    fi
}

cleanup() {
    set +e
    if dpkg-query -W -f='${Status}' mibu 2>/dev/null | grep -q installed; then
        $NONET apt-get purge -y -q mibu > /dev/null 2>&1
    fi
    # every package the bundle brought in, and nothing else
    dpkg-query -W -f='${Package}\n' | sort | comm -13 "$BEFORE" - > "$WORK/added.txt"
    if [ -s "$WORK/added.txt" ]; then
        xargs $NONET apt-get purge -y -q < "$WORK/added.txt" > /dev/null 2>&1
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# The clerk's environment: a private home, the GUI offscreen.
export HOME="$WORK/home" XDG_DATA_HOME="" XDG_CONFIG_HOME="" MIBU_REGISTER=""
unset XDG_DATA_HOME XDG_CONFIG_HOME MIBU_REGISTER
mkdir -p "$HOME"
export QT_QPA_PLATFORM=offscreen
PASS='Mb-Dist-Check-Passphrase-7'
REG="$HOME/.local/share/mibu/register.mibu"

echo "# bundle $BUNDLE"
# 1. The medium: a copy of the folder, checked as INSTALL.txt says.
MEDIUM="$WORK/medium"
cp -a "$BUNDLE" "$MEDIUM"
check "sha256sum -c SHA256SUMS" bash -c "cd '$MEDIUM' && sha256sum -c --quiet SHA256SUMS"
check "SHA256SUMS covers every file" bash -c \
    "cd '$MEDIUM' && diff <(ls | grep -vx SHA256SUMS) <(awk '{print \$2}' SHA256SUMS | sort)"
check "INSTALL.txt names both commands, Chinese first" bash -c \
    "grep -q 'sha256sum -c SHA256SUMS' '$MEDIUM/INSTALL.txt' \
     && grep -q 'sudo apt install ./\*.deb' '$MEDIUM/INSTALL.txt' \
     && head -1 '$MEDIUM/INSTALL.txt' | grep -q '离线安装包'"

# 2. Complete for a minimal Debian: on a system with only the packages of priority required,
#    apt would install nothing that is not in the folder.
"$ROOT/installer/package/required-status.sh" > "$WORK/status-minimal"
if (cd "$MEDIUM" && $NONET apt-get -s -q --no-install-recommends \
        -o Dir::State::status="$WORK/status-minimal" install ./*.deb) > "$WORK/plan.txt" 2>&1
then
    awk '/^Inst /{print $2}' "$WORK/plan.txt" | sort -u > "$WORK/needed.txt"
    (cd "$MEDIUM" && for d in ./*.deb; do dpkg-deb -f "$d" Package; done) | sort -u \
        > "$WORK/in-folder.txt"
    missing="$(comm -23 "$WORK/needed.txt" "$WORK/in-folder.txt" | tr '\n' ' ')"
    if [ -z "$missing" ]; then ok "a minimal Debian 12 needs nothing outside the folder"
    else fail "a minimal Debian 12 would also need: $missing"; fi
else
    fail "apt cannot resolve the bundle on a minimal Debian 12"; tail -20 "$WORK/plan.txt"
fi

# 3. The package itself.
DEB="$(ls "$MEDIUM"/mibu_*.deb)"
check "no register or key file in the package" bash -c \
    "! dpkg-deb -c '$DEB' | grep -E '\\.mibu(\\.keys)?$'"
size_mb=$(( $(stat -c %s "$DEB") / 1024 / 1024 ))
if [ "$size_mb" -lt 200 ]; then ok "the .deb is $size_mb MB (< 200)"; else fail "the .deb is $size_mb MB"; fi
check "Desktop entry: 密簿, Office, icon" bash -c \
    "dpkg-deb --fsys-tarfile '$DEB' | tar -xO ./usr/share/applications/mibu.desktop \
     | grep -q '^Name\\[zh_CN\\]=密簿' && dpkg-deb -c '$DEB' | grep -q 'icons/hicolor/.*/mibu\\.'"

# 4. Install, offline. On the workstation: apt install ./*.deb. This build machine is no
#    minimal system: it has other versions of some of the folder's packages, tied to -dev
#    packages that are not in the folder (libssl3 and libssl-dev), so here apt gets the
#    package and the folder's packages this machine does not have. That the folder is
#    complete for a minimal Debian 12 is checked above.
selected=()
for d in "$MEDIUM"/*.deb; do
    p="$(dpkg-deb -f "$d" Package)"
    if [ "$p" = mibu ] || ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'
    then selected+=("$d"); fi
done
echo "# installing mibu and $(( ${#selected[@]} - 1 )) packages of the folder this machine lacks"
check "apt install the bundle's packages with the network unreachable" \
    $NONET apt-get install -y -q --no-install-recommends "${selected[@]}"
check "/usr/bin/mibu is installed" test -x /usr/bin/mibu
check "udev rules installed" test -f /lib/udev/rules.d/70-mibu-usb-guard.rules
check "initramfs hook installed" test -x /usr/share/initramfs-tools/hooks/mibu-usb-guard
check "group mibu-usb exists" getent group mibu-usb
check "man page installed" test -f /usr/share/man/man1/mibu.1.gz
for hook in "$ROOT"/installer/mibu-*-config; do  # other configuration hooks, if any
    [ -f "$hook" ] || continue
    check "postinst applied $(basename "$hook"), kept for purge's revert" \
        test -x "/var/lib/mibu/config-hooks/$(basename "$hook")"
done
check "postinst again: configure on an installed package" \
    $NONET /var/lib/dpkg/info/mibu.postinst configure

# 5. Use it, offline, from /usr/bin/mibu.
check "mibu --version" bash -c "$NONET /usr/bin/mibu --version | tee /dev/stderr \
    | grep -q '^SQLCipher 4' "
check "mibu init (the default register in ~/.local/share/mibu)" bash -c \
    "echo '$PASS' | $NONET /usr/bin/mibu init --passphrase-stdin --unit 测试局 \
     --workstation 机要室 --level 机密 --clerk 张保密"
check "register created where the package says" test -f "$REG"
check "mibu check-memory: the platform's protection (or why memory locking is used)" \
    bash -c "out=\$($NONET /usr/bin/mibu check-memory); rc=\$?; echo \"\$out\" >&2; \
             [ \$rc -le 1 ] && grep -q '^内存保护：' <<<\"\$out\""
check "mibu verify" bash -c "echo '$PASS' | $NONET /usr/bin/mibu verify --passphrase-stdin"
check "mibu guard --once --json under a umockdev testbed" bash -c \
    "echo '$PASS' | $NONET umockdev-run --device '$ROOT/tests/devices/data/stick.umockdev' -- \
     /usr/bin/mibu guard --passphrase-stdin --once --json \
     | grep '\"verdict\": \"refuse\"' | grep -q '\"reason\": \"unregistered\"'"
check "mibu demo" bash -c "echo '$PASS' | $NONET /usr/bin/mibu demo --passphrase-stdin \
    --register '$WORK/demo.mibu'"
mkdir -p "$WORK/samples"
check "mibu print-samples (13 PDFs)" bash -c "echo '$PASS' | $NONET /usr/bin/mibu print-samples \
    --passphrase-stdin --register '$WORK/demo.mibu' '$WORK/samples' \
    && [ \$(ls '$WORK/samples'/*.pdf | wc -l) -ge 13 ]"
check "the GUI starts offscreen to the unlock dialog" bash -c \
    "MIBU_START_PROBE=1 $NONET /usr/bin/mibu | grep -qx shown"
check "the GUI starts to the setup wizard without a register" bash -c \
    "MIBU_START_PROBE=1 MIBU_REGISTER='$WORK/none.mibu' $NONET /usr/bin/mibu | grep -qx shown"

# 6. Upgrade to a rebuilt package of a higher version: the register stays, the first unlock
#    records the upgrade.
old_version="$(dpkg-query -W -f='${Version}' mibu || echo 0.0.0)"
new_version="$old_version.1"
reg_sum="$(sha256sum "$REG" "$REG.keys" || true)"
check "rebuild the package as $new_version" \
    "$ROOT/installer/package/build.sh" --reuse-frozen --no-deps --version "$new_version" \
    --out "$WORK/upgrade"
check "apt install the newer package with the network unreachable" bash -c \
    "cd '$WORK/upgrade' && $NONET apt-get install -y -q ./mibu_${new_version}_*.deb"
check "installed version is $new_version" bash -c \
    "[ \"\$(dpkg-query -W -f='\${Version}' mibu)\" = '$new_version' ]"
check "the upgrade left the register and key file as they were" \
    bash -c "[ \"\$(sha256sum '$REG' '$REG.keys')\" = '$reg_sum' ]"
check "mibu verify after the upgrade" bash -c \
    "echo '$PASS' | $NONET /usr/bin/mibu verify --passphrase-stdin"
check "audit trail: register.upgrade $old_version -> $new_version" bash -c \
    "echo '$PASS' | $NONET /usr/bin/mibu audit --passphrase-stdin --action register.upgrade \
     --json | tee /dev/stderr | grep '\"before\": {[^}]*\"version\": \"$old_version\"' \
     | grep -q '\"after\": {[^}]*\"version\": \"$new_version\"'"
check "exactly one upgrade entry after two unlocks" bash -c \
    "[ \"\$(echo '$PASS' | $NONET /usr/bin/mibu audit --passphrase-stdin \
        --action register.upgrade --json | wc -l)\" = 1 ]"

# 7. Purge: the register stays, the rules, the hook and the group go.
reg_sum="$(sha256sum "$REG" "$REG.keys" || true)"  # as the unlocks above left them
check "apt purge mibu with the network unreachable" bash -c \
    "$NONET apt-get purge -y -q mibu | tee '$WORK/purge.txt'"
check "purge said where the registers are left" grep -q '.local/share/mibu' "$WORK/purge.txt"
check "the register and key file are still there, unchanged" \
    bash -c "[ \"\$(sha256sum '$REG' '$REG.keys')\" = '$reg_sum' ]"
check "udev rules gone" test ! -e /lib/udev/rules.d/70-mibu-usb-guard.rules
check "initramfs hook gone" test ! -e /usr/share/initramfs-tools/hooks/mibu-usb-guard
check "group mibu-usb gone" bash -c "! getent group mibu-usb"
check "/opt/mibu and /usr/bin/mibu gone" bash -c "[ ! -e /opt/mibu ] && [ ! -e /usr/bin/mibu ]"
check "/var/lib/mibu gone" test ! -e /var/lib/mibu

echo "dist-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
