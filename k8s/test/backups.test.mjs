// Issue 19, High 9: backups that leave the site encrypted, say when they stop, run at night in
// Beijing, cover the object store too, and an object store that survives node drains.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadOverlay, overlayNames, podLabels } from './lib/overlay.mjs';
import { canConnect, ipEgress } from './lib/reach.mjs';
import { SEAWEEDFS_PODS } from './lib/seaweedfs.mjs';
import { selectorMatches } from './lib/workloads.mjs';

for (const name of overlayNames()) {
  const overlay = loadOverlay(name);
  if (overlay.error) continue; // reported once by schema.test.mjs
  const alertExprs = overlay.ofKind('PrometheusRule').flatMap((r) => r.spec.groups.flatMap((g) => g.rules)).filter((r) => r.alert).map((r) => r.expr);
  const hasAlert = (re) => alertExprs.some((e) => re.test(e));

  describe(`${name}: backups`, () => {
    for (const store of overlay.ofKind('ObjectStore')) {
      const c = store.spec.configuration;
      if (!/^https:/.test(c.endpointURL ?? '')) continue;
      test(`ObjectStore/${store.metadata.name} (${c.endpointURL}): the endpoint's CA and encryption at rest`, () => {
        assert.ok(c.endpointCA?.name && c.endpointCA?.key, 'no endpointCA: the bureau\'s internal CA is not trusted, every upload fails TLS');
        assert.equal(c.wal?.encryption, 'AES256', 'WAL not encrypted at the store');
        assert.equal(c.data?.encryption, 'AES256', 'base backups not encrypted at the store');
      });
    }

    test('alerts on failed WAL archiving, backup age, the WAL volume filling up and replication lag', () => {
      assert.ok(hasAlert(/cnpg_pg_stat_archiver_(failed_count|seconds_since_last_archival)/), 'no alert on WAL archiving');
      assert.ok(hasAlert(/barman_cloud_cloudnative_pg_io_last_available_backup_timestamp/), 'no alert on the age of the last base backup');
      assert.ok(hasAlert(/kubelet_volume_stats_available_bytes[^\n]*wal/), 'no alert before WAL fills its volume and stops the primary');
      assert.ok(hasAlert(/cnpg_pg_replication_lag/), 'no alert on replication lag');
    });

    for (const sb of overlay.ofKind('ScheduledBackup')) {
      test(`ScheduledBackup/${sb.metadata.name} runs at night in Beijing (the operator's cron runs in UTC)`, () => {
        const [, , hour] = sb.spec.schedule.trim().split(/\s+/);
        assert.match(hour, /^\d+$/);
        const beijing = (Number(hour) + 8) % 24;
        assert.ok(beijing >= 1 && beijing <= 5, `${sb.spec.schedule} runs at ${beijing}:00 Beijing time`);
      });
    }

    if (name === 'prod') {
      test('documents and evidence are copied off site on a schedule, by a job that may reach both stores', () => {
        const job = overlay.ofKind('CronJob').find((j) => /rclone/.test(JSON.stringify(j.spec.jobTemplate.spec.template.spec.containers)));
        assert.ok(job, 'no CronJob copies the buckets off site');
        const script = JSON.stringify(job.spec.jobTemplate.spec.template.spec.containers);
        for (const bucket of ['tobacco-licensing', 'tobacco-complaints']) assert.match(script, new RegExp(bucket), `${bucket} not copied`);
        const labels = podLabels(job);
        assert.ok(canConnect(overlay.policies, labels, SEAWEEDFS_PODS.s3, 8333), 'the copy job cannot reach the object store');
        const out = ipEgress(overlay.policies, labels, 443);
        assert.ok(out.length > 0 && out.every((r) => r.cidr !== '0.0.0.0/0'), 'no egress (or 0.0.0.0/0) to the off-site endpoint');
      });
    }

    test('every SeaweedFS component has a PodDisruptionBudget', () => {
      const pdbs = overlay.ofKind('PodDisruptionBudget');
      for (const [component, labels] of Object.entries(SEAWEEDFS_PODS)) {
        assert.ok(pdbs.some((p) => selectorMatches(p.spec.selector, labels)), `no PDB for the SeaweedFS ${component}`);
      }
    });
  });
}
