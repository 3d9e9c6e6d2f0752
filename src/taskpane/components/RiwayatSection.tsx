// "Ambil data tahun lalu": pick previous years' workbooks; Kodes whose Indikator changed are listed
// with a checkbox each, to confirm and take again.
import { useRef, useState } from "react";
import { Body1, Button, Checkbox, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { RenamedKode } from "../../app";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column" },
  hidden: { display: "none" },
});

export function RiwayatSection({
  busy,
  pending,
  onFiles,
  onConfirm,
}: {
  busy: boolean;
  pending: readonly RenamedKode[];
  onFiles: (files: File[]) => void;
  onConfirm: (kodes: string[]) => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (kode: string, on: boolean) =>
    setTicked((s) => {
      const next = new Set(s);
      if (on) next.add(kode);
      else next.delete(kode);
      return next;
    });
  // One checkbox per Kode: confirming a Kode takes its history of every year given. Ticks stay, so a
  // Kode confirmed before is sent again with the next confirmation.
  const kodes = [...new Set(pending.map((p) => p.kode))];
  return (
    <section className={styles.section} aria-label={t.riwayat.title}>
      <Subtitle2 as="h2">{t.riwayat.title}</Subtitle2>
      <Body1>{t.riwayat.intro}</Body1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx"
        aria-label={t.riwayat.button}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so that picking the same files again still fires a change.
          e.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <div>
        <Button disabled={busy} onClick={() => input.current?.click()}>
          {t.riwayat.button}
        </Button>
      </div>
      {pending.length > 0 && (
        <div className={styles.list} role="group" aria-label={t.riwayat.confirmTitle}>
          <Body1>{t.riwayat.confirmIntro}</Body1>
          {kodes.map((kode) => (
            <Checkbox
              key={kode}
              checked={ticked.has(kode)}
              onChange={(_, data) => toggle(kode, data.checked === true)}
              label={pending
                .filter((p) => p.kode === kode)
                .map((p) => t.riwayat.confirmItem(p.kode, p.tahun, p.was, p.now))
                .join("; ")}
            />
          ))}
          <div>
            <Button disabled={busy || ticked.size === 0} onClick={() => onConfirm([...ticked])}>
              {t.riwayat.confirmButton}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
