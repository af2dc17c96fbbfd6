import { Button, Text } from "@fluentui/react-components";
import type { PickedFile } from "../../../core/ports/submissions-host";
import { useConsolidationStrings } from "../i18n/consolidation-strings";
import { DropZone } from "./DropZone";

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
  return (
    <DropZone
      hint={strings.pickHint}
      multiple
      onFiles={(files) => !busy && onFiles(files.map(pickedFile))}
      testId="submissions-drop-zone"
      inputTestId="submissions-input"
    >
      {(pick) => (
        <>
          <Button appearance="primary" disabled={busy} onClick={pick}>
            {strings.pickFiles}
          </Button>
          <Text>{strings.dropHere}</Text>
        </>
      )}
    </DropZone>
  );
}
