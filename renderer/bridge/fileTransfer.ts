/** Hands `blob` to the browser as a download named `fileName`, as any web page does. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, rel: 'noopener' });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it has started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The blob's bytes as base64, for a bridge call that carries a file; `what` names it if it cannot be read. */
export function base64Of(blob: Blob, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(`${what} could not be read`));
    reader.readAsDataURL(blob);
  });
}
