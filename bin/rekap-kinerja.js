#!/usr/bin/env node
// Thin launcher: the command line is compiled to dist/node by `npm run build:cli`.
const { main } = require("../dist/node/cli/main.js");
main(process.argv.slice(2)).then((code) => process.exit(code));
