/** The products the project models: the folders of models/ that hold a product descriptor (product.ts). */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

export function knownProducts(modelsDir: string = path.join(ROOT, 'models')): string[] {
  if (!existsSync(modelsDir)) return [];
  return readdirSync(modelsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(modelsDir, d.name, 'product.ts')))
    .map((d) => d.name)
    .sort();
}
