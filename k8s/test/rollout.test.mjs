// Issue 19, High: rollouts and rollbacks that work with the operators and the HPAs as they are.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allContainers, containerEnv, loadOverlay, overlayNames } from './lib/overlay.mjs';
import { id } from './lib/render.mjs';

for (const name of overlayNames()) {
  const overlay = loadOverlay(name);
  if (overlay.error) continue; // reported once by schema.test.mjs
  const hpas = overlay.ofKind('HorizontalPodAutoscaler');

  describe(`${name}: rollouts`, () => {
    // 8. `kubectl apply -k` would reset the HPA's replica count to spec.replicas on every apply.
    for (const d of overlay.deployments) {
      if (!hpas.some((h) => h.spec.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === d.metadata.name)) continue;
      test(`${id(d)} leaves its replica count to the HPA (no spec.replicas)`, () => {
        assert.equal(d.spec.replicas, undefined, `spec.replicas: ${d.spec.replicas} fights the HPA on every kubectl apply -k`);
      });
    }

    // 7. An old pod restarting after a new one migrated (or `rollout undo`) must accept the newer
    // schema: expand/contract keeps it compatible, so Flyway's validation must ignore migrations
    // it does not know (future), while the migrate init container still applies them.
    for (const d of overlay.deployments) {
      const containers = allContainers(d);
      const migrate = containers.find((c) => c.init && (c.args ?? []).includes('--spring.profiles.active=migrate'));
      if (!migrate) continue;
      test(`${id(d)}: the application container accepts a newer schema (*:future), the init container migrates`, () => {
        const { env } = containerEnv(overlay, containers.find((c) => !c.init));
        assert.match(env.SPRING_FLYWAY_IGNOREMIGRATIONPATTERNS ?? '', /(^|,)\*:future(,|$)/,
          'application container: SPRING_FLYWAY_IGNOREMIGRATIONPATTERNS lacks *:future (an old pod crash-loops on a migrated schema)');
        const initEnv = containerEnv(overlay, migrate).env;
        assert.doesNotMatch(initEnv.SPRING_FLYWAY_IGNOREMIGRATIONPATTERNS ?? '', /future/, 'the migrate container must see every migration');
      });
    }
  });
}
