// The use cases the pane, the ribbon and the command line call, each through a WorkbookGateway
// (src/excel's over Office.js, src/cli's over an .xlsx file).
export { recap } from "./recap";
export type { RecapOutcome } from "./recap";
export { setUpWorkbook } from "./setup";
export type { SetupOutcome } from "./setup";
export { applyAllFixes, applyFixes, previewFixes } from "./fix";
export type { FixAllOutcome, FixOutcome, FixPreview } from "./fix";
export { checkWorkbook } from "./check";
export type { CheckOutcome } from "./check";
export { distributionArchiveName, prepareDistribution } from "./distribute";
export type { DistributionPlan, UnitFilePlan } from "./distribute";
export { mergeUnits } from "./merge";
export type { MergeOutcome, UnitWorkbook } from "./merge";
export { importRiwayat } from "./riwayat";
export type { PreviousBook, RenamedKode, RiwayatOutcome, RiwayatYear } from "./riwayat";
export { planNewWorkbook } from "./newWorkbook";
export type { NewWorkbookPlan } from "./newWorkbook";
export { loadOverview, showProblem, summarize } from "./overview";
export type { Overview, QuarterStatus } from "./overview";
export { recordStep } from "./steps";
export { approve, returnForCorrection, submitForReview } from "./review";
export type { DecisionOptions, DecisionOutcome } from "./review";
export type { StepInput, StepOutcome } from "./steps";
export type { DecisionView, ProcessOverview, TrackerRowView } from "./process";
export { loadStatus } from "./status";
export type { PeriodStatus, Status } from "./status";
export { openReportWorkbook, prepareReport, prepareReports, reportFileName } from "./report";
export type { RenderXlsx, ReportPlan, ReportsPlan } from "./report";
export { prepareLkjip } from "./lkjip";
export type { LkjipPlan } from "./lkjip";
export { defaultEnv } from "./log";
export type { Env } from "./log";
export { checkCompatibility } from "./selfTest";
export type { CompatibilityReport } from "./selfTest";
export type {
  ExcelSelfTest,
  HostDiagnostics,
  SelfTestCheckId,
  SelfTestFailure,
  SelfTestResult,
} from "./ports";
export { ExcelError } from "./ports";
export type { HostErrorKind, WorkbookGateway } from "./ports";
export type { ApprovalReview, PeriodApproval } from "./approvals";
export type { Review } from "./overview";
