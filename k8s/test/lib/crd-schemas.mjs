// Structural schemas for the operator resources the platform uses, written from each operator's
// API types (CloudNativePG 1.27 api/v1, plugin-barman-cloud api/v1, OT-CONTAINER-KIT
// redis-operator api/*/v1beta2, Keycloak operator crds/v2alpha1, External Secrets v1,
// prometheus-operator monitoring.coreos.com/v1). Objects are closed: a field the operator does not
// define is an error. Fields whose type is a Kubernetes core type are checked against that type.
// When an operator is upgraded, compare its CRD (kubectl explain <kind>.spec --recursive) and add
// the fields used here.

const str = { type: 'string' };
const int = { type: 'integer' };
const bool = { type: 'boolean' };
const any = { type: 'any' };
const k8s = (model) => ({ type: 'k8s', model });
const arr = (items) => ({ type: 'array', items });
const map = (values) => ({ type: 'map', values });
const obj = (props, required = []) => ({ type: 'object', props, required });
const enumOf = (...values) => ({ type: 'string', enum: values });
const pattern = (re) => ({ type: 'string', pattern: re });
const localRef = obj({ name: str }, ['name']);
const secretKeyRef = obj({ name: str, key: str }, ['name', 'key']);
const metadataOnly = obj({ labels: map(str), annotations: map(str) });

const cnpgCluster = obj(
  {
    description: str, inheritedMetadata: metadataOnly, imageName: str, imageCatalogRef: any, imagePullPolicy: str,
    schedulerName: str, postgresUID: int, postgresGID: int, instances: int, minSyncReplicas: int, maxSyncReplicas: int,
    postgresql: obj({
      parameters: map(str), pg_hba: arr(str), pg_ident: arr(str), shared_preload_libraries: arr(str),
      synchronous: obj({ method: enumOf('any', 'first'), number: int, maxStandbyNamesFromCluster: int, standbyNamesPre: arr(str),
        standbyNamesPost: arr(str), dataDurability: enumOf('required', 'preferred'), failoverQuorum: bool }, ['method', 'number']),
      syncReplicaElectionConstraint: any, ldap: any, promotionTimeout: int, enableAlterSystem: bool, extensions: any,
    }),
    replicationSlots: any,
    bootstrap: obj({
      initdb: obj({
        database: str, owner: str, secret: localRef, options: arr(str), dataChecksums: bool, encoding: str,
        localeCollate: str, localeCType: str, locale: str, localeProvider: str, icuLocale: str, icuRules: str,
        builtinLocale: str, walSegmentSize: int, postInitSQL: arr(str), postInitApplicationSQL: arr(str),
        postInitTemplateSQL: arr(str), import: any, postInitApplicationSQLRefs: any, postInitTemplateSQLRefs: any,
        postInitSQLRefs: any,
      }),
      recovery: any, pg_basebackup: any,
    }),
    replica: any, superuserSecret: localRef, enableSuperuserAccess: bool, certificates: any,
    imagePullSecrets: arr(localRef),
    storage: obj({ storageClass: str, size: str, resizeInUseVolumes: bool, pvcTemplate: k8s('V1PersistentVolumeClaimSpec') }),
    walStorage: obj({ storageClass: str, size: str, resizeInUseVolumes: bool, pvcTemplate: k8s('V1PersistentVolumeClaimSpec') }),
    serviceAccountTemplate: any, ephemeralVolumeSource: any, startDelay: int, stopDelay: int, smartShutdownTimeout: int,
    switchoverDelay: int, failoverDelay: int, livenessProbeTimeout: int,
    affinity: obj({
      enablePodAntiAffinity: bool, topologyKey: str, nodeSelector: map(str), nodeAffinity: k8s('V1NodeAffinity'),
      tolerations: k8s('Array<V1Toleration>'), podAntiAffinityType: enumOf('preferred', 'required'),
      additionalPodAntiAffinity: k8s('V1PodAntiAffinity'), additionalPodAffinity: k8s('V1PodAffinity'),
    }),
    topologySpreadConstraints: k8s('Array<V1TopologySpreadConstraint>'),
    resources: k8s('V1ResourceRequirements'), ephemeralVolumesSizeLimit: any, priorityClassName: str,
    primaryUpdateStrategy: enumOf('unsupervised', 'supervised'), primaryUpdateMethod: enumOf('switchover', 'restart'),
    backup: any, nodeMaintenanceWindow: any, monitoring: any, externalClusters: any,
    logLevel: enumOf('error', 'warning', 'info', 'debug', 'trace'), projectedVolumeTemplate: any,
    env: k8s('Array<V1EnvVar>'), envFrom: k8s('Array<V1EnvFromSource>'),
    managed: obj({
      roles: arr(obj({
        name: str, comment: str, ensure: enumOf('present', 'absent'), passwordSecret: localRef, connectionLimit: int,
        validUntil: str, inRoles: arr(str), inherit: bool, disablePassword: bool, superuser: bool, createdb: bool,
        createrole: bool, login: bool, replication: bool, bypassrls: bool,
      }, ['name'])),
      services: any,
    }),
    seccompProfile: k8s('V1SeccompProfile'), tablespaces: any, enablePDB: bool,
    plugins: arr(obj({ name: str, enabled: bool, isWALArchiver: bool, parameters: map(str) }, ['name'])),
    probes: any, podSecurityContext: k8s('V1PodSecurityContext'), securityContext: k8s('V1SecurityContext'),
  },
  ['instances'],
);

