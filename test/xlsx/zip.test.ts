import zlib from "zlib";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { zlibCompression } from "../../src/cli/compression";
import {
  Compression,
  crc32Portable as crc32,
  DeflateSink,
  fflateCompression,
} from "../../src/xlsx/deflate";
import { readZipDirectory, writeZip } from "../../src/xlsx/zip";
import { patchPackage, readSnapshot } from "../../src/xlsx";
import { handPackage, sheetXml } from "./fixtures";

const concat = (parts: readonly Uint8Array[]): Buffer =>
  Buffer.concat(parts.map((p) => Buffer.from(p)));

/** A random but repeatable byte string. */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

describe("the central directory", () => {
  test("names, sizes, CRCs and data offsets as fflate wrote them", () => {
    const files = {
      "a.xml": strToU8("<a/>".repeat(500)),
      "media/pic.png": noise(3000),
      "ünïcode.xml": strToU8("<ü/>"),
    };
    const zip = zipSync({
      "a.xml": files["a.xml"],
      "media/pic.png": [files["media/pic.png"], { level: 0 }],
      "ünïcode.xml": files["ünïcode.xml"],
    });
    const entries = readZipDirectory(zip);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ["a.xml", 8, 2000],
      ["media/pic.png", 0, 3000],
      ["ünïcode.xml", 8, 5],
    ]);
    for (const e of entries) {
      const raw = zip.subarray(e.dataStart, e.dataStart + e.compressedSize);
      const data = e.method === 0 ? raw : zlib.inflateRawSync(raw);
      expect(
        Buffer.compare(Buffer.from(data), Buffer.from(files[e.name as keyof typeof files]))
      ).toBe(0);
      expect(e.crc).toBe(crc32(data));
    }
  });

  test("ZIP64 records and size fields are followed", () => {
    const data = strToU8("<x>zip64</x>");
    const name = strToU8("x.xml");
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(name.length, 26);
    local.set(name, 30);
    // Sizes and offset all say "see the ZIP64 extra field".
    const extra = Buffer.alloc(4 + 24);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(data.length), 4);
    extra.writeBigUInt64LE(BigInt(data.length), 12);
    extra.writeBigUInt64LE(0n, 20);
    const central = Buffer.alloc(46 + name.length + extra.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(0xffffffff, 42);
    central.set(name, 46);
    central.set(extra, 46 + name.length);
    const cdStart = local.length + data.length;
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(1n, 32);
    end64.writeBigUInt64LE(BigInt(central.length), 40);
    end64.writeBigUInt64LE(BigInt(cdStart), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(cdStart + central.length), 8);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 16);
    const zip = new Uint8Array(Buffer.concat([local, data, central, end64, locator, end]));
    const [entry] = readZipDirectory(zip);
    expect(entry).toMatchObject({
      name: "x.xml",
      method: 0,
      size: data.length,
      compressedSize: data.length,
      dataStart: 30 + name.length,
    });
  });
});

describe("writing", () => {
  test("a written package reads back with fflate, names in UTF-8", () => {
    const body = strToU8("<ä/>");
    const zip = writeZip([
      {
        name: "b.xml",
        method: 8,
        crc: crc32(body),
        size: body.length,
        data: [zlib.deflateRawSync(body)],
      },
      {
        name: "ä/stored.bin",
        method: 0,
        crc: crc32(body),
        size: body.length,
        data: [body.subarray(0, 2), body.subarray(2)],
      },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(["b.xml", "ä/stored.bin"]);
    expect(strFromU8(files["b.xml"])).toBe("<ä/>");
    expect(strFromU8(files["ä/stored.bin"])).toBe("<ä/>");
  });

  const compressions: [string, Compression][] = [
    ["fflate, the library's default", fflateCompression],
    ["Node's zlib, the CLI's", zlibCompression],
  ];

  test.each(compressions)(
    "text streamed through the sink (%s) inflates to itself across many slices, with its CRC",
    (_name, compression) => {
      const sink = new DeflateSink(compression);
      const pieces: string[] = [];
      for (let i = 0; i < 60000; i++)
        pieces.push(`<c r="A${i}"><v>${i * 7919}</v><t>é ${"ü".repeat(i % 13)}</t></c>`);
      pieces.push("x".repeat(600000)); // a piece larger than the slice bound
      pieces.forEach((p) => sink.add(p));
      const part = sink.finish();
      const text = Buffer.from(pieces.join(""), "utf8");
      expect(part.data.length).toBeGreaterThan(2);
      expect(part.size).toBe(text.length);
      expect(part.crc).toBe(crc32(text));
      expect(Buffer.compare(zlib.inflateRawSync(concat(part.data)), text)).toBe(0);
      const zip = writeZip([{ name: "s.xml", ...part }]);
      expect(Buffer.compare(Buffer.from(unzipSync(zip)["s.xml"]), text)).toBe(0);
    }
  );

  test.each(compressions)("an empty sink (%s) is an empty part", (_name, compression) => {
    const part = new DeflateSink(compression).finish();
    expect(part.size).toBe(0);
    expect(zlib.inflateRawSync(concat(part.data)).length).toBe(0);
  });

  test("the portable CRC-32 agrees with zlib's, and the CLI's CRC with it", () => {
    const data = noise(100000, 3);
    // zlib.crc32 exists from Node 20.15; the portable one serves older Node 20 releases.
    if (typeof zlib.crc32 === "function") expect(crc32(data)).toBe(zlib.crc32(data));
    expect(zlibCompression.crc32(data)).toBe(crc32(data));
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926); // the standard check value
    expect(crc32(data.subarray(500), crc32(data.subarray(0, 500)))).toBe(crc32(data));
  });
});

test("a patch copies the entries it does not change as the very compressed bytes it read", () => {
  const rows = Array.from(
    { length: 300 },
    (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r * 31}</v></c></row>`
  ).join("");
  const before = handPackage([{ name: "A", xml: sheetXml(rows) }]);
  const after = patchPackage(before, {
    sheets: [
      { name: "Tahunan", rows: [[{ value: 1 }]], columns: [], frozenRows: 0, protect: false },
    ],
    edits: [],
  });
  const raw = (zip: Uint8Array, name: string) => {
    const e = readZipDirectory(zip).find((x) => x.name === name);
    if (!e) throw new Error(`no ${name}`);
    return Buffer.from(zip.subarray(e.dataStart, e.dataStart + e.compressedSize));
  };
  expect(
    Buffer.compare(raw(after, "xl/worksheets/sheet1.xml"), raw(before, "xl/worksheets/sheet1.xml"))
  ).toBe(0);
  expect(readSnapshot(after).sheets.map((s) => s.name)).toEqual(["A", "Tahunan"]);
});
