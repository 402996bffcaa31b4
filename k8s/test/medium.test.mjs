// Issue 19, Medium (10-13): network policies that fit real clusters, scale-out, secrets and
// images, observability.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { allContainers, loadOverlay, overlayNames } from './lib/overlay.mjs';
import { K8S_DIR } from './lib/render.mjs';
import { ingressAllows, ipEgress } from './lib/reach.mjs';
import { SEAWEEDFS_PODS } from './lib/seaweedfs.mjs';
import { isEmptySelector, selectorMatches as selectorMatchesAll } from './lib/workloads.mjs';

const traefikValuesFile = join(K8S_DIR, 'platform', 'traefik-values.yaml');
const seconds = (d) => { const m = /^(\d+)(s|m)$/.exec(String(d)); return m ? Number(m[1]) * (m[2] === 'm' ? 60 : 1) : NaN; };

for (const name of overlayNames()) {
  const overlay = loadOverlay(name);
  if (overlay.error) continue; // reported once by schema.test.mjs
  const { policies, workloads } = overlay;
  const alerts = overlay.ofKind('PrometheusRule').flatMap((r) => r.spec.groups.flatMap((g) => g.rules)).filter((r) => r.alert).map((r) => r.expr);

  describe(`${name}: medium (issue 19, 10-13)`, () => {
    // 10. Network policies that fit real clusters
    test('DNS through NodeLocal DNSCache (169.254.20.10) as well as CoreDNS', () => {
      const dns = policies.filter((p) => isEmptySelector(p.spec.podSelector));
      assert.ok(dns.some((p) => (p.spec.egress ?? []).some((r) => (r.to ?? []).some((peer) => peer.ipBlock?.cidr === '169.254.20.10/32')
        && (r.ports ?? []).some((port) => port.port === 53 && port.protocol === 'UDP'))), 'no egress to NodeLocal DNSCache');
    });

    test('PostgreSQL has no egress to 0.0.0.0/0', () => {
      const pg = workloads.find((w) => w.kind === 'Cluster');
      for (const port of [443, 6443, 5432]) {
        for (const r of ipEgress(policies, pg.labels, port)) assert.notEqual(r.cidr, '0.0.0.0/0', `${r.policy} opens port ${port} to the internet`);
      }
    });

    test('cert-manager HTTP-01 solver pods are reachable from the ingress controller', () => {
      const solver = { 'acme.cert-manager.io/http01-solver': 'true' };
      const ok = policies.some((p) => !isEmptySelector(p.spec.podSelector) && p.spec.podSelector.matchLabels?.['acme.cert-manager.io/http01-solver'] === 'true'
        && (p.spec.ingress ?? []).some((r) => (r.from ?? []).some((peer) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'traefik')
          && (r.ports ?? []).some((port) => port.port === 8089)));
      assert.ok(ok, 'default-deny blocks the ACME challenge: certificates are never issued');
      assert.ok(!ingressAllows(policies, { app: 'other' }, solver, 8089), 'solver open to everyone');
    });

    for (const ri of overlay.ofKind('KeycloakRealmImport')) {
      test('Keycloak: password reset only with an SMTP server it may reach', () => {
        const realm = ri.spec.realm;
        if (!realm.resetPasswordAllowed) return;
        assert.ok(realm.smtpServer?.host, 'resetPasswordAllowed without smtpServer: the reset e-mail is never sent');
        const kc = workloads.find((w) => w.kind === 'Keycloak');
        assert.ok(ipEgress(policies, kc.labels, Number(realm.smtpServer.port ?? 25)).length > 0, 'no SMTP egress for Keycloak');
      });
    }

    // 11. Scale-out
    for (const d of overlay.deployments) {
      test(`Deployment/${d.metadata.name}: hostname spreading honours node taints`, () => {
        for (const t of d.spec.template.spec.topologySpreadConstraints ?? []) {
          if (t.topologyKey === 'kubernetes.io/hostname') assert.equal(t.nodeTaintsPolicy, 'Honor', 'nodes the pods cannot run on count as empty domains');
        }
      });
    }
    for (const s of overlay.ofKind('RedisSentinel')) {
      test(`RedisSentinel/${s.metadata.name}: Sentinels on different nodes (DoNotSchedule)`, () => {
        const byHost = (s.spec.topologySpreadConstraints ?? []).find((t) => t.topologyKey === 'kubernetes.io/hostname');
        assert.equal(byHost?.whenUnsatisfiable, 'DoNotSchedule', 'two Sentinels on one node lose the quorum with it');
      });
    }
    for (const kc of overlay.ofKind('Keycloak')) {
      test(`Keycloak/${kc.metadata.name}: its DB pools fit the role's connection limit`, () => {
        const cluster = overlay.ofKind('Cluster')[0];
        const role = cluster.spec.managed.roles.find((r) => r.name === 'keycloak');
        const pool = kc.spec.db.poolMaxSize;
        assert.ok(pool, 'no poolMaxSize: Keycloak defaults to 100 connections per instance');
        // one extra instance during a rolling update, plus the realm import Job
        assert.ok((kc.spec.instances + 2) * pool <= role.connectionLimit, `${kc.spec.instances + 2} × ${pool} > ${role.connectionLimit}`);
      });
    }
  });

  if (name === 'prod') {
    describe('prod: secrets and images (issue 19, 12)', () => {
      test('encryption keys never refresh silently (refreshInterval 0)', () => {
        for (const n of ['complaints-reporter-key', 'complaints-phone-index-key']) {
          const es = overlay.find('ExternalSecret', n);
          assert.ok(es, `no ExternalSecret ${n}`);
          assert.ok(['0', '0s'].includes(String(es.spec.refreshInterval)), `${n}: refreshInterval ${es.spec.refreshInterval}`);
        }
      });
    });
  }

  describe(`${name}: images (issue 19, 12)`, () => {
    for (const r of [...overlay.ofKind('RedisReplication'), ...overlay.ofKind('RedisSentinel')]) {
      test(`${r.kind}/${r.metadata.name}: Redis patched for CVE-2025-49844 (7.2.11, 7.4.6, 8.0.4, 8.2.2 or later)`, () => {
        const m = /:v?(\d+)\.(\d+)\.(\d+)/.exec(r.spec.kubernetesConfig.image);
        assert.ok(m, r.spec.kubernetesConfig.image);
        const [maj, min, patch] = m.slice(1).map(Number);
        const fixed = { '6.2': 20, '7.2': 11, '7.4': 6, '8.0': 4, '8.2': 2 }[`${maj}.${min}`];
        assert.ok((fixed !== undefined && patch >= fixed) || maj > 8 || (maj === 8 && min > 2), `${r.spec.kubernetesConfig.image} is vulnerable`);
      });
    }
  });

  describe(`${name}: observability (issue 19, 13)`, () => {
    test('an absent() alert per service and one on overdue applications', () => {
      for (const job of ['gateway', 'licensing-service', 'complaints-hotline']) {
        assert.ok(alerts.some((e) => e.includes(`absent(up{job="${job}"})`)), `no absent(up{job="${job}"})`);
      }
      assert.ok(alerts.some((e) => /licensing_applications_overdue/.test(e)), 'no alert on licensing_applications_overdue');
    });
  });
}

