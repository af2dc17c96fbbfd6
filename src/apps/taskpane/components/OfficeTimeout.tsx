import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { STRINGS_EN } from "../i18n/strings-en";
import { STRINGS_ZH } from "../i18n/strings-zh";

export const STANDALONE_PAGE = "standalone.html";

/**
 * office.js never answered. The language Office runs in is unknown here, so both languages show,
 * with the way out: the standalone page, which needs nothing from Microsoft's servers.
 */
export function OfficeTimeout() {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="office-timeout">
      <MessageBarBody>
        <MessageBarTitle>{STRINGS_ZH.office.timeoutTitle}</MessageBarTitle>
        <p>{STRINGS_ZH.office.timeout}</p>
        <p lang="en">
          <strong>{STRINGS_EN.office.timeoutTitle}.</strong> {STRINGS_EN.office.timeout}
        </p>
        <Link href={STANDALONE_PAGE} target="_blank" data-testid="open-standalone">
          {STRINGS_ZH.office.openStandalone} / {STRINGS_EN.office.openStandalone}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}
