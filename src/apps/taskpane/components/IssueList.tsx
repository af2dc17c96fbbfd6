import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Issue, IssueCode } from "../../../core/check/types";
import { useStrings } from "../i18n/locale";
import type { IssueGroup } from "../issue-groups";

/** Rendering thousands of rows at once makes the pane sluggish; more appear on request. */
const PAGE = 200;

const useStyles = makeStyles({
  group: { marginBlock: tokens.spacingVerticalS },
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  list: { listStyle: "none", margin: 0, padding: 0 },
  // A card: the cell and its value on one line, the message full width below, so a 320 px pane
  // gives the message the whole width instead of a column a few characters wide.
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  where: { display: "flex", gap: tokens.spacingHorizontalS, minWidth: 0 },
  cell: { fontFamily: tokens.fontFamilyMonospace, flexShrink: 0 },
  value: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  message: { overflowWrap: "anywhere" },
});

interface Props {
  issues: readonly Issue[];
  groups: readonly IssueGroup[];
  current: number | null;
  onSelect(index: number): void;
}

export function IssueList({ issues, groups, current, onSelect }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <section aria-label={strings.check.issueList} data-testid="issue-list">
      {groups.map((group) => (
        <IssueGroupView
          key={group.code}
          group={group}
          name={strings.codes[group.code as IssueCode]}
          issues={issues}
          current={current}
          onSelect={onSelect}
          styles={styles}
        />
      ))}
    </section>
  );
}

function IssueGroupView({
  group,
  name,
  issues,
  current,
  onSelect,
  styles,
}: Omit<Props, "groups"> & { group: IssueGroup; name: string; styles: ReturnType<typeof useStyles> }) {
  const strings = useStrings();
  const [shown, setShown] = useState(PAGE);
  // Next/previous error may land beyond the rows shown so far: show up to it.
  const visible = Math.max(shown, current === null ? 0 : group.indexes.indexOf(current) + 1);
  const headingId = `issue-group-${group.code}`;
  const severityName = group.severity === "error" ? strings.check.severityError : strings.check.severityWarning;
  return (
    <div className={styles.group} data-testid="issue-group" data-code={group.code}>
      <h3 className={styles.heading} id={headingId}>
        <Badge color={group.severity === "error" ? "danger" : "warning"} appearance="filled">
          {severityName}
        </Badge>
        {name}
        <span>({group.indexes.length})</span>
      </h3>
      <ul className={styles.list} aria-labelledby={headingId}>
        {group.indexes.slice(0, visible).map((index) => {
          const issue = issues[index];
          return (
            <li key={index}>
              <button
                type="button"
                className={index === current ? `${styles.row} ${styles.current}` : styles.row}
                data-testid="issue-row"
                data-issue-cell={issue.cell}
                data-code={issue.code}
                data-severity={issue.severity}
                aria-current={index === current ? "true" : undefined}
                onClick={() => onSelect(index)}
              >
                <span className={styles.where}>
                  <span className={styles.cell}>{issue.cell}</span>
                  <span className={styles.value}>{issue.shownValue}</span>
                </span>
                <span className={styles.message} data-testid="issue-message">
                  {strings.locale === "zh-CN" ? issue.message : issue.messageEn}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {group.indexes.length > visible && (
        <Button appearance="subtle" onClick={() => setShown(visible + PAGE)}>
          {strings.check.showMore(Math.min(PAGE, group.indexes.length - visible))}
        </Button>
      )}
    </div>
  );
}
