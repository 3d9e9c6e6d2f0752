// "Ambil data tahun lalu": the picked workbooks are read here in the browser (the package reader
// loads only then), and importRiwayat writes Riwayat through the pane's gateway. The files read are
// kept, so confirming renamed Kodes runs the import again without asking for them again.
import { useState } from "react";
import { Env, importRiwayat, PreviousBook, RenamedKode, WorkbookGateway } from "../../app";
import { Message } from "../../i18n/messages";
import { riwayatMessage } from "../../i18n/riwayatMessage";
import { useStrings } from "../strings";

type Run = (label: string, work: () => Promise<Message | null>) => Promise<void>;

export function useRiwayat(gateway: WorkbookGateway, run: Run, env: Env) {
  const t = useStrings();
  const [books, setBooks] = useState<readonly PreviousBook[]>([]);
  const [pending, setPending] = useState<readonly RenamedKode[]>([]);

  const write = async (previous: readonly PreviousBook[], confirmed: readonly string[]) => {
    const outcome = await importRiwayat(gateway, previous, confirmed, env);
    setPending(outcome.ok ? outcome.pending : []);
    return riwayatMessage(outcome, t);
  };

  const choose = (files: readonly File[]) =>
    run(t.riwayat.reading, async () => {
      const { readWorkbookBytes } = await import(
        /* webpackChunkName: "workbook-bytes" */ "../../app/workbookBytes"
      );
      const read = await Promise.all(
        files.map(async (f) => readWorkbookBytes(f.name, new Uint8Array(await f.arrayBuffer())))
      );
      const previous: PreviousBook[] = [];
      for (const r of read) {
        if (!r.ok) return { intent: "error", text: t.riwayat.unreadable(r.label, r.reason) };
        previous.push(r.book);
      }
      setBooks(previous);
      return write(previous, []);
    });

  /** The ticked Kodes confirmed: the same files imported again. */
  const confirm = (kodes: readonly string[]) => run(t.riwayat.running, () => write(books, kodes));

  return { pending, choose, confirm };
}
