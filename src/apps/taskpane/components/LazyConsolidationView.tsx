import { lazy } from "react";

/**
 * The 汇总 view as its own chunk: the pane's first download (what Excel loads on every 打开助手)
 * does not carry it. Render it inside <Suspense>.
 */
export const LazyConsolidationView = lazy(() =>
  import(/* webpackChunkName: "consolidation-view" */ "./ConsolidationView").then((module) => ({ default: module.ConsolidationView })),
);
