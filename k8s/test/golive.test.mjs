// The go-live blockers of issue 19, checked against what the operators and charts really do (their
// sources are cited in k8s/README.md, "What the checks model"): the realm import's pod reaches
// PostgreSQL, the Keycloak operator reaches the API server, the buckets are created by something
// that runs and may reach the object store, and no third party or public URL falls back to
// localhost.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { allContainers, containerEnv, loadOverlay, overlayNames, podLabels } from './lib/overlay.mjs';
import { K8S_DIR, REPO_DIR } from './lib/render.mjs';
import { canConnect, ipEgress } from './lib/reach.mjs';
import { chartBucketHook, SEAWEEDFS_PODS } from './lib/seaweedfs.mjs';

const seaweedValues = parse(readFileSync(join(K8S_DIR, 'platform', 'seaweedfs-values.yaml'), 'utf8'));

// Spring Boot's relaxed binding for environment variables: licensing.sms.base-url is read from
// LICENSING_SMS_BASEURL (dots become underscores, dashes are dropped, upper case).
const relaxedEnvName = (path) => path.replace(/-/g, '').replace(/\./g, '_').toUpperCase();

/** Every ${NAME:default} placeholder of a module's application.yml (default profile document), with its property path. */
function placeholders(module) {
  const text = readFileSync(join(REPO_DIR, module, 'src/main/resources/application.yml'), 'utf8');
  const doc = parse(text.split(/^---$/m)[0]);
  const found = [];
  const walk = (v, path) => {
    if (Array.isArray(v)) return;
    if (v && typeof v === 'object') { for (const [k, child] of Object.entries(v)) walk(child, path ? `${path}.${k}` : k); return; }
    if (typeof v !== 'string') return;
    for (const m of v.matchAll(/\$\{([A-Z0-9_]+):((?:[^{}]|\{[^}]*\})*)\}/g)) found.push({ path, name: m[1], fallback: m[2] });
  };
  walk(doc, '');
  return found;
}

// Placeholders whose local default is harmless in the cluster, and why.
const UNUSED_IN_CLUSTER = {
  'spring.data.redis.host': 'Lettuce uses SPRING_DATA_REDIS_SENTINEL_NODES when set; host/port are then ignored',
  'spring.data.redis.port': 'as above',
};
const LOCAL = /localhost|127\.0\.0\.1|\[::1\]/;
const CREDENTIAL_PATH = /(secret|password|token|api-key|access-key|secret-key|key)$/i;
const MODULES = { 'licensing-service': 'licensing-service', 'complaints-hotline': 'complaints-hotline', gateway: 'gateway' };

// Every third party the services call, the variable holding its endpoint, the Secret-backed
// variable holding its credential (if the code or the contract has one), and who calls it.
// E-seal is configured before the code reads it (k8s/README.md, "Third parties").
export const THIRD_PARTIES = [
  { name: 'sms-gateway', service: 'licensing-service', url: 'SMS_GATEWAY_URL', credential: 'SMS_GATEWAY_API_KEY' },
  { name: 'business-registry', service: 'licensing-service', url: 'BUSINESS_REGISTRY_URL' },
  { name: 'geocoder', service: 'licensing-service', url: 'GEOCODER_URL', credential: 'GEOCODER_API_KEY' },
  { name: 'e-seal', service: 'licensing-service', url: 'ESEAL_URL', credential: 'ESEAL_API_KEY' },
  { name: 'hotline-12345', service: 'complaints-hotline', url: 'HOTLINE_12345_URL', credential: 'HOTLINE_12345_TOKEN' },
  { name: 'ecig-platform', service: 'licensing-service', url: 'ECIG_PLATFORM_URL', credential: 'ECIG_PLATFORM_SECRET' },
];

const appContainer = (d) => allContainers(d).find((c) => !c.init);
const portOf = (url) => Number(new URL(url).port || (new URL(url).protocol === 'https:' ? 443 : 80));

