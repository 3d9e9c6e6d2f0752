// The ribbon's result dialog: plain DOM, no React — it shows one line and a close button.
type Shown = { intent: string; text: string; close: string };

function show(): void {
  const shown = JSON.parse(
    decodeURIComponent(window.location.hash.slice(1)) || "{}"
  ) as Partial<Shown>;
  const text = document.getElementById("text") as HTMLElement;
  const button = document.getElementById("close") as HTMLButtonElement;
  text.textContent = shown.text ?? "";
  document.body.dataset.intent = shown.intent ?? "info";
  button.textContent = shown.close ?? "Tutup";
  button.addEventListener("click", () => Office.context.ui.messageParent("close"));
  button.focus();
}

void Office.onReady(() => show());
