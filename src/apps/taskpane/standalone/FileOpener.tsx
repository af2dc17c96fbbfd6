import { Button, makeStyles, mergeClasses, shorthands, Text, tokens } from "@fluentui/react-components";
import { useId, useRef, useState, type DragEvent } from "react";
import { useStrings } from "../i18n/locale";

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
  busy: boolean;
  onFile(bytes: Uint8Array, fileName: string): void;
  /** Several files dropped at once: they are submissions to consolidate, not one workbook. */
  onSeveral(files: File[]): void;
  onSample(): void;
}

/** A file picker, a drop zone and the sample: the three ways a workbook gets into the page (several dropped go to 汇总). */
export function FileOpener({ busy, onFile, onSeveral, onSample }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  const read = async (file: File | undefined) => {
    if (file) onFile(new Uint8Array(await file.arrayBuffer()), file.name);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 1) onSeveral(files);
    else void read(files[0]);
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
      data-testid="drop-zone"
    >
      <label htmlFor={inputId} className={styles.hiddenInput}>
        {strings.standalone.openFileHint}
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".xlsx,.csv"
        className={styles.hiddenInput}
        tabIndex={-1}
        onChange={(event) => {
          void read(event.target.files?.[0]);
          event.target.value = "";
        }}
        data-testid="file-input"
      />
      <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()} data-testid="open-file">
        {strings.standalone.openFile}
      </Button>
      <Button disabled={busy} onClick={onSample} data-testid="open-sample">
        {strings.standalone.openSample}
      </Button>
      <Text>{busy ? strings.standalone.loading : strings.standalone.dropHere}</Text>
    </div>
  );
}
