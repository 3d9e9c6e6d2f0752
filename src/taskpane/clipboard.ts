// Copies text with the async Clipboard API. It is absent outside secure contexts and may be refused by
// a desktop WebView's permissions; callers then show the text for the user to copy by hand.
export async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (typeof clipboard?.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
