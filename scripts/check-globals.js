#!/usr/bin/env node
// Only src/excel names Office.js. Office.js arrives as globals (Excel, Office, OfficeExtension), not
// imports, so dependency-cruiser cannot see it; this scans the source instead. Comments and string
// literals are blanked first, so a comment that says "Excel" or a message that reads "Office."
// is not a use. Usage: node scripts/check-globals.js [ROOT]  (ROOT holds src/; default: this repo).
"use strict";
const fs = require("fs");
const path = require("path");

const RULE = "office-only-in-excel";
const WHY =
  "Only src/excel names Office.js (Excel, Office, OfficeExtension). Elsewhere, reach Office through " +
  "a port in src/app that src/excel implements, so use cases and UI run and test without a host.";
const GLOBALS = "Excel|Office|OfficeExtension";
// A member access (`Excel.run`, `Office.context?.ui`, `Office["x"]`), matched with its whole chain
// of names for the report, or a presence test (`typeof Office`). Not after `.` or a word character:
// `window.Office` is someone else's name.
const USE = new RegExp(
  `(?<![\\w$.])(?:(?:${GLOBALS})(?:\\s*\\??\\.\\s*[A-Za-z_$][\\w$]*)+|(?:${GLOBALS})\\s*\\[|typeof\\s+(?:${GLOBALS})(?![\\w$]))`,
  "g"
);
// The bundles' entry files must wait for Office before rendering or registering commands, and the
// ribbon's must hand its handlers to Office; nothing else of Office.js belongs in them.
const ALLOWED = {
  "src/taskpane/index.tsx": /^Office\s*\.\s*onReady\b/,
  "src/commands/commands.ts": /^Office\s*\.\s*(?:onReady|actions)\b/,
  // The dialog page is its own entry (dialog.html): it answers its opener and nothing else.
  "src/commands/dialog.ts": /^Office\s*\.\s*(?:onReady|context\s*\.\s*ui\s*\.\s*messageParent)\b/,
};
const EXEMPT_DIR = "src/excel/";

/** Source files under dir, as paths relative to root with forward slashes. */
function sourceFiles(root, dir) {
  const found = [];
  const walk = (abs) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const child = path.join(abs, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.tsx?$/.test(entry.name))
        found.push(path.relative(root, child).split(path.sep).join("/"));
    }
  };
  walk(path.join(root, dir));
  return found.sort();
}

const REGEX_AFTER_WORD =
  /(?:^|[^\w$])(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/;

/**
 * The text with comments and string literals (template text too, but not its `${…}` code) replaced
 * by spaces, newlines kept, so offsets and line numbers still match the original. Regex literals are
 * blanked as well, so a quote inside one does not start a string. A lexer's sketch, not a parser:
 * an unterminated quote ends at its line, which keeps one odd JSX apostrophe from hiding the file.
 */
function codeOnly(text) {
  const out = text.split("");
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  const braces = []; // per open `${`: the brace depth at which it closes back into template text
  let depth = 0;
  let i = 0;
  // The code before i, trimmed: decides whether a `/` starts a regex or divides.
  const lastCode = () =>
    out
      .slice(Math.max(0, i - 40), i)
      .join("")
      .trimEnd();
  const template = () => {
    // i is just past a backtick or the `}` closing a `${`; read template text up to its end or `${`.
    const start = i;
    while (i < text.length && text[i] !== "`" && !(text[i] === "$" && text[i + 1] === "{")) {
      i += text[i] === "\\" ? 2 : 1;
    }
    blank(start, i);
    if (text[i] === "`") i++;
    else if (i < text.length) {
      i += 2;
      braces.push(depth++);
    }
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
    } else if (c === "`") {
      i++;
      template();
    } else if (c === "/") {
      const last = lastCode();
      if (last === "" || /[(,=:[!&|?{};+\-*%<>~^]$/.test(last) || REGEX_AFTER_WORD.test(last)) {
        let j = i + 1;
        let inClass = false;
        while (j < text.length && text[j] !== "\n" && (inClass || text[j] !== "/")) {
          if (text[j] === "[") inClass = true;
          else if (text[j] === "]") inClass = false;
          j += text[j] === "\\" ? 2 : 1;
        }
        blank(i + 1, j);
        i = j + 1;
      } else i++;
    } else if (c === "{") {
      depth++;
      i++;
    } else if (c === "}") {
      depth--;
      i++;
      if (braces.length > 0 && braces[braces.length - 1] === depth) {
        braces.pop();
        template();
      }
    } else i++;
  }
  return out.join("");
}

/** Every use of an Office.js global in one file's text that its entry allowance does not cover. */
function violations(file, text) {
  const code = codeOnly(text);
  const allowed = ALLOWED[file];
  const lines = text.split("\n");
  const found = [];
  for (const match of code.matchAll(USE)) {
    if (allowed && allowed.test(match[0])) continue;
    const line = code.slice(0, match.index).split("\n").length;
    found.push({
      file,
      line,
      use: match[0].replace(/\s+/g, " ").trim(),
      text: lines[line - 1].trim(),
    });
  }
  return found;
}

function check(root) {
  const found = [];
  for (const file of sourceFiles(root, "src")) {
    if (file.startsWith(EXEMPT_DIR)) continue;
    found.push(...violations(file, fs.readFileSync(path.join(root, file), "utf8")));
  }
  return found;
}

module.exports = { check, codeOnly, violations };

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, ".."));
  const found = check(root);
  if (found.length === 0) {
    console.log(`✔ ${RULE}: no Office.js globals outside ${EXEMPT_DIR}`);
  } else {
    for (const v of found)
      console.error(`  error ${RULE}: ${v.file}:${v.line} ${v.use}  ${v.text}`);
    console.error(
      `\n    ${WHY}\n\nx ${found.length} Office.js global use(s) outside ${EXEMPT_DIR}`
    );
    process.exitCode = 1;
  }
}
