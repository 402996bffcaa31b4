// node --test reporter: prints each failure with the suites it sits in, then one closing line
// "N passed, M failed" (the line scripts/k8s-check.sh and CI read).
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  const suites = [];
  for await (const event of source) {
    if (event.type === 'test:start') {
      suites[event.data.nesting] = event.data.name;
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.type === 'test:pass') {
      passed += 1;
    } else {
      failed += 1;
      const where = [...suites.slice(0, event.data.nesting), event.data.name].join(' > ');
      const error = event.data.details?.error;
      const message = (error?.cause?.message ?? error?.message ?? String(error)).split('\n').slice(0, 8).join('\n    ');
      yield `FAIL ${where}\n    ${message}\n`;
    }
  }
  yield `${passed} passed, ${failed} failed\n`;
}