describe('Traefik (platform/traefik-values.yaml)', () => {
  test('timeouts let a 60 MB upload finish at 1 Mbit/s, and only the load balancer\'s forwarded headers are trusted', () => {
    assert.ok(existsSync(traefikValuesFile), 'no Traefik values');
    const values = parse(readFileSync(traefikValuesFile, 'utf8'));
    const ws = values.ports.websecure;
    const read = seconds(ws.transport.respondingTimeouts.readTimeout);
    assert.ok(read >= (60 * 8) , `readTimeout ${ws.transport.respondingTimeouts.readTimeout} < 480s`);
    assert.ok((ws.forwardedHeaders?.trustedIPs ?? []).length > 0 && !ws.forwardedHeaders.insecure, 'forwarded headers: trust only the load balancer');
  });
});

// 13. Scrape the backing services too.
for (const name of overlayNames()) {
  const overlay = loadOverlay(name);
  if (overlay.error) continue;
  const monitors = [...overlay.ofKind('PodMonitor'), ...overlay.ofKind('ServiceMonitor')];
  const podMonitorFor = (labels, port) => overlay.ofKind('PodMonitor').some((m) => selectorMatchesAll(m.spec.selector, labels)
    && m.spec.podMetricsEndpoints.some((e) => e.port === port));
  describe(`${name}: backing services are scraped (issue 19, 13)`, () => {
    test('the Redis exporter, every SeaweedFS component and (prod) Keycloak', () => {
      const redis = overlay.workloads.find((w) => w.kind === 'RedisReplication');
      assert.ok(podMonitorFor(redis.labels, 'redis-exporter'), 'no PodMonitor on the redis-exporter port of the Redis pods');
      for (const [component, labels] of Object.entries(SEAWEEDFS_PODS)) {
        assert.ok(podMonitorFor(labels, 'metrics'), `no PodMonitor on the SeaweedFS ${component} metrics port`);
      }
      if (overlay.ofKind('Keycloak').length > 0) {
        assert.ok(overlay.ofKind('ServiceMonitor').some((m) => m.spec.selector?.matchLabels?.app === 'keycloak'
          && m.spec.endpoints.some((e) => e.port === 'management' && e.path === '/metrics')), 'no ServiceMonitor on Keycloak\'s management port');
      }
      assert.ok(monitors.every((m) => m.metadata.labels?.release === 'kube-prometheus-stack'), 'a monitor Prometheus does not select');
    });
  });
}
