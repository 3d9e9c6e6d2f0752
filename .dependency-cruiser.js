// The architecture as rules (issue 9): pane → use case (src/app) → adapter → core, and nothing the
// other way. `npm run depcheck` runs them on src/; scripts/check-globals.js covers what imports
// cannot show (the Office.js globals). Paths are relative to the folder depcruise runs in, so
// test/architecture.test.ts can run this same file on a planted tree.

// The .xlsx package library: under src/cli today, src/xlsx once moved. One pattern, so the rules
// hold for it in both places and need no edit when the move lands.
const XLSX = "^src/xlsx/";
// The files a bundle starts from: they wire the Office.js gateway into the UI, and only they may.
const UI_ENTRIES = "^src/(?:taskpane/index\\.tsx|commands/commands\\.ts)$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment:
        "src/core is the pure domain: snapshot in, patch out. It reaches for nothing outside " +
        "src/core (no adapter, use case or UI, no npm package, no Node built-in), so it runs and " +
        "tests the same in the pane, the CLI and jest.",
      severity: "error",
      from: { path: "^src/core/" },
      // An unresolvable import is not-to-unresolvable's to report, not a second breach here.
      to: { pathNot: "^src/core/", couldNotResolve: false },
    },
    {
      name: "node-builtins-only-in-cli",
      comment:
        "Node built-ins (fs, path, zlib, node:*…) exist only on the command line; anything else " +
        "under src/ is bundled for the pane, where they do not. Tests and scripts are not checked.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "xlsx-is-portable",
      comment:
        "The .xlsx library reads and patches packages as Uint8Array so the pane can use it too: " +
        "it needs only itself, src/core and its own npm parsers (fflate, saxes): no Node " +
        "built-in (src/cli brings files and zlib) and nothing else from src/.",
      severity: "error",
      from: { path: XLSX },
      to: {
        pathNot: [XLSX, "^src/core/", "^node_modules/(?:fflate|saxes)/"],
        couldNotResolve: false,
      },
    },
    {
      name: "ui-goes-through-app",
      comment:
        "The pane and the ribbon call use cases in src/app and never an adapter, so both front " +
        "ends share one set of use cases. Only the entry files wire the browser adapters " +
        "(src/excel, src/xlsx) in; src/cli (Node) is never reachable from the UI.",
      severity: "error",
      from: { path: "^src/(?:taskpane|commands)/", pathNot: UI_ENTRIES },
      to: { path: ["^src/excel/", "^src/cli/", XLSX] },
    },
    {
      name: "ui-entries-not-cli",
      comment:
        "Even the UI entry files wire only browser adapters: src/cli is Node and cannot run in " +
        "the pane or the ribbon's function file.",
      severity: "error",
      from: { path: UI_ENTRIES },
      to: { path: "^src/cli/" },
    },
    {
      name: "pane-is-private",
      comment:
        "The task pane's files are its own: nothing outside src/taskpane imports them. What the " +
        "ribbon shares with the pane lives in src/app, src/i18n or src/browser.",
      severity: "error",
      from: { pathNot: "^src/taskpane/" },
      to: { path: "^src/taskpane/" },
    },
    {
      name: "app-not-ui-or-cli",
      comment:
        "Use cases are called by the front ends and never call back into them: src/app imports " +
        "no UI (src/taskpane, src/commands) and not the CLI, which is a front end too.",
      severity: "error",
      from: { path: "^src/app/" },
      to: { path: "^src/(?:taskpane|commands|cli)/" },
    },
    {
      name: "no-circular",
      comment:
        "A cycle makes two modules one in all but name: neither can be read, tested or moved " +
        "alone, and the load order decides what is undefined at start-up.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment:
        "An import that does not resolve could hide any of the above (a path left behind by a " +
        "move); tsc would fail too, but here it would silently pass the rules.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports count: a port type fetched from an adapter is still a wrong-way dependency.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    // The page templates (taskpane.html…) are webpack's business, not modules.
    exclude: { path: "\\.html$" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".d.ts"],
    },
  },
};
