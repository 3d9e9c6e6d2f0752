// Builds the task pane, the ribbon's function file and its result dialog into dist/. Office.js itself
// comes from Microsoft's CDN (a <script> in each page), as Office requires; it is never bundled.
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/**
 * office-addin-dev-certs writes these files; its getHttpsServerOptions() throws where the CA cannot be
 * trusted (no sudo), so read them directly. Without them webpack-dev-server makes its own certificate,
 * which the browser (and Office) must then be told to trust once.
 */
function devCertificate() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const present = Object.values(files).every((f) => fs.existsSync(path.join(dir, f)));
  return present
    ? Object.fromEntries(
        Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))])
      )
    : undefined;
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const page = (name, template, chunk) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks: [chunk] });
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // dist/node holds the command line's build (tsconfig.cli.json); only the web files are ours.
      clean: { keep: /^node[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck` (tsc); the bundle only needs the JavaScript.
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.web.json", transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html", "taskpane"),
      page("commands", "./src/commands/commands.html", "commands"),
      page("dialog", "./src/commands/dialog.html", "dialog"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: 800 * 1024,
      maxAssetSize: 800 * 1024,
      // The report renderers (ExcelJS ≈ 0.9 MB, jsPDF) are chunks loaded only when a report is asked
      // for; the limits guard what a page loads at start.
      assetFilter: (name) => /^(taskpane|commands|dialog)\./.test(name),
    },
    devServer: {
      port: 3000,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: devCertificate() },
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
    },
  };
};
