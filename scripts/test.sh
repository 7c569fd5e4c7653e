#!/usr/bin/env bash
# Every test: build both browsers' extensions, type-check, unit tests, then the real-browser
# end-to-end tests. Ends with one "N passed, N failed" line over all Vitest runs.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tests/artifacts
status=0
npm run --silent build >tests/artifacts/build.log 2>&1 || { cat tests/artifacts/build.log; echo "build failed"; exit 1; }
npx tsc --noEmit || status=1
npx vitest run --reporter=default --reporter=json --outputFile.json=tests/artifacts/unit.json || status=1
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=tests/artifacts/e2e.json || status=1
node -e '
  const fs = require("fs");
  let p = 0, f = 0, s = 0;
  for (const file of ["tests/artifacts/unit.json", "tests/artifacts/e2e.json"]) {
    if (!fs.existsSync(file)) { f++; continue; }
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    p += r.numPassedTests; f += r.numFailedTests; s += r.numPendingTests + (r.numTodoTests || 0);
  }
  console.log(`Tests: ${p} passed, ${f} failed, ${s} skipped`);
'
exit $status
