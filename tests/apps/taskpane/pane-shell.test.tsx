import { screen } from "@testing-library/react";
import { OfficeTimeout } from "../../../src/apps/taskpane/components/OfficeTimeout";
import { ReportError } from "../../../src/core/errors";
import { renderInShell } from "./render-pane";

function Broken(): never {
  throw new ReportError("template-invalid", "模板有误：fields", "Invalid template: fields");
}

describe("the pane's shell", () => {
  it("shows a render error in the pane's one language instead of a blank pane", () => {
    jest.spyOn(console, "error").mockImplementation(() => {});
    renderInShell(<Broken />);
    expect(screen.getByTestId("error-message")).toHaveTextContent("模板有误：fields");
    expect(screen.getByTestId("error-message")).not.toHaveTextContent("Invalid template: fields");
  });

  it("offers the standalone page when Office does not answer", () => {
    renderInShell(<OfficeTimeout />);
    expect(screen.getByTestId("office-timeout")).toHaveTextContent("加载超时");
    expect(screen.getByTestId("office-timeout")).toHaveTextContent("did not load in time");
    expect(screen.getByRole("link", { name: /打开独立页面/ })).toHaveAttribute("href", "standalone.html");
  });
});
