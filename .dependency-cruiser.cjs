/**
 * The layers of src/, held by a rule rather than by care (docs/architecture.md). Run by
 * tests/architecture/layers.test.ts, so `npm test` fails on a back-import or a cycle;
 * `npx depcruise src` shows the same report by hand.
 *
 * Type-only imports count (tsPreCompilationDeps): a cycle through `import type` is still a
 * cycle a reader has to hold in their head, and the next value import along it breaks loading order.
 */

/** Core's floor: the shared vocabulary every other core module may use, importing nothing above it. */
const FLOOR = [
  "^src/core/fields\\.ts$", // FieldKey
  "^src/core/cell\\.ts$", // CellValue
  "^src/core/check/types\\.ts$", // issue codes, severities, Issue, CheckResult, PersonEntry
  "^src/core/messages/catalogue\\.ts$", // message text per code
];

/** What the core may load besides itself: the forms (and the 档案表's columns) as data, zod for validating them, RE2 for patterns. */
const CORE_MAY_LOAD = ["^src/core/", "^assets/templates/[^/]+\\.json$", "^assets/register/[^/]+\\.json$", "^node_modules/(zod|re2js|fastest-levenshtein)/"];

module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      comment: "No import cycle anywhere in src, type imports included: move the shared type down to a module both may import.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "core-is-pure",
      comment:
        "src/core is the pure domain: it imports only core, the template packs (assets/templates, assets/register), zod, re2js and fastest-levenshtein (pure JS: the nearest placeholder name) — " +
        "no adapter, no app, no Node built-in, no DOM or Office package.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { pathNot: CORE_MAY_LOAD },
    },
    {
      name: "core-floor-is-the-bottom",
      comment:
        "The floor (issue codes, severities, message text, person keys, field keys, cells) imports only the floor, " +
        "so every core module may use it without a cycle.",
      severity: "error",
      from: { path: FLOOR },
      to: { pathNot: FLOOR },
    },
    {
      name: "adapters-below-apps",
      comment: "An adapter (one per host) never imports an app: apps wire adapters to the core, not the other way.",
      severity: "error",
      from: { path: "^src/adapters/" },
      to: { path: "^src/apps/" },
    },
    {
      name: "adapters-import-core-not-each-other",
      comment:
        "An adapter imports the core (and its ports), not another host's adapter. " +
        "The Excel adapter's imports of xlsx's host-neutral helpers are recorded in .dependency-cruiser-known-violations.json " +
        "until they move to the core; any new one fails.",
      severity: "error",
      from: { path: "^src/adapters/([^/]+)/" },
      to: { path: "^src/adapters/", pathNot: "^src/adapters/$1/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".json"] },
    exclude: { path: "\\.d\\.ts$" },
  },
};
