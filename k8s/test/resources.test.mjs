// Issue 19, High: what fills a pod's memory and its /tmp, computed from the settings the code and
// the manifests really have.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { allContainers, containerEnv, loadOverlay, overlayNames } from './lib/overlay.mjs';
import { id, REPO_DIR } from './lib/render.mjs';

const MI = 1024 * 1024;
/** Kubernetes quantity or Spring DataSize / JVM size ("768Mi", "2Gi", "50MB", "256KB", "320m") in bytes. */
export function bytes(q) {
  const m = /^(\d+(?:\.\d+)?)\s*(Ki|Mi|Gi|KB|MB|GB|k|m|g|K|M|G)?$/.exec(String(q).trim());
  if (!m) throw new Error(`not a size: ${q}`);
  const unit = { Ki: 1024, Mi: MI, Gi: 1024 * MI, KB: 1024, MB: MI, GB: 1024 * MI, k: 1024, K: 1024, m: MI, M: MI, g: 1024 * MI, G: 1024 * MI }[m[2]] ?? 1;
  return Number(m[1]) * unit;
}

const yml = (module) => parse(readFileSync(join(REPO_DIR, module, 'src/main/resources/application.yml'), 'utf8').split(/^---$/m)[0]);
const placeholderDefault = (v) => String(v).replace(/^\$\{[A-Z0-9_]+:(.*)\}$/, '$1');

// Uploads: the largest request body the gateway forwards, and the public intake's rate limit.
const gatewayYml = yml('gateway');
const gatewayRoutes = gatewayYml.spring.cloud.gateway.server.webflux;
const maxRequest = bytes(placeholderDefault(gatewayRoutes['default-filters'].find((f) => f.name === 'RequestSize').args.maxSize));
const publicIntake = gatewayRoutes.routes.find((r) => r.id === 'complaints-public-intake');
const burst = Number(placeholderDefault(publicIntake.filters.find((f) => f.name === 'RequestRateLimiter').args['redis-rate-limiter.burstCapacity']));

/**
 * Uploads one pod of a service must be able to spool at once. The gateway's public rate limit
 * lets one client address start `burst` requests at once; staff uploads come on top. Beyond this,
 * many addresses uploading at once fill the volume: the write fails and the request is refused,
 * but the pod is not evicted (the volume is a PVC, not an emptyDir counted against the node).
 */
export const CONCURRENT_UPLOADS_PER_POD = 32;

// Every JVM thread's stack (-Xss) counted for this many threads (Netty event loops, bounded
// elastic, Lettuce, R2DBC, GC and compiler threads); licensing-service measured 48 (README, "Memory").
const THREADS = 150;
// Native memory no flag bounds: GC data structures (G1: about an eighth of the heap), symbols,
// arenas, internal, malloc outside NMT. Measured on licensing-service with NMT: about 75 Mi of it
// with a 384 MiB heap (README, "Memory"); counted with headroom.
const UNBOUNDED_NATIVE = 128 * MI;

