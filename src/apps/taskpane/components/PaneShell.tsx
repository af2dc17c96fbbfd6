import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { StringsProvider } from "../i18n/locale";
import type { Strings } from "../i18n/strings-zh";
import { ErrorBoundary } from "./ErrorBoundary";

/** Theme, language and the error boundary every mode of the pane runs inside. */
export function PaneShell({ strings, theme, children }: { strings: Strings; theme: Theme; children: ReactNode }) {
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <StringsProvider value={strings}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </StringsProvider>
    </FluentProvider>
  );
}
