const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers bytes (a workbook unless `type` says otherwise) as a download through a blob: URL — nothing leaves the page. */
export function downloadFile(bytes: Uint8Array | string, fileName: string, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has started the download once click() returns; a later revoke is safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
