/**
 * The pipeline: read the pinned SDK → our facts → curation → file contents. Pure apart from
 * reading the SDK and the curation file; writing and checking live in `sync.ts`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ProductCuration } from '../../models/curation-types';
import { curateProduct } from './curate';
import { header, kebab } from './emit/format';
import { emitModelFile } from './emit/models';
import { emitApiClass, emitIndex, emitModelLoaders, emitSchemaMap, modelLoadersFile } from './emit/product-files';
import { emitResponseFile } from './emit/responses';
import { extractProduct } from './extract';
import type { ProductFacts } from './facts';
import { manifestOf, manifestText, type Manifest } from './manifest';
import { sdkDir, type ProductConfig } from './products';
import { readSdk } from './sdk/read-sdk';

export interface ProductOutput {
  readonly config: ProductConfig;
  readonly facts: ProductFacts;
  readonly manifest: Manifest;
  /** Relative path (from the project root, `/`-separated) → content. */
  readonly files: ReadonlyMap<string, string>;
  /** Folders wholly owned by the generator: any other file in them is stale. */
  readonly ownedDirs: readonly string[];
}

export interface GenerateOptions {
  /** Project root (where models/ and apis/ are). */
  readonly root: string;
  /** Read the SDK from here instead of node_modules (tests use fixtures). */
  readonly sdkDir?: string;
  /** Curation to apply; by default `models/<id>/curation.ts` under root, if it exists. */
  readonly curation?: ProductCuration;
}

export function generateProduct(config: ProductConfig, options: GenerateOptions): ProductOutput {
  const sdk = readSdk({ packageDir: options.sdkDir ?? sdkDir(options.root, config) });
  const facts = extractProduct(sdk, { product: config.id, docsUrl: config.docsUrl });
  for (const a of facts.actions) {
    if (a.version !== config.version) throw new Error(`${config.id} ${a.action}: version ${a.version}, expected ${config.version}`);
  }
  const curation = options.curation ?? loadCuration(options.root, config);
  const actions = curateProduct(facts, curation);
  const gen = `models/${config.id}/generated`;
  const files = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const a of actions) {
    const file = kebab(a.action);
    if (seen.has(file)) throw new Error(`${config.id}: actions ${seen.get(file)} and ${a.action} map to the same file name ${file}`);
    seen.set(file, a.action);
    files.set(`${gen}/actions/${file}.ts`, emitModelFile(a, config, facts.sdk));
    files.set(`${gen}/responses/${file}.ts`, emitResponseFile(a, facts.sdk));
  }
  files.set(`${gen}/index.ts`, emitIndex(actions, config, facts.sdk));
  files.set(`${gen}/response-schemas.ts`, emitSchemaMap(actions, config, facts.sdk));
  const manifest = manifestOf(facts);
  files.set(`${gen}/manifest.tsv`, manifestText(manifest, `${header(facts.sdk)} API facts for the drift check (npm run codegen:check).`));
  files.set(`apis/${config.id}/${config.id}-api.generated.ts`, emitApiClass(actions, config, facts.sdk));
  files.set(`apis/${config.id}/${modelLoadersFile(config)}.ts`, emitModelLoaders(actions, config, facts.sdk));
  return { config, facts, manifest, files, ownedDirs: [gen] };
}

function loadCuration(root: string, config: ProductConfig): ProductCuration {
  const path = join(root, 'models', config.id, 'curation.ts');
  if (!existsSync(path)) return {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path) as { curation?: ProductCuration };
  if (!mod.curation) throw new Error(`${path} must export 'curation'`);
  return mod.curation;
}
