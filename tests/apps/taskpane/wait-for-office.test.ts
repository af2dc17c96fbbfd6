import { waitForOffice } from "../../../src/apps/taskpane/boot/wait-for-office";

const office = (onReady: () => Promise<{ host: unknown }>) =>
  ({ onReady, HostType: { Excel: "Excel" } }) as unknown as typeof Office;

describe("waiting for office.js", () => {
  it("reports Excel when Office says so", async () => {
    await expect(waitForOffice(office(async () => ({ host: "Excel" })), 1000)).resolves.toBe("excel");
  });

  it("reports no host when the page is opened in a browser", async () => {
    await expect(waitForOffice(office(async () => ({ host: null })), 1000)).resolves.toBe("no-host");
  });

  it("gives up when Office.onReady never resolves (CDN slow or blocked)", async () => {
    jest.useFakeTimers();
    const started = waitForOffice(office(() => new Promise(() => {})), 8000);
    jest.advanceTimersByTime(8000);
    await expect(started).resolves.toBe("timeout");
    jest.useRealTimers();
  });

  it("gives up at once when office.js did not load at all", async () => {
    await expect(waitForOffice(undefined, 8000)).resolves.toBe("timeout");
  });
});
