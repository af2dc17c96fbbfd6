#!/usr/bin/env bash
# What the tests need from Debian, never a downloaded binary: Chromium for the page's real-browser
# tests (through playwright-core), a CJK font (or screenshots show boxes), and LibreOffice Calc and
# Writer headless as an independent reader of the workbooks and Word reports the product writes.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || need+=(fonts-wqy-microhei)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui libreoffice-writer-nogui)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "需要安装 ${need[*]}：请以 root 运行 apt-get install -y ${need[*]} / Install ${need[*]} with apt-get (root needed)" >&2
  exit 1
fi
echo "installing ${need[*]} from Debian…" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