/** The JVM options of a module's image: its Dockerfile's ENTRYPOINT up to the main class or -jar. */
export function entrypointOptions(module) {
  const dockerfile = readFileSync(join(REPO_DIR, module, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
  const entry = /^ENTRYPOINT\s+(\[.*\])\s*$/m.exec(dockerfile);
  if (!entry) throw new Error(`${module}/Dockerfile has no exec-form ENTRYPOINT`);
  const args = JSON.parse(entry[1]).slice(1);
  const end = args.findIndex((a) => a === '-jar' || !a.startsWith('-'));
  return end < 0 ? args : args.slice(0, end);
}

/**
 * The bounds the JVM really runs with. The java launcher reads JDK_JAVA_OPTIONS first and the
 * image's ENTRYPOINT options after them, and the last of a flag wins: a bound in the ENTRYPOINT
 * would silently override the pod's.
 */
function jvmFlags(env, module) {
  const opts = [...(env.JDK_JAVA_OPTIONS ?? '').split(/\s+/), ...entrypointOptions(module)];
  const flag = (re) => opts.map((o) => re.exec(o)?.[1]).filter(Boolean).at(-1);
  return {
    heap: flag(/^-Xmx(\S+)$/), metaspace: flag(/^-XX:MaxMetaspaceSize=(\S+)$/), codeCache: flag(/^-XX:ReservedCodeCacheSize=(\S+)$/),
    direct: flag(/^-XX:MaxDirectMemorySize=(\S+)$/), stack: flag(/^-Xss(\S+)$/),
  };
}

const JVM_IMAGE = /tobacco\/(gateway|licensing-service|complaints-hotline|identity)\b/;
const isJvm = (c) => JVM_IMAGE.test(c.image);
const moduleOf = (c) => JVM_IMAGE.exec(c.image)[1];

for (const name of overlayNames()) {
  const overlay = loadOverlay(name);
  if (overlay.error) continue; // reported once by schema.test.mjs

  describe(`${name}: memory and /tmp`, () => {
    for (const d of overlay.deployments) {
      for (const c of allContainers(d).filter(isJvm)) {
        test(`${id(d)} ${c.name}: heap, metaspace, code cache, direct buffers and stacks fit the memory limit`, () => {
          const f = jvmFlags(containerEnv(overlay, c).env, moduleOf(c));
          for (const [k, v] of Object.entries(f)) assert.ok(v, `neither JDK_JAVA_OPTIONS nor the image sets a ${k} bound (MaxRAMPercentage=75 alone leaves too little outside the heap)`);
          const need = bytes(f.heap) + bytes(f.metaspace) + bytes(f.codeCache) + bytes(f.direct) + THREADS * bytes(f.stack) + UNBOUNDED_NATIVE;
          const limit = bytes(c.resources.limits.memory);
          assert.ok(need <= limit, `needs ${Math.ceil(need / MI)} Mi, limit ${c.resources.limits.memory}`);
          assert.equal(bytes(c.resources.requests.memory), limit, 'memory request below the limit: the pod can be OOM-killed by node pressure');
        });
      }
    }

    for (const [deploymentName, module] of [['licensing-service', 'licensing-service'], ['complaints-hotline', 'complaints-hotline']]) {
      const d = overlay.deployments.find((x) => x.metadata.name === deploymentName);
      if (!d) continue;
      test(`${deploymentName}: /tmp holds ${CONCURRENT_UPLOADS_PER_POD} spooled uploads (at least the public burst of ${burst}) and a full /tmp cannot evict the pod`, () => {
        const multipart = yml(module).spring.webflux.multipart;
        // Parts above max-in-memory-size go to /tmp, each up to max-disk-usage-per-part, at most
        // max-parts per request, and never more than the gateway lets through.
        // platform-web's streaming multipart spools nothing: without max-disk-usage-per-part a
        // request writes no byte to /tmp, and what it holds is heap (checked below).
        const spooled = multipart['max-disk-usage-per-part'];
        const perRequest = spooled ? Math.min(maxRequest, multipart['max-parts'] * bytes(spooled)) : 0;
        assert.ok(CONCURRENT_UPLOADS_PER_POD >= burst, 'fewer uploads than one address may start at once');
        const app = allContainers(d).find((c) => !c.init);
        const tmp = (d.spec.template.spec.volumes ?? []).find((v) => v.name === (app.volumeMounts ?? []).find((m) => m.mountPath === '/tmp')?.name);
        assert.ok(tmp?.ephemeral, '/tmp is an emptyDir: once its sizeLimit is exceeded the kubelet evicts the pod; use a generic ephemeral volume');
        const size = bytes(tmp.ephemeral.volumeClaimTemplate.spec.resources.requests.storage);
        assert.ok(size >= CONCURRENT_UPLOADS_PER_POD * perRequest,
          `/tmp ${Math.round(size / MI)} Mi < ${CONCURRENT_UPLOADS_PER_POD} × ${Math.round(perRequest / MI)} Mi`);
      });
      test(`${deploymentName}: the heap holds ${CONCURRENT_UPLOADS_PER_POD} streaming uploads (one S3 part of 5 MiB and the in-memory form parts each)`, () => {
        const multipart = yml(module).spring.webflux.multipart;
        const app = allContainers(d).find((c) => !c.init);
        const f = jvmFlags(containerEnv(overlay, app).env, moduleOf(app));
        const perUpload = 5 * MI + multipart['max-parts'] * bytes(multipart['max-in-memory-size']);
        assert.ok(bytes(f.heap) >= 2 * CONCURRENT_UPLOADS_PER_POD * perUpload,
          `heap ${f.heap} < twice ${CONCURRENT_UPLOADS_PER_POD} × ${Math.round(perUpload / MI)} Mi of upload buffers`);
      });
    }
  });
}
