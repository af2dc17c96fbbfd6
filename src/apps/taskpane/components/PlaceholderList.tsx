import { Button, makeStyles, tokens, Tooltip } from "@fluentui/react-components";
import { PLACEHOLDERS } from "../../../core/summary/placeholders";
import { useStrings } from "../i18n/locale";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyle: "none", margin: 0, padding: 0 },
});

/** Each button inserts its placeholder's syntax at the cursor of the summary text. */
export function PlaceholderList({ onInsert }: { onInsert(syntax: string): void }) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={strings.summary.placeholders} data-testid="placeholder-list">
      {PLACEHOLDERS.map((placeholder) => (
        <li key={placeholder.name}>
          <Tooltip content={placeholder.description} relationship="description">
            <Button size="small" onClick={() => onInsert(placeholder.syntax)} data-testid="placeholder">
              {placeholder.syntax}
            </Button>
          </Tooltip>
        </li>
      ))}
    </ul>
  );
}
