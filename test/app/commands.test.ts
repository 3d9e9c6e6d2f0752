import { memoryGateway } from "./memoryGateway";
import { bookOf } from "../helpers/book";
import { CommandEvent, registerCommands } from "../../src/commands/register";
import { STRINGS } from "../../src/i18n/strings";
import { Message } from "../../src/i18n/messages";
import { ExcelError } from "../../src/excel/errors";
import { WorkbookGateway } from "../../src/app/ports";
import { Env } from "../../src/app/log";

function ribbon(gateway: () => WorkbookGateway, env?: () => Env) {
  const handlers = new Map<string, (e: CommandEvent) => Promise<void>>();
  const shown: Message[] = [];
  registerCommands((name, handler) => handlers.set(name, handler), {
    gateway,
    strings: STRINGS.id,
    notify: async (m) => void shown.push(m),
    env,
  });
  return { handlers, shown };
}

const pk = [{ kode: "A", targetTahunan: 120, targets: [30, 30, 30, 30] }];

describe("ribbon commands", () => {
  test("Rekap Semester I recaps that period, shows the outcome and completes the event", async () => {
    const { gateway, writes } = memoryGateway(
      bookOf(pk, { 1: [{ kode: "A", realisasi: 30 }], 2: [{ kode: "A", realisasi: 25 }] })
    );
    const { handlers, shown } = ribbon(() => gateway);
    const completed = jest.fn();
    await handlers.get("recapSemester1")?.({ completed });
    // The workbook has no Tahunan yet, whose lookups a semester borrows: it is written too.
    expect(writes[0].rewrite?.map((p) => p.name)).toEqual(["Semester I", "Tahunan"]);
    expect(shown).toEqual([
      {
        intent: "success",
        text: "Rekap Semester I, Tahunan selesai: 1 indikator, dengan rumus yang tetap hidup.",
      },
    ]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("an Excel failure is shown in Indonesian and the event still completes", async () => {
    const failing = {
      ...memoryGateway(bookOf(pk, {})).gateway,
      update: () =>
        Promise.reject(new ExcelError("cellEditMode", "InvalidOperationInCellEditMode", "x")),
    };
    const { handlers, shown } = ribbon(() => failing);
    const completed = jest.fn();
    await handlers.get("recapTahunan")?.({ completed });
    expect(shown[0]).toEqual({ intent: "error", text: STRINGS.id.errors.cellEditMode });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("a ribbon recap records its SOP step under the name the pane remembered", async () => {
    const { gateway, writes } = memoryGateway(bookOf(pk, { 1: [{ kode: "A", realisasi: 30 }] }));
    const { handlers } = ribbon(
      () => gateway,
      () => ({ now: () => new Date("2024-07-01T01:00:00Z"), user: "Citra", utcOffset: () => 420 })
    );
    await handlers.get("recapTahunan")?.({ completed: jest.fn() });
    const [row] = writes[0].append?.[0].values ?? [];
    expect([row[1], row[5]]).toEqual([9, "Citra"]);
    expect(writes[0].log?.[0].user).toBe("Citra");
  });
});
