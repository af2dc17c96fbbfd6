/**
 * Builds the Excel task pane, the ribbon commands page and the standalone page into dist/, and the
 * WPS 表格 add-in into dist/wps/.
 * The one build-time setting is ADDIN_PUBLIC_URL (production URL written into manifest.xml).
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { BundleStatsPlugin } = require("./scripts/bundle-stats-plugin.cjs");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const DEV_PORT = 3000;

/**
 * office.js is the only script from elsewhere, and it fetches its host scripts and locale
 * strings from the same CDN. Nothing else may be loaded or contacted (issue 6).
 */
function contentSecurityPolicy({ officeJs, devServer }) {
  const devSocket = devServer ? " wss://localhost:3000 ws://localhost:3000" : "";
  const scripts = officeJs ? `'self' ${OFFICE_CDN}` : "'self'";
  const connect = officeJs ? `'self' ${OFFICE_CDN}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `connect-src ${connect} blob:${devSocket}`,
    // Griffel (Fluent UI's CSS-in-JS) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The commands page has no UI; its owner may add src/apps/commands/commands.html. */
const commandsHtml = ({ csp, officeJs }) => `<!doctype html>
<html><head><meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${csp}" />
<script src="${officeJs}"></script></head><body></body></html>`;

function page({ template, filename, chunks, officeJs, devServer }) {
  const parameters = { csp: contentSecurityPolicy({ officeJs, devServer }), officeJs: OFFICE_JS };
  const source = fs.existsSync(template) ? { template } : { templateContent: () => commandsHtml(parameters) };
  return new HtmlWebpackPlugin({ ...source, filename, chunks, templateParameters: parameters });
}

/** The manifest points at localhost in development; production builds may point elsewhere. */
function manifestUrls(content, production) {
  const publicUrl = process.env.ADDIN_PUBLIC_URL;
  if (!production || !publicUrl) return content;
  const base = publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;
  return Buffer.from(content.toString().split(DEV_URL).join(base));
}

/**
 * Reads the dev certificates directly: office-addin-dev-certs' getHttpsServerOptions() rewrites
 * them on every call. Falls back to plain http when they cannot be made (no sudo, no tool).
 */
function devServerTransport() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((name) => path.join(dir, name));
  if (!files.every((file) => fs.existsSync(file))) {
    try {
      execFileSync(require.resolve("office-addin-dev-certs/cli.js"), ["install"], { stdio: "ignore" });
    } catch {
      // Reported below when the files are still missing.
    }
  }
  if (!files.every((file) => fs.existsSync(file))) {
    console.warn(`No dev certificates in ${dir}: serving plain http on port ${DEV_PORT}.`);
    return "http";
  }
  const [key, cert, ca] = files.map((file) => fs.readFileSync(file));
  return { type: "https", options: { key, cert, ca } };
}

const resolve = {
  extensions: [".tsx", ".ts", ".js"],
  // exceljs' browser build is self-contained; nothing of Node's is bundled.
  fallback: { fs: false, path: false, stream: false, crypto: false },
};

const moduleRules = {
  rules: [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
    },
    // The sample workbook rides in its own chunk, so 打开示例 works from file:// too.
    { test: /\.xlsx$/, type: "asset/inline" },
  ],
};

const outputNames = (production) => ({
  filename: production ? "[name].[contenthash:8].js" : "[name].js",
  chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
  publicPath: "auto",
});

/**
 * The WPS 表格 add-in (WPS 加载项), built on its own into dist/wps/ so its chunks load from its own
 * folder: index.html (the ribbon's callbacks, never shown), taskpane.html (the pane), ribbon.xml,
 * the ribbon's image. No page of it loads office.js. scripts/wps-package.mjs then writes
 * jsplugins.xml and the offline archive.
 */
function wpsConfig(production) {
  return {
    name: "wps",
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: { ribbon: "./src/apps/wps/ribbon-entry.ts", taskpane: "./src/apps/wps/pane-entry.tsx" },
    output: { path: path.resolve(__dirname, "dist/wps"), ...outputNames(production), clean: true },
    resolve,
    module: moduleRules,
    optimization: { splitChunks: { chunks: "async" } },
    performance: { hints: false },
    plugins: [
      page({ template: "./src/apps/wps/wps.html", filename: "index.html", chunks: ["ribbon"], officeJs: false, devServer: false }),
      page({ template: "./src/apps/wps/wps.html", filename: "taskpane.html", chunks: ["taskpane"], officeJs: false, devServer: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "assets/icons/icon-32.png", to: "images/icon-32.png" },
        ],
      }),
      new BundleStatsPlugin("bundle-stats.json"),
    ],
  };
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const devServer = Boolean(process.env.WEBPACK_SERVE);
  const office = {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' CSP does not allow 'unsafe-eval'.
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/apps/taskpane/index.tsx",
      standalone: "./src/apps/standalone/index.tsx",
      commands: "./src/apps/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      ...outputNames(production),
      // dist/wps and the offline package are the WPS build's own.
      clean: { keep: /^wps(-offline)?[\\/]/ },
    },
    resolve,
    module: moduleRules,
    optimization: {
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          // exceljs is loaded only in standalone mode; keep it in one async chunk of its own.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      page({
        template: "./src/apps/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        officeJs: true,
        devServer,
      }),
      page({
        template: "./src/apps/standalone/standalone.html",
        filename: "standalone.html",
        chunks: ["standalone"],
        officeJs: false,
        devServer,
      }),
      page({
        template: "./src/apps/commands/commands.html",
        filename: "commands.html",
        chunks: ["commands"],
        officeJs: true,
        devServer,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestUrls(content, production) },
          { from: "assets/icons", to: "assets/icons", noErrorOnMissing: true },
          { from: "assets/samples/*.xlsx", to: "samples/[name][ext]", noErrorOnMissing: true },
        ],
      }),
      new BundleStatsPlugin("bundle-stats.json"),
    ],
    devServer: {
      host: "localhost",
      port: DEV_PORT,
      server: devServer ? devServerTransport() : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
  // The dev server serves the Office pages only; the WPS add-in is built by `npm run build`.
  return devServer ? office : [office, wpsConfig(production)];
};
