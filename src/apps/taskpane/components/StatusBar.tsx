import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** A confirmation that an action on the workbook took effect. */
export function StatusBar({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <MessageBar intent="success" data-testid={testId}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
