#!/usr/bin/env node
// Draws the add-in's ribbon and store icons (assets/icon-16/32/64/80.png): three rising white bars
// on Office blue. Plain zlib PNG writing, so it needs no image tool; run it after changing the design.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BLUE = [0x0f, 0x6c, 0xbd, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(size, x, y) {
  const r = size * 0.18; // rounded corners
  const inside = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const corner =
    (x < r && y < r && !inside(r, r)) ||
    (x >= size - r && y < r && !inside(size - r, r)) ||
    (x < r && y >= size - r && !inside(r, size - r)) ||
    (x >= size - r && y >= size - r && !inside(size - r, size - r));
  if (corner) return CLEAR;
  const bars = [0.35, 0.55, 0.78];
  const width = size * 0.16;
  const base = size * 0.82;
  for (let i = 0; i < bars.length; i++) {
    const left = size * (0.2 + i * 0.22);
    if (x >= left && x < left + width && y < base && y >= base - bars[i] * size * 0.8) return WHITE;
  }
  return BLUE;
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "ascii"), data])), 8 + data.length);
  return out;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++)
      Buffer.from(pixel(size, x + 0.5, y + 0.5)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80])
  fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
console.log("assets/icon-{16,32,64,80}.png written");
