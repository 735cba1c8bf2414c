#!/bin/sh
# Remove Mibu's USB default-deny (run as root). Buses go back to authorizing new devices.
set -eu
[ "$(id -u)" -eq 0 ] || { echo "run as root (sudo)" >&2; exit 1; }
"$(cd "$(dirname "$0")" && pwd)/mibu-usbguard-config" revert || true
rm -f /etc/udev/rules.d/70-mibu-usb-guard.rules /etc/initramfs-tools/hooks/mibu-usb-guard
udevadm control --reload
for hub in /sys/bus/usb/devices/usb*; do
    [ -w "$hub/authorized_default" ] && echo 1 > "$hub/authorized_default"
done
if [ -f /etc/default/grub ] && grep -q 'usbcore.authorized_default=0' /etc/default/grub; then
    sed -i 's/usbcore.authorized_default=0 //' /etc/default/grub
    command -v update-grub >/dev/null && update-grub
fi
command -v update-initramfs >/dev/null && update-initramfs -u || true
echo "Removed. Devices refused earlier stay off until replugged."
