/**
 * Searches written output for secrets: every file under the given folders (Allure results and
 * attachments, Jest's JSON, run statistics, the HTML report) plus captured console text. The
 * single-file Allure report keeps its data base64-encoded (`d("data/…","<base64>")`), so those
 * blobs are decoded and searched too. Each secret is looked for as written and in the forms it
 * takes on the wire (percent-encoded, JSON-escaped, base64 of the secret alone).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Hit {
  where: string;
  needle: string;
  context: string;
}

export interface Needle {
  /** What to report (never the secret itself). */
  label: string;
  pattern: string | RegExp;
}

/** The secret and its wire forms as literal needles. */
export function needlesFor(label: string, secret: string): Needle[] {
  const forms = new Set([secret, encodeURIComponent(secret), encodeURIComponent(encodeURIComponent(secret)), JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString('base64').replace(/=+$/, '')]);
  return [...forms].map((f) => ({ label, pattern: f }));
}

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** The texts of a file: itself, and for an HTML report every base64 blob it embeds, decoded. */
function textsOf(file: string): Array<{ where: string; text: string }> {
  const text = readFileSync(file).toString('utf8');
  const out = [{ where: file, text }];
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/d\("([^"]+)","([A-Za-z0-9+/=]*)"\)/g)) {
      out.push({ where: `${file} → ${m[1]}`, text: Buffer.from(m[2], 'base64').toString('utf8') });
    }
  }
  return out;
}

export interface ScanInput {
  dirs: string[];
  /** Console output and other captured text, by a name. */
  texts: Record<string, string>;
  needles: Needle[];
}

export interface ScanResult {
  hits: Hit[];
  filesScanned: number;
  bytesScanned: number;
  /** How many embedded report blobs were decoded and searched. */
  blobsDecoded: number;
}

export function scan(input: ScanInput): ScanResult {
  const hits: Hit[] = [];
  let filesScanned = 0;
  let bytesScanned = 0;
  let blobsDecoded = 0;
  const search = (where: string, text: string): void => {
    bytesScanned += text.length;
    for (const n of input.needles) {
      const at = typeof n.pattern === 'string' ? text.indexOf(n.pattern) : text.search(n.pattern);
      if (at >= 0) hits.push({ where, needle: n.label, context: text.slice(Math.max(0, at - 80), at).replace(/\s+/g, ' ') + '<SECRET…>' });
    }
  };
  for (const dir of input.dirs) {
    for (const file of filesUnder(dir)) {
      filesScanned++;
      const texts = textsOf(file);
      blobsDecoded += texts.length - 1;
      for (const t of texts) search(t.where, t.text);
    }
  }
  for (const [where, text] of Object.entries(input.texts)) search(where, text);
  return { hits, filesScanned, bytesScanned, blobsDecoded };
}
