// The extension's icons, drawn here rather than committed as binaries: two speech bubbles (a
// dialogue) on a blue rounded square. Anti-aliased by supersampling; encoded as PNG with zlib only.
import { deflateSync } from "node:zlib";

const BLUE = [29, 78, 216];
const WHITE = [255, 255, 255];
const YELLOW = [250, 204, 21];
const SUPERSAMPLE = 4;

function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by);
  const d2 = side(bx, by, cx, cy);
  const d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** Colour at a point of the unit square, or null for transparent. Later shapes paint over earlier. */
function paint(x, y) {
  let colour = null;
  if (inRoundedRect(x, y, 0, 0, 1, 1, 0.2)) colour = BLUE;
  if (
    inRoundedRect(x, y, 0.12, 0.16, 0.66, 0.56, 0.12) ||
    inTriangle(x, y, [0.22, 0.52], [0.36, 0.52], [0.18, 0.7])
  )
    colour = WHITE;
  if (
    inRoundedRect(x, y, 0.38, 0.44, 0.88, 0.78, 0.12) ||
    inTriangle(x, y, [0.64, 0.74], [0.78, 0.74], [0.84, 0.92])
  )
    colour = YELLOW;
  return colour;
}

function pixels(size) {
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const rowStart = py * (size * 4 + 1);
    data[rowStart] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++)
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = paint(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
          );
          if (!colour) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
        }
      const at = rowStart + 1 + px * 4;
      for (let i = 0; i < 3; i++) data[at + i] = covered ? Math.round(sum[i] / covered) : 0;
      data[at + 3] = Math.round((255 * covered) / SUPERSAMPLE ** 2);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** A square RGBA PNG of the icon at `size` pixels. */
export function iconPng(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 48, 128];
