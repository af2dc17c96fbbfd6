import { officeDocumentBytes } from "../../../src/adapters/excel/document-bytes";

type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;

/** Office's getFileAsync over `bytes`, in slices of `sliceSize`; `failSlice` fails that slice's read. */
function officeWith(bytes: Uint8Array, { failSlice = -1 } = {}) {
  const calls: string[] = [];
  const office = {
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: {
        getFileAsync(type: string, { sliceSize }: { sliceSize: number }, callback: Callback) {
          calls.push(`getFileAsync ${type} ${sliceSize}`);
          const size = 3; // small slices, so joining them is exercised
          const sliceCount = Math.ceil(bytes.length / size);
          callback({
            status: "succeeded",
            value: {
              sliceCount,
              getSliceAsync(index: number, read: Callback) {
                calls.push(`slice ${index}`);
                if (index === failSlice) return read({ status: "failed", error: { message: "network" } });
                read({ status: "succeeded", value: { data: [...bytes.subarray(index * size, (index + 1) * size)] } });
              },
              closeAsync() {
                calls.push("close");
              },
            },
          });
        },
      },
    },
  };
  (globalThis as { Office?: unknown }).Office = office;
  return calls;
}

describe("the open workbook's bytes from Office", () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  it("reads every slice in order, joins them and closes the file", async () => {
    const bytes = new Uint8Array(Array.from({ length: 10 }, (_, i) => i + 1));
    const calls = officeWith(bytes);
    expect(await officeDocumentBytes()).toEqual(bytes);
    expect(calls).toEqual(["getFileAsync compressed 4194304", "slice 0", "slice 1", "slice 2", "slice 3", "close"]);
  });

  it("closes the file and says what went wrong when a slice cannot be read", async () => {
    const calls = officeWith(new Uint8Array(10), { failSlice: 1 });
    await expect(officeDocumentBytes()).rejects.toMatchObject({ code: "file-unreadable", messageZh: expect.stringContaining("network") });
    expect(calls[calls.length - 1]).toBe("close");
  });
});
