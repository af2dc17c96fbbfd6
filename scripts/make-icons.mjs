/**
 * Draws the add-in's ribbon and store icons (assets/icons/icon-{16,32,64,80}.png): a red rounded
 * square with a white tick. Drawn in code so every size is sharp and the PNGs can be regenerated.
 * Run: node scripts/make-icons.mjs
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

const SIZES = [16, 32, 64, 80];
const RED = [200, 16, 46];
const WHITE = [255, 255, 255];
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "assets", "icons");

/** Distance from point p to segment ab, in pixels. */
function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  const radius = size * 0.2;
  const tick = [[0.25, 0.52], [0.43, 0.7], [0.76, 0.32]].map(([x, y]) => [x * size, y * size]);
  const stroke = Math.max(1.2, size * 0.09);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5, cy = y + 0.5;
      const dx = Math.max(radius - cx, cx - (size - radius), 0);
      const dy = Math.max(radius - cy, cy - (size - radius), 0);
      const inside = Math.hypot(dx, dy) <= radius;
      const onTick = distanceToSegment(cx, cy, tick[0], tick[1]) <= stroke || distanceToSegment(cx, cy, tick[1], tick[2]) <= stroke;
      const [r, g, b] = onTick ? WHITE : RED;
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = inside ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(outDir, `icon-${size}.png`), drawIcon(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to ${outDir}`);
