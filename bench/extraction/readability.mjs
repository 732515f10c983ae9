// Runs Mozilla Readability over every page of the article-extraction corpus and writes
// { "<id>": { "text": "...", "ms": 12.3 } } as JSON to stdout. Usage: node readability.mjs <corpus>
import { readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const corpus = process.argv[2];
const truth = JSON.parse(readFileSync(join(corpus, "ground-truth.json"), "utf8"));
const quiet = new VirtualConsole();
const results = {};
for (const file of readdirSync(join(corpus, "html")).filter((name) => name.endsWith(".html.gz")).sort()) {
  const id = file.slice(0, -".html.gz".length);
  const html = gunzipSync(readFileSync(join(corpus, "html", file))).toString("utf8");
  const started = performance.now();
  let text = "";
  try {
    // Scripts never run and nothing is fetched: jsdom's defaults, with the page's own address.
    const dom = new JSDOM(html, { url: truth[id]?.url ?? "https://localhost/", virtualConsole: quiet });
    text = new Readability(dom.window.document).parse()?.textContent ?? "";
    dom.window.close();
  } catch {
    text = "";
  }
  results[id] = { text, ms: performance.now() - started };
}
process.stdout.write(JSON.stringify(results));
