// Offers bytes as a file: a blob URL on a temporary anchor. Desktop WebViews (Excel on Windows'
// WebView2 or its older IE-based control, Excel on Mac's WKWebView) may block or silently drop a
// download started from an add-in pane, and nothing tells the page so; callers therefore always say
// which file should have arrived and what to do if it did not (Excel on the web, or the CLI's export).

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const PDF_TYPE = "application/pdf";
export const ZIP_TYPE = "application/zip";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function offerDownload(bytes: Uint8Array, fileName: string, type: string): void {
  // Copied into a fresh ArrayBuffer: a view over a SharedArrayBuffer is not a valid BlobPart.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = "none";
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // The browser reads the blob after click() returns; a minute is ample before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
