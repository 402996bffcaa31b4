// Shared by the test files: each overlay rendered once, plus lookups the rules need.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { K8S_DIR, REPO_DIR, overlayNames, render } from './render.mjs';
import { containersOf, podTemplate, selectorMatches, workloads } from './workloads.mjs';

export { overlayNames };

/** Renders an overlay; on failure returns { error } so the caller can report one failing test. */
export function loadOverlay(name) {
  try {
    const objects = render(name);
    return { name, objects, ...lookups(objects) };
  } catch (e) {
    return { name, error: e.stderr?.toString() || e.message, objects: [] };
  }
}

function lookups(objects) {
  const ofKind = (kind) => objects.filter((o) => o.kind === kind);
  return {
    ofKind,
    find: (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name),
    workloads: workloads(objects),
    deployments: ofKind('Deployment'),
    policies: ofKind('NetworkPolicy'),
  };
}

/** Pod labels of a Deployment (or any built-in workload). */
export const podLabels = (o) => podTemplate(o)?.metadata?.labels ?? {};

export const allContainers = (o) => containersOf(podTemplate(o));

/** The ConfigMaps a container reads, by name. */
export function configMapsRead(container) {
  return [
    ...(container.envFrom ?? []).map((e) => e.configMapRef?.name).filter(Boolean),
    ...(container.env ?? []).map((e) => e.valueFrom?.configMapKeyRef?.name).filter(Boolean),
  ];
}

/** The Secrets a container reads, by name. */
export function secretsRead(container) {
  return [
    ...(container.envFrom ?? []).map((e) => e.secretRef?.name).filter(Boolean),
    ...(container.env ?? []).map((e) => e.valueFrom?.secretKeyRef?.name).filter(Boolean),
  ];
}

/**
 * Every Secret name an object refers to, wherever the API puts it: secretKeyRef, secretRef,
 * volumes, and the operators' fields (passwordSecret, usernameSecret, redisSecret, s3Credentials,
 * placeholders, bootstrapAdmin...).
 */
export function secretReferences(o) {
  const found = new Set();
  const walk = (v, key) => {
    if (Array.isArray(v)) return v.forEach((item) => walk(item, key));
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'string' && (key === 'secretName' || (key === 'secret' && /bootstrap/.test(path.join('.'))))) found.add(v);
      return;
    }
    if (/secret(ref|keyref)?$/i.test(key ?? '') || ['accessKeyId', 'secretAccessKey', 'region', 'sessionToken'].includes(key)) {
      if (typeof v.name === 'string') found.add(v.name);
    }
    for (const [k, child] of Object.entries(v)) {
      path.push(k);
      walk(child, k);
      path.pop();
    }
  };
  const path = [];
  if (o.kind === 'ExternalSecret') return [];
  walk(o.spec ?? {}, 'spec');
  // Ingress TLS certificates are written by cert-manager
  for (const tls of o.kind === 'Ingress' ? (o.spec?.tls ?? []) : []) found.add(tls.secretName);
  return [...found];
}

/** Does any NetworkPolicy peer in `peers` (without a namespaceSelector) select these labels? */
export const peerSelects = (peer, labels) => !peer.namespaceSelector && !peer.ipBlock && selectorMatches(peer.podSelector, labels);

export const readme = () => readFileSync(join(K8S_DIR, 'README.md'), 'utf8');

/** Roles of the demo accounts table in the repository README (the local issuer's roles). */
export function localIssuerRoles() {
  const text = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
  const roles = new Set();
  for (const m of text.matchAll(/^\| `[a-z.]+` \| ([A-Z_]+)\b/gm)) roles.add(m[1]);
  return [...roles];
}

/** The environment a container sees: ConfigMap values, literal values, and Secret-backed names. */
export function containerEnv(overlay, container) {
  const configMaps = overlay.ofKind('ConfigMap');
  const env = {};
  const fromSecret = new Set();
  for (const cm of configMaps.filter((c) => configMapsRead(container).includes(c.metadata.name))) Object.assign(env, cm.data);
  for (const e of container.env ?? []) {
    if (e.value !== undefined) env[e.name] = e.value;
    else if (e.valueFrom?.secretKeyRef) { env[e.name] = `<secret ${e.valueFrom.secretKeyRef.name}>`; fromSecret.add(e.name); }
    else if (e.valueFrom?.configMapKeyRef) env[e.name] = configMaps.find((c) => c.metadata.name === e.valueFrom.configMapKeyRef.name)?.data?.[e.valueFrom.configMapKeyRef.key];
  }
  return { env, fromSecret };
}

