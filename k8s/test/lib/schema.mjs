// Schema validation of rendered objects, offline.
//
// Built-in kinds, two passes:
//  1. kubernetes-models: validators compiled from the Kubernetes OpenAPI schema (types, formats,
//     required fields), like kubeconform;
//  2. the field lists of @kubernetes/client-node's generated models (attributeTypeMap, also from
//     the OpenAPI schema): any field the API does not define is an error, like kubeconform
//     -strict ("livenessProb" is caught, not silently dropped by the API server).
// Prometheus operator kinds: @kubernetes-models/prometheus-operator plus strict field lists.
// Other operators' kinds (CloudNativePG, Barman Cloud, Redis operator, Keycloak, External
// Secrets): the structural schemas in crd-schemas.mjs, written from the operators' API types.
import * as coreModels from '@kubernetes/client-node/dist/gen/models/all.js';
import { CRD_SCHEMAS, validateWith } from './crd-schemas.mjs';

const modelCache = new Map();

async function kubernetesModel(apiVersion, kind) {
  const key = `${apiVersion}/${kind}`;
  if (modelCache.has(key)) return modelCache.get(key);
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [null, apiVersion];
  const path =
    group === 'monitoring.coreos.com'
      ? `@kubernetes-models/prometheus-operator/${group}/${version}/${kind}`
      : group
        ? `kubernetes-models/${group}/${version}/${kind}`
        : `kubernetes-models/${version}/${kind}`;
  let model = null;
  try {
    model = (await import(path))[kind];
  } catch {
    model = null;
  }
  modelCache.set(key, model);
  return model;
}

function coreClassName(apiVersion, kind) {
  const version = apiVersion.includes('/') ? apiVersion.split('/')[1] : apiVersion;
  return version.charAt(0).toUpperCase() + version.slice(1) + kind;
}

const PRIMITIVES = new Set(['string', 'number', 'boolean', 'Date', 'any', 'object', 'IntOrString', 'RuntimeRawExtension']);

/** Unknown-field walk over client-node's model field lists. */
function strictWalk(value, type, path, errors) {
  if (value === null || value === undefined || PRIMITIVES.has(type)) return;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value)) value.forEach((v, i) => strictWalk(v, array[1], `${path}[${i}]`, errors));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value === 'object') for (const [k, v] of Object.entries(value)) strictWalk(v, map[1], `${path}.${k}`, errors);
    return;
  }
  const model = coreModels[type];
  if (!model || typeof model.getAttributeTypeMap !== 'function') return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    errors.push(`${path}: must be an object`);
    return;
  }
  const fields = new Map(model.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [k, v] of Object.entries(value)) {
    if (!fields.has(k)) errors.push(`${path}.${k}: unknown field (not in ${type})`);
    else strictWalk(v, fields.get(k), `${path}.${k}`, errors);
  }
}

/** Returns a list of error strings; empty when the object is valid. */
export async function validate(o) {
  const errors = [];
  if (!o || typeof o !== 'object') return ['not an object'];
  if (!o.apiVersion || !o.kind) return ['apiVersion and kind are required'];
  if (!o.metadata?.name) errors.push('metadata.name is required');

  const crd = CRD_SCHEMAS[`${o.apiVersion}/${o.kind}`];
  const model = await kubernetesModel(o.apiVersion, o.kind);
  const coreClass = coreModels[coreClassName(o.apiVersion, o.kind)];

  if (!crd && !model) return [`no schema known for ${o.apiVersion} ${o.kind}`];
  if (model) {
    try {
      new model(o).validate();
    } catch (e) {
      errors.push(e.message);
    }
  }
  if (coreClass && !o.apiVersion.includes('monitoring.coreos.com')) {
    strictWalk(o, coreClassName(o.apiVersion, o.kind), o.kind, errors);
  }
  if (crd) errors.push(...validateWith(crd, o, o.kind, strictWalk));
  return errors;
}
