// "Bagikan ke bidang": the unit files of one quarter (prepareDistribution), rendered with the same
// renderer as the command line's and offered as one .zip — one download, which a pane's WebView is
// likelier to let through than several. ExcelJS and fflate load only when asked.
import { distributionArchiveName, Env, prepareDistribution, WorkbookGateway } from "../../app";
import { Quarter } from "../../core/contract";
import { distributeMessage, Message } from "../../i18n/messages";
import { offerDownload, ZIP_TYPE } from "../download";
import { useStrings } from "../strings";

type Run = (label: string, work: () => Promise<Message | null>) => Promise<void>;

export function useDistribute(gateway: WorkbookGateway, run: Run, env: Env) {
  const t = useStrings();
  const distribute = (quarter: Quarter) =>
    run(t.distribute.building, async () => {
      // The pane does not know the workbook's file name: the unit files record none.
      const plan = await prepareDistribution(gateway, quarter, "", env);
      if (!plan.ok) return distributeMessage(plan, "", t);
      const [{ renderNewWorkbook }, { zipSync }] = await Promise.all([
        import(/* webpackChunkName: "new-workbook" */ "../../report/newWorkbook"),
        import(/* webpackChunkName: "zip" */ "fflate"),
      ]);
      const files: Record<string, Uint8Array> = {};
      for (const f of plan.files) files[f.fileName] = await renderNewWorkbook(f.sheets);
      const archive = distributionArchiveName(quarter, plan.year);
      // The workbooks are compressed already: stored, not deflated again.
      offerDownload(zipSync(files, { level: 0 }), archive, ZIP_TYPE);
      return distributeMessage(plan, archive, t);
    });
  return { distribute };
}
