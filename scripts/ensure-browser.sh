#!/usr/bin/env bash
# The real-browser tests drive Debian's Chromium through playwright-core: never a downloaded
# browser. Chinese text needs a CJK font or the screenshots show boxes.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy" || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "需要安装 ${need[*]}：请以 root 运行 apt-get install -y ${need[*]} / Install ${need[*]} with apt-get (root needed)" >&2
  exit 1
fi
echo "installing ${need[*]} from Debian…" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
