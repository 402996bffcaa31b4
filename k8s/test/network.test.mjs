// Rules for NetworkPolicies: default deny, one policy per workload, and who may talk to whom.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadOverlay, overlayNames, peerSelects } from './lib/overlay.mjs';
import { SEAWEEDFS_PODS } from './lib/seaweedfs.mjs';
import { isEmptySelector, selectorMatches } from './lib/workloads.mjs';

// Pods created by Helm releases outside Kustomize (the object store), which policies may name.
const HELM_PODS = Object.values(SEAWEEDFS_PODS);

const isService = (w) => ['licensing-service', 'complaints-hotline'].includes(w.labels['app.kubernetes.io/name']);
const isGateway = (w) => w.labels['app.kubernetes.io/name'] === 'gateway';
const isDatabase = (w) => w.kind === 'Cluster';
const namespaceOf = (peer) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
const nameOf = (w) => w.labels['app.kubernetes.io/name'];

for (const name of overlayNames()) {
  const overlay = loadOverlay(name);
  if (overlay.error) continue; // reported once by schema.test.mjs
  const policies = overlay.policies ?? [];
  const workloads = overlay.workloads ?? [];
  const selecting = (w) => policies.filter((p) => selectorMatches(p.spec.podSelector, w.labels) || isEmptySelector(p.spec.podSelector));
  const ingressPeers = (w) => selecting(w).flatMap((p) => (p.spec.ingress ?? []).map((rule) => ({ policy: p.metadata.name, rule })));

  describe(`${name}: network policies`, () => {
    test('a default-deny policy covers every pod, ingress and egress', () => {
      const deny = policies.find((p) => isEmptySelector(p.spec.podSelector) && !p.spec.ingress && !p.spec.egress
        && ['Ingress', 'Egress'].every((t) => p.spec.policyTypes?.includes(t)));
      assert.ok(deny, 'no policy with an empty podSelector, both policyTypes and no rules');
    });

    test('DNS lookups are allowed', () => {
      const dns = policies.some((p) => isEmptySelector(p.spec.podSelector)
        && (p.spec.egress ?? []).some((r) => (r.ports ?? []).some((port) => port.port === 53 && port.protocol === 'UDP')));
      assert.ok(dns, 'no egress to port 53/UDP for every pod');
    });

    for (const w of workloads) {
      test(`a NetworkPolicy selects ${w.id} for ingress and egress`, () => {
        const own = policies.filter((p) => !isEmptySelector(p.spec.podSelector) && selectorMatches(p.spec.podSelector, w.labels));
        assert.ok(own.length > 0, `no policy selects ${JSON.stringify(w.labels)}`);
        const types = new Set(own.flatMap((p) => p.spec.policyTypes ?? []));
        assert.ok(types.has('Ingress') && types.has('Egress'), `its policies cover only ${[...types].join(', ')}`);
      });
    }

    test('every in-namespace peer selects pods that exist', () => {
      const known = [...workloads.map((w) => w.labels), ...HELM_PODS];
      for (const p of policies) {
        const rules = [...(p.spec.ingress ?? []).map((r) => r.from ?? []), ...(p.spec.egress ?? []).map((r) => r.to ?? [])];
        for (const peer of rules.flat()) {
          if (peer.namespaceSelector || peer.ipBlock) continue;
          assert.ok(known.some((labels) => selectorMatches(peer.podSelector, labels)), `${p.metadata.name}: peer ${JSON.stringify(peer.podSelector)} selects nothing`);
        }
      }
    });

    test('no ingress rule is open to everyone', () => {
      for (const p of policies) {
        for (const rule of p.spec.ingress ?? []) assert.ok((rule.from ?? []).length > 0, `${p.metadata.name} has an ingress rule without "from"`);
      }
    });

    // The one service-to-service call: complaints-hotline posts credit events to licensing-service.
    // complaints-hotline posts credit events to licensing-service; licensing-service delivers its
    // license events (CloudEvents) to complaints-hotline's license directory.
    const allowedServiceCall = (callee, caller) =>
      (nameOf(callee) === 'licensing-service' && nameOf(caller) === 'complaints-hotline')
      || (nameOf(callee) === 'complaints-hotline' && nameOf(caller) === 'licensing-service');

    test('only the gateway (and Prometheus) reaches the services, but for the credit-events and license-events calls', () => {
      for (const svc of workloads.filter(isService)) {
        for (const { policy, rule } of ingressPeers(svc)) {
          for (const peer of rule.from ?? []) {
            if (peer.namespaceSelector) {
              assert.equal(namespaceOf(peer), 'monitoring', `${policy}: ${svc.id} reachable from namespace ${namespaceOf(peer)}`);
              continue;
            }
            const callers = workloads.filter((w) => peerSelects(peer, w.labels));
            assert.ok(callers.every((c) => isGateway(c) || allowedServiceCall(svc, c)), `${policy}: ${svc.id} reachable from ${callers.map((c) => c.id).join(', ')}`);
          }
        }
      }
    });

    test('complaints-hotline reaches licensing-service on 8081 only, and licensing-service complaints-hotline on 8082 only', () => {
      const complaints = workloads.find((w) => nameOf(w) === 'complaints-hotline');
      const licensing = workloads.find((w) => nameOf(w) === 'licensing-service');
      const egressTo = (from, to) => selecting(from).flatMap((p) => (p.spec.egress ?? []).filter((r) => (r.to ?? []).some((peer) => !peer.namespaceSelector && peerSelects(peer, to.labels))));
      const toLicensing = egressTo(complaints, licensing);
      assert.ok(toLicensing.length > 0, 'complaints-hotline has no egress to licensing-service');
      for (const rule of toLicensing) assert.deepEqual((rule.ports ?? []).map((p) => p.port), [8081]);
      const toComplaints = egressTo(licensing, complaints);
      assert.ok(toComplaints.length > 0, 'licensing-service cannot deliver its license events to complaints-hotline');
      for (const rule of toComplaints) assert.deepEqual((rule.ports ?? []).map((p) => p.port), [8082]);
    });

    test('the ingress controller reaches only the gateway and the identity provider', () => {
      for (const p of policies) {
        const fromIngress = (p.spec.ingress ?? []).some((r) => (r.from ?? []).some((peer) => namespaceOf(peer) === 'traefik'));
        if (!fromIngress) continue;
        const targets = workloads.filter((w) => selectorMatches(p.spec.podSelector, w.labels));
        for (const t of targets) {
          assert.ok(isGateway(t) || ['identity', 'keycloak'].includes(t.labels['app.kubernetes.io/name'] ?? t.labels.app), `${p.metadata.name} opens ${t.id} to the ingress controller`);
        }
      }
    });

    test('the gateway cannot reach PostgreSQL', () => {
      const gateway = workloads.find(isGateway);
      for (const db of workloads.filter(isDatabase)) {
        for (const { policy, rule } of ingressPeers(db)) {
          assert.ok(!(rule.from ?? []).some((peer) => peerSelects(peer, gateway.labels)), `${policy} lets the gateway reach ${db.id}`);
        }
      }
    });

    test('the services can reach PostgreSQL, Redis and the object store', () => {
      for (const svc of workloads.filter(isService)) {
        const egressPorts = selecting(svc).flatMap((p) => (p.spec.egress ?? []).flatMap((r) => (r.ports ?? []).map((port) => port.port)));
        for (const port of [5432, 6379, 26379, 8333]) assert.ok(egressPorts.includes(port), `${svc.id}: no egress to port ${port}`);
      }
    });
  });
}
