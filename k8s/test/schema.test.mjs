// Every rendered object of every overlay is valid against its schema (see lib/schema.mjs).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadOverlay, overlayNames } from './lib/overlay.mjs';
import { id } from './lib/render.mjs';
import { validate } from './lib/schema.mjs';

for (const name of overlayNames()) {
  const overlay = loadOverlay(name);
  describe(`${name}: schema`, () => {
    test('renders with kubectl kustomize', () => {
      assert.equal(overlay.error, undefined, overlay.error);
      assert.ok(overlay.objects.length > 0, 'no objects rendered');
    });
    for (const o of overlay.objects) {
      test(`${id(o)} is valid`, async () => {
        assert.deepEqual(await validate(o), []);
      });
    }
    test('object names are unique per kind', () => {
      const seen = new Set();
      for (const o of overlay.objects) {
        const key = `${o.apiVersion} ${id(o)}`;
        assert.ok(!seen.has(key), `${key} appears twice`);
        seen.add(key);
      }
    });
  });
}