const cnpgDatabase = obj(
  {
    cluster: localRef, ensure: enumOf('present', 'absent'), name: str, owner: str, template: str, encoding: str,
    locale: str, localeProvider: str, localeCollate: str, localeCType: str, icuLocale: str, icuRules: str,
    builtinLocale: str, collationVersion: str, isTemplate: bool, allowConnections: bool, connectionLimit: int,
    tablespace: str, databaseReclaimPolicy: enumOf('delete', 'retain'),
    schemas: arr(obj({ name: str, ensure: enumOf('present', 'absent'), owner: str }, ['name'])),
    extensions: arr(obj({ name: str, ensure: enumOf('present', 'absent'), version: str, schema: str }, ['name'])),
    fdws: any, servers: any,
  },
  ['cluster', 'name', 'owner'],
);

const scheduledBackup = obj(
  {
    suspend: bool, immediate: bool, schedule: str, cluster: localRef,
    backupOwnerReference: enumOf('none', 'self', 'cluster'), target: enumOf('primary', 'prefer-standby'),
    method: enumOf('barmanObjectStore', 'volumeSnapshot', 'plugin'),
    pluginConfiguration: obj({ name: str, parameters: map(str) }, ['name']), online: bool, onlineConfiguration: any,
  },
  ['schedule', 'cluster'],
);

const barmanObjectStore = obj(
  {
    configuration: obj({
      destinationPath: str, endpointURL: str, endpointCA: secretKeyRef,
      s3Credentials: obj({ accessKeyId: secretKeyRef, secretAccessKey: secretKeyRef, region: secretKeyRef, sessionToken: secretKeyRef, inheritFromIAMRole: bool }),
      azureCredentials: any, googleCredentials: any,
      wal: obj({ compression: str, encryption: str, maxParallel: int, archiveAdditionalCommandArgs: arr(str), restoreAdditionalCommandArgs: arr(str) }),
      data: obj({ compression: str, encryption: str, immediateCheckpoint: bool, jobs: int, additionalCommandArgs: arr(str) }),
      tags: map(str), historyTags: map(str),
    }, ['destinationPath']),
    retentionPolicy: pattern('^[1-9][0-9]*[dwm]$'),
    instanceSidecarConfiguration: obj({ env: k8s('Array<V1EnvVar>'), retentionPolicyIntervalSeconds: int, resources: k8s('V1ResourceRequirements') }),
  },
  ['configuration'],
);

const redisKubernetesConfig = obj(
  {
    image: str, imagePullPolicy: str, resources: k8s('V1ResourceRequirements'), redisSecret: obj({ name: str, key: str }),
    imagePullSecrets: arr(localRef), updateStrategy: k8s('V1StatefulSetUpdateStrategy'),
    persistentVolumeClaimRetentionPolicy: k8s('V1StatefulSetPersistentVolumeClaimRetentionPolicy'), service: any,
    ignoreAnnotations: arr(str), minReadySeconds: int,
  },
  ['image'],
);
const redisExporter = obj({ enabled: bool, port: int, image: str, resources: k8s('V1ResourceRequirements'), imagePullPolicy: str, env: k8s('Array<V1EnvVar>'), securityContext: k8s('V1SecurityContext') }, ['image']);
const redisPdb = obj({ enabled: bool, minAvailable: int, maxUnavailable: int });
const redisCommon = {
  clusterSize: int, kubernetesConfig: redisKubernetesConfig, redisExporter, nodeSelector: map(str),
  podSecurityContext: k8s('V1PodSecurityContext'), securityContext: k8s('V1SecurityContext'), priorityClassName: str,
  affinity: k8s('V1Affinity'), tolerations: k8s('Array<V1Toleration>'), TLS: any, pdb: redisPdb,
  readinessProbe: k8s('V1Probe'), livenessProbe: k8s('V1Probe'), initContainer: any, sidecars: any, serviceAccountName: str,
  terminationGracePeriodSeconds: int, env: k8s('Array<V1EnvVar>'), topologySpreadConstraints: k8s('Array<V1TopologySpreadConstraint>'),
  hostPort: int,
};
const redisReplication = obj(
  {
    ...redisCommon,
    redisConfig: obj({ maxMemoryPercentOfLimit: int, dynamicConfig: arr(str), additionalRedisConfig: str }),
    storage: obj({ keepAfterDelete: bool, volumeClaimTemplate: k8s('V1PersistentVolumeClaim'), volumeMount: any }),
    acl: any,
  },
  ['clusterSize', 'kubernetesConfig'],
);
const redisSentinel = obj(
  {
    ...redisCommon,
    redisSentinelConfig: obj({
      additionalSentinelConfig: str, quorum: str, parallelSyncs: str, failoverTimeout: str, downAfterMilliseconds: str,
      resolveHostnames: str, announceHostnames: str, redisPort: str, masterGroupName: str, redisReplicationName: str,
      redisReplicationPassword: k8s('V1EnvVarSource'),
    }, ['redisReplicationName']),
    volumeMount: any,
  },
  ['clusterSize', 'kubernetesConfig'],
);

