/**
 * Writes a small bundle-stats.json beside the build: for each entry, its initial files and the
 * modules they carry, and every async chunk. tests/budgets/bundle-size.test.ts reads it to prove
 * the Excel task pane starts without exceljs.
 */
class BundleStatsPlugin {
  constructor(fileName) {
    this.fileName = fileName;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleStatsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleStatsPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const json = JSON.stringify(this.collect(compilation), null, 2);
          compilation.emitAsset(this.fileName, new compiler.webpack.sources.RawSource(json));
        },
      );
    });
  }

  collect(compilation) {
    const root = `${compilation.compiler.context.replace(/\\/g, "/")}/`;
    const chunkInfo = (chunk) => ({
      name: chunk.name ?? null,
      files: [...chunk.files].filter((file) => file.endsWith(".js")),
      modules: compilation.chunkGraph
        .getChunkModules(chunk)
        .map((module) => module.nameForCondition() ?? module.identifier())
        .map((name) => name.replace(/\\/g, "/").replace(root, ""))
        .sort(),
    });
    const entrypoints = {};
    for (const [name, entry] of compilation.entrypoints) {
      const initial = entry.chunks.map(chunkInfo);
      const asyncChunks = [...entry.getEntrypointChunk().getAllAsyncChunks()].map(chunkInfo);
      entrypoints[name] = { initial, async: asyncChunks };
    }
    return { entrypoints };
  }
}

module.exports = { BundleStatsPlugin };
