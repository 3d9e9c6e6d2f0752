// The canonical text the approval fingerprint hashes (docs/CONTRACT.md §"Review"), written out by hand,
// and how approved items are compared with today's.
import {
  ApprovalItem,
  approvalChanges,
  canonicalNumber,
  canonicalText,
  canonicalValue,
} from "../../src/core/approval";
import { linkText } from "../../src/core/auditChain";

const item = (over: Partial<ApprovalItem>): ApprovalItem => ({
  jenis: "Masukan",
  kode: "IK-01",
  besaran: "Realisasi TW I",
  lembar: "TW I",
  sel: "E3",
  nilai: "10",
  ...over,
});

describe("canonical values", () => {
  test("numbers to 12 significant digits, shortest form; -0 is 0", () => {
    expect(canonicalNumber(105)).toBe("105");
    expect(canonicalNumber(0.1 + 0.2)).toBe("0.3"); // 0.30000000000000004 is noise, not a change
    expect(canonicalNumber(131 / 1.2)).toBe("109.166666667");
    expect(canonicalNumber(-0)).toBe("0");
    expect(canonicalNumber(1e21)).toBe("1e+21");
  });

  test("cells: text as is, booleans, errors by code, blank as empty", () => {
    expect(canonicalValue("WTP")).toBe("WTP");
    expect(canonicalValue(true)).toBe("TRUE");
    expect(canonicalValue({ error: "#N/A" })).toBe("#N/A");
    expect(canonicalValue(null)).toBe("");
  });
});

test("the canonical text: header, period, item lines sorted and escaped, each ending in a line feed", () => {
  const text = canonicalText("Tahunan 2023", [
    item({ jenis: "Angka", kode: "IK-02", besaran: "Realisasi", nilai: "126" }),
    item({ kode: "IK-01", besaran: "Realisasi TW I", nilai: "a\tb\\c\nd" }),
    item({ jenis: "Angka", kode: "IK-01", besaran: "Capaian (%)", nilai: "105" }),
  ]);
  expect(text).toBe(
    "Rekap Kinerja persetujuan 1\n" +
      "Periode\tTahunan 2023\n" +
      "Angka\tIK-01\tCapaian (%)\t105\n" +
      "Angka\tIK-02\tRealisasi\t126\n" +
      "Masukan\tIK-01\tRealisasi TW I\ta\\tb\\\\c\\nd\n"
  );
  // Where a value sits is not part of it: the same items on other cells hash the same.
  const moved = canonicalText("Tahunan 2023", [item({ sel: "E9" })]);
  expect(moved).toBe(canonicalText("Tahunan 2023", [item({})]));
});

test("a chain link is the previous hash, a line feed, and the escaped fields joined by tabs", () => {
  expect(linkText("", ["a", "b\tc"])).toBe("\na\tb\\tc");
  expect(linkText("ff", ["x"])).toBe("ff\nx");
});

describe("changes since approval", () => {
  test("a changed value, at the cell that holds it now; inputs before figures", () => {
    const approved = [
      item({ jenis: "Angka", besaran: "Realisasi", lembar: "Tahunan", sel: "I3", nilai: "40" }),
      item({}),
    ];
    const now = [
      item({ jenis: "Angka", besaran: "Realisasi", lembar: "Tahunan", sel: "I3", nilai: "45" }),
      item({ sel: "E7", nilai: "15" }), // the row moved (the sheet was sorted) and its value changed
    ];
    expect(approvalChanges(approved, now)).toEqual([
      {
        jenis: "Masukan",
        kode: "IK-01",
        besaran: "Realisasi TW I",
        lembar: "TW I",
        sel: "E7",
        before: "10",
        after: "15",
      },
      {
        jenis: "Angka",
        kode: "IK-01",
        besaran: "Realisasi",
        lembar: "Tahunan",
        sel: "I3",
        before: "40",
        after: "45",
      },
    ]);
  });

  test("only moved is no change; an indicator added or removed is", () => {
    expect(approvalChanges([item({})], [item({ sel: "E12" })])).toEqual([]);
    expect(approvalChanges([item({})], [item({}), item({ kode: "IK-09" })])).toEqual([
      expect.objectContaining({ kode: "IK-09", before: null, after: "10" }),
    ]);
    expect(approvalChanges([item({}), item({ kode: "IK-09" })], [item({})])).toEqual([
      expect.objectContaining({ kode: "IK-09", before: "10", after: null }),
    ]);
  });
});
