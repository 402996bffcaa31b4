// Renders each overlay with `kubectl kustomize` (or reads what scripts/k8s-check.sh rendered into
// $K8S_RENDER_DIR/<overlay>.yaml) and parses the result into plain objects.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export const K8S_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPO_DIR = join(K8S_DIR, '..');

export function overlayNames() {
  const dir = join(K8S_DIR, 'overlays');
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .filter((name) => existsSync(join(dir, name, 'kustomization.yaml')))
    .sort();
}

export function parseYamlStream(text, source) {
  const objects = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new Error(`${source}: ${doc.errors.map((e) => e.message).join('; ')}`);
    }
    const value = doc.toJS({ maxAliasCount: -1 });
    if (value !== null && value !== undefined) objects.push(value);
  }
  return objects;
}

export function render(overlay) {
  const renderDir = process.env.K8S_RENDER_DIR;
  const rendered = renderDir && join(renderDir, `${overlay}.yaml`);
  let text;
  if (rendered && existsSync(rendered)) {
    text = readFileSync(rendered, 'utf8');
  } else {
    text = execFileSync(process.env.KUBECTL || 'kubectl', ['kustomize', join(K8S_DIR, 'overlays', overlay)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  return parseYamlStream(text, `overlay ${overlay}`);
}

export const id = (o) => `${o.kind}/${o.metadata?.name}`;
