import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { useId, useRef, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalM,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hiddenInput: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)" },
});

interface Props {
  /** The hidden file input's label, for screen readers. */
  hint: string;
  /** Lets the picker choose several files (dropping always may). */
  multiple?: boolean;
  onFiles(files: File[]): void;
  testId: string;
  inputTestId: string;
  /** The zone's buttons and text; `pick` opens the file picker. */
  children(pick: () => void): ReactNode;
}

/** Where .xlsx / .xlsm / .csv files come into the page: dropped on it, or chosen with the picker it opens. */
export function DropZone({ hint, multiple = false, onFiles, testId, inputTestId, children }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const list = Array.from(files ?? []);
    if (list.length > 0) onFiles(list);
  };
  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        take(event.dataTransfer.files);
      }}
      data-testid={testId}
    >
      <label htmlFor={inputId} className={styles.hiddenInput}>
        {hint}
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        multiple={multiple}
        accept=".xlsx,.xlsm,.csv"
        className={styles.hiddenInput}
        tabIndex={-1}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = "";
        }}
        data-testid={inputTestId}
      />
      {children(() => input.current?.click())}
    </div>
  );
}
