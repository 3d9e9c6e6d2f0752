// The one error type the CLI turns into a one-line message instead of a stack trace: the input is
// not something we can read as an .xlsx package. Messages are Indonesian, for the people running
// the command, and never carry parser internals beyond a short hint.

export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxError";
  }
}
