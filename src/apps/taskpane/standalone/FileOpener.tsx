import { Button, Text } from "@fluentui/react-components";
import { DropZone } from "../components/DropZone";
import { useStrings } from "../i18n/locale";

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
  const open = async (files: File[]) => {
    if (files.length > 1) onSeveral(files);
    else onFile(new Uint8Array(await files[0].arrayBuffer()), files[0].name);
  };
  return (
    <DropZone hint={strings.standalone.openFileHint} onFiles={(files) => void open(files)} testId="drop-zone" inputTestId="file-input">
      {(pick) => (
        <>
          <Button appearance="primary" disabled={busy} onClick={pick} data-testid="open-file">
            {strings.standalone.openFile}
          </Button>
          <Button disabled={busy} onClick={onSample} data-testid="open-sample">
            {strings.standalone.openSample}
          </Button>
          <Text>{busy ? strings.standalone.loading : strings.standalone.dropHere}</Text>
        </>
      )}
    </DropZone>
  );
}
