/**
 * `npm run codegen` regenerates models, response types and API classes from the pinned SDKs;
 * `npm run codegen:check` fails (exit 1) when the committed files differ, printing a drift report.
 * Options: `--product swas|ecs` (repeatable), `--root DIR`, `--sdk-dir DIR` (one product only).
 */
import { Command } from 'commander';
import { resolve } from 'node:path';
import { generateProduct } from './generate';
import { PRODUCTS } from './products';
import { syncProduct } from './sync';

export function main(argv: readonly string[]): number {
  const program = new Command('codegen')
    .option('--check', 'fail when committed files differ from what the pinned SDKs produce')
    .option('--product <id...>', 'only these products')
    .option('--root <dir>', 'project root', resolve(__dirname, '..', '..'))
    .option('--sdk-dir <dir>', 'read the SDK package from this folder (with one --product)')
    .exitOverride()
    .parse([...argv], { from: 'user' });
  const opts = program.opts<{ check?: boolean; product?: string[]; root: string; sdkDir?: string }>();
  const products = opts.product ? PRODUCTS.filter((p) => opts.product!.includes(p.id)) : PRODUCTS;
  if (opts.product && products.length !== opts.product.length) throw new Error(`unknown product in ${opts.product.join(', ')}; known: ${PRODUCTS.map((p) => p.id).join(', ')}`);
  if (opts.sdkDir && products.length !== 1) throw new Error('--sdk-dir needs exactly one --product');
  let ok = true;
  for (const config of products) {
    const out = generateProduct(config, { root: opts.root, sdkDir: opts.sdkDir && resolve(opts.sdkDir) });
    const result = syncProduct(opts.root, out, opts.check ? 'check' : 'write');
    console.log(result.report);
    ok &&= result.ok;
  }
  return ok ? 0 : 1;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 2;
  }
}
