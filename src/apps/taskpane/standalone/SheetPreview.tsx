import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { cellAddress, columnLetters } from "../../../core/address";
import type { PreviewSource } from "../../standalone/standalone-host";
import { useStrings } from "../i18n/locale";
import { previewText } from "./preview-text";

const ROW_HEIGHT = 28;
const COLUMN_WIDTH = 120;
const ROW_HEADER_WIDTH = 64;

const useStyles = makeStyles({
  scroller: {
    height: "70vh",
    minHeight: "240px",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    position: "relative",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  row: { display: "flex", position: "absolute", left: 0, height: `${ROW_HEIGHT}px` },
  header: { position: "sticky", top: 0, zIndex: 2, display: "flex", height: `${ROW_HEIGHT}px` },
  cell: {
    flex: `0 0 ${COLUMN_WIDTH}px`,
    boxSizing: "border-box",
    padding: "0 6px",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  headCell: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, textAlign: "center" },
  rowHead: { flex: `0 0 ${ROW_HEADER_WIDTH}px`, position: "sticky", left: 0, zIndex: 1 },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/**
 * The sheet as a virtualised grid: only the rows in view are in the DOM, so 100,000 rows scroll
 * like 100. Flagged cells are coloured; the selected cell is outlined and scrolled into view.
 */
export function SheetPreview({ source }: { source: PreviewSource }) {
  const strings = useStrings();
  const styles = useStyles();
  const view = useSyncExternalStore(source.subscribe, source.getView);
  const grid = source.grid(view.sheet);
  const rowCount = grid?.rowCount ?? 0;
  const firstRow = grid?.firstRow ?? 1;
  const firstColumn = grid?.firstColumn ?? 1;
  const columns = grid?.columnCount ?? 0;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // Before the first measurement (and in tests) assume a typical viewport.
    initialRect: { width: 800, height: 600 },
  });

  useEffect(() => {
    const match = view.selected?.match(/^[A-Z]+(\d+)$/);
    if (!match) return;
    virtualizer.scrollToIndex(Number(match[1]) - firstRow, { align: "center" });
    const frame = requestAnimationFrame(() =>
      scroller.current?.querySelector(`[data-cell="${view.selected}"]`)?.scrollIntoView?.({ block: "nearest", inline: "nearest" }),
    );
    return () => cancelAnimationFrame(frame);
  }, [view.selected, firstRow, virtualizer]);

  const columnIndexes = Array.from({ length: columns }, (_, index) => index);
  const width = ROW_HEADER_WIDTH + columns * COLUMN_WIDTH;
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={`${strings.standalone.preview}：${view.sheet}`}
      aria-rowcount={rowCount + 1}
      aria-colcount={columns + 1}
      tabIndex={0}
      data-testid="sheet-preview"
      data-sheet={view.sheet}
    >
      <div className={styles.header} role="row" aria-rowindex={1} style={{ width }}>
        <div className={mergeClasses(styles.cell, styles.headCell, styles.rowHead)} role="columnheader" />
        {columnIndexes.map((index) => (
          <div key={index} className={mergeClasses(styles.cell, styles.headCell)} role="columnheader">
            {columnLetters(firstColumn + index)}
          </div>
        ))}
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), width, position: "relative" }}>
        {virtualizer.getVirtualItems().map((item) => {
          const rowNumber = firstRow + item.index;
          const cells = grid?.row(item.index) ?? [];
          return (
            <div
              key={item.key}
              className={styles.row}
              role="row"
              aria-rowindex={item.index + 2}
              style={{ transform: `translateY(${item.start}px)`, width }}
            >
              <div className={mergeClasses(styles.cell, styles.headCell, styles.rowHead)} role="rowheader">
                {rowNumber}
              </div>
              {columnIndexes.map((index) => {
                const address = cellAddress(rowNumber, firstColumn + index);
                const mark = view.marks.get(address);
                const selected = address === view.selected;
                return (
                  <div
                    key={index}
                    role="gridcell"
                    data-cell={address}
                    data-mark={mark}
                    aria-selected={selected}
                    className={mergeClasses(
                      styles.cell,
                      mark === "error" && styles.error,
                      mark === "warning" && styles.warning,
                      selected && styles.selected,
                    )}
                  >
                    {previewText(cells[index])}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
