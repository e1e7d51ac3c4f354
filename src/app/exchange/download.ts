// Downloads from memory: a Blob, an object URL and a clicked <a download> (several files as one zip:
// downloadFiles.ts).

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has the URL once the click is handled; revoke later so slow starts still work.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
