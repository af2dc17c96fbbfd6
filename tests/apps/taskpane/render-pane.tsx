import { webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { TaskPane } from "../../../src/apps/taskpane/components/TaskPane";
import { PaneShell } from "../../../src/apps/taskpane/components/PaneShell";
import { STRINGS_ZH, type Strings } from "../../../src/apps/taskpane/i18n/strings-zh";
import type { WorkbookHost } from "../../../src/core/ports/workbook-host";

export function renderInShell(content: ReactElement, strings: Strings = STRINGS_ZH) {
  const user = userEvent.setup();
  const view = render(
    <PaneShell strings={strings} theme={webLightTheme}>
      {content}
    </PaneShell>,
  );
  return { user, ...view };
}

/** Renders the pane and waits until it has read the workbook's sheets and settings. */
export async function renderPane(host: WorkbookHost, strings: Strings = STRINGS_ZH) {
  const view = renderInShell(<TaskPane host={host} />, strings);
  await screen.findByRole("tablist");
  return view;
}

/** jsdom's File lacks arrayBuffer(); every browser the page and pane run in has it. */
export function giveFilesArrayBuffer(): void {
  File.prototype.arrayBuffer ??= function arrayBuffer(this: File) {
    return new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(this);
    });
  };
}
