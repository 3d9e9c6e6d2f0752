// "Periksa kecocokan Excel": the self-test's results with the host's description, counted, so the pane
// shows one summary and a list, and the same report can be copied into a bug report.
import type { ExcelSelfTest, HostDiagnostics, SelfTestReport, SelfTestResult } from "./ports";

export type CompatibilityReport = SelfTestReport & {
  diagnostics: HostDiagnostics;
  passed: number;
  failed: number;
  skipped: number;
};

export async function checkCompatibility(selfTest: ExcelSelfTest): Promise<CompatibilityReport> {
  // Read first: the host's description is worth having even when the run itself is refused.
  const diagnostics = selfTest.diagnostics();
  const report = await selfTest.run();
  const count = (status: SelfTestResult["status"]) =>
    report.results.filter((r) => r.status === status).length;
  return {
    ...report,
    diagnostics,
    passed: count("pass"),
    failed: count("fail"),
    skipped: count("skipped"),
  };
}
