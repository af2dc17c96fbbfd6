import { act, screen, waitFor } from "@testing-library/react";
import type { Severity } from "../../../../src/core/check/types";
import type { CellValue } from "../../../../src/core/cell";
import { previewOfGrid } from "../../../../src/apps/standalone/preview-grid";
import type { PreviewSource, PreviewView } from "../../../../src/apps/standalone/standalone-host";
import { SheetPreview } from "../../../../src/apps/taskpane/standalone/SheetPreview";
import { renderInShell } from "../render-pane";
import { giveElementsAViewport } from "./viewport";

/** A preview source over a generated sheet, its view changed by the test. */
function source(rows: CellValue[][]) {
  let view: PreviewView = { sheet: "花名册", marks: new Map(), selected: null };
  const listeners = new Set<() => void>();
  const preview: PreviewSource = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: () => view,
    grid: () => previewOfGrid({ name: "花名册", rows, firstRow: 1, firstColumn: 1, hiddenRows: [] }),
  };
  const change = (next: Partial<PreviewView>) =>
    act(() => {
      view = { ...view, ...next };
      listeners.forEach((listener) => listener());
    });
  return { preview, change };
}

const BIG = Array.from({ length: 100_000 }, (_, index): CellValue[] => [index + 1, "伊州区", `职工${index + 1}`, 1000]);

describe("the sheet preview", () => {
  beforeAll(() => {
    giveElementsAViewport();
  });

  it("puts only the rows in view into the page, even for 100,000 rows", () => {
    const { preview } = source(BIG);
    renderInShell(<SheetPreview source={preview} />);
    const grid = screen.getByRole("grid");
    expect(grid).toHaveAttribute("aria-rowcount", "100001");
    expect(screen.getAllByRole("row").length).toBeLessThan(60);
    expect(screen.getByText("职工1")).toBeInTheDocument();
  });

  it("colours flagged cells red for errors and amber for warnings", () => {
    const { preview, change } = source(BIG);
    const { container } = renderInShell(<SheetPreview source={preview} />);
    change({ marks: new Map<string, Severity>([["D2", "error"], ["C3", "warning"]]) });
    expect(container.querySelector('[data-cell="D2"]')).toHaveAttribute("data-mark", "error");
    expect(container.querySelector('[data-cell="C3"]')).toHaveAttribute("data-mark", "warning");
    expect(container.querySelector('[data-cell="D4"]')).not.toHaveAttribute("data-mark");
  });

  it("jumps to a selected cell far down the sheet and outlines it", async () => {
    const { preview, change } = source(BIG);
    const { container } = renderInShell(<SheetPreview source={preview} />);
    expect(container.querySelector('[data-cell="C87654"]')).toBeNull();
    change({ selected: "C87654" });
    await waitFor(() => expect(container.querySelector('[data-cell="C87654"]')).toHaveTextContent("职工87654"));
    expect(container.querySelector('[data-cell="C87654"]')).toHaveAttribute("aria-selected", "true");
  });

  it("never shows an ID or card number in full", () => {
    const { preview } = source([["张三", "11010519491231002X", "6222021234567890128", 1500]]);
    renderInShell(<SheetPreview source={preview} />);
    expect(screen.getByText("110105********002X")).toBeInTheDocument();
    expect(screen.getByText("622202*********0128")).toBeInTheDocument();
    expect(screen.getByText("1500")).toBeInTheDocument();
  });
});
