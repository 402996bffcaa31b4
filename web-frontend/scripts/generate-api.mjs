// Generates TypeScript types for every OpenAPI spec in ../openapi into src/api/generated/
// (git-ignored). The specs are the single source of the HTTP contracts: never hand-type them.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const specs = resolve(here, '../../openapi');
const out = resolve(here, '../src/api/generated');

// every OpenAPI document there (tool configuration such as redocly.yaml lives alongside)
const files = [];
for (const file of (await readdir(specs)).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('.')).sort()) {
  if (/^openapi:\s*3\./m.test(await readFile(join(specs, file), 'utf8'))) files.push(file);
}
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
for (const file of files) {
  const ast = await openapiTS(pathToFileURL(join(specs, file)), {
    // an absent optional property is `undefined`, never `null`
    exactOptionalPropertyTypes: false,
    enum: false,
    // arrays of each enum's values (pickers, filters) come from the spec too
    enumValues: true,
  });
  const name = basename(file).replace(/\.ya?ml$/, '');
  const banner = `// Generated from openapi/${file} by scripts/generate-api.mjs. Do not edit.\n`;
  await writeFile(join(out, `${name}.ts`), banner + astToString(ast));
  console.log(`generated src/api/generated/${name}.ts`);
}
