import { fireEvent, screen } from "@testing-library/react";
import { FakeHost } from "./fake-host";
import { renderPane } from "./render-pane";
import { ROSTER } from "./roster";

async function openSummary(host = new FakeHost({ 花名册: ROSTER })) {
  const view = await renderPane(host);
  await view.user.click(await screen.findByRole("button", { name: "一键校验" }));
  await screen.findByTestId("check-counts");
  await view.user.click(screen.getByRole("tab", { name: "总结" }));
  // The tab's code is fetched on first use.
  await screen.findByTestId("summary-preview");
  return { host, ...view };
}

const BY_REGION =
  "本次全地区共走访慰问3名困难劳模及职工，其中：伊州区2户（劳模0户）、巴里坤县1户（劳模1户）。" +
  "将发放慰问金0.4万元，其中：伊州区0.2万元、巴里坤县0.2万元。";

describe("总结 tab", () => {
  it("says beside the sentence which amounts it could not read (H3、H5), the sentence left as the template writes it", async () => {
    const unreadable = ROSTER.map((row, i) => (i === 2 ? [...row.slice(0, 7), "壹仟伍佰元", ...row.slice(8)] : i === 4 ? [...row.slice(0, 7), "#公式未计算", ...row.slice(8)] : row));
    await openSummary(new FakeHost({ 花名册: unreadable }));
    const preview = screen.getByTestId("summary-preview");
    expect(preview).toHaveTextContent("将发放慰问金0.05万元");
    expect(preview).not.toHaveTextContent("不含");
    const [caveat] = screen.getAllByTestId("summary-warning");
    expect(caveat).toHaveTextContent("以上金额不含 2 户无法识别的金额（H3、H5），请改正后重新生成");
    // Beside the sentence, in the order a clerk reads them.
    expect(preview.compareDocumentPosition(caveat) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("a clean roster's sentence has no caveat", async () => {
    await openSummary();
    expect(screen.queryByText(/无法识别的金额/)).not.toBeInTheDocument();
  });

  it("previews the built-in paragraph with this sheet's numbers", async () => {
    await openSummary();
    expect(screen.getByTestId("summary-preview")).toHaveTextContent(BY_REGION);
  });

  it("switches to another built-in template", async () => {
    const { user } = await openSummary();
    await user.selectOptions(screen.getByTestId("summary-template"), "by-group");
    expect(screen.getByTestId("summary-preview")).toHaveTextContent(
      "本次共慰问困难职工2人，劳模1人，共发放慰问金0.4万元（人民币肆仟元整）。",
    );
  });

  it("updates the preview as the clerk edits, and inserts a clicked placeholder at the cursor", async () => {
    const { user } = await openSummary();
    const text = screen.getByTestId("summary-text");
    fireEvent.change(text, { target: { value: "共有地区。" } });
    (text as HTMLTextAreaElement).setSelectionRange(2, 2);
    await user.click(screen.getByRole("button", { name: "{地区数}" }));
    expect(text).toHaveValue("共有{地区数}地区。");
    expect(screen.getByTestId("summary-preview")).toHaveTextContent("共有2地区。");
  });

  it("names an unknown placeholder, in Chinese only", async () => {
    await openSummary();
    fireEvent.change(screen.getByTestId("summary-text"), { target: { value: "共{人数}人" } });
    const error = screen.getByTestId("summary-error");
    expect(error).toHaveTextContent("人数");
    expect(error).toHaveTextContent("总结模板第 2 个字符处");
    expect(error).not.toHaveTextContent(/unknown|not a placeholder/i);
    expect(screen.queryByRole("button", { name: "填入" })).not.toBeInTheDocument();
  });

  it("on the page, says the paragraph went into the downloaded copy and offers 复制", async () => {
    const { user } = await openSummary(new FakeHost({ 花名册: ROSTER }, { kind: "standalone" }));
    await user.click(screen.getByRole("button", { name: "填入" }));
    const notice = await screen.findByTestId("summary-notice");
    expect(notice).toHaveTextContent("已写入下载副本的 总结!A1");
    expect(notice).toHaveTextContent("复制");
    expect(notice).not.toHaveTextContent("已填入");
    expect(screen.getByRole("button", { name: "复制" })).toBeEnabled();
  });

  it("fills the paragraph into the workbook and says where", async () => {
    const { host, user } = await openSummary();
    await user.click(screen.getByRole("button", { name: "填入" }));
    expect(await screen.findByTestId("summary-notice")).toHaveTextContent("已填入 总结!A1");
    expect(host.summaries).toEqual([BY_REGION]);
  });

  it("copies the paragraph, falling back to execCommand when the Clipboard API is refused", async () => {
    const { user } = await openSummary();
    const writeText = jest.fn().mockRejectedValue(new Error("denied"));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const execCommand = jest.fn().mockReturnValue(true);
    document.execCommand = execCommand;
    await user.click(screen.getByRole("button", { name: "复制" }));
    expect(await screen.findByTestId("summary-notice")).toHaveTextContent("已复制到剪贴板");
    expect(writeText).toHaveBeenCalledWith(BY_REGION);
    expect(execCommand).toHaveBeenCalledWith("copy");
  });

  it("says how to copy by hand when no clipboard works", async () => {
    const { user } = await openSummary();
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    document.execCommand = jest.fn().mockReturnValue(false);
    await user.click(screen.getByRole("button", { name: "复制" }));
    expect(await screen.findByTestId("copy-failed")).toHaveTextContent("Ctrl+C");
  });
});