const valueOrSecret = obj({ name: str, value: str, secret: secretKeyRef }, ['name']);
const keycloak = obj({
  instances: int, image: str, startOptimized: bool, imagePullSecrets: arr(localRef), additionalOptions: arr(valueOrSecret),
  env: arr(valueOrSecret),
  http: obj({ httpEnabled: bool, httpPort: int, httpsPort: int, tlsSecret: str, annotations: map(str), labels: map(str) }),
  unsupported: any,
  ingress: obj({ enabled: bool, className: str, annotations: map(str), labels: map(str), tlsSecret: str }),
  features: obj({ enabled: arr(str), disabled: arr(str) }), transaction: any,
  db: obj({ vendor: str, host: str, port: int, database: str, schema: str, url: str, usernameSecret: secretKeyRef, passwordSecret: secretKeyRef, poolInitialSize: int, poolMinSize: int, poolMaxSize: int }),
  hostname: obj({ hostname: str, admin: str, strict: bool, backchannelDynamic: bool }),
  truststores: any, cache: any, resources: k8s('V1ResourceRequirements'),
  proxy: obj({ headers: enumOf('forwarded', 'xforwarded') }), httpManagement: obj({ port: int }),
  scheduling: obj({ affinity: k8s('V1Affinity'), tolerations: k8s('Array<V1Toleration>'), topologySpreadConstraints: k8s('Array<V1TopologySpreadConstraint>'), priorityClassName: str, podLabels: map(str) }),
  bootstrapAdmin: obj({ user: obj({ secret: str }), service: obj({ secret: str }) }),
  networkPolicy: obj({ enabled: bool, http: any, https: any, management: any }),
  tracing: obj({ enabled: bool, endpoint: str, serviceName: str, protocol: str, samplerType: str, samplerRatio: any, compression: str, resourceAttributes: map(str) }),
  update: any, readinessProbe: any, livenessProbe: any, startupProbe: any, serviceMonitor: any,
});
const keycloakRealmImport = obj(
  {
    keycloakCRName: str, realm: obj({ realm: str }, ['realm']), resources: k8s('V1ResourceRequirements'),
    placeholders: map(obj({ secret: secretKeyRef }, ['secret'])), labels: map(str),
  },
  ['keycloakCRName', 'realm'],
);
// the realm representation is large and open; its contract is checked by the realm tests
keycloakRealmImport.props.realm.open = true;

const externalSecret = obj({
  secretStoreRef: obj({ name: str, kind: enumOf('SecretStore', 'ClusterSecretStore') }, ['name']),
  target: obj({
    name: str, creationPolicy: enumOf('Owner', 'Orphan', 'Merge', 'None'), deletionPolicy: enumOf('Delete', 'Merge', 'Retain'),
    template: obj({ type: str, engineVersion: str, metadata: metadataOnly, data: map(str), templateFrom: any, mergePolicy: str }),
    immutable: bool,
  }),
  refreshInterval: str, refreshPolicy: str,
  data: arr(obj({
    secretKey: str,
    remoteRef: obj({ key: str, property: str, version: str, conversionStrategy: str, decodingStrategy: str, metadataPolicy: str }, ['key']),
    sourceRef: any,
  }, ['secretKey', 'remoteRef'])),
  dataFrom: any,
});

