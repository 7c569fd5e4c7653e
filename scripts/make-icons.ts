/**
 * Draws Sourcelight's toolbar icon (a page of text with a highlighted line under a spotlight) at
 * 16, 32, 48 and 128 px into public/icon/<size>.png, with nothing but zlib: no image tool needed.
 * Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The drawing, in a 0..1 square; later shapes paint over earlier ones.
const BLUE: RGBA = [0, 84, 147, 255];
const PAGE: RGBA = [250, 250, 252, 255];
const INK: RGBA = [120, 126, 140, 255];
const MARK: RGBA = [240, 180, 0, 255];
const BEAM: RGBA = [255, 236, 120, 255];

const roundedSquare = (x: number, y: number, r: number) => {
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const rect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

function shade(x: number, y: number): RGBA | null {
  let c: RGBA | null = null;
  if (roundedSquare(x, y, 0.2)) c = BLUE;
  // The spotlight: a disc in the top right corner.
  if ((x - 0.74) ** 2 + (y - 0.26) ** 2 <= 0.13 ** 2) c = BEAM;
  // The page of text.
  if (rect(x, y, 0.16, 0.34, 0.66, 0.86)) c = PAGE;
  if (rect(x, y, 0.22, 0.42, 0.6, 0.49)) c = INK;
  // The highlighted line: a quote, lit.
  if (rect(x, y, 0.2, 0.55, 0.62, 0.66)) c = MARK;
  if (rect(x, y, 0.22, 0.73, 0.5, 0.8)) c = INK;
  return c;
}

function draw(size: number): Buffer {
  const S = 4; // supersampling, for smooth edges
  return png(size, (px, py) => {
    let r = 0, g = 0, b = 0, a = 0;
    for (let i = 0; i < S; i++)
      for (let j = 0; j < S; j++) {
        const c = shade((px + (i + 0.5) / S) / size, (py + (j + 0.5) / S) / size);
        if (!c) continue;
        r += c[0]; g += c[1]; b += c[2]; a += 1;
      }
    if (!a) return [0, 0, 0, 0];
    return [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (S * S))];
  });
}

const out = resolve(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(resolve(out, `${size}.png`), draw(size));
console.log(`icons written to ${out}`);
