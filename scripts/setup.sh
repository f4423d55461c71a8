#!/usr/bin/env bash
# Installs what DirectiveTracker needs on a fresh Debian machine that has the .NET SDK.
# Usage: scripts/setup.sh [run|test]   (test adds the office suite that makes test fixtures)
# Idempotent: packages already present are not fetched again.
set -euo pipefail
mode="${1:-run}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not on PATH; install .NET 10 SDK first."

# Debian packages: PDF text (poppler), OCR (tesseract + Vietnamese), ImageMagick (decodes scanners' JPEG, PNG and
# TIFF pages to grey pages for deskewing and OCR), and the office suite with its fonts, which the runtime needs too:
# .doc, .odt and .rtf files are converted to DOCX by LibreOffice headless. util-linux (essential, so normally
# present) gives setpriv and setsid, which make external tools die with dtrack.
packages=(poppler-utils tesseract-ocr tesseract-ocr-vie imagemagick libreoffice-writer-nogui fonts-liberation fonts-liberation2 util-linux)
if [ "$mode" = "test" ]; then
  # chromium: the browser tests; python3-aiosmtpd: the real SMTP server the alert tests send to;
  # postgresql: the throwaway servers the PostgreSQL store tests start (tests/TestSupport/PostgresServer.cs).
  packages+=(chromium python3-aiosmtpd postgresql postgresql-contrib)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else die "missing packages (${missing[*]}) and not root: run as root or install them."; fi
  else SUDO=""; fi
  command -v apt-get >/dev/null 2>&1 || die "missing packages (${missing[*]}) and no apt-get: install them by hand."
  say "installing ${missing[*]}"
  $SUDO apt-get update -qq || die "apt-get update failed (no access to the Debian package registry?)"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
else
  say "system packages present"
fi

say "restoring NuGet packages"
dotnet restore "$here/DirectiveTracker.sln" --nologo -v quiet || die "dotnet restore failed (no access to the NuGet registry?)"