const endpoint = obj({
  port: str, targetPort: any, path: str, scheme: str, interval: str, scrapeTimeout: str, honorLabels: bool,
  honorTimestamps: bool, relabelings: any, metricRelabelings: any, tlsConfig: any, bearerTokenSecret: any,
  authorization: any, basicAuth: any, oauth2: any, params: any, followRedirects: bool, enableHttp2: bool,
  filterRunning: bool, proxyUrl: str, trackTimestampsStaleness: bool, portNumber: int,
});
const serviceMonitor = obj({
  selector: k8s('V1LabelSelector'), endpoints: arr(endpoint), namespaceSelector: any, jobLabel: str,
  targetLabels: arr(str), podTargetLabels: arr(str), sampleLimit: int, attachMetadata: any,
}, ['selector', 'endpoints']);
const podMonitor = obj({
  selector: k8s('V1LabelSelector'), podMetricsEndpoints: arr(endpoint), namespaceSelector: any, jobLabel: str,
  podTargetLabels: arr(str), sampleLimit: int, attachMetadata: any,
}, ['selector']);
const prometheusRule = obj({
  groups: arr(obj({
    name: str, interval: str, query_offset: str, limit: int, partial_response_strategy: str, labels: map(str),
    rules: arr(obj({ alert: str, record: str, expr: str, for: str, keep_firing_for: str, labels: map(str), annotations: map(str) }, ['expr'])),
  }, ['name', 'rules'])),
}, ['groups']);

const withSpec = (spec) => obj({ apiVersion: str, kind: str, metadata: any, spec }, ['spec']);

export const CRD_SCHEMAS = {
  'postgresql.cnpg.io/v1/Cluster': withSpec(cnpgCluster),
  'postgresql.cnpg.io/v1/Database': withSpec(cnpgDatabase),
  'postgresql.cnpg.io/v1/ScheduledBackup': withSpec(scheduledBackup),
  'barmancloud.cnpg.io/v1/ObjectStore': withSpec(barmanObjectStore),
  'redis.redis.opstreelabs.in/v1beta2/RedisReplication': withSpec(redisReplication),
  'redis.redis.opstreelabs.in/v1beta2/RedisSentinel': withSpec(redisSentinel),
  'k8s.keycloak.org/v2alpha1/Keycloak': withSpec(keycloak),
  'k8s.keycloak.org/v2alpha1/KeycloakRealmImport': withSpec(keycloakRealmImport),
  'external-secrets.io/v1/ExternalSecret': withSpec(externalSecret),
  'monitoring.coreos.com/v1/ServiceMonitor': withSpec(serviceMonitor),
  'monitoring.coreos.com/v1/PodMonitor': withSpec(podMonitor),
  'monitoring.coreos.com/v1/PrometheusRule': withSpec(prometheusRule),
};

/** Validates value against schema; core-type subtrees go to coreWalk (the strict model walk). */
export function validateWith(schema, value, path, coreWalk) {
  const errors = [];
  const walk = (s, v, p) => {
    if (v === undefined || v === null || s.type === 'any') return;
    switch (s.type) {
      case 'string':
        if (typeof v !== 'string') errors.push(`${p}: must be a string`);
        else if (s.enum && !s.enum.includes(v)) errors.push(`${p}: must be one of ${s.enum.join(', ')}`);
        else if (s.pattern && !new RegExp(s.pattern).test(v)) errors.push(`${p}: must match ${s.pattern}`);
        return;
      case 'integer':
        if (!Number.isInteger(v)) errors.push(`${p}: must be an integer`);
        return;
      case 'boolean':
        if (typeof v !== 'boolean') errors.push(`${p}: must be a boolean`);
        return;
      case 'array':
        if (!Array.isArray(v)) errors.push(`${p}: must be an array`);
        else v.forEach((item, i) => walk(s.items, item, `${p}[${i}]`));
        return;
      case 'map':
        if (typeof v !== 'object' || Array.isArray(v)) errors.push(`${p}: must be an object`);
        else for (const [k, item] of Object.entries(v)) walk(s.values, item, `${p}.${k}`);
        return;
      case 'k8s':
        coreWalk(v, s.model, p, errors);
        return;
      case 'object':
        if (typeof v !== 'object' || Array.isArray(v)) {
          errors.push(`${p}: must be an object`);
          return;
        }
        for (const r of s.required) if (v[r] === undefined) errors.push(`${p}.${r}: required`);
        for (const [k, item] of Object.entries(v)) {
          if (s.props[k]) walk(s.props[k], item, `${p}.${k}`);
          else if (!s.open) errors.push(`${p}.${k}: unknown field`);
        }
        return;
      default:
        throw new Error(`bad schema type ${s.type}`);
    }
  };
  walk(schema, value, path);
  return errors;
}