for (const name of overlayNames()) {
  const overlay = loadOverlay(name);
  if (overlay.error) continue; // reported once by schema.test.mjs
  const { policies, workloads } = overlay;
  const deployment = (n) => overlay.deployments.find((d) => d.metadata.name === n);
  const postgres = workloads.find((w) => w.kind === 'Cluster');

  describe(`${name}: go-live (issue 19 blockers)`, () => {
    // 1. The realm import
    for (const w of workloads.filter((x) => x.kind === 'KeycloakRealmImport')) {
      test(`${w.id}: the operator's import Job pod reaches PostgreSQL on 5432`, () => {
        assert.ok(canConnect(policies, w.labels, postgres.labels, 5432),
          `the import pod (labels ${JSON.stringify(w.labels)}) cannot connect to ${postgres.id}`);
      });
    }

    // 2. The Keycloak operator
    for (const w of workloads.filter((x) => x.kind === 'KeycloakOperator')) {
      test(`${w.id} reaches the Kubernetes API server`, () => {
        const rules = [443, 6443].flatMap((port) => ipEgress(policies, w.labels, port));
        assert.ok(rules.length > 0, 'default-deny leaves the operator only DNS: no egress to the API server');
      });
    }

    // 3. Buckets
    test('every bucket the services and backups use is created, by a pod that may reach the SeaweedFS master and filer', () => {
      const used = new Set();
      for (const d of overlay.deployments) {
        const { env } = containerEnv(overlay, appContainer(d));
        for (const key of ['S3_BUCKET', 'LICENSING_S3_BUCKET', 'COMPLAINTS_S3_BUCKET']) if (env[key]) used.add(env[key]);
      }
      for (const store of overlay.ofKind('ObjectStore')) {
        const endpoint = store.spec.configuration.endpointURL ?? '';
        if (/seaweedfs-s3/.test(endpoint)) used.add(/^s3:\/\/([^/]+)/.exec(store.spec.configuration.destinationPath)[1]);
      }
      assert.ok(used.size >= 2, `found only ${[...used]} in the configuration`);
      const creators = [];
      const hook = chartBucketHook(seaweedValues);
      if (hook) creators.push({ id: 'Helm hook seaweedfs-bucket-hook', labels: hook.podLabels, buckets: hook.buckets });
      for (const job of overlay.ofKind('Job')) {
        const c = job.spec.template.spec.containers[0];
        const script = [...(c.command ?? []), ...(c.args ?? [])].join(' ');
        if (!/s3\.bucket\.create/.test(script)) continue;
        const buckets = (c.env ?? []).find((e) => e.name === 'BUCKETS')?.value?.split(/\s+/).filter(Boolean) ?? [];
        creators.push({ id: `Job/${job.metadata.name}`, labels: podLabels(job), buckets });
      }
      for (const bucket of used) {
        const by = creators.filter((c) => c.buckets.includes(bucket));
        assert.ok(by.length > 0, `nothing creates bucket ${bucket} (chart hook: ${hook ? hook.buckets : 'not rendered with these values'})`);
        for (const c of by) {
          for (const [component, ports] of [['master', [9333, 19333]], ['filer', [8888, 18888]]]) {
            for (const port of ports) {
              assert.ok(canConnect(policies, c.labels, SEAWEEDFS_PODS[component], port), `${c.id} cannot reach the SeaweedFS ${component} on ${port}`);
            }
          }
        }
      }
    });

    test('the SeaweedFS values set createBuckets only where the chart reads it', () => {
      assert.equal(seaweedValues.s3?.createBuckets, undefined,
        's3.createBuckets is read by no template of the chart (post-install-bucket-hook reads filer.s3 and allInOne.s3 only)');
    });

    // 4. Third parties and the public URL
    for (const [deploymentName, module] of Object.entries(MODULES)) {
      const d = deployment(deploymentName);
      if (!d) continue;
      test(`${deploymentName}: no property falls back to a localhost default or a dev credential`, () => {
        const { env, fromSecret } = containerEnv(overlay, appContainer(d));
        for (const p of placeholders(module)) {
          if (UNUSED_IN_CLUSTER[p.path]) continue;
          const set = [p.name, relaxedEnvName(p.path)].find((n) => env[n] !== undefined && env[n] !== '');
          if (LOCAL.test(p.fallback)) {
            assert.ok(set, `${p.path} falls back to ${p.fallback}: set ${p.name}`);
            assert.doesNotMatch(env[set], LOCAL, `${set} points at localhost`);
          }
          if (CREDENTIAL_PATH.test(p.path) && p.fallback !== '') {
            assert.ok(set && fromSecret.has(set), `${p.path} falls back to a dev credential: set ${p.name} from a Secret`);
          }
        }
      });
    }

    for (const tp of THIRD_PARTIES) {
      const d = deployment(tp.service);
      if (!d) continue;
      test(`${tp.service} -> ${tp.name}: endpoint in a ConfigMap, credential from a Secret, an egress rule`, () => {
        const { env, fromSecret } = containerEnv(overlay, appContainer(d));
        const url = env[tp.url];
        assert.ok(url, `${tp.url} not set`);
        assert.match(url, /^https:\/\//, `${tp.url} is not HTTPS`);
        assert.doesNotMatch(url, LOCAL);
        if (tp.credential) assert.ok(fromSecret.has(tp.credential), `${tp.credential} not from a Secret`);
        const egress = ipEgress(policies, podLabels(d), portOf(url)).filter((r) => r.policy === `egress-${tp.name}`);
        assert.ok(egress.length > 0, `no NetworkPolicy egress-${tp.name} lets ${tp.service} reach port ${portOf(url)}`);
        for (const r of egress) assert.notEqual(r.cidr, '0.0.0.0/0', `egress-${tp.name} is open to the internet`);
      });
    }

    const licensing = deployment('licensing-service');
    if (licensing) {
      test('LICENSING_PUBLIC_BASE_URL is the gateway Ingress host over HTTPS (it is printed in every certificate\'s QR code)', () => {
        const { env } = containerEnv(overlay, appContainer(licensing));
        const host = overlay.find('Ingress', 'gateway').spec.rules[0].host;
        assert.equal(env.LICENSING_PUBLIC_BASE_URL, `https://${host}`);
      });
    }

    const complaints = deployment('complaints-hotline');
    if (complaints) {
      test('the 12345 pull runs (HOTLINE_12345_PULL_INTERVAL set and not 0)', () => {
        const { env } = containerEnv(overlay, appContainer(complaints));
        assert.match(env.HOTLINE_12345_PULL_INTERVAL ?? '', /^[1-9]\d*[smh]$/);
      });
    }

    if (name === 'prod') {
      test('the services run with the prod profile, which refuses local defaults at start-up', () => {
        for (const n of Object.keys(MODULES)) {
          const { env } = containerEnv(overlay, appContainer(deployment(n)));
          assert.ok((env.SPRING_PROFILES_ACTIVE ?? '').split(',').includes('prod'), `${n}: SPRING_PROFILES_ACTIVE=${env.SPRING_PROFILES_ACTIVE}`);
        }
      });
    }
  });
}
