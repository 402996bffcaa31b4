// Rules for what runs: probes, resources, hardening, migrations, availability, secrets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  allContainers, configMapsRead, loadOverlay, overlayNames, podLabels, readme, secretReferences, secretsRead,
} from './lib/overlay.mjs';
import { id } from './lib/render.mjs';
import { selectorMatches } from './lib/workloads.mjs';

// names that hold credentials: ..._PASSWORD, ..._CLIENT_SECRET, S3_ACCESS_KEY, ..._TOKEN, ..._KEY
const CREDENTIAL_NAME = /(^|[_.-])(PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIALS?|KEY)$/i;

for (const name of overlayNames()) {
  const overlay = loadOverlay(name);
  if (overlay.error) continue; // reported once by schema.test.mjs
  const { deployments, objects } = overlay;

  describe(`${name}: deployments`, () => {
    for (const d of deployments) {
      const spec = d.spec.template.spec;
      const containers = allContainers(d);
      const app = containers.filter((c) => !c.init);

      test(`${id(d)} has startup, readiness and liveness probes on the actuator groups`, () => {
        for (const c of app) {
          for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
            assert.ok(c[probe], `container ${c.name} has no ${probe}`);
          }
          assert.match(c.readinessProbe.httpGet?.path ?? '', /\/actuator\/health\/readiness$/, `${c.name} readiness`);
          assert.match(c.livenessProbe.httpGet?.path ?? '', /\/actuator\/health\/liveness$/, `${c.name} liveness`);
        }
      });

      test(`${id(d)} sets CPU and memory requests and limits on every container`, () => {
        for (const c of containers) {
          for (const kind of ['requests', 'limits']) {
            for (const resource of ['cpu', 'memory']) {
              assert.ok(c.resources?.[kind]?.[resource], `container ${c.name}: resources.${kind}.${resource} missing`);
            }
          }
        }
      });

      test(`${id(d)} runs as non-root`, () => {
        const pod = spec.securityContext ?? {};
        for (const c of containers) {
          const sc = c.securityContext ?? {};
          assert.ok(sc.runAsNonRoot ?? pod.runAsNonRoot, `container ${c.name}: runAsNonRoot not set`);
          assert.notEqual(sc.runAsUser ?? pod.runAsUser, 0, `container ${c.name} runs as UID 0`);
        }
      });

      test(`${id(d)} has a read-only root filesystem, no privilege escalation, no capabilities`, () => {
        for (const c of containers) {
          const sc = c.securityContext ?? {};
          assert.equal(sc.readOnlyRootFilesystem, true, `container ${c.name}: readOnlyRootFilesystem`);
          assert.equal(sc.allowPrivilegeEscalation, false, `container ${c.name}: allowPrivilegeEscalation`);
          assert.deepEqual(sc.capabilities?.drop, ['ALL'], `container ${c.name}: capabilities.drop`);
          assert.ok(!sc.privileged, `container ${c.name} is privileged`);
        }
      });

      test(`${id(d)} uses the RuntimeDefault seccomp profile`, () => {
        const podProfile = spec.securityContext?.seccompProfile?.type;
        for (const c of containers) {
          const profile = c.securityContext?.seccompProfile?.type ?? podProfile;
          assert.ok(['RuntimeDefault', 'Localhost'].includes(profile), `container ${c.name}: seccomp ${profile}`);
        }
      });

      test(`${id(d)} mounts a writable /tmp from an emptyDir or a generic ephemeral volume`, () => {
        // an ephemeral volume (a PVC deleted with the pod) is as writable and as private as an
        // emptyDir, and cannot get the pod evicted when full (resources.test.mjs, uploads)
        const scratch = new Set((spec.volumes ?? []).filter((v) => v.emptyDir || v.ephemeral).map((v) => v.name));
        for (const c of containers) {
          const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
          assert.ok(tmp && scratch.has(tmp.name), `container ${c.name} has no emptyDir or ephemeral volume on /tmp`);
        }
      });

      test(`${id(d)} spreads its pods across nodes`, () => {
        const spread = spec.topologySpreadConstraints ?? [];
        const byHost = spread.find((t) => t.topologyKey === 'kubernetes.io/hostname');
        assert.ok(byHost, 'no topologySpreadConstraint on kubernetes.io/hostname');
        for (const t of spread) assert.ok(selectorMatches(t.labelSelector, podLabels(d)), `${t.topologyKey}: selector misses the pods`);
      });

      test(`${id(d)} does not mount a service account token and pins its images`, () => {
        assert.equal(spec.automountServiceAccountToken, false);
        for (const c of containers) {
          assert.match(c.image, /^[^@]+:[\w.-]+$|@sha256:/, `container ${c.name}: image ${c.image} has no tag`);
          assert.doesNotMatch(c.image, /:latest$/, `container ${c.name} uses :latest`);
        }
      });

      test(`${id(d)} migrates its schema before the application starts, with the migrator role`, () => {
        const appSecrets = app.flatMap(secretsRead);
        const ownsDatabase = appSecrets.some((s) => s.endsWith('-db-app'));
        if (!ownsDatabase) return;
        const migrate = containers.find((c) => c.init && (c.args ?? []).includes('--spring.profiles.active=migrate'));
        assert.ok(migrate, 'no init container running --spring.profiles.active=migrate');
        assert.ok(secretsRead(migrate).some((s) => s.endsWith('-db-migrator')), 'migration does not use the migrator role');
        assert.ok(!appSecrets.some((s) => s.endsWith('-db-migrator')), 'the application container can read the migrator credentials');
        assert.equal(migrate.image, app[0].image, 'migration runs another image than the application');
      });
    }
  });

  describe(`${name}: availability`, () => {
    const pdbs = overlay.ofKind?.('PodDisruptionBudget') ?? [];
    const hpas = overlay.ofKind?.('HorizontalPodAutoscaler') ?? [];
    for (const d of deployments) {
      test(`${id(d)} has a PodDisruptionBudget`, () => {
        assert.ok(pdbs.some((p) => selectorMatches(p.spec.selector, podLabels(d))), 'no PDB selects its pods');
      });
      if (name !== 'prod' || d.metadata.labels?.['app.kubernetes.io/component'] === 'identity-provider') continue;
      test(`${id(d)} has a HorizontalPodAutoscaler on CPU and request rate`, () => {
        const hpa = hpas.find((h) => h.spec.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === d.metadata.name);
        assert.ok(hpa, 'no HPA targets it');
        const metrics = hpa.spec.metrics ?? [];
        assert.ok(metrics.some((m) => m.type === 'Resource' && m.resource.name === 'cpu'), 'no CPU metric');
        assert.ok(metrics.some((m) => m.type === 'Pods' && /requests_per_second/.test(m.pods.metric.name)), 'no request-rate metric');
        assert.ok(hpa.spec.minReplicas >= 2, 'fewer than two replicas in prod');
      });
    }
  });

  describe(`${name}: secrets and configuration`, () => {
    test('no Secret is committed with values', () => {
      for (const s of overlay.ofKind?.('Secret') ?? []) {
        assert.equal(Object.keys(s.data ?? {}).length + Object.keys(s.stringData ?? {}).length, 0, `${id(s)} has values`);
      }
    });

    test('no credential sits in a ConfigMap or a plain env value', () => {
      for (const cm of overlay.ofKind?.('ConfigMap') ?? []) {
        for (const key of Object.keys(cm.data ?? {})) assert.doesNotMatch(key, CREDENTIAL_NAME, `${id(cm)} key ${key}`);
      }
      for (const d of deployments) {
        for (const c of allContainers(d)) {
          for (const e of c.env ?? []) {
            if (e.value !== undefined) assert.doesNotMatch(e.name, CREDENTIAL_NAME, `${id(d)} ${c.name} env ${e.name} has a literal value`);
          }
        }
      }
    });

    test('every ConfigMap a container reads is rendered', () => {
      const names = new Set((overlay.ofKind?.('ConfigMap') ?? []).map((c) => c.metadata.name));
      for (const d of deployments) {
        for (const c of allContainers(d)) for (const cm of configMapsRead(c)) assert.ok(names.has(cm), `${id(d)} reads missing ConfigMap ${cm}`);
      }
      for (const r of overlay.ofKind?.('RedisReplication') ?? []) {
        const extra = r.spec.redisConfig?.additionalRedisConfig;
        if (extra) assert.ok(names.has(extra), `${id(r)} reads missing ConfigMap ${extra}`);
      }
    });

    test('every Secret referenced is documented in k8s/README.md', () => {
      const text = readme();
      for (const o of objects) {
        for (const s of secretReferences(o)) assert.ok(text.includes(`\`${s}\``), `${id(o)} uses Secret ${s}, not in k8s/README.md`);
      }
    });

    if (name === 'prod') {
      test('every Secret referenced comes from an ExternalSecret or cert-manager', () => {
        const external = new Set((overlay.ofKind('ExternalSecret')).map((e) => e.spec.target?.name ?? e.metadata.name));
        const tls = new Set(overlay.ofKind('Ingress').flatMap((i) => (i.spec.tls ?? []).map((t) => t.secretName)));
        // written by the platform's own Helm releases (object store), not referenced here
        for (const o of objects) {
          for (const s of secretReferences(o)) assert.ok(external.has(s) || tls.has(s), `${id(o)} uses Secret ${s} that nothing creates`);
        }
      });
    }
  });
}
