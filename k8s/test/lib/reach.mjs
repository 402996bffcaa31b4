// Who may open a connection to whom under the rendered NetworkPolicies, with Kubernetes'
// semantics: a pod selected by no policy of a type is open for that type; a selected pod allows
// what the union of the rules of the policies selecting it allows. Only in-namespace peers
// (podSelector without namespaceSelector) and ipBlocks are modelled; every overlay's
// default-deny-all selects every pod, so "open because unselected" never applies in practice.
import { isEmptySelector, selectorMatches } from './workloads.mjs';

const selects = (policy, labels) => isEmptySelector(policy.spec.podSelector) || selectorMatches(policy.spec.podSelector, labels);
const portMatches = (rule, port) => !rule.ports || rule.ports.length === 0 || rule.ports.some((p) => p.port === port
  || (typeof p.port === 'number' && p.endPort && port >= p.port && port <= p.endPort));

function isolated(policies, labels, type) {
  return policies.some((p) => selects(p, labels) && (p.spec.policyTypes ?? ['Ingress']).includes(type));
}

/** May a pod with labels `from` send to a pod with labels `to` on `port` (egress side only)? */
export function egressAllows(policies, from, to, port) {
  if (!isolated(policies, from, 'Egress')) return true;
  return policies.filter((p) => selects(p, from)).some((p) => (p.spec.egress ?? []).some((rule) => portMatches(rule, port)
    && (!rule.to || rule.to.length === 0 || rule.to.some((peer) => !peer.namespaceSelector && !peer.ipBlock && selectorMatches(peer.podSelector, to)))));
}

/** May a pod with labels `to` receive from a pod with labels `from` on `port` (ingress side only)? */
export function ingressAllows(policies, from, to, port) {
  if (!isolated(policies, to, 'Ingress')) return true;
  return policies.filter((p) => selects(p, to)).some((p) => (p.spec.ingress ?? []).some((rule) => portMatches(rule, port)
    && (!rule.from || rule.from.length === 0 || rule.from.some((peer) => !peer.namespaceSelector && !peer.ipBlock && selectorMatches(peer.podSelector, from)))));
}

/** Both sides: can `from` open a TCP connection to `to` on `port` inside the namespace? */
export const canConnect = (policies, from, to, port) => egressAllows(policies, from, to, port) && ingressAllows(policies, from, to, port);

/** The ipBlock egress rules that let `from` leave the cluster on `port`: [{ cidr, except }]. */
export function ipEgress(policies, from, port) {
  return policies.filter((p) => selects(p, from)).flatMap((p) => (p.spec.egress ?? [])
    .filter((rule) => portMatches(rule, port))
    .flatMap((rule) => (rule.to ?? []).filter((peer) => peer.ipBlock).map((peer) => ({ policy: p.metadata.name, ...peer.ipBlock }))));
}
