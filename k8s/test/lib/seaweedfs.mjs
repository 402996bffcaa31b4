// What the SeaweedFS Helm chart (seaweedfs/seaweedfs, k8s/charts/seaweedfs) renders from the
// platform's values, as far as the checks need it.

/** Labels of the chart's server pods (the master, filer and volume StatefulSets and the s3 Deployment under templates/). */
export const SEAWEEDFS_PODS = {
  master: { 'app.kubernetes.io/name': 'seaweedfs', 'app.kubernetes.io/instance': 'seaweedfs', 'app.kubernetes.io/component': 'master' },
  filer: { 'app.kubernetes.io/name': 'seaweedfs', 'app.kubernetes.io/instance': 'seaweedfs', 'app.kubernetes.io/component': 'filer' },
  volume: { 'app.kubernetes.io/name': 'seaweedfs', 'app.kubernetes.io/instance': 'seaweedfs', 'app.kubernetes.io/component': 'volume' },
  s3: { 'app.kubernetes.io/name': 'seaweedfs', 'app.kubernetes.io/instance': 'seaweedfs', 'app.kubernetes.io/component': 's3' },
};

/**
 * The chart's post-install bucket hook (templates/shared/post-install-bucket-hook.yaml): rendered
 * only when allInOne.s3 (all-in-one mode) or filer.s3 (master mode) is enabled and has
 * createBuckets; the dedicated gateway's s3.createBuckets is read by no template. Its pod carries
 * only app.kubernetes.io/managed-by=Helm and app.kubernetes.io/instance=<release>, and it runs
 * `weed shell` against the master and the filer, once, on `helm install` (not on upgrade).
 */
export function chartBucketHook(values, release = 'seaweedfs') {
  let buckets;
  if (values.allInOne?.enabled) {
    if (values.allInOne?.s3?.enabled) buckets = values.allInOne.s3.createBuckets;
  } else if (values.master?.enabled !== false) {
    if (values.filer?.s3?.enabled) buckets = values.filer.s3.createBuckets;
  }
  if (!buckets || buckets.length === 0) return undefined;
  return {
    buckets: buckets.map((b) => b.name),
    podLabels: { 'app.kubernetes.io/managed-by': 'Helm', 'app.kubernetes.io/instance': release },
  };
}
