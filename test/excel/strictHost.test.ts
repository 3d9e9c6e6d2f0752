// The test host must refuse what Excel may refuse and change what Excel would change; otherwise the
// adapter tests prove nothing about a real click. These pin the strictness itself.
import { createFakeExcel } from "./fakeExcel";
import { typeIn } from "./typing";

type Ctx = {
  workbook: { worksheets: Record<string, (...a: unknown[]) => Record<string, unknown>> };
  sync(): Promise<void>;
};

/** One batch on the fake, typed loosely: these tests poke at the host, not at the adapter. */
async function run(fake: ReturnType<typeof createFakeExcel>, batch: (ctx: Ctx) => void) {
  await fake.Excel.run(async (ctx) => {
    batch(ctx as unknown as Ctx);
    await ctx.sync();
  });
}
const sheetOf = (ctx: Ctx, name: string) =>
  ctx.workbook.worksheets.getItem(name) as unknown as {
    getRange(a: string): Record<string, unknown>;
    protection: { protect(): void; protected: boolean };
    position: number;
  };

describe("the strict test host", () => {
  test("rejects a 1×1 array over an 8-row range, for formulas, values and number formats", async () => {
    for (const field of ["formulas", "formulasR1C1", "values", "numberFormat"]) {
      const fake = createFakeExcel([{ name: "S", rows: [] }]);
      await expect(
        run(fake, (ctx) => {
          sheetOf(ctx, "S").getRange("A1:A8")[field] = [["=1+1"]];
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(fake.sheet("S").cells.size).toBe(0);
    }
  });

  test("a plain single value is applied to every cell of the range", async () => {
    const fake = createFakeExcel([{ name: "S", rows: [] }]);
    await run(fake, (ctx) => {
      sheetOf(ctx, "S").getRange("B1:B8").formulas = "=1+1";
    });
    expect([1, 8].map((r) => fake.cell("S", `B${r}`)?.formula)).toEqual(["1+1", "1+1"]);
  });

  test("text written into a General cell is parsed like typing; a Text cell keeps it", async () => {
    const fake = createFakeExcel([{ name: "S", rows: [] }]);
    await run(fake, (ctx) => {
      const ws = sheetOf(ctx, "S");
      ws.getRange("A1:F1").values = [["01", "1.10", "2.1.3", "+62", "=A9", "-"]];
      ws.getRange("A2:F2").numberFormat = "@";
      ws.getRange("A2:F2").values = [["01", "1.10", "2.1.3", "+62", "=A9", "-"]];
    });
    const row = (r: number) => [..."ABCDEF"].map((c) => fake.cell("S", `${c}${r}`));
    expect(row(1).map((c) => c?.value)).toEqual([1, 1.1, expect.any(Number), 62, null, "-"]);
    expect(fake.cell("S", "E1")?.formula).toBe("A9");
    expect(row(2).map((c) => c?.value)).toEqual(["01", "1.10", "2.1.3", "+62", "=A9", "-"]);
    expect(row(2).every((c) => c?.formula === undefined)).toBe(true);
  });

  test.each([
    ["00123456", 123456],
    ["50%", 0.5],
    ["3/4", expect.any(Number)],
    ["TRUE", true],
    ["IK-01", "IK-01"],
    ["Sangat Tinggi", "Sangat Tinggi"],
  ])("typing %s gives %p", (text, value) => {
    expect(typeIn(text).value).toEqual(value);
  });

  test("finds `tahunan` when asked for `Tahunan`, and refuses a second sheet of that name", async () => {
    const fake = createFakeExcel([{ name: "tahunan", rows: [["milik saya"]] }]);
    await run(fake, (ctx) => {
      sheetOf(ctx, "Tahunan").getRange("B1").values = [[5]];
    });
    expect(fake.cell("tahunan", "B1")?.value).toBe(5);
    await expect(
      run(fake, (ctx) => {
        ctx.workbook.worksheets.add("Tahunan");
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test.each(["a/b", "TW[1]", "x".repeat(32), "", "'quoted'", "History"])(
    "refuses the sheet name %p as Excel does",
    async (name) => {
      const fake = createFakeExcel([]);
      await expect(
        run(fake, (ctx) => {
          ctx.workbook.worksheets.add(name);
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(fake.sheets).toHaveLength(0);
    }
  );

  test("protecting a protected sheet fails, as documented", async () => {
    const fake = createFakeExcel([{ name: "S", rows: [], protected: true }]);
    await expect(
      run(fake, (ctx) => {
        sheetOf(ctx, "S").protection.protect();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("reading a worksheet property that was not loaded throws", async () => {
    const fake = createFakeExcel([{ name: "S", rows: [] }]);
    await fake.Excel.run(async (raw) => {
      const ctx = raw as unknown as Ctx & { workbook: { worksheets: Record<string, unknown> } };
      const ws = sheetOf(ctx, "S");
      expect(() => ws.position).toThrow(/PropertyNotLoaded|read before load/);
      expect(() => ws.protection.protected).toThrow(/read before load/);
      const list = ctx.workbook.worksheets as unknown as {
        load(s: string): void;
        items: { name: string; visibility: string }[];
      };
      list.load("items/name");
      await ctx.sync();
      expect(list.items[0].name).toBe("S");
      expect(() => list.items[0].visibility).toThrow(/read before load/);
    });
  });

  test("an oversized answer fails with the code the host is set to use", async () => {
    const fake = createFakeExcel([{ name: "S", rows: [["x".repeat(100)]] }], {
      responseLimit: 10,
      oversizedReadCode: "GeneralException",
    });
    await expect(
      run(fake, (ctx) => {
        const ws = sheetOf(ctx, "S") as unknown as { getUsedRange(): { load(s: string): unknown } };
        ws.getUsedRange().load("values");
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
  });
});
