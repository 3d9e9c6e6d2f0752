// The use cases the pane and the ribbon call; both reach Office.js only through a WorkbookGateway.
export { recap } from "./recap";
export type { RecapOutcome } from "./recap";
export { setUpWorkbook } from "./setup";
export type { SetupOutcome } from "./setup";
export { applyFixes, previewFixes } from "./fix";
export type { FixOutcome, FixPreview } from "./fix";
export { loadOverview, showProblem, summarize } from "./overview";
export type { Overview, QuarterStatus } from "./overview";
export { approve, recordStep, returnForCorrection } from "./steps";
export type { DecisionOutcome, StepInput, StepOutcome } from "./steps";
export type { DecisionView, ProcessOverview, TrackerRowView } from "./process";
export { loadStatus } from "./status";
export type { PeriodStatus, Status } from "./status";
export { openReportWorkbook, prepareReport } from "./report";
export type { RenderXlsx, ReportPlan } from "./report";
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
