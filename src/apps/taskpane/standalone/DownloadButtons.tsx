import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../../core/check/types";
import type { Template } from "../../../core/template/schema";
import type { StandaloneHost } from "../../standalone/standalone-host";
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
