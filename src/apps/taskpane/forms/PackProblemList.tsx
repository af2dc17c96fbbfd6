import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { TemplateProblem } from "../../../core/template/template-problems";
import { useStrings } from "../i18n/locale";

/** Problems found in a pack: each bad key on its own line, at its JSON path, in the pane's language. */
export function PackProblemList({ title, problems }: { title: string; problems: readonly TemplateProblem[] }) {
  const strings = useStrings();
  const zh = strings.locale === "zh-CN";
  return (
    <MessageBar intent="error" layout="multiline" data-testid="pack-problems">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul>
          {problems.map((problem, index) => (
            <li key={index} data-testid="pack-problem" lang={strings.locale}>
              {problem.path}: {zh ? problem.zh : problem.en}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
