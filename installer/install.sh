#!/bin/sh
# Install Mibu's USB default-deny: udev rules, the mibu-usb group, the initramfs hook.
# Run once as root:  sudo installer/install.sh CLERK_USER [--kernel-param]
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
user="${1:?usage: install.sh CLERK_USER [--kernel-param]}"
[ "$(id -u)" -eq 0 ] || { echo "run as root (sudo)" >&2; exit 1; }
id "$user" >/dev/null 2>&1 || { echo "no such user: $user" >&2; exit 1; }

getent group mibu-usb >/dev/null || groupadd --system mibu-usb
usermod -a -G mibu-usb "$user"

install -m 0644 "$here/70-mibu-usb-guard.rules" /etc/udev/rules.d/70-mibu-usb-guard.rules
if [ -d /etc/initramfs-tools/hooks ]; then
    install -m 0755 "$here/initramfs/mibu-usb-guard" /etc/initramfs-tools/hooks/mibu-usb-guard
fi
udevadm control --reload
# Re-run the rules for what is plugged in now: root hubs switch to default-deny, hubs and
# keyboards stay authorized, `authorized` becomes writable by the group. Nothing is
# switched off here: the guard decides about present storage when Mibu starts.
udevadm trigger --subsystem-match=usb --action=add
udevadm settle

if [ "${2:-}" = "--kernel-param" ] && [ -f /etc/default/grub ]; then
    if ! grep -q 'usbcore.authorized_default=0' /etc/default/grub; then
        sed -i 's/^GRUB_CMDLINE_LINUX="/GRUB_CMDLINE_LINUX="usbcore.authorized_default=0 /' \
            /etc/default/grub
    fi
    command -v update-initramfs >/dev/null && update-initramfs -u
    command -v update-grub >/dev/null && update-grub
fi
# USBGuard, where installed, becomes the enforcer from boot on (also while Mibu is closed).
if command -v usbguard-daemon >/dev/null 2>&1 || [ -x /usr/sbin/usbguard-daemon ]; then
    "$here/mibu-usbguard-config" apply
else
    echo "usbguard is not installed: Mibu's own guard protects only while Mibu runs."
fi
echo "Installed. $user must log out and in again to join group mibu-usb."
