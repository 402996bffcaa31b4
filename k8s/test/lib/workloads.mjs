// What runs pods, and which labels those pods carry: built-in workloads from their pod template,
// operator-managed ones (CloudNativePG, Redis operator, Keycloak) from the labels each operator
// puts on the pods it creates.

const BUILT_IN = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicaSet']);

export function podTemplate(o) {
  if (BUILT_IN.has(o.kind)) return o.spec?.template;
  if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template;
  return undefined;
}

/** Every workload in the objects, as { id, kind, name, labels } of the pods it creates. */
export function workloads(objects) {
  const result = [];
  for (const o of objects) {
    const name = o.metadata?.name;
    const own = o.metadata?.labels ?? {};
    const template = podTemplate(o);
    if (template) {
      result.push({ id: `${o.kind}/${name}`, kind: o.kind, name, labels: template.metadata?.labels ?? {} });
    } else if (o.kind === 'Cluster' && o.apiVersion?.startsWith('postgresql.cnpg.io/')) {
      result.push({ id: `Cluster/${name}`, kind: o.kind, name, labels: { 'cnpg.io/cluster': name } });
    } else if (o.kind === 'RedisReplication') {
      result.push({ id: `RedisReplication/${name}`, kind: o.kind, name, labels: { ...own, app: name, redis_setup_type: 'replication', role: 'replication' } });
    } else if (o.kind === 'RedisSentinel') {
      result.push({ id: `RedisSentinel/${name}`, kind: o.kind, name, labels: { ...own, app: `${name}-sentinel`, redis_setup_type: 'sentinel', role: 'sentinel' } });
    } else if (o.kind === 'Keycloak') {
      result.push({ id: `Keycloak/${name}`, kind: o.kind, name, labels: keycloakPodLabels(name) });
      // The Keycloak operator runs in the namespace it watches (k8s/README.md, step 1), from the
      // upstream manifest (keycloak/keycloak-k8s-resources kubernetes/kubernetes.yml), whose
      // Deployment labels its pods app.kubernetes.io/name=keycloak-operator.
      result.push({ id: 'KeycloakOperator/keycloak-operator', kind: 'KeycloakOperator', name: 'keycloak-operator', labels: { 'app.kubernetes.io/name': 'keycloak-operator' } });
    } else if (o.kind === 'KeycloakRealmImport') {
      result.push({ id: `KeycloakRealmImport/${name}`, kind: o.kind, name, labels: realmImportPodLabels(o) });
    }
  }
  return result;
}

/**
 * Labels of the Keycloak server pods: KeycloakDeploymentDependentResource.createBaseDeployment
 * puts Utils.allInstanceLabels(keycloak) (Constants.DEFAULT_LABELS app=keycloak,
 * app.kubernetes.io/managed-by=keycloak-operator, plus app.kubernetes.io/instance=<name>) and
 * app.kubernetes.io/component=server on the StatefulSet's pod template.
 */
export const keycloakPodLabels = (keycloakName) => ({
  app: 'keycloak', 'app.kubernetes.io/managed-by': 'keycloak-operator', 'app.kubernetes.io/instance': keycloakName,
  'app.kubernetes.io/component': 'server',
});

/**
 * Labels of the realm import Job's pod: KeycloakRealmImportJobDependentResource.desired copies the
 * Keycloak StatefulSet's pod template and only replaces app=keycloak with
 * app=keycloak-realm-import; spec.labels of the KeycloakRealmImport go to the Job's own metadata
 * (buildJob), never to its pod.
 */
export const realmImportPodLabels = (realmImport) => ({
  ...keycloakPodLabels(realmImport.spec?.keycloakCRName), app: 'keycloak-realm-import',
});

/** Kubernetes label selector semantics (matchLabels AND matchExpressions). */
export function selectorMatches(selector, labels) {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[k] !== v) return false;
  }
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    switch (e.operator) {
      case 'In': if (!has || !e.values.includes(labels[e.key])) return false; break;
      case 'NotIn': if (has && e.values.includes(labels[e.key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: throw new Error(`unknown selector operator ${e.operator}`);
    }
  }
  return true;
}

export const isEmptySelector = (s) =>
  !s || (Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0);

export function containersOf(template) {
  const spec = template?.spec ?? {};
  return [
    ...(spec.initContainers ?? []).map((c) => ({ ...c, init: true })),
    ...(spec.containers ?? []).map((c) => ({ ...c, init: false })),
  ];
}
