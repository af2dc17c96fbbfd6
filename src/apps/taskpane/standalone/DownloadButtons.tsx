import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { writeBlankWorkbook } from "../../../adapters/xlsx/blank-workbook";
import { blankFormSpec } from "../../../core/blank-form/blank-form-spec";
import type { CheckResult } from "../../../core/check/types";
import type { Template } from "../../../core/template/schema";
import type { SaveFile, StandaloneHost } from "../../standalone/standalone-host";
import { useStrings } from "../i18n/locale";
import { useAction } from "../use-action";
import { ReportErrorBar } from "../components/ReportErrorBar";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS } });

interface Props {
  host: StandaloneHost;
  result: CheckResult;
  template: Template;
}

export function DownloadButtons({ host, result, template }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const download = useAction();
  return (
    <>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={download.busy}
          onClick={() => download.run(() => host.downloadAnnotated(result, template))}
          data-testid="download-result"
        >
          {strings.standalone.downloadResult}
        </Button>
        <Button
          disabled={download.busy}
          onClick={() => download.run(() => host.downloadPublic(result, template))}
          data-testid="download-public"
        >
          {strings.standalone.downloadPublic}
        </Button>
      </div>
      {download.hasError && <ReportErrorBar error={download.error} />}
    </>
  );
}

interface BlankProps {
  /** Read when clicked: the built-in template with the clerk's saved 设置 (throws ReportError if they are bad). */
  template(): Template;
  saveFile: SaveFile;
}

/** 下载空白表: the blank form (下发) with the page's current rules, before any file is opened. */
export function BlankFormButton({ template, saveFile }: BlankProps) {
  const strings = useStrings();
  const download = useAction();
  const save = async () => {
    const spec = blankFormSpec(template());
    saveFile(await writeBlankWorkbook(spec, new Date()), `${spec.title}-空白表.xlsx`);
  };
  return (
    <>
      <div>
        <Button disabled={download.busy} onClick={() => download.run(save)} data-testid="download-blank">
          {strings.standalone.downloadBlank}
        </Button>
      </div>
      {download.hasError && <ReportErrorBar error={download.error} />}
    </>
  );
}
