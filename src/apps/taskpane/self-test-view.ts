/** The pane's address when the ribbon's 自检 opens it (manifest.xml's SelfTest.Url): `taskpane.html?view=self-test`. */
export const SELF_TEST_VIEW = "self-test";

/** Whether the pane was opened to run the 自检 at once. */
export function selfTestRequested(search: string): boolean {
  return new URLSearchParams(search).get("view") === SELF_TEST_VIEW;
}
