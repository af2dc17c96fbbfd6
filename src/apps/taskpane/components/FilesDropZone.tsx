import { Button, makeStyles, mergeClasses, shorthands, Text, tokens } from "@fluentui/react-components";
import { useId, useRef, useState, type DragEvent } from "react";
import type { PickedFile } from "../../../core/ports/submissions-host";
import { useConsolidationStrings } from "../i18n/consolidation-strings";

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

/** A browser file as the 汇总 flow takes it: its bytes read only when its check (or the 汇总 workbook) needs them. */
export function pickedFile(file: File): PickedFile {
  return { name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
}

interface Props {
  busy: boolean;
  onFiles(files: PickedFile[]): void;
}

/** Several submissions at once: a multi-file picker and a drop zone. */
export function FilesDropZone({ busy, onFiles }: Props) {
  const strings = useConsolidationStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const picked = Array.from(files ?? [], pickedFile);
    if (picked.length > 0 && !busy) onFiles(picked);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };
  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      data-testid="submissions-drop-zone"
    >
      <label htmlFor={inputId} className={styles.hiddenInput}>
        {strings.pickHint}
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        multiple
        accept=".xlsx,.csv"
        className={styles.hiddenInput}
        tabIndex={-1}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = "";
        }}
        data-testid="submissions-input"
      />
      <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
        {strings.pickFiles}
      </Button>
      <Text>{strings.dropHere}</Text>
    </div>
  );
}
