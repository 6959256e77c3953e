// Calls the storefront kit's route handlers, compiled by tsc to CommonJS, the way Next.js calls them
// (a NextRequest in, a NextResponse out), in plain Node.js. Usage: node storefront_routes.cjs OUT_DIR
// with NODE_PATH=<kit>/node_modules; reads a JSON list of steps on stdin:
//   {"env": {...}, "route": "app/api/recommendations/route", "method": "GET", "url": "...",
//    "cookies": {"name": "value"}, "body": "raw text"}
// and prints a JSON list of {"status", "body" (parsed JSON, else text), "cookies" (set by the answer)}.
"use strict";
const Module = require("node:module");
const path = require("node:path");

const out = process.argv[2];
const resolveFilename = Module._resolveFilename;
// The kit's `@/` path alias (tsconfig paths), which tsc leaves in the output.
Module._resolveFilename = function (request, ...rest) {
  const mapped = request.startsWith("@/") ? path.join(out, request.slice(2)) : request;
  return resolveFilename.call(this, mapped, ...rest);
};
const { NextRequest } = require("next/server");

const original = { ...process.env };

// Each step sees the environment it names on top of the original one, nothing left from the last.
function setEnv(env) {
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, original, env);
}

async function run(step) {
  setEnv(step.env || {});
  const handlers = require(path.join(out, step.route));
  const cookie = Object.entries(step.cookies || {})
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
  const headers = cookie ? { cookie } : {};
  if (step.body !== undefined) headers["content-type"] = "application/json";
  const request = new NextRequest(step.url, { method: step.method, headers, body: step.body });
  const response = await handlers[step.method](request);
  const text = await response.text();
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {}
  const cookies = {};
  for (const item of response.cookies.getAll()) cookies[item.name] = item.value;
  return { status: response.status, body, cookies, location: response.headers.get("location") };
}

async function main() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const results = [];
  for (const step of JSON.parse(input)) results.push(await run(step));
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
